"""Roster records: ID numbers, validation, status history, search."""

import datetime as dt

import pytest

from djdesk.core import idnumber, members, orgs, pinyin, roster
from djdesk.core.database import NewDatabase, create_database
from djdesk.core.errors import UserError, ValidationError

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def village(tmp_path):
    store = create_database(tmp_path / "v.sqlite", NewDatabase("village", "红星乡党委", "410101", "李家村"))
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    return store, branch


def person(branch, **extra):
    values = dict(org_uuid=branch, name="张三丰", gender="女", ethnicity="汉族",
                  id_number="11010519491231002X", category="正式", join_date="1975-07-01",
                  conversion_date="1976-07-01", phone="13800001111")
    return {**values, **extra}


# ----- ID numbers (GB 11643, RULES.md §6) -----------------------------------------------------

def _with_check_digit(first17):
    from stdnum.cn import ric
    return first17 + ric.calc_check_digit(first17 + "0")


def test_valid_id_numbers_give_birth_date_and_gender():
    r = idnumber.check_id_number("11010519491231002X")
    assert r.ok and r.birth_date == dt.date(1949, 12, 31) and r.gender == "女"
    r = idnumber.check_id_number(" 110105 19491231 002x ")   # spaces and lower-case x are tidied
    assert r.ok and r.number == "11010519491231002X"


def test_bad_check_digit_names_the_right_digit():
    r = idnumber.check_id_number("110105194912310021")
    assert r.error == "身份证号校验位错误（最后一位应为 X）"


def test_impossible_and_future_birth_dates_are_errors():
    r = idnumber.check_id_number(_with_check_digit("11010519490230002"))
    assert r.error == "身份证号中的出生日期 19490230 不是有效日期"
    r = idnumber.check_id_number(_with_check_digit("11010520990101002"), today=TODAY)
    assert r.error == "身份证号中的出生日期 2099-01-01 晚于今天"


def test_wrong_length_and_letters():
    assert idnumber.check_id_number("4101021980").error == "身份证号应为18位，现为10位"
    assert "前17位应全为数字" in idnumber.check_id_number("11010519491231A02X").error


def test_unknown_area_code_is_only_a_warning():
    """stdnum rejects the standard's own example for its area-code table (RULES.md §6)."""
    r = idnumber.check_id_number("440524188001010014")
    assert r.ok and r.gender == "男"
    assert r.warnings == ["身份证号地区码 440524 未收录（可能是已撤销或调整的地区，请核对）"]


def test_gender_and_birth_date_are_cross_checked():
    r = idnumber.check_against("11010519491231002X", None, "男")
    assert r.error == "性别“男”与身份证号（第17位表示女性）不一致"
    r = idnumber.check_against("11010519491231002X", dt.date(1949, 12, 30), "女")
    assert r.error == "出生日期 1949-12-30 与身份证号中的 1949-12-31 不一致"


def test_mask():
    assert idnumber.mask("11010519491231002X") == "1101**********002X"
    assert idnumber.mask("1234") == "****" and idnumber.mask(None) == ""


# ----- pinyin ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, initials, full", [
    ("张三丰", "zsf", "zhangsanfeng"),
    ("曾国藩", "zgf", "zengguofan"),     # surname reading, not céng
    ("单雄信", "sxx", "shanxiongxin"),
    ("解缙", "xj", "xiejin"),
    ("仇英", "qy", "qiuying"),
    ("万俟卨", "mqx", "moqixie"),
])
def test_pinyin_keys_read_surnames_as_surnames(name, initials, full):
    assert pinyin.keys(name) == (initials, full)


# ----- members -----------------------------------------------------------------------------------

def test_add_member_derives_birth_date_and_records_entry_event(village):
    store, branch = village
    uuid = members.add_member(store, person(branch), entry_date="2020-03-01", today=TODAY)
    m = members.get_member(store, uuid)
    assert (m["birth_date"], m["status"], m["name_initials"]) == ("1949-12-31", "在册", "zsf")
    assert [(e["kind"], e["to_status"]) for e in members.history(store, uuid)] == [("入册", "在册")]


def test_every_problem_is_reported_by_field_and_nothing_is_saved(village):
    store, branch = village
    bad = person(branch, name="", gender="男", phone="12345", join_date="2099-01-01",
                 category="预备", id_number="110105194912310021")
    with pytest.raises(ValidationError) as err:
        members.add_member(store, bad, today=TODAY)
    assert err.value.problems == {
        "name": "姓名不能为空",
        "join_date": "入党时间不能晚于今天",
        "id_number": "身份证号校验位错误（最后一位应为 X）",
        "birth_date": "出生日期不能为空（填写身份证号可自动带出）",
        "conversion_date": "预备党员不应有转正时间；转正后请把类别改为“正式”",
        "phone": "联系电话应为11位手机号或带区号的固定电话",
    }
    assert store.scalar("SELECT count(*) FROM member") == 0


