"""Helpers the GUI tests share: driving a modal dialog, clicking OK."""

from djdesk.ui.qt import QApplication, QDialogButtonBox, Qt, QTimer


def drive_modal(open_it, handle, want=None):
    """Call ``open_it`` (which runs a modal dialog) while ``handle(dialog)`` deals with it; with
    ``want``, wait for a dialog of that class (another modal may come first)."""
    seen, finished = [], []

    def step():
        if finished:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or (want is not None and not isinstance(dialog, want)):
            QTimer.singleShot(10, step)
            return
        seen.append(dialog)
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, step)
    try:
        open_it()
    finally:
        finished.append(True)
    assert seen, "no dialog was opened"
    return seen[0]


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
