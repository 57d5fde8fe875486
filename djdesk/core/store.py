"""The one door to the SQLite database.

stdlib ``sqlite3`` is used directly rather than through sqlite-utils: its write helpers wrap
themselves in ``with conn:``, which commits whatever transaction is open and so breaks our
one-operation-one-transaction rule, and importing it costs ~0.13 s of start-up (TECH-NOTES).

Rules kept here:
- WAL journal, foreign keys on, a busy timeout;
- every write goes through ``Store.transaction()`` (``BEGIN IMMEDIATE`` … ``COMMIT``; nested
  calls become savepoints); ``insert``/``update``/``tombstone`` refuse to run outside one;
- the schema is migrated on open, each migration in its own transaction, with a backup of the
  file taken first; a database from a newer app is refused.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import sqlite3
import uuid as uuid_mod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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


class Store:
    """An open djdesk database. Use on the thread that opened it (STYLE.md #4)."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self._depth = 0
        meta = {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM meta")}
        self.meta = meta
        self.installation_id: str = meta["installation_id"]
        self.clock = HybridClock.from_state(meta["hlc"])
        self._saved_clock = self.clock.state
        self.account = _os_account()   # named in the audit log; replaced by the login account

    # ----- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False) -> "Store":
        """Open (and migrate) a djdesk database; with ``create`` a missing file is made."""
        path = Path(path)
        if not path.exists() and not create:
            raise UserError(f"找不到数据库文件：{path}")
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = connect(path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            _check_is_ours(conn, path, version)
            if version < LATEST_VERSION:
                _backup_before_migration(conn, path, version)
                _migrate(conn, version)
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            raise UserError(f"无法打开数据库 {path}：文件不是党建桌面数据库或已损坏（{exc}）") from exc
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    # ----- reading ---------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, params)]

    def query_one(self, sql: str, params: Sequence[Any] | dict = ()) -> dict | None:
        row = self.conn.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row is not None else None

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ----- writing ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One user operation = one transaction; nested calls become savepoints."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")
            raise
        self._depth -= 1
        if self._depth == 0:
            if self.clock.state != self._saved_clock:
                self._set_meta("hlc", self.clock.state)
            self.conn.execute("COMMIT")
            self._saved_clock = self.clock.state
        else:
            self.conn.execute(f"RELEASE sp{self._depth}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def _require_transaction(self) -> None:
        if self._depth == 0:
            raise RuntimeError("writes must run inside Store.transaction()")

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

    def tombstone(self, table: str, uuid: str) -> None:
        """Delete by leaving a tombstone: the row and its data stay, marked deleted."""
        self._require_transaction()
        stamp = self.clock.tick()
        cur = self.conn.execute(f"UPDATE {table} SET deleted = 1, hlc = ? WHERE uuid = ? AND deleted = 0",
                                (stamp, uuid))
        if cur.rowcount:
            self._audit([(table, uuid, "delete", "{}", stamp)])

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


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Copy an existing database aside before its schema is changed (SQLite online backup)."""
    if version == 0:
        return
    backup_dir = path.parent / "backups"
    backup_dir.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-before-v{LATEST_VERSION}-{stamp}.sqlite"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
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
