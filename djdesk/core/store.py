"""The one door to the SQLite database.

stdlib ``sqlite3`` is used directly rather than through sqlite-utils: its write helpers wrap
themselves in ``with conn:``, which commits whatever transaction is open and so breaks our
one-operation-one-transaction rule, and importing it costs ~0.13 s of start-up (TECH-NOTES).

Rules kept here:
- WAL journal, foreign keys on, a busy timeout;
- every write goes through ``Store.transaction()`` (``BEGIN IMMEDIATE`` … ``COMMIT``; nested
  calls become savepoints); ``insert``/``update``/``tombstone`` refuse to run outside one;
- the schema is migrated on open, each migration in its own transaction, with a backup of the
  file taken first; a database from a newer app is refused;
- one writer (issue #9): a writable Store holds the lock file beside the database (``lock.py``,
  per process and reference-counted, so the GUI's workers may open their own Store); another
  process gets ``DatabaseLocked`` and may open read-only instead;
- who may write is decided in one place, ``transaction()``: not a read-only Store, not a
  read-only account, not before login when login is on; and SQLite's disk failures (full,
  read-only, busy, I/O) become Chinese ``StorageError`` messages there (``diskerrors.py``);
- the first writable open of each day takes the daily backup (``backup.py``).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import os
import sqlite3
import uuid as uuid_mod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

from djdesk.core import backup
from djdesk.core import lock as db_lock
from djdesk.core.diskerrors import CORRUPT, StorageError, explain_os_error, explain_sqlite_error
from djdesk.core.errors import UserError
from djdesk.core.hlc import HybridClock
from djdesk.core.schema import LATEST_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

SYNC_FIELDS = ("uuid", "org_uuid", "origin", "created_hlc", "hlc", "deleted")


def new_uuid() -> str:
    return uuid_mod.uuid4().hex


def connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class Change(NamedTuple):
    """One row change of a committed transaction (what ``commit_listeners`` receive).

    ``action`` is insert / update / delete / undelete; ``diff`` maps field → (old, new) for an
    update; ``hlc`` is the stamp the row got."""

    table: str
    uuid: str
    action: str
    diff: dict
    hlc: str


READ_ONLY_MESSAGE = "数据库是以只读方式打开的，不能保存修改。如需修改，请关闭其他正在使用它的党建桌面后重新打开。"


class Store:
    """An open djdesk database. Use on the thread that opened it (STYLE.md #4).

    ``read_only`` Stores (opened with ``read_only=True`` or ``lock=False``) refuse every
    transaction. ``session`` is the logged-in account (``accounts.login``), or None."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False,
                 holds_lock: bool = False):
        self.conn = conn
        self.path = path
        self._depth = 0
        meta = {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM meta")}
        self.meta = meta
        self.installation_id: str = meta["installation_id"]
        self.clock = HybridClock.from_state(meta["hlc"])
        self._saved_clock = self.clock.state
        self.account = _os_account()   # named in the audit log; replaced by the login account
        self.read_only = read_only
        self.holds_lock = holds_lock
        self.session: Any = None       # accounts.Session after login
        self.backup_problem: str | None = None   # why today's automatic backup failed, for the GUI
        self.commit_listeners: list[Callable[[tuple[Change, ...]], None]] = []
        self._changes: list[Change] = []
        self._change_marks: list[int] = []
        self._closed = False

    # ----- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, lock: bool = True, read_only: bool = False,
             daily_backup: bool = True) -> "Store":
        """Open (and migrate) a djdesk database; with ``create`` a missing file is made.

        ``lock``: take the single-writer lock (``DatabaseLocked`` if another process holds it).
        Without it the Store only reads (CLI read commands); a migration still takes the lock
        for its duration. ``read_only``: open the file read-only (no lock, no migration; for a
        database another djdesk is writing, or on a CD). ``daily_backup``: make the day's
        backup on the process's first writable open (pass False to run ``backup.daily_backup``
        on a worker instead)."""
        path = Path(path)
        if not path.exists() and not create:
            raise UserError(f"找不到数据库文件：{path}")
        if read_only:
            return cls._open_read_only(path)
        if create:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                _raise_explained(exc, path.parent)
        first = db_lock.acquire(path) if lock else False
        conn = None
        existed = False
        try:
            conn = connect(path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            existed = version > 0
            _check_is_ours(conn, path, version)
            if version < LATEST_VERSION:
                if not lock:
                    db_lock.acquire(path)
                try:
                    _backup_before_migration(conn, path, version)
                    _migrate(conn, version)
                finally:
                    if not lock:
                        db_lock.release(path)
            conn.execute("PRAGMA journal_mode = WAL")
            if not lock:
                conn.execute("PRAGMA query_only = ON")
            store = cls(conn, path, read_only=not lock, holds_lock=lock)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if lock:
                db_lock.release(path)
            if isinstance(exc, sqlite3.DatabaseError):
                raise _open_error(exc, path) from exc
            raise
        if first and existed and daily_backup:
            try:
                backup.daily_backup(store)
            except UserError as exc:   # never stops the clerk from working; the GUI shows it
                store.backup_problem = exc.message
                log.warning("daily backup of %s failed: %s", path, exc.message)
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> "Store":
        # On read-only media SQLite cannot create the -shm file a WAL database needs; there the
        # file is opened "immutable" (nobody can be writing it anyway).
        immutable = not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists()
        try:
            conn = sqlite3.connect(backup.read_only_uri(path, immutable), uri=True, isolation_level=None,
                                   check_same_thread=True)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA query_only = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            _check_is_ours(conn, path, version)
            if version < LATEST_VERSION:
                conn.close()
                raise UserError(f"数据库 {path.name} 需要先升级数据格式（数据版本 {version}），只读方式下无法升级。"
                                f"请在没有其他人使用它时正常打开一次。")
            return cls(conn, path, read_only=True)
        except sqlite3.DatabaseError as exc:
            raise _open_error(exc, path) from exc

    def close(self) -> None:
        """Close the connection and give up this Store's share of the writer lock (idempotent)."""
        if self._closed:
            return
        self._closed = True
        try:
            self.conn.close()
        finally:
            if self.holds_lock:
                db_lock.release(self.path)

    # ----- reading ---------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[dict]:
        try:
            return [dict(r) for r in self.conn.execute(sql, params)]
        except sqlite3.DatabaseError as exc:   # disk gone, file damaged: a message, not a crash
            _raise_explained(exc)

    def query_one(self, sql: str, params: Sequence[Any] | dict = ()) -> dict | None:
        try:
            row = self.conn.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:   # disk gone, file damaged: a message, not a crash
            _raise_explained(exc)
        return dict(row) if row is not None else None

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        try:
            row = self.conn.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:   # disk gone, file damaged: a message, not a crash
            _raise_explained(exc)
        return row[0] if row is not None else None

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ----- writing ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One user operation = one transaction; nested calls become savepoints.

        The one place that decides whether this Store may write (``_check_may_write``) and that
        turns SQLite's disk failures into ``StorageError`` (after rolling back)."""
        if self._depth == 0:
            self._check_may_write()
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                _raise_explained(exc)
            self._changes = []
            self._change_marks = []
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth}")
            self._change_marks.append(len(self._changes))
        self._depth += 1
        try:
            yield self
        except BaseException as exc:
            self._depth -= 1
            if self._depth == 0:
                self._rollback()
            else:
                del self._changes[self._change_marks.pop():]
                if self.conn.in_transaction:   # SQLite may have rolled back already (disk full)
                    try:
                        self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                        self.conn.execute(f"RELEASE sp{self._depth}")
                    except sqlite3.OperationalError:
                        pass                   # the outer level rolls back the whole transaction
            if isinstance(exc, sqlite3.Error) and (mapped := explain_sqlite_error(exc)) is not None:
                raise mapped from exc
            raise
        self._depth -= 1
        if self._depth == 0:
            try:
                if self.clock.state != self._saved_clock:
                    self._set_meta("hlc", self.clock.state)
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                _raise_explained(exc)
            self._saved_clock = self.clock.state
            changes, self._changes = tuple(self._changes), []
            if self.holds_lock:
                db_lock.touch(self.path)
            self._notify(changes)
        else:
            self.conn.execute(f"RELEASE sp{self._depth}")
            self._change_marks.pop()

    def _rollback(self) -> None:
        self._changes = []
        self._change_marks = []
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.OperationalError as exc:   # e.g. the disk is gone: nothing was committed
                log.warning("rollback failed: %s", exc)

    def _notify(self, changes: tuple[Change, ...]) -> None:
        for listener in list(self.commit_listeners):
            try:
                listener(changes)
            except Exception:   # the data is committed; a listener's bug must not look like a failed save
                log.exception("commit listener %r failed", listener)

    def _check_may_write(self) -> None:
        """Who may write, decided once per transaction (issue #9)."""
        if self.read_only:
            raise UserError(READ_ONLY_MESSAGE)
        session = self.session
        if session is None:
            if self.meta.get("login_required") == "1":
                raise UserError("本数据库已开启登录，请先登录再修改数据。")
        elif not session.can_write:
            raise UserError(f"当前账号“{session.account}”是只读账号，只能查看，不能修改数据。"
                            f"如需修改，请用有录入权限的账号登录。")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def _require_transaction(self) -> None:
        if self._depth == 0:
            raise RuntimeError("writes must run inside Store.transaction()")

    def use_session(self, session: Any) -> None:
        """Act as a logged-in account (``accounts.Session``; None = nobody): the audit log names
        it and ``transaction()`` applies its role. A GUI worker's own Store gets the window's
        session this way: ``worker_store.use_session(window_store.session)``."""
        self.session = session
        self.account = session.account if session is not None else _os_account()

    def insert(self, table: str, values: dict[str, Any]) -> str:
        """Insert a record with fresh sync columns; returns its uuid."""
        self.insert_many(table, [values])
        return values.get("uuid") or self._last_uuid

    def insert_many(self, table: str, rows: Iterable[dict[str, Any]]) -> int:
        """Bulk insert (executemany, TECH-NOTES: ~8x sqlite-utils); all rows share one column set."""
        self._require_transaction()
        rows = list(rows)
        if not rows:
            return 0
        prepared = []
        for row in rows:
            stamp = self.clock.tick()
            full = {"uuid": row.get("uuid") or new_uuid(), "origin": self.installation_id,
                    "created_hlc": stamp, "hlc": stamp, "deleted": 0, **row}
            prepared.append(full)
        self._last_uuid = prepared[-1]["uuid"]
        columns = list(prepared[0])
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        self.conn.executemany(sql, ([r[c] for c in columns] for r in prepared))
        self._audit([(table, r["uuid"], "insert", "{}", r["hlc"]) for r in prepared])
        if self.commit_listeners:
            self._changes.extend(Change(table, r["uuid"], "insert", {}, r["hlc"]) for r in prepared)
        return len(prepared)

    def update(self, table: str, uuid: str, changes: dict[str, Any]) -> None:
        """Change fields of a live record and give it a new modification stamp."""
        self._require_transaction()
        bad = set(changes) & set(SYNC_FIELDS) - {"org_uuid"}
        if bad:
            raise ValueError(f"sync columns are managed by the store: {sorted(bad)}")
        old = self.query_one(f"SELECT * FROM {table} WHERE uuid = ? AND deleted = 0", (uuid,))
        if old is None:
            raise UserError("要修改的记录不存在或已被删除，请刷新后重试。")
        diff = {c: [old[c], v] for c, v in changes.items() if old[c] != v}
        if not diff:
            return
        stamp = self.clock.tick()
        assignments = ", ".join(f"{c} = ?" for c in diff)
        self.conn.execute(f"UPDATE {table} SET {assignments}, hlc = ? WHERE uuid = ?",
                          [*(new for _, new in diff.values()), stamp, uuid])
        self._audit([(table, uuid, "update", json.dumps(diff, ensure_ascii=False), stamp)])
        if self.commit_listeners:
            self._changes.append(Change(table, uuid, "update", diff, stamp))

    def tombstone(self, table: str, uuid: str) -> None:
        """Delete by leaving a tombstone: the row and its data stay, marked deleted."""
        self._require_transaction()
        stamp = self.clock.tick()
        cur = self.conn.execute(f"UPDATE {table} SET deleted = 1, hlc = ? WHERE uuid = ? AND deleted = 0",
                                (stamp, uuid))
        if cur.rowcount:
            self._audit([(table, uuid, "delete", "{}", stamp)])
            if self.commit_listeners:
                self._changes.append(Change(table, uuid, "delete", {}, stamp))

    def undelete(self, table: str, uuid: str) -> None:
        """Bring a tombstoned record back (the undo of a deletion) with a new stamp, so the
        revival travels like any change. Logged as an update of ``deleted`` 1 → 0."""
        self._require_transaction()
        stamp = self.clock.tick()
        cur = self.conn.execute(f"UPDATE {table} SET deleted = 0, hlc = ? WHERE uuid = ? AND deleted = 1",
                                (stamp, uuid))
        if cur.rowcount:
            self._audit([(table, uuid, "update", json.dumps({"deleted": [1, 0]}), stamp)])
            if self.commit_listeners:
                self._changes.append(Change(table, uuid, "undelete", {"deleted": (1, 0)}, stamp))

    def log_local_change(self, table: str, key: str, action: str, changes: dict) -> None:
        """Audit a change to a local, non-synced table (accounts): same log, same account."""
        self._require_transaction()
        self._audit([(table, key, action, json.dumps(changes, ensure_ascii=False), self.clock.tick())])
        if self.commit_listeners:
            self._changes.append(Change(table, key, action, changes, ""))

    def _audit(self, entries: list[tuple[str, str, str, str, str]]) -> None:
        """Append to the audit log: (table, record uuid, action, changes JSON, stamp)."""
        now = dt.datetime.now().isoformat(timespec="seconds")
        self.conn.executemany(
            "INSERT INTO audit_log (at, account, table_name, record_uuid, action, changes, hlc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [(now, self.account, *e) for e in entries])

    def audit_trail(self, record_uuid: str) -> list[dict]:
        """What happened to one record, oldest first; ``changes`` maps field → [old, new]."""
        rows = self.query("SELECT at, account, table_name, action, changes FROM audit_log "
                          "WHERE record_uuid = ? ORDER BY id", (record_uuid,))
        for r in rows:
            r["changes"] = json.loads(r["changes"])
        return rows

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
        self.meta[key] = value

    def set_meta(self, key: str, value: str) -> None:
        self._require_transaction()
        self._set_meta(key, value)


def _os_account() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):   # no user name in the environment or password database
        return ""


