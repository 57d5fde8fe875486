"""One writer per database (issue #9): the lock file, its holder, stale locks, read-only opening."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from djdesk.core import lock
from djdesk.core.errors import UserError
from djdesk.core.lock import DatabaseLocked, LockInfo
from djdesk.core.store import Store

HOLD = """
import sys, time
from djdesk.core.store import Store
s = Store.open(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "v.sqlite"
    Store.open(path, create=True).close()
    return path


@pytest.fixture
def other_process(db):
    """Another djdesk process holding the database's lock."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    yield proc
    proc.kill()
    proc.wait()
    proc.stdout.close()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _write_lock(db, **fields):
    info = {"host": lock.hostname(), "user": "张三", "pid": os.getppid(), "since": "2026-01-05T08:30:00",
            "app": "djdesk 0.1.0", "boot": lock.boot_id(), "token": "t", **fields}
    lock.lock_path(db).write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
    return info


def test_lock_file_names_the_holder_and_goes_with_the_last_store(db):
    first = Store.open(db)
    info = json.loads(lock.lock_path(db).read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid() and info["host"] == lock.hostname()
    assert {"user", "since", "app", "boot", "token"} <= set(info)
    second = Store.open(db)                     # a worker of the same process: not refused
    first.close()
    assert lock.lock_path(db).exists() and lock.held_here(db)
    with second.transaction():
        second.set_meta("x", "1")
    second.close()
    assert not lock.lock_path(db).exists() and not lock.held_here(db)
    first.close()                               # closing twice is harmless
    assert not lock.held_here(db)


def test_worker_thread_of_the_same_process_may_open_and_write(db):
    store = Store.open(db)
    errors = []

    def worker():
        try:
            s = Store.open(db)
            with s.transaction():
                s.set_meta("from_worker", "1")
            s.close()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert errors == []
    assert lock.held_here(db)
    store.close()


def test_second_process_is_refused_with_who_holds_it(db, other_process):
    with pytest.raises(DatabaseLocked) as caught:
        Store.open(db)
    holder = caught.value.holder
    assert holder.pid == other_process.pid and holder.host == lock.hostname()
    assert "本机用户" in caught.value.message and str(other_process.pid) in caught.value.message
    assert "只读方式打开" in caught.value.message
    assert isinstance(caught.value, UserError)

    reader = Store.open(db, read_only=True)     # what the GUI offers instead
    assert reader.read_only and reader.scalar("SELECT count(*) FROM meta") > 0
    with pytest.raises(UserError, match="只读方式"):
        with reader.transaction():
            pass
    reader.close()
    cli_reader = Store.open(db, lock=False)     # the CLI's read commands
    assert cli_reader.read_only
    cli_reader.close()
    assert lock.read_lock(db).pid == other_process.pid   # readers never touch the holder's lock


def test_another_machine_is_named(db):
    _write_lock(db, host="村委会电脑", user="李会计")
    with pytest.raises(DatabaseLocked, match="电脑“村委会电脑”上的用户“李会计”自 2026-01-05 08:30 起"):
        Store.open(db)


def test_lock_of_a_dead_process_is_cleared(db):
    _write_lock(db, pid=_dead_pid())
    store = Store.open(db)
    assert lock.read_lock(db).pid == os.getpid()
    store.close()


def test_lock_from_before_a_reboot_is_cleared_even_if_the_pid_is_reused(db):
    _write_lock(db, pid=os.getppid(), boot="an-earlier-boot")   # a live pid, but another boot
    Store.open(db).close()
    assert not lock.lock_path(db).exists()


def test_killed_process_leaves_a_lock_that_the_next_open_clears(db):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    proc.kill()
    proc.wait()
    proc.stdout.close()
    assert lock.read_lock(db).pid == proc.pid                   # no cleanup ran
    Store.open(db).close()


def test_normal_exit_without_close_removes_the_lock(db):
    subprocess.run([sys.executable, "-c", f"from djdesk.core.store import Store; Store.open({str(db)!r})"],
                   check=True)
    assert not lock.lock_path(db).exists()


def test_other_machines_lock_is_stale_only_when_not_refreshed_for_hours(db):
    _write_lock(db, host="村委会电脑")
    with pytest.raises(DatabaseLocked):
        Store.open(db)
    old = time.time() - (lock.STALE_AFTER_HOURS + 1) * 3600
    os.utime(lock.lock_path(db), (old, old))
    Store.open(db).close()


def test_half_written_lock_is_waited_for_then_cleared(db):
    lock.lock_path(db).write_text('{"host": "vm", "pi', encoding="utf-8")   # crash while writing it
    started = time.perf_counter()
    Store.open(db).close()                      # waits while it might still be being written
    assert lock.GARBLED_GRACE_S - 0.5 < time.perf_counter() - started < lock.GARBLED_GRACE_S + 2
    assert not lock.lock_path(db).exists()


def test_crash_while_clearing_a_stale_lock_does_not_block_for_long(db):
    _write_lock(db, pid=_dead_pid())
    breaker = lock.lock_path(db).with_name(lock.lock_path(db).name + ".break")
    breaker.write_bytes(b"")                    # the clearer was killed in the middle
    started = time.perf_counter()
    Store.open(db).close()
    assert time.perf_counter() - started < lock.BREAK_GRACE_S + 2
    assert not breaker.exists() and not lock.lock_path(db).exists()


def test_break_lock_removes_only_the_lock_that_was_shown(db):
    _write_lock(db, host="村委会电脑")
    shown = lock.read_lock(db)
    assert not lock.break_lock(db, LockInfo(**{**shown.__dict__, "token": "other"}))
    assert lock.break_lock(db, shown)
    Store.open(db).close()


def test_holder_refreshes_its_lock_when_it_commits(db, monkeypatch):
    store = Store.open(db)
    old = time.time() - 3600
    os.utime(lock.lock_path(db), (old, old))
    monkeypatch.setattr(lock, "TOUCH_EVERY_S", 0)
    with store.transaction():
        store.set_meta("x", "1")
    assert time.time() - lock.lock_path(db).stat().st_mtime < 60
    store.close()


def test_migration_without_the_lock_still_needs_it(other_process, db):
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 2")            # pretend it is old: it must be migrated
    conn.close()
    with pytest.raises(DatabaseLocked):
        Store.open(db, lock=False)


def test_pid_alive_posix():
    assert lock.pid_alive(os.getpid())
    assert not lock.pid_alive(_dead_pid())
    assert not lock.pid_alive(0) and not lock.pid_alive(-5)


def test_pid_alive_counts_another_users_process_as_alive(monkeypatch):
    def denied(pid, sig):
        raise PermissionError(1, "Operation not permitted")
    monkeypatch.setattr(os, "kill", denied)
    assert lock.pid_alive(12345)


def test_is_stale_rules():
    now = time.time()
    here = LockInfo(lock.hostname(), "u", os.getpid(), "", boot=lock.boot_id(), token="not-ours")
    assert lock.is_stale(here, now, now)               # our pid but not our token: an earlier process
    away = LockInfo("elsewhere", "u", 1, "")
    assert not lock.is_stale(away, now, now)
    assert lock.is_stale(away, now - lock.STALE_AFTER_HOURS * 3600 - 1, now)
    assert not lock.is_stale(None, now, now) and lock.is_stale(None, now - 10, now)
