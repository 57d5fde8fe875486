"""Write registers as .xlsx files that print well and open in Excel, WPS and LibreOffice.

Every sheet has the same shape: a title row and a subtitle row (unit, date) merged across the
table, the header row frozen under them and repeated on every printed page, column widths that
fit the Chinese text, real date and money cells (number formats, not text), thin borders, and a
landscape A4 page fitted to the paper's width. openpyxl's ``write_only`` mode streams the rows.

The blank import templates (roster, assets, dues) are written by one pair, ``template_workbook``
and ``save_template``, from a ``TemplateSheet`` each importer describes.

The file is written under a temporary name in the target folder and renamed into place
(``os.replace``): an existing file is replaced only by a complete new one (STYLE.md #10).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
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


def cell_date(value: str | None) -> dt.date | None:
    """A stored ISO date as the value of a date cell (an empty one stays empty)."""
    return dt.date.fromisoformat(value) if value else None


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


def xlsx_path(path: str | Path) -> Path:
    """``path`` as a Path, refused (UserError) unless it names an .xlsx file."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"导出的文件名应以 .xlsx 结尾：{path.name}")
    return path


def write_workbook(path: str | Path, sheets: Iterable[RegisterSheet], progress: Progress = NO_PROGRESS) -> Path:
    """Write the sheets to ``path`` (.xlsx) atomically; returns the path."""
    from openpyxl import Workbook

    path = xlsx_path(path)
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


# ----- blank import templates ----------------------------------------------------------------------

CODE_LIST_SHEET = "代码表"          # the hidden sheet a template's long drop-down lists live on
_NOTES_WIDTHS = (14, 10, 60, 30)    # 填写说明: 列名, 是否必填, 填写要求, 示例
_DATE_WIDTH = 12                    # 2001-07-01 and a margin


@dataclass(frozen=True)
class TemplateSheet:
    """A blank import template (``template_workbook`` … ``save_template``): the data sheet has a
    title, row 2 for what to know first, the header (required columns marked * in red) under them,
    ``rows`` data rows prepared with number formats, borders and the font, and a grey example row;
    the 填写说明 sheet lists every column's requirement and example, then numbered advice."""

    register: str                   # 党员花名册: the title is “党员花名册（导入模板）”
    name: str                       # the data sheet's name
    columns: Sequence[tuple]        # (header, required, what to write, example); headers the importer knows
    rows: int                       # data rows prepared below the header
    freeze: str                     # the first cell that scrolls ("B4": column A and the header stay)
    advice: Sequence[str]           # the numbered lines under 填写说明's column table
    subtitle: str = ""              # row 2, merged across the table; "" = the caller writes row 2
    formats: Mapping[str, str] = field(default_factory=dict)    # header -> number format (else General)
    widths: Mapping[str, float] = field(default_factory=dict)   # header -> its column's width (a header
    #                                 wider than that wraps); other columns fit their header and example,
    min_width: float = 0            # … at least this wide (a date column at least _DATE_WIDTH)

    @property
    def last_row(self) -> int:
        return HEADER_ROW + self.rows


def _template_styles():
    from openpyxl.styles import Font, PatternFill

    return (_border(), Font(name=FONT, size=10.5), PatternFill("solid", fgColor="E8E8E8"))


