"""Enrolment: how a township and a village come to trust each other's keys (issue #7).

1. Township: ``issue_enrolment(store, village_uuid, to_dir)`` writes ``<village>-登记.djenrol``
   (signed: township public keys, the village's org unit and the units above it, scope "village")
   and records the village as ``issued``. The township prints the enrolment sheet showing its own
   fingerprint (``enrolment_sheet_data``).
2. Village: ``read_enrolment(path)`` shows who issued it and the township's fingerprint, which
   the clerk compares with the printed sheet; ``accept_enrolment(store, path)`` then stores the
   township as its peer and adopts the township's identifiers for its own unit and the units
   above it (so both databases name the same village with the same uuid).
3. Village: its first package carries its public keys in the header.
4. Township: importing it is refused with code ``awaiting_confirmation`` and the village's
   fingerprint; the clerk compares it with the village's screen (``identity.fingerprint``) and
   calls ``confirm_enrolment(store, package_path, typed_fingerprint)``; then the import goes on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from djdesk.core import files, schema
from djdesk.core.errors import UserError
from djdesk.core.store import Store
from djdesk.core.sync import container, merge
from djdesk.core.sync.container import KIND_ENROLMENT, KIND_PACKAGE, PackageRefused
from djdesk.core.sync.identity import ensure_identity, fingerprint, normalise_fingerprint
from djdesk.core.sync.package import safe_name

ENROLMENT_SUFFIX = ".djenrol"
VILLAGE_KINDS = ("village", "community")


@dataclass(frozen=True)
class EnrolmentInfo:
    path: Path
    township_name: str
    township_fingerprint: str
    village_uuid: str
    village_name: str
    village_code: str
    issued_at: str
    header: dict


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def issue_enrolment(store: Store, village_uuid: str, to_dir: str | Path) -> Path:
    me = ensure_identity(store)
    if me.role == "village":
        raise UserError("只有乡镇的数据库才能给村发登记文件。")
    village = store.query_one("SELECT * FROM org_unit WHERE uuid = ? AND deleted = 0", (village_uuid,))
    if village is None or village["kind"] not in VILLAGE_KINDS:
        raise UserError("请选择一个村或社区来登记。")
    if village_uuid not in merge.org_subtree_all(store, me.org_uuid):
        raise UserError(f"“{village['name']}”不在本乡镇的组织机构下，不能登记。")
    existing = store.query_one("SELECT * FROM sync_peer WHERE org_uuid = ? AND status != 'revoked'", (village_uuid,))
    to_dir = Path(to_dir)
    if not to_dir.is_dir():
        raise UserError(f"找不到文件夹“{to_dir}”，请检查U盘是否插好。")
    # the units above the village and the village's own units as the township knows them, so
    # both databases name each unit with the same uuid from the start
    chain = merge.org_ancestors_all(store, village_uuid) + sorted(merge.org_subtree_all(store, village_uuid)
                                                                  - {village_uuid})
    columns = merge.table_columns(store, "org_unit")
    rows = [list(r) for r in store.conn.execute(
        f"SELECT {', '.join(columns)} FROM org_unit WHERE uuid IN ({','.join('?' * len(chain))})", chain)]
    header = {"format": container.FORMAT_VERSION, "schema_version": schema.LATEST_VERSION,
              "sender_id": me.installation_id, "sender_role": me.role,
              "sender_name": store.scalar("SELECT name FROM org_unit WHERE uuid = ?", (me.org_uuid,)) or "",
              "sender_org_uuid": me.org_uuid, "sender_sign_pub": me.sign_pub, "sender_enc_pub": me.enc_pub,
              "village_uuid": village_uuid, "village_name": village["name"], "village_code": village["code"],
              "scope": "village", "issued_at": _now(), "org_columns": columns, "org_rows": rows}
    data = container.write_frame(KIND_ENROLMENT, container.header_bytes_of(header), b"", me.sign_key)
    target = to_dir / f"{safe_name(village['code'] or village['name'])}-登记{ENROLMENT_SUFFIX}"
    files.write_atomic(target, data)
    with store.transaction():
        if existing is None:
            store.conn.execute(
                "INSERT INTO sync_peer (role, org_uuid, name, code, status, issued_at) "
                "VALUES ('village', ?, ?, ?, 'issued', ?)", (village_uuid, village["name"], village["code"], _now()))
        elif existing["status"] == "issued":
            store.conn.execute("UPDATE sync_peer SET issued_at = ? WHERE id = ?", (_now(), existing["id"]))
    return target


def read_enrolment(path: str | Path) -> EnrolmentInfo:
    path = Path(path)
    frame = container.read_frame(path, KIND_ENROLMENT)
    h = frame.header
    try:
        return EnrolmentInfo(path, str(h["sender_name"]), fingerprint(h["sender_sign_pub"], h["sender_enc_pub"]),
                             str(h["village_uuid"]), str(h["village_name"]), str(h["village_code"]),
                             str(h["issued_at"]), h)
    except (KeyError, TypeError) as exc:
        raise PackageRefused("corrupt", f"登记文件“{path.name}”内容不完整。") from exc


def accept_enrolment(store: Store, path: str | Path, typed_fingerprint: str | None = None) -> EnrolmentInfo:
    """The village takes the township's enrolment (after the clerk compared the fingerprint)."""
    info = read_enrolment(path)
    me = ensure_identity(store)
    if me.role != "village":
        raise UserError("登记文件要在村（社区）的数据库中导入。")
    if typed_fingerprint is not None and normalise_fingerprint(typed_fingerprint) != info.township_fingerprint:
        raise UserError("输入的指纹与登记文件不一致，未登记。请与乡镇打印的登记表逐字核对。")
    h = info.header
    if h.get("schema_version", 0) > schema.LATEST_VERSION:
        raise UserError("登记文件来自更新版本的党建桌面，请先升级党建桌面。")
    current = store.query_one("SELECT * FROM sync_peer WHERE status = 'enrolled' AND role != 'village'")
    if current is not None and current["installation_id"] != h["sender_id"]:
        raise UserError(f"本机已经在“{current['name']}”登记过，不能再登记到另一个乡镇。")
    columns, rows = h["org_columns"], h["org_rows"]
    if "uuid" not in columns or any(len(r) != len(columns) for r in rows):
        raise PackageRefused("corrupt", f"登记文件“{info.path.name}”内容不完整。")
    local_cols = merge.table_columns(store, "org_unit")
    incoming = {r[0]: dict(zip(columns, r)) for r in rows}
    with store.transaction():
        _adopt_uuids(store, me.org_uuid, info.village_uuid, incoming)
        for uuid, row in incoming.items():
            values = {c: v for c, v in row.items() if c in local_cols}
            exists = store.conn.execute("SELECT 1 FROM org_unit WHERE uuid = ?", (uuid,)).fetchone()
            if exists:
                store.conn.execute(f"UPDATE org_unit SET {', '.join(f'{c} = ?' for c in values if c != 'uuid')} "
                                   f"WHERE uuid = ?", [v for c, v in values.items() if c != "uuid"] + [uuid])
            else:
                store.conn.execute(f"INSERT INTO org_unit ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                                   list(values.values()))
            store.clock.observe(row["hlc"])
        if current is None:
            store.conn.execute(
                "INSERT INTO sync_peer (installation_id, role, org_uuid, name, code, sign_pub, enc_pub, fingerprint, "
                "status, issued_at, enrolled_at, enrolled_by) VALUES (?, ?, ?, ?, '', ?, ?, ?, 'enrolled', ?, ?, ?)",
                (h["sender_id"], h["sender_role"], h["sender_org_uuid"], h["sender_name"], h["sender_sign_pub"],
                 h["sender_enc_pub"], info.township_fingerprint, h["issued_at"], _now(), store.account))
        store.set_meta("scope_org_uuid", info.village_uuid)
        store.set_meta("sync_township_id", h["sender_id"])
    return info


def _adopt_uuids(store: Store, old_village: str, new_village: str, incoming: dict[str, dict]) -> None:
    """Rename this database's own village unit and the units above it to the township's uuids,
    in every uuid column of every record table (before the first exchange only)."""
    if store.scalar("SELECT count(*) FROM sync_package"):
        if old_village == new_village:
            return
        raise UserError("本机已经收发过数据包，不能改登记到另一个村的身份。")
    old_chain = merge.org_ancestors_all(store, old_village)
    new_chain = _chain(incoming, new_village)
    if len(old_chain) > len(new_chain):
        raise UserError("登记文件中的上级组织与本机的不对应，未登记。")
    renames = dict(zip(reversed(old_chain), reversed(new_chain)))
    # units below the village that the township already knows: matched by parent, kind and name
    known = {(r.get("parent_uuid"), r.get("kind"), r.get("name")): u for u, r in incoming.items()}
    local_below = store.query("""
        WITH RECURSIVE t(uuid, parent_uuid, kind, name, depth) AS (
            SELECT uuid, parent_uuid, kind, name, 0 FROM org_unit WHERE uuid = ?
            UNION ALL
            SELECT o.uuid, o.parent_uuid, o.kind, o.name, t.depth + 1 FROM org_unit o JOIN t ON o.parent_uuid = t.uuid)
        SELECT * FROM t WHERE depth > 0 ORDER BY depth""", (old_village,))
    for r in local_below:
        match = known.get((renames.get(r["parent_uuid"], r["parent_uuid"]), r["kind"], r["name"]))
        if match and match not in renames.values():
            renames[r["uuid"]] = match
    for table in merge.record_tables():
        cols = [c for c in merge.table_columns(store, table) if c == "uuid" or c.endswith("_uuid")]
        for old, new in renames.items():
            if old == new:
                continue
            for col in cols:
                store.conn.execute(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", (new, old))


def _chain(incoming: dict[str, dict], leaf: str) -> list[str]:
    out, cur = [], leaf
    while cur in incoming and cur not in out:
        out.append(cur)
        cur = incoming[cur].get("parent_uuid")
    return list(reversed(out))


@dataclass(frozen=True)
class PendingEnrolment:
    village_uuid: str
    village_name: str
    fingerprint: str
    sender_id: str


def pending_enrolment(store: Store, package_path: str | Path) -> PendingEnrolment:
    """For the township: the village and the fingerprint of a first package, to compare."""
    path = Path(package_path)
    frame = container.read_frame(path, KIND_PACKAGE)
    h = frame.header
    issued = store.query_one("SELECT * FROM sync_peer WHERE org_uuid = ? AND status = 'issued'",
                             (h.get("village_uuid"),))
    if issued is None:
        raise UserError(f"没有给“{h.get('village_name', '')}”发过登记文件（或它已经登记），无需核对指纹。")
    return PendingEnrolment(issued["org_uuid"], issued["name"],
                            fingerprint(h["sender_sign_pub"], h["sender_enc_pub"]), h["sender_id"])


def confirm_enrolment(store: Store, package_path: str | Path, typed_fingerprint: str) -> dict:
    """The township clerk confirmed the fingerprint: the village is enrolled with the package's keys."""
    pending = pending_enrolment(store, package_path)
    if normalise_fingerprint(typed_fingerprint) != pending.fingerprint:
        raise UserError("指纹不一致，未登记。请与村里屏幕上或登记表上的指纹逐字核对；如果确实不同，"
                        "这个数据包可能不是该村发出的。")
    h = container.read_frame(package_path, KIND_PACKAGE).header
    with store.transaction():
        store.conn.execute(
            "UPDATE sync_peer SET installation_id = ?, sign_pub = ?, enc_pub = ?, fingerprint = ?, status = 'enrolled', "
            "enrolled_at = ?, enrolled_by = ? WHERE org_uuid = ? AND status = 'issued'",
            (h["sender_id"], h["sender_sign_pub"], h["sender_enc_pub"], pending.fingerprint, _now(), store.account,
             pending.village_uuid))
    return store.query_one("SELECT * FROM sync_peer WHERE org_uuid = ? AND status = 'enrolled'",
                           (pending.village_uuid,))


def revoke(store: Store, village_uuid: str) -> None:
    """Stop accepting a village's key (lost PC); issue a new enrolment afterwards."""
    with store.transaction():
        store.conn.execute("UPDATE sync_peer SET status = 'revoked' WHERE org_uuid = ? AND status != 'revoked'",
                           (village_uuid,))


def peers(store: Store) -> list[dict]:
    return store.query("SELECT * FROM sync_peer ORDER BY status, name")


def enrolment_sheet_data(store: Store, village_uuid: str) -> dict:
    """What the printed enrolment sheet shows: both units and both fingerprints (the village's
    once its first package arrived)."""
    me = ensure_identity(store)
    peer = store.query_one("SELECT * FROM sync_peer WHERE org_uuid = ? AND status != 'revoked'", (village_uuid,))
    if peer is None:
        raise UserError("还没有给这个村发过登记文件。")
    return {"township": store.scalar("SELECT name FROM org_unit WHERE uuid = ?", (me.org_uuid,)),
            "township_fingerprint": me.fingerprint, "village": peer["name"], "village_code": peer["code"],
            "village_fingerprint": peer["fingerprint"] or None, "issued_at": peer["issued_at"],
            "status": peer["status"]}