def test_join_age_duplicate_id_and_wrong_org(village):
    store, branch = village
    members.add_member(store, person(branch), today=TODAY)
    check = members.check_member(store, person(branch, join_date="1960-01-01", conversion_date=""),
                                 today=TODAY)
    assert check.problems["join_date"] == "入党时间时未满18周岁（党章第一条）"
    assert check.problems["id_number"] == "身份证号与李家村党支部的党员“张三丰”重复"
    village_uuid = next(n.uuid for n in orgs.tree(store) if n.kind == "village")
    check = members.check_member(store, person(branch, org_uuid=village_uuid), today=TODAY)
    assert check.problems["org_uuid"] == "党员应登记在党支部或联合党支部，不能直接登记在村"


def test_add_members_writes_all_or_nothing_and_names_the_bad_record(village):
    store, branch = village
    second = person(branch, name="李秀英", id_number=_with_check_digit("11010519500101002"), gender="女")
    batch = [person(branch), second, person(branch, name="王五", gender="女")]   # the third repeats the first's ID
    with pytest.raises(members.RowValidationError) as err:
        members.add_members(store, batch, entry_date="2020-03-01", today=TODAY)
    assert err.value.index == 2
    assert err.value.problems == {"id_number": "身份证号与同批第1条记录重复"}
    assert store.scalar("SELECT count(*) FROM member") == 0

    uuids = members.add_members(store, batch[:2], entry_date="2020-03-01", notes=["第3行", "第4行"], today=TODAY)
    assert [members.get_member(store, u)["name"] for u in uuids] == ["张三丰", "李秀英"]
    assert [e["note"] for u in uuids for e in members.history(store, u)] == ["第3行", "第4行"]
    assert store.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'member' AND action = 'insert'") == 2



def test_prechecked_batches_still_meet_the_database_as_it_is_now(village):
    """An import's plan holds values checked earlier; writing them checks again only what the
    database can have changed meanwhile: an ID number entered by hand, a branch removed."""
    store, branch = village
    second = person(branch, name="李秀英", id_number=_with_check_digit("11010519500101002"))
    checked = [members.check_member(store, v, today=TODAY).values for v in (person(branch), second)]
    members.add_member(store, person(branch, name="张三"), today=TODAY)          # same ID, typed in meanwhile
    with pytest.raises(members.RowValidationError) as err:
        members.add_members(store, checked, entry_date="2020-03-01", today=TODAY, prechecked=True)
    assert (err.value.index, err.value.problems) == (0, {"id_number": "身份证号与李家村党支部的党员“张三”重复"})
    other = orgs.add_org(store, orgs.get_org(store, branch)["parent_uuid"], {"kind": "branch", "name": "第二党支部"})
    moved = [{**checked[1], "org_uuid": other}]
    orgs.delete_org(store, other)
    with pytest.raises(members.RowValidationError) as err:
        members.add_members(store, moved, entry_date="2020-03-01", today=TODAY, prechecked=True)
    assert err.value.problems == {"org_uuid": "所选支部不存在"}
    uuids = members.add_members(store, checked[1:], entry_date="2020-03-01", today=TODAY, prechecked=True)
    stored = members.get_member(store, uuids[0])
    assert (stored["name"], stored["birth_date"], stored["name_initials"]) == ("李秀英", "1950-01-01", "lxy")


def test_update_member_changes_only_what_changed(village):
    store, branch = village
    uuid = members.add_member(store, person(branch), today=TODAY)
    before = members.get_member(store, uuid)
    members.update_member(store, uuid, {"phone": "13900002222"}, today=TODAY)
    after = members.get_member(store, uuid)
    assert after["phone"] == "13900002222" and after["hlc"] > before["hlc"]
    members.update_member(store, uuid, {"phone": "13900002222"}, today=TODAY)
    assert members.get_member(store, uuid)["hlc"] == after["hlc"]


def test_status_changes_are_events_with_history(village):
    store, branch = village
    uuid = members.add_member(store, person(branch), entry_date="2020-01-01", today=TODAY)
    with pytest.raises(ValidationError) as err:
        members.change_status(store, uuid, "转出", "2021-05-01", today=TODAY)
    assert err.value.problems == {"counterpart": "请填写转出/转入的党组织"}
    members.change_status(store, uuid, "转出", "2021-05-01", counterpart="青山镇党委", today=TODAY)
    with pytest.raises(ValidationError, match="不能办理“去世”"):
        members.change_status(store, uuid, "去世", "2021-06-01", today=TODAY)
    with pytest.raises(ValidationError, match="不能早于上一次变动"):
        members.change_status(store, uuid, "转入", "2021-04-01", counterpart="青山镇党委", today=TODAY)
    members.change_status(store, uuid, "转入", "2023-02-01", counterpart="青山镇党委", note="回村", today=TODAY)
    events = members.history(store, uuid)
    assert [(e["event_date"], e["kind"], e["from_status"], e["to_status"]) for e in events] == [
        ("2020-01-01", "入册", None, "在册"),
        ("2021-05-01", "转出", "在册", "转出"),
        ("2023-02-01", "转入", "转出", "在册"),
    ]
    assert members.get_member(store, uuid)["status_date"] == "2023-02-01"


