"""The ``djdesk`` GUI entry point (also ``python -m djdesk``).

Start-up is kept lean (TECH-NOTES, issue #2): no reportlab, openpyxl or pypinyin here, and dialog
modules load on first use. Order: logging and the error hook, the bundled CJK font, the translator,
the window — shown at once, saying 正在打开数据库… — and, right after its first paint, the window
icon and the database (with its read-only question, login or error message over the window), then
the sections and data. The store and everything that queries it are imported only then.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from djdesk.core import paths
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.logs import setup_logging
from djdesk.core.settings import Settings
from djdesk.ui import errors, i18n
from djdesk.ui.main_window import MainWindow
from djdesk.ui.qt import QApplication, QEvent, QFontDatabase, QIcon, QObject, QSize, QTimer

if TYPE_CHECKING:
    from djdesk.core.store import Store

log = logging.getLogger("djdesk.ui")
SELF_TEST_TIMEOUT_MS = 60_000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="djdesk", description="党建桌面 — 村（社区）党支部离线桌面软件")
    parser.add_argument("--db", type=Path, metavar="PATH", help="打开指定的数据库文件")
    parser.add_argument("--self-test", nargs="?", const="data", choices=("shown", "data"),
                        help="打开主窗口后立即退出（安装检查和启动计时用）：shown 主窗口显示后，"
                             "data（默认）花名册数据显示后")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help="界面语言（本次启动有效）")
    return parser.parse_args(argv)


def register_font() -> None:
    """The bundled WenQuanYi Micro Hei: Qt falls back to it when the system has no CJK font."""
    if QFontDatabase.addApplicationFont(str(paths.font_path())) < 0:
        log.warning("could not load the bundled font %s", paths.font_path())


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)   # as drawn by resources/icons/make_icons.py


def app_icon() -> QIcon:
    """djdesk's icon (resources/icons/) at every size it was drawn for: Qt then shows the hand-made
    16/24/32 px one-character pictures in title bars and taskbars instead of shrinking the large one.
    The files are read when a size is first painted, not here."""
    folder = paths.resources_dir() / "icons"
    icon = QIcon()
    for side in ICON_SIZES:
        icon.addFile(str(folder / ("djdesk.png" if side == 256 else f"djdesk-{side}.png")), QSize(side, side))
    return icon


def open_startup_store(args: argparse.Namespace, settings: Settings, interactive: bool) -> Store:
    """--db, else the last/default database, else the demo (generated on first start).

    The day's backup is not taken here but on a background thread once the window shows
    (``MainWindow.start_daily_backup``); a database another djdesk holds offers read-only."""
    from djdesk.ui.databases import ensure_demo, open_store, startup_candidates

    if args.db is not None:
        return open_store(args.db, interactive=interactive)
    for candidate in startup_candidates(settings):
        try:
            return open_store(candidate, interactive=interactive)
        except Cancelled:
            raise
        except UserError as exc:  # damaged or from a newer app: say so, then fall back
            log.warning("cannot open %s: %s", candidate, exc)
            if interactive:
                errors.show_user_error(str(exc))
    return open_store(ensure_demo(), interactive=interactive)


def log_in(store: Store, parent=None) -> bool:
    """With login on, ask for an account before the window shows any data (3 tries)."""
    from djdesk.core import accounts

    if not accounts.login_required(store):
        return True
    from djdesk.ui.login_dialog import LoginDialog

    return bool(LoginDialog(store, parent=parent).exec())


class _SelfTest(QObject):
    """Watches start-up for --self-test: the window's first paint, then the roster table painted
    with its data; quits the event loop after the first (``until="shown"``) or the second."""

    def __init__(self, app: QApplication, window: MainWindow, started: float, until: str):
        super().__init__()
        self.app = app
        self.window = window
        self.started = started
        self.until = until
        self.shown_at: float | None = None
        self.loaded_at: float | None = None
        self.done_at: float | None = None
        self.viewport = None                    # the roster table's, once the database is open
        window.installEventFilter(self)
        window.data_loaded.connect(self._loaded)

    def _loaded(self) -> None:
        self.loaded_at = time.perf_counter()
        self.viewport = self.window.roster_page.table.viewport()
        self.viewport.installEventFilter(self)
        self.viewport.update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            now = time.perf_counter()
            if self.shown_at is None:
                self.shown_at = now
                self.shown_wall = time.time()
                if self.until == "shown":
                    QTimer.singleShot(0, self.app.quit)
            if watched is self.viewport and self.loaded_at is not None and self.done_at is None:
                self.done_at = now
                self.done_wall = time.time()
                QTimer.singleShot(0, self.app.quit)
        return False

    @property
    def passed(self) -> bool:
        return self.shown_at is not None if self.until == "shown" else self.done_at is not None

    def report(self) -> str:
        data = f"数据 {self.done_at - self.started:.2f} 秒载入" if self.done_at is not None else "未等待数据载入"
        return f"党建桌面自检通过：窗口 {self.shown_at - self.started:.2f} 秒显示，{data}（自 main() 起计）"

    def since_launch(self, launched_at: float) -> str:
        """For the start-up benchmark, which launches the process at ``launched_at`` (wall clock, the
        DJDESK_LAUNCHED_AT variable): seconds from launch to the first paint and to the data, so
        neither interpreter teardown nor the work queued after the first paint is counted."""
        data = f" data={self.done_wall - launched_at:.4f}" if self.done_at is not None else ""
        return f"startup-seconds shown={self.shown_wall - launched_at:.4f}{data}"


def open_database(app: QApplication, window: MainWindow, args: argparse.Namespace, settings: Settings,
                  interactive: bool) -> None:
    """Right after the window's first paint: open the database and give it to the window; when
    that fails or the clerk gives up (read-only question, login), end the event loop with 2 or 1."""
    try:
        store = open_startup_store(args, settings, interactive)
    except Cancelled:
        app.exit(1)
        return
    except UserError as exc:
        log.warning("start-up failed: %s", exc)
        if interactive:
            errors.show_user_error(str(exc), window)
        else:
            print(str(exc), file=sys.stderr)
        app.exit(2)
        return
    if not window.set_store(store, remember=interactive and args.db is not None, interactive=interactive):
        app.exit(1)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    setup_logging()
    settings = Settings()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("djdesk")
    interactive = args.self_test is None
    errors.install(interactive)
    register_font()
    i18n.set_language(args.lang or settings.get("language"))
    window = MainWindow(None, settings)
    # The icon after the first paint, before the database (and any login or read-only question):
    # building it and the platform's conversion at show cost 1-3 ms, measured, not worth delaying the window.
    window.first_painted.connect(lambda: app.setWindowIcon(app_icon()))
    window.first_painted.connect(lambda: open_database(app, window, args, settings, interactive))
    if args.self_test:
        probe = _SelfTest(app, window, started, args.self_test)
        QTimer.singleShot(SELF_TEST_TIMEOUT_MS, app.quit)
    window.show()
    code = app.exec()
    window.wait_for_background()
    store = window.store
    if store is not None:
        store.close()
    if code != 0 or not args.self_test:
        window.close()
        return code
    if not probe.passed:
        print("党建桌面自检失败：主窗口未能显示", file=sys.stderr)
        return 1
    print(f"{probe.report()}（{store.path if store is not None else '尚未打开数据库'}）")
    if os.environ.get("DJDESK_LAUNCHED_AT"):
        print(probe.since_launch(float(os.environ["DJDESK_LAUNCHED_AT"])))
    return 0
