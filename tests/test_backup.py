"""Backups and restore (issue #9): checked atomic copies, daily backups and rotation, inspecting,
restoring, and the CLI's backup / restore / check."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from djdesk import __version__
from djdesk.core import backup, lock, schema
from djdesk.core.backup import BackupCheckFailed, inspect_backup, restore
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.members import add_member
from djdesk.core.progress import Progress
from djdesk.core.store import Store, _migrate, connect

CLI = [sys.executable, "-m", "djdesk.cli"]


def _branch(store):
    return store.scalar("SELECT uuid FROM org_unit WHERE kind = 'branch'")


def _add(store, name, id_number):
    return add_member(store, {"org_uuid": _branch(store), "name": name, "gender": "女", "ethnicity": "汉族",
                              "category": "正式", "id_number": id_number, "join_date": "1990-07-01",
                              "conversion_date": "1991-07-01"})


def _names(path):
    store = Store.open(path, daily_backup=False)
    try:
        return sorted(r["name"] for r in store.query("SELECT name FROM member WHERE deleted = 0"))
    finally:
        store.close()


def _files(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# ----- making backups ----------------------------------------------------------------------------------

def test_backup_is_a_checked_single_file_copy(store):
    _add(store, "李秀英", "11010519491231002X")
    path = backup.backup_now(store)
    assert path.parent == store.path.parent / "backups"
    assert path.name.startswith("village-manual-") and path.suffix == ".sqlite"
    assert _files(path.parent) == [path.name]            # no -wal, -journal or temporary file beside it
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT name FROM member").fetchall() == [("李秀英",)]
    conn.close()
    assert _names(path) == ["李秀英"]


def test_daily_backup_at_the_first_open_of_each_day_only(store):
    path = store.path
    store.close()
    Store.open(path).close()
    Store.open(path).close()
    daily = [e for e in backup.list_backups(path) if e.kind == "daily"]
    assert len(daily) == 1 and daily[0].taken_at.date() == dt.date.today()
    assert backup.daily_backup(Store.open(path, daily_backup=False)) is None   # already done today
    tomorrow = dt.datetime.now() + dt.timedelta(days=1)
    s = Store.open(path, daily_backup=False)
    assert backup.daily_backup(s, now=tomorrow) is not None
    s.close()


def test_no_daily_backup_for_readers_or_a_new_database(tmp_path):
    path = tmp_path / "new.sqlite"
    Store.open(path, create=True).close()                  # nothing to back up yet
    assert backup.list_backups(path) == []
    Store.open(path, lock=False).close()
    Store.open(path, read_only=True).close()
    assert backup.list_backups(path) == []


def test_daily_backup_failure_does_not_stop_opening(store, monkeypatch):
    path = store.path
    store.close()

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(backup, "_fsync", full)
    s = Store.open(path)
    assert "磁盘空间已满" in s.backup_problem
    assert backup.list_backups(path) == [] and _files(path.parent / "backups") == []
    s.close()


def test_failed_integrity_check_deletes_the_backup(store, monkeypatch):
    real_connect = sqlite3.connect

    class Damaged(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql == "PRAGMA integrity_check":
                return real_connect(":memory:").execute("SELECT '*** in database main *** Page 3: btree damaged'")
            return super().execute(sql, *args)

    def connect_damaged(path, *args, **kwargs):
        if str(path).endswith(".part"):
            kwargs["factory"] = Damaged
        return real_connect(path, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect_damaged)
    with pytest.raises(BackupCheckFailed, match="校验没有通过.*已删除"):
        backup.backup_now(store)
    assert _files(store.path.parent / "backups") == []


def test_cancelled_backup_leaves_nothing(store):
    def cancel():
        return True
    with pytest.raises(Cancelled):
        backup.backup_now(store, progress=Progress(is_cancelled=cancel))
    assert _files(store.path.parent / "backups") == []


def test_backup_refused_when_it_would_fill_the_disk(store, monkeypatch):
    import shutil

    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9 - 10**6, 10**6))
    with pytest.raises(UserError, match="磁盘剩余空间不足，没有备份"):
        backup.backup_now(store)
    assert _files(store.path.parent / "backups") == []


def test_backup_before_an_import(store):
    path = backup.backup_before(store, "excel-import")
    entry = backup.list_backups(store.path)[0]
    assert entry.path == path and entry.kind == "before-excel-import" and entry.label == "导入Excel表格前的备份"
    with store.transaction():
        with pytest.raises(RuntimeError):
            backup.backup_before(store, "package-import")


def test_backup_to_another_folder_is_not_rotated(store, tmp_path):
    stick = tmp_path / "U盘"
    path = backup.backup_now(store, folder=stick)
    assert path.parent == stick and inspect_backup(path).kind == "manual"


# ----- rotation ---------------------------------------------------------------------------------------

def test_rotation_keeps_14_days_12_months_and_10_of_each_other_kind(tmp_path):
    db = tmp_path / "v.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    today = dt.date(2026, 6, 30)
    names = []
    for days_ago in range(0, 500):                       # a daily backup every day for 500 days
        day = today - dt.timedelta(days=days_ago)
        names.append(f"v-daily-{day:%Y%m%d}-083000.sqlite")
    for n in range(15):
        names.append(f"v-before-package-import-202606{n + 1:02d}-100000.sqlite")
    names.append("v-before-v4-20250101-080000.sqlite")
    names.append("other-daily-20200101-080000.sqlite")   # another database's backup: not ours to rotate
    for name in names:
        (folder / name).write_bytes(b"")
    backup.rotate(db, today=today)
    left = _files(folder)
    daily = sorted(n for n in left if n.startswith("v-daily-"))
    recent = [f"v-daily-{today - dt.timedelta(days=d):%Y%m%d}-083000.sqlite" for d in range(14)]
    assert set(recent) <= set(daily)
    monthly = sorted(set(daily) - set(recent))
    # and the first daily backup of each of the 12 newest months
    assert [n[8:14] for n in monthly] == ["202507", "202508", "202509", "202510", "202511", "202512",
                                          "202601", "202602", "202603", "202604", "202605", "202606"]
    assert all(n[14:16] == "01" for n in monthly)
    imports = sorted(n for n in left if "before-package-import" in n)
    assert imports == [f"v-before-package-import-202606{n:02d}-100000.sqlite" for n in range(6, 16)]
    assert "v-before-v4-20250101-080000.sqlite" in left and "other-daily-20200101-080000.sqlite" in left


def test_two_backups_in_the_same_second_both_kept(store):
    now = dt.datetime(2026, 3, 1, 9, 0, 0)
    a = backup.make_backup(store.conn, store.path, "manual", now=now)
    b = backup.make_backup(store.conn, store.path, "manual", now=now)
    assert a != b and a.exists() and b.exists()
    assert [e.path for e in backup.list_backups(store.path)] == [b, a]


# ----- inspecting -------------------------------------------------------------------------------------

def test_inspect_backup_says_what_it_holds(store):
    _add(store, "李秀英", "11010519491231002X")
    info = inspect_backup(backup.backup_now(store))
    assert info.org_name == "李家村" and info.role == "village"
    assert info.schema_version == schema.LATEST_VERSION and info.app == f"djdesk {__version__}"
    assert info.counts["member"] == 1 and info.counts["member_active"] == 1 and info.counts["org_unit"] == 3
    assert info.counts["audit_log"] == 5 and info.kind == "manual"
    assert abs((dt.datetime.now() - info.taken_at).total_seconds()) < 60
    assert info.installation_id == store.installation_id
    text = "\n".join(info.summary())
    assert "单位：李家村" in text and "党员 1 名" in text


def test_inspect_refuses_what_cannot_be_restored(tmp_path, store):
    junk = tmp_path / "花名册.xlsx"
    junk.write_bytes(b"PK\x03\x04 not a database" * 50)
    with pytest.raises(UserError, match="不是党建桌面的数据库或备份"):
        inspect_backup(junk)
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="不是党建桌面的数据库或备份"):
        inspect_backup(foreign)
    with pytest.raises(UserError, match="找不到备份文件"):
        inspect_backup(tmp_path / "missing.sqlite")

    good = backup.backup_now(store)
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(UserError, match="更新版本的党建桌面.*请先升级党建桌面"):
        inspect_backup(newer)

    damaged = tmp_path / "damaged.sqlite"
    conn = sqlite3.connect(good)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'org_unit'").fetchone()[0]
    conn.close()
    raw = bytearray(good.read_bytes())
    raw[(root - 1) * page_size:(root - 1) * page_size + 64] = b"\xff" * 64
    damaged.write_bytes(raw)
    with pytest.raises(UserError, match="已损坏，不能用来恢复"):
        inspect_backup(damaged)


# ----- restoring --------------------------------------------------------------------------------------

def test_restore_replaces_the_database_after_saving_it(store):
    path = store.path
    _add(store, "李秀英", "11010519491231002X")
    saved = backup.backup_now(store)
    _add(store, "王建国", "110105195001010020")
    store.close()

    result = restore(saved, path)
    assert result.info.counts["member"] == 1
    assert _names(path) == ["李秀英"]
    assert _names(result.previous) == ["李秀英", "王建国"]       # nothing is ever lost
    assert result.previous.name.startswith("village-before-restore-")
    s = Store.open(path)
    assert s.meta["restored_from"] == saved.name and "backup_taken_at" not in s.meta
    assert s.scalar("PRAGMA integrity_check") == "ok"
    with s.transaction():                                       # and it works as before
        s.set_meta("after_restore", "1")
    s.close()
    assert not lock.lock_path(path).exists()


def test_restore_refused_while_the_database_is_open(store, tmp_path):
    saved = backup.backup_now(store)
    with pytest.raises(RuntimeError):                    # this process: the GUI must close it first
        restore(saved, store.path)
    store.close()
    lock.lock_path(store.path).write_text(json.dumps({
        "host": lock.hostname(), "user": "张三", "pid": os.getppid(), "since": "2026-01-05T08:30:00",
        "boot": lock.boot_id(), "token": "x"}), encoding="utf-8")
    before = store.path.read_bytes()
    with pytest.raises(lock.DatabaseLocked):             # another process
        restore(saved, store.path)
    assert store.path.read_bytes() == before
    lock.lock_path(store.path).unlink()


def test_restore_of_an_older_schema_opens_and_migrates(tmp_path):
    old = tmp_path / "old.sqlite"
    conn = connect(old)
    _migrate(conn, 0, 2)
    conn.execute("INSERT INTO org_unit (uuid, org_uuid, origin, created_hlc, hlc, kind, name) "
                 "VALUES ('b', 'b', 'o', 'a', 'a', 'branch', '李家村党支部')")
    conn.close()
    saved = backup.backup_file(old, tmp_path / "stick")
    assert inspect_backup(saved).schema_version == 2
    target = tmp_path / "restored" / "v.sqlite"
    target.parent.mkdir()
    result = restore(saved, target)
    assert result.previous is None
    s = Store.open(target)
    assert s.schema_version == schema.LATEST_VERSION
    assert s.scalar("SELECT name FROM org_unit") == "李家村党支部"
    s.close()


def test_restore_of_another_database_needs_confirmation(store, tmp_path):
    other = Store.open(tmp_path / "other" / "township.sqlite", create=True)
    saved = backup.backup_now(other)
    other.close()
    path = store.path
    store.close()
    with pytest.raises(UserError, match="来自另一个数据库"):
        restore(saved, path)
    assert restore(saved, path, allow_other_installation=True).previous is not None


def test_restore_over_a_damaged_database_keeps_its_raw_files(store, tmp_path):
    saved = backup.backup_now(store)
    path = store.path
    store.close()
    path.write_bytes(b"\x00" * 8192)                        # the clerk restores because it broke
    result = restore(saved, path)
    assert "damaged" in result.previous.name and result.previous.read_bytes() == b"\x00" * 8192
    assert Store.open(path).scalar("PRAGMA integrity_check") == "ok"


def test_migration_backup_is_made_by_the_backup_module(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = connect(path)
    _migrate(conn, 0, 1)
    conn.close()
    Store.open(path).close()
    before = [e for e in backup.list_backups(path) if e.kind == f"before-v{schema.LATEST_VERSION}"]
    assert len(before) == 1 and inspect_backup(before[0].path).schema_version == 1


# ----- the CLI ----------------------------------------------------------------------------------------

def _cli(*args, ok=True):
    out = subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True)
    if ok:
        assert out.returncode == 0, out.stderr
    return out


def test_cli_backup_restore_and_check(store, tmp_path):
    _add(store, "李秀英", "11010519491231002X")
    path = store.path
    store.close()
    check = json.loads(_cli("check", "--db", path, "--json").stdout)
    assert check["newest_backup"] is None and "还没有备份" in check["backup_warning"]

    data = json.loads(_cli("backup", "--db", path, "--to", tmp_path / "stick", "--json").stdout)
    assert data["integrity"] == "ok" and data["counts"]["member"] == 1 and data["bytes"] > 0
    made = tmp_path / "stick" / os.path.basename(data["backup"])
    assert made.exists()
    assert "已备份到" in _cli("backup", "--db", path).stdout      # into the backups folder
    check = json.loads(_cli("check", "--db", path, "--json").stdout)
    assert check["newest_backup"]["age_days"] < 1 and check["backup_warning"] is None

    out = _cli("restore", made, "--db", path, "--json")
    restored = json.loads(out.stdout)
    assert restored["org"] == "李家村" and restored["counts"]["member"] == 1
    assert os.path.exists(restored["previous_saved_to"])

    out = _cli("restore", tmp_path / "nope.sqlite", "--db", path, ok=False)
    assert out.returncode == 2 and out.stderr.startswith("错误：找不到备份文件") and "Traceback" not in out.stderr


def test_cli_check_warns_when_the_newest_backup_is_older_than_a_week(store):
    made = backup.backup_now(store)
    old = made.with_name(f"village-manual-{dt.datetime.now() - dt.timedelta(days=9):%Y%m%d-%H%M%S}.sqlite")
    made.rename(old)
    store.close()
    check = json.loads(_cli("check", "--db", store.path, "--json").stdout)
    assert check["newest_backup"]["age_days"] >= 9 and "9 天前" in check["backup_warning"]
    text = _cli("check", "--db", store.path).stdout
    assert "最近备份：" in text and "[警告] 最近一次备份是 9 天前" in text


def test_leftovers_of_a_crashed_backup_are_cleared_later(store):
    folder = store.path.parent / "backups"
    folder.mkdir()
    old = folder / ".village-daily-20260101-080000.1a2b3c4d.sqlite.part"
    fresh = folder / ".village-manual-20260101-080000.5e6f7a8b.sqlite.part"   # maybe still being written
    for p in (old, fresh):
        p.write_bytes(b"half a copy")
    past = dt.datetime.now().timestamp() - backup.PARTIAL_MAX_AGE_S - 10
    os.utime(old, (past, past))
    made = backup.backup_now(store)
    assert _files(folder) == sorted([fresh.name, made.name])
