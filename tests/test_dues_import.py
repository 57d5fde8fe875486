"""Import of past 党费 records from the clerks' Excel sheets (issue #6, dues part;
djdesk.core.excel.dues_import): the year grid and the payment list, every problem by row and
column, re-import creating nothing, locks, money in fen end to end, the blank template, the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import Workbook, load_workbook

from djdesk import cli
from djdesk.core import dues, members, orgs
from djdesk.core.errors import UserError
from djdesk.core.excel import dues_import as di
from djdesk.core.excel.importing import ERROR, INFO, WARNING, Problem
from djdesk.core.excel.reader import read_sheet

TODAY = dt.date(2026, 3, 15)
ZHANG_ID = "410101197005010014"
SYNC = ("uuid", "org_uuid", "origin", "created_hlc", "hlc", "deleted")


def add(store, branch, name, **kw):
    return members.add_member(store, dict(org_uuid=branch, name=name, gender="男", category="正式",
                                          join_date="2010-07-01", ethnicity="汉族", birth_date="1970-05-01", **kw),
                              entry_date="2024-01-01", today=TODAY)


@pytest.fixture
def ledger(store):
    """李家村党支部 from January 2025: 张建国 (在职 4,200 → 42.00, ID number; January already paid),
    李秀兰 (农民 1.00; February paid with 1.00 extra), 王大爷 (离退休, approved 免交), two 赵六, 陈明."""
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    zhang = add(store, branch, "张建国", id_number=ZHANG_ID)
    li, wang, chen = (add(store, branch, n) for n in ("李秀兰", "王大爷", "陈明"))
    add(store, branch, "赵六")
    add(store, branch, "赵六")
    dues.set_profile(store, zhang, "2025-01", "在职", base_fen=420_000)
    for uuid in (li, chen):
        dues.set_profile(store, uuid, "2025-01", "农民", fixed_fen=100)
    dues.set_profile(store, wang, "2025-01", "离退休", base_fen=180_000, relief="免交",
                     approval_ref="红星乡党委〔2024〕5号", approval_date="2024-12-20")
    dues.record_payment(store, zhang, ["2025-01"], "2025-01-10", today=TODAY)
    dues.record_payment(store, li, ["2025-02"], "2025-02-10", amount_fen=200, today=TODAY)
    return {"store": store, "branch": branch, "zhang": zhang, "li": li, "wang": wang, "chen": chen}


def ledger_rows(store) -> dict:
    return {t: [{k: v for k, v in r.items() if k not in SYNC} for r in store.query(f"SELECT * FROM {t} ORDER BY rowid")]
            for t in ("dues_payment", "dues_allocation", "dues_lock")}


def grid_sheet(path, title="李家村党支部2025年度党费收缴登记表"):
    """A clerk's 党费收缴登记表: merged title, a 填报单位 line, amounts as numbers and as text
    (42.00, 42元, 1.5元), 免 for the exempt member, a same-name member, an unknown person, a bare √,
    a blank row, the 合计 row and a 填表人 line."""
    wb = Workbook()
    ws = wb.active
    ws.title = "登记表"
    ws.append([title])
    ws.merge_cells("A1:R1")
    ws.append(["填报单位：李家村党支部"] + [None] * 13 + ["金额单位：元"])
    ws.append(["序号", "姓名", "身份证号", "月缴纳额", *[f"{m}月" for m in range(1, 13)], "合计", "备注"])
    ws.append([1, "张建国", ZHANG_ID, 42, 42, "42.00", "42元", 42, 42, 42, 42, 42, 42, 42, 42, 40, 502])
    ws.append([2, "李 秀兰", None, 1, 1, 2, "1.5元", None, None, None, None, None, None, None, None, None, 4.5])
    ws.append([3, "王大爷", None, 0, *["免"] * 12, 0])
    ws.append([4, "赵六", None, 1, 1, None, None, None, None, None, None, None, None, None, None, None, 1])
    ws.append([5, "孙七", None, 1, 1, None, None, None, None, None, None, None, None, None, None, None, 1])
    ws.append([6, "陈明", None, 1, 1, 1, "√"])
    ws.append([None])
    ws.append([None, "合计", None, None, 46, 45, 43.5, 42, 42, 42, 42, 42, 42, 42, 42, 40, 510.5])
    ws.append(["填表人：李会计", None, None, None, None, None, None, None, None, None, "填表日期：2026年1月"])
    wb.save(path)


def test_year_grid_plan_row_by_row_and_problem_by_problem(ledger, tmp_path):
    store, branch = ledger["store"], ledger["branch"]
    grid_sheet(tmp_path / "grid.xlsx")
    before = ledger_rows(store)
    plan = di.check_file(store, tmp_path / "grid.xlsx", branch, today=TODAY)
    assert ledger_rows(store) == before                       # a check writes nothing
    assert (plan.layout, plan.year, plan.header_rows) == (di.GRID, 2025, (3,))
    assert [(r.row, r.action, r.name, len(r.payments), r.in_ledger) for r in plan.rows] == [
        (4, di.ADD, "张建国", 11, 1), (5, di.ADD, "李秀兰", 2, 0), (6, di.UNCHANGED, "王大爷", 0, 12),
        (7, di.SKIPPED, "赵六", 0, 0), (8, di.SKIPPED, "孙七", 0, 0), (9, di.SKIPPED, "陈明", 0, 0)]
    assert plan.problems == [
        Problem(None, "", "", INFO, "1 个空行已跳过"),
        Problem(4, "P", "12月", WARNING, "2025年12月表中 40.00 元，按党费标准应交 42.00 元：按表中金额导入（表中是实际收缴的金额）"),
        Problem(5, "F", "2月", WARNING, "2025年2月台账中已交 1.00 元，表中为 2.00 元：不修改台账（如需更正，请在台账中冲销原收据后重新登记）"),
        Problem(5, "G", "3月", WARNING, "2025年3月表中 1.50 元，按党费标准应交 1.00 元：按表中金额导入（表中是实际收缴的金额）"),
        Problem(7, "B", "姓名", ERROR, "“李家村党支部”有 2 名党员叫“赵六”，无法确定是哪一位：请在表中填写身份证号"),
        Problem(8, "B", "姓名", ERROR, "“李家村党支部”没有党员“孙七”：请先在花名册中登记该党员，再导入党费"),
        Problem(9, "G", "3月", ERROR, "只写了“√”，没有金额：请填写实际交纳的金额"),
        Problem(11, "Q", "合计", INFO, "合计行，已跳过：合计 510.50 元与各行之和相符"),
        Problem(12, "", "", INFO, "表格下方的说明（“填表人:李会计”），已跳过"),
    ]
    assert plan.counts() == {"imported": 2, "updated": 0, "unchanged": 1, "skipped": 3, "undecided": 0,
                             "payments": 13, "amount_fen": 46000 + 250}
    zhang = plan.rows[0].payments
    assert (zhang[0].months, zhang[0].amounts, zhang[0].paid_on, zhang[0].column) == (("2025-02",), (4200,),
                                                                                     "2025-02-28", "F")
    assert zhang[0].note == "补录：grid.xlsx第4行，交纳日期不详，按月末登记"
    assert plan.report_lines()[2] == "将导入 2 行（13 笔，462.50 元），已在台账 1 行，跳过 3 行；错误 3 处，提醒 3 处"


def test_year_grid_import_then_reimport_creates_nothing(ledger, tmp_path):
    store, branch = ledger["store"], ledger["branch"]
    grid_sheet(tmp_path / "grid.xlsx")
    plan = di.check_file(store, tmp_path / "grid.xlsx", branch, today=TODAY)
    result = di.apply_plan(store, plan)
    assert (result.imported, result.unchanged, result.skipped, result.amount_fen) == (2, 1, 3, 46250)
    assert result.backup_path is not None and result.backup_path.exists()
    # receipt numbers continue the ledger's sequence, in date order, with no gap
    assert result.receipt_nos == tuple(f"2025-{n:04d}" for n in range(3, 16))
    assert dues.receipt_gaps(store, branch, 2025) == []
    grid = dues.month_grid(store, branch, 2025, as_of=TODAY)
    by_name = {r.name: r for r in grid.rows}
    assert [c.paid_fen for c in by_name["张建国"].cells] == [4200] * 11 + [4000]
    assert by_name["张建国"].paid_fen == 50200                   # the row's 合计, in fen
    assert [c.paid_fen for c in by_name["李秀兰"].cells][:4] == [100, 100, 150, 0]
    assert [c.status for c in by_name["王大爷"].cells] == ["exempt"] * 12
    assert [c.paid_fen for c in by_name["陈明"].cells] == [0] * 12       # its row had an error: nothing
    feb = next(p for p in dues.payments(store, member_uuid=ledger["zhang"]) if p["months"] == ["2025-02"])
    assert (feb["paid_on"], feb["period"], feb["amount_fen"], feb["extra_fen"], feb["kind"]) == (
        "2025-02-28", "2025-02", 4200, 0, "payment")
    assert feb["note"] == "补录：grid.xlsx第4行，交纳日期不详，按月末登记"
    # the imported payment is an ordinary ledger entry: it can be reversed
    dues.reverse_payment(store, feb["uuid"], "补录重复", on=TODAY)

    after = ledger_rows(store)
    again = di.check_file(store, tmp_path / "grid.xlsx", branch, today=TODAY)
    assert [(r.row, r.action) for r in again.rows][:3] == [(4, di.ADD), (5, di.UNCHANGED), (6, di.UNCHANGED)]
    assert [p.months for p in again.rows[0].payments] == [("2025-02",)]   # only the reversed month
    dues.record_payment(store, ledger["zhang"], ["2025-02"], "2026-03-01", today=TODAY)
    again = di.check_file(store, tmp_path / "grid.xlsx", branch, today=TODAY)
    assert again.counts()["imported"] == 0 and again.counts()["unchanged"] == 3
    before = ledger_rows(store)
    assert di.apply_plan(store, again).payment_uuids == ()
    assert ledger_rows(store) == before and len(after["dues_payment"]) + 1 == len(before["dues_payment"])


def list_sheet(path):
    """A 党费收缴明细: one payment a row, months as 2025.01 / ranges / 2025年1月至3月, dates as real
    dates, text and missing, receipt numbers, a repeated month, an amount below the standard,
    免, a month before the ledger starts, a bad amount and the 合计 row."""
    wb = Workbook()
    ws = wb.active
    ws.append(["李家村党支部2025年党费收缴明细"])
    ws.append(["姓名", "身份证号", "所属月份", "缴纳金额", "缴纳日期", "收据号", "备注"])
    ws.append(["张建国", ZHANG_ID, "2025.01", 42, dt.datetime(2025, 1, 10), "No.001", None])
    ws.append(["张建国", ZHANG_ID, "2025年2-4月", "126元", "2025/4/2", "No.015", "妻子代交"])
    ws.append(["李秀兰", None, "2025年1月至3月", "3", None, None, None])
    ws.append(["李秀兰", None, "2025.03", 1, None, None, None])
    ws.append(["张建国", None, "2025.05-2025.06", 80, "2025-06-30", None, None])
    ws.append(["王大爷", None, "2025.01", "免", None, None, None])
    ws.append(["张建国", None, "2024.12", 42, "2024-12-20", None, None])
    ws.append(["陈明", None, "2025.01", "abc", None, None, None])
    ws.append(["陈明", None, "2025.07", 1, "2026-04-01", None, None])
    ws.append(["王大爷", None, "2025.02-03", 18, "2025-03-05", None, None])
    ws.append(["合计", None, None, 313])
    wb.save(path)


def test_payment_list_plan_and_import(ledger, tmp_path):
    store, branch = ledger["store"], ledger["branch"]
    list_sheet(tmp_path / "list.xlsx")
    plan = di.check_file(store, tmp_path / "list.xlsx", branch, today=TODAY)
    assert (plan.layout, plan.year, plan.header_rows) == (di.LIST, None, (2,))
    assert [(r.row, r.action, r.name) for r in plan.rows] == [
        (3, di.UNCHANGED, "张建国"), (4, di.ADD, "张建国"), (5, di.SKIPPED, "李秀兰"), (6, di.SKIPPED, "李秀兰"),
        (7, di.ADD, "张建国"), (8, di.UNCHANGED, "王大爷"), (9, di.SKIPPED, "张建国"), (10, di.SKIPPED, "陈明"),
        (11, di.SKIPPED, "陈明"), (12, di.SKIPPED, "王大爷")]
    assert plan.problems == [
        Problem(5, "D", "缴纳金额", WARNING, "台账中已有2025年2月 1.00 元，表中2025年1月至2025年3月共 3.00 元："
                                          "不修改台账（如需更正，请在台账中冲销原收据后重新登记）"),
        Problem(6, "C", "所属月份", ERROR, "2025年3月与第5行重复（同一党员同一月份），本行没有导入"),
        Problem(7, "D", "缴纳金额", WARNING, "表中2025年5月至2025年6月共 80.00 元，按党费标准应交 84.00 元："
                                          "按表中金额导入，平均分到各月（40.00、40.00 元）"),
        Problem(9, "C", "所属月份", ERROR, "2024年12月在张建国的党费台账开始之前（第一个党费标准从2025年1月起）："
                                         "如需登记更早的党费，请先把该党员党费标准的起始月份改早"),
        Problem(10, "D", "缴纳金额", ERROR, "金额“abc”不是有效的金额（例如 4200 或 4200.50）"),
        Problem(11, "E", "缴纳日期", ERROR, "缴纳日期 2026-04-01 晚于今天"),
        Problem(12, "C", "所属月份", WARNING, "2025年2月经批准免交，表中交了 9.00 元：未导入（如免交已取消，请先修改该党员的党费标准）"),
        Problem(12, "C", "所属月份", WARNING, "2025年3月经批准免交，表中交了 9.00 元：未导入（如免交已取消，请先修改该党员的党费标准）"),
        Problem(13, "D", "缴纳金额", INFO, "合计行，已跳过：合计 313.00 元与各行之和相符"),
    ]
    rows = {r.row: r for r in plan.rows}
    p = rows[4].payments[0]
    assert (p.months, p.amounts, p.paid_on) == (("2025-02", "2025-03", "2025-04"), (4200, 4200, 4200), "2025-04-02")
    assert p.note == "补录：list.xlsx第4行；原收据号 No.015；妻子代交"
    result = di.apply_plan(store, plan)
    assert (result.imported, result.unchanged, result.skipped, result.amount_fen) == (2, 2, 6, 12600 + 8000)
    pays = dues.payments(store, member_uuid=ledger["zhang"])
    assert [(x["receipt_no"], x["paid_on"], x["months"], x["amount_fen"]) for x in pays] == [
        ("2025-0001", "2025-01-10", ["2025-01"], 4200),
        ("2025-0003", "2025-04-02", ["2025-02", "2025-03", "2025-04"], 12600),
        ("2025-0004", "2025-06-30", ["2025-05", "2025-06"], 8000)]
    assert [c.paid_fen for c in dues.member_months(store, ledger["zhang"], "2025-01", "2025-07", as_of=TODAY)] == [
        4200, 4200, 4200, 4200, 4000, 4000, 0]
    before = ledger_rows(store)
    again = di.check_file(store, tmp_path / "list.xlsx", branch, today=TODAY)
    assert [(r.row, r.action) for r in again.rows if r.action != di.SKIPPED] == [
        (3, di.UNCHANGED), (4, di.UNCHANGED), (7, di.UNCHANGED), (8, di.UNCHANGED)]
    di.apply_plan(store, again)
    assert ledger_rows(store) == before


def test_a_locked_month_is_refused_and_nothing_is_written(ledger, tmp_path):
    store, branch = ledger["store"], ledger["branch"]
    dues.record_remittance(store, branch, "2025-01", "2025-06", 4200 + 200, "2025-07-05", "回执0007", today=TODAY)
    grid_sheet(tmp_path / "grid.xlsx")
    plan = di.check_file(store, tmp_path / "grid.xlsx", branch, today=TODAY)
    zhang = plan.rows[0]
    assert (zhang.row, zhang.action) == (4, di.SKIPPED)       # a row is imported whole or not at all
    locked = [p for p in plan.problems if p.row == 4 and p.level == ERROR]
    assert [(p.column, p.header) for p in locked] == [(c, f"{m}月") for m, c in zip(range(2, 7), "FGHIJ")]
    assert locked[0].message == ("2025年2月的党费已上缴（2025-07-05），该期间已锁定，不能补录2025年2月的党费"
                                 "（交纳日期 2025-02-28）")
    assert [(r.row, r.action) for r in plan.rows[:3]] == [(4, di.SKIPPED), (5, di.SKIPPED), (6, di.UNCHANGED)]
    before = ledger_rows(store)
    result = di.apply_plan(store, plan)
    assert result.imported == 0 and result.backup_path is None and ledger_rows(store) == before



def test_a_lock_recorded_after_the_check_refuses_the_whole_import(ledger, tmp_path):
    store, branch = ledger["store"], ledger["branch"]
    list_sheet(tmp_path / "list.xlsx")
    plan = di.check_file(store, tmp_path / "list.xlsx", branch, today=TODAY)
    assert plan.counts()["payments"] == 2
    dues.close_year(store, branch, 2025, on="2026-01-05")
    before = ledger_rows(store)
    with pytest.raises(UserError, match="第4行（张建国）无法导入：2025年4月的党费已年度结账.*本次没有导入任何数据"):
        di.apply_plan(store, plan)
    assert ledger_rows(store) == before
    again = di.check_file(store, tmp_path / "list.xlsx", branch, today=TODAY)
    assert [(p.row, p.column) for p in again.problems_of(ERROR) if "已年度结账" in p.message] == [
        (4, "C"), (4, "C"), (4, "C"), (7, "C"), (7, "C")]


def test_bad_files_change_nothing(ledger, tmp_path):
    store, branch = ledger["store"], ledger["branch"]
    before = ledger_rows(store)
    (tmp_path / "dues.csv").write_text("姓名,1月\n张建国,42\n", encoding="utf-8")
    with pytest.raises(UserError, match="CSV 文本文件"):
        di.check_file(store, tmp_path / "dues.csv", branch, today=TODAY)
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError, match="无法读取表格“broken.xlsx”"):
        di.check_file(store, tmp_path / "broken.xlsx", branch, today=TODAY)
    wb = Workbook()
    wb.active.append(["会议记录"])
    wb.active.append(["日期", "主题"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(UserError, match="没有找到党费表的表头"):
        di.check_file(store, tmp_path / "other.xlsx", branch, today=TODAY)
    grid_sheet(tmp_path / "noyear.xlsx", title="党费收缴登记表")
    with pytest.raises(UserError, match="没有写明年度"):
        di.check_file(store, tmp_path / "noyear.xlsx", branch, today=TODAY)
    plan = di.check_file(store, tmp_path / "noyear.xlsx", branch, year=2025, today=TODAY)
    assert plan.year == 2025 and plan.counts()["payments"] == 13
    assert ledger_rows(store) == before


def test_mapping_checks_and_layouts():
    grid = ["name", *di.MONTH_FIELDS]
    di.check_mapping(grid)
    di.check_mapping(["name", "id_number", "months", "amount", "paid_on", None])
    for mapping, message in ((["id_number", "m01"], "请指定哪一列是“姓名”"),
                             (["name", "months"], "请指定哪一列是“金额”"),
                             (["name", "m01", "amount"], "既有“1月”…“12月”各列，又有“金额”列"),
                             (["name", "months", "amount", "total"], "交费明细中不能有“合计”列"),
                             (["name", "m01", "m01"], "对应了不止一列")):
        with pytest.raises(UserError, match=message):
            di.check_mapping(mapping)
    assert di.layout_of(grid) == di.GRID and di.layout_of(["name", "months", "amount"]) == di.LIST


@pytest.mark.parametrize("value, months", [
    ("2024.01", ["2024-01"]), ("2024-1", ["2024-01"]), ("2024年1月", ["2024-01"]), (202401, ["2024-01"]),
    (dt.datetime(2024, 3, 5), ["2024-03"]), ("2024-01-03", ["2024-01"]), ("２０２４年１０月", ["2024-10"]),
    ("2024年1-3月", ["2024-01", "2024-02", "2024-03"]), ("2024.01-03", ["2024-01", "2024-02", "2024-03"]),
    ("2024年1月至3月", ["2024-01", "2024-02", "2024-03"]), ("2024年10月—12月", ["2024-10", "2024-11", "2024-12"]),
    ("2024.11-2025.02", ["2024-11", "2024-12", "2025-01", "2025-02"]), ("2024年1～2月", ["2024-01", "2024-02"]),
])
def test_months_cell(value, months):
    assert di.months_cell(value) == months


@pytest.mark.parametrize("value, message", [
    ("2024年13月", "月份 13 不存在"), ("2024.03-01", "结束月早于起始月"), ("一月", "无法识别"),
    ("2020.01-2022.12", "跨 36 个月"), (2024.1, "分不清是2024年1月还是2024年10月"),
])
def test_months_cell_refusals(value, message):
    with pytest.raises(di.cells.CellError, match=message):
        di.months_cell(value)


@pytest.mark.parametrize("value, fen", [
    (42, 4200), (12.5, 1250), ("12.50", 1250), ("12.5元", 1250), ("￥12.50", 1250), ("１２.５", 1250),
    ("免", di.EXEMPT), (0, di.EXEMPT), ("0.00", di.EXEMPT), ("欠交", None), ("—", None), ("-", None), ("  ", None),
])
def test_month_amount_cell(value, fen):
    assert di.month_amount_cell(value) is fen if fen is di.EXEMPT or fen is None else di.month_amount_cell(value) == fen


@pytest.mark.parametrize("value, message", [("√", "没有金额"), ("12.345", "最多只能有两位小数"), ("-5", "不能为负数"),
                                            ("十二元", "不是有效的金额")])
def test_month_amount_cell_refusals(value, message):
    with pytest.raises(di.cells.CellError, match=message):
        di.month_amount_cell(value)


def test_template_round_trip_and_totals_in_fen(ledger, tmp_path):
    """The blank template filled in (example row kept) imports; the ledger then holds exactly the
    sheet's 合计, fen for fen."""
    store, branch = ledger["store"], ledger["branch"]
    path = di.dues_template(tmp_path / "template.xlsx", year=2024)
    wb = load_workbook(path)
    ws = wb["党费收缴登记表"]
    assert ws["A2"].value == "年度：" and ws["B2"].value == 2024
    assert [c.value for c in ws[3]][:6] == ["序号", "姓名*", "身份证号", "月缴纳额（元）", "1月", "2月"]
    assert ws["B4"].value == di.EXAMPLE_NAME and ws["H4"].value == "免"
    assert ws["C5"].number_format == "@" and ws["E5"].number_format == "#,##0.00"
    rules = {str(v.sqref): v.formula1 for v in ws.data_validations.dataValidation}
    assert rules["E4:P203"] == '"免"'
    notes = [r[0] for r in wb["填写说明"].iter_rows(values_only=True)]
    assert "身份证号" in notes and "12月" in notes
    ws["B2"] = 2025
    for r, values in enumerate((
            [2, "张建国", ZHANG_ID, 42, None, "42.01", 42.02, 42, None, None, None, None, None, None, None, 41.99,
             168.02],
            [3, "陈明", None, 1, 0.3, 0.7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11],
            [None, "合计", None, None, 0.3, 42.71, 43.02, 43, 1, 1, 1, 1, 1, 1, 1, 42.99, 179.02]), 5):
        for c, value in enumerate(values, 1):
            ws.cell(r, c, value)
    wb.save(path)
    sheet = read_sheet(path)
    guess = di.detect(sheet)
    assert guess.header_rows == (3,) and di.year_of(sheet, guess.header_rows) == 2025
    plan = di.check_import(store, sheet, branch, today=TODAY)
    assert plan.problems_of(ERROR) == []
    assert Problem(4, "", "", INFO, "导入模板中的示例行，已跳过") in plan.problems
    assert [(r.row, r.action, r.name) for r in plan.rows] == [(5, di.ADD, "张建国"), (6, di.ADD, "陈明")]
    assert [(p.row, p.column, p.level) for p in plan.problems if p.row] == [
        (4, "", INFO), (5, "F", WARNING), (5, "G", WARNING), (5, "P", WARNING), (6, "E", WARNING), (6, "F", WARNING),
        (7, "Q", INFO)]
    assert plan.sheet_total_fen == plan.read_total_fen == 17902
    collected_before = dues.balance(store, [branch]).collected_fen
    result = di.apply_plan(store, plan)
    assert result.amount_fen == 17902
    grid = dues.month_grid(store, branch, 2025, as_of=TODAY)
    by_name = {r.name: r for r in grid.rows}
    assert by_name["张建国"].paid_fen == 4200 + 16802       # January from the ledger + the sheet's row
    assert by_name["陈明"].paid_fen == 1100
    assert dues.balance(store, [branch]).collected_fen - collected_before == 17902
    assert all(isinstance(p["amount_fen"], int) for p in dues.payments(store, branch_uuid=branch))


