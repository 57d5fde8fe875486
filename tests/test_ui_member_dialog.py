"""Member, status-change and history dialogs driven like a clerk would, through the roster page.

Modal dialogs are driven from a timer started before the click that opens them; the driver
always closes a dialog it leaves open, so a failed assertion can never hang the test run.
ASCII is typed with keyClicks; Chinese goes in with setText (keyClicks aborts on it, TECH-NOTES).
"""

from __future__ import annotations

import pytest

from djdesk.core import members, orgs
from djdesk.core.settings import Settings
from djdesk.ui.main_window import MainWindow
from djdesk.ui.member_dialog import MemberDialog
from djdesk.ui.qt import QDialogButtonBox, Qt
from uihelpers import click_ok, drive_modal

VALID_ID = "11010519491231002X"     # born 1949-12-31, a woman
BAD_ID = "110105194912310021"       # wrong check character


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded)
    return w


def fill_new_member(qtbot, d, id_number=VALID_ID):
    d.ui.nameEdit.setText("张三丰")
    qtbot.keyClicks(d.ui.idNumberEdit, id_number)
    d.ui.ethnicityCombo.setCurrentIndex(d.ui.ethnicityCombo.findData("汉族"))
    d.ui.categoryCombo.setCurrentIndex(d.ui.categoryCombo.findData("正式"))
    qtbot.keyClicks(d.ui.joinDateEdit, "1975.7.1")     # tidied to 1975-07-01 on leaving the field
    qtbot.keyClicks(d.ui.conversionDateEdit, "1976-07-01")
    qtbot.keyClicks(d.ui.phoneEdit, "13800001111")


def test_add_then_edit_a_member_through_the_dialog(window, store, qtbot):
    page = window.roster_page

    def add(d):
        assert d.windowTitle() == "新增党员"
        assert d.ui.branchCombo.currentText() == "李家村党支部"       # the village's only branch
        fill_new_member(qtbot, d)
        # a valid ID number fills the empty birth date and gender
        assert d.ui.birthDateEdit.text() == "1949-12-31"
        assert d.ui.genderCombo.currentData() == "女"
        click_ok(qtbot, d)
    dialog = drive_modal(lambda: qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton), add)
    assert dialog.result() == dialog.DialogCode.Accepted

    rows = store.query("SELECT * FROM member")
    assert len(rows) == 1
    m = rows[0]
    assert (m["name"], m["gender"], m["birth_date"], m["join_date"], m["phone"], m["status"]) == (
        "张三丰", "女", "1949-12-31", "1975-07-01", "13800001111", "在册")
    assert [e["kind"] for e in members.history(store, m["uuid"])] == ["入册"]
    assert page.selected_uuid() == m["uuid"]                           # table refreshed and selected
    row = page.model.row_of(m["uuid"])
    assert page.model.index(row, 0).data() == "张三丰"
    assert page.model.index(row, 9).data() == "13800001111"
    assert "在册党员 1 名" in window.status_label.text()

    def edit(d):
        assert d.windowTitle() == "编辑党员：张三丰"
        assert not d.ui.entryGroup.isVisible()
        assert d.ui.phoneEdit.text() == "13800001111"
        d.ui.phoneEdit.clear()
        qtbot.keyClicks(d.ui.phoneEdit, "13912345678")
        click_ok(qtbot, d)
    drive_modal(lambda: qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton), edit)
    assert store.scalar("SELECT phone FROM member WHERE uuid = ?", (m["uuid"],)) == "13912345678"
    assert page.model.index(page.model.row_of(m["uuid"]), 9).data() == "13912345678"
    assert page.selected_uuid() == m["uuid"]


def test_double_click_opens_the_editor(window, store, qtbot):
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    members.add_member(store, dict(org_uuid=branch, name="李四", gender="男", ethnicity="汉族", category="正式",
                                   birth_date="1970-03-07", conversion_date="1996-07-01", join_date="1995-07-01"))
    window.roster_page.model.refresh()
    table = window.roster_page.table
    rect = table.visualRect(table.model().index(0, 0))
    titles = []
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    drive_modal(lambda: qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()),
                lambda d: titles.append(d.windowTitle()))
    assert titles == ["编辑党员：李四"]


def test_bad_id_number_is_shown_inline_and_nothing_is_saved(store, qtbot):
    d = MemberDialog(store)
    qtbot.addWidget(d)
    d.show()
    fill_new_member(qtbot, d, id_number=BAD_ID)
    d.ui.genderCombo.setCurrentIndex(d.ui.genderCombo.findData("女"))
    d.ui.birthDateEdit.setText("1949-12-31")
    click_ok(qtbot, d)
    assert d.isVisible()
    assert d.ui.idNumberError.isVisible()
    assert d.ui.idNumberError.text() == "身份证号校验位错误（最后一位应为 X）"
    assert store.scalar("SELECT count(*) FROM member") == 0
    # fixing it clears the message and saves
    d.ui.idNumberEdit.clear()
    qtbot.keyClicks(d.ui.idNumberEdit, VALID_ID)
    click_ok(qtbot, d)
    assert not d.isVisible()
    assert store.scalar("SELECT count(*) FROM member") == 1


def test_problems_show_under_their_fields_and_warnings_do_not_block(store, qtbot):
    d = MemberDialog(store)
    qtbot.addWidget(d)
    d.show()
    click_ok(qtbot, d)                        # everything empty
    assert d.ui.nameError.text() == "姓名不能为空"
    assert d.ui.genderError.text() == "请选择性别（男/女）"
    assert d.ui.birthDateError.text() == "出生日期不能为空（填写身份证号可自动带出）"
    d.ui.nameEdit.setText("王五")
    d.ui.genderCombo.setCurrentIndex(d.ui.genderCombo.findData("男"))
    qtbot.keyClicks(d.ui.birthDateEdit, "1990-01-01")
    d.validate()
    assert not d.ui.nameError.isVisible()
    assert "未填写身份证号" in d.ui.warningLabel.text()   # amber, not blocking
    assert "正式党员未填写转正时间" in d.ui.warningLabel.text()
    click_ok(qtbot, d)
    assert not d.isVisible()
    assert store.scalar("SELECT name FROM member") == "王五"


