"""Crash safety (issue #9): the process is killed (SIGKILL) at random moments during edits, bulk
imports and migrations — 200 times — and every time the database passes integrity_check and
holds exactly the state before or after the interrupted operation; the next open clears the dead
process's lock and works.

The child (tests/crash_child.py) prints "done N" after each commit; the parent kills it after a
random delay, then checks. The three kinds run side by side, each on its own database.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from djdesk.core import lock, schema
from djdesk.core.store import Store, _migrate, connect

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CHILD = Path(__file__).with_name("crash_child.py")
RUNS = {"edit": 40, "import": 35, "migrate": 25}          # per database, two of each: 200 kills in all
DELAY = {"edit": 0.15, "import": 0.3}    # kill within this many seconds of "ready" (migrate: measured)
EDIT_MEMBERS = 40
MIGRATE_MEMBERS = 1000


def _base(path: Path) -> None:
    store = Store.open(path, create=True)
    with store.transaction():
        store.insert("org_unit", {"uuid": "t", "org_uuid": "t", "kind": "township", "name": "红星乡党委"})
        store.insert("org_unit", {"uuid": "b", "org_uuid": "b", "parent_uuid": "t", "kind": "branch",
                                  "name": "李家村党支部"})
        store.insert_many("member", [{"org_uuid": "b", "name": f"党员{i}", "gender": "男", "category": "正式",
                                      "note": "0"} for i in range(EDIT_MEMBERS)])
    store.close()


def _old_schema_db(path: Path) -> None:
    conn = connect(path)
    _migrate(conn, 0, 1)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO org_unit (uuid, org_uuid, origin, created_hlc, hlc, kind, name) "
                 "VALUES ('b', 'b', 'o', 'a', 'a', 'branch', '李家村党支部')")
    conn.executemany("INSERT INTO member (uuid, org_uuid, origin, created_hlc, hlc, name, gender, category, address) "
                     "VALUES (?, 'b', 'o', 'a', 'a', ?, '女', '正式', ?)",
                     [(f"m{i}", f"党员{i}", "红星乡李家村" * 10) for i in range(MIGRATE_MEMBERS)])
    conn.execute("COMMIT")
    conn.close()


def _schema_of(conn: sqlite3.Connection) -> list[tuple]:
    return sorted(tuple(r) for r in conn.execute("SELECT type, name, sql FROM sqlite_master"))


def _reference_schemas() -> dict[int, list[tuple]]:
    out = {}
    for m in schema.MIGRATIONS:
        conn = connect(":memory:")
        _migrate(conn, 0, m.version)
        out[m.version] = _schema_of(conn)
        conn.close()
    return out


def _run_child(mode: str, db: Path, rng: random.Random, delay: float | None = None) -> tuple[int | None, bool]:
    """Start the child, kill it at a random moment within ``delay`` s of its "ready" (None: let it
    finish); returns (last "done" number, killed?)."""
    proc = subprocess.Popen([sys.executable, str(CHILD), mode, str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        assert first.strip() == "ready", (first, proc.stderr.read())
        if delay is None:
            proc.wait(timeout=60)
        time.sleep(rng.uniform(0, delay or 0))
        proc.kill()                                     # SIGKILL: no cleanup, no atexit
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    killed = proc.returncode == -9
    assert killed or proc.returncode == 0, err
    done = [int(line.split()[1]) for line in out.splitlines() if line.startswith("done ")]
    return (done[-1] if done else None), killed


def _integrity(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)                        # opening replays/discards the WAL as the app would
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def _edits(tmp: Path, rng: random.Random) -> list[int]:
    db = tmp / "edit.sqlite"
    tmp.mkdir()
    _base(db)
    state, seen = 0, []
    for _ in range(RUNS["edit"]):
        done, _ = _run_child("edit", db, rng, DELAY["edit"])
        low = done if done is not None else state
        conn = _integrity(db)
        notes = {r[0] for r in conn.execute("SELECT note FROM member")}
        assert len(notes) == 1, f"a half-applied edit: {sorted(notes)[:5]}"
        state = int(notes.pop())
        assert state in (low, low + 1), (state, low)
        updates = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'update'").fetchone()[0]
        assert updates == EDIT_MEMBERS * state
        conn.close()
        Store.open(db, daily_backup=False).close()          # the dead child's lock is cleared
        seen.append(state)
    return seen


def _imports(tmp: Path, rng: random.Random) -> list[int]:
    from crash_child import IMPORT_ROWS

    db = tmp / "import.sqlite"
    tmp.mkdir()
    _base(db)
    state, seen = 0, []
    for _ in range(RUNS["import"]):
        done, _ = _run_child("import", db, rng, DELAY["import"])
        low = done if done is not None else state
        conn = _integrity(db)
        batches = dict(conn.execute("SELECT note, count(*) FROM member WHERE note LIKE 'batch %' GROUP BY note"))
        state = len(batches)
        assert set(batches) == {f"batch {n}" for n in range(1, state + 1)}
        assert set(batches.values()) <= {IMPORT_ROWS}, "a half-imported batch"
        assert state in (low, low + 1), (state, low)
        inserts = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'insert' AND table_name = 'member'")
        assert inserts.fetchone()[0] == EDIT_MEMBERS + IMPORT_ROWS * state
        conn.close()
        Store.open(db, daily_backup=False).close()
        seen.append(state)
    return seen


def _migrations(tmp: Path, rng: random.Random) -> list[int]:
    tmp.mkdir()
    template = tmp / "template.sqlite"
    _old_schema_db(template)
    references = _reference_schemas()
    # How long one migration takes here (start-up, backup, migrations): kill within 1.3 times that.
    calibrate = tmp / "calibrate.sqlite"
    shutil.copyfile(template, calibrate)
    started = time.perf_counter()
    assert _run_child("migrate", calibrate, rng) == (1, False)
    delay = 1.3 * (time.perf_counter() - started)
    versions = []
    for run in range(RUNS["migrate"]):
        folder = tmp / f"mig{run}"
        folder.mkdir()
        db = folder / "old.sqlite"
        shutil.copyfile(template, db)
        done, _ = _run_child("migrate", db, rng, delay)
        conn = _integrity(db)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        assert _schema_of(conn) == references[version], f"schema half-way at version {version}"
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == MIGRATE_MEMBERS
        if done is not None:
            assert version == schema.LATEST_VERSION
        conn.close()
        for copy in (folder / "backups").glob("*.sqlite"):   # only complete, checked backups have real names
            b = sqlite3.connect(copy)
            assert b.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert b.execute("SELECT count(*) FROM member").fetchone()[0] == MIGRATE_MEMBERS
            b.close()
        store = Store.open(db, daily_backup=False)              # the next start finishes the migration
        assert store.schema_version == schema.LATEST_VERSION
        store.close()
        versions.append(version)
    return versions


def test_killed_at_random_moments_database_is_whole_and_before_or_after(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).parent))
    rng = random.Random(9)
    started = time.perf_counter()
    jobs = [(kind, i) for i in range(2) for kind in ("edit", "import", "migrate")]
    work = {"edit": _edits, "import": _imports, "migrate": _migrations}
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = {(kind, i): pool.submit(work[kind], tmp_path / f"{kind}{i}", random.Random(rng.random()))
                   for kind, i in jobs}
        results = {job: f.result() for job, f in futures.items()}
    elapsed = time.perf_counter() - started
    edits = [results["edit", i][-1] for i in range(2)]
    imports = [results["import", i][-1] for i in range(2)]
    versions = sorted({v for i in range(2) for v in results["migrate", i]})
    print(f"\n{sum(RUNS.values()) * 2} kills in {elapsed:.1f} s; edits reached {edits}, imports {imports} "
          f"batches, migrations were found at versions {versions} after the kill")
    # The kills really landed in the middle of the work, not only before or after it.
    assert min(edits) > 10 and min(imports) > 5
    assert len(versions) >= 2, "the kills all landed before (or all after) the migrations"
    assert lock.read_lock(tmp_path / "edit0" / "edit.sqlite") is None, "a dead child's lock was left behind"
