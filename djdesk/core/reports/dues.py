"""党费 printouts (issue #4): receipts, the annual register, the period summary and the list of
remittance vouchers. All go through ``ReportDoc`` (embedded font, 第x页 共y页, atomic write)."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Sequence

from djdesk.core import dues
from djdesk.core.dates import cn_date
from djdesk.core.errors import UserError
from djdesk.core.money import capital, yuan
from djdesk.core.orgs import full_name, get_org
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.reports.base import Column, RenderResult, ReportDoc
from djdesk.core.store import Store

COPIES = ("第一联　存根（支部留存）", "第二联　收据（交党员本人）")
CUT_LINE = "－ － － － － － － － － － 沿此线裁开 － － － － － － － － － －"
METHOD_TEXT = {"现金": "现金", "转账": "转账", "其他": "其他"}


def receipt_pdf(store: Store, path: str | os.PathLike, branch_uuid: str, receipt_nos: Sequence[str],
                progress: Progress = NO_PROGRESS, config: dues.DuesConfig | None = None) -> RenderResult:
    """党费收据: one A4 page per receipt, with two copies (stub and receipt) cut apart along the
    line between them; amount in figures and in capitals (大写)."""
    branch = get_org(store, branch_uuid)
    entries = []
    for no in receipt_nos:
        found = [p for p in dues.payments(store, branch_uuid=branch_uuid, receipt_no=no.strip())
                 if p["kind"] in ("payment", "void")]
        if not found:
            raise UserError(f"{branch['name']}没有编号为“{no}”的党费收据")
        entries.append(found[0])
    doc = ReportDoc(path, "党费收据", full_name(store, branch_uuid))
    cfg = config or dues.DuesConfig.load()
    for i, p in enumerate(entries):
        if i:
            doc.add_page_break()
        for copy, label in enumerate(COPIES):
            if copy:
                doc.add_paragraph(CUT_LINE, align="center")
            doc.add_title(label)
            doc.add_table(*_receipt_table(store, branch, p, cfg))
            doc.add_signatures([f"收款人：{p['collector']}", f"交款人：{p['payer'] or ''}", "（支部盖章）"])
    return doc.build(progress)


def _receipt_table(store: Store, branch: dict, p: dict, cfg: dues.DuesConfig):
    cols = [Column("项目", mm=26), Column("内容", weight=3), Column("项目", mm=24), Column("内容", weight=2)]
    if p["kind"] == "void":
        rows = [("收据编号", p["receipt_no"], "日期", cn_date(p["paid_on"])),
                ("状态", "作废", "作废原因", p["reason"])]
        return cols, rows
    state = "有效"
    rev = store.query_one("SELECT paid_on, reason FROM dues_payment WHERE reverses_uuid = ? AND deleted = 0",
                          (p["uuid"],))
    if rev:
        state = f"已冲销（{cn_date(rev['paid_on'])}，{rev['reason']}）"
    md = dues.member_dues(store, p["member_uuid"], cfg)
    basis = ""
    if p["months"]:
        prof = md.profile_at(dues.month_index(p["months"][-1]))
        if prof is not None:
            basis = md.calc(prof, dues.month_index(p["months"][-1])).explanation
            if prof.relief:
                basis += f"；经批准{prof.relief}（{prof.row['approval_ref']}）"
    dues_part = p["amount_fen"] - p["extra_fen"]
    rows = [
        ("收据编号", p["receipt_no"], "交款日期", cn_date(p["paid_on"])),
        ("党员姓名", md.member["name"], "所在支部", branch["name"]),
        ("交纳月份", dues.months_text(p["months"]) or "—", "交纳方式", METHOD_TEXT.get(p["method"], p["method"])),
        ("金额（小写）", f"￥{yuan(p['amount_fen'])}", "其中自愿多交", f"￥{yuan(p['extra_fen'])}"),
        ("金额（大写）", f"人民币{capital(p['amount_fen'])}", "其中党费", f"￥{yuan(dues_part)}"),
        ("计算依据", basis or "—", "状态", state),
    ]
    return cols, rows


# ----- the annual register -----------------------------------------------------------------------

MONTH_COLUMNS = [Column(f"{m}月", mm=13.5, align="center") for m in range(1, 13)]
REGISTER_COLUMNS = [
    Column("序号", mm=9, align="center"), Column("姓名", mm=16), Column("类别", mm=20, align="center"),
    Column("月应交", mm=14, align="center"), *MONTH_COLUMNS,
    Column("全年已交", mm=17, align="center"), Column("欠交", mm=15, align="center"),
    Column("交至", mm=15, align="center"),
]
CELL_TEXT = {"exempt": "免交", "arrears": "欠", "none": "—", "carried": "转入前", "noprofile": "未定", "future": "",
             "due": "", "elsewhere": "流入地"}


def _cell(c: dues.MonthDues) -> str:
    if c.paid_fen and c.status in ("paid", "due", "future", "arrears"):
        text = yuan(c.paid_fen)
        return text if c.status == "paid" else f"{text}\n欠{yuan(c.arrears_fen)}"
    return CELL_TEXT.get(c.status, "")


def _ym(month: str | None) -> str:
    return f"{month[:4]}.{month[5:]}" if month else "—"


def register_rows(grid: dues.Grid) -> list[tuple[str, ...]]:
    """The annual register's rows: one per member, then the month totals."""
    rows = []
    for i, r in enumerate(grid.rows, 1):
        category = r.category + (f"\n{r.relief}" if r.relief else "")
        rows.append((str(i), r.name + ("" if r.status == "在册" else f"\n({r.status})"), category,
                     yuan(r.monthly_fen) if r.category else "", *(_cell(c) for c in r.cells), yuan(r.paid_fen),
                     yuan(r.arrears_fen) if r.arrears_fen else "", _ym(r.paid_up_to)))
    totals = grid.totals
    rows.append(("", "合计", f"{len(grid.rows)}人", "", *(yuan(f) for f in grid.month_paid), yuan(totals["paid"]),
                 yuan(totals["arrears"]), ""))
    return rows


