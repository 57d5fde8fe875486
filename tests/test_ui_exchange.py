"""The 数据交换 section (issue #7) driven through its widgets: a township and a village database,
enrolment with the fingerprint check, a package exported to a folder and imported with its
counts, a damaged package refused with nothing changed, the tracking board, receipts, the
township's correction previewed field by field on the village side, and conflicts.

Modal dialogs are driven from a timer (uihelpers.drive_modal); Chinese goes into widgets with
setText; file choosers and message boxes are replaced by recorders.
"""

from __future__ import annotations

import datetime as dt

import pytest

from djdesk.core import members, orgs
from djdesk.core.database import NewDatabase, create_database
from djdesk.core.store import Store
from djdesk.core.sync import enrol, identity, merge, package
from djdesk.ui.exchange_dialogs import FingerprintDialog, PreviewDialog
from djdesk.ui.exchange_page import ExchangePage
from djdesk.ui.qt import QFileDialog, QMessageBox, Qt
from test_ui_safety import messages  # noqa: F401  (the fixture recording every message box)
from uihelpers import click_ok, drive_modal

ID_A, ID_B = "11010519491231002X", "110105197003070026"


@pytest.fixture
def sites(tmp_path):
    """红星乡党委 with 李家村 and 王庄村 (an enrolment file issued to 李家村 on the stick), and
    李家村's own database with two members."""
    stick = tmp_path / "U盘"
    stick.mkdir()
    town = create_database(tmp_path / "town.sqlite", NewDatabase(role="township", township_name="红星乡党委",
                                                                 township_code="410101"))
    li = orgs.add_org(town, town.meta["scope_org_uuid"], {"kind": "village", "name": "李家村", "code": "410101001"})
    orgs.add_org(town, town.meta["scope_org_uuid"], {"kind": "village", "name": "王庄村", "code": "410101002"})
    enrolment = enrol.issue_enrolment(town, li, stick)
    village = create_database(tmp_path / "village.sqlite", NewDatabase(
        role="village", township_name="红星乡党委", township_code="410101", village_name="李家村",
        village_code="410101001"))
    branch = next(n.uuid for n in orgs.tree(village) if n.kind == "branch")
    for name, id_number in (("张三丰", ID_A), ("李秀英", ID_B)):
        members.add_member(village, dict(org_uuid=branch, name=name, gender="女", ethnicity="汉族", category="正式",
                                         id_number=id_number, birth_date=f"{id_number[6:10]}-{id_number[10:12]}-"
                                         f"{id_number[12:14]}", join_date="1995-07-01",
                                         conversion_date="1996-07-01", phone="13800001111"))
    yield town, village, li, stick, enrolment
    town.close()
    village.close()


def cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def column(table, c):
    return [table.item(r, c).text() for r in range(table.rowCount())]


def enrol_and_export_by_core(town, village, enrolment, stick):
    enrol.accept_enrolment(village, enrolment)
    exported = package.export_package(village, stick)
    enrol.confirm_enrolment(town, exported.path, identity.ensure_identity(village).fingerprint)
    return exported


def import_by_clicking(qtbot, page, monkeypatch, *paths):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def return_package_by_clicking(qtbot, town, village, stick, monkeypatch):
    """The township writes its return package for the first village on the board; the village's
    page is set to load it (its file chooser answers that file). Returns both pages."""
    tpage = ExchangePage(town)
    qtbot.addWidget(tpage)
    tpage.board.selectRow(0)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(tpage.return_package_button, Qt.MouseButton.LeftButton)
    back = next(stick.glob("*-乡镇回传.djpkg"))
    vpage = ExchangePage(village)
    qtbot.addWidget(vpage)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(back), ""))
    return tpage, vpage


def dump(store: Store) -> list[str]:
    return list(store.conn.iterdump())


