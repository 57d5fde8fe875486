"""The safety net in the GUI (issue #9): daily backup off the GUI thread, read-only when locked,
backup to a folder, restore, login and the idle lock, the audit log, undo.

Modal dialogs are driven from a timer started before the action that opens them; Chinese goes
into widgets with setText (keyClicks aborts on it, TECH-NOTES).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading

import pytest

from djdesk.core import accounts, audit, backup, members, orgs
from djdesk.core import lock as db_lock
from djdesk.core.settings import Settings
from djdesk.core.store import READ_ONLY_MESSAGE, Store
from djdesk.ui import app, databases
from djdesk.ui.main_window import MainWindow
from djdesk.ui.qt import QApplication, QKeySequence, QLabel, QMessageBox, Qt, QTimer
from uihelpers import click_ok, drive_modal

PHONE_BEFORE, PHONE_AFTER = "13800001111", "13912345678"


def add_member(store, name="张三丰", id_number="11010519491231002X"):
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    return members.add_member(store, dict(org_uuid=branch, name=name, gender="女", ethnicity="汉族",
                                          category="正式", id_number=id_number, birth_date="1949-12-31",
                                          join_date="1975-07-01", conversion_date="1976-07-01",
                                          phone=PHONE_BEFORE))


def open_window(qtbot, store) -> MainWindow:
    w = MainWindow(store, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded)
    return w


@pytest.fixture
def messages(monkeypatch):
    """Every message box's text, answered Yes where it asks."""
    shown = []

    def record(kind, answer=None):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer
        return box
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


# ----- start-up: the daily backup and the lock ---------------------------------------------------

def test_the_daily_backup_runs_off_the_gui_thread_and_a_file_appears(qtbot, store, monkeypatch):
    threads = []
    real = backup.daily_backup

    def spy(s, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(s, *args, **kwargs)
    monkeypatch.setattr(backup, "daily_backup", spy)
    assert backup.list_backups(store.path) == []
    w = open_window(qtbot, store)
    w.start_daily_backup()
    qtbot.waitUntil(lambda: w.backup_label.text() != "", timeout=10_000)
    assert threads == [False]
    assert [e.kind for e in backup.list_backups(store.path)] == ["daily"]
    assert w.backup_label.text() == "今天已自动备份"
    assert w.backup_label.toolTip() == str(backup.list_backups(store.path)[0].path)


def write_foreign_lock(db_path, host="村委会电脑"):
    info = dict(host=host, user="王会计", pid=4242, since="2026-11-23T08:30:00", app="djdesk 0.1.0",
                boot="", token="feedbeef")
    db_lock.lock_path(db_path).write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")


def test_a_locked_database_at_start_up_opens_read_only(qtbot, store, messages):
    path = store.path
    add_member(store)
    store.close()
    write_foreign_lock(path)
    seen = {}

    def choose_read_only(box):
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.objectName() for b in box.buttons())
        qtbot.mouseClick(box.findChild(object, "readOnlyButton"), Qt.MouseButton.LeftButton)
    args = app.parse_args(["--db", str(path)])
    opened = []
    drive_modal(lambda: opened.append(app.open_startup_store(args, Settings(), True)), choose_read_only)
    ro = opened[0]
    assert "电脑：村委会电脑\n用户：王会计\n开始时间：2026-11-23 08:30" in seen["text"]
    assert seen["buttons"] == ["breakLockButton", "cancelButton", "readOnlyButton"]
    assert ro.read_only
    w = open_window(qtbot, ro)
    try:
        assert w.windowTitle().endswith("（只读）")
        assert w.mode_label.text() == "只读方式：不能保存修改"
        page = w.roster_page
        page.select_member(page.model.uuid_at(0))

        def edit(d):
            d.ui.phoneEdit.setText(PHONE_AFTER)
            click_ok(qtbot, d)
        drive_modal(page.edit_member, edit)
        assert ("warning", READ_ONLY_MESSAGE) in messages      # core's message, not a traceback
        messages.clear()
        w.restore_action.trigger()                             # no restore over someone else's work
        assert messages == [("warning", READ_ONLY_MESSAGE)]
        assert w.store.scalar("SELECT phone FROM member") == PHONE_BEFORE
        assert json.loads(db_lock.lock_path(path).read_text(encoding="utf-8"))["host"] == "村委会电脑"
    finally:
        w.store.close()


