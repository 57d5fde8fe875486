"""The PDF layer every djdesk report is built on.

A report is written in a few calls::

    doc = ReportDoc(path, "党员花名册", org_name, landscape=True)
    doc.add_title("填报单位：…　　日期：…")
    doc.add_table([Column("序号", mm=10, align="center"), Column("姓名", mm=18), …], rows)
    doc.add_paragraph("共 12 名党员 …")
    doc.add_signatures(["填报人：", "支部书记：", "填报日期："])
    result = doc.build(progress)          # RenderResult(path, pages, warnings)

What the layer guarantees, so reports don't each re-solve it:

* The CJK font shipped with the app (WenQuanYi Micro Hei) is embedded and subset, so the PDF is small
  and prints the same on any machine. Never STSong-Light: it is not embedded (TECH-NOTES).
* Every page has a header (org name left, report title right) and a footer "第 x 页 共 y 页" plus
  "djdesk <version> 生成于 <date>". The total is known because the canvas defers finished pages until
  ``save`` — one layout pass instead of platypus' two-pass ``multiBuild``.
* Characters the font lacks (e.g. CJK Extension B name characters like 𠮷) are printed as "□" and
  reported in ``RenderResult.warnings`` — never as silent boxes.
* Tables are laid out a page at a time and drawn straight onto the canvas (see ``_Table``), so a
  1,000-page register stays fast: the 20,000-member roster (715 pages) takes ≈ 5–6 s here, ≈ 0.8× a
  bare ``drawString`` loop over the same cells and ≈ 0.45× one platypus ``Table`` per page.
* The file appears at ``path`` only when complete (temp file + fsync + ``os.replace``); a crash or a
  cancel leaves any previous file untouched and no partial one.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as _dt
import logging
import os
import secrets
import threading
import unicodedata
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph

import djdesk
from djdesk.core.diskerrors import explain_os_error
from djdesk.core.errors import UserError
from djdesk.core.paths import font_path
from djdesk.core.progress import NO_PROGRESS, Progress

log = logging.getLogger(__name__)

__all__ = ["Column", "RenderResult", "RenderWarning", "ReportDoc", "MISSING_MARK"]

MISSING_MARK = "□"
"""Printed in place of a character the font has no glyph for (the font itself has U+25A1)."""

FONT_NAME = "WenQuanYiMicroHei"

# Page geometry (points). The header and footer live inside the top and bottom margins.
MARGIN_X = 12 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 14 * mm
HEADER_BASELINE = 10 * mm  # from the top edge
HEADER_RULE = 12 * mm  # from the top edge
FOOTER_BASELINE = 8 * mm  # from the bottom edge

# Table look: 9 pt text, thin grid, shaded header row.
TABLE_SIZE = 9.0
TABLE_LEADING = 11.5
CELL_PAD_X = 2.5
CELL_PAD_Y = 3.0
GRID_WIDTH = 0.5
GRID_COLOR = Color(0.35, 0.35, 0.35)
HEADER_FILL = Color(0.88, 0.88, 0.88)
# The font has no bold face; headings are filled *and* stroked with this line width instead.
FAKE_BOLD_STROKE = 0.3

LAYOUT_SHARE = 850  # of the 1000 progress units
SIGN_WITH_ROWS = 3  # table rows kept on the page with the signature lines

TITLE_SIZE = 18.0
SUBTITLE_SIZE = 10.5
TEXT_SIZE = 10.0


# --------------------------------------------------------------------------------------------- font


class _Font:
    """The registered report font and the set of characters it can really draw."""

    def __init__(self, ttf: TTFont):
        self.name = ttf.fontName
        # A cmap entry pointing at glyph 0 (.notdef) would still print a box, so it doesn't count.
        self.chars = frozenset(chr(code) for code, glyph in ttf.face.charToGlyph.items() if glyph)
        self.width: Callable[[str, float], float] = ttf.stringWidth  # C code when rl_accel is installed
        self.ascent = ttf.face.ascent / 1000.0
        self.descent = ttf.face.descent / 1000.0


_font_lock = threading.Lock()
_font_cache: _Font | None = None


def report_font() -> _Font:
    """Parse and register the font once per process (≈ 0.2 s); renders run in worker threads."""
    global _font_cache
    with _font_lock:
        if _font_cache is None:
            path = font_path()
            if not path.is_file():
                raise UserError(f"找不到报表字体文件：{path}。请重新安装本软件。")
            ttf = TTFont(FONT_NAME, str(path), subfontIndex=0)
            pdfmetrics.registerFont(ttf)
            _font_cache = _Font(ttf)
        return _font_cache


# ------------------------------------------------------------------------------------- warnings


@dataclass(frozen=True)
class RenderWarning:
    """Something the clerk must fix by hand on the printout.

    ``char`` is the character the font lacks (printed as "□"), or "" for other problems such as a
    cell too long to fit on one page. ``message`` is the full Chinese sentence for the user.
    """

    where: str
    text: str
    char: str
    message: str


@dataclass(frozen=True)
class RenderResult:
    path: Path
    pages: int
    warnings: list[RenderWarning]


def _invisible(ch: str) -> bool:
    """Characters that carry no ink and may be dropped: controls, zero-width/format characters
    (BOM, ZWJ …) and variation selectors that ID-card systems sometimes attach to name characters."""
    code = ord(ch)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True
    return unicodedata.category(ch) in ("Cc", "Cf")


class _TextChecker:
    """Makes text printable with the report font and records what had to be replaced."""

    def __init__(self, font: _Font):
        self._chars = font.chars
        self._seen: set[tuple[str, str]] = set()
        self.warnings: list[RenderWarning] = []

    def clean(self, text: object, where: str, *, multiline: bool = False) -> str:
        """``text`` as the font can print it. Line breaks survive only when ``multiline``."""
        if text is None:
            return ""
        if not isinstance(text, str):
            text = str(text)
        if self._chars.issuperset(text):  # the common case: one C-level pass, nothing to do
            return text
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        out = []
        for ch in text:
            if ch in self._chars:
                out.append(ch)
            elif ch == "\n" or ch in "\u2028\u2029":
                out.append("\n" if multiline else " ")
            elif unicodedata.category(ch) == "Zs":
                out.append(" ")
            elif _invisible(ch):
                continue
            else:
                out.append(MISSING_MARK)
                self._missing(where, text, ch)
        return "".join(out)

    def _missing(self, where: str, text: str, ch: str) -> None:
        # One warning per (text, character): a rare character in a branch name repeated on 5,000
        # rows is one thing to fix, not 5,000.
        if (text, ch) in self._seen:
            return
        self._seen.add((text, ch))
        quoted = text
        if len(text) > 30:  # quote a long text only around the character
            i = text.index(ch)
            quoted = ("…" if i > 10 else "") + text[max(i - 10, 0) : i + 10] + ("…" if i + 10 < len(text) else "")
        self.warnings.append(
            RenderWarning(
                where,
                text,
                ch,
                f"{where}“{quoted}”中的“{ch}”（U+{ord(ch):04X}）字体中没有，"
                f"PDF 里印成了“{MISSING_MARK}”，请在打印件上手工补写。",
            )
        )

    def add(self, where: str, text: str, message: str) -> None:
        self.warnings.append(RenderWarning(where, text, "", message))


# ----------------------------------------------------------------------------------- text layout


_NO_LINE_START = frozenset("、，。．,.：:；;！!？?）)」』】〕》〉”’…%·")
_NO_LINE_END = frozenset("（(「『【〔《〈“‘")


def _wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break ``text`` into lines no wider than ``width``: at explicit newlines, then between any
    two CJK characters, and at a space rather than inside a Latin word or number when possible."""
    lines: list[str] = []
    for para in text.split("\n"):
        if measure(para) <= width:
            lines.append(para)
            continue
        start, used, last_space = 0, 0.0, -1
        i = 0
        while i < len(para):
            ch = para[i]
            w = measure(ch)
            if used + w > width and i > start:
                cut = i
                if ch.isascii() and ch.isalnum() and last_space > start:
                    cut = last_space + 1  # keep the Latin word/number together
                else:
                    # Chinese line-breaking rules: "、" or "）" may not start a line, "（" may not
                    # end one; carry a character or two over to the next line instead.
                    for _ in range(2):
                        if cut - 1 > start and (para[cut] in _NO_LINE_START or para[cut - 1] in _NO_LINE_END):
                            cut -= 1
                lines.append(para[start:cut].rstrip())
                start, used, last_space = cut, 0.0, -1
                i = cut
                continue
            if ch == " ":
                last_space = i
            used += w
            i += 1
        lines.append(para[start:].rstrip())
    return lines


