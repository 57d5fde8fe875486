"""What every Excel importer shares (roster, assets, past dues): the problems of a check report,
the rows that are no data (totals, notes under the table), and the column mapping the clerk
corrects and that is remembered per importer and layout.

The importer interface. Each import module (``roster_import``, ``assets_import``, ``dues_import``)
exposes, at module level:

- ``KIND`` (the key its remembered mappings live under), ``FIELD_LABELS`` (field → label, in
  the order the wizard offers them) and ``SKIPPED`` (the action of a skipped row, the choice a
  row to decide starts on);
- ``detect(sheet) -> HeaderGuess`` (UserError when no header is found) and
  ``header_at(sheet, header_rows) -> HeaderGuess`` for a header row the clerk names;
- ``check_mapping(mapping)`` (UserError naming what is wrong);
  (``header_at``, ``check_mapping`` and the remembered mappings are a module's ``Columns``'
  methods: ``COLUMNS = Columns(KIND, ALIASES, FIELD_LABELS, REQUIRED)``)
- ``preview(sheet, header_rows, mapping, limit=20) -> [(row, {field: shown text})]``;
- ``check_import(store, sheet, target_uuid, *, header_rows, mapping, notes, today, progress) -> plan``
  (nothing written), the plan having ``.rows`` (each ``.row``, ``.action``, ``.name``, and for
  rows to decide ``.choices`` / ``.question``), ``.problems`` (``Problem``), ``.counts(decisions)``,
  ``.problems_of(level)``, ``report_lines()`` and ``as_json(decisions)``;
- ``apply_plan(store, plan, decisions, *, today, progress) -> result`` (a backup, then ONE
  transaction), the result having ``.imported``, ``.unchanged``, ``.skipped``, ``.backup_path``;
- ``remembered_mapping(settings, guess)`` / ``remember_mapping(settings, headers, mapping)``.

What a module builds that on, from here: ``Columns`` (the mapping, ``read`` for ``check_file``,
``layout`` for ``check_import``), ``SheetCheck`` (its ``_Checker``'s base: problems placed at a
field's column, the whole-sheet remarks, the row loop that passes over blank rows, totals, notes
and repeated headers), ``PlanReport`` (its plan's base: ``problems_of``, the row tally, the
report's first line, the JSON head), ``preview_rows`` and ``changed_since_check``. The row
actions (ADD, UPDATE, UNCHANGED, SKIPPED, DECIDE) are the same strings in every importer.

Remembered mappings live in the ``import_mappings`` setting under ``"<kind>:<layout signature>"``,
so a roster layout and an asset layout never collide. Roster mappings stored before importers
had kinds (under the bare signature) are still read for the roster.
"""

from __future__ import annotations

import abc
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from djdesk.core.errors import UserError
from djdesk.core.excel.headers import SKIP, HeaderGuess, guess_for_rows, header_key, layout_signature
from djdesk.core.excel.reader import Sheet, column_letter, read_sheet
from djdesk.core.excel.values import blank, compact

# Levels of a problem.
ERROR, WARNING, DECISION, INFO = "error", "warning", "decision", "info"
LEVEL_LABELS = {ERROR: "错误", WARNING: "提醒", DECISION: "待定", INFO: "说明"}

# Rows that are no data: totals and the notes under a table.
TOTAL_ROW = re.compile(r"^(合计|总计|共计|小计|总人数|人数合计|共\d+(人|名))")
FOOTER_WORDS = ("填表人", "制表人", "填报人", "审核人", "负责人", "联系人", "制表日期", "填报日期", "填表日期",
                "注:", "注：", "说明:", "说明：", "备注:", "备注：")

# Actions of a plan's row (each importer uses those it needs), and the count each one goes to.
ADD, UPDATE, UNCHANGED, SKIPPED, DECIDE = "add", "update", "unchanged", "skip", "decide"
OUTCOMES = {ADD: "imported", UPDATE: "updated", UNCHANGED: "unchanged", SKIPPED: "skipped", DECIDE: "undecided"}

