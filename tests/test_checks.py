"""检查 over every section (djdesk.core.checks): the org rules, 三会一课, 党费 and 活动场所 findings
of a small village, each with its section and source, ordered by org then section; the quick
count the 检查 button shows; and the township summary still reading only the org rules."""

from __future__ import annotations

import datetime as dt

import pytest

from djdesk.core import checks, dues, members, orgs, rules, sites
from test_compliance import hold

TODAY = dt.date(2026, 3, 15)


def add(store, branch, name, post=""):
    return members.add_member(store, dict(org_uuid=branch, name=name, gender="男", category="正式", party_post=post,
                                          join_date="2010-07-01", ethnicity="汉族", birth_date="1970-05-01"),
                              entry_date="2024-01-01", today=TODAY)


def pay(store, member, months, day):
    return dues.record_payment(store, member, months, day, collector="李会计", today=TODAY)


@pytest.fixture
def village(store):
    """李家村 (no site) / 李家村党支部: 张建国 (书记) paid up, 李四 seven months unpaid; the branch
    holds its 支部党员大会 every quarter and nothing else; 2025's dues are not remitted."""
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    zhang, li = add(store, branch, "张建国", "书记"), add(store, branch, "李四")
    dues.set_profile(store, zhang, "2025-01", "在职", base_fen=420_000)
    dues.set_profile(store, li, "2025-06", "农民", fixed_fen=100)
    pay(store, li, ["2025-06", "2025-07"], "2025-07-15")
    pay(store, zhang, [f"2025-{m:02d}" for m in range(1, 13)], "2025-01-15")
    pay(store, zhang, ["2026-01", "2026-02"], "2026-02-10")
    for day in ("2025-03-20", "2025-06-20", "2025-09-20", "2025-12-20"):
        hold(store, branch, "assembly", day, today=TODAY)
    return {"branch": branch, "village": store.meta["scope_org_uuid"], "zhang": zhang, "li": li}


LAPSE_SOURCE = ("《中国共产党章程》第九条；《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）第十三条："
                "无正当理由连续6个月不交纳党费视为自行脱党")


def test_every_section_with_its_source_ordered_by_org_then_section(store, village):
    found = checks.all_warnings(store, today=TODAY)
    assert [(w.org_name, w.section, w.code, w.level, w.message) for w in found] == [
        ("李家村", "org", "few_members", "warning", "全村党员仅 2 名，少于 10 名"),
        ("李家村", "org", "no_young_members", "warning", "没有 40 岁以下党员"),
        ("李家村", "org", "no_women", "warning", "没有女党员"),
        ("李家村", "sites", "site_missing", "info", "李家村尚未登记村级组织活动场所"),
        ("李家村党支部", "org", "branch_too_small", "warning", "正式党员 2 名，少于 3 名，应与邻近单位成立联合党支部或调整设置"),
        ("李家村党支部", "org", "term_unknown", "info", "未记录上次换届时间，无法检查任期"),
        # the quarterly 支部党员大会 was held: no line for it; the rest never met
        ("李家村党支部", "meetings", "meeting_missed", "warning",
         "近一年党课有 4 期未按期召开：2025年第一季度、2025年第二季度、2025年第三季度、2025年第四季度"),
        ("李家村党支部", "meetings", "meeting_missed", "warning", "近一年主题党日有 12 期未按期召开：2025年3月至2026年2月"),
        ("李家村党支部", "meetings", "meeting_missed", "warning", "近一年组织生活会有 1 期未按期召开：2025年"),
        ("李家村党支部", "meetings", "meeting_missed", "warning", "近一年民主评议党员有 1 期未按期召开：2025年"),
        ("李家村党支部", "dues", "dues_lapse", "warning",
         "李四连续7个月（2025年8月至2026年2月）未交纳党费，共欠交 7.00 元，应及时了解情况、提醒补交"),
        # 12 × 42.00 of 张建国 and 2 × 1.00 of 李四, booked in 2025
        ("李家村党支部", "dues", "dues_not_remitted", "warning", "2025年底前收缴的党费尚有 506.00 元未上缴")]
    by_code = {w.code: w for w in found}
    assert by_code["dues_lapse"].source == LAPSE_SOURCE and by_code["dues_lapse"].member_uuid == village["li"]
    assert by_code["dues_lapse"].ruleset == "2008" and by_code["dues_not_remitted"].source.startswith(
        "《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）；党支部按当地规定")
    lecture = next(w for w in found if "党课" in w.message)
    assert lecture.source.startswith("《中国共产党支部工作条例（试行）》第十六条") and lecture.ruleset == "2018"
    assert {w.org_uuid for w in found if w.section in ("meetings", "dues")} == {village["branch"]}
    # no duplicates, and the org rules are exactly rules.check_rules'
    assert len({(w.code, w.org_uuid, w.member_uuid, w.message) for w in found}) == len(found)
    assert [w for w in found if w.section == "org"] == rules.check_rules(store, today=TODAY)


