"""The 三会一课 page and the meeting editor, driven like a clerk would.

The attendance grid is filled with the keyboard only (ASCII keys: keyClicks with Chinese aborts,
TECH-NOTES); Chinese text goes in with setText. Modal dialogs are driven from a timer started
before the call that opens them, and closed by the driver whatever happens.
"""

from __future__ import annotations

import datetime as dt

import pytest

from djdesk.core import compliance as cp
from djdesk.core import meetings as mt
from djdesk.core import orgs
from djdesk.ui.meeting_dialog import TABS, MeetingDialog
from djdesk.ui.meeting_history import MeetingHistoryDialog
from djdesk.ui.meeting_kinds import MeetingKindsDialog
from djdesk.ui.meetings_page import MeetingsPage
from djdesk.ui.qt import QColor, QComboBox, QDialogButtonBox, QImage, Qt
from uihelpers import drive_modal
from test_meetings import add_people

TODAY = dt.date(2025, 6, 30)


@pytest.fixture
def village(store):
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    with store.transaction():
        store.update("org_unit", branch, {"committee_size": 3})
    people = add_people(store, branch)
    village = next(n.uuid for n in orgs.tree(store) if n.kind == "village")
    return {"branch": branch, "people": people, "village": village}


def held(store, branch, kind=mt.THEME_DAY, day="2025-05-10", statuses=None):
    draft = mt.new_draft(store, branch, kind, day=dt.date.fromisoformat(day))
    draft.values.update(place="村部会议室", minutes="学习党章。", topic="学习党章")
    for p in draft.people:
        p["status"] = (statuses or {}).get(p["name"], mt.PRESENT)
    return mt.save_meeting(store, draft, today=TODAY)


@pytest.fixture
def page(qtbot, store, village):
    p = MeetingsPage(store, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    p.set_org(village["village"], "李家村")
    return p


def reason_editor(qtbot, grid):
    """The reason list the grid opened in the current row (the delegate's editor)."""
    qtbot.waitUntil(lambda: any(c.isVisible() for c in grid.findChildren(QComboBox)))
    return next(c for c in grid.findChildren(QComboBox) if c.isVisible())


def names_and_statuses(dialog):
    return [(p["name"], p["status"], p["reason"]) for p in dialog.grid.attendance.rows]


# ----- the attendance grid ----------------------------------------------------------------------

def test_attendance_grid_is_filled_with_the_keyboard(qtbot, store, village):
    dialog = MeetingDialog(store, branch_uuid=village["branch"], kind=mt.THEME_DAY, day=dt.date(2025, 6, 20),
                           today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    grid = dialog.grid
    grid.setFocus()
    assert dialog.ui.tabs.currentIndex() == TABS["attendance"] and grid.current_row() == 0
    # roster pre-filled: committee first, nobody marked yet
    assert [n for n, s, r in names_and_statuses(dialog)] == ["张书记", "李委员", "王宣传", "钱秀英", "孙小明", "赵大山"]
    qtbot.keyClick(grid, Qt.Key.Key_1)                       # 张书记 出席, moves on
    qtbot.keyClick(grid, Qt.Key.Key_Space)                   # 李委员 出席
    qtbot.keyClick(grid, Qt.Key.Key_2)                       # 王宣传 请假: the reason list opens
    editor = reason_editor(qtbot, grid)
    assert editor.isEditable() and editor.currentText() == "外出务工"
    qtbot.keyClick(editor, Qt.Key.Key_Return)                # takes the first usual reason
    qtbot.waitUntil(lambda: grid.current_row() == 3)
    qtbot.keyClick(grid, Qt.Key.Key_3)                       # 钱秀英 缺席
    qtbot.keyClick(grid, Qt.Key.Key_Down)                    # skip 孙小明 for now
    qtbot.keyClick(grid, Qt.Key.Key_4)                       # 赵大山 不计应到: only the five cases
    editor = reason_editor(qtbot, grid)
    assert not editor.isEditable() and editor.count() == 5
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.findChild(QComboBox) is None or not grid.findChild(QComboBox).isVisible())
    assert grid.current_row() == 5                           # the last row: stays there
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_1)                       # back to 孙小明
    assert names_and_statuses(dialog) == [
        ("张书记", "出席", ""), ("李委员", "出席", ""), ("王宣传", "请假", "外出务工"), ("钱秀英", "缺席", ""),
        ("孙小明", "出席", ""), ("赵大山", "不计应到", mt.EXCUSE_REASONS[1])]
    dialog.refresh_check()
    assert dialog.ui.tallyLabel.text() == "应到 5 人　实到 3 人　请假 1 人　缺席 1 人　不计应到 1 人"
    # 0 clears a row; the clear shows as 未登记 and blocks saving a held meeting
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_0)
    assert grid.attendance.rows[4]["status"] == ""
    assert grid.attendance.index(4, 3).data() == "未登记"
    qtbot.keyClick(grid, Qt.Key.Key_3)
    # status colours
    assert grid.attendance.index(0, 3).data(Qt.ItemDataRole.BackgroundRole).color() == QColor("#e8f5e9")
    dialog.ui.placeEdit.setText("村部会议室")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.saved_uuid
    rows = store.query("SELECT name, status, reason FROM meeting_attendance WHERE meeting_uuid = ? ORDER BY sort_order",
                       (dialog.saved_uuid,))
    assert [(r["name"], r["status"], r["reason"]) for r in rows] == names_and_statuses(dialog)


