"""State-based merge of records, generic over ``schema.RECORD_TABLES`` (issue #7).

A package carries the sender's current version of every record in its scope (tombstones too).
For each record the version with the newer ``hlc`` wins, so the result does not depend on the
order packages arrive in, on duplicates or on stale copies: merging is a per-record maximum.

Nothing is lost: when the losing version is not known to be an ancestor of the winner, it is
stored whole in ``sync_conflict`` for the clerk to review (``list_conflicts``) and, if the clerk
says so, brought back (``reverse_conflict``, a new edit that travels like any other).

"Known ancestor" uses the *base* of a version: the stamp its author last received for that
record before editing it (``sync_row.base_hlc``; a record never received has its
``created_hlc``). A version ``a`` is an ancestor of winner ``w`` (with base ``b``) when ``a`` is
``w`` or ``b``, or ``a`` is an older stamp by the same installation as ``w`` or ``b`` (one
installation's own edits are sequential, and it logged every version it dropped). So a village
that edits a record twice before the township hears of it, or a stale package found in a drawer,
gives no conflict; a village edit and a township correction of the same record made without
seeing each other do.

``plan`` computes everything without writing (the import summary and the village's correction
preview use it); ``apply`` writes a plan inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from djdesk.core import schema
from djdesk.core.errors import UserError
from djdesk.core.hlc import parse_stamp
from djdesk.core.store import Change, Store

SYNC_FIELDS = ("uuid", "org_uuid", "origin", "created_hlc", "hlc", "deleted")
_CHUNK = 500


def record_tables() -> tuple[str, ...]:
    """Every record table, read at call time so tables other migrations add travel too."""
    return schema.RECORD_TABLES


def table_columns(store: Store, table: str) -> list[str]:
    return [r["name"] for r in store.query(f"PRAGMA table_info({table})")]


def _node(stamp: str) -> str:
    return stamp.split("-", 2)[2] if stamp.count("-") >= 2 else ""


def is_ancestor(a: str, winner: str, winner_base: str) -> bool:
    """Whether version ``a`` is known to precede the winner (see the module docstring)."""
    if a == winner or a == winner_base:
        return True
    node = _node(a)
    return (node == _node(winner) and a < winner) or (node == _node(winner_base) and a < winner_base)


@dataclass
class RowUpdate:
    """One record the merge changes (or would change)."""

    table: str
    uuid: str
    org_uuid: str
    action: str                        # new | update | delete | undelete
    fields: dict[str, tuple]           # field → (old, new), data fields only (update)
    values: tuple                      # the incoming row, in the table's package column order


@dataclass
class Conflict:
    table: str
    uuid: str
    org_uuid: str
    winner: str                        # local | incoming
    winner_hlc: str
    loser_hlc: str
    loser_values: dict


@dataclass
class TablePlan:
    columns: list[str]
    updates: list[RowUpdate] = field(default_factory=list)
    unchanged: int = 0
    bases: list[tuple[str, str]] = field(default_factory=list)   # (uuid, base) for rows taken


@dataclass
class MergePlan:
    tables: dict[str, TablePlan] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    refused: int = 0
    max_hlc: str = ""

    @property
    def counts(self) -> dict[str, int]:
        new = sum(1 for t in self.tables.values() for u in t.updates if u.action == "new")
        changed = sum(1 for t in self.tables.values() for u in t.updates if u.action != "new")
        return {"new": new, "updated": changed, "unchanged": sum(t.unchanged for t in self.tables.values()),
                "conflicting": len(self.conflicts), "refused": self.refused}

    @property
    def updates(self) -> list[RowUpdate]:
        return [u for t in self.tables.values() for u in t.updates]


def fetch_by_uuid(store: Store, table: str, columns: list[str], uuids: list[str]) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    sql_cols = ", ".join(columns)
    for i in range(0, len(uuids), _CHUNK):
        part = uuids[i:i + _CHUNK]
        cur = store.conn.execute(f"SELECT {sql_cols} FROM {table} WHERE uuid IN ({','.join('?' * len(part))})",
                                 part)
        for row in cur:
            out[row[0]] = tuple(row)
    return out


def fetch_bases(store: Store, uuids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(uuids), _CHUNK):
        part = uuids[i:i + _CHUNK]
        out.update(store.conn.execute(
            f"SELECT uuid, base_hlc FROM sync_row WHERE uuid IN ({','.join('?' * len(part))})", part).fetchall())
    return out


def plan(store: Store, tables: dict[str, dict], check_row=None) -> MergePlan:
    """What merging the package's ``tables`` ({table: {"columns": [...], "rows": [[...]],
    "bases": [...]}}) would do. ``check_row(table, incoming: dict, local: dict | None)`` raises
    to refuse a row (the sender's scope); nothing is written here."""
    result = MergePlan()
    known = set(record_tables())
    for table in tables:
        if table not in known:
            raise UserError(f"数据包中有本程序不认识的数据表“{table}”，可能来自更新版本的党建桌面。请先升级再导入。")
    for table in record_tables():
        if table not in tables:
            continue
        data = tables[table]
        columns = list(data["columns"])
        local_cols = table_columns(store, table)
        unknown = [c for c in columns if c not in local_cols]
        if unknown or columns[:1] != ["uuid"] or any(c not in columns for c in SYNC_FIELDS):
            raise UserError(f"数据包中“{table}”表的字段（{', '.join(unknown) or '同步字段'}）与本程序不符，"
                            f"可能来自更新版本的党建桌面。请先升级再导入。")
        rows, bases = data["rows"], data["bases"]
        if len(rows) != len(bases) or any(len(r) != len(columns) for r in rows):
            raise UserError(f"数据包中“{table}”表的数据不完整。")
        i_hlc, i_org, i_del = columns.index("hlc"), columns.index("org_uuid"), columns.index("deleted")
        i_created = columns.index("created_hlc")
        tp = TablePlan(columns)
        result.tables[table] = tp
        uuids = [r[0] for r in rows]
        local = fetch_by_uuid(store, table, columns, uuids)
        local_bases = fetch_bases(store, [u for u in uuids if u in local])
        for row, base_in in zip(rows, bases):
            uuid, h_in = row[0], row[i_hlc]
            if not isinstance(uuid, str) or not isinstance(h_in, str) or not isinstance(base_in, str):
                raise UserError(f"数据包中“{table}”表有格式不对的记录。")
            loc = local.get(uuid)
            if check_row is not None:
                check_row(table, dict(zip(columns, row)), None if loc is None else dict(zip(columns, loc)))
            if h_in > result.max_hlc:
                result.max_hlc = h_in
            if loc is None:
                tp.updates.append(RowUpdate(table, uuid, row[i_org], "new", {}, tuple(row)))
                tp.bases.append((uuid, h_in))
                continue
            h_loc = loc[i_hlc]
            if h_loc == h_in:
                tp.unchanged += 1
                continue
            base_loc = local_bases.get(uuid) or loc[i_created]
            if h_in > h_loc:
                if not is_ancestor(h_loc, h_in, base_in):
                    result.conflicts.append(Conflict(table, uuid, loc[i_org], "incoming", h_in, h_loc,
                                                     dict(zip(columns, loc))))
                diff = {c: (o, n) for c, o, n in zip(columns, loc, row) if o != n and c not in SYNC_FIELDS}
                if row[i_del] != loc[i_del]:
                    action = "delete" if row[i_del] else "undelete"
                else:
                    action = "update"
                tp.updates.append(RowUpdate(table, uuid, row[i_org], action, diff, tuple(row)))
                tp.bases.append((uuid, h_in))
            else:
                tp.unchanged += 1
                if not is_ancestor(h_in, h_loc, base_loc):
                    result.conflicts.append(Conflict(table, uuid, loc[i_org], "local", h_loc, h_in,
                                                     dict(zip(columns, row))))
    return result


def apply(store: Store, merge: MergePlan, package_id: int) -> None:
    """Write a plan (inside the caller's transaction): rows, provenance/base, conflicts, audit."""
    store._require_transaction()
    conn = store.conn
    now = dt.datetime.now().isoformat(timespec="seconds")
    audit: list[tuple[str, str, str, str, str]] = []
    listen = bool(store.commit_listeners)
    for table, tp in merge.tables.items():
        cols = tp.columns
        new = [u.values for u in tp.updates if u.action == "new"]
        if new:
            conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", new)
        changed = [u for u in tp.updates if u.action != "new"]
        if changed:
            assignments = ", ".join(f"{c} = ?" for c in cols[1:])
            conn.executemany(f"UPDATE {table} SET {assignments} WHERE uuid = ?",
                             [(*u.values[1:], u.values[0]) for u in changed])
        i_hlc = cols.index("hlc")
        for u in tp.updates:
            action = {"new": "insert", "update": "update", "delete": "delete", "undelete": "update"}[u.action]
            changes = {c: [o, n] for c, (o, n) in u.fields.items()}
            if u.action == "undelete":
                changes["deleted"] = [1, 0]
            audit.append((table, u.uuid, action, json.dumps(changes, ensure_ascii=False), u.values[i_hlc]))
            if listen:
                store._changes.append(Change(table, u.uuid, "insert" if u.action == "new" else u.action,
                                             u.fields, u.values[i_hlc]))
        if tp.bases:
            conn.executemany("INSERT INTO sync_row (uuid, package_id, base_hlc) VALUES (?, ?, ?) "
                             "ON CONFLICT(uuid) DO UPDATE SET package_id = excluded.package_id, "
                             "base_hlc = excluded.base_hlc", [(u, package_id, b) for u, b in tp.bases])
    if audit:
        store._audit(audit)   # the same append-only log every other change goes to
    if merge.conflicts:
        conn.executemany(
            "INSERT OR IGNORE INTO sync_conflict (table_name, record_uuid, org_uuid, package_id, winner, "
            "winner_hlc, loser_hlc, loser_values, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.table, c.uuid, c.org_uuid, package_id, c.winner, c.winner_hlc, c.loser_hlc,
              json.dumps(c.loser_values, ensure_ascii=False), now) for c in merge.conflicts])
    if merge.max_hlc:
        store.clock.observe(merge.max_hlc)


