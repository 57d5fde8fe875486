"""The asset import through the wizard from the 活动场所 page (issue #6, assets part), driven
through the real widgets: the page's button opens the wizard (modal, tests/uihelpers.py), the
clerk goes through file → mapping → preview → report and imports, or cancels on the report."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from djdesk.core import backup, sites
from djdesk.core.store import Store
from djdesk.ui import import_wizard as iw
from djdesk.ui.qt import QFileDialog, QMessageBox, Qt, QWizard
from djdesk.ui.sites_page import SitesPage
from test_assets_import import messy_sheet, site  # noqa: F401  (the fixture: 李家村 LJC, three rooms)
from uihelpers import drive_modal

TODAY = dt.date(2025, 6, 30)


@pytest.fixture
def page(qtbot, store, site):
    p = SitesPage(store, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    p.set_org(store.meta["scope_org_uuid"], "李家村")
    return p


def click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def cells(table, columns=None):
    columns = range(table.columnCount()) if columns is None else columns
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in columns] for r in range(table.rowCount())]


def to_report_page(qtbot, w, path):
    """File → mapping → preview → report, checking what each page shows on the way."""
    ui = w.ui
    assert w.windowTitle() == "从 Excel 导入资产"
    assert ui.targetLabel.text() == "登记到活动场所"
    assert ui.targetCombo.currentText() == "李家村党群服务中心"
    ui.fileEdit.setText(str(path))
    ui.fileEdit.editingFinished.emit()
    assert ui.sheetCombo.currentText() == "资产清单"
    click(qtbot, w, QWizard.WizardButton.NextButton)

    assert w.currentId() == iw.MAPPING_PAGE
    assert (ui.headerFromSpin.value(), ui.headerToSpin.value()) == (2, 3)
    assert cells(ui.mappingTable, (0, 1)) == [
        ["A", "序号"], ["B", "资产名称"], ["C", "规格型号"], ["D", "数量"], ["E", "单位"], ["F", "价值/单价(元)"],
        ["G", "价值/金额(元)"], ["H", "购置日期"], ["I", "资金来源"], ["J", "存放地点"], ["K", "状况"], ["L", "备注"]]
    assert [c.currentText() for c in w._combos] == [
        "（不导入）", "资产名称", "规格型号", "数量", "单位", "单价", "金额", "购置日期", "来源", "存放地点", "状况", "备注"]
    assert ui.mappingTable.item(1, 2).text() == "会议桌，投影仪，图书"
    click(qtbot, w, QWizard.WizardButton.NextButton)

    assert w.currentId() == iw.PREVIEW_PAGE
    preview = ui.previewTable
    assert [preview.horizontalHeaderItem(j).text() for j in range(preview.columnCount())] == [
        "行", "资产名称", "规格型号", "数量", "单位", "单价", "金额", "购置日期", "来源", "存放地点", "状况", "备注"]
    assert cells(preview)[1] == ["5", "投影仪", "EPSON CB-X06", "1", "台", "3,500.00", "", "2021-03（按1日）", "自购",
                                 "会议室", "良好", ""]
    assert preview.item(3, 5).text().startswith("⚠ 单价“八十”不是有效的金额")
    click(qtbot, w, QWizard.WizardButton.NextButton)

    assert w.currentId() == iw.REPORT_PAGE
    assert ui.reportPage.subTitle().endswith("所有新资产在一次操作中登记。")
    assert ui.summaryLabel.text() == ("“messy.xlsx”工作表“资产清单”：将新增 5 项（21,330.00 元），已在台账 0 项；"
                                      "跳过 3 行。共 3 处错误、2 处提醒。")
    shown = [row[:3] for row in cells(ui.problemsTable) if row[2] in ("错误", "提醒")]
    assert shown == [["8", "F（价值/单价(元)）", "错误"], ["9", "G（价值/金额(元)）", "错误"],
                     ["10", "I（资金来源）", "提醒"], ["10", "J（存放地点）", "错误"], ["12", "I（资金来源）", "提醒"]]
    assert any(row[:2] == ["10", "J（存放地点）"] and "“村委会二楼”不是“李家村党群服务中心”的功能室" in row[3]
               for row in cells(ui.problemsTable))
    assert not ui.decisionsTable.isVisible()


def test_assets_come_in_through_the_wizard_and_the_list_shows_them(qtbot, page, store, site, tmp_path):
    path = messy_sheet(tmp_path / "messy.xlsx")
    assert page.import_button.text() == "从 Excel 导入资产…" and page.import_button.isEnabled()
    assert page.model.rowCount() == 0
    seen = {}

    def go(w: iw.ImportWizard):
        to_report_page(qtbot, w, path)
        assert store.scalar("SELECT count(*) FROM asset") == 0            # nothing written before the commit
        click(qtbot, w, QWizard.WizardButton.CommitButton)
        assert w.currentId() == iw.DONE_PAGE
        seen["result"] = w.ui.resultLabel.text()
        click(qtbot, w, QWizard.WizardButton.FinishButton)

    drive_modal(lambda: qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton), go, iw.ImportWizard)
    assert seen["result"].startswith("已导入：新增 5 项，已在台账 0 项，跳过 3 行。\n\n导入前的数据已自动备份到：")
    rows = store.query("SELECT asset_no, name, quantity, unit_value_fen, site_uuid FROM asset WHERE deleted = 0 "
                       "ORDER BY seq")
    assert [(r["asset_no"], r["name"], r["quantity"], r["unit_value_fen"]) for r in rows] == [
        ("ZC-LJC-00001", "会议桌", 2, 85000), ("ZC-LJC-00002", "投影仪", 1, 350000), ("ZC-LJC-00003", "图书", 600, 2550),
        ("ZC-LJC-00004", "党旗", 5, 3000), ("ZC-LJC-00005", "文件柜", 1, 68000)]
    assert {r["site_uuid"] for r in rows} == {site}
    model = page.model
    assert [[model.data(model.index(r, c)) for c in (0, 2, 4, 6)] for r in range(model.rowCount())] == [
        ["ZC-LJC-00001", "会议桌", "2", "850.00"], ["ZC-LJC-00002", "投影仪", "1", "3,500.00"],
        ["ZC-LJC-00003", "图书", "600", "25.50"], ["ZC-LJC-00004", "党旗", "5", "30.00"],
        ["ZC-LJC-00005", "文件柜", "1", "680.00"]]
    assert "在账 5 项 609 件，合计 21,330.00 元" in page.totals_label.text()
    assert [e.kind for e in backup.list_backups(store.path)] == ["before-excel-import"]
    # the layout's mapping is remembered for the asset importer only
    from djdesk.core.settings import Settings

    assert list(Settings().get("import_mappings"))[0].startswith("assets:")


def test_cancelling_on_the_report_page_writes_nothing(qtbot, page, store, tmp_path):
    path = messy_sheet(tmp_path / "messy.xlsx")

    def go(w: iw.ImportWizard):
        to_report_page(qtbot, w, path)
        click(qtbot, w, QWizard.WizardButton.CancelButton)
        assert not w.isVisible() and w.result is None

    drive_modal(lambda: qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton), go, iw.ImportWizard)
    assert store.scalar("SELECT count(*) FROM asset") == 0
    assert store.scalar("SELECT count(*) FROM asset_event") == 0
    assert backup.list_backups(store.path) == []
    assert page.model.rowCount() == 0


def test_the_blank_template_is_offered_on_the_first_page(qtbot, store, site, tmp_path, monkeypatch):
    w = iw.ImportWizard(store, None, iw.ASSETS, target=site, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    assert w.ui.templateButton.text() == "下载空白模板…"
    asked, told = [], []

    def save_as(parent, title, proposed, filter_):
        asked.append((title, proposed.rsplit("/", 1)[-1]))
        return str(tmp_path / "资产模板"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    qtbot.mouseClick(w.ui.templateButton, Qt.MouseButton.LeftButton)
    assert asked == [("保存空白导入模板", "活动场所资产清单导入模板.xlsx")]
    assert told == [f"空白导入模板已保存到：\n{tmp_path / '资产模板.xlsx'}\n填好后在“Excel 文件”中选择它导入。"]
    assert load_workbook(tmp_path / "资产模板.xlsx").sheetnames == ["资产清单", "填写说明"]
    roster = iw.ImportWizard(store, None, today=TODAY)                # the roster wizard offers its own
    qtbot.addWidget(roster)
    qtbot.mouseClick(roster.ui.templateButton, Qt.MouseButton.LeftButton)
    assert asked[-1] == ("保存空白导入模板", "党员花名册导入模板.xlsx")
    assert load_workbook(tmp_path / "资产模板.xlsx").sheetnames == ["党员名单", "代码表", "填写说明"]


def test_the_button_needs_a_site_and_a_writable_database(qtbot, store, site):
    village = store.meta["scope_org_uuid"]
    page = SitesPage(store, today=TODAY)
    qtbot.addWidget(page)
    page.set_org(village, "李家村")
    assert page.import_button.isEnabled()
    sites.remove_site(store, site)
    page.set_org(village, "李家村")
    assert not page.import_button.isEnabled()
    other = sites.save_site(store, {"name": "二组活动室"}, org_uuid=village)
    store.close()
    reader = Store.open(store.path, read_only=True)
    try:
        page = SitesPage(reader, today=TODAY)
        qtbot.addWidget(page)
        page.set_org(village, "李家村")
        assert page.site_uuid() == other and not page.import_button.isEnabled()
    finally:
        reader.close()


def test_the_clerks_mapping_is_used_and_remembered_for_the_next_asset_list(qtbot, store, site, tmp_path):
    from djdesk.core.settings import Settings

    path = messy_sheet(tmp_path / "messy.xlsx")
    settings = Settings(tmp_path / "settings.json")

    def open_at_mapping():
        w = iw.ImportWizard(store, settings, iw.ASSETS, target=site, today=TODAY)
        qtbot.addWidget(w)
        w.show()
        w.ui.fileEdit.setText(str(path))
        w.ui.fileEdit.editingFinished.emit()
        click(qtbot, w, QWizard.WizardButton.NextButton)
        assert w.currentId() == iw.MAPPING_PAGE
        return w

    w = open_at_mapping()
    assert w.current_mapping()[9] == "room"
    w.set_mapping(9, None)                                  # 存放地点 left out: the unknown room is no error
    w.set_mapping(1, None)
    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == iw.MAPPING_PAGE and w.ui.mappingErrorLabel.text() == "请指定哪一列是“资产名称”"
    w.set_mapping(1, "name")
    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert "存放地点" not in [w.ui.previewTable.horizontalHeaderItem(j).text()
                          for j in range(w.ui.previewTable.columnCount())]
    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == iw.REPORT_PAGE
    assert w.ui.summaryLabel.text().startswith("“messy.xlsx”工作表“资产清单”：将新增 6 项")
    assert "表中没有存放地点列：资产登记为未指定存放位置" in [w.ui.problemsTable.item(i, 3).text()
                                                  for i in range(w.ui.problemsTable.rowCount())]
    click(qtbot, w, QWizard.WizardButton.CancelButton)
    assert store.scalar("SELECT count(*) FROM asset") == 0

    again = open_at_mapping()                               # the same layout: the clerk's choice comes back
    assert again.current_mapping()[9] is None and again.current_mapping()[1] == "name"
