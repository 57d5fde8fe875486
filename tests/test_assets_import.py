"""Import of the asset lists villages keep in Excel (issue #6, assets part; djdesk.core.excel.assets_import)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys

import pytest
from openpyxl import Workbook, load_workbook

from djdesk.core import sites
from djdesk.core.excel import assets_import as ai
from djdesk.core.excel.reader import read_sheet

SYNC = ("uuid", "org_uuid", "origin", "created_hlc", "hlc", "deleted")


@pytest.fixture
def site(store):
    """李家村 (code LJC, so asset numbers are ZC-LJC-00001 …) with one site and three rooms."""
    village = store.meta["scope_org_uuid"]
    with store.transaction():
        store.update("org_unit", village, {"code": "LJC"})
    uuid = sites.save_site(store, {"name": "李家村党群服务中心"}, org_uuid=village)
    for kind in ("党员活动室", "农家书屋", "会议室"):
        sites.save_room(store, uuid, {"kind": kind})
    return uuid


def messy_sheet(path):
    """A clerk's 固定资产登记表: title row, two-row merged header (价值 over 单价/金额), full-width
    numbers, dates as datetime / text / compact / serial, a blank row, a bad price, a wrong 金额, an
    unknown room, a source outside the list, a totals row and a 填表人 line."""
    wb = Workbook()
    ws = wb.active
    ws.title = "资产清单"
    ws.append(["李家村活动场所固定资产登记表"])
    ws.merge_cells("A1:L1")
    ws.append(["序号", "资产名称", "规格型号", "数量", "单位", "价值", None, "购置日期", "资金来源", "存放地点", "状况",
               "备注"])
    ws.append([None, None, None, None, None, "单价（元）", "金额（元）"])
    for c in "ABCDEHIJKL":
        ws.merge_cells(f"{c}2:{c}3")
    ws.merge_cells("F2:G2")
    ws.append([1, "会议桌", "1.8米", 2, "张", 850, 1700, dt.datetime(2019, 9, 1), "上级配发", "党员活动室", "完好"])
    ws.append([2, "投影仪", "EPSON CB-X06", "１", "台", "３５００.００", None, "2021.03", "自购", " 会议室 ", "良好"])
    ws.append([3, "图书", None, 600, "册", 25.5, 15300, "2020年5月", "捐赠", "农家书屋", None, "党史类"])
    ws.append([None] * 12)
    ws.append([4, "折叠椅", None, 30, "把", "八十", None, "2019-9-1", "上级配发", "党员活动室", "良好"])
    ws.append([5, "音响", "KTV-200", 1, "套", 1200, 1300, "20220615", "自购", "党员活动室", "待修"])
    ws.append([6, "空调", "格力 1.5匹", 2, "台", 2999, 5998, 44000, "县财政", "村委会二楼", "良好"])
    ws.append([7, "党旗", None, 5, "面", 30, None, None, "上级配发", None, None])
    ws.append([8, "文件柜", None, 1, "个", None, 680, "2018-06-01", "县财政", "党员活动室", "良好"])
    ws.append(["合计", None, None, 642, None, None, 36678])
    ws.append(["填表人：李明", None, None, None, None, None, None, "填表日期：2025年1月"])
    wb.save(path)
    return path


def _assets(store):
    return [dict(r) for r in store.query("SELECT asset_no, category, name, spec, unit, quantity, unit_value_fen, "
                                         "acquired_on, source, funding_doc, condition, note, room_uuid "
                                         "FROM asset WHERE deleted = 0 ORDER BY seq")]


def test_messy_sheet_every_problem_by_row_and_column(store, site, tmp_path):
    plan = ai.check_file(store, messy_sheet(tmp_path / "messy.xlsx"), site)
    assert plan.header_rows == (2, 3)
    assert plan.counts() == {"imported": 5, "unchanged": 0, "skipped": 3}
    assert plan.value_fen() == 170000 + 350000 + 600 * 2550 + 5 * 3000 + 68000
    assert [p.text() for p in plan.problems if p.row is not None] == [
        "第8行 F列（价值/单价(元)）：［错误］单价“八十”不是有效的金额（例如 4200 或 4200.50）",
        "第9行 G列（价值/金额(元)）：［错误］金额 1,300.00 元与 数量 1 × 单价 1,200.00 元 = 1,200.00 元不符",
        "第10行 I列（资金来源）：［提醒］来源“县财政”不是 上级配发、自购、捐赠、其他 之一，按“其他”登记，原文记入资金文件",
        "第10行 J列（存放地点）：［错误］存放地点“村委会二楼”不是“李家村党群服务中心”的功能室（现有：党员活动室、农家书屋、"
        "会议室）。请改成已有功能室的名称，或先在活动场所中添加该功能室",
        "第12行 I列（资金来源）：［提醒］来源“县财政”不是 上级配发、自购、捐赠、其他 之一，按“其他”登记，原文记入资金文件",
        "第13行：［说明］合计行（“合计”），已跳过",
        "第14行：［说明］表格下方的说明（“填表人:李明”），已跳过"]
    assert [p.message for p in plan.problems if p.row is None] == [
        "表中没有类别列：资产按“其他”登记，导入后可在资产更正中修改", "1 个空行已跳过",
        "2 个购置日期只有年和月，按当月1日登记"]
    assert [(r.row, r.action) for r in plan.rows] == [(4, "add"), (5, "add"), (6, "add"), (8, "skip"), (9, "skip"),
                                                      (10, "skip"), (11, "add"), (12, "add")]
    assert _assets(store) == []          # the check writes nothing


def test_apply_writes_all_lines_with_their_events_and_reimport_creates_nothing(store, site, tmp_path):
    path = messy_sheet(tmp_path / "messy.xlsx")
    rooms = {r["name"]: r["uuid"] for r in sites.rooms(store, site)}
    result = ai.apply_plan(store, ai.check_file(store, path, site))
    assert (result.imported, result.unchanged, result.skipped) == (5, 0, 3)
    assert result.backup_path is not None and result.backup_path.is_file()
    assert _assets(store) == [
        dict(asset_no="ZC-LJC-00001", category="其他", name="会议桌", spec="1.8米", unit="张", quantity=2,
             unit_value_fen=85000, acquired_on="2019-09-01", source="上级配发", funding_doc="", condition="良好",
             note="", room_uuid=rooms["党员活动室"]),
        dict(asset_no="ZC-LJC-00002", category="其他", name="投影仪", spec="EPSON CB-X06", unit="台", quantity=1,
             unit_value_fen=350000, acquired_on="2021-03-01", source="自购", funding_doc="", condition="良好",
             note="", room_uuid=rooms["会议室"]),
        dict(asset_no="ZC-LJC-00003", category="其他", name="图书", spec="", unit="册", quantity=600,
             unit_value_fen=2550, acquired_on="2020-05-01", source="捐赠", funding_doc="", condition="良好",
             note="党史类", room_uuid=rooms["农家书屋"]),
        dict(asset_no="ZC-LJC-00004", category="其他", name="党旗", spec="", unit="面", quantity=5,
             unit_value_fen=3000, acquired_on=None, source="上级配发", funding_doc="", condition="良好",
             note="", room_uuid=None),
        dict(asset_no="ZC-LJC-00005", category="其他", name="文件柜", spec="", unit="个", quantity=1,
             unit_value_fen=68000, acquired_on="2018-06-01", source="其他", funding_doc="县财政", condition="良好",
             note="", room_uuid=rooms["党员活动室"])]
    events = store.query("SELECT a.asset_no, e.kind, e.event_date, e.quantity_change, e.to_condition "
                         "FROM asset_event e JOIN asset a ON a.uuid = e.asset_uuid ORDER BY a.seq")
    today = dt.date.today().isoformat()
    assert [tuple(e.values()) for e in events] == [
        ("ZC-LJC-00001", "登记", "2019-09-01", 2, "良好"), ("ZC-LJC-00002", "登记", "2021-03-01", 1, "良好"),
        ("ZC-LJC-00003", "登记", "2020-05-01", 600, "良好"), ("ZC-LJC-00004", "登记", today, 5, "良好"),
        ("ZC-LJC-00005", "登记", "2018-06-01", 1, "良好")]

    again = ai.check_file(store, path, site)
    assert again.counts() == {"imported": 0, "unchanged": 5, "skipped": 3}
    assert [r.asset_no for r in again.rows if r.action == "unchanged"] == [f"ZC-LJC-0000{i}" for i in range(1, 6)]
    assert ai.apply_plan(store, again).backup_path is None
    assert store.scalar("SELECT count(*) FROM asset") == 5
    assert sites.next_asset_no(store, sites.get_site(store, site)["org_uuid"]) == "ZC-LJC-00006"


def test_imported_rows_are_the_rows_add_asset_writes(store, site, tmp_path):
    room = sites.rooms(store, site)[0]["uuid"]
    sites.add_asset(store, site, {"category": "家具", "name": "茶几", "spec": "木", "unit": "张", "quantity": 3,
                                  "unit_value_fen": 12050, "acquired_on": "2022-04-01", "source": "捐赠",
                                  "custodian": "王芳", "condition": "待修", "room_uuid": room, "note": "旧"})
    wb = Workbook()
    wb.active.append(["类别", "名称", "型号", "数量", "单位", "单价", "取得日期", "来源", "位置", "保管人", "状态", "备注"])
    wb.active.append(["家具", "茶几", "木", 3, "张", "120.50", "2022/4/1", "捐赠", "党员活动室", "王芳", "待修", "旧"])
    wb.active.append(["家具", "茶几", "木", 3, "张", "120.50", "2022/4/1", "捐赠", "党员活动室", "王芳", "待修", "旧"])
    wb.save(tmp_path / "two.xlsx")
    plan = ai.check_file(store, tmp_path / "two.xlsx", site)
    # the first row is the line already on the books, the second a new identical line
    assert [(r.row, r.action) for r in plan.rows] == [(2, "unchanged"), (3, "add")]
    ai.apply_plan(store, plan)
    rows = store.query("SELECT * FROM asset ORDER BY seq")
    events = store.query("SELECT e.* FROM asset_event e JOIN asset a ON a.uuid = e.asset_uuid ORDER BY a.seq")
    skip = {*SYNC, "seq", "asset_no", "asset_uuid"}
    assert [{k: v for k, v in dict(r).items() if k not in skip} for r in rows][0] == \
           [{k: v for k, v in dict(r).items() if k not in skip} for r in rows][1]
    assert [{k: v for k, v in dict(e).items() if k not in skip} for e in events][0] == \
           [{k: v for k, v in dict(e).items() if k not in skip} for e in events][1]
    assert [r["asset_no"] for r in rows] == ["ZC-LJC-00001", "ZC-LJC-00002"]
    # the audit log says the same for both: one insert of the asset, one of its 登记 event
    assert [tuple(r.values()) for r in store.query(
        "SELECT table_name, action, count(*) FROM audit_log WHERE table_name IN ('asset', 'asset_event') "
        "GROUP BY table_name, action ORDER BY table_name")] == [("asset", "insert", 2), ("asset_event", "insert", 2)]


def test_asset_numbers_kept_when_they_fit_the_village_and_never_reused(store, site, tmp_path):
    first = sites.add_asset(store, site, {"category": "家具", "name": "旧桌", "source": "自购"})
    sites.remove_mistaken_asset(store, first)          # ZC-LJC-00001 is gone but never given again
    wb = Workbook()
    wb.active.append(["资产编号", "资产名称", "数量", "单价"])
    wb.active.append(["zc-ljc-00007", "电脑", 1, 4200])          # fits: kept (typed in lower case)
    wb.active.append(["ZC-LJC-00001", "打印机", 1, 1500])        # used once already: renumbered
    wb.active.append(["GZ-2019-15", "书架", 2, 300])             # another format: renumbered, kept in 备注
    wb.active.append([None, "沙发", 1, 2000])                    # no number
    wb.active.append(["ZC-LJC-00007", "电脑", 1, 4200])          # the same number twice in the sheet
    wb.save(tmp_path / "nos.xlsx")
    plan = ai.check_file(store, tmp_path / "nos.xlsx", site)
    assert [(p.row, p.column, p.level) for p in plan.problems if p.row] == [
        (3, "A", "warning"), (4, "A", "warning"), (6, "A", "warning")]
    assert plan.problems[-1].message == "资产编号“ZC-LJC-00007”与第2行相同，将重新编号，原编号记入备注"
    ai.apply_plan(store, plan)
    assert [(a["asset_no"], a["name"], a["note"]) for a in _assets(store)] == [
        ("ZC-LJC-00002", "打印机", "原编号 ZC-LJC-00001"), ("ZC-LJC-00003", "书架", "原编号 GZ-2019-15"),
        ("ZC-LJC-00004", "沙发", ""), ("ZC-LJC-00005", "电脑", "原编号 ZC-LJC-00007"), ("ZC-LJC-00007", "电脑", "")]
    # re-import: matched by number (the kept one), by name+spec+date (the others)
    assert ai.check_file(store, tmp_path / "nos.xlsx", site).counts() == {"imported": 0, "unchanged": 5, "skipped": 0}
    assert sites.add_asset(store, site, {"category": "家具", "name": "新桌", "source": "自购"}) and \
        _assets(store)[-1]["asset_no"] == "ZC-LJC-00008"


def test_changed_line_is_reported_not_overwritten(store, site, tmp_path):
    sites.add_asset(store, site, {"category": "电子设备", "name": "电视机", "quantity": 1, "unit_value_fen": 300000,
                                  "acquired_on": "2020-01-01", "source": "上级配发"})
    wb = Workbook()
    wb.active.append(["资产编号", "物品名称", "数量", "单价（元）", "购买时间", "类别"])
    wb.active.append(["ZC-LJC-00001", "电视机", 2, 3000, "2020-01-01", "电子设备"])
    wb.save(tmp_path / "tv.xlsx")
    plan = ai.check_file(store, tmp_path / "tv.xlsx", site)
    assert plan.counts() == {"imported": 0, "unchanged": 1, "skipped": 0}
    assert [p.text() for p in plan.problems if p.row] == [
        "第2行：［提醒］已在台账中（ZC-LJC-00001），与表中不同：数量（台账 1，表中 2）；导入不修改已登记的资产，"
        "如需更正请用资产更正、调拨或盘点调整"]


def test_template_is_recognised_and_its_example_row_skipped(store, site, tmp_path):
    path = ai.assets_template(tmp_path / "模板.xlsx")
    wb = load_workbook(path)
    ws = wb["资产清单"]
    assert [c.value for c in ws[3]][:8] == ["资产编号", "类别*", "资产名称*", "规格型号", "数量*", "单位", "单价（元）*",
                                            "金额（元）"]
    assert ws["H4"].number_format == "#,##0.00" and ws["A4"].number_format == "@"
    assert wb.sheetnames == ["资产清单", "填写说明"]
    assert any("上级配发,自购,捐赠,其他" in dv.formula1 for dv in ws.data_validations.dataValidation)
    sheet = read_sheet(path)
    assert ai.detect(sheet).mapping[:8] == ["asset_no", "category", "name", "spec", "quantity", "unit", "unit_value",
                                            "amount"]
    plan = ai.check_import(store, sheet, site)
    assert plan.counts() == {"imported": 0, "unchanged": 0, "skipped": 0}
    assert "第4行：［说明］导入模板中的示例行，已跳过" in plan.report_lines()
    ws.cell(5, 2, "文体器材")
    ws.cell(5, 3, "乒乓球台")
    ws.cell(5, 5, 1)
    ws.cell(5, 7, 1800)
    ws.cell(5, 10, "上级配发")
    wb.save(path)
    plan = ai.check_file(store, path, site)
    assert plan.counts() == {"imported": 1, "unchanged": 0, "skipped": 0}
    assert plan.rows[0].values["category"] == "文体器材" and plan.rows[0].values["unit_value_fen"] == 180000


def test_no_header_is_a_clear_error(store, site, tmp_path):
    wb = Workbook()
    wb.active.append(["随便", "什么"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(Exception) as exc:
        ai.check_file(store, tmp_path / "x.xlsx", site)
    assert "没有找到表头" in str(exc.value)


def cli(*args, env_dir=None):
    env = {**os.environ, "DJDESK_DATA_DIR": str(env_dir)} if env_dir else None
    return subprocess.run([sys.executable, "-m", "djdesk.cli", *map(str, args)], capture_output=True, text=True,
                          env=env)


def test_cli_dry_run_writes_nothing_then_import_json_and_template(store, site, tmp_path):
    path = messy_sheet(tmp_path / "messy.xlsx")
    store.close()
    db = store.path
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out = cli("assets", "import", path, "--db", db, "--site", "李家村党群服务中心", "--dry-run", "--json",
              env_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["counts"] == {"imported": 5, "unchanged": 0, "skipped": 3}
    assert data["dry_run"] is True and data["backup"] is None and data["value_fen"] == 2133000
    assert [(p["row"], p["column"], p["level"]) for p in data["problems"] if p["level"] != "info"] == [
        (8, "F", "error"), (9, "G", "error"), (10, "I", "warning"), (10, "J", "error"), (12, "I", "warning")]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before

    out = cli("assets", "import", path, "--db", db, "--site", "李家村党群服务中心", env_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == ("文件：messy.xlsx　工作表：资产清单　表头：第2、3行　数据：第4～14行　"
                        "活动场所：李家村李家村党群服务中心")
    assert lines[-2] == "已导入：新增 5 项，已在台账 0 项，跳过 3 行"
    assert lines[-1].startswith("导入前的数据已备份到：")
    out = cli("assets", "import", path, "--db", db, "--json", env_dir=tmp_path)
    assert out.returncode == 0 and json.loads(out.stdout)["counts"] == {"imported": 0, "unchanged": 5, "skipped": 3}

    template = tmp_path / "资产模板.xlsx"
    out = cli("export", "template", "assets", "--out", template, env_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"已生成空白导入模板：{template}"
    out = cli("assets", "import", template, "--db", db, "--json", env_dir=tmp_path)
    assert out.returncode == 2         # nothing to import
    assert json.loads(out.stdout)["counts"] == {"imported": 0, "unchanged": 0, "skipped": 0}
    out = cli("assets", "import", path, "--db", db, "--site", "没有的场所", env_dir=tmp_path)
    assert out.returncode == 2 and "找不到活动场所“没有的场所”" in out.stderr
    out = cli("export", "template", "roster", "--out", tmp_path / "r.xlsx", env_dir=tmp_path)
    assert out.returncode == 0 and (tmp_path / "r.xlsx").is_file()


def test_mapping_preview_and_check_with_the_clerks_mapping(store, site, tmp_path):
    sheet = read_sheet(messy_sheet(tmp_path / "messy.xlsx"))
    guess = ai.detect(sheet)
    assert guess.mapping == [None, "name", "spec", "quantity", "unit", "unit_value", "amount", "acquired_on", "source",
                             "room", "condition", "note"]
    assert ai.header_at(sheet, (3,)).headers[5:7] == ["单价(元)", "金额(元)"]
    rows = ai.preview(sheet, guess.header_rows, guess.mapping, limit=5)
    assert [r for r, _ in rows] == [4, 5, 6, 8, 9]
    assert rows[1][1] == {"name": "投影仪", "spec": "EPSON CB-X06", "quantity": "1", "unit": "台",
                          "unit_value": "3,500.00", "acquired_on": "2021-03（按1日）", "source": "自购", "room": "会议室",
                          "condition": "良好"}
    assert rows[3][1]["unit_value"] == "⚠ 单价“八十”不是有效的金额（例如 4200 或 4200.50）"
    with pytest.raises(Exception, match="请指定哪一列是“资产名称”"):
        ai.check_mapping([None, None, "spec"])
    with pytest.raises(Exception, match="以下字段对应了不止一列，请只保留一列：单价"):
        ai.check_mapping(["name", "unit_value", "unit_value"])
    # the clerk leaves 存放地点 out: the unknown room is no longer an error, the lines have no room
    mapping = [None if k == "room" else k for k in guess.mapping]
    plan = ai.check_import(store, sheet, site, header_rows=guess.header_rows, mapping=mapping, notes=guess.notes,
                           today=dt.date(2025, 1, 10))
    assert plan.counts() == {"imported": 6, "unchanged": 0, "skipped": 2}
    assert "表中没有存放地点列：资产登记为未指定存放位置" in [p.message for p in plan.problems]
    assert (None, "J", "存放地点", "info", "该列不导入") in [(p.row, p.column, p.header, p.level, p.message)
                                                          for p in plan.problems]
    result = ai.apply_plan(store, plan, {}, today=dt.date(2025, 1, 10))
    assert result.imported == 6
    assert store.scalar("SELECT count(*) FROM asset WHERE room_uuid IS NOT NULL") == 0
    assert store.scalar("SELECT e.event_date FROM asset_event e JOIN asset a ON a.uuid = e.asset_uuid "
                        "WHERE a.name = '党旗'") == "2025-01-10"


def test_remembered_mappings_are_kept_per_importer(tmp_path):
    from djdesk.core.excel import roster_import as ri
    from djdesk.core.excel.headers import layout_signature
    from djdesk.core.settings import Settings

    wb = Workbook()
    wb.active.append(["名称", "类别", "数量", "备注"])       # one layout; a roster mapping would pass the asset check
    wb.active.append(["会议桌", "家具", 2, ""])
    wb.save(tmp_path / "both.xlsx")
    sheet = read_sheet(tmp_path / "both.xlsx")
    roster_guess, asset_guess = ri.header_at(sheet, (1,)), ai.header_at(sheet, (1,))
    assert roster_guess.signature == asset_guess.signature
    settings = Settings(tmp_path / "settings.json")
    ri.remember_mapping(settings, roster_guess.headers, ["name", "category", None, None])
    assert ri.remembered_mapping(settings, roster_guess) == ["name", "category", None, None]
    assert ai.remembered_mapping(settings, asset_guess) is None            # no leak into the asset importer
    ai.remember_mapping(settings, asset_guess.headers, ["name", "category", "quantity", "note"])
    fresh = Settings(tmp_path / "settings.json")
    assert ai.remembered_mapping(fresh, asset_guess) == ["name", "category", "quantity", "note"]
    assert ri.remembered_mapping(fresh, roster_guess) == ["name", "category", None, None]
    assert sorted(fresh.get("import_mappings")) == sorted(
        f"{kind}:{layout_signature(roster_guess.headers)}" for kind in ("assets", "roster"))
    # a roster mapping stored before importers had kinds (under the bare signature) is still read
    fresh.set("import_mappings", {roster_guess.signature: {"headers": roster_guess.headers,
                                                           "fields": ["name", None, None, "note"]}})
    assert ri.remembered_mapping(fresh, roster_guess) == ["name", None, None, "note"]
    assert ai.remembered_mapping(fresh, asset_guess) is None
    ri.remember_mapping(fresh, roster_guess.headers, ["name", None, None, None])
    assert list(fresh.get("import_mappings")) == [f"roster:{roster_guess.signature}"]
