"""What the Excel importers and templates share: money and quantity cells (values), the template
writer (writer.TemplateSheet …), the check's row loop and the plans' report (importing)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from djdesk.core.errors import UserError
from djdesk.core.excel import assets_import as ai
from djdesk.core.excel import dues_import as di
from djdesk.core.excel import importing
from djdesk.core.excel import values as cells
from djdesk.core.excel.reader import read_sheet
from djdesk.core.excel.writer import (DATE_FORMAT, TemplateSheet, add_choices, save_template,
                                      template_workbook)
from djdesk.core.progress import NO_PROGRESS


# ----- cells -------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, fen", [
    (12.5, 1250), ("￥1,234.50", 123450), ("１２．５元", 1250), (Decimal("0.01"), 1), (7, 700)])
def test_yuan_cell_reads_what_clerks_type(value, fen):
    assert cells.yuan_cell(value, "单价") == fen


@pytest.mark.parametrize("value, message", [
    (-3, "单价“-3”不能为负数"), (True, "单价“TRUE”不是金额"), ("12.345", "12.345")])
def test_yuan_cell_refuses_with_the_column_named(value, message):
    with pytest.raises(cells.CellError, match=message):
        cells.yuan_cell(value, "单价")


def test_quantity_and_blank_cells():
    assert [cells.quantity_cell(v) for v in (3, 3.0, "３", " 12 ")] == [3, 3, 3, 12]
    with pytest.raises(cells.CellError, match="数量“2.5”应为整数"):
        cells.quantity_cell(2.5)
    assert [cells.blank(v) for v in (None, "", "  ", 0, "0")] == [True, True, True, False, False]


# ----- the template writer -----------------------------------------------------------------------

COLUMNS = (("姓名", True, "党员姓名", "张三"), ("入党时间", False, "日期", dt.date(1971, 7, 1)),
           ("一个很长很长的列名", False, "", None), ("性别", False, "男 或 女", "女"))
SPEC = TemplateSheet("测试名册", "名单", COLUMNS, rows=10, freeze="B4", advice=("1. 第一条。", "2. 第二条。"),
                     subtitle="带 * 的列必须填写。", formats={"入党时间": DATE_FORMAT}, widths={"一个很长很长的列名": 8})


def test_template_sheet_layout_and_notes(tmp_path):
    wb, ws = template_workbook(SPEC)
    add_choices(ws, SPEC, "性别", ("男", "女"))
    path = save_template(wb, SPEC, tmp_path / "t.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["名单", "填写说明"]
    ws = wb["名单"]
    assert (ws["A1"].value, ws["A2"].value) == ("测试名册（导入模板）", "带 * 的列必须填写。")
    assert [c.value for c in ws[3]] == ["姓名*", "入党时间", "一个很长很长的列名", "性别"]
    assert ws["A3"].font.color.rgb.endswith("C00000") and ws["B3"].font.color.rgb.endswith("000000")
    assert ws["B13"].number_format == DATE_FORMAT and ws["A13"].number_format == "General"
    assert ws["B14"].number_format == "General"                 # only the prepared rows
    assert ws["A4"].value == "张三" and ws["A4"].font.color.rgb.endswith("7F7F7F")
    assert ws.column_dimensions["B"].width == 12                 # a date column: at least 12
    assert ws.column_dimensions["C"].width == 8                  # as given: its header wraps
    assert ws["C3"].alignment.wrap_text and not ws["A3"].alignment.wrap_text
    assert ws.freeze_panes == "B4" and ws.print_title_rows == "$3:$3"
    assert [(str(v.sqref), v.formula1) for v in ws.data_validations.dataValidation] == [("D4:D13", '"男,女"')]
    notes = wb["填写说明"]
    assert [r for r in notes.iter_rows(values_only=True)][:6] == [
        ("测试名册导入模板 填写说明", None, None, None), ("列名", "是否必填", "填写要求", "示例"),
        ("姓名", "必填", "党员姓名", "张三"), ("入党时间", None, "日期", "1971-07-01"),
        ("一个很长很长的列名", None, None, None), ("性别", None, "男 或 女", "女")]
    assert [notes.cell(r, 1).value for r in (7, 8, 9)] == [None, "1. 第一条。", "2. 第二条。"]
    assert "A8:D8" in {str(m) for m in notes.merged_cells.ranges}


def test_long_choice_lists_go_to_the_hidden_code_sheet(tmp_path):
    wb, ws = template_workbook(SPEC)
    add_choices(ws, SPEC, "性别", ("男", "女"), code_list=True)
    add_choices(ws, SPEC, "姓名", tuple(f"名{i}" for i in range(100)), code_list=True)
    path = save_template(wb, SPEC, tmp_path / "t.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["名单", "代码表", "填写说明"] and wb["代码表"].sheet_state == "hidden"
    rules = {str(v.sqref): v.formula1 for v in wb["名单"].data_validations.dataValidation}
    assert rules == {"D4:D13": "代码表!$A$2:$A$3", "A4:A13": "代码表!$B$2:$B$101"}
    assert [c.value for c in wb["代码表"]["B"]][:3] == ["姓名", "名0", "名1"]


def test_a_template_is_written_only_to_an_xlsx_name(tmp_path):
    wb, _ = template_workbook(SPEC)
    with pytest.raises(UserError, match="导出的文件名应以 .xlsx 结尾：t.xls"):
        save_template(wb, SPEC, tmp_path / "t.xls")
    assert list(tmp_path.iterdir()) == []


def test_asset_and_dues_templates_share_the_notes_sheet(tmp_path):
    for path in (ai.assets_template(tmp_path / "a.xlsx"), di.dues_template(tmp_path / "d.xlsx", year=2024)):
        notes = load_workbook(path)["填写说明"]
        assert notes["A2"].fill.fgColor.rgb.endswith("E8E8E8") and notes["A3"].border.left.style == "thin"
        first_advice = next(r for r in range(3, notes.max_row + 1) if str(notes.cell(r, 1).value).startswith("1. "))
        assert notes.cell(first_advice - 1, 1).value is None                    # a blank row before the advice
    dues = load_workbook(tmp_path / "d.xlsx")["党费收缴登记表"]
    assert [dues.column_dimensions[c].width for c in "ABCDE"] == [6, 14, 21, 12, 9]   # one page wide, as before
    assert dues["D3"].alignment.wrap_text                                       # 月缴纳额（元） is wider than 12


# ----- the check -----------------------------------------------------------------------------------

def _sheet(tmp_path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / "s.xlsx")
    return tmp_path / "s.xlsx"


class _Plan(importing.PlanReport):
    def __init__(self, sheet, guess):
        self.path, self.sheet, self.header_rows = sheet.path, sheet.name, guess.header_rows
        self.headers, self.mapping, self.last_row = guess.headers, guess.mapping, len(sheet.rows)
        self.rows, self.problems = [], []


class _Check(importing.SheetCheck):
    labels, aliases = ai.FIELD_LABELS, ai.ALIASES

    def __init__(self, sheet, plan):
        super().__init__(sheet, plan)
        self.seen: list[int] = []

    def row(self, r, raw):
        self.seen.append(r)


def test_the_row_loop_sorts_out_blank_total_footer_and_data_rows(tmp_path):
    sheet = read_sheet(_sheet(tmp_path, [
        ["序号", "资产名称", "数量", "备注列"], [1, "会议桌", 2, None], [None, None, None, None], [2, None, None, None],
        ["合计", None, 2, None], [None, "填表人：李明", None, None], [3, "投影仪", 1, "x"]]))
    guess = ai.detect(sheet)
    plan = _Plan(sheet, guess)
    check = _Check(sheet, plan)
    check.sheet_remarks(["表头在第1行"])
    check.check_rows(NO_PROGRESS)
    assert check.seen == [2, 7]
    assert [p.text() for p in plan.problems] == [
        "［说明］表头在第1行", "D列（备注列）：［说明］该列不导入", "第5行：［说明］合计行（“合计”），已跳过",
        "第6行：［说明］表格下方的说明（“填表人:李明”），已跳过", "［说明］2 个空行已跳过"]


def test_plan_report_tallies_decided_rows_and_heads_the_report(tmp_path):
    sheet = read_sheet(_sheet(tmp_path, [["资产名称", "数量"], ["a", 1], ["b", 1], ["c", 1]]))
    plan = _Plan(sheet, ai.detect(sheet))

    class Row:
        def __init__(self, row, action, choices=()):
            self.row, self.action, self.choices = row, action, choices

    plan.rows = [Row(2, importing.ADD), Row(3, importing.DECIDE, (importing.UPDATE, importing.SKIPPED)),
                 Row(4, importing.DECIDE, (importing.SKIPPED,))]
    keys = ("imported", "updated", "skipped", "undecided")
    assert plan.tally(keys) == {"imported": 1, "updated": 0, "skipped": 0, "undecided": 2}
    assert plan.tally(keys, {3: importing.UPDATE, 4: importing.ADD}) == {   # 4 cannot be added: still undecided
        "imported": 1, "updated": 1, "skipped": 0, "undecided": 1}
    assert plan.where_line("活动场所：X") == "文件：s.xlsx　工作表：Sheet　表头：第1行　数据：第2～4行　活动场所：X"
    assert plan.problems_tally() == "错误 0 处，提醒 0 处"
    assert plan.sheet_json(site="X") == {"file": str(sheet.path), "sheet": "Sheet", "site": "X", "header_rows": [1],
                                         "last_row": 4, "columns": [
        {"column": "A", "header": "资产名称", "field": "name"}, {"column": "B", "header": "数量", "field": "quantity"}]}