def dues_year_pdf(store: Store, path: str | os.PathLike, branch_uuid: str, year: int,
                  as_of: _dt.date | None = None, progress: Progress = NO_PROGRESS,
                  config: dues.DuesConfig | None = None) -> RenderResult:
    """党费收缴登记表: member × 12 months (amount paid for each month, 免交/欠), per-member and
    per-month totals, landscape A4, signature lines."""
    branch = get_org(store, branch_uuid)
    grid = dues.month_grid(store, branch_uuid, year, as_of, config)
    as_of = as_of or _dt.date.today()
    doc = ReportDoc(path, f"{year}年度党费收缴登记表", full_name(store, branch_uuid), landscape=True)
    doc.add_title(f"党支部：{branch['name']}　　　　年度：{year}年　　　　统计截至：{cn_date(as_of)}"
                  f"　　　　金额单位：元")
    doc.add_table(REGISTER_COLUMNS, register_rows(grid))
    t = grid.totals
    bal = dues.balance(store, [branch_uuid], f"{year}-01", f"{year}-12")
    doc.add_paragraph(
        f"全年应交 {yuan(t['due'])} 元，批准减免 {yuan(t['exempt'])} 元，已交 {yuan(t['paid'])} 元，欠交 {yuan(t['arrears'])} 元。"
        f"本年度收缴（按交纳日期，含补交、预交和自愿多交）{yuan(bal.collected_fen)} 元，已上缴 {yuan(bal.remitted_fen)} 元，"
        f"结存 {yuan(bal.balance_fen)} 元。\n"
        f"说明：月份栏为交纳的该月党费金额；“免交”“减交”经乡镇党委批准（中组发〔2008〕3号第七条）；“欠”为该月应交未交；"
        f"“—”为不在本支部交纳党费的月份；“交至”为党费交至年月。" + (dues.ELSEWHERE_NOTE if grid.has_elsewhere else ""))
    doc.add_signatures(["支部书记：", "组织委员（收缴人）：", "填表日期："])
    return doc.build(progress)


# ----- period summary and remittance vouchers ---------------------------------------------------

SUMMARY_COLUMNS = [
    Column("序号", mm=10, align="center"), Column("单位", weight=3), Column("支部数", mm=14, align="center"),
    Column("应交党员", mm=16, align="center"), Column("应交", mm=24, align="right"), Column("减免", mm=20, align="right"),
    Column("已交（所属期）", mm=26, align="right"), Column("欠交", mm=22, align="right"),
    Column("本期收缴", mm=24, align="right"), Column("上缴", mm=24, align="right"), Column("收缴率", mm=16, align="center"),
]


