"""The asset register (固定资产登记表) as an Excel workbook (issue #5): one sheet of asset lines of a
village (every site, or one), one of totals by category and source, one of each asset's history;
and the stocktake (资产盘点表, issue #6): every line, the discrepancies with their value, signature lines.

Money goes into Excel as ``Decimal`` yuan made from the integer fen (exact: 123456 → 1234.56),
shown with the writer's money format; dates are real date cells.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from djdesk.core import money, sites
from djdesk.core.dates import cn_date
from djdesk.core.errors import UserError
from djdesk.core.excel.exports import ExportResult
from djdesk.core.excel.writer import Column, RegisterSheet, cell_date, write_workbook
from djdesk.core.orgs import full_name
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.store import Store

ASSET_COLUMNS = (
    Column("序号", "int"), Column("资产编号", "center"), Column("类别", "center"), Column("名称"), Column("规格型号"),
    Column("单位", "center"), Column("数量", "int"), Column("单价（元）", "money"), Column("金额（元）", "money"),
    Column("取得日期", "date"), Column("来源", "center"), Column("资金文件"), Column("活动场所"), Column("存放位置"),
    Column("保管人", "center"), Column("状况", "center"), Column("核销日期", "date"), Column("备注"),
)
TOTAL_COLUMNS = (Column("分类"), Column("项目"), Column("项数", "int"), Column("数量", "int"), Column("金额（元）", "money"))
HISTORY_COLUMNS = (Column("资产编号", "center"), Column("名称"), Column("日期", "date"), Column("事项", "center"),
                   Column("内容"), Column("经办人", "center"), Column("审批文号"))


def export_assets(store: Store, path: str | Path, org_uuid: str, *, site_uuid: str | None = None,
                  include_disposed: bool = False, today: dt.date | None = None,
                  progress: Progress = NO_PROGRESS) -> ExportResult:
    """The village's (or one site's) asset lines, totals and history as a workbook."""
    today = today or dt.date.today()
    village = sites.village_of(store, org_uuid)
    rows = sites.list_assets(store, sites.AssetFilter(org_uuid=village["uuid"], site_uuid=site_uuid,
                                                      include_disposed=include_disposed))
    where = sites.get_site(store, site_uuid)["name"] if site_uuid else "全部活动场所"
    if not rows:
        raise UserError(f"{village['name']}（{where}）没有资产，未导出")
    listing = [(i, a["asset_no"], a["category"], a["name"], a["spec"] or None, a["unit"] or None, a["quantity"],
                money.decimal_yuan(a["unit_value_fen"]), money.decimal_yuan(a["value_fen"]), cell_date(a["acquired_on"]), a["source"],
                a["funding_doc"] or None, a["site_name"], a["room_name"], a["custodian"] or None, a["condition"],
                cell_date(a["disposed_on"]), a["note"] or None) for i, a in enumerate(rows, 1)]
    live = [a for a in rows if not a["disposed_on"]]
    t = sites.asset_totals(live)
    totals = [("类别", k, a, b, money.decimal_yuan(c)) for k, (a, b, c) in t.by_category.items()]
    totals += [("来源", k, a, b, money.decimal_yuan(c)) for k, (a, b, c) in t.by_source.items()]
    totals += [("状况", k, a, b, money.decimal_yuan(c)) for k, (a, b, c) in t.by_condition.items()]
    totals.append(("合计", "在账资产", t.lines, t.items, money.decimal_yuan(t.value_fen)))
    history = [(a["asset_no"], a["name"], cell_date(e["event_date"]), e["kind"], e["summary"] or None, e["person"] or None,
                e["approval_ref"] or None) for a in rows for e in sites.asset_history(store, a["uuid"])]
    subtitle = f"单位：{full_name(store, village['uuid'])}　　{where}　　导出日期：{cn_date(today)}"
    sheets = [RegisterSheet("资产登记表", "固定资产登记表", subtitle, ASSET_COLUMNS, listing,
                            footer=f"在账资产共 {t.lines} 项，数量 {t.items}，金额合计 {money.yuan(t.value_fen)} 元。"),
              RegisterSheet("分类合计", "固定资产分类合计", subtitle, TOTAL_COLUMNS, totals),
              RegisterSheet("变动记录", "固定资产变动记录", subtitle, HISTORY_COLUMNS, history)]
    return ExportResult(write_workbook(path, sheets, progress), len(rows))


STOCKTAKE_COLUMNS = (
    Column("序号", "int"), Column("资产编号", "center"), Column("名称"), Column("存放位置"), Column("单位", "center"),
    Column("账面数量", "int"), Column("实盘数量", "int"), Column("差异", "int"), Column("账面状况", "center"),
    Column("实盘状况", "center"), Column("结果", "center"), Column("单价（元）", "money"), Column("差异金额（元）", "money"),
    Column("备注"),
)
SIGNATURES = "盘点人签字：＿＿＿＿＿＿　　监盘人：＿＿＿＿＿＿　　资产保管人：＿＿＿＿＿＿　　村党组织书记：＿＿＿＿＿＿"


def export_stocktake(store: Store, path: str | Path, stocktake_uuid: str, *,
                     progress: Progress = NO_PROGRESS) -> ExportResult:
    """资产盘点表 as a workbook: every line (book vs counted quantity and condition), then the
    discrepancies alone with their value, the figures and the signature lines of the PDF."""
    st = sites.get_stocktake(store, stocktake_uuid)
    lines = sites.stocktake_lines(store, stocktake_uuid)
    if not lines:
        raise UserError(f"“{st['title'] or st['started_on']}”这次盘点没有盘点项目，未导出")

    def value(l) -> int:
        return (l["difference"] or 0) * l["unit_value_fen"]

    def row(i, l):
        return (i, l["asset_no"], l["name"], l["room_name"] or None, l["unit"] or None, l["expected_quantity"],
                l["counted_quantity"], l["difference"] or None, l["expected_condition"], l["counted_condition"],
                l["status"], money.decimal_yuan(l["unit_value_fen"]),
                money.decimal_yuan(value(l)) if l["difference"] else None, l["note"] or None)

    differing = [l for l in lines if l["status"] not in ("未盘", "相符")]
    counts = {s: sum(1 for l in lines if l["status"] == s) for s in ("未盘", "相符", "盘盈", "盘亏", "状况不符")}
    gain = sum(value(l) for l in differing if (l["difference"] or 0) > 0)
    loss = -sum(value(l) for l in differing if (l["difference"] or 0) < 0)
    closed = st["status"] == sites.CLOSED
    period = st["started_on"] + (f" 至 {st['closed_on']}" if closed else "（盘点中）")
    subtitle = (f"单位：{full_name(store, st['village_uuid'])}　　场所：{st['site_name']}　　盘点时间：{period}"
                + (f"　　{st['title']}" if st.get("title") else ""))
    figures = (f"应盘 {len(lines)} 项，已盘 {len(lines) - counts['未盘']} 项：相符 {counts['相符']} 项，"
               f"盘盈 {counts['盘盈']} 项（金额 {money.yuan(gain)} 元），盘亏 {counts['盘亏']} 项（金额 {money.yuan(loss)} 元），"
               f"状况不符 {counts['状况不符']} 项" + (f"；未盘 {counts['未盘']} 项。" if counts["未盘"] else "。")
               + (f"盘点结果已于 {st['applied_on']} 调整入账。" if st.get("applied_on") else ""))
    notes = [] if closed else ["注意：本次盘点尚未结束，本表是导出时的盘点进度，不作为盘点结论。"]
    notes += [figures] + ([f"盘点人：{st['counted_by']}"] if st.get("counted_by") else []) + [SIGNATURES]
    footer = "\n".join(notes)
    sheets = [RegisterSheet("资产盘点表", "资产盘点表", subtitle, STOCKTAKE_COLUMNS,
                            [row(i, l) for i, l in enumerate(lines, 1)], footer=footer),
              RegisterSheet("盘点差异明细", "盘点差异明细", subtitle, STOCKTAKE_COLUMNS,
                            [row(i, l) for i, l in enumerate(differing, 1)],
                            footer=footer if differing else "无差异，账实相符。\n" + footer)]
    return ExportResult(write_workbook(path, sheets, progress), len(lines))