def _fit(text: str, width: float, measure: Callable[[str], float]) -> str:
    """Shorten one-line text with "…" so it fits ``width`` (header fields)."""
    if measure(text) <= width:
        return text
    while text and measure(text + "…") > width:
        text = text[:-1]
    return text + "…"


def _fake_bold(canv: Canvas) -> None:
    canv.setStrokeColor(black)
    canv.setLineWidth(FAKE_BOLD_STROKE)


# ------------------------------------------------------------------------------------- flowables


@dataclass(frozen=True)
class Column:
    """One table column: a fixed width in ``mm``, or (``mm=None``) a ``weight`` share of the width
    the fixed columns leave over. ``align`` is "left", "center" or "right"."""

    title: str
    mm: float | None = None
    weight: float = 1.0
    align: str = "left"

    def __post_init__(self):
        if self.align not in ("left", "center", "right"):
            raise ValueError(f"column {self.title!r}: align must be left, center or right, not {self.align!r}")


class _TableData:
    """Rows and their measured layout, shared by all page pieces of one table.

    Measuring once and keeping prefix sums of row heights makes every page split O(rows on the
    page) instead of re-measuring the rest of the table (what makes one huge ``Table`` with
    ``repeatRows`` ~3–5× slower, TECH-NOTES)."""

    def __init__(self, columns, cells, font, checker, max_height, counter):
        self.columns = columns
        self.cells = cells  # list of tuples of clean strings, one tuple per row
        self.font = font
        self.checker = checker
        self.max_height = max_height  # frame height: no row may be taller than a page
        self.counter = counter  # _BuildCounter, for progress
        self._widths: dict[str, float] = {}
        self.layout_width: float | None = None
        self.last_drawn: tuple[int, int] | None = None  # (page, stop) of the piece drawn last

    def measure(self, text: str) -> float:
        w = self._widths.get(text)
        if w is None:
            w = self._widths[text] = self.font.width(text, TABLE_SIZE)
        return w

    def layout(self, width: float) -> None:
        if self.layout_width == width:
            return
        cols = self.columns
        fixed = sum(c.mm * mm for c in cols if c.mm is not None)
        weights = sum(c.weight for c in cols if c.mm is None)
        spare = max(width - fixed, 0.0)
        col_w = [c.mm * mm if c.mm is not None else spare * c.weight / weights for c in cols]
        if fixed > width + 0.5 or (weights and spare < len(cols) * mm):
            raise ValueError(f"fixed column widths ({fixed / mm:.0f} mm) leave no room in a {width / mm:.0f} mm frame")
        self.col_w = col_w
        self.xs = [0.0, *accumulate(col_w)]
        self.width = self.xs[-1]
        self.inner = [max(w - 2 * CELL_PAD_X, TABLE_SIZE) for w in col_w]

        self.header = [_wrap(c.title, w, self.measure) for c, w in zip(cols, self.inner)]
        self.header_h = max(len(h) for h in self.header) * TABLE_LEADING + 2 * CELL_PAD_Y
        max_lines = max(int((self.max_height - self.header_h - 2 * CELL_PAD_Y) // TABLE_LEADING), 1)

        single = TABLE_LEADING + 2 * CELL_PAD_Y
        measure, inner = self.measure, self.inner
        laid: list[tuple] = []
        heights: list[float] = []
        for r, row in enumerate(self.cells, 1):
            out, n = [], 1
            for text, w in zip(row, inner):
                if "\n" in text or measure(text) > w:
                    lines = _wrap(text, w, measure)
                    n = max(n, len(lines))
                    out.append(lines)
                else:
                    out.append(text)
            if n > max_lines:
                out, n = self._truncate(r, row, out, max_lines), max_lines
            laid.append(out)
            heights.append(single if n == 1 else n * TABLE_LEADING + 2 * CELL_PAD_Y)
        self.rows = laid
        self.heights = heights
        self.cum = [0.0, *accumulate(heights)]
        self.layout_width = width

    def _truncate(self, r, row, out, max_lines):
        """A row taller than a page can't be split sensibly; cut it and tell the user."""
        cut = []
        for c, (text, cell) in enumerate(zip(row, out)):
            if isinstance(cell, list) and len(cell) > max_lines:
                cell = cell[: max_lines - 1] + [cell[max_lines - 1][:-1] + "…"]
                where = f"表格第 {r} 行“{self.columns[c].title}”列"
                self.checker.add(where, text, f"{where}内容太长，一页印不下，已截断，请另附说明。")
            cut.append(cell)
        return cut


class _Table(Flowable):
    """Rows ``start:stop`` of a table, drawn with the header row on top.

    ``split`` cuts off what fits on the current page; the rest is another ``_Table`` over the same
    ``_TableData``. Each piece is drawn straight onto the canvas with one text object: TECH-NOTES
    measured canvas drawing at ≈ 240 pages/s vs ≈ 150 for one platypus ``Table`` per page."""

    def __init__(self, data: _TableData, start: int = 0, stop: int | None = None):
        super().__init__()
        self.data = data
        self.start = start
        self.stop = stop  # None: to the end of the table (not yet split)

    def _stop(self) -> int:
        return len(self.data.cells) if self.stop is None else self.stop

    def _header_height(self) -> float:
        """No header when this piece continues, on the same page, the piece drawn just before it
        (the rows kept with the signature lines usually do)."""
        canv = getattr(self, "canv", None)  # set by platypus' wrapOn/splitOn
        if canv is not None and self.data.last_drawn == (canv.getPageNumber(), self.start):
            return 0.0
        return self.data.header_h

    def wrap(self, availWidth, availHeight):
        d = self.data
        d.layout(availWidth)
        body = d.cum[self._stop()] - d.cum[self.start] if d.cells else TABLE_LEADING + 2 * CELL_PAD_Y
        self.header_h = self._header_height()
        self.width, self.height = d.width, self.header_h + body
        return self.width, self.height

    def split(self, availWidth, availHeight):
        d = self.data
        d.layout(availWidth)
        room = availHeight - self._header_height()
        if room <= 0 or not d.cells:
            return []
        stop = self._stop()
        # split() means the rest doesn't fit, so at least one row moves on (never an empty piece).
        end = min(bisect.bisect_right(d.cum, d.cum[self.start] + room + 1e-6) - 1, stop - 1)
        if end <= self.start:
            return []  # not even one row fits: platypus moves the table to the next page
        return [_Table(d, self.start, end), _Table(d, end, stop)]

    def draw(self):
        d = self.data
        c = self.canv
        xs, col_w, width, top = d.xs, d.col_w, d.width, self.height
        stop = self._stop()
        header_h = self.header_h  # from wrap(), which platypus always calls just before draw()
        body_top = top - header_h

        if header_h:
            c.setFillColor(HEADER_FILL)
            c.rect(0, body_top, width, header_h, stroke=0, fill=1)

        # Horizontal rules at every row edge, vertical rules at every column edge: one path.
        ys = [top, body_top] if header_h else [top]
        y = body_top
        for h in d.heights[self.start : stop] if d.cells else [TABLE_LEADING + 2 * CELL_PAD_Y]:
            y -= h
            ys.append(y)
        bottom = ys[-1]
        if d.cells:
            rules = [(x, bottom, x, top) for x in xs]
        else:  # the "no records" row spans the whole width
            rules = [(x, body_top, x, top) for x in xs[1:-1]] + [(0, bottom, 0, top), (width, bottom, width, top)]
        rules += [(0, yy, width, yy) for yy in ys]
        c.setStrokeColor(GRID_COLOR)
        c.setLineWidth(GRID_WIDTH)
        c.lines(rules)

        # Baseline of a line centred in its line box.
        mid = TABLE_LEADING / 2 + (d.font.ascent + d.font.descent) / 2 * TABLE_SIZE
        aligns = [col.align for col in d.columns]
        measure = d.measure
        t = c.beginText()
        t.setFont(d.font.name, TABLE_SIZE)
        set_origin, out = t.setTextOrigin, t.textOut

        def cells(row, row_top, row_h):
            for x, w, align, cell in zip(xs, col_w, aligns, row):
                lines = cell if isinstance(cell, list) else (cell,)
                y = row_top - (row_h - len(lines) * TABLE_LEADING) / 2 - mid
                for line in lines:
                    if line:
                        if align == "left":
                            lx = x + CELL_PAD_X
                        elif align == "center":
                            lx = x + (w - measure(line)) / 2
                        else:
                            lx = x + w - CELL_PAD_X - measure(line)
                        set_origin(lx, y)
                        out(line)
                    y -= TABLE_LEADING

        if header_h:
            t.setTextRenderMode(2)
            cells(d.header, top, header_h)
            t.setTextRenderMode(0)
        if d.cells:
            row_top = body_top
            rows, heights = d.rows, d.heights
            for i in range(self.start, stop):
                cells(rows[i], row_top, heights[i])
                row_top -= heights[i]
        else:
            empty = "（无记录）"
            set_origin((width - measure(empty)) / 2, body_top - CELL_PAD_Y - mid)
            out(empty)
        c.setFillColor(black)
        _fake_bold(c)
        c.drawText(t)
        d.counter.rows_done += stop - self.start
        d.last_drawn = (c.getPageNumber(), stop)


class _TitleBlock(Flowable):
    """Report title, large and centred (fake bold), with an optional subtitle line below."""

    def __init__(self, title: str, subtitle: str, font: _Font):
        super().__init__()
        self.title, self.subtitle, self.font = title, subtitle, font
        self.spaceAfter = 4 * mm

    def wrap(self, availWidth, availHeight):
        f = self.font
        self._title = _wrap(self.title, availWidth, lambda s: f.width(s, TITLE_SIZE))
        self._sub = _wrap(self.subtitle, availWidth, lambda s: f.width(s, SUBTITLE_SIZE)) if self.subtitle else []
        self.width = availWidth
        self.height = len(self._title) * TITLE_SIZE * 1.35 + len(self._sub) * SUBTITLE_SIZE * 1.5
        if self._sub:
            self.height += 2 * mm
        return self.width, self.height

    def draw(self):
        c, f = self.canv, self.font
        y = self.height
        c.setFillColor(black)
        c.saveState()
        _fake_bold(c)
        t = c.beginText()
        t.setFont(f.name, TITLE_SIZE)
        t.setTextRenderMode(2)
        for line in self._title:
            y -= TITLE_SIZE * 1.35
            t.setTextOrigin((self.width - f.width(line, TITLE_SIZE)) / 2, y + TITLE_SIZE * 0.3)
            t.textOut(line)
        c.drawText(t)
        c.restoreState()
        y -= 2 * mm
        c.setFont(f.name, SUBTITLE_SIZE)
        for line in self._sub:
            y -= SUBTITLE_SIZE * 1.5
            c.drawCentredString(self.width / 2, y + SUBTITLE_SIZE * 0.4, line)


class _Signatures(Flowable):
    """Labels such as "填表人：" spread evenly over one line, each followed by a blank to sign on."""

    def __init__(self, labels: list[str], font: _Font):
        super().__init__()
        self.labels, self.font = labels, font
        self.spaceBefore = 8 * mm

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, TEXT_SIZE * 2
        return self.width, self.height

    def draw(self):
        c, f = self.canv, self.font
        slot = self.width / len(self.labels)
        y = TEXT_SIZE * 0.6
        c.setFont(f.name, TEXT_SIZE)
        c.setLineWidth(0.6)
        c.setStrokeColor(black)
        for i, label in enumerate(self.labels):
            x = i * slot
            c.drawString(x, y, label)
            line_start = x + f.width(label, TEXT_SIZE) + 2
            line_end = x + slot - 6 * mm
            if line_end > line_start:
                c.line(line_start, y - 3, line_end, y - 3)


# ---------------------------------------------------------------------------------- document


class _BuildCounter:
    def __init__(self):
        self.rows_done = 0
        self.rows_total = 0
        self.pages = 0


class _PageCanvas(Canvas):
    """Keeps finished pages until ``save`` so the footer can print the page total.

    Saving each page's state and drawing header/footer at the end costs one pass; platypus'
    ``multiBuild`` would lay the whole report out twice."""

    def __init__(self, *args, decorate, on_page, **kwargs):
        super().__init__(*args, **kwargs)
        self._deferred: list[dict | None] = []
        self._decorate = decorate  # (canvas, page, total): draws header/footer, may raise Cancelled
        self._on_page = on_page  # (pages so far): called as each page is laid out, may raise Cancelled

    def showPage(self):
        self._deferred.append(dict(self.__dict__))
        self._startPage()
        self._on_page(len(self._deferred))

    def save(self):
        if self._code:
            self.showPage()
        total = len(self._deferred)
        for i in range(total):
            state = self._deferred[i]
            self._deferred[i] = None  # let each page's content go once written
            self.__dict__.update(state)
            self._decorate(self, i + 1, total)
            Canvas.showPage(self)
        Canvas.save(self)


class ReportDoc:
    """One PDF report on A4 (portrait, or landscape for wide registers).

    Add blocks in reading order with the ``add_*`` methods, then call ``build`` once. All text is
    checked against the font as it is added; ``build`` returns the pages written and the warnings.
    Importing this module costs reportlab's ≈ 0.24 s: do it in the render worker (TECH-NOTES)."""

    def __init__(self, path: str | os.PathLike, title: str, org_name: str, *, landscape: bool = False):
        self.path = Path(path)
        self.font = report_font()
        self.pagesize = (A4[1], A4[0]) if landscape else A4
        self.frame_width = self.pagesize[0] - 2 * MARGIN_X
        self.frame_height = self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
        self._checker = _TextChecker(self.font)
        self._counter = _BuildCounter()
        self._story: list[Flowable] = []
        self._built = False
        self.title = title
        self.org_name = org_name
        self._header_title = self._checker.clean(title, "报表标题")
        self._header_org = self._checker.clean(org_name, "单位名称")
        self._generated = f"djdesk {djdesk.__version__} 生成于 {_dt.date.today().isoformat()}"

    def add_title(self, subtitle: str = "") -> None:
        """The report title (large, centred) and an optional subtitle line, e.g. org and date."""
        self._story.append(
            _TitleBlock(self._header_title, self._checker.clean(subtitle, "副标题", multiline=True), self.font)
        )

    def add_paragraph(self, text: str, *, align: str = "left") -> None:
        """Plain text (not markup) at 10 pt, wrapped; newlines start new lines. ``align`` is
        "left" or "center"."""
        if align not in ("left", "center"):
            raise ValueError(f"paragraph align must be left or center, not {align!r}")
        clean = self._checker.clean(text, "正文", multiline=True)
        style = ParagraphStyle(
            "djdesk-text",
            fontName=self.font.name,
            fontSize=TEXT_SIZE,
            leading=TEXT_SIZE * 1.5,
            alignment=TA_CENTER if align == "center" else TA_LEFT,
            wordWrap="CJK",
            spaceBefore=3 * mm,
        )
        self._story.append(Paragraph(escape(clean).replace("\n", "<br/>"), style))

    def add_table(self, columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> None:
        """A table with ``columns`` repeated at the top of every page it spans.

        Cells may be str, None (empty) or anything ``str()`` prints; newlines break lines, long text
        wraps. Each row must have one cell per column."""
        columns = list(columns)
        if not columns:
            raise ValueError("a table needs at least one column")
        check = self._checker.clean
        clean_columns = [
            Column(check(c.title, "表头", multiline=True), c.mm, c.weight, c.align) for c in columns
        ]
        titles = [c.title for c in columns]
        chars = self.font.chars
        n = len(columns)
        cells = []
        for r, row in enumerate(rows, 1):
            row = tuple(row)
            if len(row) != n:
                raise ValueError(f"table row {r} has {len(row)} cells for {n} columns")
            # Fast path for the usual row: all strings the font can print (one join, one C-level check).
            if all(v.__class__ is str for v in row) and chars.issuperset("".join(row)):
                cells.append(row)
            else:
                cells.append(
                    tuple(check(v, f"表格第 {r} 行“{titles[i]}”列", multiline=True) for i, v in enumerate(row))
                )
        self._counter.rows_total += len(cells)
        self._story.append(
            _Table(_TableData(clean_columns, cells, self.font, self._checker, self.frame_height, self._counter))
        )

    def add_signatures(self, labels: Sequence[str]) -> None:
        """Signature lines on one row, e.g. ["填表人：", "审核人：", "日期："].

        Paragraphs added just before (a summary) and the last rows of a table before those stay
        on the same page as the lines: a signature never stands on a page without what it signs."""
        story = self._story
        i = len(story)
        while i and isinstance(story[i - 1], Paragraph):
            i -= 1
            story[i].keepWithNext = True
        if i and isinstance(story[i - 1], _Table) and story[i - 1].stop is None:
            data = story[i - 1].data
            n = len(data.cells)
            tail = _Table(data, max(n - SIGN_WITH_ROWS, 0))
            tail.keepWithNext = True
            story[i - 1 : i] = [_Table(data, 0, n - SIGN_WITH_ROWS), tail] if n > SIGN_WITH_ROWS else [tail]
        story.append(_Signatures([self._checker.clean(s, "签字栏") for s in labels], self.font))

    def add_page_break(self) -> None:
        self._story.append(PageBreak())

    def build(self, progress: Progress = NO_PROGRESS) -> RenderResult:
        """Lay out and write the PDF; call once.

        ``progress.step(done, 1000)`` is called for every page laid out and again for every page
        finished, and may raise ``Cancelled``. Whatever happens, ``path`` then holds either the
        complete new report or what it held before (a file open in a PDF viewer on Windows can't
        be replaced: that becomes a ``UserError`` saying so)."""
        if self._built:
            raise RuntimeError("ReportDoc.build() can only be called once")
        self._built = True
        target = self.path
        folder = target.parent
        if not folder.is_dir():
            raise UserError(f"保存报表的文件夹不存在：{folder}")
        counter = self._counter
        rows_total = max(counter.rows_total, 1)

        # Progress in thousandths: laying out table rows is ≈ 85 % of the time for a big register
        # (20,000-member roster: layout 4.5 s, header/footer pass 0.2 s, serialising 0.5 s).
        def on_page(page: int) -> None:
            progress.step(LAYOUT_SHARE * min(counter.rows_done, rows_total) // rows_total, 1000)

        def decorate(canv: Canvas, page: int, total: int) -> None:
            progress.step(LAYOUT_SHARE + (1000 - LAYOUT_SHARE) * (page - 1) // total, 1000)
            counter.pages = total
            self._decorate(canv, page, total)

        def canvasmaker(*args, **kwargs):
            return _PageCanvas(*args, decorate=decorate, on_page=on_page, **kwargs)

        # Created like a normal file (umask applies), unlike mkstemp's 0600.
        tmp = folder / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except OSError as e:
            raise save_failed(e, folder) from e
        try:
            with os.fdopen(fd, "wb") as fh:
                doc = BaseDocTemplate(
                    fh,
                    pagesize=self.pagesize,
                    leftMargin=MARGIN_X,
                    rightMargin=MARGIN_X,
                    topMargin=MARGIN_TOP,
                    bottomMargin=MARGIN_BOTTOM,
                    title=self.title,
                    author="djdesk",
                    subject=self.org_name,
                    creator=f"djdesk {djdesk.__version__}",
                    initialFontName=self.font.name,
                )
                frame = Frame(
                    MARGIN_X,
                    MARGIN_BOTTOM,
                    self.frame_width,
                    self.frame_height,
                    leftPadding=0,
                    rightPadding=0,
                    topPadding=0,
                    bottomPadding=0,
                )
                doc.addPageTemplates([PageTemplate("page", [frame])])
                doc.build(self._story, canvasmaker=canvasmaker)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as e:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise save_failed(e, target) from e
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return RenderResult(target, counter.pages, list(self._checker.warnings))

    def _decorate(self, c: Canvas, page: int, total: int) -> None:
        """Header and footer, drawn when the page total is known."""
        f = self.font
        w, h = self.pagesize
        usable = w - 2 * MARGIN_X
        c.saveState()
        c.setFillColor(black)
        c.setFont(f.name, 9)
        title = _fit(self._header_title, usable * 0.45, lambda s: f.width(s, 9))
        org = _fit(self._header_org, usable - f.width(title, 9) - 10 * mm, lambda s: f.width(s, 9))
        c.drawString(MARGIN_X, h - HEADER_BASELINE, org)
        c.drawRightString(w - MARGIN_X, h - HEADER_BASELINE, title)
        c.setStrokeColor(GRID_COLOR)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, h - HEADER_RULE, w - MARGIN_X, h - HEADER_RULE)
        c.drawCentredString(w / 2, FOOTER_BASELINE, f"第 {page} 页 共 {total} 页")
        c.setFont(f.name, 7)
        c.setFillGray(0.35)
        c.drawRightString(w - MARGIN_X, FOOTER_BASELINE, self._generated)
        c.restoreState()


def save_failed(exc: OSError, where: Path) -> UserError:
    """Why a report could not be saved, in Chinese: the OS's own text may be English."""
    known = explain_os_error(exc, where, "保存报表")
    if known is not None:
        return UserError(f"无法保存报表：{known.message}")
    log.warning("saving a report to %s failed: %r", where, exc)
    return UserError(f"无法保存报表“{where}”（系统错误代码 {exc.errno}）。如果该文件正在 PDF 阅读器中打开，"
                     "请先关闭它再重试；否则请换一个位置保存。")
