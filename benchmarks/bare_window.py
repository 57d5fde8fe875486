"""Baseline for start-up: a bare QMainWindow with a QTableView, from process start to painted.
With DJDESK_LAUNCHED_AT set (wall clock of the launch, as for ``djdesk --self-test``), it prints the
seconds from launch to its first paint, as djdesk does."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if os.environ.get("DJDESK_LAUNCHED_AT") and not hasattr(self, "done"):
                self.done = True
                print(f"startup-seconds shown={time.time() - float(os.environ['DJDESK_LAUNCHED_AT']):.4f}")
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
probe = _FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