def _rate(paid: int, due: int, exempt: int) -> str:
    owed = due - exempt
    return f"{paid * 100 / owed:.1f}%" if owed > 0 else "—"


def summary_pdf(store: Store, path: str | os.PathLike, org_uuid: str, first: str, last: str,
                progress: Progress = NO_PROGRESS, config: dues.DuesConfig | None = None) -> RenderResult:
    """党费收缴情况汇总表 for a month, a quarter or a year: per village under ``org_uuid``."""
    org = get_org(store, org_uuid)
    rows = dues.township_summary(store, org_uuid, first, last, config)
    label = dues.period_label(first, last)
    body = [(str(i), r.name, str(r.branches), str(r.members), yuan(r.due_fen), yuan(r.exempt_fen),
             yuan(r.paid_for_fen), yuan(r.arrears_fen), yuan(r.collected_fen), yuan(r.remitted_fen),
             _rate(r.paid_for_fen, r.due_fen, r.exempt_fen)) for i, r in enumerate(rows, 1)]
    tot = {k: sum(getattr(r, k) for r in rows) for k in ("due_fen", "exempt_fen", "paid_for_fen", "collected_fen",
                                                          "remitted_fen", "branches", "members")}
    arrears = tot["due_fen"] - tot["paid_for_fen"] - tot["exempt_fen"]
    body.append(("", "合计", str(tot["branches"]), str(tot["members"]), yuan(tot["due_fen"]), yuan(tot["exempt_fen"]),
                 yuan(tot["paid_for_fen"]), yuan(arrears), yuan(tot["collected_fen"]), yuan(tot["remitted_fen"]),
                 _rate(tot["paid_for_fen"], tot["due_fen"], tot["exempt_fen"])))
    doc = ReportDoc(path, f"{label}党费收缴情况汇总表", full_name(store, org_uuid), landscape=True)
    doc.add_title(f"单位：{org['name']}　　　　期间：{label}　　　　金额单位：元")
    doc.add_table(SUMMARY_COLUMNS, body)
    doc.add_paragraph(
        f"应交、减免、已交和欠交按党费所属月份统计；本期收缴按交纳日期统计（含补交、预交和自愿多交），上缴为所属期间在本期内的上缴批次。"
        f"本期收缴合计 {yuan(tot['collected_fen'])} 元（大写：{capital(tot['collected_fen'])}），"
        f"上缴合计 {yuan(tot['remitted_fen'])} 元（大写：{capital(tot['remitted_fen'])}）。")
    doc.add_signatures(["填表人：", "审核人：", "填表日期："])
    return doc.build(progress)


VOUCHER_COLUMNS = [
    Column("序号", mm=10, align="center"), Column("党支部", weight=3), Column("所属期间", weight=2),
    Column("上缴日期", mm=26, align="center"), Column("金额（元）", mm=26, align="right"),
    Column("凭证号", weight=2), Column("经手人", mm=24), Column("备注", weight=2),
]


def remittance_list_pdf(store: Store, path: str | os.PathLike, org_uuid: str, year: int,
                        progress: Progress = NO_PROGRESS) -> RenderResult:
    """党费上缴凭证清单: every remittance batch of the branches under ``org_uuid`` for a year."""
    org = get_org(store, org_uuid)
    branches = [b["uuid"] for b in dues._branches(store, org_uuid)]
    rows = dues.remittances(store, branches, year) if branches else []
    body = [(str(i), r["org_name"], dues.period_label(r["period_from"], r["period_to"]),
             r["remitted_on"], yuan(r["amount_fen"]), r["voucher"], r["received_by"],
             (r["reason"] or r["note"])) for i, r in enumerate(rows, 1)]
    total = sum(r["amount_fen"] for r in rows)
    body.append(("", "合计", "", "", yuan(total), "", "", ""))
    doc = ReportDoc(path, f"{year}年党费上缴凭证清单", full_name(store, org_uuid), landscape=True)
    doc.add_title(f"单位：{org['name']}　　　　年度：{year}年")
    doc.add_table(VOUCHER_COLUMNS, body)
    doc.add_paragraph(f"共 {len(rows)} 笔，合计 {yuan(total)} 元（大写：{capital(total)}）。")
    doc.add_signatures(["经办人：", "审核人：", "日期："])
    return doc.build(progress)
