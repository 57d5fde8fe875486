"""Open a clerk's workbook and read one sheet's cell values (openpyxl ``read_only``).

Only the Office Open XML format (.xlsx/.xlsm) is read. A .xls (Excel 97-2003), a WPS .et or a
.csv gets a Chinese message saying how to save it as .xlsx in WPS or Excel: one menu command
for the clerk, where reading .xls ourselves would add a second reader (xlrd) with its own date
and number handling to keep in step with this one, for a format both programs convert losslessly.

Merged cells are filled in: a value merged over several rows (所在党支部 written once for a whole
branch) or over two header rows belongs to every cell of the range, as the clerk sees it.
"""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from djdesk.core.diskerrors import explain_os_error
from djdesk.core.errors import UserError
from djdesk.core.progress import NO_PROGRESS, Progress, without_gc

log = logging.getLogger(__name__)

XLSX_SUFFIXES = (".xlsx", ".xlsm")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"    # .xls, .et and password-protected .xlsx
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
PROGRESS_EVERY = 500


@dataclass
class Sheet:
    """The values of one worksheet: ``rows[i]`` is Excel row ``i + 1`` (a list, maybe short)."""

    path: Path
    name: str
    rows: list[list] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_row, min_col, max_row, max_col
    filled: set[tuple[int, int]] = field(default_factory=set)   # (row, column) given a value by a merge

    def is_blank(self, row: int) -> bool:
        """No value typed in the row (a value spread into it by a merged cell does not count)."""
        values = self.rows[row - 1] if 1 <= row <= len(self.rows) else []
        return all(v is None or (isinstance(v, str) and not v.strip()) or (row, c) in self.filled
                   for c, v in enumerate(values, 1))

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, row: int, column: int):
        """The value at 1-based ``row``/``column`` (None beyond the data)."""
        if 1 <= row <= len(self.rows):
            r = self.rows[row - 1]
            if 1 <= column <= len(r):
                return r[column - 1]
        return None


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _column_index(letters: bytes | str) -> int:
    n = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        n = n * 26 + ord(ch) - 64
    return n


def check_readable(path: str | Path) -> Path:
    """The file, if it is a workbook we can read; else a ``UserError`` saying what to do."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到文件：{path}")
    suffix = path.suffix.lower()
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise (explain_os_error(exc, path, "读取表格") or UserError(f"无法读取文件 {path.name}：{exc}")) from exc
    resave = "请在 WPS 表格或 Excel 中打开它，用“另存为”保存成“Excel 工作簿（*.xlsx）”，再导入另存的文件。"
    if head == _OLE2_MAGIC:
        if suffix == ".et":
            raise UserError(f"文件“{path.name}”是 WPS 表格格式（.et），本软件只能读取 .xlsx。{resave}")
        if suffix in XLSX_SUFFIXES:
            raise UserError(f"文件“{path.name}”设置了打开密码（或其实是旧版 .xls 文件），无法读取。"
                            f"请在 WPS 或 Excel 中打开并取消密码，另存为 .xlsx 后再导入。")
        raise UserError(f"文件“{path.name}”是旧版 Excel 97-2003 格式（.xls），本软件只能读取 .xlsx。{resave}")
    if suffix in (".csv", ".txt"):
        raise UserError(f"文件“{path.name}”是 CSV 文本文件，本软件只能读取 .xlsx。{resave}")
    if head[:2] != b"PK":
        raise UserError(f"文件“{path.name}”不是 Excel 表格（.xlsx），也可能已经损坏。{resave}")
    return path


def _open(path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise UserError(f"无法读取表格“{path.name}”：文件已损坏，或不是 Excel 工作簿（{exc}）。"
                        f"请在 WPS 或 Excel 中打开它另存为 .xlsx 后再试。") from exc
    except OSError as exc:
        raise (explain_os_error(exc, path, "读取表格") or UserError(f"无法读取文件 {path.name}：{exc}")) from exc


def sheet_names(path: str | Path) -> list[str]:
    """The workbook's sheets in tab order, hidden ones left out."""
    path = check_readable(path)
    wb = _open(path)
    try:
        names = [ws.title for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        return names or list(wb.sheetnames)
    finally:
        wb.close()


@without_gc
def read_sheet(path: str | Path, sheet: str | None = None, progress: Progress = NO_PROGRESS) -> Sheet:
    """Every row of one sheet (default: the first visible one), merged cells filled in."""
    path = check_readable(path)
    wb = _open(path)
    try:
        if sheet is None:
            visible = [ws for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
            ws = (visible or wb.worksheets)[0]
        elif sheet in wb.sheetnames:
            ws = wb[sheet]
        else:
            raise UserError(f"表格“{path.name}”中没有名为“{sheet}”的工作表（现有：{'、'.join(wb.sheetnames)}）")
        if not hasattr(ws, "iter_rows"):
            raise UserError(f"“{path.name}”的“{ws.title}”是图表页，不是数据表，请选择其他工作表")
        total = ws.max_row or 0
        # The stored dimension is often wrong (some programs write "A1"): read what is there.
        ws.reset_dimensions()
        out = Sheet(path, ws.title)
        rows = out.rows
        for i, values in enumerate(ws.iter_rows(values_only=True), 1):
            rows.append(list(values))
            if i % PROGRESS_EVERY == 0:
                progress.step(i, max(total, i))
        while rows and all(v is None or (isinstance(v, str) and not v.strip()) for v in rows[-1]):
            rows.pop()
        out.merges = _merged_ranges(wb, ws)
    finally:
        wb.close()
    _fill_merges(out)
    progress.step(len(out.rows), len(out.rows))
    return out


def _merged_ranges(wb, ws) -> list[tuple[int, int, int, int]]:
    """Merged ranges of a read-only sheet. openpyxl's read-only mode does not parse them, so the
    sheet's XML part is scanned for its <mergeCell ref="A1:B2"/> elements (they follow the data)."""
    try:
        data = wb._archive.read(ws._worksheet_path)
    except (AttributeError, KeyError, OSError, zipfile.BadZipFile) as exc:   # openpyxl internals moved
        log.warning("merged cells of %s not read: %s", ws.title, exc)
        return []
    tail = data.rfind(b"mergeCells")
    if tail < 0:
        return []
    start = data.rfind(b"<", 0, data.find(b"mergeCells"))
    return [(int(r1), _column_index(c1), int(r2), _column_index(c2))
            for c1, r1, c2, r2 in _MERGE.findall(data, max(start, 0))]


def _fill_merges(sheet: Sheet) -> None:
    rows = sheet.rows
    for min_row, min_col, max_row, max_col in sheet.merges:
        if min_row > len(rows):
            continue
        value = sheet.value(min_row, min_col)
        if value is None:
            continue
        for r in range(min_row, min(max_row, len(rows)) + 1):
            row = rows[r - 1]
            if len(row) < max_col:
                row.extend([None] * (max_col - len(row)))
            for c in range(min_col, max_col + 1):
                if row[c - 1] is None:
                    row[c - 1] = value
                    sheet.filled.add((r, c))
