"""Backups from the GUI (issue #9): the day's automatic backup on a background thread, 备份到U盘…,
and 从备份恢复… (forms/restore_dialog.ui). The copying itself is core's ``backup`` module; every
job opens its own Store connection on its worker thread (STYLE.md #4).
"""

from __future__ import annotations

from pathlib import Path

from djdesk.core import backup
from djdesk.core.errors import UserError
from djdesk.core.store import Store
from djdesk.ui.forms.ui_restore_dialog import Ui_RestoreDialog
from djdesk.ui.qt import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, Qt, QThread, Signal

PATH_ROLE = Qt.ItemDataRole.UserRole


class DailyBackupThread(QThread):
    """Takes the day's backup without holding up the window; ``done(path or "", problem or "")``."""

    done = Signal(str, str)

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = db_path

    def run(self) -> None:
        try:
            store = Store.open(self.db_path, lock=False, daily_backup=False)
            try:
                made = backup.daily_backup(store)
            finally:
                store.close()
        except UserError as exc:
            self.done.emit("", exc.message)
            return
        except Exception as exc:       # never a crash dialog for a backup the clerk did not ask for
            import logging

            logging.getLogger(__name__).exception("daily backup of %s failed", self.db_path)
            self.done.emit("", str(exc))
            return
        self.done.emit(str(made) if made else "", "")


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(size // 1024, 1)} KB"


def backup_job(db_path: Path, folder: Path):
    """A worker job: a manual backup of the database into ``folder`` (e.g. a USB stick)."""
    def job(progress):
        store = Store.open(db_path, lock=False, daily_backup=False)
        try:
            return backup.backup_now(store, folder, progress=progress)
        finally:
            store.close()
    return job


def restore_job(backup_path: Path, db_path: Path, allow_other_installation: bool):
    def job(progress):
        return backup.restore(backup_path, db_path, allow_other_installation=allow_other_installation,
                              progress=progress)
    return job


class RestoreDialog(QDialog):
    """Pick a backup of ``db_path`` (or any file), see what it holds, confirm. ``info`` is the
    chosen backup's ``BackupInfo`` after accept."""

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.db_path = Path(db_path)
        self.info: backup.BackupInfo | None = None
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("恢复…"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.chooseFileButton.clicked.connect(self.choose_file)
        self.ui.backupList.currentItemChanged.connect(lambda item, _prev: self._picked(item))
        for entry in backup.list_backups(self.db_path):
            item = QListWidgetItem(self.tr("{0:%Y-%m-%d %H:%M}　{1}　{2}").format(
                entry.taken_at, entry.label, size_text(entry.size)))
            item.setData(PATH_ROLE, str(entry.path))
            item.setToolTip(str(entry.path))
            self.ui.backupList.addItem(item)
        if self.ui.backupList.count():
            self.ui.backupList.setCurrentRow(0)
        else:
            self.show_info(None, self.tr("备份文件夹（{0}）里还没有备份。可以点“选择其他备份文件…”选择U盘上的备份。").format(
                backup.backup_dir(self.db_path)))

    def _picked(self, item) -> None:
        if item is not None:
            self.select_file(Path(item.data(PATH_ROLE)))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), str(backup.backup_dir(self.db_path)),
                                              self.tr("党建桌面备份 (*.sqlite *.db);;所有文件 (*)"))
        if path:
            self.ui.backupList.clearSelection()
            self.select_file(Path(path))

    def select_file(self, path: Path) -> None:
        try:
            info = backup.inspect_backup(path)
        except UserError as exc:
            self.show_info(None, exc.message)
            return
        self.show_info(info)

    def show_info(self, info: backup.BackupInfo | None, problem: str = "") -> None:
        self.info = info
        self.ok.setEnabled(info is not None)
        if info is None:
            self.ui.summaryLabel.setStyleSheet("color: #c0392b;")
            self.ui.summaryLabel.setText(problem)
            return
        self.ui.summaryLabel.setStyleSheet("")
        self.ui.summaryLabel.setText("\n".join([*info.summary(), self.tr("文件：{0}").format(info.path)]))

