"""Backups and restore (issue #9): the one way djdesk copies a database.

Every backup is made with SQLite's online backup API (a consistent copy even while the database
is open, WAL included), written under a temporary name, checked with ``PRAGMA integrity_check``
and only then renamed into place (``os.replace``): a power cut or a full disk never leaves a
half backup under a real name, and a copy that fails its check is deleted and reported.

Automatic backups go to ``<database folder>/backups/`` as ``<db stem>-<kind>-<YYYYmmdd-HHMMSS>.sqlite``:

- ``daily``          at the first start of each day (``daily_backup``, called by ``Store.open``);
- ``before-v<N>``    before the schema is migrated to version N (``Store.open``);
- ``before-<reason>`` before a package or Excel import (``backup_before(store, "package-import")``);
- ``before-restore`` the current state, before ``restore`` replaces it;
- ``manual``         ``backup_now`` (the GUI's "立即备份", ``djdesk-cli backup`` without ``--to``).

Rotation (``rotate``) keeps the daily backups of the newest ``KEEP_DAILY`` days, the first daily
backup of each of the newest ``KEEP_MONTHLY`` months, and the newest ``KEEP_PER_KIND`` backups of
every other kind. A backup is refused when it would leave less than ``FREE_SPACE_RESERVE`` on the
disk: a full disk would stop the clerk's own saves, which matter more than one more copy.

The backup file is a normal djdesk database (journal mode DELETE, one file), with three extra
``meta`` keys saying when, why and by which app it was taken; ``inspect_backup`` reads them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from djdesk.core import lock as db_lock
from djdesk.core.diskerrors import CORRUPT, FULL, StorageError, explain_os_error, explain_sqlite_error
from djdesk.core.errors import UserError
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.schema import LATEST_VERSION, RECORD_TABLES

if TYPE_CHECKING:
    from djdesk.core.store import Store

log = logging.getLogger(__name__)

BACKUP_DIR_NAME = "backups"
KEEP_DAILY = 14
KEEP_MONTHLY = 12
KEEP_PER_KIND = 10
STALE_AFTER_DAYS = 7                    # ``djdesk-cli check`` warns when the newest backup is older
FREE_SPACE_RESERVE = 50 * 1024 * 1024   # bytes left free for the database itself after a backup
PAGES_PER_STEP = 1024                   # backup step size: progress and cancel between steps
PARTIAL_MAX_AGE_S = 3600                # a temporary file older than this was left by a crash

_SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>daily|manual|before-[a-z0-9-]+?)-(?P<stamp>\d{8}-\d{6})"
                   r"(?:-(?P<n>\d+))?\.sqlite$")
_REASON_LABELS = {"restore": "恢复", "package-import": "导入数据包", "excel-import": "导入Excel表格"}
_META_KEYS = ("backup_taken_at", "backup_kind", "backup_app")


# ----- what is in the backups folder --------------------------------------------------------------

@dataclass(frozen=True)
class BackupEntry:
    """One backup file of the backups folder (from its name; ``inspect_backup`` opens it)."""

    path: Path
    kind: str
    taken_at: dt.datetime
    size: int

    @property
    def label(self) -> str:
        return kind_label(self.kind)


def kind_label(kind: str) -> str:
    """The Chinese name of a backup kind, for lists: 每日自动备份, 升级前备份 …"""
    if kind == "daily":
        return "每日自动备份"
    if kind == "manual":
        return "手动备份"
    if re.fullmatch(r"before-v\d+", kind):
        return "升级数据格式前的备份"
    if kind.startswith("before-"):
        reason = kind[len("before-"):]
        return f"{_REASON_LABELS.get(reason, reason)}前的备份"
    return kind or "备份"


def backup_dir(db_path: str | Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR_NAME


def list_backups(db_path: str | Path, folder: str | Path | None = None) -> list[BackupEntry]:
    """The backups of this database in its backups folder, newest first."""
    db_path = Path(db_path)
    folder = Path(folder) if folder else backup_dir(db_path)
    out = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        m = _NAME.match(name)
        if not m or m["stem"] != db_path.stem:
            continue
        try:
            taken = dt.datetime.strptime(m["stamp"], _STAMP)
            size = (folder / name).stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupEntry(folder / name, m["kind"], taken, size))
    out.sort(key=lambda e: (e.taken_at, int(_NAME.match(e.path.name)["n"] or 0)), reverse=True)  # type: ignore[index]
    return out


def newest_backup(db_path: str | Path) -> BackupEntry | None:
    entries = list_backups(db_path)
    return entries[0] if entries else None


def backup_warning(db_path: str | Path, now: dt.datetime | None = None) -> str | None:
    """A Chinese warning when the newest backup is missing or older than ``STALE_AFTER_DAYS``."""
    newest = newest_backup(db_path)
    if newest is None:
        return f"还没有备份（{backup_dir(db_path)}）。请立即备份，并定期把备份复制到U盘。"
    age = ((now or dt.datetime.now()) - newest.taken_at).days
    if age > STALE_AFTER_DAYS:
        return f"最近一次备份是 {age} 天前（{newest.taken_at:%Y-%m-%d}），请立即备份。"
    return None


# ----- making a backup -------------------------------------------------------------------------------

def make_backup(conn: sqlite3.Connection, db_path: str | Path, kind: str, *,
                folder: str | Path | None = None, progress: Progress = NO_PROGRESS,
                now: dt.datetime | None = None, rotate_after: bool = True) -> Path:
    """Copy the database open on ``conn`` into ``folder`` (default: its backups folder) and
    return the checked backup's path. Raises a ``UserError`` (disk full, no permission, the
    copy failed its check) and leaves no file behind then; ``Cancelled`` likewise."""
    if conn.in_transaction:
        raise RuntimeError("back up outside a transaction: the copy would hold uncommitted rows")
    db_path = Path(db_path)
    into_backups = folder is None
    folder = Path(folder) if folder else backup_dir(db_path)
    now = now or dt.datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _explained(exc, folder) from exc
    _remove_partials(folder)
    _check_free_space(conn, folder)
    target = _free_name(folder, f"{db_path.stem}-{kind}-{now.strftime(_STAMP)}")
    tmp = folder / f".{target.stem}.{os.urandom(4).hex()}.sqlite.part"
    try:
        _copy_checked(conn, tmp, progress, meta={
            "backup_taken_at": now.isoformat(timespec="seconds"), "backup_kind": kind,
            "backup_app": db_lock._app()})
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException as exc:
        _unlink_quietly(tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm"))
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise _explained(exc, folder) from exc
        raise
    log.info("backed up %s to %s (%s)", db_path, target, kind)
    if into_backups and rotate_after:
        rotate(db_path, today=now.date())
    return target


class BackupCheckFailed(UserError):
    """The copy did not pass ``PRAGMA integrity_check`` (it was deleted)."""


def _copy_checked(conn: sqlite3.Connection, tmp: Path, progress: Progress,
                  meta: dict[str, str] | None = None, drop_meta: tuple[str, ...] = ()) -> None:
    """Online-backup ``conn`` into the new file ``tmp``: one file (journal DELETE), meta keys
    set or dropped, then ``integrity_check``; raises ``BackupCheckFailed`` if it is not ok."""
    dest = sqlite3.connect(tmp, isolation_level=None)
    try:
        def step(status: int, remaining: int, total: int) -> None:
            progress.step(total - remaining, max(total, 1))

        conn.backup(dest, pages=PAGES_PER_STEP, progress=step)
        dest.execute("PRAGMA journal_mode = DELETE")
        if meta or drop_meta:
            dest.execute("BEGIN")
            for key in drop_meta:
                dest.execute("DELETE FROM meta WHERE key = ?", (key,))
            for key, value in (meta or {}).items():
                dest.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
            dest.execute("COMMIT")
        result = [r[0] for r in dest.execute("PRAGMA integrity_check")]
    finally:
        dest.close()
    if result != ["ok"]:
        log.error("backup copy %s failed its integrity check: %s", tmp, result[:5])
        raise BackupCheckFailed("备份完成后的校验没有通过（复制出的文件有错误），这个备份已删除。"
                                "请检查磁盘或U盘是否有问题，换一个位置再备份；原数据库没有改动。")


def _check_free_space(conn: sqlite3.Connection, folder: Path) -> None:
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0] - conn.execute("PRAGMA freelist_count").fetchone()[0]
    need = pages * page_size
    import shutil

    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < need + FREE_SPACE_RESERVE:
        raise StorageError(FULL, f"磁盘剩余空间不足，没有备份：备份约需 {_mb(need)}，“{folder}”所在磁盘只剩 "
                                 f"{_mb(free)}，还要给数据库本身留出空间。请删除不需要的文件、清空回收站，"
                                 f"或把备份做到U盘上。")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def _free_name(folder: Path, base: str) -> Path:
    target = folder / f"{base}.sqlite"
    n = 2
    while target.exists():
        target = folder / f"{base}-{n}.sqlite"
        n += 1
    return target


def _remove_partials(folder: Path, prefix: str = ".", suffix: str = ".sqlite.part") -> None:
    """Our temporary files left by a crash or a power cut (older than an hour: not in progress)."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(prefix) and entry.name.endswith(suffix):
                with contextlib.suppress(OSError):
                    if dt.datetime.now().timestamp() - entry.stat().st_mtime > PARTIAL_MAX_AGE_S:
                        os.unlink(entry.path)


