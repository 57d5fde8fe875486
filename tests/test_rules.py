"""Org thresholds (RULES.md §3–4) at their boundaries, and the org tree's own rules."""

import datetime as dt

import pytest
from stdnum.cn import ric

from djdesk.core import members, orgs, rules
from djdesk.core.database import NewDatabase, create_database
from djdesk.core.errors import UserError, ValidationError

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def village(tmp_path):
    store = create_database(tmp_path / "v.sqlite", NewDatabase("village", "红星乡党委", "", "李家村"))
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    return store, branch


def add_people(store, branch, count, gender="男", category="正式", birth_year=1970, start=0):
    for i in range(start, start + count):
        first17 = f"410101{birth_year}0101{i:03d}"[:17]
        seq = int(first17[14:17])
        if (seq % 2 == 1) != (gender == "男"):
            continue
        number = first17 + ric.calc_check_digit(first17 + "0")
        members.add_member(store, dict(
            org_uuid=branch, name=f"党员{chr(0x4E00 + i)}", gender=gender, ethnicity="汉族", id_number=number,
            category=category, join_date="2025-12-01" if category == "预备" else f"{birth_year + 25}-07-01",
            conversion_date=None if category == "预备" else f"{birth_year + 26}-07-01"), today=TODAY)


def codes_for(store, org_uuid=None):
    return sorted({(w.code, w.org_name) for w in rules.check_rules(store, today=TODAY)
                   if org_uuid is None or w.org_uuid == org_uuid})


def test_branch_size_boundaries(village):
    store, branch = village
    add_people(store, branch, 4, start=1)        # sequences 1, 3 → 2 men
    assert ("branch_too_small", "李家村党支部") in codes_for(store, branch)
    add_people(store, branch, 2, start=5)        # sequence 5 → 3 full members
    assert ("branch_too_small", "李家村党支部") not in codes_for(store, branch)


def test_committee_needed_from_seven_full_members(village):
    store, branch = village
    add_people(store, branch, 12, start=1)       # 6 men
    assert "committee_missing" not in {c for c, _ in codes_for(store, branch)}
    add_people(store, branch, 2, start=13)       # 7
    assert "committee_missing" in {c for c, _ in codes_for(store, branch)}
    orgs.update_org(store, branch, {"committee_size": 3, "committee_elected_on": "2021-11-24"})
    assert "committee_missing" not in {c for c, _ in codes_for(store, branch)}


def test_probationary_members_do_not_count_as_full(village):
    store, branch = village
    add_people(store, branch, 4, start=1)
    add_people(store, branch, 2, category="预备", start=5)
    assert ("branch_too_small", "李家村党支部") in codes_for(store, branch)


def test_village_term_of_five_years(village):
    store, branch = village
    orgs.update_org(store, branch, {"committee_elected_on": "2021-11-24"})
    assert "term_expired" not in {c for c, _ in codes_for(store, branch)}
    orgs.update_org(store, branch, {"committee_elected_on": "2021-11-22"})
    [w] = [w for w in rules.check_rules(store, today=TODAY) if w.code == "term_expired"]
    assert w.message == "2021年11月换届，5年任期已于 2026-11-22 届满，应按期换届"
    assert w.source == rules.SRC_VILLAGE and w.ruleset == rules.RULESET


def test_three_problems_check(village):
    store, branch = village
    village_uuid = next(n.uuid for n in orgs.tree(store) if n.kind == "village")
    add_people(store, branch, 6, start=1)
    found = {c for c, _ in codes_for(store, village_uuid)}
    assert {"few_members", "no_young_members", "no_women"} <= found
    add_people(store, branch, 2, gender="女", birth_year=1990, start=100)   # one woman born 1990
    found = {c for c, _ in codes_for(store, village_uuid)}
    assert "no_women" not in found and "no_young_members" not in found and "few_members" in found
    off = rules.check_rules(store, today=TODAY, settings=rules.RuleSettings(three_problems=False))
    assert not {w.code for w in off} & {"few_members", "no_young_members", "no_women"}


def test_probation_overdue(village):
    store, branch = village
    add_people(store, branch, 2, category="预备", start=1)
    assert "probation_overdue" not in {c for c, _ in codes_for(store)}
    a_year_on = rules.check_rules(store, today=dt.date(2026, 12, 1))
    assert "probation_overdue" not in {w.code for w in a_year_on}
    overdue = [w for w in rules.check_rules(store, today=dt.date(2026, 12, 2)) if w.code == "probation_overdue"]
    assert len(overdue) == 1 and overdue[0].member_uuid


def test_org_tree_rules(village):
    store, branch = village
    with pytest.raises(ValidationError, match="党支部下不能设立村"):
        orgs.add_org(store, branch, {"kind": "village", "name": "王家村"})
    group = orgs.add_org(store, branch, {"kind": "group", "name": "第一党小组"})
    assert [n.name for n in orgs.tree(store)] == ["红星乡党委", "李家村", "李家村党支部", "第一党小组"]
    assert orgs.full_name(store, group) == "红星乡党委 / 李家村 / 李家村党支部 / 第一党小组"
    with pytest.raises(UserError, match="1 个下级组织"):
        orgs.delete_org(store, branch)
    orgs.delete_org(store, group)
    assert len(orgs.subtree_uuids(store, branch)) == 1
