"""The demo's three years of 三会一课 (djdesk.core.demo_meetings): realistic, valid, deterministic."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

import pytest

from djdesk.core import compliance as cp
from djdesk.core import meetings as mt
from djdesk.core.demo import create_demo

TODAY = dt.date(2025, 6, 15)


def meetings_fingerprint(store) -> str:
    h = hashlib.sha256()
    for table in ("meeting", "meeting_attendance", "meeting_vote", "appraisal"):
        for row in store.query(f"SELECT * FROM {table} ORDER BY uuid"):
            for key in ("origin", "created_hlc", "hlc"):
                row.pop(key)
            h.update(repr(sorted(row.items())).encode())
    return h.hexdigest()


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    store = create_demo(tmp_path_factory.mktemp("demo") / "town.sqlite", "township", seed=1, today=TODAY)
    yield store
    store.close()


def test_three_years_of_every_kind_for_every_branch(town):
    years = dict(town.conn.execute("SELECT substr(held_on, 1, 4), count(*) FROM meeting GROUP BY 1").fetchall())
    assert sorted(years) == ["2023", "2024", "2025"]
    assert min(r[0] for r in town.conn.execute("SELECT min(held_on) FROM meeting")) >= "2023-01-01"
    planned = town.query("SELECT held_on FROM meeting WHERE held_on > ?", (TODAY.isoformat(),))
    assert planned and all(p["held_on"][:7] == "2025-07" for p in planned)     # next month's 主题党日, planned
    branches = mt.branches_under(town, None)
    with_meetings = {r[0] for r in town.conn.execute("SELECT DISTINCT org_uuid FROM meeting")}
    assert with_meetings == {b["uuid"] for b in branches}
    kinds = Counter(r[0] for r in town.conn.execute("SELECT kind FROM meeting"))
    assert set(kinds) == set(mt.KINDS)
    assert town.scalar("SELECT count(*) FROM meeting_attendance") > 20 * sum(kinds.values()) / 2


def test_some_branches_comply_fully_and_some_have_gaps(town):
    results = cp.compliance(town, 2024, as_of=TODAY)
    statuses = Counter(r.status for r in results)
    assert statuses["met"] >= 3 and statuses["missed"] >= 3
    tiny = next(r for r in results if r.branch_name.endswith("联合党支部"))
    assert tiny.status == "missed"


def test_a_few_members_drift_toward_the_six_month_flag(town):
    flags = cp.lapse_flags(town, as_of=TODAY)
    levels = Counter(f.level for f in flags)
    assert levels["flagged"] >= 1 and levels["at_risk"] >= 1
    for f in flags:
        assert len(f.months) >= (6 if f.level == "flagged" else 4) and f.ongoing


def test_every_record_is_valid_and_numbered_in_date_order(town):
    branch = mt.branches_under(town, None)[1]["uuid"]
    uuids = mt.year_meeting_uuids(town, branch, 2024)
    numbers = [mt.get_meeting(town, u)["record_no"] for u in uuids]
    assert numbers == [f"2024-{i:03d}" for i in range(1, len(uuids) + 1)]
    for uuid in uuids:
        check = mt.check_meeting(town, mt.load_draft(town, uuid), uuid, today=TODAY)
        assert check.problems == {}, (uuid, check.problems)


def test_acceptance_votes_are_held_on_the_join_date(town):
    rows = town.query("""SELECT m.held_on, v.subject, mb.join_date, mb.name FROM meeting_vote v
                         JOIN meeting m ON m.uuid = v.meeting_uuid
                         JOIN member mb ON v.subject = '接收' || mb.name || '同志为中共预备党员'
                         AND mb.org_uuid = m.org_uuid""")
    assert rows and all(r["held_on"] == r["join_date"] for r in rows)


def test_the_warning_examples_are_there(town):
    flagged = [r for b in mt.branches_under(town, None)
               for r in mt.list_meetings(town, mt.MeetingFilter(b["uuid"], 2024)) if r["flags"]]
    assert any("未达到规定人数却作出表决" in r["flags"] for r in flagged)
    generous = [b for b in mt.branches_under(town, None) if mt.appraisal_summary(town, b["uuid"], 2024)["too_many_excellent"]]
    assert len(generous) >= 1


def test_same_seed_same_meetings(town, tmp_path):
    again = create_demo(tmp_path / "again.sqlite", "township", seed=1, today=TODAY)
    try:
        assert meetings_fingerprint(again) == meetings_fingerprint(town)
    finally:
        again.close()
