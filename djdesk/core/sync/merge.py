"""State-based merge of records, generic over ``schema.RECORD_TABLES`` (issue #7).

A package carries the sender's current version of every record in its scope (tombstones too).
For each record the version with the newer ``hlc`` wins, so the result does not depend on the
order packages arrive in, on duplicates or on stale copies: merging is a per-record maximum.

Nothing is lost: when the losing version is not known to be an ancestor of the winner, it is
stored whole in ``sync_conflict`` for the clerk to review (``list_conflicts``) and, if the clerk
says so, brought back (``reverse_conflict``, a new edit that travels like any other).

Whether the loser was "known" is decided by version vectors: for each record, each side keeps
(``sync_row.vv``) the newest stamp of every installation it has seen for that record — through
its own edits, through packages, through conflicts it logged. A record never merged has the
vector of its ``created_hlc`` and ``hlc``; a local edit adds its own stamp. The loser ``a`` was
known to the winner's side when the winner's vector holds a stamp of ``a``'s installation at least
as new as ``a`` (one installation's edits are sequential). So a village that edits a record twice
before the township hears of it, a duplicate, or a stale package found in a drawer gives no
conflict; a village edit and a township correction made without seeing each other do. After a
merge the record's vector is the union of both sides' — except that a version that lost as a
conflict is not added: the other side then logs the same conflict when it merges, so each clerk
sees the edits that lost (each side logs a lost version at most once: ``UNIQUE(record, loser)``).

``plan`` computes everything without writing (the import summary and the village's correction
preview use it); ``apply`` writes a plan inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

from djdesk.core import schema
from djdesk.core.errors import UserError
from djdesk.core.hlc import parse_stamp
from djdesk.core.store import Change, Store

SYNC_FIELDS = ("uuid", "org_uuid", "origin", "created_hlc", "hlc", "deleted")


def record_tables() -> tuple[str, ...]:
    """Every record table, read at call time so tables other migrations add travel too."""
    return schema.RECORD_TABLES


_COLUMNS: "weakref.WeakKeyDictionary[Store, dict[str, list[str]]]" = weakref.WeakKeyDictionary()


def table_columns(store: Store, table: str) -> list[str]:
    """The table's columns (cached per open Store: its schema does not change while it is open)."""
    cache = _COLUMNS.setdefault(store, {})
    cols = cache.get(table)
    if cols is None:
        cols = cache[table] = [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]
    return list(cols)


def _node(stamp: str) -> str:
    return stamp.split("-", 2)[2] if stamp.count("-") >= 2 else ""


def vector(stored: str | None, created: str, current: str) -> dict[str, str]:
    """A record's version vector: what was stored at its last merge, plus its creation and its
    current stamp (a local edit since then is this installation's newest stamp for it)."""
    vv: dict[str, str] = json.loads(stored) if stored else {}
    for stamp in (created, current):
        node = _node(stamp)
        if stamp > vv.get(node, ""):
            vv[node] = stamp
    return vv


def union(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
    out = dict(a)
    for node, stamp in b.items():
        if stamp > out.get(node, ""):
            out[node] = stamp
    return out


def knows(vv: dict[str, str], stamp: str) -> bool:
    """Whether a side with version vector ``vv`` had seen (or logged) version ``stamp``."""
    return vv.get(_node(stamp), "") >= stamp


def _parse_vv(text: object, created: str, current: str) -> dict[str, str]:
    try:
        vv = vector(text if isinstance(text, str) else None, created, current)
    except ValueError as exc:
        raise UserError("数据包中的版本信息格式不对。") from exc
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in vv.items()):
        raise UserError("数据包中的版本信息格式不对。")
    return vv


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
    taken: list[tuple[str, str]] = field(default_factory=list)     # (uuid, vv JSON): incoming version won
    known: list[tuple[str, str]] = field(default_factory=list)     # (uuid, vv JSON): local won, vector grew


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
    """Rows by uuid (one query: the uuids go in as one JSON parameter)."""
    if not uuids:
        return {}
    cur = store.conn.execute(f"SELECT {', '.join(columns)} FROM {table} "
                             f"WHERE uuid IN (SELECT value FROM json_each(?))", (json.dumps(uuids),))
    return {row[0]: tuple(row) for row in cur}


def fetch_vectors(store: Store, uuids: list[str]) -> dict[str, str]:
    if not uuids:
        return {}
    return dict(store.conn.execute("SELECT uuid, vv FROM sync_row WHERE uuid IN (SELECT value FROM json_each(?))",
                                   (json.dumps(uuids),)).fetchall())


