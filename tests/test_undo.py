"""Undo of the last edits where it is safe (issue #9)."""

from __future__ import annotations

import datetime as dt

import pytest

from djdesk.core import audit
from djdesk.core.errors import UserError
from djdesk.core.members import add_member, change_status, delete_member, get_member, update_member
from djdesk.core.orgs import add_org, update_org
from djdesk.core.store import Store
from djdesk.core.undo import UNDOABLE_TABLES, UndoStack


def _branch(store):
    return store.scalar("SELECT uuid FROM org_unit WHERE kind = 'branch'")


def _add(store, name="李秀英", id_number="11010519491231002X"):
    return add_member(store, {"org_uuid": _branch(store), "name": name, "gender": "女", "ethnicity": "汉族",
                              "category": "正式", "id_number": id_number, "join_date": "1990-07-01",
                              "conversion_date": "1991-07-01"})


@pytest.fixture
def member(store):
    return _add(store)


@pytest.fixture
def stack(store, member):
    s = UndoStack(store)
    yield s
    s.detach()


def test_undo_an_edit_as_a_new_change(store, member, stack):
    before = get_member(store, member)
    with stack.step("修改党员信息"):
        update_member(store, member, {"name": "李秀兰", "phone": "13800138000"})
    assert stack.undo_label == "修改党员信息" and stack.problem() is None
    step = stack.undo()
    after = get_member(store, member)
    assert {k: after[k] for k in ("name", "phone", "name_pinyin", "name_initials")} == \
           {k: before[k] for k in ("name", "phone", "name_pinyin", "name_initials")}
    assert after["hlc"] > before["hlc"]                  # the undo travels like any change
    assert step.tables == {"member"} and not stack.can_undo
    trail = store.audit_trail(member)
    assert [t["action"] for t in trail] == ["insert", "update", "update"]
    assert trail[-1]["changes"]["name"] == ["李秀兰", "李秀英"]


def test_undo_steps_in_reverse_order(store, member, stack):
    stack.run("改电话", update_member, store, member, {"phone": "13800138000"})
    stack.run("改住址", update_member, store, member, {"address": "李家村3组"})
    assert stack.undo().label == "改住址"
    assert get_member(store, member)["phone"] == "13800138000" and get_member(store, member)["address"] == ""
    assert stack.undo().label == "改电话"
    assert get_member(store, member)["phone"] == ""
    with pytest.raises(UserError, match="没有可以撤销"):
        stack.undo()


def test_undo_a_deletion_brings_the_record_back(store, member, stack):
    with stack.step("删除党员"):
        delete_member(store, member)
    stack.undo()
    assert get_member(store, member)["name"] == "李秀英"
    assert audit.search(store, audit.AuditFilter(record_uuid=member))[0].action_label == "恢复"


def test_undo_an_addition_of_an_org_unless_something_hangs_below_it(store, stack):
    village = store.scalar("SELECT uuid FROM org_unit WHERE kind = 'village'")
    new_branch = stack.run("新建支部", add_org, store, village, {"kind": "branch", "name": "第二支部"})
    stack.undo()
    assert store.scalar("SELECT deleted FROM org_unit WHERE uuid = ?", (new_branch,)) == 1

    other = stack.run("新建支部", add_org, store, village, {"kind": "branch", "name": "第三支部"})
    with store.transaction():                              # a member put in it outside the undo history
        store.insert("member", {"org_uuid": other, "name": "赵强", "gender": "男", "category": "正式"})
    assert stack.problem() == "不能撤销“新建支部”：新建的组织下已经有下级组织或党员。"
    with pytest.raises(UserError):
        stack.undo()
    assert store.scalar("SELECT deleted FROM org_unit WHERE uuid = ?", (other,)) == 0


def test_status_events_are_a_barrier(store, member, stack):
    stack.run("改电话", update_member, store, member, {"phone": "13800138000"})
    stack.run("办理转出", change_status, store, member, "转出", dt.date.today().isoformat(), counterpart="县委组织部")
    assert not stack.can_undo                             # never undo past history
    assert get_member(store, member)["status"] == "转出"


def test_adding_a_member_is_not_undoable_it_writes_history(store, stack):
    stack.run("添加党员", _add, store, "王芳", "110105195001010020")
    assert not stack.can_undo


def test_edit_elsewhere_makes_the_step_not_undoable(store, member, stack):
    stack.run("改电话", update_member, store, member, {"phone": "13800138000"})
    worker = Store.open(store.path)                       # another window / a worker / an import
    with worker.transaction():
        worker.update("member", member, {"address": "李家村5组"})
    worker.close()
    assert "又被修改过" in stack.problem()
    with pytest.raises(UserError, match="不能撤销"):
        stack.undo()
    member_now = get_member(store, member)
    assert member_now["phone"] == "13800138000" and member_now["address"] == "李家村5组"
    assert not stack.can_undo


def test_tables_not_on_the_allow_list_clear_the_stack(store, member, stack):
    stack.run("改电话", update_member, store, member, {"phone": "13800138000"})
    assert "meeting" not in UNDOABLE_TABLES and "member_event" not in UNDOABLE_TABLES
    with stack.step("登记会议"):
        with store.transaction():
            store.insert("meeting", {"org_uuid": _branch(store), "kind": "支部党员大会", "held_on": "2024-03-01"})
    assert not stack.can_undo


def test_failed_command_records_nothing_and_limit_is_kept(store, member):
    stack = UndoStack(store, limit=3)
    with pytest.raises(UserError):
        with stack.step("改组织"):
            update_org(store, _branch(store), {"name": ""})
    assert not stack.can_undo
    for n in range(5):
        stack.run(f"改电话{n}", update_member, store, member, {"phone": f"1380013800{n}"})
    assert [stack.undo().label for _ in range(3)] == ["改电话4", "改电话3", "改电话2"]
    assert not stack.can_undo
    stack.detach()
    assert stack._on_commit not in store.commit_listeners
