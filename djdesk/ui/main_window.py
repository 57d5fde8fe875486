"""The main window: org tree on the left, the sections on the right, counts in the status bar.

``build()`` makes every widget and menu from the current store and language; switching the
database or the language simply builds again, so there is one way the window gets its content.

Start-up (issue #2): the app shows the window before any database is open — ``MainWindow(None,
settings)`` paints a frame saying 正在打开数据库…, emits ``first_painted``, and ``app.py`` then opens
the database and hands it over with ``set_store``. So this module imports at load time only what
that first paint needs; the store, the core queries and the section widgets (and Qt's ``Qt``
namespace, ≈ 14 ms to materialise) are imported where they are first used.

The safety net (issue #9) is wired here: the day's backup on a background thread, read-only
mode, backup/restore, accounts and the idle lock, the audit log, and one undo stack per store.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from djdesk import __version__
from djdesk.core import paths
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.settings import Settings
from djdesk.ui import i18n
from djdesk.ui.errors import show_user_error
from djdesk.ui.qt import (QT_TRANSLATE_NOOP, QAction, QCoreApplication, QFileDialog, QFrame, QHBoxLayout,
                          QKeySequence, QLabel, QMainWindow, QMessageBox, QPushButton, QSplitter, QTabWidget,
                          QTimer, QVBoxLayout, QWidget, Signal)

if TYPE_CHECKING:
    from djdesk.core.store import Store

# (section title, what it holds: the tab's tooltip)
SECTIONS = (
    (QT_TRANSLATE_NOOP("MainWindow", "花名册"),
     QT_TRANSLATE_NOOP("MainWindow", "党员基本信息、组织关系和状态变化；按姓名、拼音首字母、身份证号或电话查找。")),
    (QT_TRANSLATE_NOOP("MainWindow", "三会一课"),
     QT_TRANSLATE_NOOP("MainWindow", "支部党员大会、支部委员会、党小组会和党课的计划与记录，"
                                     "以及主题党日、组织生活会和民主评议党员。")),
    (QT_TRANSLATE_NOOP("MainWindow", "党费"),
     QT_TRANSLATE_NOOP("MainWindow", "党费缴纳标准核定、按月收缴台账、补缴提醒和年度汇总。")),
    (QT_TRANSLATE_NOOP("MainWindow", "活动场所"),
     QT_TRANSLATE_NOOP("MainWindow", "村级组织活动场所的基本情况、设施和资产台账。")),
    (QT_TRANSLATE_NOOP("MainWindow", "报表"),
     QT_TRANSLATE_NOOP("MainWindow", "所选组织的各类登记表：按年度预览打印、导出Excel，装订备查。")),
    (QT_TRANSLATE_NOOP("MainWindow", "数据交换"),
     QT_TRANSLATE_NOOP("MainWindow", "用U盘在村和乡镇之间交换数据包：村里导出，乡镇汇总，"
                                     "组织机构和更正再带回村里。")),
)

CHECK_TIP = QT_TRANSLATE_NOOP("MainWindow", "按党内法规检查所选组织及下级组织的设置、人数和换届情况，"
                                          "以及三会一课、党费和活动场所")

# The rule check over a county takes ≈ 0.15 s: let the roster paint first, and skip the check
# while the clerk is still clicking through the tree.
RULES_DELAY_MS = 400
# A window that is not painted (started minimised) opens its database after this long anyway.
PAINT_WAIT_MS = 1000


def section_text(text: str) -> str:
    """Translate a text declared above with QT_TRANSLATE_NOOP("MainWindow", …)."""
    return QCoreApplication.translate("MainWindow", text)


class LazyPage(QWidget):
    """A section built the first time it is shown, so its imports and queries stay off start-up.
    It remembers the selected org and hands it on once the real page exists."""

    def __init__(self, factory, parent=None):
        super().__init__(parent)
        self._factory = factory
        self._org: tuple[str | None, str] = (None, "")
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_org(self, org_uuid: str | None, org_name: str) -> None:
        self._org = (org_uuid, org_name)
        if self.page is not None:
            self.page.set_org(org_uuid, org_name)

    def showEvent(self, event) -> None:
        if self.page is None:
            self.page = self._factory()
            self._layout.addWidget(self.page)
            self.page.set_org(*self._org)
        super().showEvent(event)


# Sections that have a page: title → "module:Class", imported the first time the page is shown.
# The class takes the store and has set_org(org_uuid, org_name); 花名册 is built at start-up.
SECTION_PAGES = {
    "三会一课": "djdesk.ui.meetings_page:MeetingsPage",
    "党费": "djdesk.ui.dues_page:DuesPage",
    "活动场所": "djdesk.ui.sites_page:SitesPage",
    "报表": "djdesk.ui.reports_page:ReportsPage",
    "数据交换": "djdesk.ui.exchange_page:ExchangePage",
}


def _section_page(target: str, store: Store) -> QWidget:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)(store)


class MainWindow(QMainWindow):
    """``data_loaded`` is emitted each time the tree and sections have been filled;
    ``first_painted`` once, just after the window's first paint (or after ``PAINT_WAIT_MS`` if it
    is not painted, e.g. started minimised). Made without a store, the window shows that the
    database is being opened until ``set_store`` gives it one."""

    data_loaded = Signal()
    first_painted = Signal()

    def __init__(self, store: Store | None, settings: Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = settings
        self.org_uuid: str | None = None
        self.org_name = ""
        self.loaded = False
        self._load_scheduled = False
        self._painted = False
        self.resize(1280, 800)
        self.undo_stack = None
        self._backup_thread = None
        self.status_label = QLabel()
        self.file_label = QLabel()
        self.file_label.setStyleSheet("color: #7f8c8d;")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupLabel")
        self.account_label = QLabel()
        self.account_label.setObjectName("accountLabel")
        self.mode_label = QLabel()
        self.mode_label.setObjectName("modeLabel")
        self.mode_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.account_label)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self._rules_timer = QTimer(self)
        self._rules_timer.setSingleShot(True)
        self._rules_timer.timeout.connect(self._update_check_button)
        from djdesk.ui.idle_lock import IdleLock

        self.idle_lock = IdleLock(self, settings.get("idle_lock_minutes"))
        if store is None:
            self._show_opening()
            QTimer.singleShot(PAINT_WAIT_MS, self._announce_painted)
        else:
            from djdesk.core.undo import UndoStack

            self.undo_stack = UndoStack(store)
            self.build()

    # ----- building ---------------------------------------------------------------------------

    def _announce_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _show_opening(self) -> None:
        """The window before its database is open: the title and 正在打开数据库… in the middle
        (centred by stretches, not an alignment flag: see the module docstring on ``Qt``)."""
        self.setWindowTitle(self.tr("党建桌面"))
        central = QWidget()
        column = QVBoxLayout(central)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("正在打开数据库…")))
        row.addStretch(1)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.setCentralWidget(central)

    def build(self) -> None:
        """(Re)make menus and widgets for the current store and language."""
        from djdesk.ui.databases import is_demo
        from djdesk.ui.org_tree import OrgTree
        from djdesk.ui.roster_page import RosterPage

        keep = self.org_uuid
        self._build_menus()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demo_banner = self._demo_banner() if is_demo(self.store) else None
        if self.demo_banner is not None:
            layout.addWidget(self.demo_banner)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        heading = QLabel(self.tr("组织机构"))
        heading.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(heading)
        self.org_tree = OrgTree()
        self.org_tree.org_selected.connect(self.select_org)
        left_layout.addWidget(self.org_tree, 1)
        self.check_button = QPushButton(self.tr("检查"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(section_text(CHECK_TIP))
        self.check_button.clicked.connect(self.show_checks)
        left_layout.addWidget(self.check_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")
        self.roster_page = RosterPage(self.store)
        self.roster_page.changed.connect(self._refresh_counts)
        self.roster_page.changed.connect(self._update_undo_action)
        self.pages: list[QWidget] = []
        for i, (title, description) in enumerate(SECTIONS):
            page = self.roster_page if i == 0 else LazyPage(
                lambda target=SECTION_PAGES[title]: _section_page(target, self.store))
            self.pages.append(page)
            self.tabs.addTab(page, section_text(title))
            self.tabs.setTabToolTip(i, section_text(description))
        self.meetings_page = self.pages[1]

        splitter = QSplitter()          # horizontal
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1030])
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.file_label.setText(self.tr("数据文件：{0}").format(self.store.path))
        self._update_safety_labels()
        self.status_label.setText(self.tr("正在载入…"))
        self._update_title()
        if self.loaded:
            self.load(keep)

    def load(self, org_uuid: str | None = None) -> None:
        """Fill the tree and select an org (which fills the sections). The first load runs just
        after the window is first painted, so the window appears without waiting for queries
        that take ≈ 0.2 s at county scale."""
        from djdesk.core.database import scope_org

        self.loaded = True
        self.org_tree.load(self.store)
        start = org_uuid or (scope_org(self.store) or {}).get("uuid") or self.org_tree.first_root()
        if start is not None:
            self.org_tree.select_org(start)
        if self.org_tree.current_org()[0] is None:
            self.select_org(None, "")
        self.data_loaded.emit()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            QTimer.singleShot(0, self._announce_painted)
        if self.store is not None and not self.loaded and not self._load_scheduled:
            self._load_scheduled = True
            QTimer.singleShot(0, self.load)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self._action(file_menu, self.tr("新建数据库…"), self.new_database, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("打开数据库…"), self.open_database, QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("打开演示数据"), self.open_demo)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("备份到U盘…"), self.backup_to_folder)
        self.restore_action = self._action(file_menu, self.tr("从备份恢复…"), self.restore_backup)
        file_menu.addSeparator()
        self.audit_action = self._action(file_menu, self.tr("操作日志…"), self.show_audit_log)
        self.accounts_action = self._action(file_menu, self.tr("账户管理…"), self.show_accounts)
        self.password_action = self._action(file_menu, self.tr("修改密码…"), self.change_password)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("设置…"), self.show_settings)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        self.undo_action = self._action(edit_menu, self.tr("撤销"), self.undo, QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undoAction")
        edit_menu.aboutToShow.connect(self._update_undo_action)
        self._update_undo_action()
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self._action(help_menu, self.tr("关于党建桌面"), self.show_about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _demo_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("demoBanner")
        banner.setStyleSheet("#demoBanner { background: #fff4d6; border-bottom: 1px solid #f0c36d; }"
                             "#demoBanner QLabel { color: #7a4f00; }")
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 6, 12, 6)
        text = QLabel(self.tr("<b>当前为演示数据</b>：这里的组织和党员都是虚构的，可以随意试用。"
                              "登记本单位党员前，请先新建数据库。"))
        row.addWidget(text, 1)
        village = QPushButton(self.tr("新建本村数据库"))
        village.setObjectName("newVillageButton")
        township = QPushButton(self.tr("新建乡镇数据库"))
        township.setObjectName("newTownshipButton")
        village.clicked.connect(lambda: self.new_database("village"))
        township.clicked.connect(lambda: self.new_database("township"))
        row.addWidget(village)
        row.addWidget(township)
        return banner

    def _update_title(self) -> None:
        from djdesk.core.database import scope_org
        from djdesk.ui.databases import is_demo

        scope = scope_org(self.store)
        name = scope["name"] if scope else self.store.path.stem
        app_name = self.tr("党建桌面")
        title = f"{app_name} {__version__} — {name}"
        if is_demo(self.store):
            title += self.tr("（演示数据）")
        if self.store.read_only:
            title += self.tr("（只读）")
        self.setWindowTitle(title)

    def _update_safety_labels(self) -> None:
        """Read-only mode and the logged-in account, always visible in the status bar."""
        self.mode_label.setText(self.tr("只读方式：不能保存修改") if self.store.read_only else "")
        self.mode_label.setVisible(self.store.read_only)
        session = self.store.session
        self.account_label.setText(self.tr("账号：{0}").format(session.label) if session is not None else "")
        self.account_label.setVisible(session is not None)
        self.password_action.setEnabled(session is not None)
        self.idle_lock.refresh()

    # ----- selection --------------------------------------------------------------------------

    def select_org(self, org_uuid: str | None, org_name: str) -> None:
        """Every section follows the org picked in the tree."""
        self.org_uuid, self.org_name = org_uuid, org_name
        for page in self.pages:
            page.set_org(org_uuid, org_name)
        self._refresh_counts()
        self.check_button.setText(self.tr("检查"))
        self._rules_timer.start(RULES_DELAY_MS)

    def _refresh_counts(self) -> None:
        from djdesk.core import roster

        c = roster.counts(self.store, self.org_uuid)
        self.status_label.setText(self.tr("{0}：在册党员 {1} 名（正式 {2}，预备 {3}），女党员 {4} 名").format(
            self.org_name, c["total"], c["full_members"], c["probationary"], c["women"]))

    def _update_check_button(self) -> None:
        """Show how many rule warnings the selected subtree has, so the clerk sees them. Above a
        township the slow sections (党费, 三会一课) are left to the dialog (core.checks)."""
        from djdesk.core import checks  # imports calendar etc.; not needed before the first paint

        quick = checks.quick_warnings(self.store, self.org_uuid, self.settings)
        found = [w for w in quick.warnings if w.level == "warning"]
        if quick.left_out:
            self.check_button.setToolTip(self.tr("范围较大：党费和三会一课在打开检查结果后检查"))
            self.check_button.setText(self.tr("检查：{0} 条以上需处理").format(len(found)) if found
                                      else self.tr("检查：点击查看"))
        else:
            self.check_button.setToolTip(section_text(CHECK_TIP))
            self.check_button.setText(self.tr("检查：{0} 条需处理").format(len(found)) if found
                                      else self.tr("检查：未发现问题"))
        self.check_button.setStyleSheet("color: #a04000; font-weight: bold;" if found else "")

    def show_checks(self) -> None:
        from djdesk.ui.small_dialogs import ChecksDialog

        ChecksDialog(self.store, self.org_uuid, self.org_name, self.settings, parent=self).exec()

    # ----- database and settings --------------------------------------------------------------

    def set_store(self, store: Store, *, remember: bool = True, interactive: bool = True) -> bool:
        """Switch the window to another database (at start-up: its first) and, with ``remember``,
        keep it for the next start. With login on, the database asks for an account first (refused:
        it is closed, the window keeps what it had and False is returned). Not ``interactive`` (the
        self-test): no login and no daily backup."""
        from djdesk.core.undo import UndoStack
        from djdesk.ui.app import log_in

        if interactive and store.session is None and not log_in(store, self):
            store.close()
            return False
        old = self.store
        self.wait_for_background()
        if self.undo_stack is not None:
            self.undo_stack.detach()
        self.store = store
        self.undo_stack = UndoStack(store)
        self.org_uuid = None
        if remember:
            self.settings.set("last_db", str(store.path))
        self.build()
        if old is not None and old is not store:
            old.close()
        self.backup_label.clear()
        if interactive:
            QTimer.singleShot(0, self.start_daily_backup)
        return True

    def new_database(self, role: str = "village") -> None:
        from djdesk.ui.first_run_dialog import FirstRunDialog

        dialog = FirstRunDialog(role, parent=self)
        if dialog.exec() and dialog.store is not None:
            self.set_store(dialog.store)

    def open_database(self) -> None:
        from djdesk.ui.first_run_dialog import db_filter

        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开数据库"), str(paths.data_dir()), db_filter())
        if path:
            self._open_path(path)

    def open_demo(self) -> None:
        from djdesk.ui.databases import ensure_demo

        self._open_path(ensure_demo(self))

    def _open_path(self, path) -> None:
        """Open from the menu: a database another djdesk holds offers read-only (issue #9)."""
        from djdesk.ui.databases import open_store

        if self.store.path.resolve() == Path(path).resolve():
            return                                  # already open here
        try:
            store = open_store(path, self)
        except Cancelled:
            return
        self.set_store(store)

    def show_settings(self) -> None:
        from djdesk.ui.small_dialogs import SettingsDialog

        dialog = SettingsDialog(self.settings, parent=self)
        if dialog.exec() and dialog.language() != self.settings.get("language"):
            self.set_language(dialog.language())

    def set_language(self, language: str) -> None:
        self.settings.set("language", language)
        i18n.set_language(language)
        self.build()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于党建桌面"), self.tr(
            "党建桌面 {0}\n村（社区）党支部离线桌面软件\n\n数据文件：{1}\n数据文件夹：{2}\n日志文件：{3}").format(
            __version__, self.store.path, paths.data_dir(), paths.log_path()))

    # ----- the safety net (issue #9) ---------------------------------------------------------------

    def start_daily_backup(self) -> None:
        """The day's automatic backup on a background thread, once the window shows; the status
        bar says how it went (a failure never stops the clerk from working)."""
        if self.store.backup_problem:
            self._daily_backup_done("", self.store.backup_problem)
            return
        if self.store.read_only or self._backup_thread is not None:
            return
        from djdesk.ui.backup_dialogs import DailyBackupThread

        thread = DailyBackupThread(self.store.path, self)
        thread.done.connect(self._daily_backup_done)
        thread.finished.connect(self._backup_thread_finished)
        self._backup_thread = thread
        thread.start()

    def _backup_thread_finished(self, thread=None) -> None:
        thread = thread or self.sender()
        if thread is not None and thread is self._backup_thread:
            self._backup_thread = None
            thread.deleteLater()

    def _daily_backup_done(self, path: str, problem: str) -> None:
        if problem:
            self.backup_label.setStyleSheet("color: #c0392b;")
            self.backup_label.setText(self.tr("今天的自动备份没有完成"))
            self.backup_label.setToolTip(problem)
            self.statusBar().showMessage(self.tr("今天的自动备份没有完成：{0}").format(problem), 30_000)
        elif path:
            self.backup_label.setStyleSheet("color: #1e8449;")
            self.backup_label.setText(self.tr("今天已自动备份"))
            self.backup_label.setToolTip(path)

    def wait_for_background(self) -> None:
        """Let a running daily backup finish (before a restore, a switch or quitting)."""
        thread = self._backup_thread
        if thread is not None:
            thread.wait()
            self._backup_thread_finished(thread)

    def backup_to_folder(self) -> None:
        """备份到U盘…: a checked copy into a chosen folder, on a worker with progress."""
        from djdesk.ui.backup_dialogs import backup_job, size_text
        from djdesk.ui.tasks import run_in_worker

        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份到哪个文件夹（例如U盘）"), "")
        if not folder:
            return
        try:
            made = run_in_worker(self, self.tr("正在备份…"), backup_job(self.store.path, Path(folder)))
        except Cancelled:
            return
        except UserError as exc:
            show_user_error(exc.message, self)
            return
        self.last_backup = made
        QMessageBox.information(self, self.tr("备份完成"), self.tr("已备份到：\n{0}\n\n大小：{1}").format(
            made, size_text(made.stat().st_size)))

    def restore_backup(self) -> None:
        """从备份恢复…: pick, look, confirm; then close the store, restore on a worker, reopen."""
        from djdesk.core.store import READ_ONLY_MESSAGE
        from djdesk.ui.backup_dialogs import RestoreDialog

        if self.store.read_only:                # another djdesk is writing it: never replace it
            show_user_error(READ_ONLY_MESSAGE, self)
            return
        dialog = RestoreDialog(self.store.path, self)
        if not dialog.exec() or dialog.info is None:
            return
        info = dialog.info
        summary = "\n".join(info.summary())
        sure = QMessageBox.question(
            self, self.tr("从备份恢复"),
            self.tr("确定用这个备份替换当前数据库吗？\n\n{0}\n\n备份之后做的修改将被替换；"
                    "替换前，当前数据会先自动备份（“恢复前的备份”）。").format(summary),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if sure != QMessageBox.StandardButton.Yes:
            return
        other = bool(info.installation_id) and info.installation_id != self.store.installation_id
        if other:
            sure = QMessageBox.warning(
                self, self.tr("从备份恢复"),
                self.tr("这个备份来自另一个数据库（{0}），不是当前数据库的备份。恢复后，当前数据库将被它整个替换。"
                        "\n\n确定要这样做吗？").format(info.org_name or self.tr("未设定单位")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if sure != QMessageBox.StandardButton.Yes:
                return
        self.restore_file(info.path, allow_other_installation=other)

    def restore_file(self, backup_path, *, allow_other_installation: bool = False) -> bool:
        from djdesk.ui.backup_dialogs import restore_job
        from djdesk.ui.databases import open_store
        from djdesk.ui.tasks import run_in_worker

        db_path = self.store.path
        self.wait_for_background()
        self.undo_stack.detach()
        self.store.close()
        result, problem = None, None
        try:
            result = run_in_worker(self, self.tr("正在恢复…"),
                                   restore_job(Path(backup_path), db_path, allow_other_installation))
        except Cancelled:
            pass
        except UserError as exc:
            problem = exc.message
        try:
            store = open_store(db_path, self)
        except (Cancelled, UserError) as exc:
            show_user_error(str(exc) if isinstance(exc, UserError) else
                            self.tr("数据库没有重新打开，窗口将关闭。请重新启动党建桌面。"), self)
            self.close()
            return False
        self.set_store(store)
        if self.store is not store:             # login refused: nothing to show
            self.close()
            return False
        if problem is not None:
            show_user_error(problem, self)
            return False
        if result is not None:
            QMessageBox.information(self, self.tr("恢复完成"), self.tr(
                "已恢复备份：{0}\n\n恢复前的数据已保存到：\n{1}").format(
                result.info.path.name, result.previous or self.tr("（原来没有数据库）")))
        return result is not None

    def _require_admin(self) -> bool:
        from djdesk.core import accounts

        session = self.store.session
        if accounts.login_required(self.store) and (session is None or not session.is_admin):
            show_user_error(self.tr("只有管理员可以管理账号和登录设置。"), self)
            return False
        return True

    def show_accounts(self) -> None:
        from djdesk.ui.accounts_dialog import AccountsDialog

        if self._require_admin():
            AccountsDialog(self.store, parent=self).exec()
            self._update_safety_labels()

    def change_password(self) -> None:
        from djdesk.ui.accounts_dialog import CHANGE, AccountEditDialog

        if self.store.session is not None:
            AccountEditDialog(self.store, CHANGE, self.store.session.account, parent=self).exec()

    def show_audit_log(self) -> None:
        from djdesk.ui.audit_dialog import AuditDialog

        AuditDialog(self.store, parent=self).exec()

    def _update_undo_action(self) -> None:
        label = self.undo_stack.undo_label
        self.undo_action.setText(self.tr("撤销 {0}").format(label) if label else self.tr("撤销"))
        self.undo_action.setEnabled(label is not None)

    def undo(self) -> None:
        """撤销: the last edit, as a new change (core ``undo``); refresh what it touched."""
        try:
            step = self.undo_stack.undo()
        except UserError as exc:
            show_user_error(exc.message, self)
            self._update_undo_action()
            return
        if "org_unit" in step.tables:
            self.load(self.org_uuid)
        elif "member" in step.tables:
            self.roster_page.model.refresh()
            self._refresh_counts()
        self.statusBar().showMessage(self.tr("已撤销：{0}").format(step.label), 10_000)
        self._update_undo_action()

    def closeEvent(self, event) -> None:
        self._rules_timer.stop()
        self.wait_for_background()
        self.idle_lock.stop()
        super().closeEvent(event)