def plan(store: Store, tables: dict[str, dict], check_row=None) -> MergePlan:
    """What merging the package's ``tables`` ({table: {"columns": [...], "rows": [[...]],
    "vv": [JSON or None, ...]}}) would do; nothing is written here.

    ``check_row(table, columns, row, local_org_uuid)`` raises to refuse a row (the sender's
    scope); ``local_org_uuid`` is None for a record this database does not have."""
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
            raise UserError(f"数据包中“{table}”表的字段（{', '.join(map(str, unknown)) or '同步字段'}）与本程序不符，"
                            f"可能来自更新版本的党建桌面。请先升级再导入。")
        rows, vvs = data["rows"], data["vv"]
        if len(rows) != len(vvs) or any(not isinstance(r, list) or len(r) != len(columns) for r in rows):
            raise UserError(f"数据包中“{table}”表的数据不完整。")
        i_hlc, i_org, i_del = columns.index("hlc"), columns.index("org_uuid"), columns.index("deleted")
        i_created = columns.index("created_hlc")
        tp = TablePlan(columns)
        result.tables[table] = tp
        uuids = [r[0] for r in rows]
        # stamps first; whole rows only for the records that differ
        stamps = {u: (h, o) for u, h, o in store.conn.execute(
            f"SELECT uuid, hlc, org_uuid FROM {table} WHERE uuid IN (SELECT value FROM json_each(?))",
            (json.dumps(uuids),))} if uuids else {}
        differing = [u for u, r in zip(uuids, rows) if u in stamps and stamps[u][0] != r[i_hlc]]
        local = fetch_by_uuid(store, table, columns, differing)
        local_vv = fetch_vectors(store, differing)
        for row, vv_text in zip(rows, vvs):
            uuid, h_in, created_in = row[0], row[i_hlc], row[i_created]
            if not isinstance(uuid, str) or not isinstance(h_in, str) or not isinstance(created_in, str):
                raise UserError(f"数据包中“{table}”表有格式不对的记录。")
            known_row = stamps.get(uuid)
            if check_row is not None:
                check_row(table, columns, row, None if known_row is None else known_row[1])
            if h_in > result.max_hlc:
                result.max_hlc = h_in
            if known_row is None:
                tp.updates.append(RowUpdate(table, uuid, row[i_org], "new", {}, tuple(row)))
                if h_in == created_in and (vv_text is None or isinstance(vv_text, str)):
                    # never edited: its own stamp is in every vector built from the row (``vector``);
                    # "" = nothing beyond the row's own stamps
                    tp.taken.append((uuid, vv_text or ""))
                else:
                    tp.taken.append((uuid, json.dumps(_parse_vv(vv_text, created_in, h_in), sort_keys=True)))
                continue
            h_loc = known_row[0]
            if h_loc == h_in:
                tp.unchanged += 1
                continue
            loc = local[uuid]
            vv_in = _parse_vv(vv_text, created_in, h_in)
            vv_loc = vector(local_vv.get(uuid), loc[i_created], h_loc)
            merged = json.dumps(union(vv_in, vv_loc), sort_keys=True)
            if h_in > h_loc:
                if not knows(vv_in, h_loc):
                    result.conflicts.append(Conflict(table, uuid, loc[i_org], "incoming", h_in, h_loc,
                                                     dict(zip(columns, loc))))
                    merged = json.dumps(vv_in, sort_keys=True)   # the loser stays "unseen" (see docstring)
                diff = {c: (o, n) for c, o, n in zip(columns, loc, row) if o != n and c not in SYNC_FIELDS}
                if row[i_del] != loc[i_del]:
                    action = "delete" if row[i_del] else "undelete"
                else:
                    action = "update"
                tp.updates.append(RowUpdate(table, uuid, row[i_org], action, diff, tuple(row)))
                tp.taken.append((uuid, merged))
            else:
                tp.unchanged += 1
                if not knows(vv_loc, h_in):
                    result.conflicts.append(Conflict(table, uuid, loc[i_org], "local", h_loc, h_in,
                                                     dict(zip(columns, row))))
                elif merged != json.dumps(vv_loc, sort_keys=True):
                    tp.known.append((uuid, merged))
    return result


def apply(store: Store, merge: MergePlan, package_id: int) -> None:
    """Write a plan (inside the caller's transaction): rows, provenance and vectors, conflicts, audit."""
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
            # a record new here is audited through sync_row → sync_package (which package brought
            # it, when, who imported it); changes to records this database had go to the audit log
            if u.action != "new":
                action = "delete" if u.action == "delete" else "update"
                changes = {c: [o, n] for c, (o, n) in u.fields.items()}
                if u.action == "undelete":
                    changes["deleted"] = [1, 0]
                audit.append((table, u.uuid, action, json.dumps(changes, ensure_ascii=False), u.values[i_hlc]))
            if listen:
                store._changes.append(Change(table, u.uuid, "insert" if u.action == "new" else u.action,
                                             u.fields, u.values[i_hlc]))
        if tp.taken:
            conn.executemany("INSERT INTO sync_row (uuid, package_id, vv) VALUES (?, ?, ?) "
                             "ON CONFLICT(uuid) DO UPDATE SET package_id = excluded.package_id, vv = excluded.vv",
                             [(u, package_id, vv) for u, vv in tp.taken])
        if tp.known:
            conn.executemany("INSERT INTO sync_row (uuid, package_id, vv) VALUES (?, NULL, ?) "
                             "ON CONFLICT(uuid) DO UPDATE SET vv = excluded.vv", tp.known)
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
    included), per table, with each row's version vector as stored (JSON or None: the receiver
    adds the row's own stamps) — the ``tables`` part of a package."""
    orgs = json.dumps(sorted(set(org_uuids)))
    excluded = set(exclude_org_rows)
    out: dict[str, dict] = {}
    for table in record_tables():
        columns = table_columns(store, table)
        select = ", ".join(f"t.{c}" for c in columns)
        cur = store.conn.execute(
            f"SELECT {select}, s.vv FROM {table} t LEFT JOIN sync_row s ON s.uuid = t.uuid "
            f"WHERE t.org_uuid IN (SELECT value FROM json_each(?)) ORDER BY t.uuid", (orgs,))
        rows, vvs = [], []
        for r in cur:
            if r[0] in excluded:
                continue
            rows.append(list(r[:-1]))
            vvs.append(r[-1])
        out[table] = {"columns": columns, "rows": rows, "vv": vvs}
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
