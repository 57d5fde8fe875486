"""Attachments of a meeting: thumbnails for the editor's list and a viewer.

Images are decoded with Qt (QImage) from the content kept in the database; other files (a PDF
scan) get a file icon and open in the system's viewer from a temporary copy."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from djdesk.core import meetings as mt
from djdesk.ui.pdf_preview import copy_atomically
from djdesk.ui.qt import (QApplication, QDesktopServices, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QIcon,
                          QImage, QLabel, QPixmap, QPushButton, QScrollArea, QStyle, Qt, QUrl, QVBoxLayout)

THUMB_SIZE = (128, 96)


def thumbnail(data: bytes | None, mime: str) -> QIcon:
    """A small picture of an image attachment; a file icon for anything else or a broken image."""
    if data is not None and mt.is_image(mime):
        image = QImage.fromData(data)
        if not image.isNull():
            return QIcon(QPixmap.fromImage(image.scaled(
                *THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))
    style = QApplication.style()
    kind = QStyle.StandardPixmap.SP_FileIcon if data is not None else QStyle.StandardPixmap.SP_MessageBoxWarning
    return style.standardIcon(kind)


def open_externally(data: bytes, file_name: str) -> Path:
    """Write a copy to the temporary folder and open it with the system's program."""
    folder = Path(tempfile.mkdtemp(prefix="djdesk-attachment-"))
    target = folder / (Path(file_name).name or "attachment")
    target.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


class AttachmentViewer(QDialog):
    """One attachment: an image fitted to the window (or at full size), save a copy, or open it
    with the system's program."""

    def __init__(self, data: bytes, file_name: str, mime: str, caption: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.data, self.file_name, self.mime = data, file_name, mime
        self.setWindowTitle(self.tr("附件：{0}").format(file_name))
        self.resize(900, 700)
        self.image = QImage.fromData(data) if mt.is_image(mime) else QImage()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit = True
        info = QLabel(self.tr("{0}　{1:.1f} KB　{2}").format(file_name, len(data) / 1024, caption))
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_button = QPushButton(self.tr("原始大小"))
        self.zoom_button.clicked.connect(self.toggle_fit)
        save = QPushButton(self.tr("另存为…"))
        save.clicked.connect(self.save_as)
        external = QPushButton(self.tr("用系统程序打开"))
        external.clicked.connect(lambda: open_externally(self.data, self.file_name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for widget in (self.zoom_button, save, external):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row)
        if self.image.isNull():
            self.zoom_button.setEnabled(False)
            self.picture.setText(self.tr("这个附件不是图片，请点“用系统程序打开”查看。")
                                 if not mt.is_image(mime) else self.tr("图片已损坏，无法显示。"))
        self._show()

    def _show(self) -> None:
        if self.image.isNull():
            return
        pixmap = QPixmap.fromImage(self.image)
        if self.fit:
            size = self.scroll.viewport().size()
            pixmap = pixmap.scaled(max(size.width() - 4, 50), max(size.height() - 4, 50),
                                   Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)

    def toggle_fit(self) -> None:
        self.fit = not self.fit
        self.zoom_button.setText(self.tr("适应窗口") if not self.fit else self.tr("原始大小"))
        self.scroll.setWidgetResizable(self.fit)
        self._show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit:
            self._show()

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("保存附件"), str(Path.home() / self.file_name))
        if target:
            fd, tmp = tempfile.mkstemp()
            os.close(fd)
            Path(tmp).write_bytes(self.data)
            try:
                copy_atomically(Path(tmp), Path(target))
            finally:
                Path(tmp).unlink(missing_ok=True)
