"""活动场所 core (issue #5): sites, rooms, asset numbers, movements, stocktakes, totals, summaries."""

from __future__ import annotations

import pytest

from djdesk.core import sites
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.meetings import NewAttachment, attachment_data
from djdesk.core.settings import Settings
from djdesk.core.store import Store


@pytest.fixture
def village(store):
    with store.transaction():
        store.update("org_unit", store.meta["scope_org_uuid"], {"code": "LJC"})
    return sites.village_of(store, store.meta["scope_org_uuid"])


@pytest.fixture
def site(store, village):
    uuid = sites.save_site(store, {"name": "李家村党群服务中心", "address": "李家村村委会院内", "building_area": "320.5",
                                   "land_area": 1200, "year_built": 2016, "ownership": "村集体所有"},
                           org_uuid=village["uuid"])
    return uuid


@pytest.fixture
def rooms(store, site):
    return {kind: sites.save_room(store, site, {"kind": kind, "area": area})
            for kind, area in (("党员活动室", 60), ("农家书屋", 40), ("远程教育站点", 30))}


def _asset(store, site, name="会议桌", **values):
    return sites.add_asset(store, site, {"category": "家具", "name": name, "unit": "张", "quantity": 1,
                                         "unit_value_fen": 85000, "source": "上级配发", "acquired_on": "2019-09-01",
                                         **values})


def test_site_belongs_to_its_village_even_when_a_branch_is_chosen(store, village):
    branch = store.query_one("SELECT uuid FROM org_unit WHERE kind = 'branch'")["uuid"]
    uuid = sites.save_site(store, {"name": "活动室", "building_area": 88}, org_uuid=branch)
    site = sites.get_site(store, uuid)
    assert (site["org_uuid"], site["village_name"], site["building_area"]) == (village["uuid"], "李家村", 88.0)
    township = store.query_one("SELECT uuid FROM org_unit WHERE kind = 'township'")["uuid"]
    with pytest.raises(UserError, match="村或社区"):
        sites.save_site(store, {"name": "乡活动中心"}, org_uuid=township)


def test_bad_site_values_are_reported_by_field_and_nothing_is_saved(store, village):
    with pytest.raises(ValidationError) as err:
        sites.save_site(store, {"name": " ", "building_area": "三百", "year_built": 2020, "year_renovated": 2019},
                        org_uuid=village["uuid"])
    assert err.value.problems == {"name": "请填写活动场所名称", "building_area": "建筑面积“三百”不是数字（单位：平方米）",
                                  "year_renovated": "改扩建年份不能早于建成年份"}
    assert store.scalar("SELECT count(*) FROM site") == 0


def test_rooms_standard_and_user_defined_kinds(store, site, rooms):
    sites.save_room(store, site, {"kind": "老年活动室", "area": "25.5", "purpose": "老年人下棋、看报"})
    listed = sites.rooms(store, site)
    assert [(r["name"], r["area"]) for r in listed] == [
        ("党员活动室", 60.0), ("农家书屋", 40.0), ("远程教育站点", 30.0), ("老年活动室", 25.5)]
    sites.save_room(store, site, {"area": 65}, uuid=rooms["党员活动室"])       # other fields stay
    sites.save_site(store, {"opening_hours": "每天 8:00—18:00"}, uuid=site)
    assert sites.get_room(store, rooms["党员活动室"])["area"] == 65.0
    assert [r["name"] for r in sites.rooms(store, site)][0] == "党员活动室"
    assert sites.get_site(store, site)["building_area"] == 320.5
    kinds = sites.room_kinds(store)
    assert kinds[:10] == list(sites.ROOM_KINDS) and kinds[10:] == ["老年活动室"]


