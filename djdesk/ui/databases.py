"""Which database the app opens, and the demo database made on first start."""

from __future__ import annotations

import os
from pathlib import Path

from djdesk.core import paths
from djdesk.core.settings import Settings
from djdesk.core.store import Store
from djdesk.ui.qt import QCoreApplication

DEMO_SCALE = "township"
DEMO_SEED = 1


def demo_path() -> Path:
    return paths.data_dir() / "demo.sqlite"


def is_demo(store: Store) -> bool:
    return store.meta.get("demo") == "1"


def startup_candidates(settings: Settings) -> list[Path]:
    """Without --db: the last database used, then the default one, if they exist."""
    out = []
    last = settings.get("last_db")
    if last and Path(last).exists():
        out.append(Path(last))
    default = paths.default_db_path()
    if default.exists() and default not in out:
        out.append(default)
    return out


def ensure_demo(parent=None) -> Path:
    """The demo database, generated on a worker thread the first time (into a temporary name,
    renamed when complete, so an interrupted run never leaves half a demo)."""
    path = demo_path()
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")

    def job(progress):
        from djdesk.core.demo import create_demo

        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        try:
            create_demo(partial, scale=DEMO_SCALE, seed=DEMO_SEED, progress=progress).close()
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return path

    from djdesk.ui.tasks import run_in_worker

    return run_in_worker(parent, QCoreApplication.translate("Databases", "正在生成演示数据，请稍候…"), job)
