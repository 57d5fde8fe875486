"""How the GUI shows errors (STYLE.md #5): no traceback ever reaches the user.

- a ``UserError`` (the world's fault) shows its Chinese message in a warning box;
- a known failure of the disk or the database file (full, read-only, locked, USB stick pulled
  out) gets core's plain message saying what to do (``djdesk.core.diskerrors``), and is logged;
- anything else is a bug: logged with its traceback to the log file, and a dialog says what
  failed, where, and where the log file is.
Qt's own warnings go to the log too, so nothing alarming is printed on the console.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from djdesk.core import diskerrors, paths
from djdesk.core.errors import Cancelled, UserError
from djdesk.ui.qt import QApplication, QCoreApplication, QMessageBox, QtMsgType, qInstallMessageHandler

log = logging.getLogger("djdesk.ui")
_qt_log = logging.getLogger("djdesk.qt")
translate = QCoreApplication.translate
_showing: list[bool] = []  # non-empty while the crash dialog is open
_interactive = [True]      # False under --self-test: nobody is there to close a dialog
EXIT_UNEXPECTED = 3


def known_problem(exc: BaseException) -> str | None:
    """The plain message for a failure of the disk or the database file (full, read-only, in use,
    pulled-out USB stick …), worded once in core (``djdesk.core.diskerrors``); None for a bug."""
    explained = diskerrors.explained(exc)
    return None if explained is exc else str(explained)


def _parent():
    return QApplication.activeModalWidget() or QApplication.activeWindow()


def show_user_error(message: str, parent=None) -> None:
    QMessageBox.warning(parent or _parent(), translate("Errors", "党建桌面"), message)


def describe_location(tb) -> str:
    """The innermost djdesk frame of a traceback, e.g. 'roster_page.py 第 120 行（print_roster）'."""
    frames = traceback.extract_tb(tb)
    ours = [f for f in frames if "djdesk" in Path(f.filename).parts] or frames
    if not ours:
        return translate("Errors", "未知位置")
    frame = ours[-1]
    return translate("Errors", "{0} 第 {1} 行（{2}）").format(
        Path(frame.filename).name, frame.lineno, frame.name)


def handle_exception(exc_type, exc, tb) -> None:
    """sys.excepthook for the GUI: every uncaught exception ends here."""
    if issubclass(exc_type, Cancelled):
        return
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    if QApplication.instance() is None:
        log.error("unexpected error before the window opened", exc_info=(exc_type, exc, tb))
        print(str(exc) if issubclass(exc_type, UserError) else
              f"党建桌面出错，详见日志：{paths.log_path()}", file=sys.stderr)
        return
    if not _interactive[0]:  # a self-test must fail, not wait on a dialog nobody will close
        log.error("unexpected error during self-test", exc_info=(exc_type, exc, tb))
        print(f"党建桌面自检失败：{exc_type.__name__}: {exc}（详见日志：{paths.log_path()}）", file=sys.stderr)
        QApplication.exit(EXIT_UNEXPECTED)
        return
    if issubclass(exc_type, UserError):
        log.info("user error: %s", exc)
        show_user_error(str(exc))
        return
    known = known_problem(exc)
    if known is not None:
        log.warning("environment error", exc_info=(exc_type, exc, tb))
        show_user_error(known)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if _showing:  # an error while the crash dialog is open: logged, not stacked
        return
    text = translate("Errors", "程序内部出错，刚才的操作没有完成，已保存的数据不受影响。\n\n"
                               "出错的地方：{0}\n错误类型：{1}\n\n详细情况已记录在日志文件：\n{2}\n"
                               "如问题反复出现，请把这个文件交给技术支持人员。").format(
        describe_location(tb), exc_type.__name__, paths.log_path())
    _showing.append(True)
    try:
        QMessageBox.critical(_parent(), translate("Errors", "党建桌面 — 程序出错"), text)
    finally:
        _showing.clear()


def _qt_message(mode, context, message) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    _qt_log.log(level, "%s", message)


def install(interactive: bool = True) -> None:
    """Route uncaught exceptions and Qt messages to the handlers above; with ``interactive``
    False (--self-test) an unexpected error ends the event loop with EXIT_UNEXPECTED."""
    _interactive[0] = interactive
    sys.excepthook = handle_exception
    qInstallMessageHandler(_qt_message)
