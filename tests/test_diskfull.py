"""Disk full, read-only media, a busy database (issue #9): the clerk gets a Chinese message that
says what to do, and nothing already stored is damaged."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from djdesk.core import backup, diskerrors, lock
from djdesk.core.diskerrors import StorageError, explain_os_error, explain_sqlite_error
from djdesk.core.errors import UserError
from djdesk.core.members import add_member, get_member, update_member
from djdesk.core.store import Store


def _branch(store):
    return store.scalar("SELECT uuid FROM org_unit WHERE kind = 'branch'")


def _add(store, name="李秀英", id_number="11010519491231002X"):
    return add_member(store, {"org_uuid": _branch(store), "name": name, "gender": "女", "ethnicity": "汉族",
                              "category": "正式", "id_number": id_number, "join_date": "1990-07-01",
                              "conversion_date": "1991-07-01"})


def _fill_up(store):
    """Make the database "full": SQLite may not grow it by a single page any more."""
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_sqlite_failures_become_chinese_advice():
    cases = {
        "database or disk is full": (diskerrors.FULL, "磁盘空间已满"),
        "attempt to write a readonly database": (diskerrors.READONLY, "只读"),
        "database is locked": (diskerrors.BUSY, "另一个程序使用"),
        "disk I/O error": (diskerrors.IO, "U盘"),
        "database disk image is malformed": (diskerrors.CORRUPT, "从备份恢复"),
    }
    for text, (kind, words) in cases.items():
        mapped = explain_sqlite_error(sqlite3.OperationalError(text))
        assert isinstance(mapped, UserError) and mapped.kind == kind and words in mapped.message, text
    assert explain_sqlite_error(sqlite3.OperationalError("no such table: x")) is None   # a bug stays a bug
    assert explain_os_error(OSError(errno.ENOSPC, "No space left on device")).kind == diskerrors.FULL
    assert explain_os_error(OSError(errno.EROFS, "Read-only file system")).kind == diskerrors.READONLY
    assert explain_os_error(FileNotFoundError(2, "x")) is None


def test_disk_full_while_saving_keeps_what_was_stored(store):
    uuid = _add(store)
    before = get_member(store, uuid)
    _fill_up(store)
    saved = [uuid]
    with pytest.raises(StorageError, match="磁盘空间已满，刚才的操作没有保存") as caught:
        for n in range(500):                              # until the file needs a new page
            saved.append(add_member(store, {"org_uuid": _branch(store), "name": "王" + chr(0x4E00 + n),
                                            "gender": "男", "ethnicity": "汉族", "category": "正式",
                                            "birth_date": "1970-01-01", "address": "红星乡李家村" * 20}))
    assert caught.value.kind == diskerrors.FULL
    assert not store.in_transaction and not store.conn.in_transaction
    assert get_member(store, uuid) == before
    assert len(saved) > 1                                          # some fitted, then one did not
    assert store.scalar("SELECT count(*) FROM member") == len(saved)   # the failed one left nothing
    assert store.scalar("SELECT count(*) FROM member_event") == len(saved)
    assert store.scalar("PRAGMA integrity_check") == "ok"
    store.conn.execute("PRAGMA max_page_count = 1073741823")      # space freed: saving works again
    update_member(store, uuid, {"phone": "13800138000"})
    store.close()
    again = Store.open(store.path)
    assert again.scalar("PRAGMA integrity_check") == "ok"
    assert get_member(again, uuid)["phone"] == "13800138000"
    again.close()


def test_disk_full_inside_a_nested_savepoint_rolls_back_the_whole_operation(store):
    _fill_up(store)
    with pytest.raises(StorageError):
        with store.transaction():
            store.set_meta("outer", "1")
            with store.transaction():
                store.insert_many("member", [{"org_uuid": _branch(store), "name": f"党员{n}", "gender": "男",
                                              "category": "正式", "note": "x" * 500} for n in range(500)])
    assert "outer" not in dict(store.conn.execute("SELECT key, value FROM meta").fetchall())
    assert store.scalar("SELECT count(*) FROM member") == 0


def test_disk_full_while_backing_up_leaves_no_file_and_old_backups_untouched(store, monkeypatch):
    first = backup.backup_now(store)
    kept = first.read_bytes()
    db_before = store.path.read_bytes()
    real_connect = sqlite3.connect

    def full_disk(path, *args, **kwargs):             # the copy cannot grow past one page
        conn = real_connect(path, *args, **kwargs)
        if str(path).endswith(".part"):
            conn.execute("PRAGMA max_page_count = 1")
        return conn

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    with pytest.raises(StorageError, match="备份未完成：磁盘空间已满"):
        backup.backup_now(store)
    monkeypatch.undo()

    def no_space(*args):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(StorageError, match="备份未完成：磁盘空间已满"):
        backup.backup_now(store)
    monkeypatch.undo()
    assert sorted(p.name for p in first.parent.iterdir()) == [first.name]
    assert first.read_bytes() == kept and store.path.read_bytes() == db_before
    assert store.scalar("PRAGMA integrity_check") == "ok"


def test_failing_pdf_export_keeps_the_old_file(store, tmp_path, monkeypatch):
    from djdesk.core import roster
    from djdesk.core.reports.roster import render_roster

    _add(store)
    rows = roster.list_members(store, roster.RosterFilter(org_uuid=_branch(store)), sort="branch")
    out = tmp_path / "exports" / "花名册.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF- last month's roster")

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(UserError, match="无法保存报表") as caught:
        render_roster(out, "李家村党支部", rows)
    monkeypatch.undo()
    assert "Traceback" not in caught.value.message
    assert "磁盘空间已满" in caught.value.message and "No space" not in caught.value.message
    assert out.read_bytes() == b"%PDF- last month's roster"
    assert [p.name for p in out.parent.iterdir()] == ["花名册.pdf"]   # no half-written temporary file
    render_roster(out, "李家村党支部", rows)                          # space freed: it works
    assert out.read_bytes().startswith(b"%PDF-1.")


def test_read_only_media_is_reported_and_can_be_opened_read_only(store, monkeypatch):
    path = store.path
    _add(store)
    store.close()
    real_open = os.open

    def read_only_fs(file, flags, *args, **kwargs):
        if str(file).endswith(lock.LOCK_SUFFIX):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only_fs)
    with pytest.raises(StorageError, match="只读") as caught:
        Store.open(path)
    assert caught.value.kind == diskerrors.READONLY
    reader = Store.open(path, read_only=True)
    assert reader.scalar("SELECT count(*) FROM member") == 1
    with pytest.raises(UserError, match="只读方式打开的，不能保存修改"):
        with reader.transaction():
            reader.set_meta("x", "1")
    reader.close()


def test_sqlite_refusing_to_write_is_explained(store):
    ro = sqlite3.connect(backup.read_only_uri(store.path), uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        ro.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    ro.close()
    assert explain_sqlite_error(caught.value).kind == diskerrors.READONLY


def test_busy_database_is_explained(store):
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")                 # e.g. a program that is not djdesk holds it
    store.conn.execute("PRAGMA busy_timeout = 50")
    with pytest.raises(StorageError, match="数据库正被另一个程序使用") as caught:
        with store.transaction():
            store.set_meta("x", "1")
    assert caught.value.kind == diskerrors.BUSY
    other.execute("ROLLBACK")
    other.close()
    with store.transaction():
        store.set_meta("x", "1")


def test_newer_database_is_still_refused_with_upgrade_advice(store):
    from djdesk.core import schema

    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    for kwargs in ({}, {"read_only": True}, {"lock": False}):
        with pytest.raises(UserError, match="请先升级"):
            Store.open(path, **kwargs)
    assert not lock.lock_path(path).exists()