def test_findings_go_when_the_branch_does_what_the_rules_ask(store, village):
    pay(store, village["li"], [f"2025-{m:02d}" for m in range(8, 13)], "2026-03-10")   # 补交 five months
    dues.record_remittance(store, village["branch"], "2025-01", "2025-12", 50600, "2026-01-08", "乡财2026-003",
                           today=TODAY)
    hold(store, village["branch"], "life", "2025-12-28", today=TODAY)
    sites.save_site(store, {"name": "李家村党群服务中心", "building_area": "320"}, org_uuid=village["village"])
    found = checks.all_warnings(store, village["branch"], today=TODAY)
    assert not [w for w in found if w.section == "dues"]        # 2 months unpaid now: no flag
    assert [w.message for w in found if w.section == "meetings" and "组织生活会" in w.message] == []
    # the village has a site now; a branch's subtree has no village findings at all
    assert [w.code for w in checks.all_warnings(store, village["village"], today=TODAY)
            if w.section == "sites"] == []
    assert {w.org_name for w in found} == {"李家村党支部"}


def test_a_yearly_meeting_missed_last_year_still_shows_in_january_and_not_a_year_later(store, village):
    january = [w.message for w in checks.meeting_warnings(store, village["branch"], dt.date(2026, 1, 10))]
    assert "近一年组织生活会有 1 期未按期召开：2025年" in january
    later = [w.message for w in checks.meeting_warnings(store, village["branch"], dt.date(2027, 1, 10))]
    assert not [m for m in later if "2025年" in m and "组织生活会" in m]


def test_unremitted_dues_wait_for_the_end_of_january(store, village):
    messages = [w.message for w in checks.dues_warnings(store, village["branch"], dt.date(2026, 1, 20))]
    assert not [m for m in messages if "未上缴" in m]         # January: last December's batch may still come
    messages = [w.message for w in checks.dues_warnings(store, village["branch"], dt.date(2026, 2, 1))]
    assert "2025年底前收缴的党费尚有 506.00 元未上缴" in messages


def test_the_quick_count_has_every_section_for_a_township_and_leaves_the_heavy_ones_above(store, village,
                                                                                          monkeypatch):
    township = store.query_one("SELECT uuid FROM org_unit WHERE kind = 'township'")["uuid"]
    quick = checks.quick_warnings(store, township, today=TODAY)
    assert quick.left_out == () and quick.warnings == checks.all_warnings(store, township, today=TODAY)
    monkeypatch.setattr(checks, "QUICK_MAX_BRANCHES", 0)
    quick = checks.quick_warnings(store, township, today=TODAY)
    assert quick.left_out == ("meetings", "dues")
    assert {w.section for w in quick.warnings} == {"org", "sites"}
    assert quick.warnings == [w for w in checks.all_warnings(store, township, today=TODAY)
                              if w.section in ("org", "sites")]


def test_progress_is_reported_per_section_and_cancel_stops(store, village):
    from djdesk.core.errors import Cancelled
    from djdesk.core.progress import Progress

    steps = []
    checks.all_warnings(store, today=TODAY, progress=Progress(report=lambda d, t: steps.append((d, t))))
    assert steps == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    with pytest.raises(Cancelled):
        checks.all_warnings(store, today=TODAY, progress=Progress(is_cancelled=lambda: True))


def test_the_township_summary_still_counts_only_the_three_problems(store, village):
    from djdesk.core.sync import township

    rollup = township.rollup(store, 2025, as_of=TODAY)
    [row] = rollup.villages
    assert row.three_problems == ["全村党员仅 2 名，少于 10 名", "没有 40 岁以下党员", "没有女党员"]


def test_six_months_away_from_organisational_life_is_a_meetings_finding(store, village):
    """Party Constitution Art. 9: six consecutive months without taking part and without leave —
    flagged by compliance.lapse_flags, listed by 检查 under 三会一课 with the member."""
    from djdesk.core import meetings as mt

    wang = add(store, village["branch"], "王五")
    for month in range(4, 10):                                   # 主题党日 April to September 2025
        hold(store, village["branch"], mt.THEME_DAY, f"2025-{month:02d}-08", {"王五": mt.ABSENT}, today=TODAY)
    found = [w for w in checks.all_warnings(store, village["village"], today=TODAY) if w.code == "meetings_lapse"]
    assert [(w.section, w.level, w.member_uuid, w.org_name) for w in found] == [
        ("meetings", "warning", wang, "李家村党支部")]
    assert found[0].message == ("王五：2025年4月至2025年9月连续 6 个月未参加组织生活且未请假（缺席 6 次会议），"
                                "按党章第九条应予处理，目前仍未参加")
    assert found[0].source == checks.SRC_LAPSE_MEETINGS
