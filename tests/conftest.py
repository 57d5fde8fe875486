"""Shared fixtures: every test gets its own data directory and runs Qt without a screen."""

from __future__ import annotations

import os

import pytest

from djdesk.core.database import NewDatabase, create_database

# Set before pytest-qt creates the QApplication (a session fixture, made before any per-test one).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """No test reads or writes the real per-user data directory (settings, logs, demo database)."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("DJDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def store(tmp_path):
    """A fresh village database: 红星乡党委 / 李家村 / 李家村党支部, no members."""
    s = create_database(tmp_path / "village.sqlite",
                        NewDatabase(role="village", township_name="红星乡党委", township_code="410101",
                                    village_name="李家村"))
    yield s
    s.close()


@pytest.fixture(scope="session")
def county_db(tmp_path_factory):
    """A county-scale demo database (≈ 20,000 members), built once per session; read-only."""
    from djdesk.core.demo import create_demo

    path = tmp_path_factory.mktemp("county") / "county.sqlite"
    create_demo(path, scale="county", seed=7).close()
    return path
