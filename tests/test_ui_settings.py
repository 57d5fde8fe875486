"""The settings registry (djdesk.core.settings): declared keys only, typed, written atomically."""

from __future__ import annotations

import json
import os

import pytest

from djdesk.core import paths
from djdesk.core.settings import SETTINGS, Settings, settings_path


def test_defaults_come_from_the_registry():
    s = Settings()
    assert s.get("language") == "zh"
    assert s.get("last_db") == ""
    assert {"language", "last_db"} <= set(SETTINGS)
    assert all(spec.description for spec in SETTINGS.values())


def test_values_persist_as_json_in_the_data_dir():
    s = Settings()
    s.set("language", "en")
    s.set("last_db", "D:/党建/李家村.sqlite")
    assert settings_path() == paths.data_dir() / "settings.json"
    assert json.loads(settings_path().read_text(encoding="utf-8")) == {
        "language": "en", "last_db": "D:/党建/李家村.sqlite"}
    again = Settings()
    assert again.get("language") == "en"
    assert again.get("last_db") == "D:/党建/李家村.sqlite"


def test_unknown_keys_and_bad_values_are_rejected():
    s = Settings()
    with pytest.raises(KeyError):
        s.get("colour")
    with pytest.raises(KeyError):
        s.set("colour", "red")
    with pytest.raises(ValueError):
        s.set("language", "fr")
    with pytest.raises(ValueError):
        s.set("last_db", 3)
    assert not settings_path().exists()  # nothing was written by the refused calls


def test_unknown_or_bad_entries_in_the_file_fall_back_to_defaults():
    settings_path().write_text(json.dumps({"language": "xx", "colour": "red", "last_db": "a.sqlite"}),
                               encoding="utf-8")
    s = Settings()
    assert s.get("language") == "zh"
    assert s.get("last_db") == "a.sqlite"
    s.set("language", "en")  # rewriting drops what was not declared
    assert json.loads(settings_path().read_text(encoding="utf-8")) == {"language": "en", "last_db": "a.sqlite"}


def test_a_damaged_file_is_not_fatal():
    settings_path().write_text("{not json", encoding="utf-8")
    assert Settings().get("language") == "zh"


def test_writing_is_atomic(monkeypatch):
    s = Settings()
    s.set("language", "en")
    before = settings_path().read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        s.set("last_db", "x.sqlite")
    assert settings_path().read_bytes() == before            # old file intact
    assert [p.name for p in settings_path().parent.iterdir() if p.suffix == ".tmp"] == []  # no debris