def test_asset_numbers_follow_the_village_sequence_and_never_repeat(store, site, village):
    first = _asset(store, site)
    second = _asset(store, site, "文件柜")
    assert [sites.get_asset(store, u)["asset_no"] for u in (first, second)] == ["ZC-LJC-00001", "ZC-LJC-00002"]
    sites.dispose_asset(store, second, approval_ref="村两委会议2026-05号")
    with pytest.raises(UserError, match="已有变动或盘点记录，不能作为误录删除"):
        sites.remove_mistaken_asset(store, second)
    sites.remove_mistaken_asset(store, first)      # a line entered by mistake keeps its number too
    with pytest.raises(UserError, match="不存在或已被删除"):
        sites.get_asset(store, first)
    assert sites.next_asset_no(store, village["uuid"]) == "ZC-LJC-00003"
    third = _asset(store, site, "投影仪")
    assert sites.get_asset(store, third)["asset_no"] == "ZC-LJC-00003"
    numbers = [r["asset_no"] for r in store.query("SELECT asset_no FROM asset")]
    assert len(numbers) == len(set(numbers)) == 3


def test_a_scanned_code_finds_its_asset(store, site, village):
    desk = _asset(store, site)
    books = _asset(store, site, "农家书屋图书", category="图书", unit="册", quantity=1200, unit_value_fen=2500)
    assert sites.find_asset(store, "ZC-LJC-00002\r\n")["uuid"] == books
    # a Chinese input method left on types full-width characters; some scanners type lower case
    assert sites.find_asset(store, "ＺＣ－ＬＪＣ－０００01")["uuid"] == desk
    assert sites.find_asset(store, "zc-ljc-00002")["uuid"] == books
    assert sites.find_asset(store, "2", village_uuid=village["uuid"])["uuid"] == books
    assert sites.find_asset(store, "ZC-LJC-00009") is None
    assert sites.find_asset(store, "") is None


def test_asset_values_are_checked_and_money_is_fen(store, site):
    with pytest.raises(ValidationError) as err:
        sites.add_asset(store, site, {"category": "", "name": "电视", "quantity": "两台", "unit_value_fen": "3,20x",
                                      "source": "买的", "condition": "坏了"})
    assert set(err.value.problems) == {"category", "quantity", "unit_value_fen", "source", "condition"}
    uuid = _asset(store, site, "电视机", category="电子设备", unit="台", unit_value_fen="3,299.9")
    assert sites.get_asset(store, uuid)["unit_value_fen"] == 329990
    uuid = _asset(store, site, "投影仪", category="电子设备", unit="台", unit_value_fen="１２３４.５元")   # full-width
    assert sites.get_asset(store, uuid)["unit_value_fen"] == 123450


def test_moves_repairs_and_disposal_are_history_and_nothing_is_deleted(store, site, rooms):
    other = sites.save_site(store, {"name": "李家村文化广场"}, org_uuid=sites.get_site(store, site)["org_uuid"])
    tv = _asset(store, site, "电视机", category="电子设备", unit="台", unit_value_fen=329900,
                room_uuid=rooms["党员活动室"], acquired_on="2020-06-01")
    sites.move_asset(store, tv, to_room_uuid=rooms["远程教育站点"], on="2024-03-01", person="李建国")
    sites.set_condition(store, tv, "待修", on="2025-01-10", person="王秀兰", note="无法开机")
    sites.repair_asset(store, tv, on="2025-01-20", person="王秀兰", cost_fen=15000)
    sites.move_asset(store, tv, to_site_uuid=other, on="2025-06-01", person="李建国", approval_ref="村委会2025-6")
    sites.dispose_asset(store, tv, kind="报废", approval_ref="红星乡〔2026〕12号", on="2026-02-01", person="李建国")
    history = sites.asset_history(store, tv)
    assert [(e["event_date"], e["kind"]) for e in history] == [
        ("2020-06-01", "登记"), ("2024-03-01", "调拨"), ("2025-01-10", "状况变更"), ("2025-01-20", "维修"),
        ("2025-06-01", "调拨"), ("2026-02-01", "报废")]
    assert history[1]["summary"] == "从 李家村党群服务中心 / 党员活动室 调拨到 李家村党群服务中心 / 远程教育站点"
    assert history[3]["summary"] == "维修，费用 150.00 元，待修 → 良好"
    assert history[4]["to_place"] == "李家村文化广场" and history[4]["approval_ref"] == "村委会2025-6"
    assert history[5]["summary"] == "报废 1 件；审批：红星乡〔2026〕12号"
    asset = sites.get_asset(store, tv)
    assert (asset["disposed_on"], asset["condition"], asset["site_uuid"]) == ("2026-02-01", "报废", other)
    with pytest.raises(UserError, match="已于 2026-02-01 报废/处置"):
        sites.move_asset(store, tv, to_room_uuid=rooms["农家书屋"])
    assert store.scalar("SELECT count(*) FROM asset_event WHERE deleted = 1") == 0


