"""Accounts, roles and login (issue #9), and the searchable audit trail that names them."""

from __future__ import annotations

import datetime as dt

import pytest

from djdesk.core import accounts, audit
from djdesk.core.accounts import ADMIN, CLERK, READONLY, Session
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.members import add_member, update_member
from djdesk.core.store import Store


def _branch(store):
    return store.scalar("SELECT uuid FROM org_unit WHERE kind = 'branch'")


def _add(store, name="李秀英", id_number="11010519491231002X"):
    return add_member(store, {"org_uuid": _branch(store), "name": name, "gender": "女", "ethnicity": "汉族",
                              "category": "正式", "id_number": id_number, "join_date": "1990-07-01",
                              "conversion_date": "1991-07-01"})


@pytest.fixture
def office(store):
    """An office with login on: an administrator, a clerk and a read-only account."""
    accounts.create_account(store, "admin", "secret-admin", ADMIN, "王书记")
    accounts.create_account(store, "clerk", "secret-clerk", CLERK, "李会计")
    accounts.create_account(store, "viewer", "secret-viewer", READONLY, "张委员")
    accounts.set_login_required(store, True)
    return store


def test_login_is_off_until_turned_on_and_writes_work_without_it(store):
    assert not accounts.login_required(store) and store.session is None
    _add(store)
    assert accounts.list_accounts(store) == []


def test_first_account_must_be_an_administrator_and_passwords_are_checked(store):
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(store, "clerk", "secret-clerk", CLERK)
    assert caught.value.problems == {"role": "第一个账号必须是管理员"}
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(store, "", "123", "boss")
    assert set(caught.value.problems) == {"name", "role", "password"}
    accounts.create_account(store, "admin", "secret-admin", ADMIN)
    with pytest.raises(ValidationError, match="已存在"):
        accounts.create_account(store, "ADMIN", "secret-admin", ADMIN)   # names ignore case


def test_password_is_stored_as_argon2id_hash_never_in_clear(store):
    accounts.create_account(store, "admin", "secret-admin", ADMIN)
    stored = store.scalar("SELECT password_hash FROM account")
    assert stored.startswith("$argon2id$") and "secret-admin" not in stored
    assert "secret-admin" not in str(store.query("SELECT * FROM audit_log"))


def test_login_cannot_be_turned_on_without_an_administrator(store):
    with pytest.raises(UserError, match="开启登录前"):
        accounts.set_login_required(store, True)


def test_login_sets_the_session_and_the_audit_log_names_the_account(office):
    session = accounts.login(office, "clerk", "secret-clerk")
    assert session == Session("clerk", "李会计", CLERK) and office.session == session
    assert office.account == "clerk" and session.label == "李会计（录入员）"
    uuid = _add(office)
    assert {e["account"] for e in office.audit_trail(uuid)} == {"clerk"}
    assert office.scalar("SELECT last_login_at FROM account WHERE name = 'clerk'") is not None
    accounts.logout(office)
    assert office.session is None
    with pytest.raises(UserError, match="请先登录"):
        _add(office, "王芳", "110105195001010020")


def test_wrong_name_and_wrong_password_get_the_same_message(office):
    with pytest.raises(UserError) as wrong_password:
        accounts.login(office, "clerk", "nope-nope")
    with pytest.raises(UserError) as wrong_name:
        accounts.login(office, "nobody", "nope-nope")
    assert wrong_password.value.message == wrong_name.value.message == "用户名或密码不正确。"


def test_read_only_account_may_look_but_not_write(office):
    accounts.login(office, "viewer", "secret-viewer")
    assert office.scalar("SELECT count(*) FROM org_unit") == 3
    with pytest.raises(UserError, match="当前账号“viewer”是只读账号"):
        _add(office)
    with pytest.raises(UserError, match="只读账号"):
        with office.transaction():
            office.set_meta("x", "1")
    assert office.scalar("SELECT count(*) FROM member") == 0


def test_worker_store_carries_the_window_session(office):
    accounts.login(office, "clerk", "secret-clerk")
    worker = Store.open(office.path)
    with pytest.raises(UserError, match="请先登录"):
        with worker.transaction():
            worker.set_meta("x", "1")
    worker.use_session(office.session)
    with worker.transaction():
        worker.set_meta("x", "1")
    assert worker.account == "clerk"
    worker.close()