# ----- exporting a scope ----------------------------------------------------------------------

def rows_for_scope(store: Store, org_uuids: Iterable[str], *, exclude_org_rows: Iterable[str] = ()
                   ) -> dict[str, dict]:
    """The current state of every record whose ``org_uuid`` is in ``org_uuids`` (tombstones
    included), per table, with each row's merge base — the ``tables`` part of a package."""
    orgs = sorted(set(org_uuids))
    excluded = set(exclude_org_rows)
    store.conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_scope (org_uuid TEXT PRIMARY KEY)")
    store.conn.execute("DELETE FROM temp.sync_scope")
    store.conn.executemany("INSERT INTO temp.sync_scope VALUES (?)", [(o,) for o in orgs])
    out: dict[str, dict] = {}
    try:
        for table in record_tables():
            columns = table_columns(store, table)
            i_created = columns.index("created_hlc")
            select = ", ".join(f"t.{c}" for c in columns)
            cur = store.conn.execute(
                f"SELECT {select}, s.base_hlc FROM {table} t LEFT JOIN sync_row s ON s.uuid = t.uuid "
                f"WHERE t.org_uuid IN (SELECT org_uuid FROM temp.sync_scope) ORDER BY t.uuid")
            rows, bases = [], []
            for r in cur:
                if r[0] in excluded:
                    continue
                rows.append(list(r[:-1]))
                bases.append(r[-1] or r[i_created])
            out[table] = {"columns": columns, "rows": rows, "bases": bases}
    finally:
        store.conn.execute("DELETE FROM temp.sync_scope")
    return out


