"""The 活动场所 page, driven like a clerk would: the asset dialog, disposals and their history,
stocktakes by (simulated) barcode scanner and keyboard, the site dialog, the township overview.

A USB scanner is a keyboard: the label code followed by Enter, so qtbot.keyClicks of the ASCII
code plus an Enter key press is exactly what it sends. Chinese text goes in with setText
(keyClicks with Chinese aborts, TECH-NOTES). Modal dialogs are driven from a timer started
before the click that opens them (tests/uihelpers.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from djdesk.core import sites
from djdesk.ui.asset_dialogs import AssetDialog, AssetEventDialog
from djdesk.ui.qt import QApplication, QInputDialog, QMessageBox, Qt
from djdesk.ui.sites_dialogs import SiteDialog, SiteLogDialog
from djdesk.ui.sites_page import PAGE_EMPTY, PAGE_OVERVIEW, PAGE_SITE, SitesPage
from test_sites import village  # noqa: F401  (the fixture: 李家村 with the code LJC)
from uihelpers import click_ok, drive_modal

TODAY = dt.date(2025, 6, 30)


@pytest.fixture
def site(store, village):
    uuid = sites.save_site(store, {"name": "李家村党群服务中心", "address": "李家村村委会院内", "building_area": "320.5",
                                   "land_area": 1200, "year_built": 2016, "ownership": "村集体所有",
                                   "responsible": "李明", "opening_hours": "工作日 8:30-17:30"},
                           org_uuid=village["uuid"])
    rooms = {kind: sites.save_room(store, uuid, {"kind": kind, "area": area})
             for kind, area in (("党员活动室", 60), ("农家书屋", 40))}
    sites.add_funding(store, uuid, {"source": "县级财政", "amount_fen": 30_000_000, "year": 2016})
    assets = [
        sites.add_asset(store, uuid, {"category": "家具", "name": "会议桌", "unit": "张", "quantity": 2,
                                      "unit_value_fen": 85000, "source": "上级配发", "acquired_on": "2019-09-01",
                                      "room_uuid": rooms["党员活动室"]}),
        sites.add_asset(store, uuid, {"category": "电子设备", "name": "投影仪", "unit": "台", "quantity": 1,
                                      "unit_value_fen": 320000, "source": "自购", "acquired_on": "2020-03-15",
                                      "room_uuid": rooms["党员活动室"]}),
        sites.add_asset(store, uuid, {"category": "图书", "name": "农家书屋图书", "unit": "册", "quantity": 120,
                                      "unit_value_fen": 2500, "source": "捐赠", "acquired_on": "2021-05-01",
                                      "room_uuid": rooms["农家书屋"]}),
    ]
    return {"uuid": uuid, "rooms": rooms, "assets": assets}


@pytest.fixture
def page(qtbot, store, village, site):
    p = SitesPage(store, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    p.set_org(village["uuid"], "李家村")
    return p


def table_rows(page):
    model = page.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def history_rows(page):
    t = page.history
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def answer_yes(dialog):
    dialog.button(QMessageBox.StandardButton.Yes).click()


# ----- the site ---------------------------------------------------------------------------------

def test_the_site_shows_its_key_figures_and_rooms(page):
    assert page.stack.currentIndex() == PAGE_SITE
    assert page.site_combo.currentText() == "李家村党群服务中心"
    figures = page.figures.text()
    for text in ("320.5 平方米", "1200 平方米", "2016年建成", "村集体所有", "县级财政 300,000.00 元", "工作日 8:30-17:30",
                 "李明", "2 个", "3 项 123 件，7,900.00 元"):
        assert text in figures
    rooms = page.rooms_table
    assert [(rooms.item(r, 0).text(), rooms.item(r, 2).text(), rooms.item(r, 4).text())
            for r in range(rooms.rowCount())] == [("党员活动室", "60", "2"), ("农家书屋", "40", "1")]


def test_a_new_site_with_rooms_is_made_through_the_dialog(qtbot, store, village):
    p = SitesPage(store, today=TODAY)
    qtbot.addWidget(p)
    p.show()
    p.set_org(village["uuid"], "李家村")
    assert p.stack.currentIndex() == PAGE_EMPTY and "还没有登记" in p.empty_label.text()

    def fill(dialog: SiteDialog):
        ui = dialog.ui
        ui.buildingAreaEdit.setText("一百")
        dialog.add_room()
        ui.roomsTable.cellWidget(0, 0).setCurrentText("调解室")
        ui.roomsTable.item(0, 2).setText("25")
        click_ok(qtbot, dialog)
        assert dialog.isVisible() and ui.building_areaError.text() == "建筑面积“一百”不是数字（单位：平方米）"
        assert store.scalar("SELECT count(*) FROM site") == 0 and store.scalar("SELECT count(*) FROM site_room") == 0
        ui.buildingAreaEdit.setText("180")
        click_ok(qtbot, dialog)
        assert not dialog.isVisible()

    drive_modal(lambda: qtbot.mouseClick(p.create_button, Qt.MouseButton.LeftButton), fill, SiteDialog)
    assert p.stack.currentIndex() == PAGE_SITE
    assert p.site_combo.currentText() == "李家村党群服务中心"
    assert "180 平方米" in p.figures.text()
    assert [p.rooms_table.item(0, c).text() for c in range(3)] == ["调解室", "调解室", "25"]


def test_the_township_sees_one_line_per_village(qtbot, store, site):
    township = store.query_one("SELECT uuid FROM org_unit WHERE kind = 'township'")["uuid"]
    p = SitesPage(store, today=TODAY)
    qtbot.addWidget(p)
    p.set_org(township, "红星乡党委")
    assert p.stack.currentIndex() == PAGE_OVERVIEW
    t = p.overview
    assert [t.item(0, c).text() for c in range(t.columnCount())] == [
        "李家村", "1", "320.5", "2", "3", "123", "7,900.00", "", "", "300,000.00", "未盘点"]
    assert "1 个村（社区），0 个未登记活动场所" in p.overview_label.text()


# ----- assets -----------------------------------------------------------------------------------

def test_adding_an_asset_through_the_dialog_shows_it_with_the_right_totals(qtbot, page, store, site):
    assert "在账 3 项 123 件，合计 7,900.00 元" in page.totals_label.text()

    def fill(dialog: AssetDialog):
        ui = dialog.ui
        assert "ZC-LJC-00004" in ui.assetNoLabel.text()
        ui.nameEdit.setText("文件柜")
        ui.categoryCombo.setCurrentText("家具")
        ui.unitCombo.setCurrentText("个")
        ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData("自购"))
        ui.quantitySpin.setValue(3)
        ui.unitValueEdit.setText("1,250.50")
        assert ui.valueLabel.text() == "金额：3 × 1,250.50 元 = 3,751.50 元"
        ui.roomCombo.setCurrentIndex(ui.roomCombo.findData(site["rooms"]["农家书屋"]))
        click_ok(qtbot, dialog)

    drive_modal(lambda: qtbot.mouseClick(page.add_asset_button, Qt.MouseButton.LeftButton), fill, AssetDialog)
    rows = table_rows(page)
    assert rows[-1][:12] == ["ZC-LJC-00004", "家具", "文件柜", "", "3", "个", "1,250.50", "3,751.50", "自购", "农家书屋",
                             "", "良好"]
    assert page.selected_asset() == page.model.uuid_at(3)
    totals = page.totals_label.text()
    assert "在账 4 项 126 件，合计 11,651.50 元" in totals
    assert "家具 2 项 5,451.50 元" in totals and "自购 2 项 6,951.50 元" in totals
    assert history_rows(page)[0][:2] == ["2025-06-30", "登记"]
    assert "4 项 126 件，11,651.50 元" in page.figures.text()


def test_bad_asset_values_are_shown_by_field_and_nothing_is_saved(qtbot, page, store):
    def fill(dialog: AssetDialog):
        dialog.ui.nameEdit.setText("")
        dialog.ui.unitValueEdit.setText("八百")
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.ui.nameError.text() == "请填写资产名称"
        assert dialog.ui.unit_value_fenError.text() == "单价“八百”不是有效的金额（例如 4200 或 4200.50）"

    drive_modal(page.add_asset, fill, AssetDialog)
    assert store.scalar("SELECT count(*) FROM asset") == 3 and page.model.rowCount() == 3


def test_filters_narrow_the_list_and_the_totals(page, site):
    page.category_filter.setCurrentIndex(page.category_filter.findData("家具"))
    assert [r[2] for r in table_rows(page)] == ["会议桌"]
    assert "在账 1 项 2 件，合计 1,700.00 元" in page.totals_label.text()
    page.category_filter.setCurrentIndex(0)
    page.room_filter.setCurrentIndex(page.room_filter.findData(site["rooms"]["党员活动室"]))
    assert [r[2] for r in table_rows(page)] == ["会议桌", "投影仪"]
    page.room_filter.setCurrentIndex(0)
    page.source_filter.setCurrentIndex(page.source_filter.findData("捐赠"))
    assert [r[0] for r in table_rows(page)] == ["ZC-LJC-00003"]
    page.source_filter.setCurrentIndex(0)
    page.search_edit.setText("投影")
    assert [r[2] for r in table_rows(page)] == ["投影仪"]


def test_a_disposal_appears_in_the_history_and_the_asset_stays_listed_as_scrapped(qtbot, page, store, site):
    projector = site["assets"][1]
    page.table.select_uuid(projector)

    def dispose(dialog: AssetEventDialog):
        ui = dialog.ui
        assert not ui.to_site_uuidLabel.isVisible() and ui.approval_refLabel.isVisible()
        click_ok(qtbot, dialog)                       # no approval reference: refused, nothing written
        assert dialog.isVisible() and ui.approval_refError.text() == "报废、处置资产须填写审批文号或审批记录"
        assert store.scalar("SELECT count(*) FROM asset_event WHERE asset_uuid = ?", (projector,)) == 1
        ui.approvalEdit.setText("李家村两委会议〔2025〕3号")
        ui.dateEdit.setText("2025-06-20")
        ui.personEdit.setText("李明")
        click_ok(qtbot, dialog)

    drive_modal(lambda: qtbot.mouseClick(page.dispose_button, Qt.MouseButton.LeftButton), dispose, AssetEventDialog)
    row = next(r for r in table_rows(page) if r[0] == "ZC-LJC-00002")
    assert row[11] == "报废（2025-06-20）"
    assert page.selected_asset() == projector
    assert history_rows(page)[-1] == ["2025-06-20", "报废", "报废 1 件；审批：李家村两委会议〔2025〕3号", "李明",
                                      "李家村两委会议〔2025〕3号"]
    assert "共 2 条，记录不能删除" in page.history_label.text()
    assert not page.dispose_button.isEnabled() and not page.move_button.isEnabled()
    assert "在账 2 项 122 件，合计 4,700.00 元" in page.totals_label.text()
    assert "另有已报废、处置 1 项" in page.totals_label.text()
    page.disposed_check.setChecked(False)
    assert [r[0] for r in table_rows(page)] == ["ZC-LJC-00001", "ZC-LJC-00003"]


def test_moving_an_asset_to_another_room_is_an_event(qtbot, page, store, site):
    page.table.select_uuid(site["assets"][0])

    def move(dialog: AssetEventDialog):
        assert dialog.ui.roomCombo.currentData() == site["rooms"]["农家书屋"]
        click_ok(qtbot, dialog)

    drive_modal(lambda: qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton), move, AssetEventDialog)
    assert table_rows(page)[0][9] == "农家书屋"
    assert history_rows(page)[-1][:3] == ["2025-06-30", "调拨",
                                          "从 李家村党群服务中心 / 党员活动室 调拨到 李家村党群服务中心 / 农家书屋"]


# ----- stocktake --------------------------------------------------------------------------------

def scan(qtbot, panel, code):
    qtbot.keyClicks(panel.scan_edit, code)
    qtbot.keyClick(panel.scan_edit, Qt.Key.Key_Return)


def test_a_scanner_typed_code_selects_and_counts_the_right_asset(qtbot, page, store, site):
    page.tabs.setCurrentWidget(page.stocktake)
    panel = page.stocktake
    assert not panel.scan_edit.isEnabled()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.is_open() and panel.scan_edit.hasFocus()
    assert panel.progress_label.text() == "已盘 0 / 共 3 项"

    scan(qtbot, panel, "ZC-LJC-00002")
    assert panel.selected_asset() == site["assets"][1]
    selected = panel.table.selectionModel().selectedRows()
    assert [panel.table.item(selected[0].row(), c).text() for c in range(9)] == [
        "ZC-LJC-00002", "投影仪", "党员活动室", "1", "1", "0", "良好", "良好", "相符"]
    assert panel.scan_edit.text() == "" and panel.scan_edit.hasFocus()
    assert panel.progress_label.text() == "已盘 1 / 共 3 项" and panel.diff_label.text() == "暂无差异"

    scan(qtbot, panel, "zc-ljc-00009")                  # no such label: said in red, nothing counted
    assert panel.message.text() == "没有找到编号为“zc-ljc-00009”的资产，请检查标签或手工输入编号。"
    assert panel.progress_label.text() == "已盘 1 / 共 3 项"

    panel.scan_edit.clear()
    scan(qtbot, panel, "1")                             # the number alone, typed by hand
    scan(qtbot, panel, "ZC-LJC-00001")                  # the second table of two
    line = next(l for l in panel.lines if l["asset_uuid"] == site["assets"][0])
    assert (line["counted_quantity"], line["status"]) == (2, "相符")

    # books: scan once, Tab to the quantity, type it, Tab to the condition, Enter records
    scan(qtbot, panel, "ZC-LJC-00003")
    assert panel.selected_asset() == site["assets"][2]
    panel.quantity_spin.setFocus()
    panel.quantity_spin.lineEdit().selectAll()
    qtbot.keyClicks(panel.quantity_spin, "118")
    qtbot.keyClick(panel.quantity_spin, Qt.Key.Key_Tab)
    panel.condition_combo.setFocus()
    qtbot.keyClick(panel.condition_combo, Qt.Key.Key_Down)
    qtbot.keyClick(panel.condition_combo, Qt.Key.Key_Return)
    line = next(l for l in panel.lines if l["asset_uuid"] == site["assets"][2])
    assert (line["counted_quantity"], line["counted_condition"], line["status"]) == (118, "待修", "盘亏")
    assert panel.scan_edit.hasFocus()
    assert panel.progress_label.text() == "已盘 3 / 共 3 项"
    assert panel.diff_label.text() == "差异 1 项：盘盈 0，盘亏 1，状况不符 0"
    panel.only_diff.setChecked(True)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "ZC-LJC-00003"


def test_closing_makes_the_count_read_only_and_adjustments_are_booked_once(qtbot, page, store, site):
    panel = page.stocktake
    page.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    scan(qtbot, panel, "ZC-LJC-00002")
    scan(qtbot, panel, "ZC-LJC-00002")                  # two projectors found, one on the books: 盘盈

    def closing(box):
        assert "还有 2 项资产没有盘点" in box.text()
        answer_yes(box)

    drive_modal(lambda: qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton), closing, QMessageBox)
    assert not panel.is_open() and "已结束（不能再修改）" in panel.state_label.text()
    for widget in (panel.scan_edit, panel.record_button, panel.close_button):
        assert not widget.isEnabled()
    assert panel.diff_label.text() == "差异 3 项：盘盈 1，盘亏 2，状况不符 0"
    assert panel.apply_button.isEnabled()

    def approve(dialog: QInputDialog):
        dialog.setTextValue("村两委会议〔2025〕5号")
        dialog.accept()

    drive_modal(lambda: qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton), approve, QInputDialog)
    assert panel.message.text() == "已调整 3 项资产的账面"
    assert not panel.apply_button.isEnabled() and "已于 2025-06-30 调整账面" in panel.state_label.text()
    # the asset list follows: 2 projectors now, the other two lines not found and written off
    page.tabs.setCurrentIndex(1)
    page.disposed_check.setChecked(False)
    assert [(r[0], r[4]) for r in table_rows(page)] == [("ZC-LJC-00002", "2")]
    page.table.select_uuid(site["assets"][1])
    assert history_rows(page)[-1][1:] == ["盘点调整", "盘盈 1 件；审批：村两委会议〔2025〕5号；2025年李家村党群服务中心"
                                          "资产盘点：账面 1，实盘 2", "", "村两委会议〔2025〕5号"]


# ----- registers and printing -------------------------------------------------------------------

def test_a_register_entry_is_added_and_listed(qtbot, page, store, site):
    page.tabs.setCurrentWidget(page.registers)
    panel = page.registers
    panel.year_spin.setValue(2025)

    def fill(dialog: SiteLogDialog):
        dialog.ui.dateEdit.setText("2025-06-12")
        dialog.ui.contentEdit.setPlainText("组织党员收看远程教育专题片")
        dialog.ui.minutesSpin.setValue(90)
        dialog.ui.participantsSpin.setValue(18)
        click_ok(qtbot, dialog)

    drive_modal(lambda: qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton), fill, SiteLogDialog)
    t = panel.table
    assert [t.item(0, c).text() for c in range(5)] == ["2025-06-12", "组织党员收看远程教育专题片", "", "18", "90"]
    assert panel.summary.text() == "远程教育工作记录簿 2025年：共 1 条记录，合计 1.5 小时"


def test_label_sheet_is_printed_for_the_selected_asset(qtbot, page, site):
    from pypdf import PdfReader

    from djdesk.ui.asset_dialogs import AssetLabelsDialog
    from djdesk.ui.pdf_preview import PdfPreviewDialog

    page.table.select_uuid(site["assets"][1])
    seen = {}

    def options(dialog: AssetLabelsDialog):
        ui = dialog.ui
        ui.scopeCombo.setCurrentIndex(ui.scopeCombo.findData("selected"))
        ui.startSpin.setValue(5)
        assert "共 1 张标签，需 1 页" in ui.sheetLabel.text()
        click_ok(qtbot, dialog)

    def preview(dialog: PdfPreviewDialog):
        seen["path"] = dialog.pdf_path
        dialog.reject()

    QApplication.processEvents()
    drive_modal(lambda: drive_modal(page.print_labels, options, AssetLabelsDialog), preview, PdfPreviewDialog)
    text = PdfReader(seen["path"]).pages[0].extract_text()
    assert "ZC-LJC-00002" in text and "投影仪" in text and "ZC-LJC-00001" not in text


def test_an_asset_photo_shows_as_a_thumbnail_beside_its_history(qtbot, page, store, site, tmp_path):
    from djdesk.ui.qt import QImage, QColor as Color

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Color("#3b6ea5"))
    path = tmp_path / "投影仪.png"
    assert image.save(str(path))
    page.table.select_uuid(site["assets"][1])
    strip = page.asset_photos
    assert strip.owner == site["assets"][1] and strip.list.count() == 0 and strip.add_button.isEnabled()
    strip.add_files([str(path)])
    assert [strip.list.item(i).text() for i in range(strip.list.count())] == ["投影仪.png"]
    assert not strip.list.item(0).icon().isNull()
    assert [p["file_name"] for p in sites.photos(store, site["assets"][1])] == ["投影仪.png"]
    page.table.select_uuid(site["assets"][0])
    assert strip.list.count() == 0


def test_the_asset_register_is_printed_through_the_preview(qtbot, page):
    from pypdf import PdfReader

    from djdesk.ui.pdf_preview import PdfPreviewDialog

    seen = {}

    def preview(dialog: PdfPreviewDialog):
        seen["path"], seen["title"] = dialog.pdf_path, dialog.windowTitle()
        dialog.reject()

    drive_modal(lambda: qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton), preview, PdfPreviewDialog)
    assert seen["title"] == "固定资产登记表 — 李家村李家村党群服务中心"
    text = "".join(p.extract_text() for p in PdfReader(seen["path"]).pages)
    for expected in ("ZC-LJC-00001", "会议桌", "投影仪", "农家书屋图书", "7,900.00"):
        assert expected in text


def test_a_room_holding_assets_cannot_be_removed_and_nothing_changes(qtbot, page, store, site):
    def edit(dialog: SiteDialog):
        ui = dialog.ui
        ui.nameEdit.setText("李家村党员活动中心")
        ui.roomsTable.setCurrentCell(1, 1)              # 农家书屋 holds the books
        qtbot.mouseClick(ui.removeRoomButton, Qt.MouseButton.LeftButton)
        assert ui.roomsTable.rowCount() == 1
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert ui.generalError.text() == "“农家书屋”里还存放着 1 项资产，请先把它们调拨到其他位置再删除。"

    drive_modal(lambda: qtbot.mouseClick(page.edit_site_button, Qt.MouseButton.LeftButton), edit, SiteDialog)
    assert sites.get_site(store, site["uuid"])["name"] == "李家村党群服务中心"
    assert [r["name"] for r in sites.rooms(store, site["uuid"])] == ["党员活动室", "农家书屋"]


def test_a_scan_stays_quick_on_a_large_count(qtbot, store, village, site):
    """A village may hold 150 asset lines: each scan refreshes the list (it took 7.6 s per scan
    before the table was filled with one column measurement; ≈ 0.07 s now)."""
    import time

    for n in range(147):
        sites.add_asset(store, site["uuid"], {"category": "家具", "name": f"折叠椅{n}", "unit": "把", "quantity": 1,
                                              "unit_value_fen": 4500, "source": "自购", "acquired_on": "2022-01-01"})
    p = SitesPage(store, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    p.set_org(village["uuid"], "李家村")
    p.tabs.setCurrentWidget(p.stocktake)
    panel = p.stocktake
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 150
    started = time.perf_counter()
    scan(qtbot, panel, "ZC-LJC-00120")
    assert time.perf_counter() - started < 1.5
    assert panel.selected_asset() is not None and panel.current["asset_no"] == "ZC-LJC-00120"
    assert panel.progress_label.text() == "已盘 1 / 共 150 项"



# ----- a database opened read-only --------------------------------------------------------------

def _writing_widgets(p) -> dict:
    return {"新建场所": p.new_site_button, "登记本村的活动场所": p.create_button, "修改场所信息": p.edit_site_button,
            "登记资产": p.add_asset_button, "修改": p.edit_asset_button, "调拨": p.move_button, "维修": p.repair_button,
            "状况变更": p.condition_button, "报废/处置": p.dispose_button, "导入": p.import_button,
            "添加场所照片": p.photos.add_button, "删除场所照片": p.photos.remove_button,
            "添加资产照片": p.asset_photos.add_button, "删除资产照片": p.asset_photos.remove_button,
            "添加记录": p.registers.add_button, "开始新盘点": p.stocktake.start_button, "扫码": p.stocktake.scan_edit,
            "数量": p.stocktake.quantity_spin, "记录": p.stocktake.record_button, "结束盘点": p.stocktake.close_button}


def _open_page(qtbot, store, village, site) -> SitesPage:
    p = SitesPage(store, today=TODAY)
    qtbot.addWidget(p)
    p.show()
    p.set_org(village["uuid"], "李家村")
    p.table.select_uuid(site["assets"][0])
    return p


def test_read_only_the_page_shows_and_prints_but_every_writing_button_is_off(qtbot, store, village, site, tmp_path):
    from djdesk.core.store import Store
    from djdesk.ui.qt import QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    assert image.save(str(tmp_path / "site.png"))
    p = _open_page(qtbot, store, village, site)
    p.photos.add_files([str(tmp_path / "site.png")])
    p.asset_photos.add_files([str(tmp_path / "site.png")])
    st = sites.start_stocktake(store, site["uuid"], on=TODAY)      # an open count: its controls would be live
    p.stocktake.set_site(site["uuid"], select=st)
    # writable: every one of them is on (the create button belongs to the empty page, hidden here)
    assert [n for n, w in _writing_widgets(p).items() if not w.isEnabled() and n not in ("开始新盘点",)] == []
    code = sites.get_asset(store, site["assets"][0])["asset_no"]
    store.close()

    reader = Store.open(store.path, read_only=True)
    try:
        p = _open_page(qtbot, reader, village, site)
        assert p.selected_asset() == site["assets"][0] and p.stocktake.stocktake["uuid"] == st
        assert p.photos.list.count() == 1 and p.asset_photos.list.count() == 1
        assert [n for n, w in _writing_widgets(p).items() if w.isEnabled()] == []
        # looking and printing stay available
        assert all(b.isEnabled() for b in (p.register_button, p.labels_button, p.stocktake.print_button,
                                           p.stocktake.excel_button, p.photos.view_button))
        # a double-click on an asset or a scanner's Enter writes nothing and opens nothing
        p.edit_asset()
        assert QApplication.activeModalWidget() is None
        p.stocktake.scan_edit.setText(code)
        p.stocktake.scan()
        assert reader.scalar("SELECT count(*) FROM stocktake_line WHERE counted_quantity IS NOT NULL") == 0
    finally:
        reader.close()