def test_delete_leaves_a_tombstone(village):
    store, branch = village
    uuid = members.add_member(store, person(branch), today=TODAY)
    members.delete_member(store, uuid)
    with pytest.raises(UserError):
        members.get_member(store, uuid)
    assert store.scalar("SELECT name FROM member WHERE uuid = ? AND deleted = 1", (uuid,)) == "张三丰"


# ----- search and filters --------------------------------------------------------------------

@pytest.fixture
def roster_db(village):
    store, branch = village
    people = [("张三丰", "女", "11010519491231002X", "正式"),
              ("曾国藩", "男", "440524188001010014", "正式"),
              ("李小红", "女", _with_check_digit("41010120000101002"), "预备")]
    for name, gender, id_number, category in people:
        members.add_member(store, person(branch, name=name, gender=gender, id_number=id_number,
                                         category=category, join_date="2025-01-01" if category == "预备" else "1975-07-01",
                                         conversion_date="" if category == "预备" else "1976-07-01",
                                         phone="1390000" + id_number[-4:].replace("X", "9")), today=TODAY)
    return store


def names(store, **f):
    ids = roster.member_ids(store, roster.RosterFilter(today=TODAY, **f))
    return [r["name"] for r in map(roster.rows_for(store, ids).get, ids)]


def test_search_by_pinyin_initials_full_pinyin_name_and_digits(roster_db):
    assert names(roster_db, text="zsf") == ["张三丰"]
    assert names(roster_db, text="ZGF") == ["曾国藩"]
    assert names(roster_db, text="zeng") == ["曾国藩"]
    assert names(roster_db, text="小红") == ["李小红"]
    assert names(roster_db, text="19491231") == ["张三丰"]
    assert names(roster_db, text="1231002x") == ["张三丰"]
    assert names(roster_db, text="1390000") == ["李小红", "曾国藩", "张三丰"]  # pinyin order
    assert names(roster_db, text="%") == []


def test_filters_by_category_gender_age_band_and_status(roster_db):
    assert names(roster_db, category="预备") == ["李小红"]
    assert names(roster_db, gender="女") == ["李小红", "张三丰"]
    assert names(roster_db, age_band="61岁及以上") == ["曾国藩", "张三丰"]
    with pytest.raises(ValueError):
        names(roster_db, age_band="sixty")
    assert names(roster_db, age_band="36-40岁") == []
    zhang = roster.member_ids(roster_db, roster.RosterFilter(text="zsf"))[0]
    members.change_status(roster_db, zhang, "去世", TODAY.isoformat(), today=TODAY)
    assert names(roster_db) == ["李小红", "曾国藩"]
    assert names(roster_db, status="去世") == ["张三丰"]
    assert len(names(roster_db, status=None)) == 3


def test_sorting_by_age_and_branch_counts(roster_db):
    ids = roster.member_ids(roster_db, roster.RosterFilter(), sort="age")
    rows = roster.rows_for(roster_db, ids)
    assert [rows[i]["name"] for i in ids] == ["李小红", "张三丰", "曾国藩"]  # youngest first
    assert roster.counts(roster_db) == {"total": 3, "full_members": 2, "probationary": 1, "women": 2}


def test_entry_needs_a_date_not_in_the_future_and_a_counterpart_for_transfers(village):
    store, branch = village
    with pytest.raises(ValidationError) as err:
        members.add_member(store, person(branch), entry="转入", entry_date="2099-01-01", today=TODAY)
    assert err.value.problems == {"entry_date": "登记日期不能晚于今天", "counterpart": "转入请填写原所在党组织"}
    with pytest.raises(ValidationError) as err:
        members.add_member(store, person(branch), entry_date="2020-02-30", today=TODAY)
    assert err.value.problems == {"entry_date": "请填写有效日期（格式：2001-07-01）"}
    assert store.scalar("SELECT count(*) FROM member") == 0
    uuid = members.add_member(store, person(branch), entry="转入", entry_date="2021-03-01",
                              counterpart=" 青山镇党委 ", today=TODAY)
    [event] = members.history(store, uuid)
    assert (event["kind"], event["event_date"], event["counterpart"]) == ("转入", "2021-03-01", "青山镇党委")
