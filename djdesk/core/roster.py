"""Roster queries: filter, search and sort members without loading rows nobody looks at.

The GUI model asks ``member_ids`` for the ordered uuids of a filter (one indexed query, a few
milliseconds at county scale) and fetches display rows for the visible page with ``rows_for``.
Search follows what clerks type: pinyin initials or pinyin (``zsf`` → 张三丰), part of a name, or
digits from an ID number or phone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from djdesk.core import codes
from djdesk.core.store import Store

# column key -> SQL expression used to sort (pinyin for names, as a Chinese reader expects)
SORT_KEYS = {
    "name": "m.name_pinyin",
    "gender": "m.gender",
    "ethnicity": "m.ethnicity",
    "birth_date": "m.birth_date",
    "age": "m.birth_date",
    "education": "m.education",
    "join_date": "m.join_date",
    "category": "m.category",
    "branch_name": "b.name",
    "group_name": "g.name",
    "phone": "m.phone",
    "id_number": "m.id_number",
    "status": "m.status",
}
_DESCENDING_BY_DEFAULT = {"age"}  # age ascending = birth date descending

ROW_SQL = """
    SELECT m.*, b.name AS branch_name, coalesce(g.name, '') AS group_name
    FROM member m
    JOIN org_unit b ON b.uuid = m.org_uuid
    LEFT JOIN org_unit g ON g.uuid = m.group_uuid"""


@dataclass(frozen=True)
class RosterFilter:
    org_uuid: str | None = None        # the org and everything below it; None = whole database
    text: str = ""
    category: str | None = None        # 正式 / 预备
    status: str | None = codes.ACTIVE  # None = every status
    age_band: str | None = None        # a label from codes.AGE_BANDS
    gender: str | None = None
    today: dt.date | None = None


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _where(f: RosterFilter) -> tuple[str, str, list]:
    """(WITH prefix, WHERE clause, params) for a filter."""
    clauses, params, prefix = ["m.deleted = 0"], [], ""
    if f.org_uuid:
        prefix = """WITH RECURSIVE sub(uuid) AS (
            SELECT uuid FROM org_unit WHERE uuid = ?
            UNION ALL SELECT o.uuid FROM org_unit o JOIN sub ON o.parent_uuid = sub.uuid
            WHERE o.deleted = 0) """
        params.append(f.org_uuid)
        clauses.append("m.org_uuid IN (SELECT uuid FROM sub)")
    if f.status:
        clauses.append("m.status = ?")
        params.append(f.status)
    if f.category:
        clauses.append("m.category = ?")
        params.append(f.category)
    if f.gender:
        clauses.append("m.gender = ?")
        params.append(f.gender)
    if f.age_band:
        bands = {label: (low, high) for label, low, high in codes.AGE_BANDS}
        if f.age_band not in bands:
            raise ValueError(f"unknown age band {f.age_band!r}")
        low, high = bands[f.age_band]
        today = f.today or dt.date.today()
        clauses.append("m.birth_date <= ? AND m.birth_date > ?")
        params += [years_before(today, low).isoformat(), years_before(today, high + 1).isoformat()]
    text = "".join(f.text.split()).lower()
    if text:
        like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        if re.fullmatch(r"[a-z]+", text):
            clauses.append("(m.name_initials LIKE ? ESCAPE '\\' OR m.name_pinyin LIKE ? ESCAPE '\\')")
            params += [like + "%", like + "%"]
        elif re.fullmatch(r"[0-9x*-]+", text):
            clauses.append("(m.id_number LIKE ? ESCAPE '\\' OR m.phone LIKE ? ESCAPE '\\')")
            params += [f"%{like.upper()}%", f"%{like}%"]
        else:
            clauses.append("(m.name LIKE ? ESCAPE '\\' OR m.address LIKE ? ESCAPE '\\')")
            params += [f"%{like}%", f"%{like}%"]
    return prefix, " AND ".join(clauses), params


def member_ids(store: Store, f: RosterFilter, sort: str = "name", descending: bool = False) -> list[str]:
    """Uuids of the members matching a filter, in display order."""
    prefix, where, params = _where(f)
    direction = "DESC" if descending != (sort in _DESCENDING_BY_DEFAULT) else "ASC"
    order = f"{SORT_KEYS[sort]} {direction}, m.name_pinyin, m.uuid"
    joins = " JOIN org_unit b ON b.uuid = m.org_uuid LEFT JOIN org_unit g ON g.uuid = m.group_uuid" \
        if sort in ("branch_name", "group_name") else ""
    sql = f"{prefix}SELECT m.uuid FROM member m{joins} WHERE {where} ORDER BY {order}"
    return [r[0] for r in store.conn.execute(sql, params)]


def rows_for(store: Store, uuids: list[str]) -> dict[str, dict]:
    """Display rows (with branch and group names) for some members, keyed by uuid."""
    if not uuids:
        return {}
    marks = ",".join("?" * len(uuids))
    return {r["uuid"]: r for r in store.query(f"{ROW_SQL} WHERE m.uuid IN ({marks})", uuids)}


def list_members(store: Store, f: RosterFilter, sort: str = "name") -> list[dict]:
    """Full display rows in order, for reports, exports and the CLI."""
    prefix, where, params = _where(f)
    order = "b.sort_order, b.code, b.name, coalesce(g.name, ''), " if sort == "branch" else ""
    return store.query(f"{prefix}{ROW_SQL} WHERE {where} ORDER BY {order}m.name_pinyin, m.uuid", params)


def age(birth_date: str | None, today: dt.date | None = None) -> int | None:
    if not birth_date:
        return None
    b = dt.date.fromisoformat(birth_date)
    t = today or dt.date.today()
    return t.year - b.year - ((t.month, t.day) < (b.month, b.day))


def counts(store: Store, org_uuid: str | None = None) -> dict:
    """Headline numbers for an org subtree: members on the roll by category and gender."""
    prefix, where, params = _where(RosterFilter(org_uuid=org_uuid))
    row = store.query_one(
        f"{prefix}SELECT count(*) AS total, "
        "coalesce(sum(m.category = '正式'), 0) AS full_members, "
        "coalesce(sum(m.category = '预备'), 0) AS probationary, "
        "coalesce(sum(m.gender = '女'), 0) AS women "
        f"FROM member m WHERE {where}", params)
    return row