def test_disposal_needs_an_approval_reference_and_may_take_part_of_a_line(store, site):
    chairs = _asset(store, site, "折叠椅", unit="把", quantity=40, unit_value_fen=4500)
    with pytest.raises(ValidationError, match="审批文号"):
        sites.dispose_asset(store, chairs, approval_ref=" ")
    with pytest.raises(ValidationError, match="超过账面数量 40"):
        sites.dispose_asset(store, chairs, approval_ref="村委会2026-2", quantity=41)
    sites.dispose_asset(store, chairs, kind="处置", approval_ref="村委会2026-2", quantity=6, on="2026-03-01")
    asset = sites.get_asset(store, chairs)
    assert (asset["quantity"], asset["disposed_on"], asset["value_fen"]) == (34, None, 34 * 4500)
    assert sites.asset_history(store, chairs)[-1]["quantity_change"] == -6


def test_corrections_name_what_changed(store, site):
    uuid = _asset(store, site, "会议桌")
    sites.update_asset(store, uuid, {"name": "会议桌（大）", "unit_value_fen": 90000, "custodian": "李建国"},
                       on="2026-01-02", person="王秀兰")
    event = sites.asset_history(store, uuid)[-1]
    assert event["kind"] == "更正"
    assert event["note"] == "名称：会议桌 → 会议桌（大）；单价：850.00元 → 900.00元；保管人：（空） → 李建国"


def test_list_filters_and_totals_in_fen(store, site, rooms):
    _asset(store, site, "会议桌", quantity=2, room_uuid=rooms["党员活动室"])                       # 1,700.00
    _asset(store, site, "电脑", category="电子设备", unit="台", quantity=3, unit_value_fen=399999,
           source="自购", room_uuid=rooms["远程教育站点"])                                        # 11,999.97
    _asset(store, site, "图书", category="图书", unit="册", quantity=1500, unit_value_fen=1999,
           source="捐赠", room_uuid=rooms["农家书屋"])                                            # 29,985.00
    broken = _asset(store, site, "音响", category="电子设备", unit="套", unit_value_fen=120050, condition="待修")
    gone = _asset(store, site, "旧桌", unit_value_fen=10000)
    sites.dispose_asset(store, gone, approval_ref="村委会2026-1")
    org = sites.get_site(store, site)["org_uuid"]
    rows = sites.list_assets(store, sites.AssetFilter(org_uuid=org))
    t = sites.asset_totals(rows)
    assert (t.lines, t.items, t.value_fen) == (4, 1506, 170000 + 1199997 + 2998500 + 120050)
    assert t.by_category == {"家具": (1, 2, 170000), "电子设备": (2, 4, 1320047), "图书": (1, 1500, 2998500)}
    assert t.by_source == {"上级配发": (2, 3, 290050), "自购": (1, 3, 1199997), "捐赠": (1, 1500, 2998500)}
    assert [r["name"] for r in sites.list_assets(store, sites.AssetFilter(site_uuid=site, category="电子设备"))] == [
        "电脑", "音响"]
    assert [r["name"] for r in sites.list_assets(store, sites.AssetFilter(org_uuid=org, condition="待修"))] == ["音响"]
    assert [r["name"] for r in sites.list_assets(store, sites.AssetFilter(org_uuid=org, source="捐赠"))] == ["图书"]
    assert [r["name"] for r in sites.list_assets(store, sites.AssetFilter(org_uuid=org,
                                                                          room_uuid=rooms["远程教育站点"]))] == ["电脑"]
    assert [r["uuid"] for r in sites.list_assets(store, sites.AssetFilter(org_uuid=org, search="zc-ljc-00005",
                                                                          include_disposed=True))] == [gone]
    assert broken in [r["uuid"] for r in rows]