def test_break_lock_needs_confirmation_and_then_opens_writable(qtbot, store, messages):
    path = store.path
    store.close()
    write_foreign_lock(path)
    opened = []
    drive_modal(lambda: opened.append(databases.open_store(path)),
                lambda box: qtbot.mouseClick(box.findChild(object, "breakLockButton"), Qt.MouseButton.LeftButton))
    s = opened[0]
    try:
        assert not s.read_only
        assert messages[0][0] == "question" and "村委会电脑" in messages[0][1]
        assert db_lock.read_lock(path).pid == os.getpid()
    finally:
        s.close()


# ----- backup and restore ----------------------------------------------------------------------

def test_backup_to_a_folder_through_the_menu(qtbot, store, messages, monkeypatch, tmp_path):
    from djdesk.ui.qt import QFileDialog

    add_member(store)
    stick = tmp_path / "U盘"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    w = open_window(qtbot, store)
    w.backup_action.trigger()
    made = list(stick.iterdir())
    assert len(made) == 1 and made[0].name.startswith("village-manual-")
    info = backup.inspect_backup(made[0])
    assert info.counts["member"] == 1
    kind, text = messages[-1]
    assert kind == "information"
    assert text.startswith(f"已备份到：\n{made[0]}\n\n大小：")


def test_restore_through_the_dialog_brings_back_a_deleted_member(qtbot, store, messages):
    uuid = add_member(store)
    taken = backup.backup_now(store)
    members.delete_member(store, uuid)
    w = open_window(qtbot, store)
    assert w.roster_page.model.rowCount() == 0
    seen = {}

    def pick(d):
        seen["items"] = d.ui.backupList.count()
        seen["summary"] = d.ui.summaryLabel.text()
        click_ok(qtbot, d)
    drive_modal(w.restore_action.trigger, pick)
    try:
        assert seen["items"] == 1
        assert "单位：李家村" in seen["summary"] and "党员 1 名（在册 1 名）" in seen["summary"]
        assert str(taken) in seen["summary"]
        assert [k for k, _ in messages] == ["question", "information"]     # confirm, then done
        assert w.store is not store and not w.store.read_only
        assert w.store.scalar("SELECT deleted FROM member WHERE uuid = ?", (uuid,)) == 0
        assert w.roster_page.model.rowCount() == 1
        assert any(e.kind == "before-restore" for e in backup.list_backups(w.store.path))
    finally:
        w.store.close()


def test_restore_of_another_databases_backup_asks_twice(qtbot, store, messages, tmp_path):
    from djdesk.core.database import NewDatabase, create_database

    other = create_database(tmp_path / "other" / "village.sqlite",
                            NewDatabase(role="village", township_name="红星乡党委", township_code="410101",
                                        village_name="王家村"))
    foreign = backup.backup_now(other, tmp_path / "stick")
    other.close()
    w = open_window(qtbot, store)
    try:
        from djdesk.ui.backup_dialogs import RestoreDialog

        def pick(d):
            d.select_file(foreign)
            click_ok(qtbot, d)
        drive_modal(w.restore_action.trigger, pick, want=RestoreDialog)
        assert [k for k, _ in messages] == ["question", "warning", "information"]
        assert "另一个数据库（王家村）" in messages[1][1]
        assert w.windowTitle().endswith("王家村")
    finally:
        w.store.close()


# ----- accounts, login, idle lock, audit ----------------------------------------------------------

@pytest.fixture
def login_store(store):
    accounts.create_account(store, "wang", "secret1", accounts.ADMIN, "王书记")
    accounts.set_login_required(store, True)
    accounts.logout(store)
    return store


def test_login_refuses_a_wrong_password_and_the_log_names_the_account(qtbot, login_store, messages):
    from djdesk.ui.login_dialog import LoginDialog

    store = login_store
    uuid_ = None
    seen = {}

    def log_in(d):
        d.ui.nameEdit.setText("wang")
        d.ui.passwordEdit.setText("wrong!!")
        click_ok(qtbot, d)
        seen["error"] = d.ui.errorLabel.text()
        seen["still_open"] = d.isVisible()
        d.ui.passwordEdit.setText("secret1")
        click_ok(qtbot, d)
    dialog = drive_modal(lambda: seen.setdefault("ok", app.log_in(store)), log_in, want=LoginDialog)
    assert seen["error"] == "用户名或密码不正确。" and seen["still_open"]
    assert seen["ok"] is True and dialog.result() == dialog.DialogCode.Accepted
    assert store.session.account == "wang"
    uuid_ = add_member(store)
    w = open_window(qtbot, store)
    assert w.account_label.text() == "账号：王书记（管理员）"
    page = w.roster_page
    page.select_member(uuid_)

    def edit(d):
        d.ui.phoneEdit.setText(PHONE_AFTER)
        click_ok(qtbot, d)
    drive_modal(page.edit_member, edit)
    entry = audit.search(store, audit.AuditFilter(table="member"))[0]
    assert (entry.account, entry.action, entry.changes) == ("wang", "update", {"phone": [PHONE_BEFORE, PHONE_AFTER]})