def backup_before(store: "Store", reason: str, progress: Progress = NO_PROGRESS) -> Path:
    """A backup before a risky operation (``reason``: "package-import", "excel-import" …).

    Call it before opening the operation's transaction; if it raises, don't do the operation."""
    if store.in_transaction:
        raise RuntimeError("backup_before() must run before the operation's transaction")
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "change"
    return make_backup(store.conn, store.path, f"before-{slug}", progress=progress)


def backup_now(store: "Store", folder: str | Path | None = None, progress: Progress = NO_PROGRESS) -> Path:
    """A manual backup: into the backups folder (rotated), or into ``folder`` (e.g. a USB stick)."""
    return make_backup(store.conn, store.path, "manual", folder=folder, progress=progress)


def daily_backup(store: "Store", now: dt.datetime | None = None) -> Path | None:
    """The day's automatic backup, unless one was already made today; returns its path or None."""
    now = now or dt.datetime.now()
    if any(e.kind == "daily" and e.taken_at.date() == now.date() for e in list_backups(store.path)):
        return None
    return make_backup(store.conn, store.path, "daily", now=now)


def backup_file(db_path: str | Path, folder: str | Path | None = None,
                progress: Progress = NO_PROGRESS) -> Path:
    """Back up a database file without opening a Store (the CLI): reads only, takes no lock, does
    not migrate. Refuses a file that is not a djdesk database."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise UserError(f"找不到数据库文件：{db_path}")
    _check_header(db_path)
    conn = _open_read_only(db_path)
    try:
        _check_ours(conn, db_path, allow_newer=True)
        return make_backup(conn, db_path, "manual", folder=folder, progress=progress)
    except sqlite3.DatabaseError as exc:
        raise (explain_sqlite_error(exc, "备份") or _not_ours(db_path)) from exc
    finally:
        conn.close()


# ----- rotation -----------------------------------------------------------------------------------

def rotate(db_path: str | Path, today: dt.date | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps (see module docstring); returns them."""
    entries = list_backups(db_path)
    keep: set[Path] = set()
    daily = [e for e in entries if e.kind == "daily"]          # newest first
    days: list[dt.date] = []
    for e in daily:
        day = e.taken_at.date()
        if day not in days:
            days.append(day)
        if days.index(day) < KEEP_DAILY:
            keep.add(e.path)
    first_of_month: dict[tuple[int, int], BackupEntry] = {}
    for e in daily:                                              # newest first: the last one wins
        first_of_month[(e.taken_at.year, e.taken_at.month)] = e
    for month in sorted(first_of_month, reverse=True)[:KEEP_MONTHLY]:
        keep.add(first_of_month[month].path)
    by_kind: dict[str, list[BackupEntry]] = {}
    for e in entries:
        if e.kind != "daily":
            by_kind.setdefault(e.kind, []).append(e)
    for group in by_kind.values():
        keep.update(e.path for e in group[:KEEP_PER_KIND])
    if entries:
        keep.add(entries[0].path)
    removed = []
    for e in entries:
        if e.path not in keep:
            try:
                e.path.unlink()
                removed.append(e.path)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", e.path, exc)
    if removed:
        log.info("rotation removed %d old backups of %s", len(removed), db_path)
    return removed