def test_village_enrols_exports_and_the_township_imports_after_the_fingerprint(
        qtbot, sites, messages, monkeypatch):
    town, village, li, stick, enrolment = sites
    vpage = ExchangePage(village)
    qtbot.addWidget(vpage)
    assert not vpage.export_button.isEnabled()
    assert "还没有在乡镇登记" in vpage.enrol_label.text()
    township_fp = identity.ensure_identity(town).fingerprint

    # the village imports the enrolment file: a wrong fingerprint is refused, the right one accepted
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(enrolment), ""))
    seen = {}

    def type_fingerprint(dialog):
        seen["shown"] = dialog.ui.fingerprintValue.text()
        dialog.ui.fingerprintEdit.setText("AAAA-BBBB-CCCC-DDDD")
        click_ok(qtbot, dialog)
        seen["problem"] = dialog.ui.problemLabel.text()
        assert dialog.isVisible()
        dialog.ui.fingerprintEdit.setText(township_fp.lower().replace("-", " "))
        click_ok(qtbot, dialog)
    drive_modal(lambda: qtbot.mouseClick(vpage.enrol_button, Qt.MouseButton.LeftButton), type_fingerprint,
                want=FingerprintDialog)
    assert seen["shown"] == township_fp
    assert "不一致" in seen["problem"]
    assert "已在“红星乡党委”登记" in vpage.enrol_label.text()
    assert vpage.export_button.isEnabled()
    assert village.meta["scope_org_uuid"] == li

    # the village exports its package into the stick folder through the button
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(vpage.export_button, Qt.MouseButton.LeftButton)
    exported = vpage.last_export
    assert exported is not None and exported.path.parent == stick and exported.path.exists()
    assert exported.path.name == f"410101001-{exported.path.name.split('-')[1]}-1.djpkg"
    assert "已读回校验无误，现在可以安全拔出U盘" in vpage.export_label.text()
    # the branch (the village unit itself stays the township's), two members, their 入册 events
    assert exported.counts == {"org_unit": 1, "member": 2, "member_event": 2}
    assert cells(vpage.history_table, 0)[1:5] == ["发出", "红星乡党委", "1", exported.path.name]
    assert cells(vpage.history_table, 0)[6] == "未收到回执"

    # the township: 李家村 waits for its first package; importing it asks for the fingerprint
    tpage = ExchangePage(town)
    qtbot.addWidget(tpage)
    assert column(tpage.board, 0) == ["李家村", "王庄村"]
    assert cells(tpage.board, 0)[1] == "待首包"
    assert cells(tpage.board, 1)[1] == "未登记"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(exported.path)], ""))

    def confirm(dialog):
        seen["village_fp"] = dialog.ui.fingerprintValue.text()
        dialog.ui.fingerprintEdit.setText(vpage.fingerprint())
        click_ok(qtbot, dialog)
    drive_modal(lambda: qtbot.mouseClick(tpage.import_button, Qt.MouseButton.LeftButton), confirm,
                want=FingerprintDialog)
    assert seen["village_fp"] == vpage.fingerprint()
    assert cells(tpage.import_table, 0)[:8] == [exported.path.name, "李家村", "已导入", "5", "0", "0", "0", "0"]
    assert town.scalar("SELECT count(*) FROM member WHERE deleted = 0") == 2
    board = cells(tpage.board, 0)
    assert board[:3] == ["李家村", "正常", "第 1 号"]
    assert board[8] == "已写，村未确认"
    assert cells(tpage.villages_table, 0)[2:4] == ["已登记", vpage.fingerprint()]
    assert any(kind == "information" and "新增 5，更新 0，无变化 0，冲突 0，拒收 0" in text for kind, text in messages)

    # the village loads the township's receipt from the stick
    receipt = next(stick.glob("*-回执.djrcpt"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(receipt), ""))
    qtbot.mouseClick(vpage.receipt_button, Qt.MouseButton.LeftButton)
    assert cells(vpage.history_table, 0)[6].startswith("已收到回执")
    assert "已于" in messages[-1][1] and "第 1 号数据包" in messages[-1][1]


