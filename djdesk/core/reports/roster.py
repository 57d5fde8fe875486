"""党员花名册 — the Party member roster, landscape A4, one row per member."""

from __future__ import annotations

import datetime as _dt
import os
import re
from typing import Mapping, Sequence

from djdesk.core.dates import cn_date
from djdesk.core.idnumber import mask
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.reports.base import Column, RenderResult, ReportDoc

# Widths in mm fit the 273 mm landscape frame; the two free-text columns share what is left
# (≈ 50 and 34 mm). 身份证号 holds 18 digits at 9 pt on one line.
ROSTER_COLUMNS = [
    Column("序号", mm=11, align="center"),  # five digits on one line
    Column("姓名", mm=18),
    Column("性别", mm=9, align="center"),
    Column("民族", mm=12, align="center"),
    Column("出生年月", mm=16, align="center"),
    Column("身份证号", mm=37, align="center"),
    Column("学历", mm=18, align="center"),  # "硕士研究生" on one line
    Column("入党时间", mm=16, align="center"),
    Column("转正时间", mm=16, align="center"),
    Column("类别", mm=10, align="center"),
    Column("所在支部/党小组", weight=3),
    Column("党内职务", weight=2),
    Column("联系电话", mm=26, align="center"),
]

_DATE = re.compile(r"\s*(\d{4})(?:\s*[-./年]\s*(\d{1,2}))?")


def year_month(value: str | None) -> str:
    """"1985-03-07" → "1985.03", the way registers print dates; text that is not a date is kept."""
    if not value:
        return ""
    if len(value) == 10 and value[4] == "-" and value[7] == "-":  # the stored form, no regex needed
        return f"{value[:4]}.{value[5:7]}"
    m = _DATE.match(value)
    if not m:
        return value.strip()
    return f"{m[1]}.{int(m[2]):02d}" if m[2] else m[1]


def _grouped(members: Sequence[Mapping]) -> list[Mapping]:
    """Members of one branch/党小组 together, groups in order of first appearance, members in the
    order given (a caller that already sorted gets its order back unchanged)."""
    groups: dict[tuple[str, str], list[Mapping]] = {}
    for m in members:
        groups.setdefault((m.get("branch_name") or "", m.get("group_name") or ""), []).append(m)
    return [m for group in groups.values() for m in group]


def _unit(m: Mapping) -> str:
    return "/".join(part for part in (m.get("branch_name"), m.get("group_name")) if part)


def render_roster(
    path: str | os.PathLike,
    org_name: str,
    members: Sequence[Mapping],
    *,
    title: str = "党员花名册",
    mask_ids: bool = False,
    progress: Progress = NO_PROGRESS,
) -> RenderResult:
    """Write the roster PDF to ``path``; ``warnings`` list characters the font could not print.
    ``progress`` and cancelling work as in ``ReportDoc.build``."""
    members = _grouped(members)
    show_id = mask if mask_ids else (lambda v: v or "")
    rows = [
        (
            str(i),
            m.get("name") or "",
            m.get("gender") or "",
            m.get("ethnicity") or "",
            year_month(m.get("birth_date")),
            show_id(m.get("id_number")),
            m.get("education") or "",
            year_month(m.get("join_date")),
            year_month(m.get("conversion_date")),
            m.get("category") or "",
            _unit(m),
            m.get("party_post") or "",
            m.get("phone") or "",
        )
        for i, m in enumerate(members, 1)
    ]
    full = sum(1 for m in members if (m.get("category") or "").strip() == "正式")
    probationary = sum(1 for m in members if (m.get("category") or "").strip() == "预备")
    women = sum(1 for m in members if (m.get("gender") or "").strip() == "女")

    today = _dt.date.today()
    doc = ReportDoc(path, title, org_name, landscape=True)
    doc.add_title(f"单位：{org_name}　　　　统计日期：{cn_date(today)}")
    doc.add_table(ROSTER_COLUMNS, rows)
    doc.add_paragraph(
        f"共 {len(members)} 名党员，其中正式党员 {full} 名、预备党员 {probationary} 名，女性 {women} 名。"
    )
    doc.add_signatures(["填报人：", "支部书记：", "填报日期："])
    return doc.build(progress)