def test_problems_are_shown_by_field_and_nothing_is_saved(qtbot, store, village):
    dialog = MeetingDialog(store, branch_uuid=village["branch"], kind=mt.LECTURE, day=dt.date(2025, 6, 20),
                           today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.hostEdit.setText("")
    dialog.ui.startEdit.setText("25:00")
    dialog.grid.attendance.mark_unrecorded(mt.PRESENT)
    dialog.grid.attendance.set_status(2, mt.LEAVE)           # no reason
    dialog.save()
    assert not dialog.isHidden() and dialog.saved_uuid is None
    lines = dialog.ui.problemsLabel.text().splitlines()
    assert lines == ["开始时间：开始时间应为“时:分”，如 09:00", "主持人：请填写主持人", "党课主题：党课请填写主题",
                     "王宣传请假，请填写请假原因"]
    assert "border" in dialog.ui.hostEdit.styleSheet() and dialog.ui.hostEdit.toolTip() == "请填写主持人"
    assert dialog.grid.attendance.index(2, 3).data(Qt.ItemDataRole.ToolTipRole) == "王宣传请假，请填写请假原因"
    assert dialog.ui.tabs.currentIndex() == TABS["attendance"]
    assert store.scalar("SELECT count(*) FROM meeting") == 0


def test_votes_quorum_and_kind_template(qtbot, store, village):
    dialog = MeetingDialog(store, branch_uuid=village["branch"], kind=mt.THEME_DAY, day=dt.date(2025, 6, 20),
                           today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.tabs.isTabEnabled(TABS["votes"])
    assert dialog.ui.titleEdit.text() == "2025年6月主题党日活动"
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(mt.ASSEMBLY))
    assert dialog.ui.titleEdit.text() == "2025年第二季度支部党员大会"     # untouched fields follow the kind
    assert dialog.ui.tabs.isTabEnabled(TABS["votes"])
    dialog.grid.attendance.mark_unrecorded(mt.PRESENT)
    dialog.grid.attendance.set_status(3, mt.ABSENT)            # 钱秀英
    dialog.add_vote({"subject": "关于村组道路硬化的决议", "votes_for": 4, "votes_against": 0})
    dialog.refresh_check()
    assert dialog.ui.quorumLabel.text() == ("应到有表决权的党员 5 名，实到 4 名：已达到规定人数，可以表决。"
                                            "通过须赞成票（含书面意见）超过应到有表决权的党员的半数，即不少于 3 票。")
    assert dialog.ui.votesTable.item(0, 9).text() == "通过（赞成 4 票，需 3 票）"
    dialog.ui.placeEdit.setText("村部")
    dialog.save()
    vote = store.query_one("SELECT subject, votes_for, method FROM meeting_vote")
    assert vote == {"subject": "关于村组道路硬化的决议", "votes_for": 4, "method": "举手表决"}


def test_appraisal_grades_in_the_editor(qtbot, store, village):
    dialog = MeetingDialog(store, branch_uuid=village["branch"], kind=mt.APPRAISAL, day=dt.date(2025, 6, 20),
                           today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.tabs.isTabEnabled(TABS["grades"])
    table = dialog.ui.gradesTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert table.item(names.index("孙小明"), 2).text() == "预备党员不评定等次"
    for row, name in enumerate(names):
        combo = table.cellWidget(row, 2)
        if combo is not None:
            combo.setCurrentIndex(combo.findData("优秀" if name in ("张书记", "李委员") else "合格"))
    dialog.grid.attendance.mark_unrecorded(mt.PRESENT)
    dialog.ui.placeEdit.setText("村部")
    dialog.save()
    assert dialog.result() == 1                      # saved: more than 1/3 优秀 is only a warning
    assert dialog.ui.warningsLabel.text() == "提醒：评为优秀的 2 名，超过参评党员 5 名的三分之一（一般不超过1/3）"
    assert mt.appraisal_summary(store, village["branch"], 2025)["counts"] == {
        "优秀": 2, "合格": 3, "基本合格": 0, "不合格": 0}


def test_attachments_with_thumbnails_and_viewer(qtbot, store, village, tmp_path):
    image = QImage(200, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b6ea5"))
    path = tmp_path / "签到表.png"
    assert image.save(str(path))
    uuid = held(store, village["branch"])
    dialog = MeetingDialog(store, uuid=uuid, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.add_files([str(path), str(tmp_path / "missing.jpg")])
    assert dialog.ui.filesList.count() == 1 and dialog.ui.filesList.item(0).text() == "签到表.png（未保存）"
    assert not dialog.ui.filesList.item(0).icon().isNull()
    assert "无法读取文件" in dialog.ui.problemsLabel.text()
    assert dialog.ui.tabs.tabText(TABS["attachments"]) == "附件（1）"
    dialog.save()
    stored = mt.attachments(store, uuid)
    assert [(a["file_name"], a["mime"]) for a in stored] == [("签到表.png", "image/png")]
    again = MeetingDialog(store, uuid=uuid, today=TODAY)
    qtbot.addWidget(again)
    assert again.ui.filesList.item(0).text() == "签到表.png"
    from djdesk.ui.meeting_files import AttachmentViewer
    viewer = AttachmentViewer(mt.attachment_data(store, stored[0]["uuid"]), "签到表.png", "image/png")
    qtbot.addWidget(viewer)
    assert viewer.image.size().width() == 200 and not viewer.picture.pixmap().isNull()
    again.ui.filesList.setCurrentRow(0)
    again.remove_file()
    again.save()
    assert mt.attachments(store, uuid) == []


def test_history_of_an_edited_meeting_is_shown(qtbot, store, village):
    uuid = held(store, village["branch"])
    dialog = MeetingDialog(store, uuid=uuid, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.ui.historyButton.isVisibleTo(dialog) and not dialog.ui.kindCombo.isEnabled()
    dialog.ui.placeEdit.setText("党员活动室")
    dialog.grid.attendance.set_status(5, mt.ABSENT)          # 赵大山
    dialog.save()
    history = MeetingHistoryDialog(store, uuid)
    qtbot.addWidget(history)
    table = history.ui.historyTable
    rows = [[table.item(r, c).text() for c in (2, 3)] for r in range(table.rowCount())]
    assert rows[-2:] == [["地点", "村部会议室 → 党员活动室"], ["出席情况 赵大山", "出席情况：出席 → 缺席"]]
    assert "共 4 条修改记录" in history.ui.infoLabel.text()


# ----- the page ----------------------------------------------------------------------------------

def test_page_lists_filters_and_opens_a_new_meeting(qtbot, page, store, village):
    held(store, village["branch"], day="2025-02-10")
    held(store, village["branch"], mt.ASSEMBLY, day="2025-05-10")
    page.refresh()
    assert [page.branch_combo.itemText(i) for i in range(page.branch_combo.count())] == ["李家村党支部"]
    assert not page.tabs.isTabVisible(2)                      # one branch: no overview
    model = page.model
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == ["支部党员大会", "主题党日"]
    assert page.count_label.text() == "共 2 次会议"
    page.quarter_combo.setCurrentIndex(1)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "2025-02-10"
    page.quarter_combo.setCurrentIndex(0)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(mt.ASSEMBLY))
    assert model.rowCount() == 1
    page.kind_combo.setCurrentIndex(0)
    changed = []
    page.changed.connect(lambda: changed.append(True))

    def fill(dialog):
        assert isinstance(dialog, MeetingDialog) and dialog.ui.titleEdit.text() == "2025年6月主题党日活动"
        dialog.grid.setFocus()
        for _ in range(6):
            qtbot.keyClick(dialog.grid, Qt.Key.Key_1)
        dialog.ui.placeEdit.setText("村部会议室")
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    drive_modal(lambda: page.new_meeting(mt.THEME_DAY), fill)
    assert changed == [True] and model.rowCount() == 3
    assert page.selected_uuid() == model.uuid_at(0) and model.index(0, 5).data() == "6"


def test_compliance_tab_colours_the_year(qtbot, page, store, village):
    held(store, village["branch"], day="2025-01-10")
    held(store, village["branch"], day="2025-03-10")
    page.refresh()
    page.tabs.setCurrentIndex(1)
    grid = page.grid
    names = [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())]
    assert names == ["支部党员大会（每季度）", "支部委员会（每月）", "党课（每季度）", "主题党日（每月）",
                     "组织生活会（每年）", "民主评议党员（每年）"]
    theme = names.index("主题党日（每月）")
    cells = [(grid.item(theme, m).text(), grid.item(theme, m).background().color().name()) for m in range(7)]
    assert cells == [("1", cp.STATUS_COLORS["met"]), ("×", cp.STATUS_COLORS["missed"]),
                     ("1", cp.STATUS_COLORS["met"]), ("×", cp.STATUS_COLORS["missed"]),
                     ("×", cp.STATUS_COLORS["missed"]), ("○", cp.STATUS_COLORS["due"]), ("·", "#ffffff")]
    assert grid.item(theme, 12).text() == "2/12" and grid.item(theme, 13).text() == "3"
    overdue = [page.overdue_list.item(i).text() for i in range(page.overdue_list.count())]
    assert "2025年2月主题党日未召开（应于 2025-02-28 前召开）" in overdue
    assert page.compliance_label.text() == "李家村党支部 2025年：有逾期（统计截至 2025-06-30）"


def test_overview_of_several_branches_opens_one(qtbot, store, village):
    second = orgs.add_org(store, village["village"], {"kind": "branch", "name": "李家村第二党支部"})
    held(store, village["branch"], day="2025-01-10")
    page = MeetingsPage(store, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    township = next(n.uuid for n in orgs.tree(store) if n.kind == "township")
    page.set_org(township, "红星乡党委")
    assert page.tabs.isTabVisible(2)
    page.tabs.setCurrentIndex(2)
    table = page.overview
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["李家村党支部", "李家村第二党支部"]
    assert table.item(0, 1).text() == "有逾期"
    assert page.overview_label.text().startswith("红星乡党委 2025年：2 个支部，全部按期 0 个，有待召开 0 个，有逾期 2 个")
    page._overview_open(1, 0)
    assert page.branch_uuid() == second and page.tabs.currentIndex() == 1


def test_delete_and_print_from_the_page(qtbot, page, store, village, monkeypatch):
    uuid = held(store, village["branch"], mt.ASSEMBLY)
    page.refresh(select=uuid)
    shown = []
    monkeypatch.setattr(page, "show_pdf", lambda result, title: shown.append((result, title)))
    page.print_report("record")
    page.print_report("sign_in")
    page.print_report("binder")
    assert [(r.path.exists(), r.pages >= 1, t) for r, t in shown] == [
        (True, True, "会议记录 — 2025年第二季度支部党员大会"), (True, True, "签到表 — 2025年第二季度支部党员大会"),
        (True, True, "三会一课记录本 — 李家村党支部2025年")]
    assert shown[0][0].path.parent.name == "prints"
    monkeypatch.setattr(page, "confirm", lambda text: False)
    page.delete_meeting()
    assert page.model.rowCount() == 1
    monkeypatch.setattr(page, "confirm", lambda text: True)
    page.delete_meeting()
    assert page.model.rowCount() == 0 and page.empty_label.isVisibleTo(page)
    assert store.scalar("SELECT deleted FROM meeting WHERE uuid = ?", (uuid,)) == 1


def test_kinds_dialog_sets_frequency_and_adds_a_kind(qtbot, store, village):
    dialog = MeetingKindsDialog(store, village["village"], "李家村")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    names = [ui.kindsList.item(i).text() for i in range(ui.kindsList.count())]
    ui.kindsList.setCurrentRow(names.index("党课"))
    assert not ui.nameEdit.isEnabled() and ui.frequencyCombo.currentData() == "quarterly"
    ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findData("monthly"))
    ui.addKindButton.click()
    ui.nameEdit.setText("专题学习会")
    ui.nameEdit.textEdited.emit("专题学习会")
    ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findData("half_yearly"))
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1
    assert mt.kind_for(store, village["branch"], mt.LECTURE).frequency == "monthly"
    custom = [k for k in mt.kinds_for(store, village["branch"]) if not k.builtin]
    assert [(k.name, k.frequency) for k in custom] == [("专题学习会", "half_yearly")]
    # the settings row belongs to the village and applies to its branch below
    assert store.scalar("SELECT count(*) FROM meeting_kind WHERE org_uuid = ?", (village["village"],)) == 2