TOTAL, FOOTER, REPEATED_HEADER = "total", "footer", "header"      # kinds of rows that are no data
NOT_DATA_MESSAGES = {TOTAL: "合计行（“{0}”），已跳过", FOOTER: "表格下方的说明（“{0}”），已跳过",
                     REPEATED_HEADER: "重复的表头行，已跳过"}
MAX_MAPPINGS = 50            # remembered layouts, all importers together (the newest are kept)
LEGACY_KIND = "roster"       # mappings stored under the bare signature belong to the roster


@dataclass(frozen=True)
class Problem:
    row: int | None          # Excel row number; None = about the whole sheet
    column: str              # column letter ("" when no one column is meant)
    header: str              # that column's header text, or the field's name
    level: str               # ERROR / WARNING / DECISION / INFO
    message: str

    def text(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"第{self.row}行")
        if self.column:
            where.append(f"{self.column}列（{self.header}）" if self.header else f"{self.column}列")
        elif self.header:
            where.append(f"（{self.header}）")
        prefix = " ".join(where)
        return f"{prefix + '：' if prefix else ''}［{LEVEL_LABELS[self.level]}］{self.message}"

    def as_json(self) -> dict:
        return {"row": self.row, "column": self.column, "header": self.header, "level": self.level,
                "message": self.message}


@dataclass
class RowValues:
    """One sheet row's mapped cells as they will be stored."""
    values: dict                                       # field -> normalised value (blank cells left out)
    errors: dict[str, str] = field(default_factory=dict)     # field -> message (the cell is unusable)
    warnings: dict[str, str] = field(default_factory=dict)   # field -> message
    month_only: set = field(default_factory=set)       # date fields given as year and month


class PlanReport:
    """What the importers' plans report alike (a plan dataclass subclasses it): it has ``path``,
    ``sheet``, ``header_rows``, ``headers``, ``mapping``, ``last_row``, ``rows`` (each ``.row``,
    ``.action``, ``.choices``) and ``problems``."""

    def problems_of(self, level: str) -> list[Problem]:
        return [p for p in self.problems if p.level == level]

    def tally(self, outcomes: tuple[str, ...], decisions: Mapping[int, str] | None = None) -> dict[str, int]:
        """Rows per outcome (``outcomes``: the ``OUTCOMES`` keys the plan reports); with
        ``decisions`` a 待定 row counts as what was chosen for it."""
        out = dict.fromkeys(outcomes, 0)
        for r in self.rows:
            action = r.action
            if action == DECIDE and decisions and decisions.get(r.row) in r.choices:
                action = decisions[r.row]
            out[OUTCOMES[action]] += 1
        return out

    def where_line(self, target: str) -> str:
        """The report's first line: file, sheet, header and data rows, then ``target``."""
        rows = "、".join(str(r) for r in self.header_rows)
        return (f"文件：{self.path.name}　工作表：{self.sheet}　表头：第{rows}行　"
                f"数据：第{self.header_rows[-1] + 1}～{self.last_row}行　{target}")

    def problems_tally(self) -> str:
        return f"错误 {len(self.problems_of(ERROR))} 处，提醒 {len(self.problems_of(WARNING))} 处"

    def sheet_json(self, **target) -> dict:
        """The head of ``as_json``: file and sheet, ``target`` (branch or site), the layout."""
        return {"file": str(self.path), "sheet": self.sheet, **target, "header_rows": list(self.header_rows),
                "last_row": self.last_row, "columns": columns_json(self.headers, self.mapping)}


