"""What the 数据交换 screens show a clerk for each synced column (djdesk/ui/exchange_labels.py):
every column of every synced table has a label (walked from a fresh database's schema, so a
migration that adds a column fails here until it is labelled), labels agree with core's own,
values read as 元, 是/否, names of the records referred to, and the village's preview of a
township correction to a dues profile and a site shows all that in Chinese and in English.
"""

from __future__ import annotations

import pytest

from djdesk.core import dues, members, meetings
from djdesk.core import sites as core_sites
from djdesk.core.sync import merge, package
from djdesk.ui import i18n
from djdesk.ui.exchange_dialogs import PreviewDialog
from djdesk.ui.exchange_labels import (FIELD_LABELS, FLAGS, HIDDEN, REFERENCES, TABLE_LABELS, RecordNames, field_label,
                                       record_name, value_text)
from djdesk.ui.qt import Qt
from test_ui_exchange import cells, enrol_and_export_by_core, return_package_by_clicking, sites as sites  # noqa: F401  (fixture)
from test_ui_safety import messages  # noqa: F401  (the fixture recording every message box)
from uihelpers import drive_modal


def visible_columns(store, table: str) -> list[tuple[str, str]]:
    return [(r[1], r[2]) for r in store.conn.execute(f"PRAGMA table_info({table})")
            if r[1] not in merge.SYNC_FIELDS and r[1] not in HIDDEN]


def test_every_visible_column_of_every_synced_table_has_a_label(store):
    missing = [f"{t}.{c}" for t in merge.record_tables() for c, _ in visible_columns(store, t)
               if field_label(t, c) == c]
    assert missing == []
    assert [t for t in merge.record_tables() if t not in TABLE_LABELS] == []
    assert field_label("member", "deleted") == "已删除"


def test_flags_and_references_are_declared_for_every_column_that_holds_one(store):
    ref_columns = {c for t in merge.record_tables() for c, _ in visible_columns(store, t) if c.endswith("_uuid")}
    assert sorted(ref_columns - set(REFERENCES)) == []
    for target in REFERENCES.values():
        for t in (target,) if isinstance(target, str) else target or ():
            assert t in merge.record_tables()
    integer = {c for t in merge.record_tables() for c, kind in visible_columns(store, t) if kind == "INTEGER"}
    assert FLAGS - {"deleted"} <= integer


@pytest.mark.parametrize("table, core_labels", [("member", members.FIELD_LABELS), ("meeting", meetings.FIELD_LABELS),
                                                ("asset", core_sites.ASSET_LABELS)])
def test_labels_are_the_words_core_uses(store, table, core_labels):
    """Core's label dicts serve its own messages; the screens' table must use the same words."""
    columns = {c for c, _ in visible_columns(store, table)}
    assert {c: field_label(table, c) for c in core_labels if c in columns} == \
           {c: label for c, label in core_labels.items() if c in columns}


def test_values_read_as_money_flags_names_codes_and_short_text(store):
    branch = store.query_one("SELECT uuid, name FROM org_unit WHERE kind = 'branch'")
    uuid = members.add_member(store, dict(org_uuid=branch["uuid"], name="王建国", gender="男", ethnicity="汉族",
                                          category="正式", birth_date="1970-03-07", join_date="1995-07-01",
                                          conversion_date="1996-07-01"))
    names = RecordNames(store)
    assert value_text(420000, "dues_profile", "base_fen") == "4,200.00 元"
    assert value_text(-4200, "dues_payment", "amount_fen") == "-42.00 元"
    assert value_text(1, "member", "is_flowing") == "是" and value_text(0, "member", "hardship") == "否"
    assert value_text(uuid, "dues_profile", "member_uuid", names) == "王建国"
    assert value_text(branch["uuid"], "org_unit", "parent_uuid", names) == branch["name"]
    assert value_text("0123456789abcdef", "asset", "room_uuid", names) == "01234567"     # unknown: short id
    assert value_text("branch", "org_unit", "kind") == "党支部"
    assert value_text("lecture", "meeting", "kind") == "党课"
    assert value_text("reversal", "dues_payment", "kind") == "冲销"
    assert value_text("2024-03-01", "dues_profile", "approval_date") == "2024-03-01"
    assert value_text('{"a": 1, "b": [1, 2]}', "site_log", "content") == "（2 项）"
    assert value_text("一" * 100, "meeting", "minutes") == "一" * 40 + "…（共 100 字）"
    assert value_text(None, "member", "phone") == "—"
    assert record_name({"uuid": "x", "member_uuid": uuid, "effective_month": "2024-01"}, names) == "王建国 2024-01"


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


def correction_preview(qtbot, sites, monkeypatch) -> list[list[str]]:
    """A township correction to a dues profile and a site, as the village's preview dialog shows it."""
    town, village, li, stick, enrolment = sites
    member = village.query_one("SELECT uuid FROM member WHERE name = '张三丰'")["uuid"]
    dues.set_profile(village, member, "2024-01", "在职", base_fen=420000)
    site = sites_save(village)
    exported = enrol_and_export_by_core(town, village, enrolment, stick)
    package.import_package(town, exported.path)
    profile = town.query_one("SELECT uuid FROM dues_profile WHERE member_uuid = ?", (member,))["uuid"]
    with town.transaction():
        town.update("dues_profile", profile, {"base_fen": 480000})
    core_sites.save_site(town, {"building_area": 180.0, "responsible": "李书记"}, site)

    _, vpage = return_package_by_clicking(qtbot, town, village, stick, monkeypatch)
    seen = {}

    def look_and_cancel(dialog):
        table = dialog.ui.changesTable
        seen["rows"] = [cells(table, r) for r in range(table.rowCount())]
        seen["headers"] = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        dialog.resize(900, 360)
        dialog.grab().save(str(stick.parent / "preview.png"))
        dialog.reject()
    drive_modal(lambda: qtbot.mouseClick(vpage.return_button, Qt.MouseButton.LeftButton), look_and_cancel,
                want=PreviewDialog)
    return seen["headers"], sorted(seen["rows"])


def sites_save(store) -> str:
    village = store.query_one("SELECT uuid FROM org_unit WHERE kind = 'village'")["uuid"]
    return core_sites.save_site(store, {"name": "李家村党群服务中心", "building_area": 150.0, "responsible": "张三丰"},
                           org_uuid=village)


def test_a_township_correction_reads_in_chinese_with_yuan(qtbot, sites, messages, monkeypatch):
    headers, rows = correction_preview(qtbot, sites, monkeypatch)
    assert headers == ["类别", "记录", "操作", "项目", "原来", "改为"]
    assert rows == [
        ["党费标准", "张三丰 2024-01", "修改", "计费基数", "4,200.00 元", "4,800.00 元"],
        ["活动场所", "李家村党群服务中心", "修改", "建筑面积（平方米）", "150", "180"],
        ["活动场所", "李家村党群服务中心", "修改", "负责人", "张三丰", "李书记"],
    ]


def test_a_township_correction_reads_in_english(qtbot, sites, messages, monkeypatch, english):
    headers, rows = correction_preview(qtbot, sites, monkeypatch)
    assert headers == ["Category", "Record", "Action", "Field", "Before", "After"]
    assert rows == [
        ["Activity site", "李家村党群服务中心", "Changed", "Building area (m²)", "150", "180"],
        ["Activity site", "李家村党群服务中心", "Changed", "Person in charge", "张三丰", "李书记"],
        ["Dues profile", "张三丰 2024-01", "Changed", "Income base", "4,200.00 yuan", "4,800.00 yuan"],
    ]
