"""Import the past 党费 records a branch kept in Excel/WPS into the dues ledger (issue #6, the
dues part), and the blank dues import template.

Two layouts, told apart by the header (``layout_of``):

- **the year grid** 党费收缴登记表: 序号 姓名 (身份证号) 月缴纳额/缴费基数 1月 … 12月 合计, one
  member a row, the amount paid for each month in its cell, title rows above (the year is read
  from them — “2024年度党费收缴登记表”, a 年度 cell — or from the sheet's name, or given
  by the caller), a 合计 row at the bottom. The app's own export (``dues_export``) is this layout.
- **the payment list** 党费收缴明细: 姓名 (身份证号) 所属月份 金额 缴纳日期 收据号 备注, one payment
  a row; 所属月份 is one month (2024.01, 2024年1月) or a range (2024年1-3月, 2024.11-2025.02).

The same two steps as the roster import (``roster_import``): ``check_import`` returns a
``DuesPlan`` (for every row 导入 / 已在台账 / 跳过 and EVERY problem by Excel row and column;
nothing written), ``apply_plan`` makes the backup and posts every payment in ONE transaction.

Decisions:

- Members are matched by 身份证号, else by name within the chosen branch. Several members of
  that name, an ID number belonging to another branch, or an unknown person: an error on the row.
- Every amount becomes a payment through ``dues.record_collected`` — the ledger's own rules (a
  month not owed here or without a standard is refused, a locked period is refused, a month that
  already holds a payment gets no second one), no SQL of our own. The amount is what the sheet
  says was collected; where it differs from what the member's standard gives, a warning.
- A month already paid in the ledger is 已在台账 when the amounts agree and a warning when they
  differ: never overwritten, never paid twice (a correction is a reversal in the ledger). So
  re-importing a file creates nothing.
- 0 / 免 / 免交 in a month is not a payment: fine when the ledger has the approved 免交, else a
  warning (免交 needs the township's approval, Art. 7, and is set in the member's standard).
  Blank, 欠交, “—” and the like mean nothing was paid. A bare √ has no amount: an error.
- A row with an error is skipped whole (a member's year is imported whole or not at all).
- Locks: a payment is booked in the period of its date (the sheet's 缴纳日期, else the last day of
  the month paid for — that month itself), exactly as the ledger books it. If that period was
  remitted (上缴) or its year closed, the row is refused with the lock named: the remitted
  figures must not change behind the township's back.
- Dates: the sheet's date; without one, the last day of the (last) month paid for, or today
  for a month not yet over; the note says 补录 and that the date was set so.
- A range in the list is one payment; its amount is split over the months by what the standard
  gives when it adds up, else evenly (the odd fen to the first months), with a warning.
- Receipt numbers: the ledger numbers every payment in one unbroken sequence per branch and
  year, which the schema enforces (a payment without a number cannot be stored) and
  ``receipt_gaps`` audits. A number from the sheet (written on a paper book or another
  program's form) cannot join that sequence without colliding with it or leaving gaps, so each
  imported payment takes the next number of its year like any other, and the sheet's number is
  kept in the payment's note (原收据号 …), where the register and the receipt list show it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from djdesk.core import backup, codes, dues, idnumber
from djdesk.core.errors import UserError
from djdesk.core.excel import importing
from djdesk.core.excel import values as cells
from djdesk.core.excel.headers import SKIP, HeaderGuess, detect_header, header_key
from djdesk.core.excel.importing import ADD, ERROR, INFO, SKIPPED, UNCHANGED, WARNING, Problem
from djdesk.core.excel.reader import Sheet, column_letter
from djdesk.core.excel.writer import FIRST_DATA_ROW, MONEY_FORMAT, TemplateSheet, save_template, template_workbook
from djdesk.core.excel.roster_import import ALIASES as ROSTER_ALIASES
from djdesk.core.money import yuan
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.store import Store

KIND = "dues"
GRID, LIST = "grid", "list"
LAYOUT_LABELS = {GRID: "年度登记表（每月一列）", LIST: "交费明细（每笔一行）"}
MONTH_FIELDS = tuple(f"m{m:02d}" for m in range(1, 13))
_CN_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")

FIELD_LABELS: dict[str, str] = {
    "name": "姓名", "id_number": "身份证号", "monthly": "月缴纳额", "base": "缴费基数",
    **{f: f"{i}月" for i, f in enumerate(MONTH_FIELDS, 1)}, "total": "合计",
    "months": "所属月份", "amount": "金额", "paid_on": "缴纳日期", "receipt": "收据号", "note": "备注",
}
GRID_FIELDS = (*MONTH_FIELDS, "monthly", "base", "total")
LIST_FIELDS = ("months", "amount", "paid_on", "receipt")

_ALIASES = {
    "monthly": "月缴纳额 每月缴纳额 月交纳额 每月交纳额 月缴纳金额 月应交 月应缴 每月应交 每月应缴 月应交党费 "
               "每月应交党费 每月应缴党费 月缴党费 月交党费 每月党费 缴纳标准 交纳标准 党费标准 月缴纳标准 应缴标准",
    "base": "缴费基数 交纳基数 缴纳基数 党费基数 计算基数 计缴基数 月收入 月工资 工资收入 收入基数 月收入基数",
    "total": "合计 全年合计 全年已交 全年已缴 年度合计 合计金额 全年缴纳 全年交纳 已交合计 全年",
    "months": "所属月份 缴纳月份 交纳月份 所交月份 所缴月份 缴费月份 交费月份 党费所属月份 所属期间 所属年月 "
              "缴纳期间 月份",
    "amount": "金额 缴纳金额 交纳金额 实缴金额 实交金额 缴费金额 交费金额 党费金额 实缴党费 实交党费 缴纳党费 "
              "交纳党费 收缴金额 实收金额",
    "paid_on": "缴纳日期 交纳日期 缴费日期 交费日期 收款日期 收缴日期 缴纳时间 交纳时间 缴费时间 日期",
    "receipt": "收据号 收据编号 收据号码 票据号 票据编号 票据号码 收据",
    SKIP: "序号 编号 顺序号 党费类别 类别 减免 全年应交 减免金额 欠交 欠交金额 党费交至 性别 所在支部 党小组 签名 "
          "本人签名 收款人",
}
ALIASES: dict[str, str] = {header_key(a): k for a, k in ROSTER_ALIASES.items() if k in ("name", "id_number", "note")}
ALIASES.update({header_key(a): key for key, names in _ALIASES.items() for a in names.split()})
for _m, _field in enumerate(MONTH_FIELDS, 1):
    for _a in (f"{_m}月", f"{_m:02d}月", f"{_m}月份", f"{_m:02d}月份", f"{_CN_MONTHS[_m - 1]}月"):
        ALIASES[_a] = _field
# (No aliases such as “2024年1月”: the 所属月份 cells of a payment list read the same and would be
# taken for a second header row. Such a grid is mapped by the clerk in the wizard.)

# The example row of the blank template (``dues_template``) is recognised and skipped.
EXAMPLE_NAME = "张三（示例）"


# What a month cell of the grid may hold besides an amount.
NOTHING_MARKS = {"-", "—", "–", "--", "/", "\\", "×", "x", "欠", "欠交", "欠缴", "未交", "未缴", "转", "转入前已交",
                 "未定标准", "?"}
EXEMPT_MARKS = {"免", "免交", "免缴", "免收"}
TICK_MARKS = {"√", "✓", "✔", "已交", "已缴", "交", "缴", "是"}
_STATUS_SUFFIX = re.compile(r"[(（][^()（）]*[)）]$")       # 王五（转出） in the app's own export
_YEAR_TEXT = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_ONLY = re.compile(r"^((?:19|20)\d{2})(?:\.0)?$")
_RANGE = re.compile(r"^(\d{4})[年.\-/](\d{1,2})月?(?:份)?(?:(?:-|~|—|–|至|到)+(?:(\d{4})[年.\-/])?(\d{1,2})月?份?)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
MAX_RANGE = 24           # months one payment row may cover


class Exempt:
    """A month marked 免 / 0: no payment."""


EXEMPT = Exempt()


# ----- the plan ----------------------------------------------------------------------------------

@dataclass
class Payment:
    months: tuple[str, ...]
    amounts: tuple[int, ...]       # fen per month, as allocated
    paid_on: str
    note: str
    column: str = ""               # where it came from (the month column of the grid)

    @property
    def amount_fen(self) -> int:
        return sum(self.amounts)


@dataclass
class DuesRow:
    row: int
    action: str                    # ADD / UNCHANGED / SKIPPED
    name: str
    member_uuid: str | None = None
    payments: list[Payment] = field(default_factory=list)
    in_ledger: int = 0             # months already in the ledger with the same amount
    choices: tuple[str, ...] = ()  # the importer interface's rows to decide: a dues row never is one
    question: str = ""

    @property
    def amount_fen(self) -> int:
        return sum(p.amount_fen for p in self.payments)


@dataclass
class DuesPlan(importing.PlanReport):
    path: Path
    sheet: str
    branch_uuid: str
    branch_name: str
    layout: str
    year: int | None               # the grid's year (None for the list)
    header_rows: tuple[int, ...]
    headers: list[str]
    mapping: list[str | None]
    today: dt.date
    rows: list[DuesRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    last_row: int = 0
    sheet_total_fen: int | None = None     # the 合计 row's figure, when the sheet has one
    read_total_fen: int = 0                # the amounts read from every data row

    def counts(self, decisions: Mapping[int, str] | None = None) -> dict[str, int]:
        """Rows per outcome (dues rows need no decisions; ``decisions`` is accepted for the
        wizard's common interface), and the payments and money to be posted."""
        out = self.tally(("imported", "updated", "unchanged", "skipped", "undecided"))
        out["payments"] = sum(len(r.payments) for r in self.rows if r.action == ADD)
        out["amount_fen"] = self.amount_fen()
        return out

    def amount_fen(self) -> int:
        return sum(r.amount_fen for r in self.rows if r.action == ADD)

    def report_lines(self) -> list[str]:
        c = self.counts()
        year = f"　年度：{self.year}年" if self.year else ""
        lines = [self.where_line(f"支部：{self.branch_name}　格式：{LAYOUT_LABELS[self.layout]}{year}"),
                 importing.mapping_line(self.headers, self.mapping, FIELD_LABELS),
                 f"将导入 {c['imported']} 行（{c['payments']} 笔，{yuan(c['amount_fen'])} 元），"
                 f"已在台账 {c['unchanged']} 行，跳过 {c['skipped']} 行；{self.problems_tally()}"]
        if self.sheet_total_fen is not None:
            lines.append(f"表中合计 {yuan(self.sheet_total_fen)} 元，各行读出 {yuan(self.read_total_fen)} 元")
        lines += [p.text() for p in self.problems]
        return lines

    def as_json(self, decisions: Mapping[int, str] | None = None) -> dict[str, Any]:
        return {
            **self.sheet_json(branch=self.branch_name, branch_uuid=self.branch_uuid, layout=self.layout,
                              year=self.year),
            "counts": self.counts(decisions), "sheet_total_fen": self.sheet_total_fen,
            "read_total_fen": self.read_total_fen,
            "rows": [{"row": r.row, "action": r.action, "name": r.name, "member_uuid": r.member_uuid,
                      "amount_fen": r.amount_fen, "in_ledger": r.in_ledger,
                      "payments": [asdict(p) for p in r.payments]} for r in self.rows],
            "problems": [p.as_json() for p in self.problems],
        }


@dataclass(frozen=True)
class DuesImportResult:
    imported: int                       # rows with payments posted
    unchanged: int
    skipped: int
    backup_path: Path | None
    payment_uuids: tuple[str, ...]      # in date order
    receipt_nos: tuple[str, ...]
    amount_fen: int


# ----- header and mapping --------------------------------------------------------------------------

def layout_of(mapping: list[str | None]) -> str:
    """GRID when month columns are mapped, else LIST."""
    return GRID if any(k in MONTH_FIELDS for k in mapping) else LIST


def detect(sheet: Sheet) -> HeaderGuess:
    guess = detect_header(sheet, ALIASES, FIELD_LABELS)
    if guess is None or "name" not in guess.mapping or not (
            any(k in MONTH_FIELDS for k in guess.mapping) or "amount" in guess.mapping):
        raise UserError(f"在“{sheet.path.name}”的工作表“{sheet.name}”前20行中没有找到党费表的表头：应有一行写着"
                        f"“姓名”和“1月”“2月”…“12月”（年度登记表），或“姓名”“所属月份”“金额”（交费明细）。"
                        f"请检查是否选对了工作表。")
    return guess


def _check_layout(mapping: list[str | None]) -> None:
    """Either month columns (the grid) or 所属月份 and 金额 (the list), not both."""
    chosen = set(k for k in mapping if k)
    grid, listed = chosen & set(GRID_FIELDS), chosen & set(LIST_FIELDS)
    if any(k in MONTH_FIELDS for k in chosen):
        if listed:
            raise UserError("表中既有“1月”…“12月”各列，又有" + "、".join(f"“{FIELD_LABELS[k]}”" for k in LIST_FIELDS
                                                                 if k in listed)
                            + "列：年度登记表每月一列，交费明细每笔一行，请只保留一种")
        return
    for key in ("months", "amount"):
        if key not in chosen:
            raise UserError(f"请指定哪一列是“{FIELD_LABELS[key]}”（交费明细），或哪些列是“1月”…“12月”（年度登记表）")
    if grid:
        raise UserError("交费明细中不能有" + "、".join(f"“{FIELD_LABELS[k]}”" for k in GRID_FIELDS if k in grid)
                        + "列（那是年度登记表的列）")


# The importer interface's header_at, check_mapping (姓名, each field from one column only, and
# either month columns or 所属月份 and 金额), remembered_mapping and remember_mapping.
COLUMNS = importing.Columns(KIND, ALIASES, FIELD_LABELS, ("name",), also=_check_layout)
header_at = COLUMNS.header_at
check_mapping = COLUMNS.check_mapping
remembered_mapping = COLUMNS.remembered_mapping
remember_mapping = COLUMNS.remember_mapping


def year_of(sheet: Sheet, header_rows: tuple[int, ...], headers: list[str] | None = None) -> int | None:
    """The grid's year as the sheet writes it: in the title rows (2024年度党费收缴登记表, a cell
    2024 after 年度), the month headers (2024年1月) or the sheet's name; None when not written."""
    for r in range(1, header_rows[0]):
        row = sheet.rows[r - 1] if r <= len(sheet.rows) else []
        previous = ""
        for value in row:
            t = cells.compact(value)
            if not t:
                continue
            if (m := _YEAR_TEXT.search(t)) is not None:
                return int(m[1])
            if (m := _YEAR_ONLY.match(t)) is not None and previous.rstrip(":").endswith(("年度", "年份", "年")):
                return int(m[1])
            previous = t
    for h in headers or []:
        if (m := re.match(r"^((?:19|20)\d{2})[年.\-]", cells.compact(h))) is not None:
            return int(m[1])
    if (m := re.search(r"((?:19|20)\d{2})", sheet.name)) is not None:
        return int(m[1])
    return None


# ----- cells ---------------------------------------------------------------------------------------

def month_amount_cell(value):
    """A grid month cell → fen, ``EXEMPT`` or None (nothing paid)."""
    if cells.blank(value):
        return None
    if isinstance(value, str):
        s = cells.compact(value)
        if s in NOTHING_MARKS:
            return None
        if s in EXEMPT_MARKS:
            return EXEMPT
        if s in TICK_MARKS:
            raise cells.CellError(f"只写了“{s}”，没有金额：请填写实际交纳的金额")
    fen = cells.yuan_cell(value, "金额")
    return EXEMPT if fen == 0 else fen


def months_cell(value) -> list[str]:
    """所属月份 → the months it covers: 2024.01, 2024-01, 2024年1月, 202401, a date, or a range
    2024年1-3月, 2024.01-03, 2024年1月至3月, 2024.11-2025.02."""
    if cells.blank(value):
        return []
    if not isinstance(value, str) or _ISO_DATE.match(cells.compact(value)):
        d = cells.date_cell(value)
        return [d.date.isoformat()[:7]]
    raw = cells.text(value)
    s = cells.compact(value)                 # NFKC: full-width ～ and digits are already plain
    m = _RANGE.match(s)
    if m is None:
        try:
            d = cells.date_cell(value)
        except cells.CellError:
            raise cells.CellError(f"所属月份“{raw}”无法识别（可写作 2024.01、2024年1月 或 2024年1-3月）") from None
        return [d.date.isoformat()[:7]]
    y1, m1 = int(m[1]), int(m[2])
    y2, m2 = int(m[3] or m[1]), int(m[4] or m[2])
    for y, mo in ((y1, m1), (y2, m2)):
        if not 1 <= mo <= 12:
            raise cells.CellError(f"所属月份“{raw}”中的月份 {mo} 不存在")
        if not cells.MIN_YEAR <= y <= cells.MAX_YEAR:
            raise cells.CellError(f"所属月份“{raw}”中的年份 {y} 不合理")
    first, last = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    if last < first:
        raise cells.CellError(f"所属月份“{raw}”的结束月早于起始月")
    if last - first >= MAX_RANGE:
        raise cells.CellError(f"所属月份“{raw}”跨 {last - first + 1} 个月，一笔最多 {MAX_RANGE} 个月，请分行填写")
    return [dues.month_str(i) for i in range(first, last + 1)]


def normalise_row(raw: list, mapping: list[str | None]) -> importing.RowValues:
    """The mapped cells of one row: name, id_number, fen amounts (EXEMPT for 免), months, dates."""
    out = importing.RowValues({})
    for i, key in enumerate(mapping):
        if key is None or i >= len(raw) or cells.blank(raw[i]):
            continue
        value = raw[i]
        try:
            if key in MONTH_FIELDS:
                got = month_amount_cell(value)
                if got is not None:
                    out.values[key] = got
            elif key == "amount":
                s = cells.compact(value) if isinstance(value, str) else ""
                out.values[key] = EXEMPT if s in EXEMPT_MARKS else month_amount_cell(value)
            elif key in ("monthly", "base", "total"):
                out.values[key] = cells.yuan_cell(value, FIELD_LABELS[key])
            elif key == "months":
                out.values[key] = months_cell(value)
            elif key == "paid_on":
                d = cells.date_cell(value)
                if d is not None:
                    out.values[key] = d.date
                    if d.month_only:
                        out.month_only.add(key)
            elif key == "id_number":
                out.values[key] = idnumber.normalise(cells.id_number_cell(value))
            elif key == "name":
                out.values[key] = cells.name_cell(value)
            else:
                out.values[key] = cells.text(value)
        except cells.CellError as exc:
            out.errors[key] = exc.message
    return out


def _shown(key: str, value) -> str:
    if value is EXEMPT:
        return "免"
    if key in MONTH_FIELDS or key in ("monthly", "base", "total", "amount"):
        return yuan(value)
    if key == "months":
        return dues.months_text(value)
    return str(value)


def preview(sheet: Sheet, header_rows: tuple[int, ...], mapping: list[str | None],
            limit: int = 20) -> list[tuple[int, dict[str, str]]]:
    """The first data rows as they will be read, for the wizard: (row, field → shown text)."""
    def shown(raw: list) -> dict[str, str]:
        row = normalise_row(raw, mapping)
        return {**{k: _shown(k, v) for k, v in row.values.items()}, **{k: f"⚠ {m}" for k, m in row.errors.items()}}

    return importing.preview_rows(sheet, header_rows, shown, limit)


# ----- the check -------------------------------------------------------------------------------------

def check_file(store: Store, path: str | Path, branch_uuid: str, *, sheet_name: str | None = None,
               year: int | None = None, settings=None, today: dt.date | None = None,
               progress: Progress = NO_PROGRESS) -> DuesPlan:
    """Read a workbook and check it with the detected (or remembered) column mapping (the CLI)."""
    sheet, guess, mapping = COLUMNS.read(path, sheet_name, detect, settings, progress)
    return check_import(store, sheet, branch_uuid, header_rows=guess.header_rows, mapping=mapping,
                        notes=guess.notes, year=year, today=today, progress=progress)


def check_import(store: Store, sheet: Sheet, branch_uuid: str, *, header_rows: tuple[int, ...] | None = None,
                 mapping: list[str | None] | None = None, notes: list[str] = (), year: int | None = None,
                 default_year: int | None = None, today: dt.date | None = None,
                 progress: Progress = NO_PROGRESS) -> DuesPlan:
    """What importing this sheet into ``branch_uuid``'s dues ledger would do, row by row, and
    every problem. Nothing is written. ``year``: the grid's year, overriding what the sheet says
    (the CLI's --year); ``default_year``: the year for a grid whose sheet does not say it (the
    year chosen on the 党费 page), said in the report."""
    today = today or dt.date.today()
    guess, mapping, notes = COLUMNS.layout(sheet, detect, header_rows, mapping, notes)
    header_rows = guess.header_rows
    branch = store.query_one("SELECT uuid, name, kind FROM org_unit WHERE uuid = ? AND deleted = 0", (branch_uuid,))
    if branch is None or branch["kind"] not in codes.BRANCH_KINDS:
        raise UserError("请选择要导入党费记录的党支部")
    layout = layout_of(mapping)
    sheet_year = None
    if layout == GRID:
        sheet_year = year_of(sheet, tuple(header_rows), guess.headers)
        if year is None and sheet_year is None and default_year is not None:
            year = default_year
            notes.append(f"表中没有写明年度，按所选的{year}年导入，请核对")
        if year is None and sheet_year is None:
            raise UserError(f"“{sheet.path.name}”的工作表“{sheet.name}”没有写明年度（如标题“2024年度党费收缴登记表”），"
                            f"请指定这张表是哪一年的党费")
        if year is not None and sheet_year is not None and year != sheet_year:
            notes.append(f"表中写的是{sheet_year}年，按指定的{year}年导入")
        year = year or sheet_year
        if not cells.MIN_YEAR <= year <= today.year + 1:
            raise UserError(f"年度 {year} 不合理")
    plan = DuesPlan(sheet.path, sheet.name, branch_uuid, branch["name"], layout, year if layout == GRID else None,
                    tuple(header_rows), guess.headers, mapping, today, last_row=len(sheet.rows))
    _Checker(store, sheet, plan).run(notes, progress)
    return plan


def _month_end(month: str, today: dt.date) -> dt.date:
    y, m = int(month[:4]), int(month[5:7])
    return min(dt.date(y, m, calendar.monthrange(y, m)[1]), today)


def _split(amount: int, expected: list[int]) -> list[int]:
    """A range's amount over its months: as the standard gives when that adds up, else evenly."""
    if sum(expected) == amount and all(e > 0 for e in expected):
        return list(expected)
    base, rest = divmod(amount, len(expected))
    return [base + (1 if i < rest else 0) for i in range(len(expected))]


class _Checker(importing.SheetCheck):
    labels, aliases = FIELD_LABELS, ALIASES

    def __init__(self, store: Store, sheet: Sheet, plan: DuesPlan):
        super().__init__(sheet, plan)
        self.store = store
        self.config = dues.DuesConfig.load()
        self.by_id: dict[str, dict] = {}
        self.by_name: dict[str, list[dict]] = {}
        for m in store.query("SELECT uuid, org_uuid, name, id_number FROM member WHERE deleted = 0"):
            if m["id_number"]:
                self.by_id[m["id_number"]] = m
            if m["org_uuid"] == plan.branch_uuid:
                self.by_name.setdefault(m["name"], []).append(m)
        self.org_names = {r["uuid"]: r["name"] for r in store.query("SELECT uuid, name FROM org_unit")}
        self.ledgers: dict[str, dues.MemberDues] = {}
        self.seen_members: dict[str, int] = {}                 # member -> first row (grid)
        self.seen_months: dict[tuple[str, str], int] = {}      # (member, month) -> row (list)
        self.locks: dict[str, dict | None] = {}
        self.month_sums = [0] * 12                              # what the data rows hold per month (grid)

    # the sheet ------------------------------------------------------------------------------------

    def run(self, notes: list[str], progress: Progress) -> None:
        plan = self.plan
        self.sheet_remarks(notes)
        if "id_number" not in self.column_of:
            self.problem(None, None, INFO, f"表中没有身份证号列：按姓名在“{plan.branch_name}”中对应党员")
        if plan.layout == GRID:
            missing = [FIELD_LABELS[k] for k in MONTH_FIELDS if k not in self.column_of]
            if missing:
                self.problem(None, None, INFO, f"表中没有{'、'.join(missing)}的列")
        self.check_rows(progress, every=100)
        importing.sort_problems(plan.problems)

    def skipped_row(self, r: int, raw: list, kind: str, text: str) -> None:
        if kind == importing.TOTAL:
            self.total_row(r, raw, text)
        else:
            super().skipped_row(r, raw, kind, text)

    def total_row(self, r: int, raw: list, text: str) -> None:
        """The 合计 row: its figure is kept and compared with what the rows above hold."""
        plan = self.plan
        got = normalise_row(raw, plan.mapping)
        key = "total" if plan.layout == GRID else "amount"
        if plan.layout == GRID and "total" not in got.values:
            months = [v for k, v in got.values.items() if k in MONTH_FIELDS and isinstance(v, int)]
            figure = sum(months) if months else None
        else:
            figure = got.values.get(key) if isinstance(got.values.get(key), int) else None
        if plan.layout == GRID:
            for i, k in enumerate(MONTH_FIELDS):
                v = got.values.get(k)
                if isinstance(v, int) and v != self.month_sums[i]:
                    self.problem(r, k, WARNING, f"合计行的{FIELD_LABELS[k]} {yuan(v)} 元与上面各行之和 "
                                                f"{yuan(self.month_sums[i])} 元不符")
        if figure is None:
            self.problem(r, None, INFO, f"合计行（“{text[:20]}”），已跳过")
            return
        plan.sheet_total_fen = (plan.sheet_total_fen or 0) + figure
        if figure == plan.read_total_fen:
            self.problem(r, key if key in self.column_of else None, INFO,
                         f"合计行，已跳过：合计 {yuan(figure)} 元与各行之和相符")
        else:
            self.problem(r, key if key in self.column_of else None, WARNING,
                         f"合计行的 {yuan(figure)} 元与各行之和 {yuan(plan.read_total_fen)} 元不符，请核对")

    # one row ----------------------------------------------------------------------------------------

    def row(self, r: int, raw: list) -> None:
        got = normalise_row(raw, self.plan.mapping)
        v = got.values
        name = v.get("name", "")
        if name == cells.name_cell(EXAMPLE_NAME):
            self.problem(r, None, INFO, "导入模板中的示例行，已跳过")
            return
        amounts = [x for k, x in v.items() if (k in MONTH_FIELDS or k == "amount") and isinstance(x, int)]
        self.plan.read_total_fen += sum(amounts)
        for i, k in enumerate(MONTH_FIELDS):
            if isinstance(v.get(k), int):
                self.month_sums[i] += v[k]
        for key, message in got.errors.items():
            self.problem(r, key, ERROR, message)
        if not name:
            self.problem(r, "name", ERROR, "姓名为空，本行没有导入")
            return self.skip(r, "")
        if self.plan.layout == GRID and not got.errors and not any(k in MONTH_FIELDS for k in v):
            self.plan.rows.append(DuesRow(r, UNCHANGED, name))     # nothing paid that year: nothing to do
            return
        member = self.member(r, name, v.get("id_number", ""))
        if got.errors or member is None:
            return self.skip(r, name)
        if self.plan.layout == GRID:
            self.grid_row(r, name, member, v)
        else:
            self.list_row(r, name, member, v, "paid_on" in got.month_only)

    def skip(self, r: int, name: str) -> None:
        self.plan.rows.append(DuesRow(r, SKIPPED, name))

    def member(self, r: int, name: str, id_number: str) -> dict | None:
        """The roster member of a row: by ID number, else by name within the branch."""
        branch = self.plan.branch_name
        if id_number:
            m = self.by_id.get(id_number)
            if m is not None:
                if m["org_uuid"] != self.plan.branch_uuid:
                    self.problem(r, "id_number", ERROR, f"身份证号是“{self.org_names.get(m['org_uuid'], '')}”的党员"
                                                        f"“{m['name']}”，不在“{branch}”：请在该党员所在支部导入")
                    return None
                if m["name"] != name and _STATUS_SUFFIX.sub("", name) != m["name"]:
                    self.problem(r, "name", WARNING, f"按身份证号对应到党员“{m['name']}”（表中姓名为“{name}”）")
                return m
        found = self.by_name.get(name) or self.by_name.get(_STATUS_SUFFIX.sub("", name), [])
        if id_number:
            others = [m for m in found if m["id_number"] and m["id_number"] != id_number]
            found = [m for m in found if not m["id_number"]]
            if not found and others:
                self.problem(r, "id_number", ERROR, f"“{branch}”的“{name}”身份证号为 {others[0]['id_number']}，"
                                                    f"与表中 {id_number} 不同，无法确定是同一人")
                return None
        if len(found) > 1:
            self.problem(r, "name", ERROR, f"“{branch}”有 {len(found)} 名党员叫“{name}”，无法确定是哪一位："
                                           f"请在表中填写身份证号")
            return None
        if not found:
            who = f"“{name}”" + (f"（身份证号 {id_number}）" if id_number else "")
            self.problem(r, "name", ERROR, f"“{branch}”没有党员{who}：请先在花名册中登记该党员，再导入党费")
            return None
        return found[0]

    def ledger(self, member_uuid: str) -> dues.MemberDues:
        if member_uuid not in self.ledgers:
            self.ledgers[member_uuid] = dues.member_dues(self.store, member_uuid, self.config)
        return self.ledgers[member_uuid]

    def lock(self, day: dt.date) -> dict | None:
        month = dues.month_of(day)
        if month not in self.locks:
            self.locks[month] = dues.lock_of(self.store, self.plan.branch_uuid, month)
        return self.locks[month]

    def _refusal(self, md: dues.MemberDues, cell: dues.MonthDues) -> str | None:
        """Why the ledger will not take a payment for this month (clearer than the ledger's own
        words for months before its first standard, the usual case for an old sheet)."""
        idx = dues.month_index(cell.month)
        join = md.member["join_date"]
        if cell.status == "none" and md.profiles and idx < md.profiles[0].start and (
                not join or dues.month_index(join[:7]) <= idx):
            return (f"{dues.month_label(cell.month)}在{md.member['name']}的党费台账开始之前（第一个党费标准从"
                    f"{dues.month_label(dues.month_str(md.profiles[0].start))}起）：如需登记更早的党费，请先把该党员"
                    f"党费标准的起始月份改早")
        return dues.month_refusal(md, cell)

    def month_check(self, r: int, key: str | None, md: dues.MemberDues, month: str, fen, day: dt.date,
                    errors: list[str]) -> str:
        """One month of a payment against the ledger: 'pay', 'same' (in the ledger), 'skip' (a
        warning given) or 'error' (an error given)."""
        cell = md.month(dues.month_index(month), dues.month_index(dues.month_of(day)))
        label = dues.month_label(month)
        if fen is EXEMPT:
            if cell.status == "exempt":
                return "same"
            if cell.paid_fen:
                self.problem(r, key, WARNING, f"表中{label}为免交，台账中已交 {yuan(cell.paid_fen)} 元：不修改台账")
            elif cell.status not in ("none", "carried"):
                self.problem(r, key, WARNING, f"表中{label}为免交或0，台账中没有经批准的免交：未导入，该月仍按欠交计。"
                                              f"免交须经乡镇党委批准（中组发〔2008〕3号第七条），请在党费标准中登记")
            return "skip"
        if cell.paid_fen:
            if cell.paid_fen == fen:
                return "same"
            self.problem(r, key, WARNING, f"{label}台账中已交 {yuan(cell.paid_fen)} 元，表中为 {yuan(fen)} 元："
                                          f"不修改台账（如需更正，请在台账中冲销原收据后重新登记）")
            return "skip"
        if cell.status == "exempt":
            self.problem(r, key, WARNING, f"{label}经批准{cell.relief}，表中交了 {yuan(fen)} 元：未导入"
                                          f"（如免交已取消，请先修改该党员的党费标准）")
            return "skip"
        refusal = self._refusal(md, cell)
        if refusal:
            errors.append(refusal)
            return "error"
        lock = self.lock(day)
        if lock is not None:
            why = "已上缴" if lock["reason"] == "上缴" else "已年度结账"
            errors.append(f"{dues.month_label(dues.month_of(day))}的党费{why}（{lock['locked_on']}），该期间已锁定，"
                          f"不能补录{label}的党费（交纳日期 {day.isoformat()}）")
            return "error"
        return "pay"

    def expected(self, md: dues.MemberDues, month: str) -> int:
        cell = md.month(dues.month_index(month), dues.month_index(month))
        return max(cell.due_fen - cell.exempt_fen, 0)

    def _note(self, r: int, dated: bool, day: dt.date, receipt: str = "", note: str = "") -> str:
        """The imported payment's note; an undated one says how its date was set (the month's last
        day, or today for a month not over yet)."""
        how = "" if dated else ("，交纳日期不详，按今天登记" if day == self.plan.today else "，交纳日期不详，按月末登记")
        parts = [f"补录：{self.plan.path.name}第{r}行{how}"]
        if receipt:
            parts.append(f"原收据号 {receipt}")
        if note:
            parts.append(note)
        return "；".join(parts)

    def grid_row(self, r: int, name: str, member: dict, v: dict) -> None:
        earlier = self.seen_members.setdefault(member["uuid"], r)
        if earlier != r:
            self.problem(r, "name", ERROR, f"与第{earlier}行是同一名党员（{member['name']}），本行没有导入")
            return self.skip(r, name)
        md = self.ledger(member["uuid"])
        year = self.plan.year
        paid = [v[k] for k in MONTH_FIELDS if isinstance(v.get(k), int)]
        if "total" in v and v["total"] != sum(paid):
            self.problem(r, "total", WARNING, f"合计 {yuan(v['total'])} 元与各月之和 {yuan(sum(paid))} 元不符；"
                                              f"按各月金额导入")
        payments, errors, same = [], [], 0
        differs = []
        for i, key in enumerate(MONTH_FIELDS, 1):
            fen = v.get(key)
            if fen is None:
                continue
            month = f"{year}-{i:02d}"
            day = _month_end(month, self.plan.today)
            before = len(errors)
            outcome = self.month_check(r, key, md, month, fen, day, errors)
            if outcome == "error":
                self.problem(r, key, ERROR, errors[before])
            elif outcome == "same":
                same += 1
            elif outcome == "pay":
                expected = self.expected(md, month)
                if expected != fen:
                    differs.append((key, month, fen, expected))
                payments.append(Payment((month,), (fen,), day.isoformat(), self._note(r, False, day, note=v.get("note", "")),
                                        column_letter(self.column_of[key] + 1)))
        if "monthly" in v:          # before or after an approved 减交/免交: either is what the sheet may mean
            cells_ = [md.month(dues.month_index(f"{year}-{i:02d}"), 0) for i in range(1, 13)]
            now = [c.due_fen - c.exempt_fen for c in cells_ if c.status not in ("none", "carried", "noprofile")]
            if now and v["monthly"] not in now + [c.due_fen for c in cells_]:
                self.problem(r, "monthly", WARNING, f"月缴纳额 {yuan(v['monthly'])} 元，按台账中的党费标准{year}年"
                                                    f"每月应交 {'、'.join(sorted({yuan(x) for x in now}))} 元")
        if v.get("base"):           # the income base the standard was computed from (工资、养老金)
            profiles = [md.profile_at(dues.month_index(f"{year}-{i:02d}")) for i in range(1, 13)]
            bases = sorted({p.calc_key[1] for p in profiles if p is not None and p.calc_key[1]})
            if bases and v["base"] not in bases:
                self.problem(r, "base", WARNING, f"缴费基数 {yuan(v['base'])} 元，台账中的党费标准为 "
                                                 f"{'、'.join(yuan(b) for b in bases)} 元（基数变了请修改党费标准）")
        for key, month, fen, expected in differs:
            self.problem(r, key, WARNING, f"{dues.month_label(month)}表中 {yuan(fen)} 元，按党费标准应交 "
                                          f"{yuan(expected)} 元：按表中金额导入（表中是实际收缴的金额）")
        if errors:
            return self.skip(r, name)
        self.plan.rows.append(DuesRow(r, ADD if payments else UNCHANGED, name, member["uuid"], payments, same))

    def list_row(self, r: int, name: str, member: dict, v: dict, month_only: bool) -> None:
        months = v.get("months") or []
        amount = v.get("amount")
        if not months:
            self.problem(r, "months", ERROR, "所属月份为空")
        if amount is None:
            self.problem(r, "amount", ERROR, "金额为空")
        if not months or amount is None:
            return self.skip(r, name)
        for month in months:
            earlier = self.seen_months.setdefault((member["uuid"], month), r)
            if earlier != r:
                self.problem(r, "months", ERROR, f"{dues.month_label(month)}与第{earlier}行重复（同一党员同一月份），"
                                                 f"本行没有导入")
                return self.skip(r, name)
        day = v.get("paid_on")
        dated = day is not None
        if dated and month_only:
            day = _month_end(day.isoformat()[:7], self.plan.today)
            self.problem(r, "paid_on", INFO, f"缴纳日期只有年月，按 {day.isoformat()} 登记")
        if dated and day > self.plan.today:
            self.problem(r, "paid_on", ERROR, f"缴纳日期 {day.isoformat()} 晚于今天")
            return self.skip(r, name)
        day = day or _month_end(months[-1], self.plan.today)
        md = self.ledger(member["uuid"])
        if amount is EXEMPT:
            outcomes = [self.month_check(r, "amount", md, m, EXEMPT, day, []) for m in months]
            action = UNCHANGED if all(o == "same" for o in outcomes) else SKIPPED
            self.plan.rows.append(DuesRow(r, action, name, member["uuid"], in_ledger=outcomes.count("same")))
            return
        ledger = [md.month(dues.month_index(m), dues.month_index(m)).paid_fen for m in months]
        if any(ledger):
            if all(ledger) and sum(ledger) == amount:
                self.plan.rows.append(DuesRow(r, UNCHANGED, name, member["uuid"], in_ledger=len(months)))
            else:
                paid = "、".join(f"{dues.month_label(m)} {yuan(f)} 元" for m, f in zip(months, ledger) if f)
                self.problem(r, "amount", WARNING, f"台账中已有{paid}，表中{dues.months_text(months)}共 {yuan(amount)} 元："
                                                   f"不修改台账（如需更正，请在台账中冲销原收据后重新登记）")
                self.plan.rows.append(DuesRow(r, SKIPPED, name, member["uuid"]))
            return
        expected = [self.expected(md, m) for m in months]
        split = _split(amount, expected)
        if not all(split):
            self.problem(r, "amount", ERROR, f"金额 {yuan(amount)} 元不够分到{len(months)}个月（每月至少0.01元）")
            return self.skip(r, name)
        errors: list[str] = []
        outcomes = [self.month_check(r, "months", md, m, fen, day, errors) for m, fen in zip(months, split)]
        for message in errors:
            self.problem(r, "months", ERROR, message)
        if errors or "skip" in outcomes:          # one payment: all its months or none
            return self.skip(r, name)
        if sum(expected) != amount:
            how = "" if len(months) == 1 else f"，平均分到各月（{'、'.join(yuan(f) for f in split)} 元）"
            self.problem(r, "amount", WARNING, f"表中{dues.months_text(months)}共 {yuan(amount)} 元，按党费标准应交 "
                                               f"{yuan(sum(expected))} 元：按表中金额导入{how}")
        receipt = v.get("receipt", "")
        self.plan.rows.append(DuesRow(r, ADD, name, member["uuid"], [
            Payment(tuple(months), tuple(split), day.isoformat(), self._note(r, dated, day, receipt, v.get("note", "")))]))


# ----- the import ----------------------------------------------------------------------------------

def apply_plan(store: Store, plan: DuesPlan, decisions: Mapping[int, str] | None = None, *,
               today: dt.date | None = None, progress: Progress = NO_PROGRESS) -> DuesImportResult:
    """A backup, then every payment of the plan through ``dues.record_collected`` in ONE
    transaction (a refusal or Cancel rolls everything back). Payments are posted in date order,
    so the receipt numbers of each year follow the dates. ``decisions`` is not used (dues rows
    have nothing to decide)."""
    today = today or plan.today
    work = sorted(((p.paid_on, r.row, p, r) for r in plan.rows if r.action == ADD for p in r.payments),
                  key=lambda x: (x[0], x[1]))
    counts = plan.counts()
    backup_path = backup.backup_before(store, "excel-import") if work else None
    uuids: list[str] = []
    numbers: list[str] = []
    config = dues.DuesConfig.load()
    with store.transaction():
        for i, (paid_on, _, p, r) in enumerate(work):
            if i % 50 == 0:
                progress.step(i, len(work))
            try:
                result = dues.record_collected(store, r.member_uuid, dict(zip(p.months, p.amounts)), paid_on,
                                               note=p.note, today=today, config=config)
            except UserError as exc:
                raise importing.changed_since_check(plan, r, exc) from exc
            uuids.append(result.uuid)
            numbers.append(result.receipt_no)
        progress.step(len(work), len(work))
    return DuesImportResult(counts["imported"], counts["unchanged"], counts["skipped"], backup_path,
                            tuple(uuids), tuple(numbers), sum(p.amount_fen for _, _, p, _ in work))


# ----- the blank template ----------------------------------------------------------------------------

# (header, required, what to write, example); the headers are what ``detect`` recognises.
TEMPLATE_COLUMNS = (
    ("序号", False, "可不填", 1),
    ("姓名", True, "须与花名册中的姓名一致；本支部有同名党员时必须填写身份证号", EXAMPLE_NAME),
    ("身份证号", False, "18位公民身份号码（本列为文本格式）；填写后按身份证号对应党员", "11010519491231002X"),
    ("月缴纳额（元）", False, "每月应交的党费，仅用于核对：与党费标准不同时提醒", Decimal("12.50")),
    *((f"{m}月", False, "该月实际交纳的金额（元）；经批准免交的填“免”；未交的留空" if m == 1 else "同1月",
       Decimal("12.50") if m <= 3 else "免" if m == 4 else None) for m in range(1, 13)),
    ("合计", False, "全年已交合计，仅用于核对：与各月之和不同时提醒", Decimal("37.50")),
    ("备注", False, "记入该行每笔交费的备注", "示例行：导入时自动跳过，可以删除"),
)
_MONTH_HEADERS = tuple(f"{m}月" for m in range(1, 13))
TEMPLATE = TemplateSheet(
    "党费收缴登记表", "党费收缴登记表", TEMPLATE_COLUMNS, rows=200, freeze=f"C{FIRST_DATA_ROW}",
    formats={**dict.fromkeys((*_MONTH_HEADERS, "月缴纳额（元）", "合计"), MONEY_FORMAT), "身份证号": "@"},
    widths={"序号": 6, "姓名": 14, "身份证号": 21, "月缴纳额（元）": 12, **dict.fromkeys(_MONTH_HEADERS, 9), "合计": 12,
            "备注": 20},                  # one page wide
    advice=("1. 第2行填写年度；一行填一名党员，一个月一列。不要合并单元格。",
            "2. 党员须已在花名册中，并已设定党费标准（党费类别、收入）；台账从第一个党费标准的月份开始。",
            "3. 已在台账中的月份不会重复登记；金额与台账不同的只提醒、不修改（更正请在台账中冲销后重新登记）。",
            "4. 已上缴或已年度结账的期间不能补录。导入的每笔交费按月末日期登记、自动编收据号，备注注明“补录”。",
            "5. 也可导入交费明细表：姓名、身份证号、所属月份（如 2024.01 或 2024年1-3月）、金额、缴纳日期、收据号、"
            "备注，每笔一行；原收据号记入备注。",
            "6. 导入前会先检查全表，列出每一处问题（第几行、哪一列、什么问题），确认后才写入；写入前自动备份数据库。"))


def dues_template(path: str | Path, year: int | None = None) -> Path:
    """A blank 党费收缴登记表 to fill in and import: the year in its own cell, one row per member
    and one column per month, money formats, a “免” drop-down in the month cells (amounts can
    still be typed), the ID column as text, one example row and a 填写说明 sheet."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb, ws = template_workbook(TEMPLATE)
    ws["A2"], ws["B2"] = "年度：", year or dt.date.today().year
    ws["A2"].font = Font(name="宋体", size=10.5, bold=True)
    ws["B2"].font = Font(name="宋体", size=10.5, bold=True, color="C00000")
    ws["B2"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws["B2"].number_format = "0"
    ws["C2"] = (f"← 改成表中党费所属的年度。带 * 的列必须填写；各月填实际交纳的金额（元），免交填“免”，未交留空。"
                f"第{FIRST_DATA_ROW}行是示例，导入时自动跳过。")
    ws["C2"].font = Font(name="宋体", size=10.5, color="A04000")
    ws.merge_cells(f"C2:{get_column_letter(len(TEMPLATE_COLUMNS))}2")
    first_month = get_column_letter(5)
    last_month = get_column_letter(16)
    last_row = TEMPLATE.last_row
    rule = DataValidation(type="list", formula1='"免"', allow_blank=True, showErrorMessage=False,
                          promptTitle="金额或免", prompt="填写实际交纳的金额（元）；经批准免交的可从下拉中选“免”",
                          showInputMessage=True)
    rule.add(f"{first_month}{FIRST_DATA_ROW}:{last_month}{last_row}")
    ws.add_data_validation(rule)
    amount = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            showErrorMessage=True, errorStyle="warning", errorTitle="不是金额",
                            error="请填写金额（元），如 12.50")
    amount.add(f"D{FIRST_DATA_ROW}:D{last_row}")
    ws.add_data_validation(amount)
    return save_template(wb, TEMPLATE, path)