def not_data(raw: list, column_of: Mapping[str, int], aliases: Mapping[str, str]) -> tuple[str, str] | None:
    """(kind, text) when a sheet row is no data: a totals row (TOTAL and its text), a note under
    the table (FOOTER: its first text starts with 填表人 …, and the row's ``name`` cell is empty or
    that same text, so a person named in the row is never taken for one) or the header repeated
    (REPEATED_HEADER: its ``name`` cell and one more mapped cell name their own field); None for a
    data row. The text is cut to 20 characters, for ``NOT_DATA_MESSAGES``. This runs for every
    row of a 20,000-row sheet, so it looks at the first three texts and, for a repeated header,
    goes on only when the name cell is a header."""
    texts = []
    for v in raw:
        if v is not None and (t := compact(v)):
            texts.append(t)
            if len(texts) == 3:
                break
    total = next((t for t in texts if TOTAL_ROW.match(t)), None)
    if total is not None:
        return TOTAL, total[:20]
    i = column_of.get("name")
    name = compact(raw[i]) if i is not None and i < len(raw) and raw[i] is not None else ""
    if texts and texts[0].startswith(FOOTER_WORDS) and (not name or name == texts[0]):
        return FOOTER, texts[0][:20]
    if i is not None and (not name or aliases.get(header_key(name)) != "name"):
        return None
    heads = sum(1 for k, j in column_of.items() if j < len(raw) and isinstance(raw[j], str)
                and aliases.get(header_key(raw[j])) == k)
    return (REPEATED_HEADER, "") if heads >= 2 else None


def nothing_imported(sheet: Sheet, r: int, raw: list, column_of: Mapping[str, int]) -> bool:
    """Nothing typed in row ``r``'s imported columns: a row holding only a 序号, or only values
    merged down from the row above, is no data."""
    return all(blank(raw[i]) or (r, i + 1) in sheet.filled for i in column_of.values() if i < len(raw))


def changed_since_check(plan, row, exc: UserError) -> UserError:
    """The refusal of an ``apply_plan`` whose row ``row`` (``.row``, ``.name``) the database no
    longer takes as it did at the check (raise it ``from exc``: the transaction rolls back)."""
    return UserError(f"“{plan.path.name}”第{row.row}行（{row.name}）无法导入：{exc.message}。"
                     f"数据库在检查之后有了变化，请重新检查后再导入。本次没有导入任何数据。")


class SheetCheck(abc.ABC):
    """What every importer's check does the same way: place a problem at a field's column, open
    the report with the whole-sheet remarks, tell rows that are no data. A module's ``_Checker``
    subclasses it; ``plan`` has ``headers``, ``mapping`` and ``problems``."""
    labels: Mapping[str, str] = {}        # field -> label (the module's FIELD_LABELS)
    aliases: Mapping[str, str] = {}       # header alias -> field (the module's ALIASES)

    def __init__(self, sheet: Sheet, plan):
        self.sheet, self.plan = sheet, plan
        self.column_of = {k: i for i, k in enumerate(plan.mapping) if k}

    def column(self, key: str | None) -> int | None:
        """The 0-based sheet column a problem about field ``key`` is shown at."""
        return self.column_of.get(key) if key else None

    def problem(self, row: int | None, key: str | None, level: str, message: str) -> None:
        i = self.column(key)
        column = column_letter(i + 1) if i is not None else ""
        header = self.plan.headers[i] if i is not None else self.labels.get(key or "", "")
        self.plan.problems.append(Problem(row, column, header, level, message))

    def sheet_remarks(self, notes: list[str]) -> None:
        """The header detection's notes, and each column that is not imported (a known one such
        as 序号 is not mentioned)."""
        for note in notes:
            self.problem(None, None, INFO, note)
        for i, (h, k) in enumerate(zip(self.plan.headers, self.plan.mapping)):
            if h and not k and self.aliases.get(header_key(h)) != SKIP:
                self.plan.problems.append(Problem(None, column_letter(i + 1), h, INFO, "该列不导入"))

    def nothing_imported(self, r: int, raw: list) -> bool:
        return nothing_imported(self.sheet, r, raw, self.column_of)

    def not_data(self, r: int, raw: list) -> bool:
        """Whether row ``r`` is no data (``not_data``); such a row is reported (``skipped_row``)."""
        found = not_data(raw, self.column_of, self.aliases)
        if found is not None:
            self.skipped_row(r, raw, *found)
        return found is not None

    def skipped_row(self, r: int, raw: list, kind: str, text: str) -> None:
        self.problem(r, None, INFO, NOT_DATA_MESSAGES[kind].format(text))

    def check_rows(self, progress, every: int = 200) -> None:
        """Every row under the header: blank ones (and those with nothing in the imported
        columns) are counted and said once, rows that are no data are reported
        (``skipped_row``), the others go to ``self.row(r, raw)``."""
        blank, first, total = 0, self.plan.header_rows[-1] + 1, len(self.sheet.rows)
        for r in range(first, total + 1):
            raw = self.sheet.rows[r - 1]
            if self.sheet.is_blank(r):
                blank += 1
            elif not self.not_data(r, raw):
                if self.nothing_imported(r, raw):
                    blank += 1
                else:
                    self.row(r, raw)
            if (r - first) % every == 0:
                progress.step(r - first, total - first + 1)
        if blank:
            self.plan.problems.append(Problem(None, "", "", INFO, f"{blank} 个空行已跳过"))

    @abc.abstractmethod
    def row(self, r: int, raw: list) -> None:
        """Check one data row ``r`` (its cells ``raw``) and add its plan row and problems."""