def org_subtree_all(store: Store, root_uuid: str) -> set[str]:
    """The org unit and every unit below it, tombstoned ones included (their rows travel too)."""
    return {r[0] for r in store.conn.execute("""
        WITH RECURSIVE t(uuid) AS (
            SELECT uuid FROM org_unit WHERE uuid = ?
            UNION
            SELECT o.uuid FROM org_unit o JOIN t ON o.parent_uuid = t.uuid)
        SELECT uuid FROM t""", (root_uuid,))}


def org_ancestors_all(store: Store, uuid: str) -> list[str]:
    return [r[0] for r in store.conn.execute("""
        WITH RECURSIVE a(uuid, parent_uuid, lvl) AS (
            SELECT uuid, parent_uuid, 0 FROM org_unit WHERE uuid = ?
            UNION
            SELECT o.uuid, o.parent_uuid, a.lvl + 1 FROM org_unit o JOIN a ON o.uuid = a.parent_uuid)
        SELECT uuid FROM a ORDER BY lvl DESC""", (uuid,))]


# ----- conflicts --------------------------------------------------------------------------------

def list_conflicts(store: Store, status: str | None = "open", org_uuids: Iterable[str] | None = None) -> list[dict]:
    """Conflicts for review, newest first: table, record, both stamps, the losing values and the
    current values (``current``), and which fields differ (``fields``)."""
    where, params = [], []
    if status:
        where.append("status = ?")
        params.append(status)
    if org_uuids is not None:
        orgs = list(org_uuids)
        where.append(f"org_uuid IN ({','.join('?' * len(orgs))})")
        params.extend(orgs)
    rows = store.query("SELECT * FROM sync_conflict" + (f" WHERE {' AND '.join(where)}" if where else "")
                       + " ORDER BY id DESC", params)
    for r in rows:
        loser = json.loads(r["loser_values"])
        current = store.query_one(f"SELECT * FROM {r['table_name']} WHERE uuid = ?", (r["record_uuid"],)) or {}
        r["loser_values"] = loser
        r["current"] = current
        r["fields"] = {c: (current.get(c), v) for c, v in loser.items()
                       if c not in SYNC_FIELDS and current.get(c) != v}
        if loser.get("deleted") != current.get("deleted"):
            r["fields"]["deleted"] = (current.get("deleted"), loser.get("deleted"))
    return rows