def test_only_an_administrator_manages_accounts_and_the_login(office):
    accounts.login(office, "clerk", "secret-clerk")
    with pytest.raises(UserError, match="只有管理员"):
        accounts.create_account(office, "new", "secret-new", CLERK)
    with pytest.raises(UserError, match="只有管理员"):
        accounts.set_login_required(office, False)
    accounts.login(office, "admin", "secret-admin")
    assert "任何能打开这台电脑的人" in accounts.LOGIN_OFF_WARNING
    accounts.set_login_required(office, False)
    assert not accounts.login_required(office)
    assert office.audit_trail("login_required")[-1]["changes"] == {"value": [1, 0]}


def test_the_last_administrator_cannot_be_removed(office):
    accounts.login(office, "admin", "secret-admin")
    with pytest.raises(UserError, match="至少要保留一个"):
        accounts.set_role(office, "admin", CLERK)
    with pytest.raises(UserError, match="至少要保留一个"):
        accounts.set_active(office, "admin", False)
    accounts.set_role(office, "clerk", ADMIN)
    accounts.set_role(office, "admin", CLERK)           # now there is another one
    assert [a["name"] for a in accounts.list_accounts(office) if a["role"] == ADMIN] == ["clerk"]


def test_disabled_account_cannot_log_in_and_passwords_can_change(office):
    accounts.login(office, "admin", "secret-admin")
    accounts.set_active(office, "viewer", False)
    with pytest.raises(UserError, match="已停用"):
        accounts.login(office, "viewer", "secret-viewer")
    accounts.reset_password(office, "clerk", "new-secret")
    with pytest.raises(ValidationError, match="原密码不正确"):
        accounts.change_password(office, "clerk", "secret-clerk", "other-secret")
    accounts.change_password(office, "clerk", "new-secret", "other-secret")
    assert accounts.login(office, "clerk", "other-secret").account == "clerk"
    trail = [(e["account"], e["changes"]) for e in office.audit_trail("clerk")]
    assert ("admin", {"password": ["", "已修改"]}) in trail


def test_accounts_do_not_travel_they_have_no_sync_columns(store):
    columns = {r["name"] for r in store.query("PRAGMA table_info(account)")}
    assert not columns & {"uuid", "org_uuid", "origin", "hlc", "deleted"}


# ----- the audit trail, searchable --------------------------------------------------------------------

def test_audit_search_by_table_record_account_date_and_text(office):
    accounts.login(office, "clerk", "secret-clerk")
    li = _add(office)
    accounts.login(office, "admin", "secret-admin")
    wang = _add(office, "王芳", "110105195001010020")
    update_member(office, li, {"phone": "13800138000"})

    newest = audit.search(office)
    assert newest[0].table == "member" and newest[0].record_label == "李秀英"
    assert newest[0].action_label == "修改" and newest[0].changes["phone"] == ["", "13800138000"]
    assert [e.id for e in newest] == sorted((e.id for e in newest), reverse=True)

    by_clerk = audit.search(office, audit.AuditFilter(account="clerk"))
    assert {e.record_label for e in by_clerk} == {"李秀英", "李秀英（入册）"}
    members = audit.search(office, audit.AuditFilter(table="member"))
    assert {e.record_uuid for e in members} == {li, wang}
    assert [e.action for e in audit.search(office, audit.AuditFilter(record_uuid=wang))] == ["insert"]
    assert {e.record_label for e in audit.search(office, audit.AuditFilter(text="13800"))} == {"李秀英"}
    assert {e.record_uuid for e in audit.search(office, audit.AuditFilter(text="王芳", table="member"))} == {wang}
    assert {e.record_uuid for e in audit.search(office, audit.AuditFilter(text="wf", table="member"))} == {wang}
    assert audit.search(office, audit.AuditFilter(text="100%_")) == []
    today = dt.date.today()
    assert len(audit.search(office, audit.AuditFilter(since=today, until=today))) == len(newest)
    assert audit.search(office, audit.AuditFilter(until=today - dt.timedelta(days=1))) == []
    page1 = audit.search(office, limit=3)
    page2 = audit.search(office, before_id=page1[-1].id, limit=3)
    assert len(page1) == 3 and page2[0].id < page1[-1].id
    assert {"admin", "clerk"} <= set(audit.accounts_in_log(office))
    assert any(e.table_label == "账号" for e in audit.search(office, audit.AuditFilter(table="account")))