def test_three_wrong_passwords_end_the_login(qtbot, login_store):
    from djdesk.ui.login_dialog import LoginDialog

    d = LoginDialog(login_store)
    qtbot.addWidget(d)
    d.show()
    d.ui.nameEdit.setText("wang")
    for _ in range(3):
        d.ui.passwordEdit.setText("nope123")
        click_ok(qtbot, d)
    assert d.result() == d.DialogCode.Rejected and not d.isVisible()
    assert login_store.session is None


def test_the_idle_lock_appears_and_unlocks_with_the_password(qtbot, login_store):
    accounts.login(login_store, "wang", "secret1")
    w = open_window(qtbot, login_store)
    seen = {}

    def unlock():
        d = w.idle_lock.dialog if w.idle_lock.locked else None
        if d is None or not d.isVisible():
            QTimer.singleShot(10, unlock)
            return
        seen["title"] = d.windowTitle()
        seen["hidden"] = not w.centralWidget().isVisible()
        seen["name"] = (d.ui.nameEdit.text(), d.ui.nameEdit.isEnabled())
        d.ui.passwordEdit.setText("wrong!!")
        click_ok(qtbot, d)
        seen["error"] = d.ui.errorLabel.text()
        d.ui.passwordEdit.setText("secret1")
        click_ok(qtbot, d)
    QTimer.singleShot(0, unlock)
    w.idle_lock.set_minutes(0.002)                 # 120 ms
    qtbot.waitUntil(lambda: "error" in seen and not w.idle_lock.locked, timeout=10_000)
    w.idle_lock.set_minutes(0)
    assert seen == {"title": "已锁定", "hidden": True, "name": ("wang", False), "error": "用户名或密码不正确。"}
    assert w.centralWidget().isVisible() and w.isVisible()


def test_accounts_dialog_creates_an_account_and_turns_login_on(qtbot, store, messages):
    from djdesk.ui.accounts_dialog import CREATE, AccountEditDialog, AccountsDialog

    d = AccountsDialog(store)
    qtbot.addWidget(d)
    first = AccountEditDialog(store, CREATE, parent=d)
    assert first.ui.roleCombo.currentData() == "admin" and not first.ui.roleCombo.isEnabled()
    first.ui.nameEdit.setText("wang")
    first.ui.passwordEdit.setText("secret1")
    first.ui.againEdit.setText("secret2")
    first.save()
    assert first.ui.errorLabel.text() == "两次输入的密码不一样。"
    first.ui.againEdit.setText("secret1")
    first.save()
    assert first.result() == first.DialogCode.Accepted
    d.refresh()
    assert d.ui.accountTable.item(0, 0).text() == "wang" and d.ui.accountTable.item(0, 2).text() == "管理员"
    from djdesk.ui.login_dialog import LoginDialog

    def log_in(login):
        login.ui.nameEdit.setText("wang")
        login.ui.passwordEdit.setText("secret1")
        click_ok(qtbot, login)
    drive_modal(lambda: d.ui.loginCheck.setChecked(True), log_in, want=LoginDialog)
    assert accounts.login_required(store) and store.session.account == "wang"
    d.ui.loginCheck.setChecked(False)                  # answered Yes to LOGIN_OFF_WARNING
    assert ("question", accounts.LOGIN_OFF_WARNING) in messages
    assert not accounts.login_required(store)


def test_the_audit_dialog_lists_an_edit_with_old_and_new(qtbot, store):
    from djdesk.ui.audit_dialog import AuditDialog

    uuid = add_member(store)
    members.update_member(store, uuid, {**members.get_member(store, uuid), "phone": PHONE_AFTER})
    d = AuditDialog(store)
    qtbot.addWidget(d)
    row = d.row_texts(0)
    assert row[1:] == [store.account, "党员", "张三丰", "修改", f"联系电话：{PHONE_BEFORE} → {PHONE_AFTER}"]
    assert dt.datetime.fromisoformat(row[0].replace(" ", "T")).date() == dt.date.today()
    d.ui.textEdit.setText("不存在的人")
    d.search()
    assert d.ui.logTable.rowCount() == 0


def test_the_member_history_shows_field_changes(qtbot, store):
    from djdesk.ui.status_dialog import HistoryDialog

    uuid = add_member(store)
    members.update_member(store, uuid, {**members.get_member(store, uuid), "phone": PHONE_AFTER})
    d = HistoryDialog(store, uuid)
    qtbot.addWidget(d)
    table = d.ui.auditTable
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (2, 3)] == ["修改", f"联系电话：{PHONE_BEFORE} → {PHONE_AFTER}"]
    assert table.item(1, 2).text() == "新增"
    assert d.ui.historyTable.rowCount() == 1                       # the 入册 event beside them


