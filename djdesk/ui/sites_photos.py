"""Photos of a site or an asset: thumbnails with add / view / remove (``sites.add_photo`` …)."""

from __future__ import annotations

from pathlib import Path

from djdesk.core import sites
from djdesk.core.errors import UserError
from djdesk.core.meetings import attachment_data, read_attachment_file
from djdesk.core.store import Store
from djdesk.ui.meeting_files import THUMB_SIZE, AttachmentViewer, thumbnail
from djdesk.ui.qt import (QFileDialog, QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QMessageBox,
                          QPushButton, QSize, Qt, QVBoxLayout, QWidget)


class PhotoStrip(QWidget):
    """``set_owner(uuid)`` shows the photos of that site or asset (None: nothing, buttons off)."""

    def __init__(self, store: Store, title: str, height: int = 150, parent=None):
        super().__init__(parent)
        self.store = store
        self.owner: str | None = None
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(*THUMB_SIZE))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setMinimumHeight(height)
        self.add_button = QPushButton(self.tr("添加照片…"))
        self.view_button = QPushButton(self.tr("查看"))
        self.remove_button = QPushButton(self.tr("删除照片"))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(title))
        buttons.addStretch(1)
        for button in (self.add_button, self.view_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.add_button.clicked.connect(self.add_photos)
        self.view_button.clicked.connect(self.view_photo)
        self.remove_button.clicked.connect(self.remove_photo)
        self.list.itemDoubleClicked.connect(lambda _item: self.view_photo())
        self.set_owner(None)

    def set_owner(self, owner_uuid: str | None) -> None:
        self.owner = owner_uuid
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for photo in sites.photos(self.store, self.owner) if self.owner else []:
            try:
                data = attachment_data(self.store, photo["uuid"])
            except UserError:
                data = None
            item = QListWidgetItem(thumbnail(data, photo["mime"]), photo["caption"] or photo["file_name"])
            item.setData(Qt.ItemDataRole.UserRole, photo)
            item.setToolTip(photo["file_name"])
            self.list.addItem(item)
        has = self.list.count() > 0
        self.add_button.setEnabled(self.owner is not None and not self.store.read_only)
        self.view_button.setEnabled(has)
        self.remove_button.setEnabled(has and not self.store.read_only)

    def add_files(self, files: list[str]) -> None:
        try:
            for name in files:
                sites.add_photo(self.store, self.owner, read_attachment_file(name))
        except UserError as exc:
            from djdesk.ui.errors import show_user_error

            show_user_error(exc.message, self)
        self.refresh()

    def add_photos(self) -> None:
        if self.owner is None or self.store.read_only:
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("添加照片"), str(Path.home()),
                                                self.tr("图片 (*.jpg *.jpeg *.png *.bmp)"))
        self.add_files(files)

    def _photo(self) -> dict | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def view_photo(self) -> None:
        photo = self._photo()
        if photo is None:
            return
        try:
            data = attachment_data(self.store, photo["uuid"])
        except UserError as exc:
            from djdesk.ui.errors import show_user_error

            show_user_error(exc.message, self)
            return
        AttachmentViewer(data, photo["file_name"], photo["mime"], photo["caption"], parent=self).exec()

    def remove_photo(self) -> None:
        photo = self._photo()
        if photo is not None and not self.store.read_only and QMessageBox.question(
                self, self.tr("党建桌面"), self.tr("删除照片“{0}”？").format(photo["file_name"])) \
                == QMessageBox.StandardButton.Yes:
            sites.remove_photo(self.store, photo["uuid"])
            self.refresh()
