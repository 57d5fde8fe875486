"""The remaining Excel exports (issue #6): the 党费 arrears list (six-month rows in red, a 合计 row
and the totals under the table) and the stocktake (every line, the discrepancies with their value,
signature lines), each read back cell by cell with openpyxl; ``djdesk-cli export dues-arrears`` and
``export stocktake`` with their user errors; the “导出Excel…” buttons of the dues page and the
stocktake panel; LibreOffice opening both files."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from djdesk import cli
from djdesk.core import sites
from djdesk.core.errors import UserError
from djdesk.core.excel.dues_export import export_arrears
from djdesk.core.excel.sites_export import SIGNATURES, export_stocktake
from djdesk.ui.dues_page import TABS, DuesPage
from djdesk.ui.qt import QFileDialog, QMessageBox, Qt
from djdesk.ui.stocktake_panel import StocktakePanel
from test_sites_reports import site  # noqa: F401  (李家村党群服务中心 with four assets)
from test_ui_dues import TODAY, ledger  # noqa: F401  (李四 seven months unpaid, 张建国 one, 王大爷 exempt)
from uihelpers import drive_modal

RED = "00C00000"
ARREARS_HEADERS = ["序号", "所在支部", "姓名", "欠交月份", "月数", "欠交金额", "党费交至", "连续六个月未交纳"]
STOCKTAKE_HEADERS = ["序号", "资产编号", "名称", "存放位置", "单位", "账面数量", "实盘数量", "差异", "账面状况", "实盘状况",
                     "结果", "单价（元）", "差异金额（元）", "备注"]
FIGURES = ("应盘 4 项，已盘 4 项：相符 1 项，盘盈 0 项（金额 0.00 元），盘亏 2 项（金额 2,310.00 元），"
           "状况不符 1 项。")


def values(ws, first, last=None):
    return [[c.value for c in row] for row in ws.iter_rows(min_row=first, max_row=last or ws.max_row)]


# ----- the arrears list ------------------------------------------------------------------------

def test_arrears_list_cell_by_cell_with_the_six_month_row_in_red(store, ledger, tmp_path):  # noqa: F811
    result = export_arrears(store, tmp_path / "arrears.xlsx", ledger["branch"], as_of=TODAY)
    wb = load_workbook(result.path)
    assert (result.rows, wb.sheetnames) == (2, ["欠交党费名单"])
    ws = wb["欠交党费名单"]
    assert (ws["A1"].value, ws["A2"].value) == (
        "欠交党费党员名单", "单位：红星乡党委 / 李家村 / 李家村党支部　　　统计截至：2026-03-15（当月不计欠交）　　　金额单位：元")
    assert [c.value for c in ws[3]] == ARREARS_HEADERS
    assert values(ws, 4) == [
        [1, "李家村党支部", "李四", "2025年8月至2026年2月", 7, 7, "2025年7月", "连续7个月：2025年8月至2026年2月"],
        [2, "李家村党支部", "张建国", "2026年2月", 1, 42, "2026年1月", None],
        [None, "合计", "2人", None, 8, 49, None, "1人"],
        [None] * 8,
        ["共 2 名党员欠交党费，合计 49.00 元；其中连续六个月以上未交纳 1 名（红色标出）。"] + [None] * 7,
        ["按党章第九条，党员无正当理由连续六个月不交纳党费的视为自行脱党，须经支部党员大会讨论决定；本表只作提示。"]
        + [None] * 7]
    # the money is a number in yuan with the money format, the months a whole number
    assert ws["F5"].data_type == "n" and ws["F5"].number_format == "#,##0.00" and ws["E4"].number_format == "0"
    # the six-month row is red and bold in every cell; the others are not
    assert all(c.font.color is not None and c.font.color.rgb == RED and c.font.b for c in ws[4])
    assert all(c.font.color is None or c.font.color.rgb != RED for c in ws[5])
    assert all(c.font.color is None or c.font.color.rgb != RED for c in ws[6])
    assert ws.freeze_panes == "A4" and ws.print_title_rows == "$3:$3"
    assert (ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth) == ("landscape", 9, 1)


def test_no_arrears_means_nothing_is_exported(store, ledger, tmp_path):  # noqa: F811
    with pytest.raises(UserError, match="没有欠交党费的党员，未导出"):
        export_arrears(store, tmp_path / "none.xlsx", ledger["branch"], as_of=dt.date(2025, 7, 20))
    assert not list(tmp_path.glob("*.xlsx*")) and not list(tmp_path.glob(".none*"))


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_exports_the_arrears_list_and_refuses_bad_input(store, ledger, capsys, tmp_path):  # noqa: F811
    db = store.path
    store.close()
    code, out, err = run(capsys, "export", "dues-arrears", "--db", db, "--as-of", "2026-03-15",
                         "--out", tmp_path / "a.xlsx", "--json")
    assert code == 0, err
    assert json.loads(out) == {"out": str(tmp_path / "a.xlsx"), "org": "李家村", "members": 2}
    ws = load_workbook(tmp_path / "a.xlsx").active
    assert [r[2] for r in values(ws, 4, 6)] == ["李四", "张建国", "2人"]
    code, out, err = run(capsys, "export", "dues-arrears", "--db", db, "--org", "李家村党支部", "--as-of", "2026-03-15",
                         "--out", tmp_path / "b.xlsx")
    assert code == 0 and out.strip() == f"已导出李家村党支部欠交党费党员名单（2 名党员）：{tmp_path / 'b.xlsx'}"
    for bad, message in ((["--as-of", "2026-02-30"], "--as-of“2026-02-30”不是有效日期"),
                         (["--as-of", "2025-07-20"], "没有欠交党费的党员，未导出"),
                         (["--branch", "王家村党支部"], "王家村党支部"),
                         (["--as-of", "2026-03-15", "--out", tmp_path / "a.csv"], "导出的文件名应以 .xlsx 结尾")):
        args = bad if "--out" in bad else [*bad, "--out", tmp_path / "bad.xlsx"]
        code, out, err = run(capsys, "export", "dues-arrears", "--db", db, *args)
        assert code == cli.EXIT_USER_ERROR and out == "" and message in err, (bad, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "bad.xlsx").exists() and not (tmp_path / "a.csv").exists()


# ----- the stocktake ---------------------------------------------------------------------------

@pytest.fixture
def counted(store, site):  # noqa: F811
    """The count of test_sites_reports: 会议桌 matches, the TV is damaged, 20 books and the table
    tennis table are missing; closed with the uncounted table as 0."""
    st = sites.start_stocktake(store, site, on="2026-06-01", title="2026年年中盘点", counted_by="李建国、王秀兰")
    lines = {l["asset_no"]: l["asset_uuid"] for l in sites.stocktake_lines(store, st)}
    sites.record_count(store, st, lines["ZC-LJC-00001"], 2)
    sites.record_count(store, st, lines["ZC-LJC-00002"], 1, "待修", note="屏幕有裂纹")
    sites.record_count(store, st, lines["ZC-LJC-00003"], 1180)
    return st


LINES = [
    [1, "ZC-LJC-00001", "会议桌", "党员活动室", "张", 2, 2, None, "良好", "良好", "相符", 850, None, None],
    [2, "ZC-LJC-00002", "电视机", "党员活动室", "台", 1, 1, None, "良好", "待修", "状况不符", 3299, None, "屏幕有裂纹"],
    [3, "ZC-LJC-00003", "农家书屋图书", "农家书屋", "册", 1200, 1180, -20, "良好", "良好", "盘亏", 25.5, -510, None],
]


def test_stocktake_cell_by_cell_with_discrepancies_and_signature_lines(store, counted, tmp_path):
    sites.close_stocktake(store, counted, on="2026-06-02", missing_uncounted=True)
    result = export_stocktake(store, tmp_path / "st.xlsx", counted)
    assert result.rows == 4
    wb = load_workbook(result.path)
    assert wb.sheetnames == ["资产盘点表", "盘点差异明细"]
    ws = wb["资产盘点表"]
    subtitle = "单位：红星乡党委 / 李家村　　场所：李家村党群服务中心　　盘点时间：2026-06-01 至 2026-06-02　　2026年年中盘点"
    assert (ws["A1"].value, ws["A2"].value) == ("资产盘点表", subtitle)
    assert [c.value for c in ws[3]] == STOCKTAKE_HEADERS
    table = LINES + [[4, "ZC-LJC-00004", "乒乓球台", None, "张", 1, 0, -1, "待修", "待修", "盘亏", 1800, -1800, "未找到"]]
    assert values(ws, 4, 7) == table
    assert [r[0] for r in values(ws, 8)] == [None, FIGURES, "盘点人：李建国、王秀兰", SIGNATURES]
    assert "盘点人签字：" in SIGNATURES and "监盘人：" in SIGNATURES and "资产保管人：" in SIGNATURES
    assert ws["L6"].number_format == ws["M6"].number_format == "#,##0.00" and ws["M6"].data_type == "n"
    assert ws["G6"].number_format == "0" and ws["H6"].value == -20
    diff = wb["盘点差异明细"]
    assert (diff["A1"].value, diff["A2"].value) == ("盘点差异明细", subtitle)
    assert values(diff, 4, 6) == [[i, *row[1:]] for i, row in enumerate(table[1:], 1)]
    assert [r[0] for r in values(diff, 7)] == [None, FIGURES, "盘点人：李建国、王秀兰", SIGNATURES]
    assert sum(r[12] for r in values(diff, 4, 6) if r[12]) == -2310           # the value of the discrepancies


def test_an_open_stocktake_says_it_is_not_a_conclusion(store, counted, tmp_path):
    ws = load_workbook(export_stocktake(store, tmp_path / "open.xlsx", counted).path)["资产盘点表"]
    assert ws["A2"].value.endswith("盘点时间：2026-06-01（盘点中）　　2026年年中盘点")
    assert values(ws, 7, 7) == [[4, "ZC-LJC-00004", "乒乓球台", None, "张", 1, None, None, "待修", None, "未盘", 1800,
                                 None, None]]
    assert ws["A9"].value == "注意：本次盘点尚未结束，本表是导出时的盘点进度，不作为盘点结论。"
    assert ws["A10"].value.endswith("状况不符 1 项；未盘 1 项。")


def test_cli_exports_the_stocktake_and_refuses_bad_input(store, site, capsys, tmp_path):  # noqa: F811
    db = store.path
    code, _, err = run(capsys, "export", "stocktake", "--db", db, "--out", tmp_path / "s.xlsx")
    assert code == cli.EXIT_USER_ERROR and err.strip() == "错误：“李家村党群服务中心”还没有盘点记录"
    sites.start_stocktake(store, site, on="2026-06-01")
    store.close()
    code, out, err = run(capsys, "export", "stocktake", "--db", db, "--stocktake", "2026-06-01",
                         "--out", tmp_path / "s.xlsx", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["started_on"], data["status"], data["lines"]) == ("2026-06-01", "open", 4)
    assert [r[1] for r in values(load_workbook(tmp_path / "s.xlsx").active, 4, 7)] == [
        "ZC-LJC-00001", "ZC-LJC-00002", "ZC-LJC-00003", "ZC-LJC-00004"]
    code, out, err = run(capsys, "export", "stocktake", "--db", db, "--stocktake", "2025-12-20",
                         "--out", tmp_path / "t.xlsx")
    assert code == cli.EXIT_USER_ERROR and out == "" and len(err.strip().splitlines()) == 1
    assert "没有“2025-12-20”这次盘点" in err and not (tmp_path / "t.xlsx").exists()


# ----- the buttons -----------------------------------------------------------------------------

def save_as(monkeypatch, target):
    seen = {}

    def ask(parent, title, proposed, filters):
        seen.update(title=title, proposed=proposed, filters=filters)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return seen


def test_the_arrears_tab_exports_its_list(qtbot, store, ledger, monkeypatch, tmp_path):  # noqa: F811
    page = DuesPage(store, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.set_org(ledger["branch"], "李家村党支部")
    page.tabs.setCurrentIndex(TABS["arrears"])
    assert page.arrears_excel_button.isVisible() and page.arrears_excel_button.isEnabled()
    seen = save_as(monkeypatch, tmp_path / "欠交")                       # no suffix typed: .xlsx added
    shown = {}

    def done(box):
        shown["text"] = box.text()
        box.accept()

    drive_modal(lambda: qtbot.mouseClick(page.arrears_excel_button, Qt.MouseButton.LeftButton), done, want=QMessageBox)
    assert seen["title"] == "导出欠交党费党员名单" and seen["proposed"].endswith("李家村党支部欠交党费名单2026-03-15.xlsx")
    assert shown["text"] == f"已导出到：\n{tmp_path / '欠交.xlsx'}"
    ws = load_workbook(tmp_path / "欠交.xlsx").active
    assert [r[2:6] for r in values(ws, 4, 5)] == [["李四", "2025年8月至2026年2月", 7, 7], ["张建国", "2026年2月", 1, 42]]
    assert ws["C4"].font.color.rgb == RED


def test_the_stocktake_panel_exports_the_chosen_count(qtbot, store, counted, monkeypatch, tmp_path):
    panel = StocktakePanel(store, today=dt.date(2026, 6, 1))
    qtbot.addWidget(panel)
    panel.show()
    panel.set_site(sites.get_stocktake(store, counted)["site_uuid"])
    assert panel.excel_button.isEnabled()
    seen = save_as(monkeypatch, tmp_path / "盘点.xlsx")
    drive_modal(lambda: qtbot.mouseClick(panel.excel_button, Qt.MouseButton.LeftButton), lambda b: b.accept(),
                want=QMessageBox)
    assert seen["proposed"].endswith("李家村党群服务中心资产盘点表2026-06-01.xlsx")
    wb = load_workbook(tmp_path / "盘点.xlsx")
    assert values(wb["资产盘点表"], 4, 6) == LINES
    assert [r[1] for r in values(wb["盘点差异明细"], 4, 5)] == ["ZC-LJC-00002", "ZC-LJC-00003"]


def test_the_stocktake_button_waits_for_a_count(qtbot, store, site):  # noqa: F811
    panel = StocktakePanel(store)
    qtbot.addWidget(panel)
    panel.set_site(site)
    assert not panel.excel_button.isEnabled()


# ----- a real spreadsheet program opens them ---------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                                            "apt-get install --no-install-recommends libreoffice-calc")
def test_libreoffice_opens_and_converts_both_exports(store, ledger, counted, tmp_path):  # noqa: F811
    arrears = export_arrears(store, tmp_path / "arrears.xlsx", ledger["branch"], as_of=TODAY).path
    stocktake = export_stocktake(store, tmp_path / "stocktake.xlsx", counted).path
    out = tmp_path / "csv"
    run = subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                          "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out),
                          str(arrears), str(stocktake)], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    with open(out / "arrears.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[2] == ARREARS_HEADERS
    assert rows[3] == ["1", "李家村党支部", "李四", "2025年8月至2026年2月", "7", "7.00", "2025年7月",
                       "连续7个月：2025年8月至2026年2月"]
    assert rows[5][:6] == ["", "合计", "2人", "", "8", "49.00"]
    with open(out / "stocktake.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[2] == STOCKTAKE_HEADERS
    assert rows[5][:13] == ["3", "ZC-LJC-00003", "农家书屋图书", "农家书屋", "册", "1200", "1180", "-20", "良好", "良好",
                            "盘亏", "25.50", "-510.00"]
