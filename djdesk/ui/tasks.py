"""The one way the GUI runs long core work: on a worker thread, with delayed progress and Cancel.

``run_in_worker(parent, label, job)`` calls ``job(progress)`` on a ``QThread`` while the GUI stays
live, shows a progress dialog only if the work takes longer than about half a second, and
returns the job's result on the GUI thread (or re-raises its exception there). Cancel sets a
flag the core function checks through ``Progress.is_cancelled``; the job then raises
``Cancelled``, which is re-raised here for the caller to end quietly.

A job that needs the database opens its own ``Store`` from ``store.path`` inside the job:
sqlite3 connections are used only on the thread that opened them (STYLE.md #4). ``run_read`` does
that for the common case of a job that only reads.

Python's cyclic garbage collector is paused while a worker runs: a collection triggered by the
worker's allocations runs on the worker thread and may free Qt wrappers left in reference cycles
by closed dialogs there, off the GUI thread — that crashed the test process (a segfault while
garbage-collecting inside a dues calculation). Reference counting still frees the rest; the
paused cycles are collected on the GUI thread afterwards.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Callable, TypeVar

from djdesk.core.progress import Progress, paused_gc
from djdesk.ui.qt import (QApplication, QCoreApplication, QCursor, QEventLoop, QProgressDialog, Qt,
                          QThread, Signal)

T = TypeVar("T")
SHOW_AFTER_MS = 500


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, job: Callable[[Progress], object], cancel: threading.Event, parent=None):
        super().__init__(parent)
        self._job = job
        self._cancel = cancel
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        progress = Progress(report=self.progressed.emit, is_cancelled=self._cancel.is_set)
        try:
            self.result = self._job(progress)
        except BaseException as exc:  # handed to the GUI thread, re-raised there
            self.error = exc


def run_in_worker(parent, label: str, job: Callable[[Progress], T]) -> T:
    """Run ``job(progress)`` off the GUI thread and return its result (see module docstring)."""
    cancel = threading.Event()
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "取消"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)

    def on_cancel() -> None:
        cancel.set()
        dialog.setLabelText(QCoreApplication.translate("Tasks", "正在取消…"))

    started = time.monotonic()

    def on_progress(done: int, total: int) -> None:
        # QProgressDialog shows itself early when its estimate says the work is long; keep it
        # hidden for the first half second anyway, so quick work never flashes a dialog.
        if cancel.is_set() or time.monotonic() - started < SHOW_AFTER_MS / 1000:
            return
        if total > 0 and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total > 0 else 0)

    worker = _Worker(job, cancel)
    worker.progressed.connect(on_progress)
    dialog.canceled.connect(on_cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    try:
        with paused_gc():
            worker.start()
            loop.exec()
            worker.wait()
    finally:
        QApplication.restoreOverrideCursor()
        dialog.canceled.disconnect(on_cancel)
        dialog.close()
        dialog.deleteLater()
        worker.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]


def run_read(parent, label: str, db_path: str | Path, work: Callable[..., T]) -> T:
    """``work(store, progress)`` on a worker with its own read-only Store of ``db_path`` (reads
    only, so it works when the window opened the database read-only too)."""
    from djdesk.core.store import Store

    def job(progress: Progress) -> T:
        store = Store.open(db_path, lock=False)
        try:
            return work(store, progress)
        finally:
            store.close()
    return run_in_worker(parent, label, job)