def test_a_bit_flipped_package_is_refused_with_its_message_and_changes_nothing(
        qtbot, sites, messages, monkeypatch):
    town, village, li, stick, enrolment = sites
    exported = enrol_and_export_by_core(town, village, enrolment, stick)
    data = bytearray(exported.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    exported.path.write_bytes(bytes(data))
    tpage = ExchangePage(town)
    qtbot.addWidget(tpage)
    before = dump(town)
    import_by_clicking(qtbot, tpage, monkeypatch, exported.path)
    assert dump(town) == before
    row = cells(tpage.import_table, 0)
    assert row[2] == "拒收"
    assert "已损坏或被改动过（签名校验不通过），未导入" in row[8]
    warnings = [text for kind, text in messages if kind == "warning"]
    assert len(warnings) == 1 and "已损坏或被改动过" in warnings[0] and "Traceback" not in warnings[0]
    assert cells(tpage.board, 0)[1] == "待首包"
    assert list(stick.glob("*.djrcpt")) == []


def test_a_package_from_another_installation_shows_the_refusal(qtbot, sites, messages, monkeypatch, tmp_path):
    town, village, li, stick, enrolment = sites
    exported = enrol_and_export_by_core(town, village, enrolment, stick)
    package.import_package(town, exported.path)
    other = create_database(tmp_path / "other-town.sqlite", NewDatabase(role="township", township_name="青山镇党委"))
    try:
        page = ExchangePage(other)
        qtbot.addWidget(page)
        before = dump(other)
        import_by_clicking(qtbot, page, monkeypatch, exported.path)
        assert dump(other) == before
        assert "不是发给本机的" in cells(page.import_table, 0)[8]
    finally:
        other.close()


def test_the_townships_correction_is_previewed_field_by_field_then_applied(qtbot, sites, messages, monkeypatch):
    town, village, li, stick, enrolment = sites
    exported = enrol_and_export_by_core(town, village, enrolment, stick)
    package.import_package(town, exported.path)
    member = town.query_one("SELECT uuid FROM member WHERE name = '李秀英'")["uuid"]
    members.update_member(town, member, {"phone": "13912345678"})

    tpage, vpage = return_package_by_clicking(qtbot, town, village, stick, monkeypatch)
    assert cells(tpage.board, 0)[7].startswith("第 1 号")
    seen = {}

    def look_and_cancel(dialog):
        seen["rows"] = [cells(dialog.ui.changesTable, r) for r in range(dialog.ui.changesTable.rowCount())]
        seen["summary"] = dialog.ui.summaryLabel.text()
        dialog.reject()
    drive_modal(lambda: qtbot.mouseClick(vpage.return_button, Qt.MouseButton.LeftButton), look_and_cancel,
                want=PreviewDialog)
    assert seen["rows"] == [["党员", "李秀英", "修改", "联系电话", "13800001111", "13912345678"]]
    assert "红星乡党委" in seen["summary"] and "更新 1" in seen["summary"]
    assert village.scalar("SELECT phone FROM member WHERE uuid = ?", (member,)) == "13800001111"

    drive_modal(lambda: qtbot.mouseClick(vpage.return_button, Qt.MouseButton.LeftButton),
                lambda dialog: click_ok(qtbot, dialog), want=PreviewDialog)
    assert village.scalar("SELECT phone FROM member WHERE uuid = ?", (member,)) == "13912345678"
    assert cells(vpage.history_table, 0)[1:3] == ["收到", "红星乡党委"]
    assert next(stick.glob("*-乡镇回传-回执.djrcpt")).exists()

    drive_modal(lambda: qtbot.mouseClick(vpage.return_button, Qt.MouseButton.LeftButton),   # the same again
                lambda dialog: click_ok(qtbot, dialog), want=PreviewDialog)
    assert messages[-1][0] == "information" and "没有任何记录需要改动，数据库未变。" in messages[-1][1]


def test_a_conflict_is_listed_and_its_losing_version_can_be_brought_back(qtbot, sites, messages, monkeypatch):
    town, village, li, stick, enrolment = sites
    exported = enrol_and_export_by_core(town, village, enrolment, stick)
    package.import_package(town, exported.path)
    member = town.query_one("SELECT uuid FROM member WHERE name = '张三丰'")["uuid"]
    members.update_member(village, member, {"phone": "13700000001"})      # both change the same record
    members.update_member(town, member, {"phone": "13900000002"})
    second = package.export_package(village, stick)

    tpage = ExchangePage(town)
    qtbot.addWidget(tpage)
    import_by_clicking(qtbot, tpage, monkeypatch, second.path)
    assert cells(tpage.import_table, 0)[6] == "1"                          # conflicting
    winner = town.scalar("SELECT phone FROM member WHERE uuid = ?", (member,))
    assert tpage.conflicts_table.rowCount() == 1
    row = cells(tpage.conflicts_table, 0)
    assert row[1:3] == ["党员", "张三丰"] and row[4] == "联系电话"
    loser = ({"13700000001", "13900000002"} - {winner}).pop()
    tpage.conflicts_table.selectRow(0)
    assert tpage.conflict_detail.text() == f"联系电话：现在是“{winner}”，另一个版本是“{loser}”"
    qtbot.mouseClick(tpage.reverse_button, Qt.MouseButton.LeftButton)
    assert town.scalar("SELECT phone FROM member WHERE uuid = ?", (member,)) == loser
    assert tpage.conflicts_table.rowCount() == 0
    assert merge.list_conflicts(town, status="reversed")[0]["record_uuid"] == member


def test_the_main_window_shows_the_exchange_section(qtbot, store):
    from djdesk.core.settings import Settings
    from djdesk.ui.main_window import MainWindow

    window = MainWindow(store, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    index = titles.index("数据交换")
    window.tabs.setCurrentIndex(index)
    page = window.tabs.currentWidget().page
    assert isinstance(page, ExchangePage)
    assert page.identity_label.text().startswith("本机：李家村 · 村级数据库")
    assert "还没有在乡镇登记" in page.enrol_label.text()


def test_the_enrolment_sheet_prints_both_fingerprints(qtbot, sites, messages, monkeypatch):
    from pypdf import PdfReader

    from djdesk.ui.pdf_preview import PdfPreviewDialog

    town, village, li, stick, enrolment = sites
    tpage = ExchangePage(town)
    qtbot.addWidget(tpage)
    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_path) or 0)
    tpage.villages_table.selectRow(1)                                       # 王庄村: never issued
    qtbot.mouseClick(tpage.sheet_button, Qt.MouseButton.LeftButton)
    assert shown == [] and messages[-1] == ("warning", "还没有给这个村发过登记文件。")

    enrol_and_export_by_core(town, village, enrolment, stick)
    tpage.refresh()
    tpage.villages_table.selectRow(0)
    qtbot.mouseClick(tpage.sheet_button, Qt.MouseButton.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(shown[0]).pages)
    assert "数据交换登记表" in text and "李家村" in text and "410101001" in text
    assert identity.ensure_identity(town).fingerprint in text
    assert identity.ensure_identity(village).fingerprint in text
    assert "第 1 页 共 1 页" in text


