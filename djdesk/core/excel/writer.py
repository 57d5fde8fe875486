"""Write registers as .xlsx files that print well and open in Excel, WPS and LibreOffice.

Every sheet has the same shape: a title row and a subtitle row (unit, date) merged across the
table, the header row frozen under them and repeated on every printed page, column widths that
fit the Chinese text, real date and money cells (number formats, not text), thin borders, and a
landscape A4 page fitted to the paper's width. openpyxl's ``write_only`` mode streams the rows.

The file is written under a temporary name in the target folder and renamed into place
(``os.replace``): an existing file is replaced only by a complete new one (STYLE.md #10).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from djdesk.core.diskerrors import explain_os_error
from djdesk.core.errors import UserError
from djdesk.core.progress import NO_PROGRESS, Progress

TITLE_ROW, SUBTITLE_ROW, HEADER_ROW = 1, 2, 3
FIRST_DATA_ROW = HEADER_ROW + 1
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
FONT = "宋体"
MAX_WIDTH = 60
PAPER_A4 = "9"                  # the page-setup paper code of A4 (ECMA-376)
PROGRESS_EVERY = 500

# kind -> (horizontal alignment, number format)
KINDS = {
    "text": ("left", "@"),
    "center": ("center", "@"),
    "int": ("center", "0"),
    "date": ("center", DATE_FORMAT),
    "money": ("right", MONEY_FORMAT),
}


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"              # a key of KINDS
    width: float | None = None      # in Excel character units; None = fitted to the contents
    min_width: float = 4


@dataclass
class RegisterSheet:
    """One sheet of a workbook: ``rows`` hold Python values (str, int, Decimal/float for money,
    ``datetime.date`` for dates, None for empty)."""

    name: str
    title: str
    subtitle: str
    columns: Sequence[Column]
    rows: list[Sequence] = field(default_factory=list)
    footer: str = ""                # a line under the table (totals, 填报人 …); lines split on "\n"
    marked: frozenset[int] = frozenset()    # indexes into ``rows`` written in red (e.g. six months unpaid)


def display_width(value) -> float:
    """Excel column units one value needs: East Asian wide characters count two."""
    if value is None:
        return 0
    if isinstance(value, (dt.date, dt.datetime)):
        return 10
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    text = str(value)
    width = 0.0
    for line in text.splitlines() or [""]:
        w = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        width = max(width, w)
    return width


def fitted_widths(columns: Sequence[Column], rows: Sequence[Sequence]) -> list[float]:
    widths = []
    for i, column in enumerate(columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        longest = display_width(column.title)
        seen: set = set()
        for row in rows:
            value = row[i] if i < len(row) else None
            if value is None or value in seen:
                continue
            seen.add(value)
            longest = max(longest, display_width(value))
        widths.append(min(MAX_WIDTH, max(column.min_width, longest + 2)))
    return widths


def _border():
    from openpyxl.styles import Border, Side

    thin = Side(style="thin", color="808080")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def _kind_styles(wb, suffix: str, font) -> dict:
    """One named style per kind (alignment, number format, border) with ``font``; kind -> name."""
    from openpyxl.styles import Alignment, NamedStyle

    made = {}
    for kind, (horizontal, number_format) in KINDS.items():
        style = NamedStyle(name=f"djdesk-{kind}{suffix}", font=font, border=_border(),
                           alignment=Alignment(horizontal=horizontal, vertical="center", wrap_text=False),
                           number_format=number_format)
        wb.add_named_style(style)
        made[kind] = style.name
    return made


def _styles(wb):
    """Named styles (one per kind): assigning a name is far cheaper per cell than fonts and borders."""
    from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill

    made = _kind_styles(wb, "", Font(name=FONT, size=10.5))
    header = NamedStyle(name="djdesk-header", font=Font(name=FONT, size=10.5, bold=True), border=_border(),
                        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
                        fill=PatternFill("solid", fgColor="E8E8E8"))
    title = NamedStyle(name="djdesk-title", font=Font(name=FONT, size=16, bold=True),
                       alignment=Alignment(horizontal="center", vertical="center"))
    subtitle = NamedStyle(name="djdesk-subtitle", font=Font(name=FONT, size=10.5),
                          alignment=Alignment(horizontal="left", vertical="center"))
    for style in (header, title, subtitle):
        wb.add_named_style(style)
    made.update(header=header.name, title=title.name, subtitle=subtitle.name)
    return made


def _marked_styles(wb) -> dict:
    """Red bold variants of the kinds, for rows a register draws attention to (kind -> style name)."""
    from openpyxl.styles import Font

    return _kind_styles(wb, "-marked", Font(name=FONT, size=10.5, bold=True, color="C00000"))


# Column-width units (characters) that still print legibly across one landscape A4 page: ≈ 145
# fit at 100 %, and below ≈ 70 % the 10.5 pt text gets too small to read in a binder.
_UNITS_PER_PAGE = 200


def fit_to_width(ws, landscape: bool = True) -> None:
    """Print setup every register shares: A4, as many pages long as it takes, and one page wide
    unless the columns would then print too small to read — then two or more pages wide, with the
    first column (the name) repeated on each."""
    from openpyxl.worksheet.properties import PageSetupProperties

    if landscape:
        ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    total = sum(d.width or 8.43 for d in ws.column_dimensions.values())
    pages = max(1, math.ceil(total / _UNITS_PER_PAGE))
    ws.page_setup.fitToWidth = pages
    ws.page_setup.fitToHeight = 0
    if pages > 1:
        ws.print_title_cols = "A:B"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _write_sheet(wb, spec: RegisterSheet, styles: dict, progress: Progress, done: int, total: int) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(spec.name[:31])
    n = len(spec.columns)
    last = get_column_letter(n)
    for i, width in enumerate(fitted_widths(spec.columns, spec.rows), 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    fit_to_width(ws)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if n > 1:
        ws.merged_cells.add(f"A{TITLE_ROW}:{last}{TITLE_ROW}")
        ws.merged_cells.add(f"A{SUBTITLE_ROW}:{last}{SUBTITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 30
    ws.row_dimensions[HEADER_ROW].height = 22

    def cell(value, style):
        c = WriteOnlyCell(ws, value)
        c.style = style
        return c

    ws.append([cell(spec.title, styles["title"])])
    ws.append([cell(spec.subtitle, styles["subtitle"])])
    ws.append([cell(c.title, styles["header"]) for c in spec.columns])
    kinds = [styles[c.kind] for c in spec.columns]
    red = [styles["marked"][c.kind] for c in spec.columns] if spec.marked else kinds
    for j, row in enumerate(spec.rows, 1):
        use = red if j - 1 in spec.marked else kinds
        ws.append([cell(v, use[i]) for i, v in enumerate(row)])
        if j % PROGRESS_EVERY == 0:
            progress.step(done + j, total)
    if spec.footer:
        ws.append([])
        for line in spec.footer.split("\n"):
            ws.append([cell(line, styles["subtitle"])])
    return len(spec.rows)


def write_workbook(path: str | Path, sheets: Iterable[RegisterSheet], progress: Progress = NO_PROGRESS) -> Path:
    """Write the sheets to ``path`` (.xlsx) atomically; returns the path."""
    from openpyxl import Workbook

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"导出的文件名应以 .xlsx 结尾：{path.name}")
    sheets = list(sheets)
    total = sum(len(s.rows) for s in sheets)
    wb = Workbook(write_only=True)
    styles = _styles(wb)
    if any(s.marked for s in sheets):
        styles["marked"] = _marked_styles(wb)
    done = 0
    try:
        for spec in sheets:
            done += _write_sheet(wb, spec, styles, progress, done, total)
    except BaseException:          # Cancel, or a value openpyxl cannot write
        _discard(wb)
        raise
    save_atomically(wb, path)
    progress.step(total, total)
    return path


def save_atomically(wb, path: Path) -> None:
    """``wb.save`` under a temporary name in the same folder, then rename over ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part", dir=path.parent)
    except OSError as exc:
        raise (explain_os_error(exc, path.parent, "导出") or UserError(f"无法在 {path.parent} 中写入文件：{exc}")) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            wb.save(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _discard(wb)
        if isinstance(exc, PermissionError) and path.exists():
            raise UserError(f"无法覆盖“{path.name}”：它可能正在 Excel 或 WPS 中打开。请先关闭它，或换一个文件名。") from exc
        raise (explain_os_error(exc, path, "导出") or UserError(f"无法写入 {path}：{exc}")) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        _discard(wb)
        raise


def _discard(wb) -> None:
    """After a failed save: end the write-only sheets' row streams and remove their temporary
    files (openpyxl leaves both behind when ``save`` is interrupted)."""
    for ws in getattr(wb, "_sheets", []):
        rows = getattr(ws, "_rows", None)
        if rows is not None:
            try:
                rows.close()
            except Exception:     # the stream is already broken: only its file is left to remove
                pass
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            try:
                writer.cleanup()
            except Exception:
                pass
