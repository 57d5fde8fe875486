"""Find the header row under a sheet's title rows and map its columns to fields.

Clerks' sheets put one or two title rows above the header (李家村党支部党员花名册, 填报日期…),
sometimes a two-row header (党内情况 merged over 入党时间 and 转正时间), name the columns in many
ways (姓名/党员姓名, 身份证号/公民身份号码) and order them as they like. The header is the row (or
pair of rows) among the first ``SCAN_ROWS`` whose cells name the most known fields.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from djdesk.core.excel.reader import Sheet, column_letter
from djdesk.core.excel.values import compact

SCAN_ROWS = 20
SKIP = "_skip"          # an alias target for columns known not to be imported (序号, 年龄)
_HINT = re.compile(r"[(\[【<].*?[)\]】>]")        # 身份证号(18位), 出生日期【年月日】
_MARKS = re.compile(r"[*＊:：、\"'“”‘’]")


def header_key(value) -> str:
    """A header cell reduced for matching: no spaces (出生\n日期), no hints in brackets, no *
    (required marks), full-width folded."""
    s = compact(value)
    s = _HINT.sub("", s)
    return _MARKS.sub("", s)


@dataclass
class HeaderGuess:
    header_rows: tuple[int, ...]          # the 1-based rows forming the header
    headers: list[str]                    # per column (index 0 = column A): the header text shown
    mapping: list[str | None]             # per column: the field it fills, or None (not imported)
    notes: list[str] = field(default_factory=list)

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1

    @property
    def signature(self) -> str:
        return layout_signature(self.headers)


def layout_signature(headers: list[str]) -> str:
    """What identifies a file layout for remembering its column mapping: its header texts."""
    keys = [header_key(h) for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha1("\x1f".join(keys).encode("utf-8")).hexdigest()[:16]


def _fields_of(row: list, aliases: dict[str, str]) -> dict[int, str]:
    return {i: aliases[k] for i, v in enumerate(row) if (k := header_key(v)) in aliases}


def map_columns(headers: list[str], aliases: dict[str, str], labels: dict[str, str] | None = None,
                lower: list | None = None) -> tuple[list[str | None], list[str]]:
    """Column → field for header texts; a field named by two columns is taken from the first."""
    mapping: list[str | None] = []
    notes: list[str] = []
    taken: dict[str, int] = {}
    for i, h in enumerate(headers):
        key = aliases.get(header_key(lower[i])) if lower is not None and i < len(lower) else None
        key = key or aliases.get(header_key(h))
        if key == SKIP:
            key = None
        if key is not None and key in taken:
            first = taken[key]
            label = (labels or {}).get(key, key)
            notes.append(f"{column_letter(i + 1)}列“{h}”和{column_letter(first + 1)}列“{headers[first]}”"
                         f"都是{label}，只导入{column_letter(first + 1)}列")
            key = None
        if key is not None:
            taken.setdefault(key, i)
        mapping.append(key)
    return mapping, notes


def detect_header(sheet: Sheet, aliases: dict[str, str], labels: dict[str, str] | None = None,
                  scan_rows: int = SCAN_ROWS) -> HeaderGuess | None:
    """The most likely header (None if no row names two known fields)."""
    limit = min(scan_rows, len(sheet.rows))
    found = [set(_fields_of(sheet.rows[r], aliases).values()) - {SKIP} for r in range(limit)]
    best: tuple[int, int, tuple[int, ...]] | None = None   # (score, -rows, header rows)
    for r in range(limit):
        candidates = [(len(found[r]), (r + 1,))]
        if r + 1 < limit:
            both = found[r] | found[r + 1]
            if len(both) > max(len(found[r]), len(found[r + 1])):
                candidates.append((len(both), (r + 1, r + 2)))
        for score, rows in candidates:
            if score >= 2 and (best is None or (score, -len(rows)) > best[:2]):
                best = (score, -len(rows), rows)
    if best is None:
        return None
    rows = best[2]
    top = rows[0]
    if len(rows) == 1 and top > 1 and any((top, c) in sheet.filled and (top - 1, c) not in sheet.filled
                                          and sheet.value(top - 1, c) == sheet.value(top, c)
                                          for c in range(1, sheet.width + 1)):
        rows = (top - 1, top)         # header cells merged down from the row above: a two-row header
    return guess_for_rows(sheet, rows, aliases, labels)


def guess_for_rows(sheet: Sheet, header_rows: tuple[int, ...], aliases: dict[str, str],
                   labels: dict[str, str] | None = None) -> HeaderGuess:
    """Header texts and mapping when the header is the given row(s) (the wizard lets the clerk
    correct the detected row)."""
    width = sheet.width
    upper = [sheet.value(header_rows[0], c) for c in range(1, width + 1)]
    lower = [sheet.value(header_rows[-1], c) for c in range(1, width + 1)] if len(header_rows) > 1 else None
    headers = []
    for i in range(width):
        top = compact(upper[i])
        bottom = compact(lower[i]) if lower is not None else ""
        headers.append(top if not bottom or bottom == top else f"{top}/{bottom}" if top else bottom)
    while headers and not headers[-1]:
        headers.pop()
    mapping, notes = map_columns(headers, aliases, labels, lower)
    return HeaderGuess(tuple(header_rows), headers, mapping, notes)