def test_stocktake_counts_closes_once_and_books_adjustments(store, site, rooms):
    desk = _asset(store, site, "会议桌", quantity=2)
    books = _asset(store, site, "图书", category="图书", unit="册", quantity=1000, unit_value_fen=2000)
    tv = _asset(store, site, "电视机", category="电子设备", unit="台", unit_value_fen=329900)
    lost = _asset(store, site, "投影幕")
    st = sites.start_stocktake(store, site, on="2026-06-01", counted_by="李建国、王秀兰")
    with pytest.raises(UserError, match="未结束的盘点"):
        sites.start_stocktake(store, site, on="2026-06-02")
    p = sites.stocktake_progress(store, st)
    assert (p.total, p.counted, p.discrepancies) == (4, 0, 0)

    assert sites.record_scan(store, st, "ZC-LJC-00001")["counted_quantity"] == 1      # one scan, one item
    assert sites.record_scan(store, st, "zc-ljc-00001\n")["status"] == "相符"
    sites.record_count(store, st, books, 985)
    with pytest.raises(ValidationError, match="再办理报废审批"):
        sites.record_count(store, st, tv, 1, "报废")
    sites.record_count(store, st, tv, 1, "待修", note="屏幕有裂纹")
    with pytest.raises(UserError, match="没有找到编号"):
        sites.record_scan(store, st, "ZC-LJC-00099")
    p = sites.stocktake_progress(store, st)
    assert (p.total, p.counted, p.matching, p.shortage, p.condition) == (4, 3, 1, 1, 1)
    with pytest.raises(UserError, match="还有 1 项资产没有盘点（ZC-LJC-00004 投影幕）"):
        sites.close_stocktake(store, st, on="2026-06-02")
    with pytest.raises(UserError, match="请先结束盘点"):
        sites.apply_adjustments(store, st)
    sites.close_stocktake(store, st, on="2026-06-02", missing_uncounted=True)
    assert [(l["asset_no"], l["status"], l["difference"]) for l in sites.discrepancies(store, st)] == [
        ("ZC-LJC-00002", "盘亏", -15), ("ZC-LJC-00003", "状况不符", 0), ("ZC-LJC-00004", "盘亏", -1)]
    with pytest.raises(UserError, match="已于 2026-06-02 结束，不能再修改"):
        sites.record_count(store, st, desk, 5)
    with pytest.raises(UserError, match="已于 2026-06-02 结束"):
        sites.record_scan(store, st, "ZC-LJC-00001")

    assert sites.apply_adjustments(store, st, person="李建国") == 3
    with pytest.raises(UserError, match="不能重复调整"):
        sites.apply_adjustments(store, st)
    assert sites.get_asset(store, books)["quantity"] == 985
    assert sites.get_asset(store, tv)["condition"] == "待修"
    assert sites.get_asset(store, lost)["disposed_on"] == "2026-06-02"
    assert sites.get_asset(store, desk)["quantity"] == 2
    event = sites.asset_history(store, books)[-1]
    assert (event["kind"], event["event_date"], event["quantity_change"], event["stocktake_uuid"]) == (
        "盘点调整", "2026-06-02", -15, st)
    assert sites.asset_history(store, lost)[-1]["summary"].startswith("盘亏 1 件")
    assert [l["status"] for l in sites.stocktake_lines(store, st)] == ["相符", "盘亏", "状况不符", "盘亏"]
    # the next count starts from the adjusted books
    st2 = sites.start_stocktake(store, site, on="2026-12-01")
    assert {l["asset_no"]: l["expected_quantity"] for l in sites.stocktake_lines(store, st2)} == {
        "ZC-LJC-00001": 2, "ZC-LJC-00002": 985, "ZC-LJC-00003": 1}


def test_an_asset_of_another_site_is_not_in_the_count(store, site):
    other = sites.save_site(store, {"name": "文化广场"}, org_uuid=sites.get_site(store, site)["org_uuid"])
    _asset(store, site)
    drum = _asset(store, other, "腰鼓", category="文体器材", unit="个")
    st = sites.start_stocktake(store, site)
    assert sites.find_line(store, st, "ZC-LJC-00002") is None
    with pytest.raises(UserError, match="不在本次盘点范围内（它登记在“文化广场”"):
        sites.record_count(store, st, drum, 1)


