"""Printed 三会一课 records: the sign-in sheet (签到表), the meeting record (会议记录) and a branch's
year binder (cover, contents, every meeting in date order, the compliance grid at the end).

Built on ``base.ReportDoc`` (font, header/footer, tables, signatures, atomic writing). This module
adds the few shapes a 会议记录本 page needs that a register does not: a form grid of labelled
fields, ruled lines that carry long minutes onto further pages, a contents list whose page
numbers are filled in when the pages are known (in the same single layout pass that prints
"共 N 页"), and the colour grid of the compliance check. Input is ``meetings.print_data`` rows.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from djdesk.core.compliance import STATUS_COLORS, STATUS_LABELS, STATUS_MARKS, BranchCompliance, LapseFlag
from djdesk.core.meetings import GRADES, Tally
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.reports.base import (GRID_COLOR, GRID_WIDTH, HEADER_FILL, Column, RenderResult, ReportDoc,
                                      _fake_bold, _TitleBlock, _wrap)

FORM_SIZE = 10.0
FORM_LEADING = 14.0
FORM_PAD = 2.2 * mm
LABEL_WIDTH = 24 * mm
RULE_HEIGHT = 7.5 * mm            # line spacing of the ruled minutes, like a 会议记录本
RULE_GRAY = Color(0.55, 0.55, 0.55)
CONTENTS_ROW = 6.4 * mm


def _names(items: Sequence[Any], empty: str = "无") -> str:
    parts = []
    for item in items:
        if isinstance(item, tuple):
            name, detail = item
            parts.append(f"{name}（{detail}）" if detail else name)
        else:
            parts.append(item)
    return "、".join(parts) if parts else empty


# ------------------------------------------------------------------------------------- flowables


class _FormGrid(Flowable):
    """Rows of labelled fields, e.g. [("时间", "2025年5月10日"), ("地点", "村部")] — shaded labels,
    values wrapped; splits between rows."""

    def __init__(self, rows: list[list[tuple[str, str]]], font, start: int = 0, stop: int | None = None):
        super().__init__()
        self.rows, self.font = rows, font
        self.start, self.stop = start, len(rows) if stop is None else stop
        self._laid: list | None = None

    def _layout(self, width: float) -> None:
        if self._laid is not None and self._width == width:
            return
        self._width = width
        measure = lambda s: self.font.width(s, FORM_SIZE)  # noqa: E731
        laid = []
        for row in self.rows:
            value_w = (width - LABEL_WIDTH * len(row)) / len(row)
            cells = []
            lines_max = 1
            for label, value in row:
                label_lines = _wrap(label, LABEL_WIDTH - 2 * FORM_PAD, measure)
                value_lines = _wrap(value, value_w - 2 * FORM_PAD, measure)
                lines_max = max(lines_max, len(label_lines), len(value_lines))
                cells.append((label_lines, value_lines, value_w))
            laid.append((cells, lines_max * FORM_LEADING + 2 * FORM_PAD))
        self._laid = laid

    def wrap(self, availWidth, availHeight):
        self._layout(availWidth)
        self.width = availWidth
        self.height = sum(h for _, h in self._laid[self.start:self.stop])
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self._layout(availWidth)
        used, end = 0.0, self.start
        while end < self.stop and used + self._laid[end][1] <= availHeight:
            used += self._laid[end][1]
            end += 1
        if end == self.start or end == self.stop:
            return []
        first = _FormGrid(self.rows, self.font, self.start, end)
        rest = _FormGrid(self.rows, self.font, end, self.stop)
        first._laid = rest._laid = self._laid
        first._width = rest._width = self._width
        return [first, rest]

    def draw(self):
        c, f = self.canv, self.font
        y = self.height
        c.setLineWidth(GRID_WIDTH)
        c.setStrokeColor(GRID_COLOR)
        for cells, h in self._laid[self.start:self.stop]:
            x = 0.0
            for label_lines, value_lines, value_w in cells:
                c.setFillColor(HEADER_FILL)
                c.rect(x, y - h, LABEL_WIDTH, h, stroke=1, fill=1)
                c.rect(x + LABEL_WIDTH, y - h, value_w, h, stroke=1, fill=0)
                c.setFillColor(black)
                c.setFont(f.name, FORM_SIZE)
                ty = y - FORM_PAD - FORM_SIZE
                for line in label_lines:
                    c.drawCentredString(x + LABEL_WIDTH / 2, ty, line)
                    ty -= FORM_LEADING
                ty = y - FORM_PAD - FORM_SIZE
                for line in value_lines:
                    c.drawString(x + LABEL_WIDTH + FORM_PAD, ty, line)
                    ty -= FORM_LEADING
                x += LABEL_WIDTH + value_w
            y -= h


class _Ruled(Flowable):
    """A labelled block of ruled lines holding text (the minutes): one text line per rule, carried
    over page breaks with the label repeated as "（续）"."""

    def __init__(self, label: str, text: str, font, min_lines: int = 3, lines: list[str] | None = None,
                 continued: bool = False):
        super().__init__()
        self.label, self.text, self.font = label, text, font
        self.min_lines, self.lines, self.continued = min_lines, lines, continued

    def _label_height(self) -> float:
        return FORM_SIZE * 2.2

    def wrap(self, availWidth, availHeight):
        if self.lines is None:
            measure = lambda s: self.font.width(s, FORM_SIZE)  # noqa: E731
            lines = _wrap(self.text, availWidth - 2 * FORM_PAD, measure) if self.text else []
            self.lines = lines + [""] * max(self.min_lines - len(lines), 0)
        self.width = availWidth
        self.height = self._label_height() + len(self.lines) * RULE_HEIGHT
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fits = int((availHeight - self._label_height()) // RULE_HEIGHT)
        if fits < 2 or fits >= len(self.lines):
            return []
        return [_Ruled(self.label, self.text, self.font, 0, self.lines[:fits], self.continued),
                _Ruled(self.label, self.text, self.font, 0, self.lines[fits:], True)]

    def draw(self):
        c, f = self.canv, self.font
        top = self.height
        label_h = self._label_height()
        c.setFillColor(black)
        c.saveState()
        _fake_bold(c)
        t = c.beginText()
        t.setFont(f.name, FORM_SIZE + 0.5)
        t.setTextRenderMode(2)
        t.setTextOrigin(0, top - label_h + FORM_SIZE * 0.7)
        t.textOut(self.label + ("（续）" if self.continued else "") + "：")
        c.drawText(t)
        c.restoreState()
        y = top - label_h
        c.setStrokeColor(GRID_COLOR)
        c.setLineWidth(GRID_WIDTH)
        c.rect(0, y - len(self.lines) * RULE_HEIGHT, self.width, len(self.lines) * RULE_HEIGHT, stroke=1, fill=0)
        c.setFont(f.name, FORM_SIZE)
        for i, line in enumerate(self.lines):
            base = y - (i + 1) * RULE_HEIGHT
            if i < len(self.lines) - 1:
                c.setStrokeColor(RULE_GRAY)
                c.line(0, base, self.width, base)
            if line:
                c.drawString(FORM_PAD, base + RULE_HEIGHT * 0.3, line)


class _Anchor(Flowable):
    """Where a meeting starts in the binder: remembers the page (for the contents) and adds a PDF
    bookmark so the viewer's sidebar lists every meeting."""

    def __init__(self, doc: "MeetingDoc", key: str, title: str):
        super().__init__()
        self.doc, self.key, self.title = doc, key, title
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        c = self.canv
        self.doc.anchor_pages[self.key] = c.getPageNumber()
        c.bookmarkPage(self.key)
        c.addOutlineEntry(self.title, self.key, level=0)
        self.doc._counter.rows_done += 1