def test_the_apps_own_annual_export_imports_back_unchanged(ledger, tmp_path):
    from djdesk.core.excel.dues_export import export_dues_year

    store, branch = ledger["store"], ledger["branch"]
    export_dues_year(store, tmp_path / "export.xlsx", branch, 2025, as_of=TODAY)
    before = ledger_rows(store)
    plan = di.check_file(store, tmp_path / "export.xlsx", branch, today=TODAY)
    assert (plan.layout, plan.year) == (di.GRID, 2025)
    assert plan.problems_of(ERROR) == plan.problems_of(WARNING) == [] and plan.counts()["imported"] == 0
    assert [(r.name, r.action) for r in plan.rows] == [
        (name, di.UNCHANGED) for name in ("陈明", "李秀兰", "王大爷", "张建国", "赵六", "赵六")]   # pinyin order
    di.apply_plan(store, plan)
    assert ledger_rows(store) == before


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_dues_import_dry_run_import_and_template(ledger, capsys, tmp_path):
    store = ledger["store"]
    grid_sheet(tmp_path / "grid.xlsx")
    db = store.path
    store.close()
    code, out, _ = run(capsys, "dues", "import", tmp_path / "grid.xlsx", "--db", db, "--branch", "李家村党支部",
                       "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["dry_run"] and data["counts"]["payments"] == 13 and data["year"] == 2025
    assert {"row": 7, "column": "B", "header": "姓名", "level": "error",
            "message": "“李家村党支部”有 2 名党员叫“赵六”，无法确定是哪一位：请在表中填写身份证号"} in data["problems"]
    code, out, _ = run(capsys, "dues", "import", tmp_path / "grid.xlsx", "--db", db, "--year", "2025")
    lines = out.splitlines()
    assert code == 0 and lines[-3] == "已导入：2 行共 13 笔、462.50 元，已在台账 1 行，跳过 3 行"
    assert lines[-2] == "收据编号 2025-0003 至 2025-0015（按交纳日期顺序）"
    assert lines[-1].startswith("导入前的数据已备份到：")
    code, out, err = run(capsys, "dues", "import", tmp_path / "grid.xlsx", "--db", db, "--json")
    assert code == 0 and json.loads(out)["counts"]["imported"] == 0
    code, out, err = run(capsys, "dues", "import", tmp_path / "nothing.xlsx", "--db", db)
    assert code == 2 and "找不到文件" in err
    code, out, _ = run(capsys, "export", "template", "dues", "--out", tmp_path / "t.xlsx")
    assert code == 0 and load_workbook(tmp_path / "t.xlsx").sheetnames == ["党费收缴登记表", "填写说明"]


def test_record_collected_posts_what_was_collected_and_refuses_what_the_ledger_refuses(ledger):
    from djdesk.core.errors import ValidationError

    store, zhang, wang = ledger["store"], ledger["zhang"], ledger["wang"]
    r = dues.record_collected(store, zhang, {"2025-02": 4000, "2025-03": 4300}, "2025-03-31", note="补录", today=TODAY)
    assert (r.receipt_no, r.amount_fen, r.extra_fen, r.months) == ("2025-0003", 8300, 0, ("2025-02", "2025-03"))
    paid = [c.paid_fen for c in dues.member_months(store, zhang, "2025-01", "2025-03", as_of=TODAY)]
    assert paid == [4200, 4000, 4300]
    for args, message in (((zhang, {"2025-02": 200}, "2025-04-01"), "张建国2025年2月已有交费记录 40.00 元；更正请先冲销原收据"),
                          ((wang, {"2025-05": 900}, "2025-05-31"), "王大爷2025年5月经批准免交，不需交纳"),
                          ((zhang, {"2024-12": 4200}, "2024-12-31"), "2024年12月不在张建国应在本支部交纳党费的期间"),
                          ((zhang, {"2025-04": 0}, "2025-04-30"), "2025年4月的金额应大于0"),
                          ((zhang, {"2025-04": 4200}, "2026-03-16"), "交纳日期不能晚于今天")):
        with pytest.raises(ValidationError, match=message):
            dues.record_collected(store, *args, today=TODAY)
    assert dues.receipt_gaps(store, ledger["branch"], 2025) == []


def test_dues_page_imports_a_year_grid_through_the_wizard(qtbot, ledger, tmp_path):
    """“从 Excel 导入党费记录…” on the 党费 page: the generic wizard with the dues importer; a grid
    that does not say its year is read as the year shown on the page; the grid shows what came in."""
    from uihelpers import drive_modal

    from djdesk.ui import import_wizard as iw
    from djdesk.ui.dues_page import DuesPage
    from djdesk.ui.qt import Qt, QWizard

    store, branch = ledger["store"], ledger["branch"]
    grid_sheet(tmp_path / "grid.xlsx", title="李家村党支部党费收缴登记表")
    page = DuesPage(store, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.set_org(branch, "李家村党支部")
    page.year_spin.setValue(2025)
    qtbot.waitUntil(lambda: page.ledger is not None and page.ledger.grid.year == 2025)
    assert page.import_button.text() == "从 Excel 导入党费记录…" and page.import_button.isEnabled()
    seen = {}

    def handle(w):
        ui = w.ui
        assert w.windowTitle() == "从 Excel 导入党费记录" and ui.targetCombo.currentText() == "李家村党支部"
        ui.fileEdit.setText(str(tmp_path / "grid.xlsx"))
        ui.fileEdit.editingFinished.emit()
        for _ in range(3):
            qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        seen["summary"] = ui.summaryLabel.text()
        seen["first"] = [ui.problemsTable.item(0, j).text() for j in range(4)]
        qtbot.mouseClick(w.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
        seen["done"] = ui.resultLabel.text()
        w.grab().save(str(tmp_path / "wizard.png"))
        qtbot.mouseClick(w.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    drive_modal(lambda: qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton), handle, want=iw.ImportWizard)
    assert seen["summary"] == ("“grid.xlsx”工作表“登记表”（年度 2025）：将导入 2 行，共 13 笔、462.50 元；已在台账 1 行，"
                               "跳过 3 行。共 3 处错误、3 处提醒。")
    assert seen["first"] == ["", "", "说明", "表中没有写明年度，按所选的2025年导入，请核对"]
    assert seen["done"].startswith("已导入：2 行，已在台账 1 行，跳过 3 行。")
    qtbot.waitUntil(lambda: page.ledger is not None and len(page.ledger.payments) == 15)
    zhang = next(r for r in page.ledger.grid.rows if r.name == "张建国")
    assert zhang.paid_fen == 50200


def test_grid_standard_columns_are_checked_against_the_ledger(ledger, tmp_path):
    """月缴纳额 and 缴费基数 only check: a difference is a warning, the months still import."""
    store, branch = ledger["store"], ledger["branch"]
    wb = Workbook()
    ws = wb.active
    ws.append(["2025年党费收缴登记表"])
    ws.append(["姓名", "缴费基数", "月缴纳额", "1月", "2月", "合计"])
    ws.append(["张建国", 4500, 45, None, 42, 42])
    ws.append(["陈明", None, "1.00", 1, 1, 2])
    wb.save(tmp_path / "std.xlsx")
    plan = di.check_file(store, tmp_path / "std.xlsx", branch, today=TODAY)
    assert [(p.row, p.column, p.level, p.message) for p in plan.problems if p.row] == [
        (3, "B", WARNING, "缴费基数 4,500.00 元，台账中的党费标准为 4,200.00 元（基数变了请修改党费标准）"),
        (3, "C", WARNING, "月缴纳额 45.00 元，按台账中的党费标准2025年每月应交 42.00 元")]
    assert [(r.row, r.action, len(r.payments)) for r in plan.rows] == [(3, di.ADD, 1), (4, di.ADD, 2)]
