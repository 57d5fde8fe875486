"""三会一课 records (djdesk.core.meetings): drafts from the roster, checks, quorum, saving with
history, appraisals, attachments and kind settings."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from djdesk.core import meetings as mt
from djdesk.core import members, orgs
from djdesk.core.errors import UserError, ValidationError

TODAY = dt.date(2025, 6, 30)
# name, ID number, category, post, join date, conversion date
PEOPLE = (
    ("张书记", "11010519491231002X", "正式", "书记", "1975-07-01", "1976-07-01"),
    ("李委员", "110105197003070018", "正式", "组织委员", "1995-07-01", "1996-07-01"),
    ("王宣传", "110105196805120019", "正式", "宣传委员", "1990-07-01", "1991-07-01"),
    ("赵大山", "110105196201010011", "正式", "", "1985-07-01", "1986-07-01"),
    ("钱秀英", "110105197505050025", "正式", "", "2000-07-01", "2001-07-01"),
    ("孙小明", "110105198807150026", "预备", "", "2025-03-01", ""),
)


def add_people(store, branch, people=PEOPLE, group=None):
    out = {}
    for name, id_number, category, post, join, conversion in people:
        gender = "男" if int(id_number[16]) % 2 else "女"
        out[name] = members.add_member(store, dict(
            org_uuid=branch, group_uuid=group, name=name, id_number=id_number, gender=gender, ethnicity="汉族",
            category=category, party_post=post, join_date=join, conversion_date=conversion),
            entry_date=join, today=TODAY)
    return out


@pytest.fixture
def branch(store):
    uuid = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    with store.transaction():
        store.update("org_unit", uuid, {"committee_size": 3})
    return uuid


@pytest.fixture
def people(store, branch):
    return add_people(store, branch)


def mark(draft, statuses: dict[str, str], default: str = mt.PRESENT, reason: str = "家中有事"):
    draft.values["place"] = draft.values["place"] or "村部会议室"
    draft.values["minutes"] = draft.values["minutes"] or "会议内容"
    for p in draft.people:
        p["status"] = statuses.get(p["name"], default)
        if p["status"] in (mt.LEAVE,):
            p["reason"] = reason
        if p["status"] == mt.EXCUSED:
            p["reason"] = mt.EXCUSE_REASONS[3]
    return draft


# ----- drafts ---------------------------------------------------------------------------------

def test_new_draft_is_half_filled_from_template_and_roster(store, branch, people):
    draft = mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 5, 10))
    v = draft.values
    assert (v["title"], v["host"], v["recorder"], v["held_on"]) == (
        "2025年5月主题党日活动", "张书记", "李委员", "2025-05-10")
    assert v["agenda"] == "一、重温入党誓词\n二、集中学习\n三、交纳党费\n四、议事议题\n五、志愿服务"
    assert v["minutes"].startswith("一、重温入党誓词\n全体党员面向党旗重温入党誓词。")
    # committee first (书记, 组织委员, 宣传委员), then the others by pinyin
    assert [p["name"] for p in draft.people] == ["张书记", "李委员", "王宣传", "钱秀英", "孙小明", "赵大山"]
    assert {p["name"]: (p["category"], p["has_vote"], p["status"]) for p in draft.people}["孙小明"] == ("预备", 0, "")
    lecture = mt.new_draft(store, branch, mt.LECTURE, day=dt.date(2025, 8, 1))
    assert (lecture.values["title"], lecture.values["lecturer"]) == ("2025年第三季度党课", "张书记")


def test_committee_meeting_expects_the_committee_only(store, branch, people):
    draft = mt.new_draft(store, branch, mt.COMMITTEE, day=dt.date(2025, 5, 3))
    assert [p["name"] for p in draft.people] == ["张书记", "李委员", "王宣传"]


def test_roster_on_the_day_follows_status_events_and_probation(store, branch, people):
    members.change_status(store, people["赵大山"], "转出", "2025-04-15", counterpart="某县某村党支部",
                          today=TODAY)
    names = lambda day: {p["name"]: p["category"] for p in mt.expected_people(store, branch, "branch", None, day)}
    before = names("2025-04-14")
    assert "赵大山" in before and "孙小明" in before and before["孙小明"] == "预备"
    assert "赵大山" not in names("2025-04-15")
    assert "孙小明" not in names("2025-02-28")          # not yet a member: never expected
    # a member converted later was probationary on an earlier day
    assert mt.category_on({"category": "正式", "conversion_date": "2025-06-01"}, "2025-05-31") == "预备"
    assert mt.category_on({"category": "正式", "conversion_date": "2025-06-01"}, "2025-06-01") == "正式"


def test_group_meeting_needs_a_group_of_the_branch_and_expects_its_members(store, branch, people):
    group = orgs.add_org(store, branch, {"kind": "group", "name": "第一党小组"})
    with store.transaction():
        for name in ("赵大山", "钱秀英"):
            store.update("member", people[name], {"group_uuid": group})
    assert mt.branches_under(store, group) == [{"uuid": branch, "name": "李家村党支部", "kind": "branch"}]
    draft = mt.new_draft(store, branch, mt.GROUP, group, day=dt.date(2025, 5, 20))
    assert draft.values["title"] == "第一党小组2025年5月党小组会"
    assert [p["name"] for p in draft.people] == ["钱秀英", "赵大山"]
    draft.values["group_uuid"] = None
    assert mt.check_meeting(store, mark(draft, {}), today=TODAY).problems["group_uuid"] == "党小组会请选择党小组"
    theme = mark(mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 5, 20)), {})
    theme.values["group_uuid"] = group
    assert mt.check_meeting(store, theme, today=TODAY).problems["group_uuid"] == "主题党日以支部为单位召开，不选党小组"


# ----- checks ---------------------------------------------------------------------------------

def test_every_problem_is_reported_by_field_in_chinese(store, branch, people):
    draft = mt.new_draft(store, branch, mt.LECTURE, day=dt.date(2025, 5, 10))
    draft.values.update(host="", lecturer="", topic="", start_time="9:00", end_time="8:30", title=" ")
    draft.people[0]["status"] = mt.LEAVE                       # no reason
    draft.people[1]["status"] = mt.EXCUSED
    draft.people[1]["reason"] = "不想来"                        # not one of the five cases
    draft.votes = [{"subject": "关于修路的决议", "votes_for": 3}]
    problems = mt.check_meeting(store, draft, today=TODAY).problems
    assert problems == {
        "title": "请填写会议名称",
        "host": "请填写主持人",
        "lecturer": "党课请填写讲课人",
        "topic": "党课请填写主题",
        "end_time": "结束时间应晚于开始时间",
        "attendance.0": "张书记请假，请填写请假原因",
        "attendance.1": "李委员不计入应到人数，须属于规定情形：" + "；".join(mt.EXCUSE_REASONS),
        "attendance": "还有 4 人未登记出席情况：王宣传、钱秀英、孙小明、赵大山",
        "votes.0": "党课不进行表决；需要表决的事项请在支部党员大会或支部委员会上表决",
    }


def test_a_planned_meeting_takes_leave_but_not_presence(store, branch, people):
    draft = mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 7, 5))
    draft.people[0].update(status=mt.LEAVE, reason="公务外出")
    assert mt.check_meeting(store, draft, today=TODAY).ok
    draft.people[1]["status"] = mt.PRESENT
    assert mt.check_meeting(store, draft, today=TODAY).problems == {
        "attendance.1": "会议尚未召开，不能登记李委员“出席”"}
    draft.values["held_on"] = "2026-07-31"
    assert mt.check_meeting(store, draft, today=TODAY).problems["held_on"] == "会议日期不能晚于一年以后"


def test_tally_derives_expected_and_present_never_typed(store, branch, people):
    draft = mark(mt.new_draft(store, branch, mt.ASSEMBLY, day=dt.date(2025, 6, 20)),
                 {"赵大山": mt.ABSENT, "钱秀英": mt.LEAVE, "王宣传": mt.EXCUSED})
    draft.people.append({"member_uuid": None, "name": "乡党委刘委员", "status": mt.GUEST, "note": "乡党委组织委员"})
    t = mt.check_meeting(store, draft, today=TODAY).tally
    assert t == mt.Tally(expected=5, present=3, leave=1, absent=1, excused=1, unrecorded=0, guests=1,
                         voting_expected=4, voting_present=2, voting_away=2)


# ----- quorum and votes (RULES.md §2) ---------------------------------------------------------

def test_quorum_is_more_than_half_of_voting_members_who_should_attend():
    t = mt.Tally(expected=9, present=5, voting_expected=7, voting_present=4, voting_away=3)
    assert mt.quorum_ok(t)
    assert not mt.quorum_ok(mt.Tally(expected=9, present=6, voting_expected=8, voting_present=4))   # half, not more
    result = mt.vote_result(t, {"votes_for": 3, "written_for": 1})
    assert (result.quorum_ok, result.votes_in_favour, result.needed, result.passed) == (True, 4, 4, True)
    assert result.text == "赞成 4 票，超过应到有表决权的党员半数（4 票），通过"
    assert result.quorum_text == "应到有表决权的党员 7 名，实到 4 名，达到超过半数的要求"
    # in favour must exceed half of those who SHOULD attend, not of those present
    failed = mt.vote_result(t, {"votes_for": 3})
    assert (failed.passed, failed.text) == (False, "赞成 3 票，未超过应到有表决权的党员半数（需 4 票），未通过")
    short = mt.vote_result(mt.Tally(expected=8, present=4, voting_expected=7, voting_present=3), {"votes_for": 3,
                                                                                               "written_for": 2})
    assert (short.quorum_ok, short.passed, short.text) == (False, False, "到会人数不足，不能作出决议")


def test_elections_need_four_fifths_and_committees_count_their_members():
    assert mt.quorum_ok(mt.Tally(voting_expected=10, voting_present=8), vote_type="选举")
    assert not mt.quorum_ok(mt.Tally(voting_expected=10, voting_present=7), vote_type="选举")
    assert mt.quorum_ok(mt.Tally(expected=5, present=3), audience="committee")
    assert not mt.quorum_ok(mt.Tally(expected=4, present=2), audience="committee")
    r = mt.vote_result(mt.Tally(expected=5, present=3), {"votes_for": 3}, audience="committee")
    assert (r.passed, r.needed, r.quorum_text) == (True, 3, "应到委员 5 名，实到 3 名，达到超过半数的要求")


@given(expected=st.integers(0, 60), data=st.data())
def test_vote_passes_exactly_when_quorate_and_in_favour_exceeds_half(expected, data):
    present = data.draw(st.integers(0, expected))
    for_ = data.draw(st.integers(0, present))
    written = data.draw(st.integers(0, expected - present))
    t = mt.Tally(expected=expected, present=present, voting_expected=expected, voting_present=present)
    r = mt.vote_result(t, {"votes_for": for_, "written_for": written})
    assert r.quorum_ok == (2 * present > expected)
    assert r.passed == (2 * present > expected and 2 * (for_ + written) > expected)


def test_probationary_members_do_not_vote_and_excused_are_not_counted(store, branch, people):
    draft = mark(mt.new_draft(store, branch, mt.ASSEMBLY, day=dt.date(2025, 6, 20)),
                 {"赵大山": mt.ABSENT, "钱秀英": mt.ABSENT, "王宣传": mt.EXCUSED})
    # 5 full members, one excused: 4 voting should attend; present voting 2 (张, 李) + 孙 (预备, no vote)
    draft.votes = [{"subject": "接收孙小明同志为中共预备党员", "votes_for": 2, "written_for": 0}]
    check = mt.check_meeting(store, draft, today=TODAY)
    assert (check.tally.voting_expected, check.tally.voting_present) == (4, 2)
    assert check.vote_results[0].quorum_ok is False
    assert check.warnings == ["表决事项“接收孙小明同志为中共预备党员”：应到有表决权的党员 4 名，实到 2 名，"
                              "未达到超过半数的要求，会议不能作出决议（《中国共产党支部工作条例（试行）》第十一条）"]
    draft.votes[0].update(votes_for=3)
    assert mt.check_meeting(store, draft, today=TODAY).problems == {
        "votes.0": "第 1 项表决“接收孙小明同志为中共预备党员”：到会表决 3 票，多于到会有表决权的 2 人"}
    draft.votes[0].update(votes_for=2, written_for=3)
    assert mt.check_meeting(store, draft, today=TODAY).problems == {
        "votes.0": "第 1 项表决“接收孙小明同志为中共预备党员”：书面意见 3 份，多于未到会有表决权的 2 人"}


def test_meeting_deciding_without_quorum_is_flagged_in_the_list(store, branch, people):
    draft = mark(mt.new_draft(store, branch, mt.ASSEMBLY, day=dt.date(2025, 6, 20)),
                 {"赵大山": mt.ABSENT, "钱秀英": mt.ABSENT, "王宣传": mt.ABSENT})
    draft.votes = [{"subject": "关于村组道路硬化的决议", "votes_for": 2}]
    mt.save_meeting(store, draft, today=TODAY)
    good = mark(mt.new_draft(store, branch, mt.ASSEMBLY, day=dt.date(2025, 3, 20)), {})
    good.votes = [{"subject": "关于党费收缴情况的报告", "votes_for": 5}]
    mt.save_meeting(store, good, today=TODAY)
    rows = mt.list_meetings(store, mt.MeetingFilter(branch, 2025))
    assert [(r["held_on"], r["record_no"], r["flags"]) for r in rows] == [
        ("2025-06-20", "2025-001", ["未达到规定人数却作出表决"]), ("2025-03-20", "2025-002", [])]


# ----- saving and history ---------------------------------------------------------------------

def test_save_edit_and_history_names_who_changed_what(store, branch, people):
    store.account = "李会计"
    draft = mark(mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 5, 10)), {"赵大山": mt.ABSENT})
    uuid = mt.save_meeting(store, draft, today=TODAY)
    assert store.query_one("SELECT record_no, place, deleted FROM meeting WHERE uuid = ?", (uuid,)) == {
        "record_no": "2025-001", "place": "村部会议室", "deleted": 0}
    store.account = "王书记"
    again = mt.load_draft(store, uuid)
    again.values["place"] = "党员活动室"
    zhao = next(p for p in again.people if p["name"] == "赵大山")
    zhao.update(status=mt.LEAVE, reason="外出务工")
    again.people.append({"member_uuid": None, "name": "驻村第一书记", "status": mt.GUEST})
    mt.save_meeting(store, again, uuid, today=TODAY)
    history = [(h["account"], h["item"], h["change"]) for h in mt.meeting_history(store, uuid)]
    assert history == [
        ("李会计", "会议记录", "新建"),
        ("李会计", "出席名单", "6 人：张书记、李委员、王宣传、钱秀英、孙小明、赵大山"),
        ("王书记", "地点", "村部会议室 → 党员活动室"),
        ("王书记", "出席情况 赵大山", "出席情况：缺席 → 请假；原因：（空） → 外出务工"),
        ("王书记", "出席名单", "加入 驻村第一书记（列席）"),
    ]
    # a save with nothing changed writes nothing
    before = store.scalar("SELECT count(*) FROM audit_log")
    mt.save_meeting(store, mt.load_draft(store, uuid), uuid, today=TODAY)
    assert store.scalar("SELECT count(*) FROM audit_log") == before


def test_save_is_one_transaction(store, branch, people, monkeypatch):
    draft = mark(mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 5, 10)), {})
    draft.add_files = [mt.NewAttachment("签到表.png", b"\x89PNG\r\n\x1a\n" + b"0" * 20)]

    def broken(*args, **kwargs):
        raise RuntimeError("power cut")
    monkeypatch.setattr(mt, "_save_files", broken)
    with pytest.raises(RuntimeError):
        mt.save_meeting(store, draft, today=TODAY)
    assert [store.scalar(f"SELECT count(*) FROM {t}") for t in ("meeting", "meeting_attendance", "attachment")] \
        == [0, 0, 0]


def test_record_numbers_run_per_branch_and_year(store, branch, people):
    numbers = []
    for day in (dt.date(2024, 12, 20), dt.date(2025, 1, 5), dt.date(2025, 2, 5)):
        uuid = mt.save_meeting(store, mark(mt.new_draft(store, branch, mt.THEME_DAY, day=day), {}), today=TODAY)
        numbers.append(mt.get_meeting(store, uuid)["record_no"])
    assert numbers == ["2024-001", "2025-001", "2025-002"]
    draft = mt.load_draft(store, uuid)
    draft.values["held_on"] = "2024-12-28"              # moved to another year: renumbered there
    mt.save_meeting(store, draft, uuid, today=TODAY)
    assert mt.get_meeting(store, uuid)["record_no"] == "2024-002"


def test_delete_leaves_tombstones_of_the_meeting_and_its_rows(store, branch, people):
    draft = mark(mt.new_draft(store, branch, mt.ASSEMBLY, day=dt.date(2025, 6, 20)), {})
    draft.votes = [{"subject": "关于修路的决议", "votes_for": 5}]
    uuid = mt.save_meeting(store, draft, today=TODAY)
    mt.delete_meeting(store, uuid)
    assert store.query("SELECT deleted, count(*) AS n FROM meeting_attendance GROUP BY deleted") == [
        {"deleted": 1, "n": 6}]
    assert store.scalar("SELECT deleted FROM meeting_vote") == 1
    assert mt.list_meetings(store, mt.MeetingFilter(branch)) == []
    with pytest.raises(UserError, match="不存在"):
        mt.get_meeting(store, uuid)


# ----- 民主评议党员 ----------------------------------------------------------------------------

def test_appraisal_grades_full_members_only_and_warns_over_a_third_excellent(store, branch, people):
    draft = mark(mt.new_draft(store, branch, mt.APPRAISAL, day=dt.date(2025, 6, 20)), {})
    draft.grades = {people["孙小明"]: "合格"}
    assert mt.check_meeting(store, draft, today=TODAY).problems == {
        "grades": "预备党员参加评议但不评定等次：孙小明"}
    draft.grades = {people[n]: g for n, g in (("张书记", "优秀"), ("李委员", "优秀"), ("王宣传", "合格"),
                                             ("赵大山", "基本合格"), ("钱秀英", "合格"))}
    check = mt.check_meeting(store, draft, today=TODAY)
    assert check.ok and check.warnings == ["评为优秀的 2 名，超过参评党员 5 名的三分之一（一般不超过1/3）"]
    uuid = mt.save_meeting(store, draft, today=TODAY)
    summary = mt.appraisal_summary(store, branch, 2025)
    assert (summary["graded"], summary["counts"], summary["too_many_excellent"]) == (
        5, {"优秀": 2, "合格": 2, "基本合格": 1, "不合格": 0}, True)
    again = mt.load_draft(store, uuid)
    again.grades[people["李委员"]] = "合格"
    mt.save_meeting(store, again, uuid, today=TODAY)
    assert mt.appraisal_summary(store, branch, 2025)["counts"]["优秀"] == 1
    assert ("评议等次 李委员", "优秀 → 合格") in [(h["item"], h["change"]) for h in mt.meeting_history(store, uuid)]
    theme = mark(mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 6, 5)), {})
    theme.grades = {people["张书记"]: "优秀"}
    assert mt.check_meeting(store, theme, today=TODAY).problems == {"grades": "只有民主评议党员会议评定等次"}


# ----- attachments ----------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


def test_attachments_are_content_addressed_checked_and_deduplicated(store, branch, people):
    draft = mark(mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 5, 10)), {})
    draft.add_files = [mt.NewAttachment("签到表.jpg", PNG, "签到表"), mt.NewAttachment("副本.png", PNG)]
    uuid = mt.save_meeting(store, draft, today=TODAY)
    files = mt.attachments(store, uuid)
    digest = hashlib.sha256(PNG).hexdigest()
    assert [(f["file_name"], f["mime"], f["size"], f["sha256"], f["caption"]) for f in files] == [
        ("签到表.jpg", "image/png", len(PNG), digest, "签到表"), ("副本.png", "image/png", len(PNG), digest, "")]
    assert store.scalar("SELECT count(*) FROM blob") == 1
    assert mt.attachment_data(store, files[0]["uuid"]) == PNG
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        with store.transaction():
            store.conn.execute("UPDATE blob SET data = x'00'")
    # a damaged copy (content not matching its hash) is refused, never shown
    with store.transaction():
        store.conn.execute("INSERT INTO blob (sha256, size, data) VALUES (?, 3, x'000102')", ("0" * 64,))
        store.conn.execute("UPDATE attachment SET sha256 = ? WHERE uuid = ?", ("0" * 64, files[1]["uuid"]))
    with pytest.raises(UserError, match="校验值不符"):
        mt.attachment_data(store, files[1]["uuid"])
    again = mt.load_draft(store, uuid)
    again.remove_files = [files[1]["uuid"]]
    mt.save_meeting(store, again, uuid, today=TODAY)
    assert [f["file_name"] for f in mt.attachments(store, uuid)] == ["签到表.jpg"]


def test_attachment_size_limit_and_type_sniffing(store, branch, people, tmp_path):
    assert mt.sniff_mime(b"%PDF-1.7 ...", "scan.jpg") == "application/pdf"
    assert mt.sniff_mime(b"\xff\xd8\xff\xe0", "x") == "image/jpeg"
    assert mt.sniff_mime(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "") == "image/webp"
    assert mt.sniff_mime(b"plain", "说明.txt") == "text/plain"
    big = tmp_path / "big.jpg"
    with big.open("wb") as f:
        f.truncate(mt.MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(UserError, match="超过 20 MB 的上限"):
        mt.read_attachment_file(big)
    with pytest.raises(UserError, match="无法读取文件"):
        mt.read_attachment_file(tmp_path / "missing.jpg")
    draft = mark(mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 5, 10)), {})
    draft.add_files = [mt.NewAttachment("空.jpg", b"")]
    assert mt.check_meeting(store, draft, today=TODAY).problems == {"attachments": "附件“空.jpg”是空文件"}


# ----- kinds and templates --------------------------------------------------------------------

def test_kind_settings_apply_below_and_the_nearest_wins(store, branch, people):
    township = next(n.uuid for n in orgs.tree(store) if n.kind == "township")
    assert mt.kind_for(store, branch, mt.LECTURE).frequency == "quarterly"      # the UNCONFIRMED default
    mt.save_kind_settings(store, township, mt.LECTURE, {"frequency": "monthly"})
    assert mt.kind_for(store, branch, mt.LECTURE).frequency == "monthly"
    mt.save_kind_settings(store, branch, mt.LECTURE, {"frequency": "half_yearly",
                                                      "template_agenda": "一、党课\n二、讨论"})
    kind = mt.kind_for(store, branch, mt.LECTURE)
    assert (kind.frequency, kind.template_agenda, kind.name) == ("half_yearly", "一、党课\n二、讨论", "党课")
    assert mt.kind_for(store, township, mt.LECTURE).frequency == "monthly"
    with pytest.raises(ValidationError) as exc:
        mt.save_kind_settings(store, branch, mt.LECTURE, {"frequency": "weekly"})
    assert exc.value.problems == {"frequency": "请选择召开频次"}
    # a built-in kind keeps its name and audience whatever is passed
    mt.save_kind_settings(store, branch, mt.ASSEMBLY, {"name": "大会", "audience": "group"})
    assert (mt.kind_for(store, branch, mt.ASSEMBLY).name, mt.kind_for(store, branch, mt.ASSEMBLY).audience) == (
        "支部党员大会", "branch")


def test_custom_kind_with_template_and_deletion_rules(store, branch, people):
    code = mt.add_custom_kind(store, branch, {"name": "专题学习会", "frequency": "half_yearly",
                                              "template_title": "{year}年专题学习会", "counts_as_life": 0})
    kind = mt.kind_for(store, branch, code)
    assert (kind.name, kind.builtin, kind.counts_as_life, kind.frequency_label) == ("专题学习会", False, False, "每半年")
    with pytest.raises(ValidationError) as exc:
        mt.add_custom_kind(store, branch, {"name": "专题学习会", "frequency": "none"})
    assert exc.value.problems == {"name": "已有名为“专题学习会”的会议类型"}
    draft = mark(mt.new_draft(store, branch, code, day=dt.date(2025, 5, 10)), {})
    assert draft.values["title"] == "2025年专题学习会"
    uuid = mt.save_meeting(store, draft, today=TODAY)
    with pytest.raises(UserError, match="已有 1 次会议使用这个类型"):
        mt.delete_custom_kind(store, branch, code)
    mt.delete_meeting(store, uuid)
    mt.delete_custom_kind(store, branch, code)
    assert code not in {k.code for k in mt.kinds_for(store, branch)}
    with pytest.raises(UserError, match="内置会议类型不能删除"):
        mt.delete_custom_kind(store, branch, mt.LECTURE)


def test_saving_a_template_makes_the_next_record_start_from_it(store, branch, people):
    mt.save_kind_settings(store, branch, mt.THEME_DAY, {"template_agenda": "一、升国旗\n二、学习{month}月文件"})
    draft = mt.new_draft(store, branch, mt.THEME_DAY, day=dt.date(2025, 9, 1))
    assert draft.values["agenda"] == "一、升国旗\n二、学习9月文件"
