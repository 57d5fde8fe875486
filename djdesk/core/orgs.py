"""The org tree: county → township → village/community → Party organisations → 党小组."""

from __future__ import annotations

from dataclasses import dataclass

from djdesk.core.codes import ALLOWED_CHILDREN, ORG_KINDS
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store, new_uuid

ORG_FIELDS = ("kind", "name", "code", "sort_order", "committee_size", "committee_elected_on", "note")


@dataclass(frozen=True)
class OrgNode:
    uuid: str
    parent_uuid: str | None
    kind: str
    name: str
    code: str
    depth: int

    @property
    def kind_label(self) -> str:
        return ORG_KINDS[self.kind]


def get_org(store: Store, uuid: str) -> dict:
    row = store.query_one("SELECT * FROM org_unit WHERE uuid = ? AND deleted = 0", (uuid,))
    if row is None:
        raise UserError("该组织不存在或已被删除。")
    return row


def tree(store: Store, root_uuid: str | None = None) -> list[OrgNode]:
    """The live org tree in display order (depth first), from a root or from all roots."""
    where = "uuid = ?" if root_uuid else "parent_uuid IS NULL"
    params = (root_uuid,) if root_uuid else ()
    rows = store.query(f"""
        WITH RECURSIVE t(uuid, parent_uuid, kind, name, code, depth, path) AS (
            SELECT uuid, parent_uuid, kind, name, code, 0,
                   printf('%08d', sort_order) || code || name
            FROM org_unit WHERE {where} AND deleted = 0
            UNION ALL
            SELECT o.uuid, o.parent_uuid, o.kind, o.name, o.code, t.depth + 1,
                   t.path || '/' || printf('%08d', o.sort_order) || o.code || o.name
            FROM org_unit o JOIN t ON o.parent_uuid = t.uuid WHERE o.deleted = 0)
        SELECT uuid, parent_uuid, kind, name, code, depth FROM t ORDER BY path""", params)
    return [OrgNode(**r) for r in rows]


def subtree_uuids(store: Store, root_uuid: str) -> list[str]:
    """The org itself and every live org below it."""
    return [r["uuid"] for r in store.query("""
        WITH RECURSIVE t(uuid) AS (
            SELECT uuid FROM org_unit WHERE uuid = ? AND deleted = 0
            UNION ALL
            SELECT o.uuid FROM org_unit o JOIN t ON o.parent_uuid = t.uuid WHERE o.deleted = 0)
        SELECT uuid FROM t""", (root_uuid,))]


def ancestors(store: Store, uuid: str) -> list[dict]:
    """From the root down to the org itself."""
    rows = store.query("""
        WITH RECURSIVE a(uuid, parent_uuid, kind, name, lvl) AS (
            SELECT uuid, parent_uuid, kind, name, 0 FROM org_unit WHERE uuid = ?
            UNION ALL
            SELECT o.uuid, o.parent_uuid, o.kind, o.name, a.lvl + 1
            FROM org_unit o JOIN a ON o.uuid = a.parent_uuid)
        SELECT uuid, parent_uuid, kind, name FROM a ORDER BY lvl DESC""", (uuid,))
    return rows


def full_name(store: Store, uuid: str) -> str:
    """e.g. 红星乡党委 / 李家村 / 李家村党支部, the way a report heading names an org."""
    return " / ".join(r["name"] for r in ancestors(store, uuid))


def validate_org(store: Store, values: dict, parent_uuid: str | None) -> None:
    problems = {}
    kind = values.get("kind")
    name = (values.get("name") or "").strip()
    if kind not in ORG_KINDS:
        problems["kind"] = "请选择组织类型"
    else:
        parent_kind = get_org(store, parent_uuid)["kind"] if parent_uuid else None
        if kind not in ALLOWED_CHILDREN[parent_kind]:
            where = ORG_KINDS[parent_kind] if parent_kind else "最上层"
            problems["kind"] = f"{where}下不能设立{ORG_KINDS[kind]}"
    if not name:
        problems["name"] = "组织名称不能为空"
    size = values.get("committee_size") or 0
    if size and not 0 <= int(size) <= 15:
        problems["committee_size"] = "委员人数应在0到15之间"
    if problems:
        raise ValidationError(problems)


def add_org(store: Store, parent_uuid: str | None, values: dict) -> str:
    """Add an org unit under a parent (None = a new root)."""
    validate_org(store, values, parent_uuid)
    row = {k: values[k] for k in ORG_FIELDS if k in values}
    row["name"] = row["name"].strip()
    with store.transaction():
        uuid = values.get("uuid") or new_uuid()
        store.insert("org_unit", {**row, "uuid": uuid, "org_uuid": uuid, "parent_uuid": parent_uuid})
    return uuid


def update_org(store: Store, uuid: str, changes: dict) -> None:
    current = get_org(store, uuid)
    merged = {**current, **changes}
    validate_org(store, merged, current["parent_uuid"])
    with store.transaction():
        store.update("org_unit", uuid, {k: v for k, v in changes.items() if k in ORG_FIELDS})


def delete_org(store: Store, uuid: str) -> None:
    """Tombstone an empty org unit; one with members or sub-units is refused."""
    org = get_org(store, uuid)
    children = store.scalar("SELECT count(*) FROM org_unit WHERE parent_uuid = ? AND deleted = 0", (uuid,))
    members = store.scalar(
        "SELECT count(*) FROM member WHERE (org_uuid = ? OR group_uuid = ?) AND deleted = 0", (uuid, uuid))
    if children or members:
        raise UserError(f"“{org['name']}”下还有 {children} 个下级组织、{members} 名党员，不能删除。")
    with store.transaction():
        store.tombstone("org_unit", uuid)
