"""活动场所 printouts and commands (issue #5): the asset register, the stocktake report, label sheets
whose QR codes decode (zbarimg) to the asset numbers, and ``djdesk-cli sites|assets|report …``."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from djdesk import cli
from djdesk.core import sites
from djdesk.core.errors import UserError
from djdesk.core.reports import sites as rs
from djdesk.core.reports.label_layouts import LAYOUTS, MM

SCRIPT = [sys.executable, "-m", "djdesk.cli"]
needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                                reason="zbarimg (zbar-tools) and pdftoppm (poppler-utils) are needed")


def texts(path) -> list[str]:
    return [re.sub(r"[ \t]+", " ", p.extract_text()) for p in PdfReader(path).pages]


@pytest.fixture
def site(store):
    with store.transaction():
        store.update("org_unit", store.meta["scope_org_uuid"], {"code": "LJC"})
    uuid = sites.save_site(store, {"name": "李家村党群服务中心", "building_area": 320.5},
                           org_uuid=store.meta["scope_org_uuid"])
    room = sites.save_room(store, uuid, {"kind": "党员活动室", "area": 60})
    books = sites.save_room(store, uuid, {"kind": "农家书屋", "area": 40})
    for values in (
        {"category": "家具", "name": "会议桌", "unit": "张", "quantity": 2, "unit_value_fen": 85000, "source": "上级配发",
         "room_uuid": room},
        {"category": "电子设备", "name": "电视机", "spec": "55英寸", "unit": "台", "quantity": 1, "unit_value_fen": 329900,
         "source": "自购", "room_uuid": room, "custodian": "李建国"},
        {"category": "图书", "name": "农家书屋图书", "unit": "册", "quantity": 1200, "unit_value_fen": 2550,
         "source": "捐赠", "room_uuid": books},
        {"category": "文体器材", "name": "乒乓球台", "unit": "张", "quantity": 1, "unit_value_fen": 180000,
         "source": "上级配发", "condition": "待修"},
    ):
        sites.add_asset(store, uuid, {"acquired_on": "2020-05-01", **values})
    return uuid


def test_asset_register_lists_every_line_with_totals_by_category_and_source(store, site, tmp_path):
    result = rs.asset_register_pdf(store, tmp_path / "register.pdf", site)
    assert result.pages == 1 and result.warnings == []
    page = PdfReader(tmp_path / "register.pdf").pages[0]
    assert page.mediabox.width > page.mediabox.height            # landscape A4
    text = texts(tmp_path / "register.pdf")[0]
    assert "固定资产登记表" in text and "场所：李家村党群服务中心" in text and "第 1 页 共 1 页" in text
    for line in ("ZC-LJC-00001 家具 会议桌", "850.00 1,700.00 2020-05-01 上级配发 党员活动室",
                 "ZC-LJC-00002 电子设备 电视机 55英寸 台 1 3,299.00 3,299.00", "1200 25.50 30,600.00",
                 "待修"):
        assert line in text, line
    assert "共 4 项资产，数量 1204，金额合计 37,399.00 元。" in text
    assert "图书 1 1200 30,600.00" in text and "合计 4 1204 37,399.00" in text        # by category
    assert "上级配发 2 3 3,500.00" in text and "捐赠 1 1200 30,600.00" in text           # by source
    assert "填表人：" in text and "村党组织书记：" in text


def test_stocktake_report_shows_discrepancies_and_signature_lines(store, site, tmp_path):
    st = sites.start_stocktake(store, site, on="2026-06-01", counted_by="李建国、王秀兰")
    lines = {l["asset_no"]: l["asset_uuid"] for l in sites.stocktake_lines(store, st)}
    sites.record_count(store, st, lines["ZC-LJC-00001"], 2)
    sites.record_count(store, st, lines["ZC-LJC-00002"], 1, "待修", note="屏幕有裂纹")
    sites.record_count(store, st, lines["ZC-LJC-00003"], 1180)
    rs.stocktake_pdf(store, tmp_path / "open.pdf", st)
    assert "本次盘点尚未结束" in "".join(texts(tmp_path / "open.pdf"))
    sites.close_stocktake(store, st, on="2026-06-02", missing_uncounted=True)
    rs.stocktake_pdf(store, tmp_path / "st.pdf", st)
    text = "".join(texts(tmp_path / "st.pdf"))
    assert "资产盘点表" in text and "盘点时间：2026年6月1日 至 2026年6月2日" in text
    assert "尚未结束" not in text
    assert "应盘 4 项，已盘 4 项：相符 1 项，盘盈 0 项（金额 0.00 元），盘亏 2 项（金额 2,310.00 元），状况不符 1 项。" in text
    assert "ZC-LJC-00003 农家书屋图书 农家书屋 册 1200 1180 -20 良好 良好 盘亏 -510.00" in text
    assert "ZC-LJC-00004 乒乓球台 张 1 0 -1 待修 待修 盘亏 -1,800.00 未找到" in text
    assert "盘点差异明细" in text and "盘点人：李建国、王秀兰" in text
    assert "监盘人：" in text and "资产保管人：" in text


def _decode(png) -> list[str]:
    out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    return sorted(out.stdout.split())


@needs_zbar
@pytest.mark.parametrize("layout", ["3x8", "2x5"])
def test_label_qr_codes_decode_to_the_asset_numbers_inside_their_labels(store, site, tmp_path, layout):
    start = 3                                       # the first two labels of the sheet were used
    result = rs.labels_pdf(store, tmp_path / "labels.pdf", site_uuid=site, layout=layout, start=start)
    assert (result.pages, result.labels, result.warnings) == (1, 4, [])
    text = texts(tmp_path / "labels.pdf")[0]
    assert "李家村 固定资产" in text and "ZC-LJC-00003" in text and "农家书屋图书" in text
    spec, dpi = LAYOUTS[layout], 200
    for i in range(4):                              # render each label's area alone: its QR is inside it
        x, y = spec.origin(start - 1 + i)
        px = dpi / 72
        box = ["-x", str(int(x * px)), "-y", str(int((297 * MM - y - spec.height * MM) * px)),
               "-W", str(int(spec.width * MM * px)), "-H", str(int(spec.height * MM * px))]
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", *box, str(tmp_path / "labels.pdf"),
                        str(tmp_path / f"label{i}")], check=True)
        assert _decode(tmp_path / f"label{i}.png") == [f"ZC-LJC-{i + 1:05d}"]
    # and the slots before ``start`` are blank
    x, y = spec.origin(0)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", "-x", "0", "-y", "0", "-W", str(int(x * 100 / 72) + 1),
                    "-H", "100", str(tmp_path / "labels.pdf"), str(tmp_path / "blank")], check=True)
    assert _decode(tmp_path / "blank.png") == []


def test_label_options_are_checked(store, site, tmp_path):
    with pytest.raises(UserError, match="起始位置应在 1 到 24 之间"):
        rs.labels_pdf(store, tmp_path / "x.pdf", site_uuid=site, start=25)
    with pytest.raises(UserError, match="不认识的标签纸规格"):
        rs.labels_pdf(store, tmp_path / "x.pdf", site_uuid=site, layout="5x5")
    result = rs.labels_pdf(store, tmp_path / "x.pdf", site_uuid=site, layout="2x5", start=9, copies=2)
    assert (result.labels, result.pages) == (8, 2)        # 2 on the first sheet, 6 on the second
    assert not (tmp_path / "x.pdf.part").exists() and not list(tmp_path.glob(".x.pdf.*"))


def run(*args, ok=True):
    out = subprocess.run([*SCRIPT, *map(str, args)], capture_output=True, text=True)
    if ok:
        assert out.returncode == 0, out.stderr
    return out


def test_cli_lists_and_reports(store, site, tmp_path):
    db = store.path
    store.close()
    data = json.loads(run("sites", "list", "--db", db, "--json").stdout)
    assert [(v["village_name"], v["asset_lines"], v["asset_value_fen"], v["needs_repair"]) for v in data["villages"]] == [
        ("李家村", 4, 3739900, 1)]
    assert [(w["code"], w["level"], w["message"]) for w in data["warnings"]] == [("site_repair", "info", "李家村有 1 项资产待修")]
    data = json.loads(run("assets", "list", "--db", db, "--condition", "待修", "--json").stdout)
    assert [a["asset_no"] for a in data["assets"]] == ["ZC-LJC-00004"]
    data = json.loads(run("assets", "list", "--db", db, "--site", "李家村党群服务中心", "--room", "党员活动室",
                          "--json").stdout)
    assert [a["name"] for a in data["assets"]] == ["会议桌", "电视机"] and data["totals"]["value_fen"] == 499900
    data = json.loads(run("assets", "history", "--db", db, "4", "--json").stdout)
    assert data["asset"]["asset_no"] == "ZC-LJC-00004"
    assert [(e["event_date"], e["kind"], e["summary"]) for e in data["history"]] == [
        ("2020-05-01", "登记", "登记入账 1 件，存放于 李家村党群服务中心")]
    out = run("report", "assets", "--db", db, "--out", tmp_path / "a.pdf").stdout
    assert out.startswith("已生成李家村李家村党群服务中心固定资产登记表") and "ZC-LJC-00004" in texts(tmp_path / "a.pdf")[0]
    data = json.loads(run("report", "labels", "--db", db, "--asset", "2", "--asset", "ZC-LJC-00004", "--layout", "4x10",
                          "--out", tmp_path / "l.pdf", "--json").stdout)
    assert (data["labels"], data["pages"]) == (2, 1)
    assert "ZC-LJC-00004" in texts(tmp_path / "l.pdf")[0] and "ZC-LJC-00001" not in texts(tmp_path / "l.pdf")[0]


def test_cli_user_errors_exit_2_with_one_chinese_line(store, site, tmp_path):
    db = store.path
    store.close()
    out = run("report", "stocktake", "--db", db, "--out", tmp_path / "s.pdf", ok=False)
    assert out.returncode == cli.EXIT_USER_ERROR and out.stderr.strip() == "错误：“李家村党群服务中心”还没有盘点记录"
    out = run("report", "labels", "--db", db, "--asset", "ZC-LJC-00099", "--out", tmp_path / "l.pdf", ok=False)
    assert out.returncode == cli.EXIT_USER_ERROR and "找不到在账资产“ZC-LJC-00099”" in out.stderr
    out = run("report", "labels", "--db", db, "--start", "30", "--out", tmp_path / "l.pdf", ok=False)
    assert out.returncode == cli.EXIT_USER_ERROR and "起始位置应在 1 到 24 之间" in out.stderr
    out = run("assets", "list", "--db", db, "--site", "村部", ok=False)
    assert out.returncode == cli.EXIT_USER_ERROR and len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr and not (tmp_path / "l.pdf").exists()


def test_excel_export_of_the_asset_register(store, site, tmp_path):
    from decimal import Decimal

    from openpyxl import load_workbook

    gone = sites.find_asset(store, "ZC-LJC-00004")["uuid"]
    sites.dispose_asset(store, gone, approval_ref="村委会2026-1", on="2026-03-01")
    db = store.path
    store.close()
    out = run("export", "assets", "--db", db, "--all", "--out", tmp_path / "assets.xlsx")
    assert "4 项资产" in out.stdout
    wb = load_workbook(tmp_path / "assets.xlsx")
    rows = [[c.value for c in r] for r in wb["资产登记表"].iter_rows(min_row=4, max_row=7)]
    assert rows[2][1:9] == ["ZC-LJC-00003", "图书", "农家书屋图书", None, "册", 1200, Decimal("25.5"), Decimal("30600")]
    assert rows[3][1] == "ZC-LJC-00004" and rows[3][16].date().isoformat() == "2026-03-01"
    totals = [[c.value for c in r] for r in wb["分类合计"].iter_rows(min_row=4) if r[0].value]
    assert totals[-1] == ["合计", "在账资产", 3, 1203, Decimal("35599")]
    history = [[c.value for c in r] for r in wb["变动记录"].iter_rows(min_row=4) if r[0].value]
    assert history[-1][3:] == ["报废", "报废 1 件；审批：村委会2026-1", None, "村委会2026-1"]


def test_remote_education_register_pdf(store, site, tmp_path):
    for day, minutes, people in (("2026-03-05", 120, 18), ("2026-03-19", 90, 22), ("2026-04-02", 150, 15)):
        sites.add_log_entry(store, site, "远程教育工作记录簿", {"entry_date": day, "content": "组织收看党员教育专题片",
                                                          "person": "王秀兰", "participants": people, "minutes": minutes})
    sites.add_log_entry(store, site, "设备运行维护记录簿", {"entry_date": "2026-03-06", "content": "检查设备"})
    db = store.path
    store.close()
    run("report", "site-register", "--db", db, "--year", "2026", "--out", tmp_path / "log.pdf")
    text = texts(tmp_path / "log.pdf")[0]
    assert "远程教育工作记录簿" in text and "2026年度" in text and "检查设备" not in text
    assert "1 2026-03-05 组织收看党员教育专题片 18 2 王秀兰" in text
    assert "全年共 3 条记录。按月：3月 2 次、3.5 小时；4月 1 次、2.5 小时。" in text
    out = run("report", "site-register", "--db", db, "--year", "2026", "--register", "台账", "--out", tmp_path / "x.pdf",
              ok=False)
    assert out.returncode == cli.EXIT_USER_ERROR and "没有名为“台账”的登记簿" in out.stderr