def test_photos_of_sites_and_assets_are_attachments(store, site):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
    sites.add_photo(store, site, NewAttachment("正门.png", png, "正门"))
    asset = _asset(store, site)
    sites.add_photo(store, asset, NewAttachment("桌子.png", png))
    photos = sites.photos(store, site)
    assert [(p["file_name"], p["mime"], p["caption"]) for p in photos] == [("正门.png", "image/png", "正门")]
    assert attachment_data(store, sites.photos(store, asset)[0]["uuid"]) == png
    assert store.scalar("SELECT count(*) FROM blob") == 1


def test_registers_are_configurable_dated_logs(store, site, rooms):
    settings = Settings()
    assert sites.registers(settings) == ["远程教育工作记录簿", "设备运行维护记录簿", "学用人员签到簿", "设备登记册"]
    settings.set("site_registers", ["学习记录簿", "设备台账"])
    assert sites.registers(Settings()) == ["学习记录簿", "设备台账"]
    for day, minutes in (("2026-05-06", 120), ("2026-05-20", 90)):
        sites.add_log_entry(store, site, "学习记录簿", {"entry_date": day, "content": "组织收看党员教育专题片",
                                                       "person": "王秀兰", "participants": 18, "minutes": minutes})
    with pytest.raises(ValidationError) as err:
        sites.add_log_entry(store, site, "学习记录簿", {"entry_date": "2026-13-01", "content": ""})
    assert set(err.value.problems) == {"entry_date", "content"}
    assert [e["entry_date"] for e in sites.log_entries(store, site, "学习记录簿", 2026)] == ["2026-05-06", "2026-05-20"]
    assert sites.remote_education_month(store, site, 2026, 5, "学习记录簿") == {
        "register": "学习记录簿", "sessions": 2, "hours": 3.5}


def test_summary_and_warnings_for_the_township(store, site, rooms):
    import datetime as dt

    village = sites.get_site(store, site)["org_uuid"]
    sites.add_funding(store, site, {"source": "县级财政", "amount_fen": "300000", "year": 2016})
    sites.add_funding(store, site, {"source": "村集体自筹", "amount_fen": 5000050, "year": 2016})
    _asset(store, site, quantity=2)
    _asset(store, site, "音响", category="电子设备", unit_value_fen=100000, condition="待修")
    gone = _asset(store, site, "旧桌")
    sites.dispose_asset(store, gone, approval_ref="村委会2026-1")
    s = sites.village_summary(store, village)
    assert (s.sites, s.building_area, s.land_area, s.rooms) == (1, 320.5, 1200.0, 3)
    assert (s.asset_lines, s.asset_items, s.asset_value_fen, s.needs_repair, s.disposed_lines) == (2, 3, 270000, 1, 1)
    assert (s.funding_fen, s.funding_by_source) == (35000050, {"县级财政": 30000000, "村集体自筹": 5000050})
    township = store.query_one("SELECT uuid FROM org_unit WHERE kind = 'township'")["uuid"]
    assert [x.village_name for x in sites.township_summary(store, township)] == ["李家村"]

    settings = Settings()
    settings.set("site_min_building_area", 400)
    warnings = sites.site_warnings(store, township, settings, today=dt.date(2026, 6, 15))
    assert [(w.code, w.message) for w in warnings] == [
        ("site_area", "李家村活动场所建筑面积 320.5 平方米，低于 400 平方米的标准"),
        ("site_repair", "李家村有 1 项资产待修"),
        ("remote_edu", "李家村远程教育站点2026年5月组织学习 0 次、共 0 小时，未达到每月至少 2 次、20 小时的要求")]


def test_upgraded_version_6_rows_are_read_by_the_api(tmp_path):
    from test_store import SEEDS
    from djdesk.core.store import _migrate, connect

    path = tmp_path / "v6.sqlite"
    conn = connect(path)
    _migrate(conn, 0, 6)
    SEEDS[6](conn)
    conn.close()
    store = Store.open(path)
    try:
        asset = sites.find_asset(store, "ZC-LJC-00001")
        assert (asset["name"], asset["room_name"], asset["value_fen"]) == ("会议桌", "党员活动室", 170000)
        assert sites.village_summary(store, "vg").funding_fen == 30000000
        assert sites.next_asset_no(store, "vg") == "ZC-LJC-00002"
    finally:
        store.close()
