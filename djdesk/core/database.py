"""Creating a new djdesk database for a village or a township (the first-run choice)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from djdesk.core.errors import UserError, ValidationError
from djdesk.core.orgs import add_org, get_org
from djdesk.core.store import Store

ROLES = {"village": "村（社区）党组织", "township": "乡镇党委", "county": "县委组织部"}


@dataclass(frozen=True)
class NewDatabase:
    role: str                     # village | township | county
    township_name: str            # e.g. 红星乡党委 (for a county: the county organisation's name)
    township_code: str = ""
    village_name: str = ""        # village role only, e.g. 李家村
    village_code: str = ""
    branch_name: str = ""         # village role only; defaults to <village>党支部


def create_database(path: str | Path, spec: NewDatabase) -> Store:
    """Make a new database with its org tree; refuses to touch an existing file."""
    path = Path(path)
    problems = {}
    if spec.role not in ROLES:
        problems["role"] = "请选择数据库类型（村或乡镇）"
    if not spec.township_name.strip():
        problems["township_name"] = "请填写乡镇党委名称"
    if spec.role == "village" and not spec.village_name.strip():
        problems["village_name"] = "请填写村（社区）名称"
    if problems:
        raise ValidationError(problems)
    if path.exists():
        raise UserError(f"文件 {path} 已存在，为避免覆盖数据，请换一个文件名。")
    store = Store.open(path, create=True)
    with store.transaction():
        root_kind = "county" if spec.role == "county" else "township"
        root = add_org(store, None, {"kind": root_kind, "name": spec.township_name,
                                     "code": spec.township_code})
        scope = root
        if spec.role == "village":
            kind = "community" if spec.village_name.strip().endswith("社区") else "village"
            scope = add_org(store, root, {"kind": kind, "name": spec.village_name,
                                          "code": spec.village_code})
            add_org(store, scope, {"kind": "branch",
                                   "name": spec.branch_name or f"{spec.village_name.strip()}党支部"})
        store.set_meta("role", spec.role)
        store.set_meta("scope_org_uuid", scope)
    return store


def scope_org(store: Store) -> dict | None:
    """The org unit this installation keeps records for (its village, or the township)."""
    uuid = store.meta.get("scope_org_uuid")
    return get_org(store, uuid) if uuid else None