def test_a_lost_key_file_is_explained_and_a_new_key_can_be_made(qtbot, sites, messages, monkeypatch):
    town, village, li, stick, enrolment = sites
    enrol.accept_enrolment(village, enrolment)
    vpage = ExchangePage(village)
    qtbot.addWidget(vpage)
    old = vpage.fingerprint()
    identity.key_file(village).unlink()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(vpage.export_button, Qt.MouseButton.LeftButton)
    assert "找不到本机的密钥文件" in vpage.export_label.text()
    assert messages[-1][0] == "warning" and "重新生成密钥" in messages[-1][1]
    assert list(stick.glob("*.djpkg")) == []
    qtbot.mouseClick(vpage.reset_key_button, Qt.MouseButton.LeftButton)
    assert vpage.fingerprint() != old
    assert vpage.fingerprint() in vpage.identity_label.text()
    assert messages[-1] == ("information", f"本机的新指纹：{vpage.fingerprint()}")
    qtbot.mouseClick(vpage.export_button, Qt.MouseButton.LeftButton)
    exported = vpage.last_export
    assert exported is not None
    tpage = ExchangePage(town)          # the first package now carries the new key and fingerprint
    qtbot.addWidget(tpage)
    seen = []

    def confirm(dialog):
        seen.append(dialog.ui.fingerprintValue.text())
        dialog.ui.fingerprintEdit.setText(old)                              # the stale printed one
        click_ok(qtbot, dialog)
        seen.append(dialog.ui.problemLabel.text())
        dialog.reject()
    drive_modal(lambda: import_by_clicking(qtbot, tpage, monkeypatch, exported.path), confirm,
                want=FingerprintDialog)
    assert seen[0] == vpage.fingerprint() and "指纹不一致，未登记" in seen[1]
    assert cells(tpage.import_table, 0)[2] == "拒收"
    assert town.scalar("SELECT count(*) FROM member") == 0


