"""The Excel import wizard and the roster page's Excel buttons, driven through their real widgets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from openpyxl import load_workbook

from djdesk.core import backup, members, orgs
from djdesk.core.excel import roster_import as ri
from djdesk.core.settings import Settings
from djdesk.ui import import_wizard as iw
from djdesk.ui.qt import QMessageBox, Qt, QWizard
from djdesk.ui.roster_page import RosterPage

CORPUS = Path(__file__).parent / "data" / "excel"
_spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
mc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mc)


@pytest.fixture
def branch(store):
    return next(n.uuid for n in orgs.tree(store) if n.kind == "branch")


def click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def open_wizard(qtbot, store, tmp_path, name):
    settings = Settings(tmp_path / "settings.json")
    w = iw.ImportWizard(store, settings, org_uuid=store.meta["scope_org_uuid"], today=mc.TODAY)
    qtbot.addWidget(w)
    w.show()
    w.ui.fileEdit.setText(str(CORPUS / name))
    w.ui.fileEdit.editingFinished.emit()
    return w, settings


def test_wizard_imports_a_messy_sheet_with_decisions(qtbot, store, branch, tmp_path):
    for m in mc.SEED_MEMBERS:
        members.add_member(store, {**m, "org_uuid": branch}, today=mc.TODAY)
    w, settings = open_wizard(qtbot, store, tmp_path, "duplicates.xlsx")
    ui = w.ui
    assert [ui.sheetCombo.itemText(i) for i in range(ui.sheetCombo.count())] == ["花名册"]
    assert ui.targetCombo.currentText() == "李家村党支部"

    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == iw.MAPPING_PAGE
    assert (ui.headerFromSpin.value(), ui.headerToSpin.value()) == (2, 2)
    assert ui.headerInfoLabel.text() == "（已识别：第 2 行是表头，数据从第 3 行开始）"
    assert [ui.mappingTable.item(i, 1).text() for i in range(ui.mappingTable.rowCount())] == [
        "姓名", "性别", "出生日期", "身份证号", "入党时间", "转正时间", "党员类别", "所在党支部", "党小组", "联系电话"]
    assert ui.mappingTable.item(0, 2).text() == "王建国，李秀兰，张明"
    assert w.current_mapping()[9] == "phone"
    phone = w.findChild(type(w._combos[0]), "mappingJ")
    phone.setCurrentIndex(phone.findData(""))                 # the clerk leaves the phones out

    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == iw.PREVIEW_PAGE
    table = ui.previewTable
    assert table.rowCount() == 10
    assert [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())] == [
        "行", "姓名", "性别", "出生日期", "身份证号", "入党时间", "转正时间", "党员类别", "所在党支部", "党小组"]
    assert [table.item(0, j).text() for j in range(4)] == ["3", "王建国", "男", "1965-03-15"]

    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == iw.REPORT_PAGE
    assert ui.summaryLabel.text() == ("“duplicates.xlsx”工作表“花名册”：将新增 3 名、更新 1 名，无变化 1 名；跳过 3 行，"
                                      "待定 2 行。共 3 处错误、2 处提醒。")
    problems = ui.problemsTable
    assert problems.rowCount() == len(w.plan.problems)
    shown = [(problems.item(i, 0).text(), problems.item(i, 1).text(), problems.item(i, 2).text())
             for i in range(problems.rowCount()) if problems.item(i, 2).text() != "说明"]
    assert shown == [("5", "A（姓名）", "待定"), ("7", "D（身份证号）", "错误"), ("8", "D（身份证号）", "提醒"),
                     ("9", "A（姓名）", "错误"), ("10", "H（所在党支部）", "错误"), ("11", "I（党小组）", "提醒"),
                     ("12", "A（姓名）", "待定")]
    assert ui.decisionsLabel.text() == "以下 2 行需要您决定（不选择则跳过）："
    assert ui.decisionsTable.rowCount() == 2
    decision = w.findChild(type(w._combos[0]), "decision5")
    assert [decision.itemText(i) for i in range(decision.count())] == [
        "作为新党员新增", "是同一人，更新库中记录", "跳过本行"]
    assert decision.currentData() == ri.SKIPPED
    decision.setCurrentIndex(decision.findData(ri.ADD))
    assert store.scalar("SELECT count(*) FROM member") == 3          # nothing written before the commit

    click(qtbot, w, QWizard.WizardButton.CommitButton)
    assert w.currentId() == iw.DONE_PAGE
    assert ui.resultLabel.text().startswith("已导入：新增 4 名，更新 1 名；无变化 1 名，跳过 4 行。")
    assert (w.result.imported, w.result.updated) == (4, 1)
    assert store.scalar("SELECT count(*) FROM member WHERE deleted = 0") == 7
    assert store.scalar("SELECT count(*) FROM member WHERE name = '张明'") == 2
    assert store.scalar("SELECT count(*) FROM member WHERE phone != ''") == 1        # only the seeded one
    assert [e.kind for e in backup.list_backups(store.path)] == ["before-excel-import"]
    remembered = settings.get("import_mappings")
    assert len(remembered) == 1 and list(remembered.values())[0]["fields"][9] is None


def test_wizard_reports_unreadable_files_on_the_first_page(qtbot, store, tmp_path):
    (tmp_path / "旧.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    w = iw.ImportWizard(store, Settings(tmp_path / "s.json"), today=mc.TODAY)
    qtbot.addWidget(w)
    w.show()
    w.ui.fileEdit.setText(str(tmp_path / "旧.xls"))
    w.ui.fileEdit.editingFinished.emit()
    assert w.ui.fileErrorLabel.text().startswith("文件“旧.xls”是旧版 Excel 97-2003 格式（.xls），本软件只能读取 .xlsx。")
    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == iw.FILE_PAGE


def test_header_rows_can_be_corrected_and_mapping_is_checked(qtbot, store, tmp_path):
    w, _ = open_wizard(qtbot, store, tmp_path, "wps_title_merged.xlsx")
    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert (w.ui.headerFromSpin.value(), w.ui.headerToSpin.value()) == (3, 4)
    assert w.ui.mappingTable.item(7, 1).text() == "党内情况/入党时间"
    w.set_mapping(1, None)                                            # no 姓名 column any more
    click(qtbot, w, QWizard.WizardButton.NextButton)
    assert w.currentId() == iw.MAPPING_PAGE
    assert w.ui.mappingErrorLabel.text() == "请指定哪一列是“姓名”"
    w.ui.headerFromSpin.setValue(4)                                   # the header is row 4 only
    assert w.ui.mappingTable.item(7, 1).text() == "入党时间"
    assert w.current_mapping()[1] == "name"


def test_roster_page_exports_the_shown_members_and_the_template(qtbot, store, branch, tmp_path, monkeypatch):
    members.add_member(store, {**mc.SEED_MEMBERS[0], "org_uuid": branch}, today=mc.TODAY)
    page = RosterPage(store)
    qtbot.addWidget(page)
    page.set_org(store.meta["scope_org_uuid"], "李家村")
    assert [b.text() for b in (page.import_button, page.export_button, page.template_button)] == [
        "导入Excel…", "导出Excel…", "空白导入模板…"]
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    from djdesk.ui.qt import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "花名册"), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert told == [f"已导出 1 名党员到：\n{tmp_path / '花名册.xlsx'}"]
    assert load_workbook(tmp_path / "花名册.xlsx")["党员花名册"]["B4"].value == "王建国"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "模板.xlsx"), ""))
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    assert told[-1] == f"空白导入模板已保存到：\n{tmp_path / '模板.xlsx'}\n填好后点“导入Excel…”导入。"
    assert load_workbook(tmp_path / "模板.xlsx").sheetnames == ["党员名单", "代码表", "填写说明"]
