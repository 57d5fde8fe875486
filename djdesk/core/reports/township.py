"""乡镇党建工作汇总表 — the township roll-up of every village, as PDF and as xlsx (issue #7).

Four tables: the overview per village (members, compliance, three problems, dues, sites), members
by age band, members by education, and the package tracking board. Figures come from
``djdesk.core.sync.township`` (``rollup``, ``tracking_board``); nothing is computed here.
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from djdesk.core import codes
from djdesk.core.money import yuan
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.sync.township import Rollup, TrackingRow, VillageRollup

TITLE = "乡镇党建工作汇总表"
OVERVIEW_HEADINGS = ("村（社区）", "党员", "正式", "预备", "男", "女", "支部", "三会一课已落实", "逾期未开",
                     "三个问题", "党费应交(元)", "党费已交(元)", "已上缴(元)", "活动场所", "资产(元)")
EDUCATION_ORDER = (*codes.EDUCATIONS, "未填")
AGE_ORDER = (*(b[0] for b in codes.AGE_BANDS), "未填")
TRACKING_HEADINGS = ("村（社区）", "状态", "最近数据包", "生成日期", "距今(天)", "回执已写出", "村已确认回执",
                     "最近回传包", "回传回执已收到")


def _money(d: dict | None, key: str) -> str:
    return "—" if d is None else yuan(d.get(key, 0))


def overview_row(v: VillageRollup) -> list[str]:
    problems = "；".join(p.split("：")[-1] for p in v.three_problems) or "无"
    sites = "—" if v.sites is None else str(v.sites.get("sites", 0))
    assets = "—" if v.sites is None else yuan(v.sites.get("asset_value_fen", 0))
    return [v.village_name, str(v.members), str(v.full_members), str(v.probationary), str(v.men), str(v.women),
            str(v.branches), str(v.compliance_met), str(v.compliance_missed),
            problems if v.village_uuid else f"{len(v.three_problems)} 项",
            _money(v.dues, "due_fen"), _money(v.dues, "paid_for_fen"), _money(v.dues, "remitted_fen"), sites, assets]


def band_rows(r: Rollup, attr: str, order: tuple[str, ...]) -> tuple[list[str], list[list[str]]]:
    seen = {k for v in (*r.villages, r.totals) for k in getattr(v, attr)}
    keys = [k for k in order if k in seen] + sorted(seen - set(order))
    rows = [[v.village_name, *(str(getattr(v, attr).get(k, 0)) for k in keys), str(v.members)]
            for v in (*r.villages, r.totals)]
    return keys, rows


def tracking_row(t: TrackingRow) -> list[str]:
    yes = lambda b: "是" if b else "否"   # noqa: E731
    return [t.village_name, t.state, "" if t.last_seq is None else f"第 {t.last_seq} 号",
            (t.last_created_at or "")[:10], "" if t.days_since is None else str(t.days_since),
            yes(t.receipt_written) if t.last_seq else "", yes(t.receipt_confirmed) if t.last_seq else "",
            "" if t.last_sent_seq is None else f"第 {t.last_sent_seq} 号",
            yes(t.sent_receipt_loaded) if t.last_sent_seq else ""]


def render_township_summary(path: str | os.PathLike, township_name: str, rollup: Rollup,
                            tracking: list[TrackingRow], *, progress: Progress = NO_PROGRESS):
    from djdesk.core.reports.base import Column, ReportDoc

    doc = ReportDoc(path, TITLE, township_name, landscape=True)
    doc.add_title(f"单位：{township_name}　　年度：{rollup.year}年　　统计截至：{rollup.as_of.isoformat()}")
    widths = [None, 11, 11, 11, 11, 11, 11, 18, 14, None, 20, 20, 18, 16, 20]
    cols = [Column(h, mm=w, weight=1 if w is None else 1.0, align="left" if i in (0, 9) else "right")
            for i, (h, w) in enumerate(zip(OVERVIEW_HEADINGS, widths))]
    cols[9] = Column(OVERVIEW_HEADINGS[9], weight=2)
    doc.add_table(cols, [overview_row(v) for v in (*rollup.villages, rollup.totals)])
    t = rollup.totals
    doc.add_paragraph(f"共 {len(rollup.villages)} 个村（社区），在册党员 {t.members} 名（正式 {t.full_members} 名、预备 "
                      f"{t.probationary} 名，女性 {t.women} 名）；{t.branches_missed} 个支部有逾期未开的会议；"
                      f"{sum(1 for v in rollup.villages if v.three_problems)} 个村存在“三个问题”。")
    for heading, attr, order in (("党员年龄结构", "age_bands", AGE_ORDER), ("党员学历结构", "education", EDUCATION_ORDER)):
        doc.add_page_break()
        doc.add_title(f"{heading}（{rollup.as_of.isoformat()}）")
        keys, rows = band_rows(rollup, attr, order)
        doc.add_table([Column("村（社区）", weight=2), *(Column(k, align="right") for k in keys),
                       Column("合计", align="right")], rows)
    doc.add_page_break()
    doc.add_title("数据包报送情况")
    doc.add_table([Column(h, weight=2 if i == 0 else 1, align="left" if i < 2 else "center")
                   for i, h in enumerate(TRACKING_HEADINGS)], [tracking_row(x) for x in tracking])
    doc.add_signatures(["填报人：", "审核人：", "填报日期："])
    return doc.build(progress)


def export_township_summary_xlsx(path: str | os.PathLike, township_name: str, rollup: Rollup,
                                 tracking: list[TrackingRow], progress: Progress = NO_PROGRESS) -> Path:
    from djdesk.core.excel.writer import Column, RegisterSheet, write_workbook

    subtitle = f"单位：{township_name}　年度：{rollup.year}年　统计截至：{rollup.as_of.isoformat()}"
    numeric = {1, 2, 3, 4, 5, 6, 7, 8}

    def typed(row: list[str]) -> list:
        return [int(x) if i in numeric and x.isdigit() else x for i, x in enumerate(row)]

    sheets = [RegisterSheet("汇总", TITLE, subtitle, [Column(h) for h in OVERVIEW_HEADINGS],
                            [typed(overview_row(v)) for v in (*rollup.villages, rollup.totals)])]
    for name, attr, order in (("年龄结构", "age_bands", AGE_ORDER), ("学历结构", "education", EDUCATION_ORDER)):
        keys, rows = band_rows(rollup, attr, order)
        sheets.append(RegisterSheet(name, f"党员{name}", subtitle, [Column("村（社区）"), *(Column(k) for k in keys),
                                                                   Column("合计")],
                                    [[r[0], *(int(x) for x in r[1:])] for r in rows]))
    sheets.append(RegisterSheet("报送情况", "数据包报送情况", subtitle, [Column(h) for h in TRACKING_HEADINGS],
                                [tracking_row(x) for x in tracking]))
    return write_workbook(path, sheets, progress)


def default_name(township_name: str, year: int) -> str:
    return f"{township_name}-{year}-汇总-{_dt.date.today():%Y%m%d}"
