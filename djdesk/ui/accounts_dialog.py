"""账户管理 and 修改密码 (forms/accounts_dialog.ui, forms/account_edit_dialog.ui; issue #9).

Every rule — the first account is an administrator, one administrator always remains, password
length, who may manage accounts — is core's ``accounts``; the dialogs show its messages.
"""

from __future__ import annotations

from djdesk.core import accounts
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store
from djdesk.ui.errors import show_user_error
from djdesk.ui.fields import combo_value, fill_combo, select_value, show_error
from djdesk.ui.forms.ui_account_edit_dialog import Ui_AccountEditDialog
from djdesk.ui.forms.ui_accounts_dialog import Ui_AccountsDialog
from djdesk.ui.qt import QDialog, QDialogButtonBox, QHeaderView, QInputDialog, QMessageBox, QTableWidgetItem

CREATE, RESET, CHANGE = "create", "reset", "change"


class AccountEditDialog(QDialog):
    """New account (CREATE), an administrator's password reset (RESET) or one's own password
    change (CHANGE); saves through core and shows its problems."""

    def __init__(self, store: Store, mode: str, name: str = "", parent=None):
        super().__init__(parent)
        self.ui = Ui_AccountEditDialog()
        self.ui.setupUi(self)
        self.store = store
        self.mode = mode
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        fill_combo(ui.roleCombo, [(label, role) for role, label in accounts.ROLES.items()])
        show_error(ui.errorLabel, None)
        creating = mode == CREATE
        for widget in (ui.displayNameEdit, ui.displayNameLabel, ui.roleCombo, ui.roleLabel):
            widget.setVisible(creating)
        for widget in (ui.oldPasswordEdit, ui.oldPasswordLabel):
            widget.setVisible(mode == CHANGE)
        ui.nameEdit.setText(name)
        ui.nameEdit.setEnabled(creating)
        if creating:
            self.setWindowTitle(self.tr("新建账号"))
            if not any(a["role"] == accounts.ADMIN and a["active"] for a in accounts.list_accounts(store)):
                select_value(ui.roleCombo, accounts.ADMIN)
                ui.roleCombo.setEnabled(False)
                show_error(ui.errorLabel, self.tr("第一个账号必须是管理员。"))
            else:
                select_value(ui.roleCombo, accounts.CLERK)
        elif mode == RESET:
            self.setWindowTitle(self.tr("重置密码：{0}").format(name))
            ui.passwordLabel.setText(self.tr("新密码"))
        else:
            self.setWindowTitle(self.tr("修改密码"))
            ui.passwordLabel.setText(self.tr("新密码"))

    def save(self) -> None:
        ui = self.ui
        password = ui.passwordEdit.text()
        if password != ui.againEdit.text():
            show_error(ui.errorLabel, self.tr("两次输入的密码不一样。"))
            return
        try:
            if self.mode == CREATE:
                accounts.create_account(self.store, ui.nameEdit.text(), password, combo_value(ui.roleCombo),
                                        ui.displayNameEdit.text())
            elif self.mode == RESET:
                accounts.reset_password(self.store, ui.nameEdit.text(), password)
            else:
                accounts.change_password(self.store, ui.nameEdit.text(), ui.oldPasswordEdit.text(), password)
        except ValidationError as exc:
            show_error(ui.errorLabel, "\n".join(exc.problems.values()))
            return
        except UserError as exc:
            show_error(ui.errorLabel, exc.message)
            return
        self.accept()


class AccountsDialog(QDialog):
    """The accounts list with create / role / deactivate / reset, and the login switch."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.ui = Ui_AccountsDialog()
        self.ui.setupUi(self)
        self.store = store
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        ui.buttonBox.rejected.connect(self.reject)
        ui.addButton.clicked.connect(self.add_account)
        ui.roleButton.clicked.connect(self.change_role)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.resetButton.clicked.connect(self.reset_password)
        ui.accountTable.itemSelectionChanged.connect(self._update_buttons)
        ui.loginCheck.setChecked(accounts.login_required(store))
        ui.loginCheck.toggled.connect(self.set_login)
        self.refresh()

    def refresh(self) -> None:
        self.rows = accounts.list_accounts(self.store)
        table = self.ui.accountTable
        headers = (self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态"), self.tr("上次登录"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.rows))
        for row, a in enumerate(self.rows):
            values = (a["name"], a["display_name"] or "", accounts.ROLES.get(a["role"], a["role"]),
                      self.tr("在用") if a["active"] else self.tr("已停用"),
                      (a["last_login_at"] or "").replace("T", " "))
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.ui.accountTable.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.ui.roleButton, self.ui.activeButton, self.ui.resetButton):
            button.setEnabled(account is not None)
        self.ui.activeButton.setText(self.tr("启用") if account is not None and not account["active"]
                                     else self.tr("停用"))

    def _run(self, func, *args) -> bool:
        try:
            func(self.store, *args)
        except UserError as exc:
            show_user_error(exc.message, self)
            return False
        self.refresh()
        return True

    def add_account(self) -> None:
        if AccountEditDialog(self.store, CREATE, parent=self).exec():
            self.refresh()

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        labels = list(accounts.ROLES.values())
        current = labels.index(accounts.ROLES[account["role"]])
        label, ok = QInputDialog.getItem(self, self.tr("修改角色"), self.tr("“{0}”的角色：").format(account["name"]),
                                         labels, current, False)
        if ok:
            role = next(r for r, lab in accounts.ROLES.items() if lab == label)
            self._run(accounts.set_role, account["name"], role)

    def toggle_active(self) -> None:
        account = self.selected()
        if account is not None:
            self._run(accounts.set_active, account["name"], not account["active"])

    def reset_password(self) -> None:
        account = self.selected()
        if account is not None and AccountEditDialog(self.store, RESET, account["name"], parent=self).exec():
            self.refresh()

    def set_login(self, on: bool) -> None:
        if not on:
            sure = QMessageBox.question(self, self.tr("关闭登录"), accounts.LOGIN_OFF_WARNING,
                                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                        QMessageBox.StandardButton.No)
            if sure != QMessageBox.StandardButton.Yes:
                self._set_check(True)
                return
        if not self._run(accounts.set_login_required, on):
            self._set_check(not on)
            return
        if on and self.store.session is None:
            from djdesk.ui.login_dialog import LoginDialog

            QMessageBox.information(self, self.tr("已开启登录"),
                                    self.tr("已开启登录。请现在用管理员账号登录，以后每次启动都需要登录。"))
            LoginDialog(self.store, parent=self).exec()

    def _set_check(self, on: bool) -> None:
        self.ui.loginCheck.blockSignals(True)
        self.ui.loginCheck.setChecked(on)
        self.ui.loginCheck.blockSignals(False)