def template_workbook(spec: TemplateSheet):
    """The workbook of a blank template and its data sheet, filled in as ``spec`` says; the
    caller adds drop-downs (``add_choices``) and anything of its own, then ``save_template``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = spec.name
    border, font, fill = _template_styles()
    last_col = get_column_letter(len(spec.columns))
    ws["A1"] = f"{spec.register}（导入模板）"
    ws["A1"].font = Font(name=FONT, size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A{TITLE_ROW}:{last_col}{TITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 30
    if spec.subtitle:
        ws["A2"] = spec.subtitle
        ws["A2"].font = Font(name=FONT, size=10.5, color="A04000")
        ws.merge_cells(f"A{SUBTITLE_ROW}:{last_col}{SUBTITLE_ROW}")
    titles = [Column(c[0] + ("*" if c[1] else "")) for c in spec.columns]
    fitted = fitted_widths(titles, [[c[3] for c in spec.columns]])
    for i, (title, required, _, example) in enumerate(spec.columns, 1):
        number_format = spec.formats.get(title, "General")
        width = spec.widths.get(title) or max(fitted[i - 1], spec.min_width,
                                              _DATE_WIDTH if number_format == DATE_FORMAT else 0)
        ws.column_dimensions[get_column_letter(i)].width = width
        head = ws.cell(HEADER_ROW, i, titles[i - 1].title)
        head.font = Font(name=FONT, size=10.5, bold=True, color="C00000" if required else "000000")
        head.fill = fill
        head.border = border
        head.alignment = Alignment(horizontal="center", vertical="center",
                                   wrap_text=display_width(head.value) + 2 > width or None)
        for r in range(FIRST_DATA_ROW, spec.last_row + 1):
            c = ws.cell(r, i)
            c.number_format = number_format
            c.border = border
            c.font = font
        ws.cell(FIRST_DATA_ROW, i, example).font = Font(name=FONT, size=10.5, color="7F7F7F")
    ws.freeze_panes = spec.freeze
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    fit_to_width(ws)
    return wb, ws


def add_choices(ws, spec: TemplateSheet, header: str, choices: Sequence[str], code_list: bool = False) -> None:
    """A drop-down of ``choices`` on column ``header``'s data rows; another value gets a warning
    (code lists may be extended). The list is written into the rule itself (at most 255
    characters), or with ``code_list`` onto the hidden 代码表 sheet (the 56 ethnicities)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if code_list:
        wb = ws.parent
        lists = wb[CODE_LIST_SHEET] if CODE_LIST_SHEET in wb.sheetnames else wb.create_sheet(CODE_LIST_SHEET)
        lists.sheet_state = "hidden"
        j = 1 + sum(1 for c in lists[1] if c.value is not None)
        lists.cell(1, j, header)
        for k, choice in enumerate(choices, 2):
            lists.cell(k, j, choice)
        letter = get_column_letter(j)
        formula = f"{CODE_LIST_SHEET}!${letter}$2:${letter}${len(choices) + 1}"
    else:
        formula = '"' + ",".join(choices) + '"'
    rule = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                          errorStyle="warning", errorTitle=f"{header}不在列表中", error=f"请从下拉列表中选择{header}",
                          promptTitle=header, prompt="请从下拉列表中选择", showInputMessage=True)
    target = get_column_letter(next(i for i, c in enumerate(spec.columns, 1) if c[0] == header))
    rule.add(f"{target}{FIRST_DATA_ROW}:{target}{spec.last_row}")
    ws.add_data_validation(rule)


def save_template(wb, spec: TemplateSheet, path: str | Path) -> Path:
    """Add the 填写说明 sheet and write the template to ``path`` (.xlsx) atomically."""
    from openpyxl.styles import Alignment, Font

    path = xlsx_path(path)
    border, font, fill = _template_styles()
    notes = wb.create_sheet("填写说明")
    notes.append([f"{spec.register}导入模板 填写说明"])
    notes["A1"].font = Font(name=FONT, size=14, bold=True)
    notes.append(["列名", "是否必填", "填写要求", "示例"])
    for c in notes[2]:
        c.font = Font(name=FONT, size=10.5, bold=True)
        c.fill = fill
        c.border = border
    for title, required, text, example in spec.columns:
        shown = example.isoformat() if isinstance(example, dt.date) else "" if example is None else str(example)
        notes.append([title, "必填" if required else "", text, shown])
    for row in notes.iter_rows(min_row=3, max_row=2 + len(spec.columns)):
        for c in row:
            c.border = border
            c.font = font
            c.alignment = Alignment(vertical="center", wrap_text=True)
    notes.append([])
    for line in spec.advice:
        notes.append([line])
        r = notes.max_row
        notes.merge_cells(f"A{r}:D{r}")
        notes.cell(r, 1).alignment = Alignment(vertical="top", wrap_text=True)
        notes.cell(r, 1).font = font
        notes.row_dimensions[r].height = 30
    for letter, width in zip("ABCD", _NOTES_WIDTHS):
        notes.column_dimensions[letter].width = width
    fit_to_width(notes, landscape=False)
    save_atomically(wb, path)
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