def test_the_tracking_board_marks_a_village_overdue(qtbot, sites, messages):
    town, village, li, stick, enrolment = sites
    exported = enrol_and_export_by_core(town, village, enrolment, stick)
    package.import_package(town, exported.path)
    sent = dt.date.fromisoformat(town.query_one("SELECT created_at FROM sync_package")["created_at"][:10])
    on_time = ExchangePage(town, today=sent + dt.timedelta(days=35))
    late = ExchangePage(town, today=sent + dt.timedelta(days=36))
    for page in (on_time, late):
        qtbot.addWidget(page)
    assert cells(on_time.board, 0)[1] == "正常"
    assert cells(late.board, 0)[1:6] == ["逾期（36 天）", "第 1 号", sent.isoformat(), cells(late.board, 0)[4], "36 天"]
    assert late.board.item(0, 1).foreground().color().name() == "#c0392b"
    assert late.board_label.text().startswith("共 2 个村（社区），正常 0 个，逾期 1 个，待首包 0 个，未登记 1 个。")


def test_several_packages_at_once_each_with_its_counts_or_refusal(qtbot, sites, messages, monkeypatch):
    town, village, li, stick, enrolment = sites
    first = enrol_and_export_by_core(town, village, enrolment, stick)
    branch = next(n.uuid for n in orgs.tree(village) if n.kind == "branch")
    members.add_member(village, dict(org_uuid=branch, name="王五", gender="男", ethnicity="汉族", category="预备",
                                     id_number="110105198001010016", birth_date="1980-01-01", join_date="2026-07-01"))
    second = package.export_package(village, stick)
    junk = stick / "autorun.djpkg"
    junk.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    tpage = ExchangePage(town)
    qtbot.addWidget(tpage)
    import_by_clicking(qtbot, tpage, monkeypatch, second.path, junk, first.path, second.path)
    rows = [cells(tpage.import_table, r) for r in range(tpage.import_table.rowCount())]
    # the newer package first: the branch, three members, three events; then the older one and the
    # same one again change nothing
    assert [r[:8] for r in rows] == [
        [second.path.name, "李家村", "已导入", "7", "0", "0", "0", "0"],
        ["autorun.djpkg", "", "拒收", "", "", "", "", ""],
        [first.path.name, "李家村", "已导入", "0", "0", "5", "0", "0"],
        [second.path.name, "李家村", "已导入", "0", "0", "7", "0", "0"]]
    assert rows[1][8] == "“autorun.djpkg”不是党建桌面的数据包（文件开头不对），未导入。请确认选择的是 .djpkg 数据包。"
    assert town.scalar("SELECT count(*) FROM member") == 3
    kind, text = messages[-1]
    assert kind == "warning" and text.startswith("以下数据包没有导入：\n\n“autorun.djpkg”不是党建桌面的数据包")
    assert "已导入的：" in text and f"{first.path.name}（李家村）：新增 0，更新 0，无变化 5，冲突 0，拒收 0" in text
    assert cells(tpage.board, 0)[1:3] == ["正常", "第 2 号"]