def reverse_conflict(store: Store, conflict_id: int) -> None:
    """Bring the losing version back as a new edit (it then travels and wins everywhere)."""
    c = store.query_one("SELECT * FROM sync_conflict WHERE id = ?", (conflict_id,))
    if c is None:
        raise UserError("该冲突记录不存在。")
    if c["status"] == "reversed":
        raise UserError("这条冲突已经恢复过了。")
    table, uuid = c["table_name"], c["record_uuid"]
    loser = json.loads(c["loser_values"])
    now = dt.datetime.now().isoformat(timespec="seconds")
    with store.transaction():
        current = store.query_one(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,))
        if current is None:
            raise UserError("该记录在本机不存在，无法恢复。")
        if loser.get("deleted"):
            store.tombstone(table, uuid)
        else:
            if current["deleted"]:
                store.undelete(table, uuid)
            store.update(table, uuid, {k: v for k, v in loser.items() if k not in SYNC_FIELDS and k in current})
        store.conn.execute("UPDATE sync_conflict SET status = 'reversed', resolved_at = ?, resolved_by = ? "
                           "WHERE id = ?", (now, store.account, conflict_id))


def accept_conflict(store: Store, conflict_id: int) -> None:
    """Keep the winning version: the conflict leaves the open list (the loser stays stored)."""
    now = dt.datetime.now().isoformat(timespec="seconds")
    with store.transaction():
        cur = store.conn.execute("UPDATE sync_conflict SET status = 'accepted', resolved_at = ?, resolved_by = ? "
                                 "WHERE id = ? AND status = 'open'", (now, store.account, conflict_id))
        if not cur.rowcount:
            raise UserError("该冲突不存在或已处理。")


def stamp_time(stamp: str) -> dt.datetime:
    """The wall-clock part of a stamp (for showing when an edit was made)."""
    return dt.datetime.fromtimestamp(parse_stamp(stamp)[0] / 1000)
