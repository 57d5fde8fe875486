"""党费 to Excel (issues #4, #6): the annual register with the year's receipts, and the arrears list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from djdesk.core import dues, orgs
from djdesk.core.errors import UserError
from djdesk.core.money import decimal_yuan
from djdesk.core.excel.exports import ExportResult
from djdesk.core.excel.writer import Column, RegisterSheet, write_workbook
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.store import Store

REGISTER_COLUMNS = (
    Column("序号", "int"), Column("姓名"), Column("党费类别", "center"), Column("减免", "center"),
    Column("月应交", "money"), *(Column(f"{m}月", "money", width=9) for m in range(1, 13)),
    Column("全年应交", "money"), Column("减免金额", "money"), Column("全年已交", "money"), Column("欠交", "money"),
    Column("党费交至", "center"),
)
RECEIPT_COLUMNS = (
    Column("收据编号", "center"), Column("交纳日期", "date"), Column("姓名"), Column("所交月份"),
    Column("金额", "money"), Column("其中自愿多交", "money"), Column("方式", "center"), Column("收款人", "center"),
    Column("类型", "center"), Column("更正期间", "center"), Column("原因或备注"),
)
KIND_TEXT = {"payment": "交费", "reversal": "冲销", "void": "作废", "elsewhere": "流入地交纳"}


def _cell(c: dues.MonthDues):
    if c.status == "paid" or (c.paid_fen and c.status not in ("none", "carried")):
        return decimal_yuan(c.paid_fen)
    return {"exempt": "免交", "arrears": "欠交", "none": "—", "carried": "转入前已交", "noprofile": "未定标准",
            "elsewhere": "流入地"}.get(
        c.status, None)


def export_dues_year(store: Store, path: str | Path, branch_uuid: str, year: int, *, as_of: dt.date | None = None,
                     config: dues.DuesConfig | None = None, progress: Progress = NO_PROGRESS) -> ExportResult:
    """党费收缴登记表 (member × month, the amount paid for each month) and 收据明细 of a year."""
    as_of = as_of or dt.date.today()
    grid = dues.month_grid(store, branch_uuid, year, as_of, config)
    unit = orgs.full_name(store, branch_uuid)
    rows = [(i, r.name + ("" if r.status == "在册" else f"（{r.status}）"), r.category or "未定标准", r.relief,
             decimal_yuan(r.monthly_fen) if r.category else None, *(_cell(c) for c in r.cells), decimal_yuan(r.due_fen),
             decimal_yuan(r.exempt_fen), decimal_yuan(r.paid_fen), decimal_yuan(r.arrears_fen), r.paid_up_to or "")
            for i, r in enumerate(grid.rows, 1)]
    t = grid.totals
    rows.append((None, "合计", None, None, None, *(decimal_yuan(f) for f in grid.month_paid), decimal_yuan(t["due"]),
                 decimal_yuan(t["exempt"]), decimal_yuan(t["paid"]), decimal_yuan(t["arrears"]), None))
    subtitle = f"单位：{unit}　　　年度：{year}年　　　统计截至：{as_of.isoformat()}　　　金额单位：元"
    register = RegisterSheet("党费收缴登记表", f"{year}年度党费收缴登记表", subtitle, REGISTER_COLUMNS, rows,
                             footer="月份栏为交纳的该月党费；免交、减交经乡镇党委批准（中组发〔2008〕3号第七条）。" +
                             (dues.ELSEWHERE_NOTE if grid.has_elsewhere else ""))
    entries = dues.payments(store, branch_uuid=branch_uuid, year=year)
    receipts = [(p["receipt_no"] or "—", dt.date.fromisoformat(p["paid_on"]), p["member_name"],
                 dues.months_text(p["months"]), decimal_yuan(p["amount_fen"]), decimal_yuan(p["extra_fen"]), p["method"],
                 p["collector"], KIND_TEXT[p["kind"]] + ("（已冲销）" if p["reversed"] else ""),
                 p["corrects_period"] or "", p["reason"] or p["note"]) for p in entries]
    collected = sum(p["amount_fen"] for p in entries)
    sheet2 = RegisterSheet("收据明细", f"{year}年党费收据明细", subtitle, RECEIPT_COLUMNS, receipts,
                           footer=f"共 {len(entries)} 笔，合计 {decimal_yuan(collected):,.2f} 元（冲销为负数）。")
    return ExportResult(write_workbook(path, [register, sheet2], progress), len(grid.rows))


ARREARS_COLUMNS = (
    Column("序号", "int"), Column("所在支部"), Column("姓名", "center"), Column("欠交月份"), Column("月数", "int"),
    Column("欠交金额", "money"), Column("党费交至", "center"), Column("连续六个月未交纳"),
)


def export_arrears(store: Store, path: str | Path, org_uuid: str, *, as_of: dt.date | None = None,
                   config: dues.DuesConfig | None = None, progress: Progress = NO_PROGRESS) -> ExportResult:
    """欠交党费党员名单 of the branches at or under ``org_uuid``: the months, the amount, 党费交至 and
    the six-month flag; flagged members first and in red, a 合计 row and a footer with the totals."""
    as_of = as_of or dt.date.today()
    rows = dues.arrears(store, org_uuid, as_of, config)
    unit = orgs.full_name(store, org_uuid)
    if not rows:
        raise UserError(f"截至 {as_of.isoformat()}，{unit} 没有欠交党费的党员，未导出")
    listing = [(i, r.branch_name, r.name, dues.months_text(r.months), len(r.months), decimal_yuan(r.arrears_fen),
                dues.month_label(r.paid_up_to) if r.paid_up_to else "（无）",
                f"连续{len(r.lapse_months)}个月：{dues.months_text(r.lapse_months)}" if r.flagged else None)
               for i, r in enumerate(rows, 1)]
    total_fen = sum(r.arrears_fen for r in rows)
    flagged = sum(r.flagged for r in rows)
    listing.append((None, "合计", f"{len(rows)}人", None, sum(len(r.months) for r in rows), decimal_yuan(total_fen),
                    None, f"{flagged}人" if flagged else None))
    subtitle = (f"单位：{unit}　　　统计截至：{as_of.isoformat()}（当月不计欠交）　　　金额单位：元")
    footer = (f"共 {len(rows)} 名党员欠交党费，合计 {decimal_yuan(total_fen):,.2f} 元；其中连续六个月以上未交纳 {flagged} 名"
              f"（红色标出）。\n按党章第九条，党员无正当理由连续六个月不交纳党费的视为自行脱党，须经支部党员大会讨论决定；"
              f"本表只作提示。")
    sheet = RegisterSheet("欠交党费名单", "欠交党费党员名单", subtitle, ARREARS_COLUMNS, listing, footer=footer,
                          marked=frozenset(i for i, r in enumerate(rows) if r.flagged))
    return ExportResult(write_workbook(path, [sheet], progress), len(rows))