def preview_rows(sheet: Sheet, header_rows: tuple[int, ...], shown: Callable[[list], dict[str, str]],
                 limit: int) -> list[tuple[int, dict[str, str]]]:
    """An importer's ``preview``: the first ``limit`` rows under the header that are not blank,
    each as ``(row, shown(raw))``."""
    out = []
    for r in range(header_rows[-1] + 1, len(sheet.rows) + 1):
        if not sheet.is_blank(r):
            out.append((r, shown(sheet.rows[r - 1])))
            if len(out) >= limit:
                break
    return out


def sort_problems(problems: list[Problem]) -> None:
    """Whole-sheet remarks first, then by row and column."""
    problems.sort(key=lambda p: (-1 if p.row is None else p.row, p.column.rjust(3)))


def mapping_line(headers: list[str], mapping: list[str | None], labels: Mapping[str, str]) -> str:
    """“列对应：A“姓名”→姓名，…” for a report."""
    return "列对应：" + "，".join(f"{column_letter(i + 1)}“{h}”→{labels[k]}"
                                for i, (h, k) in enumerate(zip(headers, mapping)) if k)


def columns_json(headers: list[str], mapping: list[str | None]) -> list[dict]:
    return [{"column": column_letter(i + 1), "header": h, "field": k} for i, (h, k) in enumerate(zip(headers, mapping))]


# ----- the column mapping -------------------------------------------------------------------------

def check_mapping(mapping: list[str | None], labels: Mapping[str, str], required: tuple[str, ...]) -> None:
    """A usable mapping: the ``required`` fields mapped, each field from one column only."""
    chosen = [k for k in mapping if k]
    unknown = sorted(set(chosen) - set(labels))
    if unknown:
        raise UserError(f"未知的字段：{'、'.join(unknown)}")
    for key in required:
        if key not in chosen:
            raise UserError(f"请指定哪一列是“{labels[key]}”")
    twice = sorted({k for k in chosen if chosen.count(k) > 1}, key=list(labels).index)
    if twice:
        raise UserError("以下字段对应了不止一列，请只保留一列：" + "、".join(labels[k] for k in twice))


def _key(kind: str, signature: str) -> str:
    return f"{kind}:{signature}"


