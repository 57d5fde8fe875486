"""Searching the audit log (issue #9): who changed what, when — for the GUI's 操作记录 page.

The log itself is written by ``Store`` (schema v2: append-only, one row per inserted, changed or
deleted record, naming the account). ``search`` filters it by table, record, account, date range
and free text, newest first, a page at a time with a keyset (``before_id``), never OFFSET.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from djdesk.core.store import Store

TABLE_LABELS = {
    "org_unit": "组织", "member": "党员", "member_event": "党员状态变动", "account": "账号", "meta": "设置",
    "meeting_kind": "会议类型", "meeting": "会议", "meeting_attendance": "会议出席", "meeting_vote": "表决",
    "appraisal": "民主评议", "attachment": "附件",
}
ACTION_LABELS = {"insert": "新增", "update": "修改", "delete": "删除", "undelete": "恢复"}
PAGE_SIZE = 200


@dataclass(frozen=True)
class AuditFilter:
    table: str | None = None          # e.g. "member"
    record_uuid: str | None = None
    account: str | None = None
    since: dt.date | None = None      # inclusive
    until: dt.date | None = None      # inclusive
    text: str = ""                    # in the record's name, the account or the changed values


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str                           # local time, ISO seconds
    account: str
    table: str
    record_uuid: str
    record_label: str                 # e.g. the member's name; "" when unknown
    action: str                       # insert | update | delete | undelete
    changes: dict                     # field → [old, new] for an update

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


_LABEL = """COALESCE(m.name, o.name, em.name || '（' || e.kind || '）',
                     CASE WHEN a.table_name IN ('account', 'meta') THEN a.record_uuid END, '')"""


def search(store: Store, f: AuditFilter = AuditFilter(), *, before_id: int | None = None,
           limit: int = PAGE_SIZE) -> list[AuditEntry]:
    """Entries matching ``f``, newest first; for the next page pass the last entry's ``id`` as
    ``before_id``."""
    where, params = ["1 = 1"], []
    if before_id is not None:
        where.append("a.id < ?")
        params.append(before_id)
    if f.table:
        where.append("a.table_name = ?")
        params.append(f.table)
    if f.record_uuid:
        where.append("a.record_uuid = ?")
        params.append(f.record_uuid)
    if f.account:
        where.append("a.account = ?")
        params.append(f.account)
    if f.since:
        where.append("a.at >= ?")
        params.append(f.since.isoformat())
    if f.until:
        where.append("a.at < ?")
        params.append((f.until + dt.timedelta(days=1)).isoformat())
    text = f.text.strip()
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(f"(a.changes LIKE ? ESCAPE '\\' OR a.account LIKE ? ESCAPE '\\' "
                     f"OR {_LABEL} LIKE ? ESCAPE '\\' OR m.name_initials LIKE ? ESCAPE '\\')")
        params += [like, like, like, like.lower()]
    rows = store.query(f"""
        SELECT a.id, a.at, a.account, a.table_name, a.record_uuid, a.action, a.changes, {_LABEL} AS label
        FROM audit_log a
        LEFT JOIN member m ON a.table_name = 'member' AND m.uuid = a.record_uuid
        LEFT JOIN org_unit o ON a.table_name = 'org_unit' AND o.uuid = a.record_uuid
        LEFT JOIN member_event e ON a.table_name = 'member_event' AND e.uuid = a.record_uuid
        LEFT JOIN member em ON em.uuid = e.member_uuid
        WHERE {' AND '.join(where)}
        ORDER BY a.id DESC LIMIT ?""", [*params, limit])
    out = []
    for r in rows:
        changes = json.loads(r["changes"] or "{}")
        action = r["action"]
        if action == "update" and changes == {"deleted": [1, 0]}:
            action = "undelete"
        out.append(AuditEntry(r["id"], r["at"], r["account"], r["table_name"], r["record_uuid"], r["label"] or "",
                              action, changes))
    return out


def accounts_in_log(store: Store) -> list[str]:
    """Every account name that appears in the log (for the filter's drop-down)."""
    return [r["account"] for r in store.query("SELECT DISTINCT account FROM audit_log ORDER BY account")]
