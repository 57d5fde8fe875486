"""Crash safety of a package import (issue #7): the importing process is killed (SIGKILL) at random
moments — before, during and after the backup, the merge and the commit — and every time the
township database passes integrity_check and holds exactly the state before or wholly after the
import (one package, or a round of two villages' packages); the next open works and importing
again completes it.

This file is also the child: ``python tests/test_sync_crash.py child DB PACKAGE [PACKAGE …]``.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

KILLS = 14                 # per case: 28 kills in all
EXTRA_MEMBERS = 1500

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def child(db: str, *pkgs: str) -> None:
    """One package: ``import_package``; several: one round, ``import_packages``."""
    from djdesk.core.store import Store
    from djdesk.core.sync import package

    store = Store.open(db, daily_backup=False)
    print("ready", flush=True)
    if len(pkgs) == 1:
        package.import_package(store, pkgs[0])
    else:
        assert all(hasattr(r, "counts") for r in package.import_packages(store, list(pkgs)))
    print("done", flush=True)


def _state(path: Path) -> tuple[int, int, str]:
    """(members, imported packages, a digest of every member row) — and the checks every state passes."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        members = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        packages = conn.execute("SELECT count(*) FROM sync_package WHERE direction = 'in' AND seq = 2").fetchone()[0]
        notes = conn.execute("SELECT group_concat(note, ',') FROM (SELECT note FROM member ORDER BY uuid)").fetchone()[0]
        digest = conn.execute("SELECT group_concat(uuid || hlc, ',') FROM "
                              "(SELECT * FROM member ORDER BY uuid)").fetchone()[0] + notes
        provenance = conn.execute("SELECT count(*) FROM sync_row r JOIN sync_package p ON p.id = r.package_id "
                                  "WHERE p.seq = 2").fetchone()[0]
        assert (packages == 0) == (provenance == 0), "rows without their package log, or the reverse"
        return members, packages, digest
    finally:
        conn.close()


def _copy(src: Path, dst: Path) -> Path:
    if dst.exists():
        shutil.rmtree(dst)
    dst.mkdir()
    for name in ("township.sqlite", "township.sqlite.djkey"):
        shutil.copy2(src / name, dst / name)
    return dst / "township.sqlite"


def _run(db: Path, pkgs: list[Path], delay: float | None) -> float:
    """Run the child; kill it ``delay`` s after it is ready (None: let it finish). Returns the
    seconds from ready to exit."""
    proc = subprocess.Popen([sys.executable, __file__, "child", str(db), *map(str, pkgs)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        ready = time.perf_counter()
        if delay is None:
            proc.wait(timeout=120)
        else:
            time.sleep(delay)
            proc.kill()
        out, err = proc.communicate(timeout=60)
        elapsed = time.perf_counter() - ready
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode in (0, -9), err
    assert delay is not None or proc.returncode == 0
    return elapsed


@pytest.mark.parametrize("round_", [False, True], ids=["one-package", "round-of-two"])
def test_killed_import_leaves_the_database_before_or_after(tmp_path, round_):
    from test_sync import make_world, village

    from djdesk.core.store import Store
    from djdesk.core.sync import package

    w = make_world(tmp_path)
    _, li = village(w, "李家村")
    branch = li.scalar("SELECT uuid FROM org_unit WHERE kind = 'branch'")
    with li.transaction():
        li.insert_many("member", [{"org_uuid": branch, "name": f"党员{i}", "gender": "男", "category": "正式",
                                   "address": "红星乡李家村" * 5, "note": str(i)} for i in range(EXTRA_MEMBERS)])
        li.update("member", li.scalar("SELECT uuid FROM member WHERE name = '李一'"), {"note": "改过"})
    pkg = [package.export_package(li, w.stick).path]
    if round_:                                              # a second village in the same round
        _, wz = village(w, "王庄村")
        with wz.transaction():
            wz.update("member", wz.scalar("SELECT uuid FROM member WHERE name = '王一'"), {"note": "同一轮"})
        pkg.append(package.export_package(wz, w.stick).path)
    w.close()
    template = tmp_path / "world"
    before = _state(template / "township.sqlite")

    db = _copy(template, tmp_path / "full")                 # one uninterrupted run: the after-state and its duration
    duration = _run(db, pkg, None)
    after = _state(db)
    assert after[0] == before[0] + EXTRA_MEMBERS and after[1] == len(pkg)

    rng = random.Random(7)
    seen = {"before": 0, "after": 0}
    for i in range(KILLS):
        db = _copy(template, tmp_path / "run")
        _run(db, pkg, rng.uniform(0, duration))
        state = _state(db)
        assert state in (before, after), f"kill {i}: a state that is neither before nor after the import"
        seen["before" if state == before else "after"] += 1
        store = Store.open(db, daily_backup=False)           # the dead child's lock is cleared
        try:
            package.import_packages(store, pkg, write_receipt=False)
        finally:
            store.close()
        assert _state(db)[2] == after[2]
    assert seen["before"] and seen["after"], seen             # the kills landed on both sides of the commit


if __name__ == "__main__" and sys.argv[1:2] == ["child"]:
    sys.path.insert(0, str(Path(__file__).parent.parent))
    child(sys.argv[2], *sys.argv[3:])