# ----- inspecting a backup --------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, for the restore dialog (and ``djdesk-cli restore``)."""

    path: Path
    taken_at: dt.datetime | None      # None: not made by djdesk's backup (a copied database)
    kind: str
    org_name: str                     # the database's own unit (scope), e.g. 李家村
    role: str                         # village | township | county | ""
    schema_version: int
    app: str                          # "djdesk 0.1.0", or "" when unknown
    installation_id: str
    counts: dict[str, int] = field(default_factory=dict)
    size: int = 0

    def summary(self) -> list[str]:
        when = f"{self.taken_at:%Y-%m-%d %H:%M}" if self.taken_at else "未知"
        c = self.counts
        return [f"备份时间：{when}（{kind_label(self.kind)}）",
                f"单位：{self.org_name or '未设定'}",
                f"内容：组织 {c.get('org_unit', 0)} 个，党员 {c.get('member', 0)} 名"
                f"（在册 {c.get('member_active', 0)} 名），操作记录 {c.get('audit_log', 0)} 条",
                f"数据版本：{self.schema_version}；写入程序：{self.app or '未知'}；"
                f"文件大小：{_mb(self.size)}"]


def inspect_backup(path: str | Path) -> BackupInfo:
    """Open a backup read-only and describe it; refuses (``UserError``) a file that is not a djdesk
    database, is damaged, or comes from a newer version of the app."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到备份文件：{path}")
    _check_header(path)
    try:
        conn = _open_read_only(path)
    except sqlite3.Error as exc:
        raise _explained(exc, path) from exc
    try:
        version = _check_ours(conn, path)
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            raise UserError(f"备份文件“{path.name}”已损坏，不能用来恢复。请选择另一个备份。")
        meta = {r[0]: r[1] for r in conn.execute("SELECT key, value FROM meta")}
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {}
        for table in RECORD_TABLES:
            if table in tables:
                counts[table] = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
        if "member" in tables:
            counts["member_active"] = conn.execute(
                "SELECT count(*) FROM member WHERE deleted = 0 AND status = '在册'").fetchone()[0]
        for table in ("audit_log", "account"):
            if table in tables:
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        org_name = ""
        if meta.get("scope_org_uuid"):
            row = conn.execute("SELECT name FROM org_unit WHERE uuid = ?", (meta["scope_org_uuid"],)).fetchone()
            org_name = row[0] if row else ""
    except sqlite3.DatabaseError as exc:
        mapped = explain_sqlite_error(exc)
        if mapped is None or mapped.kind == CORRUPT:
            raise UserError(f"备份文件“{path.name}”已损坏，不能用来恢复。请选择另一个备份。") from exc
        raise mapped from exc
    finally:
        conn.close()
    taken_at = None
    if meta.get("backup_taken_at"):
        with contextlib.suppress(ValueError):
            taken_at = dt.datetime.fromisoformat(meta["backup_taken_at"])
    if taken_at is None and (m := _NAME.match(path.name)):
        taken_at = dt.datetime.strptime(m["stamp"], _STAMP)
    return BackupInfo(path=path, taken_at=taken_at, kind=meta.get("backup_kind", ""), org_name=org_name,
                      role=meta.get("role", ""), schema_version=version, app=meta.get("backup_app", ""),
                      installation_id=meta.get("installation_id", ""), counts=counts,
                      size=path.stat().st_size)


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as f:
            head = f.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise _explained(exc, path) from exc
    if head != _SQLITE_HEADER:
        raise _not_ours(path)


def _not_ours(path: Path) -> UserError:
    return UserError(f"文件“{path.name}”不是党建桌面的数据库或备份，或者已损坏。")


def _check_ours(conn: sqlite3.Connection, path: Path, allow_newer: bool = False) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION and not allow_newer:
        raise UserError(f"备份“{path.name}”由更新版本的党建桌面制作（数据版本 {version}，本程序支持到 "
                        f"{LATEST_VERSION}）。请先升级党建桌面，再用它恢复。")
    has_meta = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()[0]
    if version == 0 or not has_meta or conn.execute(
            "SELECT count(*) FROM meta WHERE key = 'installation_id'").fetchone()[0] != 1:
        raise _not_ours(path)
    return version


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def read_only_uri(path: str | Path, immutable: bool = False) -> str:
    """A ``file:`` URI opening ``path`` read-only (works for Chinese names, spaces, '#', '?',
    Windows drive letters and UNC paths)."""
    from urllib.parse import quote

    posix = Path(path).resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix                                      # C:/x -> /C:/x
    uri = "file://" + quote(posix, safe="/:") + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


# ----- restore --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RestoreResult:
    db_path: Path
    info: BackupInfo               # what was restored
    previous: Path | None          # where the state before the restore was saved (None: no database)


def restore(backup_path: str | Path, db_path: str | Path, *, allow_other_installation: bool = False,
            progress: Progress = NO_PROGRESS) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup, after backing up its current state.

    Every Store on ``db_path`` must be closed first (in this process: a programming error
    otherwise; in another process or on another PC: ``DatabaseLocked``). A backup of a different
    database (another installation, e.g. the township's file) is refused unless
    ``allow_other_installation`` (the GUI asks first). The restored file opens and migrates
    normally with ``Store.open``."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    info = inspect_backup(backup_path)
    if db_path.exists() and os.path.samefile(backup_path, db_path):
        raise UserError("备份文件就是当前数据库本身，不能用它恢复。")
    if db_lock.held_here(db_path):
        raise RuntimeError("close every Store on the database before restoring it")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _explained(exc, db_path.parent, "恢复") from exc
    db_lock.acquire(db_path)
    _remove_partials(db_path.parent, f".{db_path.name}.", ".restore")
    tmp = db_path.with_name(f".{db_path.name}.{os.urandom(4).hex()}.restore")
    try:
        previous = None
        if db_path.exists():
            if not allow_other_installation:
                _refuse_other_installation(db_path, info)
            previous = _save_current(db_path)
        src = _open_read_only(backup_path)
        try:
            _copy_checked(src, tmp, progress, meta={
                "restored_from": backup_path.name, "restored_at": dt.datetime.now().isoformat(timespec="seconds")},
                drop_meta=_META_KEYS)
        finally:
            src.close()
        _fsync(tmp)
        _retire_old_files(db_path)
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    except BaseException as exc:
        _unlink_quietly(tmp, Path(f"{tmp}-journal"))
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise _explained(exc, db_path, "恢复") from exc
        raise
    finally:
        db_lock.release(db_path)
    log.info("restored %s from %s (previous state saved to %s)", db_path, backup_path, previous)
    return RestoreResult(db_path, info, previous)


def _refuse_other_installation(db_path: Path, info: BackupInfo) -> None:
    try:
        conn = _open_read_only(db_path)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'installation_id'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return                                   # current file damaged or foreign: nothing to compare
    if row and row[0] != info.installation_id:
        raise UserError(f"这个备份来自另一个数据库（{info.org_name or '未设定单位'}），不是当前数据库的备份。"
                        f"如确实要用它替换当前数据库，请确认后再恢复。")


def _save_current(db_path: Path) -> Path:
    """Back up the state being replaced; when it is too damaged for that, copy its raw files."""
    try:
        conn = sqlite3.connect(db_path, isolation_level=None)
        try:
            return make_backup(conn, db_path, "before-restore")
        finally:
            conn.close()
    except BackupCheckFailed:
        pass
    except StorageError as exc:
        if exc.kind != CORRUPT:
            raise                    # a full disk: never replace what we could not save
    except sqlite3.DatabaseError:
        pass                         # not even readable as a database
    import shutil

    folder = backup_dir(db_path)
    target = _free_name(folder, f"{db_path.stem}-damaged-{dt.datetime.now().strftime(_STAMP)}")
    try:
        for suffix in ("", "-wal"):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                shutil.copyfile(source, f"{target}{suffix}")
    except OSError as exc:
        raise _explained(exc, folder, "恢复") from exc
    log.warning("current database %s is damaged; its raw files were copied to %s", db_path, target)
    return target


def _retire_old_files(db_path: Path) -> None:
    """Fold the old database's WAL back and remove it: a leftover ``-wal`` beside the restored
    file would be replayed into it. Its content is already in the before-restore backup."""
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(db_path, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        leftover = Path(f"{db_path}{suffix}")
        if leftover.exists():
            leftover.unlink()


# ----- small file helpers ---------------------------------------------------------------------------

def _explained(exc: BaseException, path: str | Path | None, doing: str = "备份") -> BaseException:
    if isinstance(exc, UserError):
        return exc
    mapped = explain_sqlite_error(exc, doing) or explain_os_error(exc, path, doing)
    if mapped is not None:
        return mapped
    if isinstance(exc, OSError):
        return UserError(f"{doing}未完成：{exc.strerror or exc}（{path}）")
    return exc


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return                                  # Windows cannot open a directory for fsync
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unlink_quietly(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()
