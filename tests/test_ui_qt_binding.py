"""Guards against the Qt binding corrupting the interpreter.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and to True/False on
every Signal.emit; unprotected, the process aborts with "none_dealloc" after a few thousand calls
(≈5,000 here). djdesk.ui.qt works around it; this runs far past that point in a fresh process.
"""

import os
import subprocess
import sys

CHILD = """
from djdesk.ui.qt import QApplication, QLabel, QObject, Signal

class Emitter(QObject):
    fired = Signal(bool)

app = QApplication([])
label, emitter = QLabel(), Emitter()
for _ in range(50_000):
    label.setText("党建")
    emitter.fired.emit(True)
    emitter.fired.emit(False)
print("survived")
"""


def test_many_void_calls_and_emits_do_not_abort_the_interpreter():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "survived"
