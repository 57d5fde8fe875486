"""Lock the window after idle time (issue #9): shared PCs are left on with the roster open.

An app-wide event filter restarts a timer on every key, click or wheel; when it runs out and the
database has login on, the window's data is hidden behind the unlock dialog until the logged-in
account's password is entered again (setting ``idle_lock_minutes``; 0 turns it off).
"""

from __future__ import annotations

from djdesk.ui.qt import QApplication, QEvent, QObject, QTimer

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseMove}


class IdleLock(QObject):
    """Watches input for ``window`` (a MainWindow: ``store``, ``centralWidget()``).

    The filter is installed only while someone is logged in (``refresh``): a Python event filter
    sees every event of the app, and a database without login has nothing to lock."""

    def __init__(self, window, minutes: float):
        super().__init__(window)
        self.window = window
        self.locked = False
        self.dialog = None
        self.minutes = minutes
        self._installed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        self.refresh()

    def refresh(self) -> None:
        """Start or stop watching, for the window's current store and session."""
        active = self.minutes > 0 and self.window.store.session is not None
        self.timer.stop()
        app = QApplication.instance()
        if active:
            self.timer.setInterval(max(int(self.minutes * 60_000), 1))
            self.timer.start()
            if not self._installed:
                app.installEventFilter(self)
                self._installed = True
        elif self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def stop(self) -> None:
        self.minutes = 0
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if not self.locked and event.type() in _INPUT and self.timer.isActive():
            self.timer.start()
        return False

    def lock(self) -> None:
        from djdesk.core import accounts
        from djdesk.ui.login_dialog import LoginDialog

        store = self.window.store
        session = store.session
        if self.locked or session is None or not accounts.login_required(store):
            self.timer.start()
            return
        self.locked = True
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(False)      # nothing of the roster shows behind the dialog
        try:
            dialog = LoginDialog(store, parent=self.window, account=session.account)
            self.dialog = dialog
            unlocked = dialog.exec()
        finally:
            self.dialog = None
            self.locked = False
        if not unlocked:
            self.window.close()
            return
        if central is not None:
            central.setVisible(True)
        self.timer.start()
