"""Is 三会一课 being held as required? Per branch and period, and members drifting away.

**Periods and colours.** Each kind has a frequency (``meetings.FREQUENCIES``); a year splits into
its periods (12 months, 4 quarters, 2 halves or the whole year). A period is

- ``met`` (green): at least one meeting of the kind held in it (for 党小组会: every 党小组 of the
  branch held one);
- ``due`` (amber): the period is in progress (it contains the "as of" day) and not met yet — it
  is *coming due* by the period's last day;
- ``missed`` (red): the period has ended without it — *overdue*;
- ``future``: not started yet; ``none``: the kind has no required frequency.

A meeting counts in the period containing its date, and only once held (date ≤ as of): meetings
entered ahead of time are plans. The month × kind grid colours each month with the status of the
period it belongs to, so a quarter met in February shows January–March green. 支部委员会 is required
only of branches with a committee (committee_size > 0, RULES.md §3), 党小组会 only of branches
with 党小组, each group on its own.

**The six-month flag** (Party Constitution Art. 9, RULES.md §1.6: six consecutive months without
good reason not taking part in organisational life). Each calendar month of a member is

- *took part* if the member attended (出席) at least one meeting they were expected at that month;
- *excused* if not, but they were on leave (请假) or not counted (不计应到) at one of them;
- *missed* if they were expected at one or more meetings and were absent (缺席) from all of them;
- *no meeting* if they were expected at none (the branch held none for them, or they were not yet
  on the branch's roll: months before a member joined or transferred in never count).

A member is flagged when six *missed* months follow one another with no *took part* or *excused*
month between them. *No meeting* months are skipped: they neither count toward the six nor break
the run. Counting them as missed would blame members for a branch that did not meet (the
compliance grid already shows that failure); letting them break the run would let an irregular
branch hide a member who never comes. As a result a flag always means six months in which the
member was called to organisational life and stayed away without leave. A member whose current
run has reached four missed months is shown as *at risk* (``AT_RISK_FROM``) so the branch can talk
to them first. Software flags; it never removes anyone (RULES.md §1.6).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from djdesk.core import codes
from djdesk.core.meetings import KINDS, KindResolver, MeetingKind, branches_under
from djdesk.core.store import Store

RULESET = "2018"   # 《中国共产党支部工作条例（试行）》
MET, DUE, MISSED, FUTURE, NONE = "met", "due", "missed", "future", "none"
STATUS_LABELS = {MET: "已召开", DUE: "待召开", MISSED: "逾期未召开", FUTURE: "未到期", NONE: "不作要求"}
# Cell fills for the grid (screen and PDF): green, amber, red; white and grey.
STATUS_COLORS = {MET: "#c8e6c9", DUE: "#ffe0b2", MISSED: "#ffcdd2", FUTURE: "#ffffff", NONE: "#eeeeee"}
STATUS_MARKS = {MET: "√", DUE: "○", MISSED: "×", FUTURE: "·", NONE: "－"}
BRANCH_LABELS = {MET: "全部按期", DUE: "有待召开", MISSED: "有逾期", FUTURE: "未到期", NONE: "无要求"}
LAPSE_MONTHS = 6          # Party Constitution Art. 9
AT_RISK_FROM = 4
_CN = "一二三四"


@dataclass(frozen=True)
class Period:
    label: str
    start: dt.date
    end: dt.date

    @property
    def months(self) -> range:
        return range(self.start.month, self.end.month + 1)


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))


def periods(frequency: str, year: int) -> list[Period]:
    """The periods of a year for a frequency (none: no periods)."""
    if frequency == "monthly":
        return [Period(f"{m}月", dt.date(year, m, 1), _month_end(year, m)) for m in range(1, 13)]
    if frequency == "quarterly":
        return [Period(f"第{_CN[q]}季度", dt.date(year, 3 * q + 1, 1), _month_end(year, 3 * q + 3))
                for q in range(4)]
    if frequency == "half_yearly":
        return [Period("上半年", dt.date(year, 1, 1), dt.date(year, 6, 30)),
                Period("下半年", dt.date(year, 7, 1), dt.date(year, 12, 31))]
    if frequency == "yearly":
        return [Period("全年", dt.date(year, 1, 1), dt.date(year, 12, 31))]
    return []


def period_status(period: Period, held: bool, as_of: dt.date) -> str:
    if held:
        return MET
    if period.end < as_of:
        return MISSED
    if period.start <= as_of:
        return DUE
    return FUTURE


class Cell(NamedTuple):             # NamedTuples: a county makes ~100,000 of these per check
    held: int
    status: str


class PeriodResult(NamedTuple):
    period: Period
    status: str
    held: int
    missing: tuple[str, ...] = ()      # 党小组 names that have not met (党小组会)


@dataclass(slots=True)
class KindCompliance:
    kind: MeetingKind
    units: tuple[str, ...]             # ("",) for the branch, else the 党小组 names
    required: int                      # periods × units in the whole year
    held: int                          # meetings held in the year, up to as of
    met: int                           # periods × units met
    missed: int                        # ended periods × units without a meeting
    due: int                           # in-progress periods × units not met yet
    months: list[Cell]
    periods: list[PeriodResult]

    @property
    def status(self) -> str:
        if self.kind.frequency == "none":
            return NONE
        if self.missed:
            return MISSED
        if self.due:
            return DUE
        return MET if self.met else FUTURE


class DueItem(NamedTuple):
    kind_name: str
    period: str
    group: str
    deadline: dt.date
    days: int                          # days overdue (positive) or left (for coming due)

    def text(self, overdue: bool) -> str:
        who = f"{self.group}" if self.group else ""
        if overdue:
            return f"{self.period}{who}{self.kind_name}未召开（应于 {self.deadline.isoformat()} 前召开）"
        return f"{self.period}{who}{self.kind_name}尚未召开（截止 {self.deadline.isoformat()}，还有 {self.days} 天）"


@dataclass
class BranchCompliance:
    branch_uuid: str
    branch_name: str
    year: int
    as_of: dt.date
    kinds: list[KindCompliance]
    overdue: list[DueItem] = field(default_factory=list)
    coming_due: list[DueItem] = field(default_factory=list)
    ruleset: str = RULESET

    @property
    def status(self) -> str:
        statuses = {k.status for k in self.kinds}
        for s in (MISSED, DUE, MET):
            if s in statuses:
                return s
        return NONE


def _applies(kind: MeetingKind, committee_size: int, groups: list[dict]) -> bool:
    if kind.audience == "committee":
        return committee_size > 0
    if kind.audience == "group":
        return bool(groups)
    return True


def compliance(store: Store, year: int, *, root_uuid: str | None = None, branch_uuids: list[str] | None = None,
               as_of: dt.date | None = None) -> list[BranchCompliance]:
    """Required vs held for every branch at or below ``root_uuid`` (or the given branches) in a
    year, as of a day (default today). Two or three queries whatever the number of branches."""
    as_of = as_of or dt.date.today()
    if branch_uuids is None:
        branches = branches_under(store, root_uuid)
    else:
        found = {r["uuid"]: r for r in store.query(
            f"SELECT uuid, name, kind FROM org_unit WHERE uuid IN ({','.join('?' * len(branch_uuids))})",
            branch_uuids)} if branch_uuids else {}
        branches = [found[u] for u in branch_uuids if u in found]
    if not branches:
        return []
    wanted = {b["uuid"] for b in branches}
    first, last = dt.date(year, 1, 1), min(dt.date(year, 12, 31), as_of)
    counts: dict[str, dict[tuple[str, str | None], list[int]]] = defaultdict(dict)
    if first <= last:
        if len(branches) <= 20:
            sql = (f"SELECT org_uuid, kind, group_uuid, CAST(substr(held_on, 6, 2) AS INTEGER) AS month, "
                   f"count(*) AS n FROM meeting WHERE org_uuid IN ({','.join('?' * len(branches))}) "
                   "AND held_on BETWEEN ? AND ? AND deleted = 0 GROUP BY 1, 2, 3, 4")
            params = [b["uuid"] for b in branches] + [first.isoformat(), last.isoformat()]
        else:
            sql = ("SELECT org_uuid, kind, group_uuid, CAST(substr(held_on, 6, 2) AS INTEGER) AS month, "
                   "count(*) AS n FROM meeting WHERE held_on BETWEEN ? AND ? AND deleted = 0 GROUP BY 1, 2, 3, 4")
            params = [first.isoformat(), last.isoformat()]
        for org, kind, group, month, n in store.conn.execute(sql, params):
            if org in wanted:
                counts[org].setdefault((kind, group), [0] * 13)[month] += n
    groups: dict[str, list[dict]] = defaultdict(list)
    for g in store.query("SELECT uuid, parent_uuid, name FROM org_unit WHERE kind = 'group' AND deleted = 0 "
                         "ORDER BY sort_order, name"):
        groups[g["parent_uuid"]].append(g)
    committee = dict(store.conn.execute(
        "SELECT uuid, committee_size FROM org_unit WHERE kind IN ('branch', 'joint_branch')").fetchall())
    resolver = KindResolver(store)
    out = []
    for b in branches:
        uuid = b["uuid"]
        branch_counts = counts.get(uuid, {})
        by_code: dict[str, list[int]] = {}
        for (code, _), months in branch_counts.items():
            total = by_code.get(code)
            by_code[code] = months if total is None else [a + c for a, c in zip(total, months)]
        branch_groups = groups.get(uuid, [])
        result = BranchCompliance(uuid, b["name"], year, as_of, [])
        for kind in resolver.kinds(uuid):
            if not _applies(kind, committee.get(uuid) or 0, branch_groups):
                continue
            by_month = by_code.get(kind.code)
            if kind.frequency == "none" and by_month is None:
                continue
            by_month = by_month or _ZERO
            if kind.audience == "group":
                units = [(g["name"], branch_counts.get((kind.code, g["uuid"]), _ZERO)) for g in branch_groups]
            else:
                units = [("", by_month)]
            result.kinds.append(_kind_compliance(kind, by_month, units, year, as_of, result))
        out.append(result)
    return out


@functools.lru_cache(maxsize=64)
def _period_table(frequency: str, year: int) -> tuple[tuple[Period, tuple[int, ...], str], ...]:
    """Periods with their months and the label items use (cached: a county asks 4,000 times)."""
    ps = periods(frequency, year)
    return tuple((p, tuple(p.months), f"{year}年{p.label}" if len(ps) > 1 else f"{year}年") for p in ps)


_ZERO = (0,) * 13


def _kind_compliance(kind: MeetingKind, by_month: list[int] | tuple[int, ...], units: list[tuple[str, list[int]]],
                     year: int, as_of: dt.date, result: BranchCompliance) -> KindCompliance:
    table = _period_table(kind.frequency, year)
    month_status = [NONE] * 13
    period_results = []
    met = missed = due = 0
    for period, months, label in table:
        ended, started = period.end < as_of, period.start <= as_of
        statuses = []
        missing = []
        single = months[0] if len(months) == 1 else 0
        for name, counts in units:
            if (counts[single] if single else any(counts[m] for m in months)):
                statuses.append(MET)
                continue
            status = MISSED if ended else DUE if started else FUTURE
            statuses.append(status)
            missing.append(name)
            if status == MISSED:
                result.overdue.append(DueItem(kind.name, label, name, period.end, (as_of - period.end).days))
            elif status == DUE:
                result.coming_due.append(DueItem(kind.name, label, name, period.end, (period.end - as_of).days))
        n_met, n_missed, n_due = statuses.count(MET), statuses.count(MISSED), statuses.count(DUE)
        met, missed, due = met + n_met, missed + n_missed, due + n_due
        # the period's colour: red if any unit missed it, amber if any is still due, else its state
        overall = MISSED if n_missed else DUE if n_due else FUTURE if n_met < len(statuses) else MET
        for m in months:
            month_status[m] = overall
        period_results.append(PeriodResult(period, overall, by_month[single] if single else
                                           sum(by_month[m] for m in months), tuple(n for n in missing if n)))
    cells = [Cell(by_month[m], month_status[m]) for m in range(1, 13)]
    return KindCompliance(kind, tuple(n for n, _ in units), len(table) * len(units), sum(by_month), met, missed,
                          due, cells, period_results)


def branch_compliance(store: Store, branch_uuid: str, year: int, as_of: dt.date | None = None) -> BranchCompliance:
    found = compliance(store, year, branch_uuids=[branch_uuid], as_of=as_of)
    if not found:
        from djdesk.core.errors import UserError
        raise UserError("所选组织不是党支部。")
    return found[0]


# ----- the six-month flag ----------------------------------------------------------------------

@dataclass(frozen=True)
class LapseFlag:
    member_uuid: str
    name: str
    branch_uuid: str
    branch_name: str
    months: tuple[str, ...]          # the missed months of the run, "2025-03" …
    meetings_missed: int
    ongoing: bool                    # the run reaches the last month looked at
    level: str                       # "flagged" (≥ 6 months) or "at_risk"

    @property
    def text(self) -> str:
        span = f"{_ym(self.months[0])}至{_ym(self.months[-1])}"
        if self.level == "flagged":
            return (f"{self.name}：{span}连续 {len(self.months)} 个月未参加组织生活且未请假"
                    f"（缺席 {self.meetings_missed} 次会议），按党章第九条应予处理"
                    + ("，目前仍未参加" if self.ongoing else ""))
        return (f"{self.name}：{span}已连续 {len(self.months)} 个月未参加组织生活且未请假"
                f"（缺席 {self.meetings_missed} 次），满六个月将视为自行脱党，请及时谈心谈话")


def _ym(month: str) -> str:
    return f"{month[:4]}年{int(month[5:])}月"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def lapse_flags(store: Store, *, root_uuid: str | None = None, branch_uuids: list[str] | None = None,
                year: int | None = None, as_of: dt.date | None = None, months: int = LAPSE_MONTHS,
                at_risk_from: int = AT_RISK_FROM) -> list[LapseFlag]:
    """Members on the roll who missed ``months`` consecutive months of organisational life (see the
    module docstring), and those whose current run has reached ``at_risk_from``.

    With ``year``: runs that reach into that year (looking back far enough to see runs that began
    the year before), up to the year's end or ``as_of``. Without: the twelve months up to ``as_of``."""
    as_of = as_of or dt.date.today()
    if year is not None:
        end = min(dt.date(year, 12, 31), as_of)
        start_y, start_m = _add_months(year, 1, -(months - 1))
        report_from = f"{year}-01"
    else:
        end = as_of
        start_y, start_m = _add_months(as_of.year, as_of.month, -11)
        report_from = f"{start_y}-{start_m:02d}"
    first = dt.date(start_y, start_m, 1)
    if end < first:
        return []
    if branch_uuids is None:
        branches = branches_under(store, root_uuid)
        branch_uuids = [b["uuid"] for b in branches]
        names = {b["uuid"]: b["name"] for b in branches}
    else:
        names = {r["uuid"]: r["name"] for r in store.query(
            f"SELECT uuid, name FROM org_unit WHERE uuid IN ({','.join('?' * len(branch_uuids))})", branch_uuids)}
    if not branch_uuids:
        return []
    wanted = set(branch_uuids)
    not_life = {r["code"] for r in store.query(
        "SELECT DISTINCT code FROM meeting_kind WHERE deleted = 0 AND counts_as_life = 0")} - set(KINDS)
    kind_filter = f"AND m.kind NOT IN ({','.join('?' * len(not_life))})" if not_life else ""
    org_filter = f"AND m.org_uuid IN ({','.join('?' * len(branch_uuids))})" if len(branch_uuids) <= 20 else ""
    window = [first.isoformat(), end.isoformat(), *sorted(not_life), *(branch_uuids if org_filter else ())]
    # Only members absent in enough different months can have a run worth reporting: find them
    # from the absences (a small partial index), then read just their months.
    candidates = [r[0] for r in store.conn.execute(f"""
        SELECT a.member_uuid FROM meeting_attendance a JOIN meeting m ON m.uuid = a.meeting_uuid
        WHERE a.status = '缺席' AND a.deleted = 0 AND m.held_on BETWEEN ? AND ? AND m.deleted = 0
              {kind_filter} {org_filter}
        GROUP BY a.member_uuid HAVING count(DISTINCT substr(m.held_on, 1, 7)) >= ?""",
        [*window, min(months, at_risk_from)])]
    history: dict[str, dict[str, tuple[int, int, int]]] = defaultdict(dict)
    for start in range(0, len(candidates), 500):
        chunk = candidates[start:start + 500]
        # Per member and month: attended any, excused any, absences. Rows not yet marked count as nothing.
        rows = store.conn.execute(f"""
            SELECT a.member_uuid, substr(m.held_on, 1, 7) AS month,
                   max(a.status = '出席') AS took_part, max(a.status IN ('请假', '不计应到')) AS excused,
                   sum(a.status = '缺席') AS absences, m.org_uuid
            FROM meeting_attendance a JOIN meeting m ON m.uuid = a.meeting_uuid
            WHERE a.member_uuid IN ({','.join('?' * len(chunk))}) AND a.deleted = 0
                  AND m.held_on BETWEEN ? AND ? AND m.deleted = 0 {kind_filter} {org_filter}
            GROUP BY a.member_uuid, month""", [*chunk, *window])
        for member, month, took_part, excused, absences, org in rows:
            if org in wanted:
                history[member][month] = (took_part, excused, absences)
    members = {}
    uuids = [m for m, h in history.items() if any(v[2] and not v[0] and not v[1] for v in h.values())]
    for start in range(0, len(uuids), 900):
        chunk = uuids[start:start + 900]
        for r in store.query(f"""
                SELECT m.uuid, m.name, m.org_uuid, m.name_pinyin, coalesce(
                    (SELECT max(e.event_date) FROM member_event e WHERE e.member_uuid = m.uuid AND e.deleted = 0
                       AND e.kind IN ('入册', '转入', '恢复党籍')), m.join_date, '') AS on_roll_since
                FROM member m WHERE m.uuid IN ({','.join('?' * len(chunk))}) AND m.deleted = 0 AND m.status = ?""",
                [*chunk, codes.ACTIVE]):
            members[r["uuid"]] = r
    month_keys = []
    y, m = start_y, start_m
    while (y, m) <= (end.year, end.month):
        month_keys.append(f"{y}-{m:02d}")
        y, m = _add_months(y, m, 1)
    out = []
    for uuid, member in members.items():
        if member["org_uuid"] not in wanted:
            continue
        since = member["on_roll_since"][:7]
        seen = history[uuid]
        run: list[str] = []
        missed_meetings = 0
        best: tuple[list[str], int, bool] | None = None

        def close(ongoing: bool) -> None:
            nonlocal best
            if run and run[-1] >= report_from and len(run) >= months:
                best = (list(run), missed_meetings, ongoing)
        for key in month_keys:
            if key < since or key not in seen:
                continue                       # before joining, or no meeting for them: skipped
            took_part, excused, absences = seen[key]
            if took_part or excused:
                close(False)
                run, missed_meetings = [], 0
            elif absences:
                run.append(key)
                missed_meetings += absences
        close(True)
        if best is not None:
            level_months, missed, ongoing = best
            out.append(LapseFlag(uuid, member["name"], member["org_uuid"], names.get(member["org_uuid"], ""),
                                 tuple(level_months), missed, ongoing, "flagged"))
        elif run and len(run) >= at_risk_from and end.year * 12 + end.month >= as_of.year * 12 + as_of.month:
            out.append(LapseFlag(uuid, member["name"], member["org_uuid"], names.get(member["org_uuid"], ""),
                                 tuple(run), missed_meetings, True, "at_risk"))
    order = {u: i for i, u in enumerate(branch_uuids)}
    out.sort(key=lambda f: (f.level != "flagged", order.get(f.branch_uuid, 0), members[f.member_uuid]["name_pinyin"]))
    return out


