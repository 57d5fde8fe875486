"""党费 — the dues ledger (issue #4): the rules engine, member profiles, payments, reversals,
period locks, remittances, and the views the clerk and the township read.

Source of every rule: 《关于中国共产党党费收缴、使用和管理的规定》(中组发〔2008〕3号, "the 2008
regulation"), summarised with its articles in RULES.md §1. Each rule carries the rule set it
comes from (``RULESETS``); a later regulation is added as a new RuleSet with its first month, and
months before it keep being computed with the old one.

**Money** is integer fen. **The one rounding rule** (``round_fen``): the rate applies to the whole
base (Art. 2, not band by band), the exact amount is ``base × rate``, and it is rounded to whole fen
*half up* — no source states a rounding rule (RULES.md §1.2, UNCONFIRMED), so the mode is the
setting ``dues_rounding``.

**What a month of a member means.** For every month a member owes in this branch:

- ``due``     the amount the rules give for that month's profile (category, base);
- ``exempt``  what an approved 减交/免交 (Art. 7) takes off it (免交: all of it);
- ``paid``    the sum of the allocations of posted payments to that month (reversals negative);
- ``arrears`` = due − paid − exempt (the ledger invariant; negative = paid more than due, which
  only happens when a profile is changed afterwards).

A member owes from the month of the branch general meeting that admitted them (member.join_date,
Art. 8) or from the first dues profile's month when that is later (the branch's ledger starts
there; for a member who transferred in, the profile's ``carried_paid_to`` is 党费交至 from the
introduction letter and those months are settled elsewhere); a member who leaves (转出, 去世, 出党,
停止党籍) owes up to and including the month of that event and no more; 转入/恢复党籍 restarts.

**Entries are never edited or deleted.** A posted payment is corrected by ``reverse_payment``
(negative entry, reason, naming the period it corrects). **Paid elsewhere** (Art. 9, RULES.md
§1.4): a 流动党员 may pay where temporarily based; ``record_elsewhere`` books an entry of kind
``elsewhere`` (no money, no receipt number, allocations of 0 fen naming the months) and those
months are settled here (status ``elsewhere``: not owed, never arrears) but never collected, so
balances and remittances do not see them. Receipt numbers run per branch and year
and are never reused (a unique index covers every row ever written); the only gap allowed is a
voided form, itself an entry (``void_receipt``). **Period lock**: after ``record_remittance`` (or
``close_year``) nothing more is booked in those months; later corrections are booked today.

**Public API** (what the GUI calls; every write is one transaction, bad input → ValidationError
with problems by field, nothing written):

- rules: ``CATEGORY_NAMES``, ``CATEGORIES``, ``calc_monthly(category, base_fen, month, fixed_fen=)``
  → ``DuesCalc`` (amount_fen, explanation, source), ``RULESETS``, ``DuesConfig.load()``;
- profiles: ``set_profile(...)``, ``profiles(store, member)``;
- collecting: ``quote(store, member, months, paid_on)`` → amount per month with explanations and
  warnings (for the payment dialog), ``record_payment(...)`` → ``PaymentResult`` (receipt_no,
  warnings), ``record_collected`` (补录 of what a past sheet says was collected),
  ``month_refusal``, ``reverse_payment(store, payment, reason, on)``, ``void_receipt``, ``payments(...)``,
  ``receipt_gaps``; months a 流动党员 paid at the host organisation (Art. 9): ``record_elsewhere``
  → ``ElsewhereResult`` (reversed with ``reverse_payment`` too), ``flowing_periods``;
- views: ``month_grid(store, branch, year)`` → ``Grid`` (rows × 12 ``MonthDues`` cells with
  ``STATUS_LABELS``/``STATUS_MARKS``/``STATUS_COLORS``), ``arrears(store, org)`` → ``ArrearsRow``
  (with the six-month flag and its months), ``paid_up_to(store, member)``, ``member_months``,
  ``next_unpaid(store, member, count)`` (months the payment dialog proposes), ``without_profile``;
- money out: ``record_remittance`` (locks its periods), ``reverse_remittance``, ``close_year``, ``lock_of``, ``balance``,
  ``expected_remittance``, ``remittances``; township: ``township_summary(store, org, first, last)``
  with ``period_months(year, quarter=, month=)`` and ``period_label``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from djdesk.core import codes
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.money import yuan, yuan_short
from djdesk.core.store import Store

# ----- months ------------------------------------------------------------------------------------

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


@functools.lru_cache(maxsize=8192)
def month_index(month: str) -> int:
    """'2026-03' → a running month number (year × 12 + month − 1)."""
    m = _MONTH.match(str(month).strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or not 1900 <= int(m.group(1)) <= 2999:
        raise UserError(f"月份“{month}”无效，应写成 2026-03 这样的年-月")
    return int(m.group(1)) * 12 + int(m.group(2)) - 1


@functools.lru_cache(maxsize=8192)
def month_str(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_of(day: dt.date | str) -> str:
    return str(day)[:7]


def month_label(month: str) -> str:
    """'2026-03' → '2026年3月'."""
    i = month_index(month)
    return f"{i // 12}年{i % 12 + 1}月"


def months_between(first: str, last: str) -> list[str]:
    return [month_str(i) for i in range(month_index(first), month_index(last) + 1)]


def _date(value, what: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError({what: f"日期“{value}”无效（格式：2026-03-05）"}) from None


# ----- configuration (RULES.md §1: UNCONFIRMED items are settings, not rules) ---------------------

@dataclass(frozen=True)
class DuesConfig:
    """The dues settings (settings.py ``dues_*``); ``DuesConfig()`` = the defaults."""

    rounding: str = "half_up"          # §1.2: no source states the rounding — UNCONFIRMED
    advance_months: int = 3            # §1.4: advance beyond a quarter warns — UNCONFIRMED
    advance_block: bool = False
    farmer_by_income: bool = False     # §1.2: farmers working away on the wage table — UNCONFIRMED
    fixed_for_year: bool = False       # §1.1: some sectors fix the year's amount in January
    branch_retain_percent: int = 0     # §1.5: may a village branch keep a share? — UNCONFIRMED

    @classmethod
    def load(cls, settings=None) -> "DuesConfig":
        from djdesk.core.settings import Settings

        s = settings or Settings()
        return cls(rounding=s.get("dues_rounding"), advance_months=s.get("dues_advance_months"),
                   advance_block=s.get("dues_advance_block"), farmer_by_income=s.get("dues_farmer_by_income"),
                   fixed_for_year=s.get("dues_fixed_for_year"),
                   branch_retain_percent=s.get("dues_branch_retain_percent"))


def _config(config: DuesConfig | None) -> DuesConfig:
    return config if config is not None else DuesConfig.load()


# ----- the rules engine --------------------------------------------------------------------------

BACK_PAY_MONTHS = 6        # Art. 12: back payment normally covers no more than 6 months
LAPSE_MONTHS = 6           # Party Constitution Art. 9 / regulation Art. 13: six consecutive months
CENTRE_ONE_OFF_FEN = 100_000   # Art. 11: a one-off voluntary payment of 1000 yuan or more goes to the Centre

WAGE, RETIRED, FARMER, FIXED = "wage", "retired", "farmer", "fixed"


class Bracket(NamedTuple):
    upper_fen: int | None     # inclusive upper limit of the base ("以下(含)"); None = no limit
    per_mille: int            # rate in ‰ of the whole base: 5 = 0.5 %


@dataclass(frozen=True)
class RuleSet:
    code: str
    title: str
    first_month: str                     # applies to dues of this month and later
    wage: tuple[Bracket, ...]            # Art. 2 (also Art. 3 annual salary, Art. 4 self-employed)
    retired: tuple[Bracket, ...]         # Art. 5
    farmer_min_fen: int                  # Art. 6
    farmer_max_fen: int
    low_fixed_fen: int                   # Art. 6: students, laid-off, relief, 低保


RULESETS: tuple[RuleSet, ...] = (
    RuleSet("2008", "中组发〔2008〕3号", "2008-04",
            wage=(Bracket(300_000, 5), Bracket(500_000, 10), Bracket(1_000_000, 15), Bracket(None, 20)),
            retired=(Bracket(500_000, 5), Bracket(None, 10)),
            farmer_min_fen=20, farmer_max_fen=100, low_fixed_fen=20),
)


def ruleset_for(month: str) -> RuleSet:
    """The rule set in force for the dues of a month (the newest that has started)."""
    return _ruleset_at(month_index(month))


_RULESET_STARTS = frozenset(month_index(r.first_month) for r in RULESETS)


@functools.lru_cache(maxsize=4096)
def _ruleset_at(idx: int) -> RuleSet:
    chosen = RULESETS[0]
    for rs in RULESETS:
        if month_index(rs.first_month) <= idx:
            chosen = rs
    return chosen


@dataclass(frozen=True)
class Category:
    name: str
    kind: str                 # wage | retired | farmer | fixed
    article: str
    base_label: str = ""      # what the base is, for the explanation
    unconfirmed: bool = False


CATEGORIES: dict[str, Category] = {c.name: c for c in (
    Category("在职", WAGE, "第二条", "月收入"),
    Category("年薪制", WAGE, "第三条", "当月实得年薪"),
    Category("个体及其他", WAGE, "第四条", "上季度月平均纯收入"),
    Category("离退休", RETIRED, "第五条", "月养老金"),
    Category("农民", FARMER, "第六条"),
    Category("学生", FIXED, "第六条"),
    Category("下岗失业", FIXED, "第六条"),
    Category("依靠抚恤或救济", FIXED, "第六条"),
    Category("低保", FIXED, "第六条"),
    # Commentary only: farmers working away or in business paying by the wage table (UNCONFIRMED,
    # allowed when the setting dues_farmer_by_income is on).
    Category("农民（外出务工经商）", WAGE, "第二条（参照）", "月收入", unconfirmed=True),
)}
CATEGORY_NAMES = tuple(CATEGORIES)
RELIEFS = ("", "减交", "免交")
METHODS = ("现金", "转账", "其他")


def round_fen(numerator: int, denominator: int, mode: str = "half_up") -> int:
    """THE rounding rule of djdesk dues: numerator/denominator fen → whole fen (non-negative).

    half_up (default): 0.5 fen and more goes up; half_even: ties to the even fen; down: cut off.
    (RULES.md §1.2: UNCONFIRMED in every source, so the mode is the setting dues_rounding.)"""
    q, r = divmod(numerator, denominator)
    twice = 2 * r
    if mode == "down":
        return q
    if mode == "half_even":
        return q + (twice > denominator or (twice == denominator and q % 2 == 1))
    return q + (twice >= denominator)


def rate_label(per_mille: int) -> str:
    whole, tenth = divmod(per_mille, 10)
    return f"{whole}.{tenth}%" if tenth else f"{whole}%"


@dataclass(frozen=True)
class DuesCalc:
    """What the rules give for one month: amount, how, and where it comes from."""

    amount_fen: int
    category: str
    base_fen: int
    per_mille: int | None      # the rate applied (None for fixed amounts)
    ruleset: str
    article: str
    explanation: str           # e.g. "月工资收入 4,200 元，适用 1%，每月 42.00 元"

    @property
    def source(self) -> str:
        return f"{ruleset_title(self.ruleset)}{self.article}"


def ruleset_title(code: str) -> str:
    return next((r.title for r in RULESETS if r.code == code), code)


def calc_monthly(category: str, base_fen: int = 0, month: str | None = None, *, fixed_fen: int = 0,
                 config: DuesConfig | None = None) -> DuesCalc:
    """The monthly dues of a category and base under the rules in force for ``month`` (default:
    this month). ``fixed_fen``: the amount a farmer member pays, 0.20–1.00 yuan (Art. 6). ``config``:
    the dues settings (default: the user's, ``DuesConfig.load()``).

    Brackets (Art. 2, Art. 5): "以下(含)" is inclusive, so a base of exactly 3,000.00 is in the
    0.5 % bracket and 3,000.01 in the 1 % one; the rate applies to the whole base."""
    cfg = _config(config)
    month = month or month_of(dt.date.today())
    rs = ruleset_for(month)
    cat = CATEGORIES.get(category)
    if cat is None:
        raise ValidationError({"category": f"党费类别“{category}”不存在，可选：{'、'.join(CATEGORY_NAMES)}"})
    if cat.unconfirmed and not cfg.farmer_by_income:
        raise ValidationError({"category": f"“{category}”按收入比例交纳未经规定明确，需在设置中开启后才能使用"})
    if cat.kind in (WAGE, RETIRED):
        if base_fen < 0:
            raise ValidationError({"base": "收入基数不能为负数"})
        brackets = rs.wage if cat.kind == WAGE else rs.retired
        per_mille = next(b.per_mille for b in brackets if b.upper_fen is None or base_fen <= b.upper_fen)
        amount = round_fen(base_fen * per_mille, 1000, cfg.rounding)
        text = f"{cat.base_label} {yuan_short(base_fen)} 元，适用 {rate_label(per_mille)}，每月 {yuan(amount)} 元"
        return DuesCalc(amount, category, base_fen, per_mille, rs.code, cat.article, text)
    if cat.kind == FARMER:
        amount = fixed_fen or rs.farmer_min_fen
        if not rs.farmer_min_fen <= amount <= rs.farmer_max_fen:
            raise ValidationError({"fixed": f"农民党员每月交纳 {yuan(rs.farmer_min_fen)} 元至 "
                                            f"{yuan(rs.farmer_max_fen)} 元（{rs.title}第六条），"
                                            f"{yuan(amount)} 元不在此范围"})
        text = (f"农民党员每月 {yuan(rs.farmer_min_fen)} 至 {yuan(rs.farmer_max_fen)} 元，"
                f"本人每月 {yuan(amount)} 元")
        return DuesCalc(amount, category, 0, None, rs.code, cat.article, text)
    amount = rs.low_fixed_fen
    return DuesCalc(amount, category, 0, None, rs.code, cat.article,
                    f"{category}党员每月 {yuan(amount)} 元")


# ----- dues profiles -----------------------------------------------------------------------------

PROFILE_FIELDS = ("effective_month", "category", "base_fen", "fixed_fen", "relief", "relief_fen",
                  "approval_ref", "approval_date", "voluntary_fen", "carried_paid_to", "note")


def set_profile(store: Store, member_uuid: str, effective_month: str, category: str, *, base_fen: int = 0,
                fixed_fen: int = 0, relief: str = "", relief_fen: int = 0, approval_ref: str = "",
                approval_date: str | None = None, voluntary_fen: int = 0, carried_paid_to: str | None = None,
                note: str = "", config: DuesConfig | None = None) -> str:
    """Give a member a dues profile from ``effective_month`` on (a new base applies from the month
    the new wage is first paid, Art. 10). A profile of the same month replaces the earlier one
    (which stays as a tombstone, with the audit log). Returns the new profile's uuid.

    ``relief`` 减交 (pay ``relief_fen`` a month) or 免交 needs the township committee's approval
    (Art. 7): ``approval_ref`` and ``approval_date`` are required."""
    cfg = _config(config)
    member = _member(store, member_uuid)
    problems: dict[str, str] = {}
    try:
        month = month_str(month_index(effective_month))
    except UserError as exc:
        problems["effective_month"] = exc.message
        month = None
    cat = CATEGORIES.get(category)
    if cat is None:
        problems["category"] = f"请选择党费类别（{'、'.join(CATEGORY_NAMES)}）"
    elif cat.kind in (WAGE, RETIRED) and base_fen <= 0:
        problems["base_fen"] = f"请填写{cat.base_label}（元）"
    calc = None
    if month and cat and not problems:
        try:
            calc = calc_monthly(category, base_fen, month, fixed_fen=fixed_fen, config=cfg)
        except ValidationError as exc:
            problems.update(exc.problems)
    if relief not in RELIEFS:
        problems["relief"] = "减免只能是：减交、免交"
    elif relief:
        if not approval_ref.strip():
            problems["approval_ref"] = f"{relief}须经上级党委（乡镇党委）批准（第七条），请填写批准文号"
        try:
            approval_date = _date(approval_date, "approval_date").isoformat() if approval_date else None
        except ValidationError as exc:
            problems.update(exc.problems)
        if not approval_date and "approval_date" not in problems:
            problems["approval_date"] = "请填写批准日期"
        if relief == "减交" and calc is not None and not 0 < relief_fen < calc.amount_fen:
            problems["relief_fen"] = f"减交后每月应少于按规定应交的 {yuan(calc.amount_fen)} 元且大于0"
    if voluntary_fen < 0:
        problems["voluntary_fen"] = "自愿多交金额不能为负数"
    if carried_paid_to:
        try:
            carried_paid_to = month_str(month_index(carried_paid_to))
        except UserError as exc:
            problems["carried_paid_to"] = exc.message
    if problems:
        raise ValidationError(problems)
    with store.transaction():
        for old in store.query("SELECT uuid FROM dues_profile WHERE member_uuid = ? AND effective_month = ? "
                               "AND deleted = 0", (member_uuid, month)):
            store.tombstone("dues_profile", old["uuid"])
        return store.insert("dues_profile", {
            "org_uuid": member["org_uuid"], "member_uuid": member_uuid, "effective_month": month,
            "category": category, "base_fen": int(base_fen) if cat.kind in (WAGE, RETIRED) else 0,
            "fixed_fen": int(fixed_fen) if cat.kind == FARMER else 0, "relief": relief,
            "relief_fen": int(relief_fen) if relief == "减交" else 0, "approval_ref": approval_ref.strip(),
            "approval_date": approval_date if relief else None, "voluntary_fen": int(voluntary_fen),
            "carried_paid_to": carried_paid_to or None, "note": note.strip()})


def profiles(store: Store, member_uuid: str) -> list[dict]:
    """A member's dues profiles, oldest first (the history the dialog shows)."""
    return store.query("SELECT * FROM dues_profile WHERE member_uuid = ? AND deleted = 0 "
                       "ORDER BY effective_month", (member_uuid,))


def _member(store: Store, uuid: str) -> dict:
    row = store.query_one("SELECT * FROM member WHERE uuid = ? AND deleted = 0", (uuid,))
    if row is None:
        raise UserError("该党员记录不存在或已被删除。")
    return row


# ----- one member's months -----------------------------------------------------------------------

class MonthDues(NamedTuple):
    """One member × month. status: paid | exempt | arrears | due (this month, not yet paid) |
    future (later month, not yet paid) | none (not owed here) | carried (paid at the previous
    branch, see carried_paid_to) | noprofile (owed but no dues profile yet) | elsewhere (a 流动党员
    paid it at the host organisation, Art. 9: settled, not owed here)."""

    month: str
    status: str
    due_fen: int
    paid_fen: int
    exempt_fen: int
    arrears_fen: int          # due − paid − exempt
    relief: str = ""


STATUS_LABELS = {"paid": "已交", "exempt": "免交", "arrears": "欠交", "due": "本月应交", "future": "未到期",
                 "none": "", "carried": "转入前已交", "noprofile": "未定标准",
                 "elsewhere": "在流入地交纳"}
STATUS_MARKS = {"paid": "√", "exempt": "免", "arrears": "欠", "due": "○", "future": "", "none": "－",
                "carried": "转", "noprofile": "?", "elsewhere": "外"}
STATUS_COLORS = {"paid": "#c8e6c9", "exempt": "#e1f5fe", "arrears": "#ffcdd2", "due": "#ffe0b2",
                 "future": "#ffffff", "none": "#eeeeee", "carried": "#f1f8e9", "noprofile": "#fff9c4",
                 "elsewhere": "#b2dfdb"}


class _Profile(NamedTuple):
    start: int
    calc_key: tuple
    relief: str
    relief_fen: int
    voluntary_fen: int
    row: sqlite3.Row          # the stored profile (approval_ref …)


@functools.lru_cache(maxsize=65536)
def _cached_calc(key: tuple, month: str, config: DuesConfig) -> DuesCalc:
    category, base, fixed = key
    return calc_monthly(category, base, month, fixed_fen=fixed, config=config)


@dataclass
class MemberDues:
    """Everything needed to say what one member owes, month by month (built by ``_load``)."""

    member: dict
    profiles: list[_Profile]
    owed: list[tuple[int, int | None]]      # [start, end] month indexes, end None = still owing
    carried_to: int | None                  # months ≤ this are settled at the previous branch
    paid: dict[int, int]                    # month index → paid fen
    config: DuesConfig
    elsewhere: frozenset[int] = frozenset()  # months paid at the host organisation (Art. 9)

    def owes(self, m: int) -> bool:
        return any(s <= m and (e is None or m <= e) for s, e in self.owed)

    def profile_at(self, m: int) -> _Profile | None:
        starts = [p.start for p in self.profiles]
        if self.config.fixed_for_year:   # §1.1: the year's amount fixed in January (setting)
            jan = m - m % 12
            first = self.first_owed()
            ref = max(jan, first) if first is not None else jan
            i = bisect_right(starts, ref) - 1
            if ref <= m and i >= 0:
                return self.profiles[i]
        i = bisect_right(starts, m) - 1
        return self.profiles[i] if i >= 0 else None

    def calc(self, p: _Profile, m: int) -> DuesCalc:
        return _cached_calc(p.calc_key, _ruleset_at(m).first_month, self.config)

    def amounts(self, m: int) -> tuple[int, int, str] | None:
        """(due, exempt, relief) of a month owed here, None when not owed (or carried)."""
        if not self.owes(m) or (self.carried_to is not None and m <= self.carried_to):
            return None
        p = self.profile_at(m)
        if p is None:
            return (-1, 0, "")
        due = self.calc(p, m).amount_fen
        if p.relief == "免交":      # Art. 7
            return due, due, p.relief
        if p.relief == "减交":
            return due, max(0, due - p.relief_fen), p.relief
        return due, 0, ""

    def month(self, m: int, as_of: int) -> MonthDues:
        paid = self.paid.get(m, 0)
        ms = month_str(m)
        if m in self.elsewhere:   # settled at the host organisation: not owed here (Art. 9)
            return MonthDues(ms, "elsewhere", 0, paid, 0, -paid)
        if not self.profiles:     # on the roll, but no dues standard set yet: shown, never arrears
            join = self.member["join_date"]
            if self.member["status"] == codes.ACTIVE and (not join or month_index(join[:7]) <= m):
                return MonthDues(ms, "noprofile", 0, paid, 0, 0)
            return MonthDues(ms, "none", 0, paid, 0, -paid)
        if self.carried_to is not None and m <= self.carried_to and self.owes(m):
            return MonthDues(ms, "carried", 0, paid, 0, -paid)
        a = self.amounts(m)
        if a is None:
            return MonthDues(ms, "none", 0, paid, 0, -paid)
        due, exempt, relief = a
        if due < 0:
            return MonthDues(ms, "noprofile", 0, paid, 0, 0)
        arrears = due - paid - exempt
        if arrears <= 0:
            status = "exempt" if exempt and not paid else "paid"
        else:
            status = "arrears" if m < as_of else "due" if m == as_of else "future"
        return MonthDues(ms, status, due, paid, exempt, arrears, relief)

    def first_owed(self) -> int | None:
        return min((s for s, _ in self.owed), default=None)

    def last_end(self) -> int | None:
        """The last month owed when the member has left (no open interval), else None."""
        if not self.owed or self.owed[-1][1] is None:
            return None
        return self.owed[-1][1]

    def paid_up_to(self, as_of: int) -> str | None:
        """党费交至年月: the last month up to which every owed month is settled (paid, exempt up
        to the as-of month, carried from the previous branch), looking as far as the last month
        paid for or the as-of month; never past the month a member left."""
        start = self.first_owed()
        if start is None:
            return month_str(self.carried_to) if self.carried_to is not None else None
        result = self.carried_to
        end = self.last_end()
        m = start
        limit = max(max(self.paid, default=start), max(self.elsewhere, default=start), as_of)
        while m <= limit and (end is None or m <= end):
            if self.owes(m):
                cell = self.month(m, as_of)
                if cell.status in ("arrears", "due", "future", "noprofile") or (cell.status == "exempt" and m > as_of):
                    break
            result = m if result is None else max(result, m)
            m += 1
        return month_str(result) if result is not None else None

    def current_profile(self, as_of: int) -> _Profile | None:
        end = self.last_end()
        return self.profile_at(as_of if end is None else min(as_of, end))

    def segments(self, lo: int, hi: int):
        """Runs (first, last, amounts) of owed months within lo..hi that share one
        ``amounts`` (due, exempt, relief): per run, not per month, for county-wide sums."""
        cuts = sorted({p.start for p in self.profiles} | _RULESET_STARTS)
        for s, e in self.owed:
            a, b = max(s, lo), min(hi if e is None else e, hi)
            if self.carried_to is not None:
                a = max(a, self.carried_to + 1)
            m = a
            while m <= b:
                i = bisect_right(cuts, m)
                nxt = min(b + 1, cuts[i] if i < len(cuts) else b + 1)
                if self.config.fixed_for_year:
                    nxt = min(nxt, m - m % 12 + 12)
                yield m, nxt - 1, self.amounts(m)
                m = nxt

    def outstanding(self, as_of: int, until: int | None = None) -> list[MonthDues]:
        """Owed months up to ``until`` (default: as_of) with something left to pay."""
        start = self.first_owed()
        if start is None:
            return []
        out = []
        paid = self.paid
        for a, b, (due, exempt, relief) in self.segments(start, as_of if until is None else until):
            owe = due - exempt
            if due < 0 or owe <= 0:
                continue
            for m in range(a, b + 1):
                left = owe - paid.get(m, 0)
                if left > 0 and m not in self.elsewhere:
                    status = "arrears" if m < as_of else "due" if m == as_of else "future"
                    out.append(MonthDues(month_str(m), status, due, paid.get(m, 0), exempt, left, relief))
        return out


def _owed_intervals(member: dict, events: list[dict], first_profile: int | None) -> list[tuple[int, int | None]]:
    """Months the member owes in this branch: from max(join month (Art. 8), first profile month);
    a leaving event (转出, 去世, 出党, 停止党籍) ends owing after its month; 转入/恢复党籍 restarts
    at its month."""
    if first_profile is None:
        return []
    start = first_profile
    if member["join_date"]:
        start = max(start, month_index(member["join_date"][:7]))
    intervals: list[tuple[int, int]] = []
    current, active = start, True
    for ev in events:
        m = month_index(ev["event_date"][:7])
        if active and ev["to_status"] != codes.ACTIVE:
            if m >= current:
                intervals.append((current, m))
            active = False
        elif not active and ev["to_status"] == codes.ACTIVE and ev["kind"] in ("转入", "恢复党籍"):
            current = max(m, start)
            if intervals and current <= intervals[-1][1] + 1:     # back within a month: no gap
                current = intervals.pop()[0]
            active = True
    out: list[tuple[int, int | None]] = list(intervals)
    if active:
        if member["status"] != codes.ACTIVE and member["status_date"]:
            end = month_index(member["status_date"][:7])
            if end >= current:
                out.append((current, end))
        else:
            out.append((current, None))
    return out


def _rows(store: Store, sql: str, params) -> list:
    """sqlite3.Row results (no dict per row: the county summary reads ~250,000 rows)."""
    try:
        return store.conn.execute(sql, params).fetchall()
    except sqlite3.DatabaseError:
        return [tuple(r.values()) for r in store.query(sql, params)]   # the store explains the error


def _load(store: Store, member_uuids: list[str] | None = None, *, org_uuids: list[str] | None = None,
          config: DuesConfig | None = None, paid: bool = True) -> list[MemberDues]:
    """Build MemberDues for members (by uuid) or for every member of some branches: one query
    for the members, then per chunk of 900 members one each for profiles, events and paid fen
    per month (``paid=False``: not needed, e.g. the summary sums payments in SQL)."""
    cfg = _config(config)
    if member_uuids is not None:
        where, params = f"uuid IN ({','.join('?' * len(member_uuids))})", list(member_uuids)
    else:
        where, params = f"org_uuid IN ({','.join('?' * len(org_uuids or []))})", list(org_uuids or [])
    members = _rows(store, f"SELECT uuid, org_uuid, name, name_pinyin, category, join_date, status, status_date "
                           f"FROM member WHERE {where} AND deleted = 0 ORDER BY name_pinyin, uuid", params)
    if not members:
        return []
    ids = [m[0] for m in members]
    by_member_profiles: dict[str, list] = defaultdict(list)
    by_member_events: dict[str, list] = defaultdict(list)
    by_member_paid: dict[str, dict[int, int]] = defaultdict(dict)
    by_member_elsewhere: dict[str, set[int]] = defaultdict(set)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for r in _rows(store, f"SELECT member_uuid, effective_month, category, base_fen, fixed_fen, relief, "
                              f"relief_fen, voluntary_fen, carried_paid_to, approval_ref, approval_date, uuid "
                              f"FROM dues_profile WHERE member_uuid IN ({marks}) AND deleted = 0 "
                              f"ORDER BY effective_month", chunk):
            by_member_profiles[r[0]].append(r)
        # the first event (入册) never changes what is owed: most members have no other
        for r in _rows(store, f"SELECT member_uuid, event_date, kind, to_status FROM member_event "
                              f"WHERE member_uuid IN ({marks}) AND deleted = 0 AND kind <> '入册' "
                              f"ORDER BY event_date, created_hlc", chunk):
            by_member_events[r[0]].append(r)
        for member, month in _rows(store, f"SELECT a.member_uuid, a.month FROM dues_payment p JOIN dues_allocation a "
                                          f"ON a.payment_uuid = p.uuid AND a.deleted = 0 WHERE p.member_uuid IN "
                                          f"({marks}) AND p.kind = 'elsewhere' AND p.deleted = 0 AND NOT EXISTS "
                                          f"(SELECT 1 FROM dues_payment r WHERE r.reverses_uuid = p.uuid "
                                          f"AND r.deleted = 0)", chunk):
            by_member_elsewhere[member].add(month_index(month))
        if not paid:
            continue
        for member, month, fen in _rows(store, f"SELECT member_uuid, month, sum(amount_fen) FROM dues_allocation "
                                               f"WHERE member_uuid IN ({marks}) AND deleted = 0 "
                                               f"GROUP BY member_uuid, month", chunk):
            by_member_paid[member][month_index(month)] = fen
    out = []
    for m in members:
        rows = by_member_profiles.get(m[0], ())
        profs = [_Profile(month_index(r[1]), (r[2], r[3], r[4]), r[5], r[6], r[7], r) for r in rows]
        carried = [month_index(r[8]) for r in rows if r[8]]
        first = profs[0].start if profs else None
        out.append(MemberDues(m, profs, _owed_intervals(m, by_member_events.get(m[0], ()), first),
                              max(carried) if carried else None, by_member_paid.get(m[0], {}), cfg,
                              frozenset(by_member_elsewhere.get(m[0], ()))))
    return out


def _chunks(items: list, size: int = 900):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def member_dues(store: Store, member_uuid: str, config: DuesConfig | None = None) -> MemberDues:
    found = _load(store, [member_uuid], config=config)
    if not found:
        raise UserError("该党员记录不存在或已被删除。")
    return found[0]


def _as_of(as_of: dt.date | str | None) -> int:
    day = as_of or dt.date.today()
    return month_index(str(day)[:7])


def paid_up_to(store: Store, member_uuid: str, as_of: dt.date | None = None,
               config: DuesConfig | None = None) -> str | None:
    """党费交至年月 of a member ('2026-03'), None when nothing is settled yet. Printed on transfer."""
    return member_dues(store, member_uuid, config).paid_up_to(_as_of(as_of))


def next_unpaid(store: Store, member_uuid: str, count: int = 1, as_of: dt.date | None = None,
                config: DuesConfig | None = None) -> list[str]:
    """The member's first ``count`` months still to pay, oldest first (back months, then this
    month and later): what the payment dialog proposes."""
    md = member_dues(store, member_uuid, config)
    a = _as_of(as_of)
    start, end = md.first_owed(), md.last_end()
    out: list[str] = []
    if start is None:
        return out
    m = start
    while len(out) < count and (end is None or m <= end) and m <= a + 120:
        cell = md.month(m, a)
        if cell.arrears_fen > 0:
            out.append(cell.month)
        m += 1
    return out


def without_profile(store: Store, org_uuid: str | None = None) -> list[dict]:
    """Members on the roll (在册) of the branches at or under ``org_uuid`` who have no dues
    standard yet (their months show as 未定标准 and are never counted as arrears)."""
    ids = [b["uuid"] for b in _branches(store, org_uuid)]
    if not ids:
        return []
    return store.query(f"SELECT m.uuid, m.name, m.org_uuid, m.join_date FROM member m WHERE m.deleted = 0 "
                       f"AND m.status = ? AND m.org_uuid IN ({','.join('?' * len(ids))}) AND NOT EXISTS "
                       f"(SELECT 1 FROM dues_profile p WHERE p.member_uuid = m.uuid AND p.deleted = 0) "
                       f"ORDER BY m.name_pinyin", [codes.ACTIVE, *ids])


def member_months(store: Store, member_uuid: str, first: str, last: str, as_of: dt.date | None = None,
                  config: DuesConfig | None = None) -> list[MonthDues]:
    md = member_dues(store, member_uuid, config)
    a = _as_of(as_of)
    return [md.month(m, a) for m in range(month_index(first), month_index(last) + 1)]


# ----- payments ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quote:
    """What paying some months costs (the payment dialog fills its amount from this)."""

    months: tuple[str, ...]
    per_month: tuple[tuple[str, int, str], ...]   # (month, fen still to pay, explanation)
    dues_fen: int
    voluntary_fen: int                             # the profile's monthly voluntary extra × months
    warnings: tuple[str, ...]

    @property
    def total_fen(self) -> int:
        return self.dues_fen + self.voluntary_fen


def quote(store: Store, member_uuid: str, months: list[str], paid_on: dt.date | str | None = None,
          config: DuesConfig | None = None) -> Quote:
    """The amount for paying ``months`` (each month's outstanding dues, with the rule explained),
    or a ValidationError saying which month cannot be paid and why."""
    cfg = _config(config)
    md = member_dues(store, member_uuid, cfg)
    day = _date(paid_on or dt.date.today(), "paid_on")
    booked = month_index(month_of(day))
    if not months:
        raise ValidationError({"months": "请选择所交的月份"})
    idxs = sorted({month_index(m) for m in months})
    if len(idxs) != len(months):
        raise ValidationError({"months": "所选月份有重复"})
    per_month, warnings, voluntary = [], [], 0
    for m in idxs:
        cell = md.month(m, booked)
        refusal = month_refusal(md, cell)
        if refusal:
            raise ValidationError({"months": refusal})
        p = md.profile_at(m)
        calc = md.calc(p, m)
        text = calc.explanation
        if cell.exempt_fen:
            text += f"；经批准{cell.relief}（{p.row['approval_ref']}），每月应交 {yuan(cell.due_fen - cell.exempt_fen)} 元"
        if cell.paid_fen:
            text += f"；已交 {yuan(cell.paid_fen)} 元"
        per_month.append((month_str(m), cell.arrears_fen, text))
        voluntary += p.voluntary_fen
    back = booked - idxs[0]
    if back > BACK_PAY_MONTHS:
        warnings.append(f"补交 {back} 个月前的党费：补交一般不超过6个月（中组发〔2008〕3号第十二条）")
    ahead = idxs[-1] - booked
    if cfg.advance_months and ahead > cfg.advance_months:
        text = f"预交到 {month_label(month_str(idxs[-1]))}，超过 {cfg.advance_months} 个月（预交期限各地规定不一）"
        if cfg.advance_block:
            raise ValidationError({"months": text + "，按本单位设置不允许"})
        warnings.append(text)
    return Quote(tuple(month_str(m) for m in idxs), tuple(per_month), sum(f for _, f, _ in per_month),
                 voluntary, tuple(warnings))


def month_refusal(md: MemberDues, cell: MonthDues) -> str | None:
    """Why a member's month cannot be paid for (not owed in this branch, no standard yet, exempt,
    settled), None when it can."""
    label, name = month_label(cell.month), md.member["name"]
    if cell.status in ("none", "carried"):
        return f"{label}不在{name}应在本支部交纳党费的期间（入党前、转入前或转出后）"
    if cell.status == "elsewhere":
        return f"{name}{label}的党费已在流入地党组织交纳（见交费记录），不能再交"
    if cell.status == "noprofile":
        return f"{name}{label}还没有党费标准，请先设定党费类别和收入"
    if cell.status == "exempt" and not cell.paid_fen:
        return f"{name}{label}经批准{cell.relief}，不需交纳"
    if cell.arrears_fen <= 0:
        return f"{name}{label}的党费已交清"
    return None


@dataclass(frozen=True)
class PaymentResult:
    uuid: str
    receipt_no: str
    amount_fen: int
    dues_fen: int
    extra_fen: int
    months: tuple[str, ...]
    warnings: tuple[str, ...]


def _locked(store: Store, org_uuid: str, month: str) -> dict | None:
    return store.query_one("SELECT * FROM dues_lock WHERE org_uuid = ? AND deleted = 0 AND month_from <= ? "
                           "AND month_to >= ? ORDER BY locked_on LIMIT 1", (org_uuid, month, month))


def lock_of(store: Store, org_uuid: str, month: str) -> dict | None:
    """The lock covering a branch's month (``reason`` 上缴 or 年度结账), None when open."""
    return _locked(store, org_uuid, month_str(month_index(month)))


def _check_open(store: Store, org_uuid: str, day: dt.date, field_name: str) -> None:
    lock = _locked(store, org_uuid, month_of(day))
    if lock:
        why = "已上缴" if lock["reason"] == "上缴" else "已年度结账"
        raise ValidationError({field_name: f"{month_label(month_of(day))}的党费{why}（{lock['locked_on']}），"
                                           f"该期间已锁定，不能再记账；更正请记在当前期间"})


def _next_receipt(store: Store, org_uuid: str, year: int) -> tuple[int, str]:
    # every row ever written, tombstones included: a number is never given twice
    seq = (store.scalar("SELECT max(receipt_seq) FROM dues_payment WHERE org_uuid = ? AND receipt_year = ?",
                        (org_uuid, year)) or 0) + 1
    return seq, f"{year}-{seq:04d}"


def record_payment(store: Store, member_uuid: str, months: list[str], paid_on: dt.date | str, *,
                   method: str = "现金", collector: str = "", amount_fen: int | None = None, extra_fen: int = 0,
                   payer: str = "", note: str = "", today: dt.date | None = None,
                   config: DuesConfig | None = None) -> PaymentResult:
    """Post a payment of ``months`` (one, several in advance, or 补交 of earlier ones) with its
    receipt number. The amount is the months' outstanding dues plus any voluntary extra
    (自愿多交, Art. 11): give ``amount_fen`` (must cover the dues; the rest is extra) or
    ``extra_fen``, or neither (exactly the dues). Returns the receipt number and warnings."""
    cfg = _config(config)
    problems: dict[str, str] = {}
    day = _date(paid_on, "paid_on")
    if day > (today or dt.date.today()):
        raise ValidationError({"paid_on": "交纳日期不能晚于今天"})
    if method not in METHODS:
        problems["method"] = f"交纳方式只能是：{'、'.join(METHODS)}"
    member = _member(store, member_uuid)
    _check_open(store, member["org_uuid"], day, "paid_on")
    q = quote(store, member_uuid, months, day, cfg)
    if amount_fen is not None:
        if extra_fen and amount_fen != q.dues_fen + extra_fen:
            problems["amount"] = f"金额 {yuan(amount_fen)} 元与党费 {yuan(q.dues_fen)} 元加自愿多交 {yuan(extra_fen)} 元不符"
        elif amount_fen < q.dues_fen:
            problems["amount"] = (f"金额 {yuan(amount_fen)} 元少于所交{len(q.months)}个月应交的 {yuan(q.dues_fen)} 元；"
                                  f"请少选几个月")
        extra_fen = amount_fen - q.dues_fen
    elif extra_fen < 0:
        problems["amount"] = "自愿多交金额不能为负数"
    if problems:
        raise ValidationError(problems)
    warnings = list(q.warnings)
    if extra_fen >= CENTRE_ONE_OFF_FEN:
        warnings.append(f"一次性自愿多交 {yuan(extra_fen)} 元（1000元以上），全部上缴中央（第十一条）")
    uuid, number = _post(store, member, day, [(m, fen) for m, fen, _ in q.per_month], extra_fen, method=method,
                         collector=collector, payer=payer, note=note)
    return PaymentResult(uuid, number, q.dues_fen + extra_fen, q.dues_fen, extra_fen, q.months, tuple(warnings))


def _post(store: Store, member: dict, day: dt.date, per_month: list[tuple[str, int]], extra_fen: int, *,
          method: str, collector: str, payer: str, note: str) -> tuple[str, str]:
    """Write one payment with the next receipt number and its allocations; (uuid, receipt number)."""
    total = sum(fen for _, fen in per_month) + extra_fen
    with store.transaction():
        seq, number = _next_receipt(store, member["org_uuid"], day.year)
        uuid = store.insert("dues_payment", {
            "org_uuid": member["org_uuid"], "member_uuid": member["uuid"], "kind": "payment",
            "receipt_year": day.year, "receipt_seq": seq, "receipt_no": number, "paid_on": day.isoformat(),
            "period": month_of(day), "amount_fen": total, "extra_fen": extra_fen, "method": method,
            "collector": collector.strip(), "payer": payer.strip(), "note": note.strip()})
        store.insert_many("dues_allocation", [
            {"org_uuid": member["org_uuid"], "payment_uuid": uuid, "member_uuid": member["uuid"], "month": m,
             "amount_fen": fen} for m, fen in per_month])
    return uuid, number


def record_collected(store: Store, member_uuid: str, amounts: dict[str, int], paid_on: dt.date | str, *,
                     method: str = "现金", collector: str = "", note: str = "", today: dt.date | None = None,
                     config: DuesConfig | None = None) -> PaymentResult:
    """Post money collected in the past and written down elsewhere (补录 from the clerk's own sheet,
    ``excel.dues_import``): exactly ``amounts`` (month → fen) for those months — what was
    collected, even where the standard says otherwise (the caller reports the difference). Refused
    like ``record_payment``: a date after today, a locked period, a month not owed here, without a
    standard or exempt; and a month that already holds any payment (never a second payment for a
    month: corrections are reversals). Gets the next receipt number of its year like every payment."""
    cfg = _config(config)
    day = _date(paid_on, "paid_on")
    if day > (today or dt.date.today()):
        raise ValidationError({"paid_on": "交纳日期不能晚于今天"})
    if method not in METHODS:
        raise ValidationError({"method": f"交纳方式只能是：{'、'.join(METHODS)}"})
    if not amounts:
        raise ValidationError({"months": "请选择所交的月份"})
    member = _member(store, member_uuid)
    _check_open(store, member["org_uuid"], day, "paid_on")
    md = member_dues(store, member_uuid, cfg)
    booked = month_index(month_of(day))
    per_month = []
    for idx, fen in sorted({month_index(k): fen for k, fen in amounts.items()}.items()):
        cell = md.month(idx, booked)
        if fen <= 0:
            raise ValidationError({"amount": f"{month_label(cell.month)}的金额应大于0"})
        if cell.paid_fen:
            raise ValidationError({"months": f"{member['name']}{month_label(cell.month)}已有交费记录 "
                                             f"{yuan(cell.paid_fen)} 元；更正请先冲销原收据"})
        refusal = month_refusal(md, cell)
        if refusal:
            raise ValidationError({"months": refusal})
        per_month.append((cell.month, int(fen)))
    if len(per_month) != len(amounts):
        raise ValidationError({"months": "所交月份有重复"})
    uuid, number = _post(store, member, day, per_month, 0, method=method, collector=collector, payer="", note=note)
    total = sum(fen for _, fen in per_month)
    return PaymentResult(uuid, number, total, total, 0, tuple(m for m, _ in per_month), ())


def entry_label(entry: dict) -> str:
    """How an entry is named in messages: '收据 2026-0003', or for months paid at the host
    organisation '在深圳市…党支部交纳的记录（凭证 …）'."""
    if entry["kind"] == "elsewhere":
        return f"在{entry['collector']}交纳的记录（凭证 {entry['note']}）"
    return f"收据 {entry['receipt_no']}"


@dataclass(frozen=True)
class ElsewhereResult:
    uuid: str
    months: tuple[str, ...]
    host: str
    warnings: tuple[str, ...]


def flowing_periods(store: Store, member: dict) -> list[tuple[int | None, int | None]]:
    """When the member was a 流动党员, as month-index intervals (None = open): now, from the
    roster's 外出时间 (``flowing_since``), and earlier spells from this installation's audit log of
    roster edits (``is_flowing`` turned off: from the old 外出时间 to the month of that edit).
    The audit log does not travel in packages, so a spell recorded on another machine is missing."""
    def idx(day):
        return month_index(str(day)[:7]) if day else None

    out: list[tuple[int | None, int | None]] = []
    if member["is_flowing"]:
        out.append((idx(member["flowing_since"]), None))
    for r in store.audit_trail(member["uuid"]):
        if r["table_name"] != "member" or r["action"] != "update":
            continue
        changes = r["changes"] or {}
        was, now = changes.get("is_flowing", [0, 0])
        if was and not now:
            out.append((idx(changes.get("flowing_since", [None])[0]), idx(r["at"])))
    return out


def record_elsewhere(store: Store, member_uuid: str, months: list[str], host: str, proof: str,
                     paid_on: dt.date | str, *, note: str = "", today: dt.date | None = None,
                     config: DuesConfig | None = None) -> ElsewhereResult:
    """Record that a 流动党员 paid ``months`` at the organisation where temporarily based (``host``,
    流入地党组织; Art. 9, RULES.md §1.4) on ``paid_on``, shown by ``proof`` (the host's receipt or
    letter). Nothing is collected here: the entry has no amount and no receipt number, so
    balances, remittances and the receipt sequence are untouched; the months count as settled.

    Refused (nothing written): a member never recorded as 流动党员 — Art. 9 lets only a member
    with a 流动党员活动证 pay away from the branch holding the membership, anyone else owes
    here, and booking it would hide real arrears and the six-month flag; a month not owed here,
    without a standard, exempt, already paid here (reverse that receipt first) or already
    recorded elsewhere; a date after today or in a locked period. A month outside the roster's
    flowing period only warns (外出时间 is often approximate; the proof is the evidence)."""
    cfg = _config(config)
    problems: dict[str, str] = {}
    day = _date(paid_on, "paid_on")
    if day > (today or dt.date.today()):
        problems["paid_on"] = "交纳日期不能晚于今天"
    member = _member(store, member_uuid)
    host = (host or "").strip() or (member["flowing_to"] or "").strip()
    if not host:
        problems["host"] = "请填写流入地党组织（党员在外交纳党费的党组织名称）"
    if not proof.strip():
        problems["proof"] = "请填写凭证（流入地党组织开具的党费收据号或证明）"
    if not months:
        problems["months"] = "请选择在流入地交纳的月份"
    if problems:
        raise ValidationError(problems)
    periods = flowing_periods(store, member)
    if not periods:
        raise ValidationError({"member": f"{member['name']}在花名册中不是流动党员：只有持《流动党员活动证》的"
                                         f"党员可以在流入地交纳党费（中组发〔2008〕3号第九条），其他党员应向"
                                         f"本支部交纳。如该党员已外出，请先在花名册中登记流动党员和流向地"})
    _check_open(store, member["org_uuid"], day, "paid_on")
    idxs = sorted({month_index(m) for m in months})
    if len(idxs) != len(months):
        raise ValidationError({"months": "所选月份有重复"})
    md = member_dues(store, member_uuid, cfg)
    booked = month_index(month_of(day))
    for m in idxs:
        cell = md.month(m, booked)
        if cell.paid_fen > 0:
            raise ValidationError({"months": f"{member['name']}{month_label(cell.month)}已在本支部交纳 "
                                             f"{yuan(cell.paid_fen)} 元，不能再记为在流入地交纳；如系重复交纳，"
                                             f"请先冲销本支部的收据"})
        refusal = month_refusal(md, cell)
        if refusal:
            raise ValidationError({"months": refusal})
    outside = [month_str(m) for m in idxs
               if not any((a is None or a <= m) and (b is None or m <= b) for a, b in periods)]
    warnings = []
    if outside:
        warnings.append(f"{months_text(outside)}不在花名册登记的外出流动期间内，请核对凭证所列月份")
    with store.transaction():
        uuid = store.insert("dues_payment", {
            "org_uuid": member["org_uuid"], "member_uuid": member_uuid, "kind": "elsewhere",
            "receipt_year": None, "receipt_seq": None, "receipt_no": "", "paid_on": day.isoformat(),
            "period": month_of(day), "amount_fen": 0, "extra_fen": 0, "method": "", "collector": host,
            "payer": "", "note": proof.strip() + (f"；{note.strip()}" if note.strip() else "")})
        store.insert_many("dues_allocation", [
            {"org_uuid": member["org_uuid"], "payment_uuid": uuid, "member_uuid": member_uuid,
             "month": month_str(m), "amount_fen": 0} for m in idxs])
    return ElsewhereResult(uuid, tuple(month_str(m) for m in idxs), host, tuple(warnings))


def reverse_payment(store: Store, payment_uuid: str, reason: str, on: dt.date | str | None = None) -> str:
    """Cancel a posted payment (or months recorded as paid elsewhere, ``record_elsewhere``) by a
    reversing entry (红字冲销) booked on ``on`` (default today) with a reason; the original stays,
    its receipt marked 已冲销. If the payment's own period is locked the reversal goes into the
    current period and names the corrected period."""
    day = _date(on or dt.date.today(), "on")
    pay = store.query_one("SELECT * FROM dues_payment WHERE uuid = ? AND deleted = 0", (payment_uuid,))
    if pay is None or pay["kind"] not in ("payment", "elsewhere"):
        raise UserError("要冲销的交费记录不存在。")
    if store.scalar("SELECT 1 FROM dues_payment WHERE reverses_uuid = ?", (payment_uuid,)):
        raise UserError(f"{entry_label(pay)}已经冲销过了。")
    if not reason.strip():
        raise ValidationError({"reason": "请填写冲销原因"})
    if day.isoformat() < pay["paid_on"]:
        raise ValidationError({"on": f"冲销日期不能早于原交费日期 {pay['paid_on']}"})
    _check_open(store, pay["org_uuid"], day, "on")
    allocs = store.query("SELECT month, amount_fen FROM dues_allocation WHERE payment_uuid = ? AND deleted = 0",
                         (payment_uuid,))
    with store.transaction():
        uuid = store.insert("dues_payment", {
            "org_uuid": pay["org_uuid"], "member_uuid": pay["member_uuid"], "kind": "reversal",
            "receipt_year": None, "receipt_seq": None, "receipt_no": "", "paid_on": day.isoformat(),
            "period": month_of(day), "amount_fen": -pay["amount_fen"], "extra_fen": -pay["extra_fen"],
            "method": pay["method"], "collector": pay["collector"], "payer": "", "reverses_uuid": payment_uuid,
            "corrects_period": pay["period"], "reason": reason.strip(),
            "note": f"冲销{entry_label(pay)}"})
        store.insert_many("dues_allocation", [
            {"org_uuid": pay["org_uuid"], "payment_uuid": uuid, "member_uuid": pay["member_uuid"],
             "month": a["month"], "amount_fen": -a["amount_fen"]} for a in allocs])
    return uuid


def void_receipt(store: Store, branch_uuid: str, on: dt.date | str, reason: str,
                 today: dt.date | None = None) -> str:
    """Use up the next receipt number for a spoiled form (写错、撕毁): the one kind of gap in the
    sequence, explained by its reason. Like a payment it is an entry of its day: not after today,
    not in a locked period. Returns the number voided."""
    day = _date(on, "on")
    if day > (today or dt.date.today()):
        raise ValidationError({"on": "作废日期不能晚于今天"})
    if not reason.strip():
        raise ValidationError({"reason": "请填写作废原因"})
    _check_open(store, branch_uuid, day, "on")
    with store.transaction():
        seq, number = _next_receipt(store, branch_uuid, day.year)
        store.insert("dues_payment", {
            "org_uuid": branch_uuid, "member_uuid": None, "kind": "void", "receipt_year": day.year,
            "receipt_seq": seq, "receipt_no": number, "paid_on": day.isoformat(), "period": month_of(day),
            "amount_fen": 0, "extra_fen": 0, "method": "", "reason": reason.strip()})
    return number


def receipt_gaps(store: Store, branch_uuid: str, year: int) -> list[int]:
    """Receipt numbers of a branch's year missing from the sequence (should always be empty)."""
    seqs = [r["receipt_seq"] for r in store.query(
        "SELECT receipt_seq FROM dues_payment WHERE org_uuid = ? AND receipt_year = ? AND receipt_seq IS NOT NULL",
        (branch_uuid, year))]
    return sorted(set(range(1, max(seqs, default=0) + 1)) - set(seqs))


def payments(store: Store, *, branch_uuid: str | None = None, member_uuid: str | None = None,
             year: int | None = None, receipt_no: str | None = None) -> list[dict]:
    """Posted entries (payments, reversals, voided numbers), oldest first, each with ``months``
    (the months paid for, as text), ``member_name`` and ``reversed`` (1 if a reversal cancels it)."""
    where, params = ["p.deleted = 0"], []
    if branch_uuid:
        where.append("p.org_uuid = ?")
        params.append(branch_uuid)
    if member_uuid:
        where.append("p.member_uuid = ?")
        params.append(member_uuid)
    if year:
        where.append("p.paid_on BETWEEN ? AND ?")
        params += [f"{year}-01-01", f"{year}-12-31"]
    if receipt_no:
        where.append("p.receipt_no = ?")
        params.append(receipt_no)
    rows = store.query(f"""
        SELECT p.*, coalesce(m.name, '') AS member_name,
               (SELECT group_concat(a.month, ',') FROM
                   (SELECT month FROM dues_allocation WHERE payment_uuid = p.uuid AND deleted = 0 ORDER BY month) a)
                   AS months,
               EXISTS (SELECT 1 FROM dues_payment r WHERE r.reverses_uuid = p.uuid AND r.deleted = 0) AS reversed
        FROM dues_payment p LEFT JOIN member m ON m.uuid = p.member_uuid
        WHERE {' AND '.join(where)} ORDER BY p.paid_on, p.created_hlc""", params)
    for r in rows:
        r["months"] = r["months"].split(",") if r["months"] else []
    return rows


def months_text(months: list[str]) -> str:
    """['2025-11', '2025-12', '2026-01'] → '2025年11月至2026年1月'; single months listed."""
    if not months:
        return ""
    idx = sorted(month_index(m) for m in months)
    runs, start, prev = [], idx[0], idx[0]
    for i in idx[1:] + [None]:
        if i is not None and i == prev + 1:
            prev = i
            continue
        runs.append(month_label(month_str(start)) + ("" if start == prev else f"至{month_label(month_str(prev))}"))
        if i is not None:
            start = prev = i
    return "、".join(runs)


# ----- remittance, locks, balance ---------------------------------------------------------------

@dataclass(frozen=True)
class Balance:
    collected_fen: int       # booked payments − reversals (dues + voluntary)
    remitted_fen: int
    centre_fen: int          # one-off voluntary ≥ 1000 yuan: wholly to the Centre (Art. 11)

    @property
    def balance_fen(self) -> int:
        """Collected and not yet remitted (what the branch holds)."""
        return self.collected_fen - self.remitted_fen


def balance(store: Store, branch_uuids: list[str], first: str | None = None, last: str | None = None) -> Balance:
    """Collected vs remitted for branches, over booking periods first..last (default: all)."""
    marks = ",".join("?" * len(branch_uuids))
    lo, hi = first or "0000-00", last or "9999-99"
    collected = store.scalar(f"SELECT coalesce(sum(amount_fen), 0) FROM dues_payment WHERE org_uuid IN ({marks}) "
                             f"AND deleted = 0 AND period BETWEEN ? AND ?", [*branch_uuids, lo, hi])
    centre = store.scalar(f"SELECT coalesce(sum(extra_fen), 0) FROM dues_payment p WHERE org_uuid IN ({marks}) "
                          f"AND deleted = 0 AND period BETWEEN ? AND ? AND abs(extra_fen) >= ?",
                          [*branch_uuids, lo, hi, CENTRE_ONE_OFF_FEN])
    remitted = store.scalar(f"SELECT coalesce(sum(amount_fen), 0) FROM dues_remittance WHERE org_uuid IN ({marks}) "
                            f"AND deleted = 0 AND period_to >= ? AND period_from <= ?", [*branch_uuids, lo, hi])
    return Balance(collected, remitted, centre)


def expected_remittance(store: Store, branch_uuid: str, period_from: str, period_to: str,
                        config: DuesConfig | None = None) -> int:
    """What a remittance of these periods should be: collected minus the branch's share (setting
    dues_branch_retain_percent, default 0 — whether a village branch may keep any is UNCONFIRMED,
    RULES.md §1.5) minus what was already remitted for them."""
    cfg = _config(config)
    b = balance(store, [branch_uuid], period_from, period_to)
    share = round_fen(b.collected_fen * (100 - cfg.branch_retain_percent), 100, cfg.rounding) \
        if b.collected_fen > 0 else b.collected_fen
    return share - b.remitted_fen


def record_remittance(store: Store, branch_uuid: str, period_from: str, period_to: str, amount_fen: int,
                      remitted_on: dt.date | str, voucher: str, *, received_by: str = "", note: str = "",
                      today: dt.date | None = None, config: DuesConfig | None = None) -> tuple[str, list[str]]:
    """Record a 上缴 batch and lock its periods. Returns (uuid, warnings); warns when the amount
    differs from what was collected for the periods."""
    problems: dict[str, str] = {}
    day = _date(remitted_on, "remitted_on")
    if day > (today or dt.date.today()):
        problems["remitted_on"] = "上缴日期不能晚于今天"
    first, last = month_str(month_index(period_from)), month_str(month_index(period_to))
    if first > last:
        problems["period"] = "上缴期间的起始月不能晚于结束月"
    elif last > month_of(day):
        problems["period"] = f"上缴期间不能晚于上缴日期所在的月份（{month_label(month_of(day))}）"
    if amount_fen <= 0:
        problems["amount"] = "上缴金额应大于0"
    if not voucher.strip():
        problems["voucher"] = "请填写上缴凭证号（回执、转账凭证）"
    if problems:
        raise ValidationError(problems)
    warnings = []
    expected = expected_remittance(store, branch_uuid, first, last, config)
    if expected != amount_fen:
        warnings.append(f"{months_text(months_between(first, last))}收缴未上缴 {yuan(expected)} 元，"
                        f"本次上缴 {yuan(amount_fen)} 元，相差 {yuan(amount_fen - expected)} 元")
    with store.transaction():
        uuid = store.insert("dues_remittance", {
            "org_uuid": branch_uuid, "period_from": first, "period_to": last, "amount_fen": amount_fen,
            "remitted_on": day.isoformat(), "voucher": voucher.strip(), "received_by": received_by.strip(),
            "reverses_uuid": None, "note": note.strip()})
        store.insert("dues_lock", {"org_uuid": branch_uuid, "month_from": first, "month_to": last,
                                   "reason": "上缴", "locked_on": day.isoformat(), "remittance_uuid": uuid})
    return uuid, warnings


def reverse_remittance(store: Store, remittance_uuid: str, reason: str, on: dt.date | str | None = None) -> str:
    """Cancel a remittance recorded by mistake with a negative entry and a reason. The periods
    stay locked (money may have left the branch; a corrected batch is recorded anew)."""
    day = _date(on or dt.date.today(), "on")
    rem = store.query_one("SELECT * FROM dues_remittance WHERE uuid = ? AND deleted = 0", (remittance_uuid,))
    if rem is None or rem["reverses_uuid"]:
        raise UserError("要冲销的上缴记录不存在。")
    if store.scalar("SELECT 1 FROM dues_remittance WHERE reverses_uuid = ?", (remittance_uuid,)):
        raise UserError(f"上缴凭证 {rem['voucher']} 已经冲销过了。")
    if not reason.strip():
        raise ValidationError({"reason": "请填写冲销原因"})
    with store.transaction():
        return store.insert("dues_remittance", {
            "org_uuid": rem["org_uuid"], "period_from": rem["period_from"], "period_to": rem["period_to"],
            "amount_fen": -rem["amount_fen"], "remitted_on": day.isoformat(), "voucher": rem["voucher"],
            "received_by": rem["received_by"], "reverses_uuid": remittance_uuid, "reason": reason.strip(),
            "note": f"冲销上缴凭证 {rem['voucher']}"})


def year_closed(store: Store, branch_uuid: str, year: int) -> dict | None:
    """The branch's 年度结账 lock of ``year`` (``locked_on``), None when the year is not closed."""
    return store.query_one("SELECT month_from, month_to, reason, locked_on FROM dues_lock WHERE org_uuid = ? "
                           "AND deleted = 0 AND reason = '年度结账' AND month_from <= ? AND month_to >= ? "
                           "ORDER BY locked_on LIMIT 1", (branch_uuid, f"{year}-01", f"{year}-12"))


def year_not_over(year: int, day: dt.date) -> str | None:
    """Why ``year`` cannot be closed on ``day`` (its December has not come), else None."""
    if day.year < year or (day.year == year and day.month < 12):
        return f"{year}年还没有结束，不能结账"
    return None


def close_year(store: Store, branch_uuid: str, year: int, on: dt.date | str | None = None) -> str:
    """年度结账: lock every month of the year (further corrections go into an open period). A
    year is closed once."""
    day = _date(on or dt.date.today(), "on")
    refusal = year_not_over(year, day)
    if refusal:
        raise ValidationError({"year": refusal})
    closed = year_closed(store, branch_uuid, year)
    if closed is not None:
        raise ValidationError({"year": f"{year}年已于{closed['locked_on']}结账，不能重复结账"})
    with store.transaction():
        return store.insert("dues_lock", {"org_uuid": branch_uuid, "month_from": f"{year}-01",
                                          "month_to": f"{year}-12", "reason": "年度结账",
                                          "locked_on": day.isoformat(), "remittance_uuid": None})


def remittances(store: Store, branch_uuids: list[str], year: int | None = None) -> list[dict]:
    marks = ",".join("?" * len(branch_uuids))
    extra, params = "", list(branch_uuids)
    if year:
        extra = " AND r.period_from <= ? AND r.period_to >= ?"
        params += [f"{year}-12", f"{year}-01"]
    return store.query(f"SELECT r.*, o.name AS org_name FROM dues_remittance r JOIN org_unit o ON o.uuid = r.org_uuid "
                       f"WHERE r.org_uuid IN ({marks}) AND r.deleted = 0{extra} ORDER BY r.remitted_on, r.created_hlc",
                       params)


# ----- branch views: month grid, arrears, lapse flags -------------------------------------------

@dataclass
class GridRow:
    member_uuid: str
    name: str
    status: str               # roster status (在册, 转出 …)
    category: str             # dues category now ('' = no profile)
    relief: str
    monthly_fen: int          # the amount the rules give now (before relief)
    paid_up_to: str | None
    cells: list[MonthDues]
    due_fen: int = 0
    paid_fen: int = 0
    exempt_fen: int = 0
    arrears_fen: int = 0


@dataclass
class Grid:
    branch_uuid: str
    year: int
    months: list[str]
    rows: list[GridRow]
    month_paid: list[int]      # per month: paid for that month
    month_due: list[int]

    @property
    def totals(self) -> dict[str, int]:
        return {k: sum(getattr(r, f"{k}_fen") for r in self.rows) for k in ("due", "paid", "exempt", "arrears")}

    @property
    def has_elsewhere(self) -> bool:
        """Whether a month of the year was paid at a host organisation (registers print ELSEWHERE_NOTE)."""
        return any(c.status == "elsewhere" for r in self.rows for c in r.cells)


ELSEWHERE_NOTE = "“流入地”为流动党员在流入地党组织交纳党费的月份（中组发〔2008〕3号第九条），本支部未收款，不计入已交和收缴。"


def month_grid(store: Store, branch_uuid: str, year: int, as_of: dt.date | None = None,
               config: DuesConfig | None = None) -> Grid:
    """Member × month of a branch's year: each cell paid/exempt/arrears/due/…, with per-member
    and per-month totals. Members who owed nothing that year (left before it) are left out."""
    cfg = _config(config)
    a = _as_of(as_of)
    months = [f"{year}-{m:02d}" for m in range(1, 13)]
    first = year * 12
    rows = []
    for md in _load(store, org_uuids=[branch_uuid], config=cfg):
        cells = [md.month(first + i, a) for i in range(12)]
        if all(c.status == "none" and not c.paid_fen for c in cells):
            continue
        now = md.current_profile(a)
        row = GridRow(md.member["uuid"], md.member["name"], md.member["status"],
                      now.calc_key[0] if now else "", now.relief if now else "",
                      md.calc(now, a).amount_fen if now else 0, md.paid_up_to(a), cells)
        for c in cells:
            if c.status in ("none", "carried", "noprofile", "elsewhere"):
                row.paid_fen += c.paid_fen
                continue
            row.due_fen += c.due_fen
            row.paid_fen += c.paid_fen
            row.exempt_fen += c.exempt_fen
            if c.status == "arrears" or (c.month < month_str(a) and c.arrears_fen < 0):
                row.arrears_fen += c.arrears_fen
        rows.append(row)
    return Grid(branch_uuid, year, months, rows,
                [sum(r.cells[i].paid_fen for r in rows) for i in range(12)],
                [sum(r.cells[i].due_fen for r in rows) for i in range(12)])


@dataclass
class ArrearsRow:
    member_uuid: str
    name: str
    branch_uuid: str
    branch_name: str
    months: list[str]               # unpaid months before the as-of month
    arrears_fen: int
    paid_up_to: str | None
    lapse_months: list[str]         # the longest run of ≥ 6 consecutive unpaid months, else []

    @property
    def flagged(self) -> bool:
        return bool(self.lapse_months)

    @property
    def text(self) -> str:
        out = f"{self.name}：欠交{months_text(self.months)}党费共 {yuan(self.arrears_fen)} 元"
        if self.lapse_months:
            out += (f"；连续{len(self.lapse_months)}个月（{months_text(self.lapse_months)}）未交纳党费，"
                    f"按党章第九条应予关注（无正当理由连续6个月不交纳党费视为自行脱党，须支部大会讨论）")
        return out


def _branches(store: Store, org_uuid: str | None) -> list[dict]:
    from djdesk.core.meetings import branches_under

    return branches_under(store, org_uuid)


def arrears(store: Store, org_uuid: str | None = None, as_of: dt.date | None = None,
            config: DuesConfig | None = None) -> list[ArrearsRow]:
    """Members of the branches at or under ``org_uuid`` who owe for months before the as-of month,
    with the months, the amount, 党费交至 and the six-month flag (Constitution Art. 9, §1.6: six
    consecutive unpaid months; exempt months are not unpaid). Flagged members first."""
    cfg = _config(config)
    a = _as_of(as_of)
    out = []
    branches = _branches(store, org_uuid)
    names = {b["uuid"]: b["name"] for b in branches}
    for md in _load(store, org_uuids=list(names), config=cfg):
        owing = md.outstanding(a, a - 1)
        if not owing:
            continue
        idx = [month_index(c.month) for c in owing]
        best: list[int] = []
        run = [idx[0]]
        for i in idx[1:] + [None]:
            if i is not None and i == run[-1] + 1:
                run.append(i)
                continue
            if len(run) > len(best):
                best = run
            if i is not None:
                run = [i]
        lapse = [month_str(i) for i in best] if len(best) >= LAPSE_MONTHS else []
        out.append(ArrearsRow(md.member["uuid"], md.member["name"], md.member["org_uuid"],
                              names[md.member["org_uuid"]], [c.month for c in owing],
                              sum(c.arrears_fen for c in owing), md.paid_up_to(a), lapse))
    out.sort(key=lambda r: (not r.flagged, -len(r.months), r.branch_name, r.name))
    return out


# ----- township summary ------------------------------------------------------------------------

@dataclass
class SummaryRow:
    org_uuid: str               # the village/community (or the branch's own unit outside villages)
    name: str
    branches: int
    members: int                # members who owed dues in the period
    due_fen: int                # dues of the period's months
    exempt_fen: int
    paid_for_fen: int           # paid for the period's months (whenever paid)
    collected_fen: int          # booked in the period (incl. back/advance payments, voluntary)
    remitted_fen: int           # remittances covering the period's months

    @property
    def arrears_fen(self) -> int:
        return self.due_fen - self.paid_for_fen - self.exempt_fen


def period_months(year: int, quarter: int | None = None, month: int | None = None) -> tuple[str, str]:
    """The first and last month of a year, a quarter or a month."""
    if month:
        return f"{year}-{month:02d}", f"{year}-{month:02d}"
    if quarter:
        return f"{year}-{quarter * 3 - 2:02d}", f"{year}-{quarter * 3:02d}"
    return f"{year}-01", f"{year}-12"


def period_label(first: str, last: str) -> str:
    a, b = month_index(first), month_index(last)
    if a == b:
        return month_label(first)
    if a % 12 == 0 and b == a + 11:
        return f"{a // 12}年"
    if a % 3 == 0 and b == a + 2:
        return f"{a // 12}年第{'一二三四'[a % 12 // 3]}季度"
    return f"{month_label(first)}至{month_label(last)}"


def township_summary(store: Store, org_uuid: str | None, first: str, last: str,
                     config: DuesConfig | None = None, as_of: dt.date | None = None) -> list[SummaryRow]:
    """Per village (村/社区; other branches under their own parent unit) under ``org_uuid``:
    due, exempt, paid for, collected and remitted for the months first..last. Due is summed per
    member over runs of months with one amount, not month by month (county scale). Months after
    ``as_of`` (today) are not due yet: a year still running is summed up to this month, so its
    arrears are real ones; advance payments for later months still count as paid for."""
    cfg = _config(config)
    first, last = month_str(month_index(first)), month_str(month_index(last))
    lo, hi = month_index(first), min(month_index(last), month_index(month_of(as_of or dt.date.today())))
    branches = _branches(store, org_uuid)
    if not branches:
        return []
    units = store.query("SELECT uuid, parent_uuid, kind, name, sort_order FROM org_unit WHERE deleted = 0")
    by_uuid = {u["uuid"]: u for u in units}

    def unit_of(branch_uuid: str) -> dict:
        node = by_uuid[branch_uuid]
        while node and node["kind"] not in ("village", "community"):
            parent = by_uuid.get(node["parent_uuid"] or "")
            if parent is None or parent["kind"] in ("township", "county"):
                return node
            node = parent
        return node

    rows: dict[str, SummaryRow] = {}
    branch_unit = {}
    for b in branches:
        u = unit_of(b["uuid"])
        branch_unit[b["uuid"]] = u["uuid"]
        row = rows.setdefault(u["uuid"], SummaryRow(u["uuid"], u["name"], 0, 0, 0, 0, 0, 0, 0))
        row.branches += 1
    ids = list(branch_unit)
    for md in _load(store, org_uuids=ids, config=cfg, paid=False):
        row = rows[branch_unit[md.member["org_uuid"]]]
        due = exempt = 0
        owed_any = False
        for a, b, (month_due, month_exempt, _) in md.segments(lo, hi):
            owed_any = True
            if month_due >= 0:
                due += month_due * (b - a + 1)
                exempt += month_exempt * (b - a + 1)
        for m in md.elsewhere:          # settled at the host organisation (Art. 9): not due here
            cell = md.amounts(m) if lo <= m <= hi else None
            if cell is not None and cell[0] >= 0:
                due -= cell[0]
                exempt -= cell[1]
        if owed_any:
            row.members += 1
        row.due_fen += due
        row.exempt_fen += exempt
    marks = ",".join("?" * len(ids))
    for r in store.query(f"SELECT org_uuid, sum(amount_fen) AS fen FROM dues_allocation WHERE org_uuid IN ({marks}) "
                         f"AND deleted = 0 AND month BETWEEN ? AND ? GROUP BY org_uuid", [*ids, first, last]):
        rows[branch_unit[r["org_uuid"]]].paid_for_fen += r["fen"]
    for r in store.query(f"SELECT org_uuid, sum(amount_fen) AS fen FROM dues_payment WHERE org_uuid IN ({marks}) "
                         f"AND deleted = 0 AND period BETWEEN ? AND ? GROUP BY org_uuid", [*ids, first, last]):
        rows[branch_unit[r["org_uuid"]]].collected_fen += r["fen"]
    for r in store.query(f"SELECT org_uuid, sum(amount_fen) AS fen FROM dues_remittance WHERE org_uuid IN ({marks}) "
                         f"AND deleted = 0 AND period_from >= ? AND period_to <= ? GROUP BY org_uuid",
                         [*ids, first, last]):
        rows[branch_unit[r["org_uuid"]]].remitted_fen += r["fen"]
    order = {b["uuid"]: i for i, b in enumerate(branches)}
    first_branch = {}
    for b, u in branch_unit.items():
        first_branch[u] = min(first_branch.get(u, 10**9), order[b])
    return sorted(rows.values(), key=lambda r: first_branch[r.org_uuid])