# ----- undo ------------------------------------------------------------------------------------

def test_ctrl_z_undoes_a_phone_change_made_in_the_member_dialog(qtbot, store):
    uuid = add_member(store)
    w = open_window(qtbot, store)
    page = w.roster_page
    page.select_member(uuid)
    assert not w.undo_action.isEnabled()

    def edit(d):
        d.ui.phoneEdit.setText(PHONE_AFTER)
        click_ok(qtbot, d)
    drive_modal(page.edit_member, edit)
    assert store.scalar("SELECT phone FROM member") == PHONE_AFTER
    assert w.undo_action.text() == "撤销 修改党员信息"
    assert w.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: store.scalar("SELECT phone FROM member") == PHONE_BEFORE, timeout=3000)
    assert page.model.index(page.model.row_of(uuid), 9).data() == PHONE_BEFORE
    assert w.undo_action.text() == "撤销" and not w.undo_action.isEnabled()


def test_switching_database_clears_undo(qtbot, store, tmp_path):
    uuid = add_member(store)
    w = open_window(qtbot, store)
    with w.undo_stack.step("修改党员信息"):
        members.update_member(store, uuid, {**members.get_member(store, uuid), "phone": PHONE_AFTER})
    assert w.undo_stack.can_undo
    old_stack = w.undo_stack
    from djdesk.core.database import NewDatabase, create_database

    other = create_database(tmp_path / "b" / "b.sqlite", NewDatabase(role="village", township_name="红星乡党委",
                                                                     township_code="410101", village_name="王家村"))
    w.set_store(other)
    try:
        assert not old_stack.can_undo and not w.undo_stack.can_undo
        assert old_stack._on_commit not in store.commit_listeners
    finally:
        other.close()


def test_store_open_for_the_window_skips_the_inline_daily_backup(store):
    path = store.path
    store.close()
    s = databases.open_store(path)
    try:
        assert backup.list_backups(path) == [] and s.backup_problem is None
    finally:
        s.close()
    assert isinstance(s, Store)


def _main_windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_main_offers_read_only_for_a_locked_database(qtbot, store, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)      # main() installs its own hook
    path = store.path
    store.close()
    write_foreign_lock(path)
    seen = {}

    def drive():
        box = QApplication.activeModalWidget()
        if box is not None and box.findChild(object, "readOnlyButton") is not None:
            box.findChild(object, "readOnlyButton").click()
        windows = _main_windows()
        if windows and windows[0].loaded:
            seen["title"] = windows[0].windowTitle()
            seen["read_only"] = windows[0].store.read_only
            windows[0].close()                  # the last window: ends main()'s event loop
            return
        QTimer.singleShot(20, drive)
    QTimer.singleShot(0, drive)
    assert app.main(["--db", str(path)]) == 0
    assert seen["read_only"] is True and seen["title"].endswith("（只读）")


def test_main_takes_the_daily_backup_after_the_window_shows(qtbot, store, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = store.path
    store.close()
    seen = {}

    def drive():
        windows = _main_windows()
        if windows and windows[0].backup_label.text():
            seen["label"] = windows[0].backup_label.text()
            windows[0].close()
            return
        QTimer.singleShot(20, drive)
    QTimer.singleShot(0, drive)
    assert app.main(["--db", str(path)]) == 0
    assert seen == {"label": "今天已自动备份"}
    assert [e.kind for e in backup.list_backups(path)] == ["daily"]
    assert not db_lock.lock_path(path).exists()                 # closed on the way out


def test_start_up_asks_for_the_login_over_the_opened_window_and_refusing_ends_it(qtbot, login_store, monkeypatch):
    """Issue #2's start-up: the window is shown first (正在打开数据库…); the database, and with it
    the login, come after its first paint. Cancelling the login ends the app with 1 and shows nothing."""
    from djdesk.ui.login_dialog import LoginDialog
    from djdesk.ui.main_window import MainWindow

    path = login_store.path
    login_store.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)     # main() installs its own hook
    seen = {}

    def refuse(dialog):
        window = dialog.parent()
        seen["window"] = isinstance(window, MainWindow) and window.isVisible()
        seen["text"] = window.centralWidget().findChild(QLabel).text()
        seen["data"] = window.store is not None
    drive_modal(lambda: seen.setdefault("code", app.main(["--db", str(path)])), refuse, want=LoginDialog)
    assert seen == {"window": True, "text": "正在打开数据库…", "data": False, "code": 1}