def summary_json(results: list[BranchCompliance], flags: list[LapseFlag]) -> dict:
    """The same figures as plain data (CLI --json)."""
    return {
        "ruleset": RULESET,
        "branches": [{
            "uuid": b.branch_uuid, "name": b.branch_name, "year": b.year, "as_of": b.as_of.isoformat(),
            "status": b.status,
            "kinds": [{
                "code": k.kind.code, "name": k.kind.name, "frequency": k.kind.frequency,
                "frequency_label": k.kind.frequency_label, "groups": [u for u in k.units if u],
                "required": k.required, "held": k.held, "met": k.met, "missed": k.missed, "due": k.due,
                "status": k.status,
                "months": [{"month": i + 1, "held": c.held, "status": c.status} for i, c in enumerate(k.months)],
                "periods": [{"label": p.period.label, "start": p.period.start.isoformat(),
                             "end": p.period.end.isoformat(), "status": p.status, "held": p.held,
                             "groups_missing": list(p.missing)} for p in k.periods],
            } for k in b.kinds],
            "overdue": [_item_json(i, True) for i in b.overdue],
            "coming_due": [_item_json(i, False) for i in b.coming_due],
        } for b in results],
        "lapse": [{"member_uuid": f.member_uuid, "name": f.name, "branch_uuid": f.branch_uuid,
                   "branch": f.branch_name, "level": f.level, "months": list(f.months),
                   "meetings_missed": f.meetings_missed, "ongoing": f.ongoing, "message": f.text} for f in flags],
    }


def _item_json(item: DueItem, overdue: bool) -> dict:
    return {"kind": item.kind_name, "period": item.period, "group": item.group,
            "deadline": item.deadline.isoformat(), "days": item.days, "message": item.text(overdue)}

