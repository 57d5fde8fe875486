"""The 报表 section: the catalogue of registers per org (core) and printing/exporting from the page."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from djdesk.core import orgs, registers
from djdesk.core.demo import create_demo
from djdesk.core.store import Store
from djdesk.ui.pdf_preview import PdfPreviewDialog
from djdesk.ui.qt import QFileDialog, QMessageBox, Qt
from djdesk.ui.reports_page import ReportsPage
from tests.uihelpers import drive_modal

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def township_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports") / "township.sqlite"
    create_demo(path, "township", seed=1, today=TODAY).close()
    return path


@pytest.fixture
def town(township_db):
    store = Store.open(township_db, lock=False)
    yield store
    store.close()


def _org(store, kind):
    return next(n for n in orgs.tree(store) if n.kind == kind)


def test_the_catalogue_follows_the_selected_org(town):
    township, village = _org(town, "township"), _org(town, "village")
    assert [(r.title, r.scope) for r in registers.registers_for(town, township.uuid)] == [
        ("党员花名册", township.name), ("党费收缴情况汇总表", township.name), ("党费上缴凭证清单", township.name),
        ("乡镇党建工作汇总表", township.name)]
    regs = registers.registers_for(town, village.uuid)
    branch = next(n for n in orgs.tree(town, village.uuid) if n.kind == "branch")
    assert [(r.kind, r.target) for r in regs[:3]] == [
        (registers.ROSTER, village.uuid), (registers.MEETINGS_YEAR, branch.uuid), (registers.DUES_YEAR, branch.uuid)]
    assert regs[-1].title == "固定资产登记表" and regs[-1].scope.startswith(village.name)
    assert [r.title for r in registers.registers_for(town, branch.uuid)] == ["党员花名册", "三会一课记录本", "党费收缴登记表"]
    assert regs[2].file_name(2025, ".pdf") == f"党费收缴登记表-{branch.name}-2025.pdf"


def test_every_register_of_a_village_and_its_township_prints_and_exports(town, tmp_path):
    township, village = _org(town, "township"), _org(town, "village")
    for reg in registers.registers_for(town, village.uuid) + registers.registers_for(town, township.uuid)[1:]:
        pdf = tmp_path / reg.file_name(2025, ".pdf")
        result = registers.render(town, reg, 2025, pdf, as_of=TODAY)
        text = "".join(p.extract_text() for p in PdfReader(pdf).pages[:3])
        assert result.pages >= 1
        printed = "“三会一课”及组织生活记录" if reg.kind == registers.MEETINGS_YEAR else reg.title
        assert printed in "".join(text.split()), (reg, text[:200])
        if reg.excel:
            xlsx = registers.export(town, reg, 2025, tmp_path / reg.file_name(2025, ".xlsx"), as_of=TODAY)
            assert load_workbook(xlsx).worksheets[0].max_row > 3


def test_the_page_previews_the_chosen_register_and_exports_it(qtbot, township_db, tmp_path, monkeypatch):
    store = Store.open(township_db, lock=False)
    page = ReportsPage(store)
    qtbot.addWidget(page)
    village = _org(store, "village")
    page.set_org(village.uuid, village.name)
    page.year_spin.setValue(2025)
    titles = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert titles[:3] == ["党员花名册", "三会一课记录本", "党费收缴登记表"]

    page.table.selectRow(2)                                      # 党费收缴登记表, 2025
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        seen["pages"] = dialog.document.pageCount()
        seen["text"] = PdfReader(dialog.pdf_path).pages[0].extract_text()
    drive_modal(lambda: qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton), look, want=PdfPreviewDialog)
    assert seen["title"].startswith("党费收缴登记表 — ") and seen["pages"] >= 1
    assert "2025年度党费收缴登记表" in seen["text"]

    target = tmp_path / "登记表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    drive_modal(lambda: qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton),
                lambda box: box.accept(), want=QMessageBox)
    assert load_workbook(target).worksheets[0]["A1"].value.startswith("2025年度党费收缴登记表")
    store.close()


def test_a_register_with_nothing_to_print_says_so_and_offers_no_excel(qtbot, township_db):
    store = Store.open(township_db, lock=False)
    page = ReportsPage(store)
    qtbot.addWidget(page)
    township = _org(store, "township")
    page.set_org(township.uuid, township.name)
    page.table.selectRow(1)                                      # 党费收缴情况汇总表: PDF only
    assert page.print_button.isEnabled() and not page.excel_button.isEnabled()
    page.year_spin.setValue(1990)                                # no meetings that year: binder refused
    page.set_org(_org(store, "village").uuid, "")
    page.table.selectRow(1)
    messages = []
    drive_modal(lambda: page.print_selected(), lambda box: messages.append(box.text()), want=QMessageBox)
    assert messages and "1990年没有会议记录" in messages[0]
    store.close()
