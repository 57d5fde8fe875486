"""Compliance of 三会一课 (djdesk.core.compliance): periods at quarter and year boundaries, the year
grid's colours, overdue and coming-due lists, and the six-month flag."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from djdesk.core import compliance as cp
from djdesk.core import meetings as mt
from djdesk.core import members, orgs
from djdesk.core.store import Store
from test_meetings import add_people

TODAY = dt.date(2026, 1, 31)


@pytest.fixture
def branch(store):
    uuid = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    with store.transaction():
        store.update("org_unit", uuid, {"committee_size": 3})
    return uuid


@pytest.fixture
def people(store, branch):
    return add_people(store, branch)


def hold(store, branch, kind, day, statuses=None, group=None, default=mt.PRESENT, today=dt.date(2026, 12, 31)):
    """Save a meeting on ``day`` with everyone present except ``statuses`` {name: status}."""
    draft = mt.new_draft(store, branch, kind, group, day=dt.date.fromisoformat(day))
    draft.values.update(place="村部会议室", minutes="会议内容", topic="学习党章")
    for p in draft.people:
        p["status"] = (statuses or {}).get(p["name"], default)
        p["reason"] = {mt.LEAVE: "外出务工", mt.EXCUSED: mt.EXCUSE_REASONS[3]}.get(p["status"], "")
    return mt.save_meeting(store, draft, today=today)


def row(result, code):
    return next(k for k in result.kinds if k.kind.code == code)


# ----- periods ----------------------------------------------------------------------------------

def test_periods_of_each_frequency():
    assert [(p.label, p.start.isoformat(), p.end.isoformat()) for p in cp.periods("quarterly", 2024)] == [
        ("第一季度", "2024-01-01", "2024-03-31"), ("第二季度", "2024-04-01", "2024-06-30"),
        ("第三季度", "2024-07-01", "2024-09-30"), ("第四季度", "2024-10-01", "2024-12-31")]
    assert [p.end.isoformat() for p in cp.periods("monthly", 2024)][:3] == ["2024-01-31", "2024-02-29", "2024-03-31"]
    assert [p.label for p in cp.periods("half_yearly", 2025)] == ["上半年", "下半年"]
    assert [(p.start.isoformat(), p.end.isoformat()) for p in cp.periods("yearly", 2025)] == [("2025-01-01", "2025-12-31")]
    assert cp.periods("none", 2025) == []


def test_meetings_count_in_the_quarter_of_their_date(store, branch, people):
    hold(store, branch, mt.ASSEMBLY, "2025-03-31")      # last day of Q1
    hold(store, branch, mt.ASSEMBLY, "2025-07-01")      # first day of Q3
    hold(store, branch, mt.ASSEMBLY, "2025-12-31")      # last day of the year
    hold(store, branch, mt.ASSEMBLY, "2026-01-01")      # not 2025
    k = row(cp.branch_compliance(store, branch, 2025, as_of=TODAY), mt.ASSEMBLY)
    assert [(p.period.label, p.status, p.held) for p in k.periods] == [
        ("第一季度", "met", 1), ("第二季度", "missed", 0), ("第三季度", "met", 1), ("第四季度", "met", 1)]
    assert (k.required, k.held, k.met, k.missed, k.due, k.status) == (4, 3, 3, 1, 0, "missed")
    # the grid: each month coloured by its quarter, with the count where the meeting was held
    assert [(c.held, c.status) for c in k.months] == [
        (0, "met"), (0, "met"), (1, "met"), (0, "missed"), (0, "missed"), (0, "missed"),
        (1, "met"), (0, "met"), (0, "met"), (0, "met"), (0, "met"), (1, "met")]


def test_status_on_the_last_and_first_day_of_a_quarter(store, branch, people):
    hold(store, branch, mt.ASSEMBLY, "2025-02-10")
    on_last_day = row(cp.branch_compliance(store, branch, 2025, as_of=dt.date(2025, 6, 30)), mt.ASSEMBLY)
    assert [p.status for p in on_last_day.periods] == ["met", "due", "future", "future"]
    next_day = cp.branch_compliance(store, branch, 2025, as_of=dt.date(2025, 7, 1))
    assert [p.status for p in row(next_day, mt.ASSEMBLY).periods] == ["met", "missed", "due", "future"]
    overdue = [i.text(True) for i in next_day.overdue if i.kind_name == "支部党员大会"]
    due = [i.text(False) for i in next_day.coming_due if i.kind_name == "支部党员大会"]
    assert overdue == ["2025年第二季度支部党员大会未召开（应于 2025-06-30 前召开）"]
    assert due == ["2025年第三季度支部党员大会尚未召开（截止 2025-09-30，还有 91 天）"]


def test_yearly_kinds_and_the_year_boundary(store, branch, people):
    hold(store, branch, mt.LIFE, "2025-12-31")
    k2025 = row(cp.branch_compliance(store, branch, 2025, as_of=TODAY), mt.LIFE)
    k2026 = row(cp.branch_compliance(store, branch, 2026, as_of=TODAY), mt.LIFE)
    assert (k2025.status, k2025.required, k2025.held) == ("met", 1, 1)
    assert (k2026.status, k2026.due, [c.status for c in k2026.months][:2]) == ("due", 1, ["due", "due"])
    before = row(cp.branch_compliance(store, branch, 2025, as_of=dt.date(2025, 12, 30)), mt.LIFE)
    assert before.status == "due"                        # planned for the 31st: not held yet
    future = cp.branch_compliance(store, branch, 2027, as_of=TODAY)
    assert {k.status for k in future.kinds} == {"future"} and future.overdue == future.coming_due == []


def test_monthly_grid_and_what_is_required_of_whom(store, branch, people):
    for month in (1, 2, 4):
        hold(store, branch, mt.THEME_DAY, f"2025-{month:02d}-05")
    hold(store, branch, mt.THEME_DAY, "2025-05-05")
    hold(store, branch, mt.THEME_DAY, "2025-05-25")                 # two in one month count once
    result = cp.branch_compliance(store, branch, 2025, as_of=dt.date(2025, 6, 10))
    k = row(result, mt.THEME_DAY)
    assert [(c.held, cp.STATUS_MARKS[c.status]) for c in k.months][:7] == [
        (1, "√"), (1, "√"), (0, "×"), (1, "√"), (2, "√"), (0, "○"), (0, "·")]
    assert (k.required, k.held, k.met, k.missed, k.due) == (12, 5, 4, 1, 1)
    # a branch with a committee owes 支部委员会; no 党小组: no 党小组会
    assert [x.kind.code for x in result.kinds] == [mt.ASSEMBLY, mt.COMMITTEE, mt.LECTURE, mt.THEME_DAY,
                                                   mt.LIFE, mt.APPRAISAL]
    with store.transaction():
        store.update("org_unit", branch, {"committee_size": 0})
    assert mt.COMMITTEE not in [x.kind.code for x in cp.branch_compliance(store, branch, 2025).kinds]
    # a meeting entered ahead of time is a plan, not a meeting held
    hold(store, branch, mt.THEME_DAY, "2025-06-20", default="", today=dt.date(2025, 6, 10))
    assert row(cp.branch_compliance(store, branch, 2025, as_of=dt.date(2025, 6, 10)), mt.THEME_DAY).months[5] \
        == cp.Cell(0, "due")


def test_each_group_must_meet(store, branch, people):
    first = orgs.add_org(store, branch, {"kind": "group", "name": "第一党小组", "sort_order": 1})
    second = orgs.add_org(store, branch, {"kind": "group", "name": "第二党小组", "sort_order": 2})
    with store.transaction():
        for name, group in (("赵大山", first), ("钱秀英", second), ("孙小明", second)):
            store.update("member", people[name], {"group_uuid": group})
    hold(store, branch, mt.GROUP, "2025-01-20", group=first)
    hold(store, branch, mt.GROUP, "2025-01-22", group=second)
    hold(store, branch, mt.GROUP, "2025-02-20", group=first)
    result = cp.branch_compliance(store, branch, 2025, as_of=dt.date(2025, 3, 15))
    k = row(result, mt.GROUP)
    assert k.units == ("第一党小组", "第二党小组")
    assert [(p.status, p.held, p.missing) for p in k.periods[:3]] == [
        ("met", 2, ()), ("missed", 1, ("第二党小组",)), ("due", 0, ("第一党小组", "第二党小组"))]
    assert (k.required, k.met, k.missed, k.due) == (24, 3, 1, 2)
    assert [i.text(True) for i in result.overdue if i.kind_name == "党小组会"] == [
        "2025年2月第二党小组党小组会未召开（应于 2025-02-28 前召开）"]


def test_configured_frequency_changes_what_is_required(store, branch, people):
    mt.save_kind_settings(store, branch, mt.LECTURE, {"frequency": "monthly"})
    k = row(cp.branch_compliance(store, branch, 2025, as_of=TODAY), mt.LECTURE)
    assert (k.kind.frequency, k.required, k.missed) == ("monthly", 12, 12)


def test_summary_json_has_the_same_figures(store, branch, people):
    hold(store, branch, mt.ASSEMBLY, "2025-02-10")
    result = cp.branch_compliance(store, branch, 2025, as_of=dt.date(2025, 5, 1))
    data = cp.summary_json([result], [])
    kind = next(k for k in data["branches"][0]["kinds"] if k["code"] == mt.ASSEMBLY)
    assert {k: kind[k] for k in ("required", "held", "met", "missed", "due", "status")} == {
        "required": 4, "held": 1, "met": 1, "missed": 0, "due": 1, "status": "due"}
    assert kind["months"][1] == {"month": 2, "held": 1, "status": "met"}
    assert data["branches"][0]["coming_due"][0]["message"].startswith("2025年第二季度支部党员大会尚未召开")


# ----- the six-month flag ------------------------------------------------------------------------

def monthly(store, branch, months, who, status, others=mt.PRESENT):
    for ym in months:
        hold(store, branch, mt.THEME_DAY, f"{ym}-08", {who: status}, default=others)


def ym_range(start: str, count: int) -> list[str]:
    y, m = int(start[:4]), int(start[5:])
    out = []
    for _ in range(count):
        out.append(f"{y}-{m:02d}")
        y, m = (y + (m == 12), m % 12 + 1)
    return out


def test_six_missed_months_in_a_row_are_flagged_with_the_months(store, branch, people):
    monthly(store, branch, ym_range("2025-01", 3), "赵大山", mt.PRESENT)
    monthly(store, branch, ym_range("2025-04", 6), "赵大山", mt.ABSENT)
    flags = cp.lapse_flags(store, branch_uuids=[branch], year=2025, as_of=dt.date(2025, 12, 31))
    assert [(f.name, f.level, f.months, f.meetings_missed, f.ongoing) for f in flags] == [
        ("赵大山", "flagged", ("2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"), 6, True)]
    assert flags[0].text == ("赵大山：2025年4月至2025年9月连续 6 个月未参加组织生活且未请假（缺席 6 次会议），"
                             "按党章第九条应予处理，目前仍未参加")


def test_five_months_is_at_risk_and_leave_breaks_the_run(store, branch, people):
    monthly(store, branch, ym_range("2025-01", 3), "赵大山", mt.ABSENT)
    monthly(store, branch, ["2025-04"], "赵大山", mt.LEAVE)                # leave: not missed
    monthly(store, branch, ym_range("2025-05", 5), "赵大山", mt.ABSENT)
    flags = cp.lapse_flags(store, branch_uuids=[branch], as_of=dt.date(2025, 9, 30))
    assert [(f.name, f.level, len(f.months), f.months[0]) for f in flags] == [("赵大山", "at_risk", 5, "2025-05")]
    assert flags[0].text.startswith("赵大山：2025年5月至2025年9月已连续 5 个月未参加组织生活且未请假")
    # three months is not yet worth a warning
    assert cp.lapse_flags(store, branch_uuids=[branch], as_of=dt.date(2025, 7, 31)) == []


def test_months_without_meetings_neither_count_nor_break(store, branch, people):
    # missed Jan-Mar, no meeting at all Apr-Jun, missed Jul-Sep: six missed months in a row
    monthly(store, branch, ym_range("2025-01", 3) + ym_range("2025-07", 3), "钱秀英", mt.ABSENT)
    flags = cp.lapse_flags(store, branch_uuids=[branch], year=2025, as_of=dt.date(2025, 12, 31))
    assert [(f.name, f.months) for f in flags] == [
        ("钱秀英", ("2025-01", "2025-02", "2025-03", "2025-07", "2025-08", "2025-09"))]
    # attending one meeting of a month is taking part, whatever else was missed that month:
    # what is left is a run of four (March, July to September), still going on
    hold(store, branch, mt.LECTURE, "2025-02-20", {"钱秀英": mt.PRESENT}, default=mt.PRESENT)
    flags = cp.lapse_flags(store, branch_uuids=[branch], year=2025, as_of=dt.date(2025, 12, 31))
    assert [(f.level, f.months) for f in flags] == [("at_risk", ("2025-03", "2025-07", "2025-08", "2025-09"))]


def test_new_members_months_before_joining_do_not_count(store, branch, people):
    monthly(store, branch, ym_range("2024-11", 4), "张书记", mt.PRESENT)            # Nov-Feb
    newcomer = add_people(store, branch, [("周新", "110105199001010010", "正式", "", "2010-07-01",
                                           "2011-07-01")])["周新"]
    with store.transaction():        # transferred in on 1 March 2025: the 入册 event sets the date
        store.conn.execute("UPDATE member_event SET event_date = '2025-03-01' WHERE member_uuid = ?", (newcomer,))
    monthly(store, branch, ym_range("2025-03", 5), "周新", mt.ABSENT)              # Mar-Jul
    flags = cp.lapse_flags(store, branch_uuids=[branch], year=2025, as_of=dt.date(2025, 7, 31))
    assert [(f.name, f.level, len(f.months)) for f in flags] == [("周新", "at_risk", 5)]
    # a stray absence recorded before the member came is ignored, not counted
    with store.transaction():
        store.conn.execute("UPDATE member_event SET event_date = '2025-04-01' WHERE member_uuid = ?", (newcomer,))
    flags = cp.lapse_flags(store, branch_uuids=[branch], year=2025, as_of=dt.date(2025, 7, 31))
    assert [(f.name, f.months[0], len(f.months)) for f in flags] == [("周新", "2025-04", 4)]


def test_run_across_the_new_year_and_members_who_left(store, branch, people):
    monthly(store, branch, ym_range("2024-10", 6), "王宣传", mt.ABSENT)             # Oct 2024 - Mar 2025
    flags = cp.lapse_flags(store, branch_uuids=[branch], year=2025, as_of=dt.date(2025, 12, 31))
    assert [(f.name, f.months[0], f.months[-1]) for f in flags] == [("王宣传", "2024-10", "2025-03")]
    members.change_status(store, people["王宣传"], "转出", "2025-04-10", counterpart="某社区党委",
                          today=dt.date(2025, 12, 31))
    assert cp.lapse_flags(store, branch_uuids=[branch], year=2025, as_of=dt.date(2025, 12, 31)) == []


# ----- county scale --------------------------------------------------------------------------------

@pytest.mark.slow
def test_county_compliance_for_every_branch(county_db):
    store = Store.open(county_db, lock=False)
    try:
        year = dt.date.today().year - 1
        started = time.perf_counter()
        results = cp.compliance(store, year)
        seconds = time.perf_counter() - started
        assert len(results) == len(mt.branches_under(store, None)) > 600
        with_meetings = [r for r in results if any(k.held for k in r.kinds)]
        assert 20 <= len(with_meetings) < len(results)          # the demo's first township
        statuses = {r.status for r in with_meetings}
        assert "met" in statuses and "missed" in statuses        # compliant branches and gaps
        assert seconds < 5                                       # target ≤ 1 s: see benchmarks
        flags = cp.lapse_flags(store, as_of=dt.date.today())
        assert {f.level for f in flags} == {"flagged", "at_risk"}
    finally:
        store.close()
