"""“导出Excel…” of a section page (issue #6): ask where to save the .xlsx (the data folder's
``exports`` by default), write it on a worker with its own read-only Store (tasks.run_read), and
say where it went. A refusal (nothing to export, file open in WPS …) is shown, nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from djdesk.core import paths
from djdesk.core.errors import Cancelled, UserError
from djdesk.ui.qt import QCoreApplication, QFileDialog, QMessageBox
from djdesk.ui.tasks import run_read

translate = QCoreApplication.translate


def ask_xlsx_path(parent, title: str, file_name: str) -> Path | None:
    """The save dialog of every .xlsx the window writes: in the data folder's exports/, the proposed
    name with the characters Windows refuses replaced, .xlsx added when the clerk leaves it off;
    None when cancelled."""
    folder = paths.data_dir() / "exports"
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in file_name)
    if not safe.lower().endswith(".xlsx"):
        safe += ".xlsx"
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(folder / safe),
                                            translate("ExcelExport", "Excel 表格 (*.xlsx)"))
    if not chosen:
        return None
    return Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")


def export_excel(parent, db_path: str | Path, title: str, file_name: str,
                 work: Callable[[object, Path, object], object]) -> Path | None:
    """Save dialog for ``title`` proposing ``file_name``, then ``work(store, path, progress)`` on a
    worker; returns the written path, None when the clerk cancelled or the export was refused."""
    path = ask_xlsx_path(parent, translate("ExcelExport", "导出{0}").format(title), file_name)
    if path is None:
        return None
    try:
        result = run_read(parent, translate("ExcelExport", "正在导出{0}…").format(title), db_path,
                          lambda store, progress: work(store, path, progress))
    except Cancelled:
        return None
    except UserError as exc:
        QMessageBox.warning(parent, translate("ExcelExport", "党建桌面"), exc.message)
        return None
    written = getattr(result, "path", path)
    QMessageBox.information(parent, translate("ExcelExport", "已导出"),
                            translate("ExcelExport", "已导出到：\n{0}").format(written))
    return written
