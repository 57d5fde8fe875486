"""Preview a printed report inside the app (QtPdf), then save a copy or open the system viewer.

QtPdf is imported only when a preview opens (through ``djdesk.ui.qt``), not at start-up.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from pathlib import Path

from djdesk.core import paths

from djdesk.ui.qt import (QDesktopServices, QDialog, QDialogButtonBox, QFileDialog, QLabel, QPdfDocument,
                          QPdfView, QPushButton, Qt, QUrl, QVBoxLayout)


def copy_atomically(source: Path, target: Path) -> None:
    """Copy through a temporary file in the target folder, so the target is whole or untouched."""
    fd, tmp = tempfile.mkstemp(prefix=".djdesk-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def print_path(what: str, name: str) -> Path:
    """prints/<what>-<name>-<time>.pdf in the data folder, so an earlier print can be found again."""
    folder = paths.data_dir() / "prints"
    folder.mkdir(exist_ok=True)
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("_") or "meeting"
    return folder / f"{what}-{safe}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf_path: Path, title: str, warnings: list[str] = (), parent=None):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.setWindowTitle(title)
        self.resize(1000, 760)
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        layout = QVBoxLayout(self)
        info = QLabel(self.tr("共 {0} 页　文件：{1}").format(self.document.pageCount(), self.pdf_path))
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(info)
        if warnings:
            note = QLabel("\n".join(warnings[:10]) + (self.tr("\n……另有 {0} 处").format(len(warnings) - 10)
                                                       if len(warnings) > 10 else ""))
            note.setWordWrap(True)
            note.setObjectName("warningLabel")
            note.setStyleSheet("QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d;"
                               " border-radius: 3px; padding: 4px 8px; }")
            layout.addWidget(note)
        layout.addWidget(self.view, 1)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("另存为…"))
        self.open_button = QPushButton(self.tr("用系统程序打开（打印）"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_external)
        layout.addWidget(buttons)

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存PDF"), str(Path.home() / self.pdf_path.name), self.tr("PDF 文件 (*.pdf)"))
        if target:
            if not target.lower().endswith(".pdf"):
                target += ".pdf"
            copy_atomically(self.pdf_path, Path(target))

    def open_external(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    def done(self, result: int) -> None:
        self.document.close()  # release the file (Windows keeps open files locked)
        super().done(result)