def _check_is_ours(conn: sqlite3.Connection, path: Path, version: int) -> None:
    if version > LATEST_VERSION:
        raise UserError(
            f"数据库 {path.name} 由更新版本的党建桌面创建（数据版本 {version}，本程序支持到 "
            f"{LATEST_VERSION}）。为保护数据，本程序不会打开它，请先升级党建桌面。")
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if tables:
            raise UserError(f"文件 {path} 不是党建桌面数据库（其中已有其他数据），未做任何修改。")


def _raise_explained(exc: Exception, path: Path | None = None) -> NoReturn:
    """Re-raise a disk/SQLite failure as its Chinese ``StorageError``; anything else unchanged."""
    mapped = explain_sqlite_error(exc) or explain_os_error(exc, path)
    if mapped is None:
        raise exc
    raise mapped from exc


def _open_error(exc: sqlite3.DatabaseError, path: Path) -> UserError:
    mapped = explain_sqlite_error(exc)
    if mapped is not None and mapped.kind != CORRUPT:
        return mapped
    return UserError(f"无法打开数据库 {path}：文件不是党建桌面数据库或已损坏（{exc}）。"
                     f"如有备份，可以用“从备份恢复”找回数据。")


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Copy an existing database aside before its schema is changed (backup.py: checked, atomic).
    If the backup cannot be made, the database is not migrated (and so not opened)."""
    if version == 0:
        return
    try:
        target = backup.make_backup(conn, path, f"before-v{LATEST_VERSION}")
    except StorageError as exc:
        raise StorageError(exc.kind, f"升级数据格式前必须先备份，但备份没有成功，数据库未做任何改动。{exc.message}") from exc
    log.info("backed up %s to %s before migrating from schema %d", path, target, version)


def _migrate(conn: sqlite3.Connection, from_version: int, to_version: int = LATEST_VERSION) -> None:
    for migration in MIGRATIONS:
        if not from_version < migration.version <= to_version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.statements:
                conn.execute(statement)
            if migration.version == 1:
                _init_meta(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("migrated database to schema %d: %s", migration.version, migration.description)


def _init_meta(conn: sqlite3.Connection) -> None:
    installation = new_uuid()
    clock = HybridClock(node=installation[:12])
    clock.tick()
    now = dt.datetime.now().isoformat(timespec="seconds")
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
        ("installation_id", installation), ("hlc", clock.state), ("created_at", now)])
