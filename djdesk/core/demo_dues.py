"""Demo step: three years of 党费 (issue #4), from 1 January two years before "today".

Every member gets a dues profile from their occupation (离退休 → pension base, 农牧渔民 → a fixed
0.20–1.00 yuan, 机关/企事业 → wage base, 学生, hardship → 低保; a member who transferred in carries
党费交至 from the letter) and pays in one of these patterns:

- ``monthly`` (most): each month, in that month;
- ``quarterly``: the whole quarter at the start of it (Art. 12, "in special cases quarterly");
- ``late``: every two to four months, back-paying (补交) what has piled up;
- ``stopped``: pays monthly, then stops some months before today — some have reached the
  six-month flag, some are on their way;

one hardship member is exempt (免交, with the township's approval), one old member gives a
one-off 1,000 yuan (Art. 11: it goes to the Centre), one payment was posted to the wrong months
and reversed this month, and every branch remits each ended quarter to the township early in
the next month (which locks it). Receipts are numbered per branch and year in date order.

County scale: dues for the first township only and from 1 January of this year (three years of
~20,000 members would be ~700,000 rows and the audit log as many again; even the first
township's two years were ~36,000 rows and 3–8 s on this shared machine, a third of the county
demo's time budget); the benchmark builds a county year itself (benchmarks/bench_dues.py).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable

from djdesk.core import dues
from djdesk.core.demo import DemoContext, Person, Weighted, _rint, _uuid
from djdesk.core.demo_meetings import _townships

PATTERNS = Weighted((("monthly", 70), ("quarterly", 14), ("late", 10), ("stopped", 6)))
METHODS = Weighted((("现金", 80), ("转账", 18), ("其他", 2)))
FARMER_FEN = Weighted(((20, 15), (50, 35), (100, 50)))
CHUNK = 5000


def _profile(rng: random.Random, p: Person) -> dict:
    row = p.row
    occ = row["occupation"]
    if row["hardship"]:
        return {"category": "低保"}
    if occ == "离退休人员":
        return {"category": "离退休", "base_fen": _rint(rng, 1800, 6500) * 100}
    if occ == "学生":
        return {"category": "学生"}
    if occ == "农牧渔民":
        return {"category": "农民", "fixed_fen": FARMER_FEN.pick(rng)}
    if occ in ("党政机关工作人员", "企事业单位、社会组织专业技术人员", "企事业单位、社会组织管理人员"):
        return {"category": "在职", "base_fen": _rint(rng, 2600, 9800) * 100 + rng.choice((0, 0, 50))}
    if occ == "工人（工勤技能人员）":
        return {"category": "在职", "base_fen": _rint(rng, 2200, 5200) * 100}
    return {"category": "个体及其他", "base_fen": _rint(rng, 1500, 6000) * 100}


class _Writer:
    def __init__(self, ctx: DemoContext, insert: Callable[[str, list[dict]], object] | None):
        self.insert = insert or ctx.store.insert_many
        self.rows: dict[str, list[dict]] = {t: [] for t in ("dues_profile", "dues_remittance", "dues_payment",
                                                            "dues_allocation", "dues_lock")}

    def add(self, table: str, row: dict) -> None:
        rows = self.rows[table]
        rows.append(row)
        if len(rows) >= CHUNK and table != "dues_payment":
            self.flush()

    def flush(self) -> None:
        for table, rows in self.rows.items():     # foreign-key order (deferred anyway)
            if rows:
                self.insert(table, rows)
                self.rows[table] = []


def make_dues(ctx: DemoContext, *, first_year: int | None = None, everywhere: bool | None = None,
              insert: Callable[[str, list[dict]], object] | None = None) -> None:
    """The demo step; ``everywhere``/``first_year``/``insert`` as in demo_meetings.make_meetings."""
    rng = ctx.rng("dues")
    today = ctx.today
    county = ctx.scale == "county"
    everywhere = (not county) if everywhere is None else everywhere
    if first_year is None:
        first_year = today.year if county else today.year - 2
    first = first_year * 12
    now = dues.month_index(today.isoformat()[:7])
    township_of = _townships(ctx)
    first_township = next((o["uuid"] for o in ctx.orgs if o["kind"] == "township"), None)
    names = {o["uuid"]: o["name"] for o in ctx.orgs}
    branches = [b for b in ctx.branches if everywhere or township_of.get(b.uuid) == first_township]
    by_branch: dict[str, list[Person]] = {}
    for p in ctx.people:
        by_branch.setdefault(p.branch.uuid, []).append(p)
    writer = _Writer(ctx, insert)
    cfg = dues.DuesConfig()
    calc_cache: dict[tuple, int] = {}
    examples = {"exempt": False, "centre": False, "reversal": False}
    vouchers = itertools.count(1)
    for bi, branch in enumerate(branches):
        people = by_branch.get(branch.uuid, [])
        collector = next((p.row["name"] for p in people if p.row["party_post"] == "组织委员"),
                         next((p.row["name"] for p in people if p.row["party_post"] == "书记"), ""))
        entries: list[tuple[dt.date, dict, list[tuple[str, int]]]] = []
        for p in people:
            row = p.row
            join = dues.month_index(row["join_date"][:7]) if row.get("join_date") else first
            start = max(first, join)
            carried = None
            entry = p.events[0] if p.events else None
            if entry and entry["kind"] == "转入":
                moved = dues.month_index(entry["event_date"][:7])
                if moved > start:
                    start, carried = moved, moved - 1
            prof = _profile(rng, p)
            relief = {}
            if row["hardship"] and not examples["exempt"] and branch.setting == "village":
                examples["exempt"] = True
                town = names.get(township_of.get(branch.uuid, ""), "乡党委").removesuffix("委")
                relief = {"relief": "免交", "approval_ref": f"{town}委批复〔{first_year}〕12号",
                          "approval_date": f"{first_year - 1}-12-20"}
            writer.add("dues_profile", {
                "uuid": _uuid(rng), "org_uuid": branch.uuid, "member_uuid": row["uuid"],
                "effective_month": dues.month_str(start), "category": prof["category"],
                "base_fen": prof.get("base_fen", 0), "fixed_fen": prof.get("fixed_fen", 0),
                "relief": relief.get("relief", ""), "relief_fen": 0, "approval_ref": relief.get("approval_ref", ""),
                "approval_date": relief.get("approval_date"), "voluntary_fen": 0,
                "carried_paid_to": dues.month_str(carried) if carried is not None else None, "note": ""})
            if relief:
                continue
            key = (prof["category"], prof.get("base_fen", 0), prof.get("fixed_fen", 0))
            monthly = calc_cache.get(key)
            if monthly is None:
                monthly = calc_cache[key] = dues.calc_monthly(*key[:2], f"{today.year}-01", fixed_fen=key[2],
                                                              config=cfg).amount_fen
            owed = dues._owed_intervals(row, p.events, start)
            months = [m for s, e in owed for m in range(s, min(now, e if e is not None else now) + 1)]
            if not months:
                continue
            pattern = PATTERNS.pick(rng)
            stop = now - _rint(rng, 3, 9) if pattern == "stopped" else None
            groups: list[tuple[int, list[int]]] = []      # (booking month, months paid)
            if pattern == "monthly" or pattern == "stopped":
                groups = [(m, [m]) for m in months if stop is None or m < stop]
            elif pattern == "quarterly":     # the quarter paid at its start, this quarter included
                owed_set = set(months)
                still = owed[-1][1] is None
                for q in range(months[0] // 3, now // 3 + 1):
                    covered = [m for m in range(q * 3, q * 3 + 3) if m in owed_set or (still and m > now)]
                    if covered and covered[0] <= now:
                        groups.append((covered[0], covered))
            else:
                i = 0
                while i < len(months):
                    n = _rint(rng, 2, 4)
                    chunk = months[i:i + n]
                    book = chunk[-1] + 1
                    if book <= now:
                        groups.append((book, chunk))
                    i += n
            for book, covered in groups:
                last_day = (dt.date(book // 12 + (book % 12 == 11), (book % 12 + 1) % 12 + 1, 1)
                            - dt.timedelta(days=1)).day
                day = dt.date(book // 12, book % 12 + 1, min(_rint(rng, 3, 25), last_day))
                if day > today:
                    if book == now:
                        continue
                    day = today
                entries.append((day, {"member": row["uuid"]}, [(dues.month_str(m), monthly) for m in covered]))
        entries.sort(key=lambda e: (e[0], e[1]["member"]))
        _post(ctx, rng, writer, branch.uuid, entries, collector, examples, today, vouchers)
        ctx.report((bi + 1) / max(1, len(branches)))
    writer.flush()


def _post(ctx: DemoContext, rng: random.Random, writer: _Writer, branch: str, entries: list, collector: str,
          examples: dict, today: dt.date, vouchers) -> None:
    """Number the receipts, write payments and allocations, the reversal example and the quarterly
    remittances (each locking its quarter)."""
    seq: dict[int, int] = {}
    booked: dict[int, int] = {}          # quarter index → collected
    posted = []
    for day, who, months in entries:
        extra = 0
        if not examples["centre"] and len(months) == 1 and day.month == 7 and day.year == today.year - 1:
            examples["centre"], extra = True, 100_000     # 自愿多交 1,000 yuan (Art. 11)
        seq[day.year] = seq.get(day.year, 0) + 1
        uuid = _uuid(rng)
        amount = sum(f for _, f in months) + extra
        writer.add("dues_payment", {
            "uuid": uuid, "org_uuid": branch, "member_uuid": who["member"], "kind": "payment",
            "receipt_year": day.year, "receipt_seq": seq[day.year], "receipt_no": f"{day.year}-{seq[day.year]:04d}",
            "paid_on": day.isoformat(), "period": day.isoformat()[:7], "amount_fen": amount, "extra_fen": extra,
            "method": METHODS.pick(rng), "collector": collector, "payer": "", "reverses_uuid": None,
            "corrects_period": None, "reason": "", "note": "自愿多交" if extra else ""})
        for m, fen in months:
            writer.add("dues_allocation", {"uuid": _uuid(rng), "org_uuid": branch, "payment_uuid": uuid,
                                           "member_uuid": who["member"], "month": m, "amount_fen": fen})
        q = dues.month_index(day.isoformat()[:7]) // 3
        booked[q] = booked.get(q, 0) + amount
        posted.append((uuid, day, who["member"], months, amount))
    now_q = dues.month_index(today.isoformat()[:7]) // 3
    for q in sorted(booked):
        if q >= now_q:
            continue
        end = q * 3 + 2
        day = dt.date((end + 1) // 12, (end + 1) % 12 + 1, _rint(rng, 3, 12))
        if day > today:
            continue
        uuid = _uuid(rng)
        writer.add("dues_remittance", {
            "uuid": uuid, "org_uuid": branch, "period_from": dues.month_str(q * 3), "period_to": dues.month_str(end),
            "amount_fen": booked[q], "remitted_on": day.isoformat(), "voucher": f"乡党委回执{day:%Y}-{next(vouchers):04d}",
            "received_by": "乡党委组织员", "reverses_uuid": None, "reason": "", "note": ""})
        writer.add("dues_lock", {"uuid": _uuid(rng), "org_uuid": branch, "month_from": dues.month_str(q * 3),
                                 "month_to": dues.month_str(end), "reason": "上缴", "locked_on": day.isoformat(),
                                 "remittance_uuid": uuid, "note": ""})
    # one payment in an already remitted quarter was posted to the wrong member's months: reversed
    # today, in the open period, naming the period it corrects
    if not examples["reversal"] and len(posted) > 10:
        uuid, day, member, months, amount = next(p for p in posted[len(posted) // 3:] if p[4] < 100_000)
        examples["reversal"] = True
        rev = _uuid(rng)
        writer.add("dues_payment", {
            "uuid": rev, "org_uuid": branch, "member_uuid": member, "kind": "reversal", "receipt_year": None,
            "receipt_seq": None, "receipt_no": "", "paid_on": today.isoformat(), "period": today.isoformat()[:7],
            "amount_fen": -amount, "extra_fen": 0, "method": "现金", "collector": collector, "payer": "",
            "reverses_uuid": uuid, "corrects_period": day.isoformat()[:7], "reason": "收据填写错误，冲销后重开",
            "note": ""})
        seq[today.year] = seq.get(today.year, 0) + 1
        again = _uuid(rng)
        writer.add("dues_payment", {
            "uuid": again, "org_uuid": branch, "member_uuid": member, "kind": "payment", "receipt_year": today.year,
            "receipt_seq": seq[today.year], "receipt_no": f"{today.year}-{seq[today.year]:04d}",
            "paid_on": today.isoformat(), "period": today.isoformat()[:7], "amount_fen": amount, "extra_fen": 0,
            "method": "现金", "collector": collector, "payer": "", "reverses_uuid": None,
            "corrects_period": day.isoformat()[:7], "reason": "", "note": "重开冲销的收据"})
        for m, fen in months:
            writer.add("dues_allocation", {"uuid": _uuid(rng), "org_uuid": branch, "payment_uuid": rev,
                                           "member_uuid": member, "month": m, "amount_fen": -fen})
            writer.add("dues_allocation", {"uuid": _uuid(rng), "org_uuid": branch, "payment_uuid": again,
                                           "member_uuid": member, "month": m, "amount_fen": fen})