class _Contents(Flowable):
    """The binder's contents: one line per meeting; page numbers are drawn when every page is known."""

    COLUMNS = ((11 * mm, "序号"), (24 * mm, "日期"), (28 * mm, "会议类型"), (None, "会议名称"), (14 * mm, "页码"))

    def __init__(self, doc: "MeetingDoc", entries: list[tuple[str, str, str, str]], start: int = 0,
                 stop: int | None = None):
        super().__init__()
        self.doc, self.entries = doc, entries
        self.start, self.stop = start, len(entries) if stop is None else stop

    def _widths(self, width: float) -> list[float]:
        fixed = sum(w for w, _ in self.COLUMNS if w)
        return [w if w else width - fixed for w, _ in self.COLUMNS]

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = (self.stop - self.start + 1) * CONTENTS_ROW
        return self.width, self.height

    def split(self, availWidth, availHeight):
        fits = int(availHeight // CONTENTS_ROW) - 1
        if fits < 1 or self.start + fits >= self.stop:
            return []
        return [_Contents(self.doc, self.entries, self.start, self.start + fits),
                _Contents(self.doc, self.entries, self.start + fits, self.stop)]

    def draw(self):
        c, f = self.canv, self.doc.font
        widths = self._widths(self.width)
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        y = self.height
        c.setFillColor(HEADER_FILL)
        c.rect(0, y - CONTENTS_ROW, self.width, CONTENTS_ROW, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont(f.name, 9.5)
        for x, (_, title) in zip(xs, self.COLUMNS):
            c.drawString(x + 2, y - CONTENTS_ROW + 2.2 * mm, title)
        y -= CONTENTS_ROW
        c.setStrokeColor(GRID_COLOR)
        c.setLineWidth(GRID_WIDTH)
        c.line(0, y, self.width, y)
        page = c.getPageNumber()
        for number, date, kind, title in self.entries[self.start:self.stop]:
            base = y - CONTENTS_ROW + 2.2 * mm
            for x, w, text in zip(xs, widths, (number, date, kind, title)):
                c.drawString(x + 2, base, self.doc.fit(text, w - 4))
            # the page number is drawn by MeetingDoc._decorate, on the page itself (absolute position)
            self.doc.late_text.setdefault(page, []).append((*c.absolutePosition(xs[-1] - 2, base), f"m{number}"))
            y -= CONTENTS_ROW
            c.setStrokeColor(Color(0.8, 0.8, 0.8))
            c.line(0, y, self.width, y)


class _Cover(Flowable):
    """The binder's cover: the branch, the year, what the volume holds and who keeps it."""

    def __init__(self, font, org: str, title: str, lines: list[str]):
        super().__init__()
        self.font, self.org, self.title, self.lines = font, org, title, lines

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, availHeight - 1
        return self.width, self.height

    def draw(self):
        c, f = self.canv, self.font
        w, h = self.width, self.height
        c.setStrokeColor(black)
        c.setLineWidth(1.2)
        c.rect(8 * mm, 8 * mm, w - 16 * mm, h - 16 * mm)
        c.setLineWidth(0.4)
        c.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
        c.setFillColor(black)
        c.setFont(f.name, 16)
        for i, line in enumerate(_wrap(self.org, w - 40 * mm, lambda s: f.width(s, 16))):
            c.drawCentredString(w / 2, h * 0.74 - i * 24, line)
        c.saveState()
        _fake_bold(c)
        c.setLineWidth(0.8)
        t = c.beginText()
        t.setFont(f.name, 30)
        t.setTextRenderMode(2)
        for i, line in enumerate(self.title.split("\n")):
            t.setTextOrigin((w - f.width(line, 30)) / 2, h * 0.58 - i * 46)
            t.textOut(line)
        c.drawText(t)
        c.restoreState()
        c.setFont(f.name, 13)
        for i, line in enumerate(self.lines):
            c.drawString(w * 0.28, h * 0.3 - i * 26, line)


class _ComplianceGrid(Flowable):
    """Month × kind, each month coloured by the status of its period (green, amber, red), showing
    the number of meetings held; the last column gives periods met / required."""

    def __init__(self, font, result: BranchCompliance):
        super().__init__()
        self.font, self.result = font, result

    ROW = 8.5 * mm
    KIND_W = 30 * mm
    FREQ_W = 15 * mm
    LAST_W = 16 * mm

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = (len(self.result.kinds) + 1) * self.ROW
        return self.width, self.height

    def draw(self):
        c, f = self.canv, self.font
        month_w = (self.width - self.KIND_W - self.FREQ_W - self.LAST_W) / 12
        xs = [0.0, self.KIND_W, self.KIND_W + self.FREQ_W]
        for _ in range(12):
            xs.append(xs[-1] + month_w)
        xs.append(self.width)
        y = self.height
        c.setLineWidth(GRID_WIDTH)
        c.setStrokeColor(GRID_COLOR)
        c.setFillColor(HEADER_FILL)
        c.rect(0, y - self.ROW, self.width, self.ROW, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont(f.name, 9)
        heads = ["会议类型", "频次", *[f"{m}月" for m in range(1, 13)], "按期/应开"]
        for i, head in enumerate(heads):
            c.drawCentredString((xs[i] + xs[i + 1]) / 2, y - self.ROW + 3 * mm, head)
        y -= self.ROW
        for k in self.result.kinds:
            c.setFillColor(black)
            c.setStrokeColor(GRID_COLOR)
            c.rect(0, y - self.ROW, self.width, self.ROW, stroke=1, fill=0)
            c.setFont(f.name, 9)
            c.drawString(2 * mm, y - self.ROW + 3 * mm, k.kind.name)
            c.drawCentredString((xs[1] + xs[2]) / 2, y - self.ROW + 3 * mm, k.kind.frequency_label)
            for m, cell in enumerate(k.months):
                x0, x1 = xs[2 + m], xs[3 + m]
                c.setFillColor(HexColor(STATUS_COLORS[cell.status]))
                c.rect(x0, y - self.ROW, x1 - x0, self.ROW, stroke=1, fill=1)
                c.setFillColor(black)
                text = str(cell.held) if cell.held else STATUS_MARKS[cell.status]
                c.drawCentredString((x0 + x1) / 2, y - self.ROW + 3 * mm, text)
            last = f"{k.met}/{k.required}" if k.kind.frequency != "none" else f"{k.held} 次"
            c.drawCentredString((xs[-2] + xs[-1]) / 2, y - self.ROW + 3 * mm, last)
            y -= self.ROW


class _Legend(Flowable):
    def __init__(self, font):
        super().__init__()
        self.font = font
        self.spaceBefore = 2 * mm

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, 6 * mm
        return self.width, self.height

    def draw(self):
        c, f = self.canv, self.font
        x = 0.0
        c.setFont(f.name, 9)
        for status in ("met", "due", "missed", "future"):
            c.setFillColor(HexColor(STATUS_COLORS[status]))
            c.setStrokeColor(GRID_COLOR)
            c.rect(x, 1 * mm, 6 * mm, 4 * mm, stroke=1, fill=1)
            c.setFillColor(black)
            label = f"{STATUS_MARKS[status]} {STATUS_LABELS[status]}"
            c.drawString(x + 7.5 * mm, 1.8 * mm, label)
            x += 9 * mm + f.width(label, 9) + 6 * mm
        c.drawString(x, 1.8 * mm, "格中数字为当月召开次数")


# ------------------------------------------------------------------------------------- document


class MeetingDoc(ReportDoc):
    """ReportDoc with the 会议记录本 shapes above, an optional cover page without header and
    footer, and page numbers filled into the contents once the pages are known."""

    def __init__(self, path, title: str, org_name: str, *, cover: bool = False):
        super().__init__(path, title, org_name)
        self.cover = cover
        self.anchor_pages: dict[str, int] = {}
        self.late_text: dict[int, list[tuple[float, float, str]]] = {}

    def clean(self, text: Any, where: str, multiline: bool = True) -> str:
        return self._checker.clean(text, where, multiline=multiline)

    def fit(self, text: str, width: float) -> str:
        if self.font.width(text, 9.5) <= width:
            return text
        while text and self.font.width(text + "…", 9.5) > width:
            text = text[:-1]
        return text + "…"

    def add_heading(self, title: str, subtitle: str = "") -> None:
        self._story.append(_TitleBlock(self.clean(title, "标题", False), self.clean(subtitle, "副标题"), self.font))

    def add_form(self, rows: list[list[tuple[str, str]]]) -> None:
        clean = [[(self.clean(label, "栏目"), self.clean(value, label)) for label, value in row] for row in rows]
        self._story.append(_FormGrid(clean, self.font))

    def add_ruled(self, label: str, text: str, min_lines: int = 3) -> None:
        self._story.append(_Ruled(self.clean(label, "栏目", False), self.clean(text, label), self.font, min_lines))

    def add_anchor(self, key: str, title: str) -> None:
        self._counter.rows_total += 1
        self._story.append(_Anchor(self, key, self.clean(title, "书签", False)))

    def add_flowable(self, flowable: Flowable) -> None:
        self._story.append(flowable)

    def _decorate(self, c, page: int, total: int) -> None:
        if not (self.cover and page == 1):
            super()._decorate(c, page, total)
        late = self.late_text.get(page)
        if late:
            c.saveState()
            c.setFont(self.font.name, 9.5)
            c.setFillColor(black)
            for x, y, key in late:
                number = self.anchor_pages.get(key)
                if number is not None:
                    c.drawRightString(x, y, str(number))
            c.restoreState()


# ------------------------------------------------------------------------------------- the records


def _kind_text(rec: dict) -> str:
    return f"{rec['kind_name']}（{rec['group_name']}）" if rec.get("group_name") else rec["kind_name"]


def _attendance_rows(rec: dict) -> list[list[tuple[str, str]]]:
    t: Tally = rec["tally"]
    voting = rec.get("votes_allowed") and rec.get("audience") != "committee"
    expected = f"{t.expected} 人" + (f"（有表决权 {t.voting_expected} 人）" if voting else "")
    present = f"{t.present} 人" + (f"（有表决权 {t.voting_present} 人）" if voting else "")
    rows = [[("应到人数", expected), ("实到人数", present)],
            [("出席人员", _names(rec["present"]))],
            [("请假人员", _names(rec["leave"]))],
            [("缺席人员", _names(rec["absent"]))]]
    if rec["excused"]:
        rows.append([("不计入应到", _names(rec["excused"]))])
    if rec["unrecorded"]:
        rows.append([("未登记", _names(rec["unrecorded"]))])
    rows.append([("列席人员", _names(rec["guests"]))])
    return rows


VOTE_COLUMNS = [
    Column("序号", mm=9, align="center"),
    Column("表决事项", weight=3),
    Column("方式", mm=20, align="center"),
    Column("应到/实到", mm=17, align="center"),
    Column("赞成", mm=10, align="center"),
    Column("反对", mm=10, align="center"),
    Column("弃权", mm=10, align="center"),
    Column("书面意见\n赞成/反对/弃权", mm=24, align="center"),
    Column("结果", mm=16, align="center"),
]


def _record_story(doc: MeetingDoc, rec: dict, *, in_binder: bool) -> None:
    """One meeting record, laid out like a page of a 会议记录本."""
    if in_binder:
        doc.add_heading("会议记录", f"{_kind_text(rec)}　　记录编号：{rec['record_no']}")
    form = [[("会议名称", rec["title"])],
            [("会议类型", _kind_text(rec)), ("记录编号", rec["record_no"])],
            [("时　　间", rec["date_text"]), ("地　　点", rec["place"])],
            [("主 持 人", rec["host"]), ("记 录 人", rec["recorder"])]]
    if rec["kind"] == "lecture" or rec["lecturer"] or rec["topic"]:
        form.append([("讲 课 人", rec["lecturer"]), ("党课主题", rec["topic"])])
    form += _attendance_rows(rec)
    form.append([("议　　题", rec["agenda"] or "")])
    doc.add_form(form)
    doc.add_ruled("会议内容", rec["minutes"], min_lines=6)
    if rec["decisions"] or rec["votes"]:
        doc.add_ruled("决议", rec["decisions"], min_lines=2)
    if rec["votes"]:
        t: Tally = rec["tally"]
        committee = rec.get("audience") == "committee"
        base = t.expected if committee else t.voting_expected
        present = t.present if committee else t.voting_present
        rows = []
        for i, v in enumerate(rec["votes"], 1):
            result = v["result"]
            outcome = "通过" if result.passed else "未通过" if result.quorum_ok else "不能决议"
            rows.append((str(i), v["subject"], v["method"] or v["vote_type"], f"{base}/{present}",
                         str(v["votes_for"]), str(v["votes_against"]), str(v["votes_abstain"]),
                         f"{v['written_for']}/{v['written_against']}/{v['written_abstain']}", outcome))
        doc.add_table(VOTE_COLUMNS, rows)
        first = rec["votes"][0]["result"]
        who = "委员" if committee else "有表决权的党员"
        doc.add_paragraph(f"表决情况：{first.quorum_text}。赞成票（含未到会党员的书面意见）须超过应到{who}"
                          f"的半数，即不少于 {first.needed} 票，方为通过。")
    if rec["flags"]:
        doc.add_paragraph("※ " + "；".join(rec["flags"]) + "。")
    if rec["grades"]:
        _grades_story(doc, rec["grades"])
    if rec["attachments"]:
        doc.add_paragraph("附件：" + "、".join(rec["attachments"]))
    doc.add_signatures(["主持人（签字）：", "记录人（签字）："])


def _grades_story(doc: MeetingDoc, grades: list[tuple[str, str]]) -> None:
    half = (len(grades) + 1) // 2
    rows = []
    for i in range(half):
        left = (str(i + 1), grades[i][0], grades[i][1] or "未评定")
        j = i + half
        right = (str(j + 1), grades[j][0], grades[j][1] or "未评定") if j < len(grades) else ("", "", "")
        rows.append(left + right)
    cols = [Column("序号", mm=11, align="center"), Column("姓名", weight=1), Column("评定等次", mm=26, align="center")]
    doc.add_paragraph("民主评议党员评定等次：")
    doc.add_table(cols + cols, rows)
    graded = [g for _, g in grades if g]
    counts = {g: graded.count(g) for g in GRADES}
    text = "，".join(f"{g} {counts[g]} 名" for g in GRADES)
    warn = "（评为优秀的超过参评党员的三分之一，一般不超过1/3）" if counts["优秀"] * 3 > len(graded) else ""
    doc.add_paragraph(f"参评正式党员 {len(grades)} 名，其中{text}{warn}。预备党员参加评议，不评定等次。")


def render_meeting_record(path: str | os.PathLike, rec: dict, progress: Progress = NO_PROGRESS) -> RenderResult:
    """会议记录 of one meeting (``meetings.print_data`` row)."""
    doc = MeetingDoc(path, "会议记录", rec["org_name"])
    doc.add_title(f"{rec['branch_name']}　　记录编号：{rec['record_no']}")
    _record_story(doc, rec, in_binder=False)
    return doc.build(progress)


SIGN_COLUMNS = [Column("序号", mm=9, align="center"), Column("姓名", mm=18), Column("签名", weight=1),
                Column("备注", mm=27)]


def render_sign_in_sheet(path: str | os.PathLike, rec: dict, progress: Progress = NO_PROGRESS,
                         blank_guest_rows: int = 4) -> RenderResult:
    """签到表 pre-filled from the meeting's roster (branch, 党小组 or committee), with room to sign."""
    doc = MeetingDoc(path, "签到表", rec["org_name"])
    doc.add_title(f"{rec['title']}")
    doc.add_form([[("会议类型", _kind_text(rec)), ("记录编号", rec["record_no"])],
                  [("时　　间", rec["date_text"]), ("地　　点", rec["place"])],
                  [("主 持 人", rec["host"]), ("记 录 人", rec["recorder"])]])
    people = rec["people"]
    half = (len(people) + 1) // 2

    def cells(i: int) -> tuple[str, str, str, str]:
        if i >= len(people):
            return ("", "", "\n", "")
        p = people[i]
        note = "预备党员" if p["category"] == "预备" else ""
        if p["status"] == "请假":
            note = f"请假：{p['reason']}" if p["reason"] else "请假"
        elif p["status"] == "不计应到":
            note = "不计应到"
        return (str(i + 1), p["name"], "\n", note)
    doc.add_paragraph(f"党员签到（应到 {rec['tally'].expected} 人）：")
    doc.add_table(SIGN_COLUMNS + SIGN_COLUMNS, [cells(i) + cells(i + half) for i in range(half)])
    guests = [(str(i + 1), name, note, "\n") for i, (name, note) in enumerate(rec["guests"])]
    guests += [(str(len(guests) + k + 1), "", "", "\n") for k in range(blank_guest_rows)]
    doc.add_paragraph("列席人员签到：")
    doc.add_table([Column("序号", mm=10, align="center"), Column("姓名", mm=30), Column("单位及职务", weight=1),
                   Column("签名", weight=1)], guests)
    doc.add_paragraph("实到 ______ 人，请假 ______ 人，缺席 ______ 人（会后由记录人填写，并录入党建桌面）。")
    doc.add_signatures(["主持人（签字）：", "记录人（签字）："])
    return doc.build(progress)


SUMMARY_COLUMNS = [Column("会议类型", mm=30), Column("频次", mm=16, align="center"),
                   Column("应召开", mm=14, align="center"), Column("已召开", mm=14, align="center"),
                   Column("按期", mm=12, align="center"), Column("逾期", mm=12, align="center"),
                   Column("待召开", mm=14, align="center"), Column("依据", weight=1)]


def render_year_binder(path: str | os.PathLike, org_name: str, branch_name: str, year: int, records: list[dict],
                       result: BranchCompliance, flags: Sequence[LapseFlag] = (), keeper: str = "",
                       progress: Progress = NO_PROGRESS) -> RenderResult:
    """A branch's year of records, bound in one volume: cover, contents, every meeting in date
    order (each from a new page), then the compliance grid and the six-month flags."""
    doc = MeetingDoc(path, f"{year}年三会一课记录", org_name, cover=True)
    first = records[0]["date_text"].split(" ")[0] if records else "—"
    last = records[-1]["date_text"].split(" ")[0] if records else "—"
    doc.add_flowable(_Cover(doc.font, doc.clean(org_name.replace(" / ", " "), "单位", False),
                            f"{year}年度\n“三会一课”及组织生活记录",
                            [doc.clean(x, "封面", False) for x in (
                                f"单　　位：{branch_name}", f"起止日期：{first} 至 {last}",
                                f"会议次数：共 {len(records)} 次", f"保 管 人：{keeper or '＿＿＿＿＿＿'}")]))
    doc.add_page_break()
    doc.add_heading("目　　录", f"{branch_name}　{year}年")
    entries = [(str(i), r["held_on"], r["kind_name"], r["title"]) for i, r in enumerate(records, 1)]
    entries.append((str(len(records) + 1), "", "附", "全年落实情况"))
    doc.add_flowable(_Contents(doc, [tuple(doc.clean(x, "目录", False) for x in e) for e in entries]))
    for i, rec in enumerate(records, 1):
        doc.add_page_break()
        doc.add_anchor(f"m{i}", f"{rec['held_on']} {_kind_text(rec)}")
        _record_story(doc, rec, in_binder=True)
    doc.add_page_break()
    doc.add_anchor(f"m{len(records) + 1}", "全年落实情况")
    doc.add_heading(f"{year}年“三会一课”落实情况", f"{branch_name}　统计截至 {result.as_of.isoformat()}")
    doc.add_flowable(_ComplianceGrid(doc.font, result))
    doc.add_flowable(_Legend(doc.font))
    doc.add_flowable(Spacer(1, 3 * mm))
    doc.add_table(SUMMARY_COLUMNS, [
        (k.kind.name, k.kind.frequency_label, str(k.required) if k.kind.frequency != "none" else "—", str(k.held),
         str(k.met), str(k.missed), str(k.due), k.kind.source) for k in result.kinds])
    if result.overdue:
        doc.add_paragraph("逾期未召开：\n" + "\n".join(f"{i}. {item.text(True)}"
                                                  for i, item in enumerate(result.overdue, 1)))
    else:
        doc.add_paragraph("本年度各类会议均已按期召开。" if not result.coming_due else "截至统计日，没有逾期未召开的会议。")
    if result.coming_due:
        doc.add_paragraph("待召开：\n" + "\n".join(f"{i}. {item.text(False)}"
                                                for i, item in enumerate(result.coming_due, 1)))
    if flags:
        doc.add_paragraph("连续六个月未参加组织生活的党员（党章第九条）及需要提醒的党员：")
        doc.add_table([Column("序号", mm=10, align="center"), Column("姓名", mm=20),
                       Column("情况", mm=18, align="center"), Column("说明", weight=1)],
                      [(str(i), f.name, "已满六个月" if f.level == "flagged" else "需提醒", f.text)
                       for i, f in enumerate(flags, 1)])
    else:
        doc.add_paragraph("本年度没有连续六个月未参加组织生活的党员。")
    doc.add_signatures(["组织委员：", "支部书记：", "日期："])
    return doc.build(progress)


# ----- from the database (CLI and GUI workers) ------------------------------------------------


def meeting_record_pdf(store, path: str | os.PathLike, meeting_uuid: str,
                       progress: Progress = NO_PROGRESS) -> RenderResult:
    from djdesk.core.meetings import print_data

    return render_meeting_record(path, print_data(store, [meeting_uuid])[0], progress)


def sign_in_sheet_pdf(store, path: str | os.PathLike, meeting_uuid: str,
                      progress: Progress = NO_PROGRESS) -> RenderResult:
    from djdesk.core.meetings import print_data

    return render_sign_in_sheet(path, print_data(store, [meeting_uuid])[0], progress)


def year_binder_pdf(store, path: str | os.PathLike, branch_uuid: str, year: int, as_of=None,
                    progress: Progress = NO_PROGRESS) -> RenderResult:
    """The year binder of one branch, straight from the database."""
    import datetime as dt

    from djdesk.core import compliance, orgs
    from djdesk.core.errors import UserError
    from djdesk.core.meetings import keeper_of, print_data, year_meeting_uuids

    as_of = as_of or dt.date.today()
    result = compliance.branch_compliance(store, branch_uuid, year, as_of)
    uuids = year_meeting_uuids(store, branch_uuid, year)
    if not uuids:
        raise UserError(f"“{result.branch_name}”{year}年没有会议记录，未生成记录本")
    records = print_data(store, uuids)
    flags = compliance.lapse_flags(store, branch_uuids=[branch_uuid], year=year, as_of=as_of)
    return render_year_binder(path, orgs.full_name(store, branch_uuid), result.branch_name, year, records, result,
                              flags, keeper_of(store, branch_uuid), progress)
