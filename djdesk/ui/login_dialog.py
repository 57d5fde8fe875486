"""The login at start-up and the idle-lock unlock (forms/login_dialog.ui, issue #9).

``accounts.login`` checks the password and makes the account the Store's session, so the audit
log names it. Three wrong tries end the dialog (the app then exits). As an unlock dialog
(``account`` given) the name is fixed and only the password is asked for.
"""

from __future__ import annotations

from djdesk.core import accounts
from djdesk.core.errors import UserError
from djdesk.core.store import Store
from djdesk.ui.fields import show_error
from djdesk.ui.forms.ui_login_dialog import Ui_LoginDialog
from djdesk.ui.qt import QDialog, QDialogButtonBox

MAX_TRIES = 3


class LoginDialog(QDialog):
    def __init__(self, store: Store, parent=None, *, account: str | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.store = store
        self.tries = 0
        self.session: accounts.Session | None = None
        self.unlocking = account is not None
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("解锁") if self.unlocking else self.tr("登录"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("退出程序") if self.unlocking else self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.try_login)
        self.ui.buttonBox.rejected.connect(self.reject)
        show_error(self.ui.errorLabel, None)
        if self.unlocking:
            self.setWindowTitle(self.tr("已锁定"))
            self.ui.introLabel.setText(self.tr("长时间无人操作，窗口已锁定。请输入“{0}”的密码继续。").format(account))
            self.ui.nameEdit.setText(account)
            self.ui.nameEdit.setEnabled(False)
            self.ui.passwordEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("登录 — {0}").format(store.path.name))

    def try_login(self) -> None:
        self.tries += 1
        try:
            self.session = accounts.login(self.store, self.ui.nameEdit.text(), self.ui.passwordEdit.text())
        except UserError as exc:
            self.ui.passwordEdit.clear()
            if self.tries >= MAX_TRIES and not self.unlocking:
                show_error(self.ui.errorLabel, exc.message)
                self.reject()
                return
            show_error(self.ui.errorLabel, exc.message)
            return
        self.accept()