def remembered_mapping(settings, kind: str, guess: HeaderGuess, labels: Mapping[str, str],
                       check: Callable[[list[str | None]], None]) -> list[str | None] | None:
    """The mapping the clerk last used with this importer for a sheet with these headers, if it
    is still usable (``check`` raises UserError when not)."""
    stored = settings.get("import_mappings")
    entry = stored.get(_key(kind, guess.signature))
    if entry is None and kind == LEGACY_KIND:
        entry = stored.get(guess.signature)
    if not isinstance(entry, dict) or not isinstance(entry.get("fields"), list):
        return None
    fields = [k if k in labels else None for k in entry["fields"]][:len(guess.headers)]
    fields += [None] * (len(guess.headers) - len(fields))
    try:
        check(fields)
    except UserError:
        return None
    return fields


def remember_mapping(settings, kind: str, headers: list[str], mapping: list[str | None]) -> None:
    """Keep this importer's mapping for this layout (the newest ``MAX_MAPPINGS`` layouts are kept)."""
    stored = dict(settings.get("import_mappings"))
    signature = layout_signature(headers)
    stored.pop(_key(kind, signature), None)
    if kind == LEGACY_KIND:
        stored.pop(signature, None)
    stored[_key(kind, signature)] = {"headers": list(headers), "fields": list(mapping)}
    while len(stored) > MAX_MAPPINGS:
        stored.pop(next(iter(stored)))
    settings.set("import_mappings", stored)


@dataclass(frozen=True)
class Columns:
    """One importer's columns: its header aliases, field labels and required fields, and what
    follows from them (the module-level ``header_at``, ``check_mapping``, ``remembered_mapping``,
    ``remember_mapping`` of the importer interface are these methods)."""
    kind: str
    aliases: Mapping[str, str]
    labels: Mapping[str, str]
    required: tuple[str, ...]
    also: Callable[[list[str | None]], None] | None = None    # a further check of a mapping (UserError)

    def header_at(self, sheet: Sheet, header_rows: tuple[int, ...]) -> HeaderGuess:
        """The header texts and automatic mapping when the clerk names the header row(s) himself."""
        return guess_for_rows(sheet, header_rows, self.aliases, self.labels)

    def check_mapping(self, mapping: list[str | None]) -> None:
        check_mapping(mapping, self.labels, self.required)
        if self.also is not None:
            self.also(mapping)

    def remembered_mapping(self, settings, guess: HeaderGuess) -> list[str | None] | None:
        return remembered_mapping(settings, self.kind, guess, self.labels, self.check_mapping)

    def remember_mapping(self, settings, headers: list[str], mapping: list[str | None]) -> None:
        remember_mapping(settings, self.kind, headers, mapping)

    def read(self, path, sheet_name: str | None, detect: Callable[[Sheet], HeaderGuess], settings,
             progress) -> tuple[Sheet, HeaderGuess, list[str | None]]:
        """A workbook's sheet, its detected header and the mapping to check it with (a module's
        ``check_file``): the one remembered for this layout when ``settings`` are given and it
        still fits, else the detected one."""
        sheet = read_sheet(path, sheet_name, progress)
        guess = detect(sheet)
        mapping = (self.remembered_mapping(settings, guess) if settings is not None else None) or guess.mapping
        return sheet, guess, mapping

    def layout(self, sheet: Sheet, detect: Callable[[Sheet], HeaderGuess], header_rows: tuple[int, ...] | None,
               mapping: list[str | None] | None, notes) -> tuple[HeaderGuess, list[str | None], list[str]]:
        """The header, a checked mapping as long as the header and the notes for ``check_import``:
        what the caller gives, the rest detected."""
        notes = list(notes)
        if header_rows is None or mapping is None:
            guess = detect(sheet)
            header_rows = header_rows or guess.header_rows
            mapping = mapping if mapping is not None else guess.mapping
            notes += guess.notes
        guess = self.header_at(sheet, tuple(header_rows))
        mapping = list(mapping)[:len(guess.headers)] + [None] * (len(guess.headers) - len(mapping))
        self.check_mapping(mapping)
        return guess, mapping, notes