def test_transfer_in_asks_for_the_counterpart(store, qtbot):
    d = MemberDialog(store)
    qtbot.addWidget(d)
    d.show()
    fill_new_member(qtbot, d)
    d.ui.entryKindCombo.setCurrentIndex(d.ui.entryKindCombo.findData("转入"))
    assert d.ui.counterpartEdit.isEnabled()
    click_ok(qtbot, d)
    assert d.ui.counterpartError.text() == "转入请填写原所在党组织"
    assert store.scalar("SELECT count(*) FROM member") == 0
    d.ui.counterpartEdit.setText("城关镇党委")
    click_ok(qtbot, d)
    event = store.query_one("SELECT kind, counterpart FROM member_event")
    assert event == {"kind": "转入", "counterpart": "城关镇党委"}


def test_flowing_member_fields(store, qtbot):
    d = MemberDialog(store)
    qtbot.addWidget(d)
    d.show()
    assert not d.ui.flowingToEdit.isEnabled()
    fill_new_member(qtbot, d)
    d.ui.flowingCheck.setChecked(True)
    assert d.ui.flowingToEdit.isEnabled()
    click_ok(qtbot, d)
    assert d.ui.flowingToError.text() == "流动党员请填写流向地"
    d.ui.flowingToEdit.setText("浙江省宁波市")
    qtbot.keyClicks(d.ui.flowingSinceEdit, "2020-03-01")
    click_ok(qtbot, d)
    row = store.query_one("SELECT is_flowing, flowing_to, flowing_since FROM member")
    assert row == {"is_flowing": 1, "flowing_to": "浙江省宁波市", "flowing_since": "2020-03-01"}


def test_group_choices_follow_the_branch(store, qtbot):
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    orgs.add_org(store, branch, {"kind": "group", "name": "第一党小组"})
    d = MemberDialog(store)
    qtbot.addWidget(d)
    assert [d.ui.groupCombo.itemText(i) for i in range(d.ui.groupCombo.count())] == ["（不分党小组）", "第一党小组"]
    d.ui.branchCombo.setCurrentIndex(0)     # 请选择
    assert not d.ui.groupCombo.isEnabled()


def test_status_change_writes_a_history_event(window, store, qtbot):
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    uuid = members.add_member(store, dict(org_uuid=branch, name="李四", gender="男", ethnicity="汉族",
                                          category="正式", birth_date="1970-03-07", join_date="1995-07-01",
                                          conversion_date="1996-07-01"), entry_date="2020-01-01")
    page = window.roster_page
    page.model.refresh()
    page.select_member(uuid)

    def change(d):
        kinds = [d.ui.kindCombo.itemData(i) for i in range(d.ui.kindCombo.count())]
        assert kinds == list(members.allowed_events("在册"))
        d.ui.kindCombo.setCurrentIndex(kinds.index("转出"))
        click_ok(qtbot, d)                                         # no counterpart: refused inline
        assert d.ui.counterpartError.text() == "请填写转出/转入的党组织"
        d.ui.eventDateEdit.clear()
        qtbot.keyClicks(d.ui.eventDateEdit, "2024-05-06")
        d.ui.counterpartEdit.setText("城关镇党委")
        click_ok(qtbot, d)
    dialog = drive_modal(lambda: qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton), change)
    assert dialog.result() == dialog.DialogCode.Accepted
    history = members.history(store, uuid)
    assert [(e["kind"], e["event_date"], e["to_status"], e["counterpart"]) for e in history] == [
        ("入册", "2020-01-01", "在册", ""), ("转出", "2024-05-06", "转出", "城关镇党委")]
    assert page.model.row_of(uuid) is None                          # the roster shows 在册 by default
    page.status.setCurrentIndex(page.status.findData("*"))
    page.select_member(uuid)

    def look(d):
        table = d.ui.historyTable
        assert table.rowCount() == 2
        assert [table.item(1, c).text() for c in range(5)] == ["2024-05-06", "转出", "在册", "转出", "城关镇党委"]
    drive_modal(lambda: qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton), look)


def test_leaving_the_party_needs_a_reason(store, qtbot):
    from djdesk.ui.status_dialog import StatusDialog

    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    uuid = members.add_member(store, dict(org_uuid=branch, name="李四", gender="男", ethnicity="汉族",
                                          category="正式", birth_date="1970-03-07"), entry_date="2020-01-01")
    d = StatusDialog(store, uuid)
    qtbot.addWidget(d)
    d.show()
    d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("出党"))
    assert d.ui.reasonCombo.isEnabled() and not d.ui.counterpartEdit.isEnabled()
    click_ok(qtbot, d)
    assert d.ui.reasonError.text() == "请选择出党方式"
    d.ui.reasonCombo.setCurrentIndex(d.ui.reasonCombo.findData("退党"))
    click_ok(qtbot, d)
    assert members.get_member(store, uuid)["status"] == "出党"
    assert members.history(store, uuid)[-1]["reason"] == "退党"
    # no further changes are offered for someone who left
    again = StatusDialog(store, uuid)
    qtbot.addWidget(again)
    assert again.ui.kindCombo.count() == 0
    assert not again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "没有可办理的变动" in again.ui.generalError.text()
