"""Excel exports (djdesk.core.excel.exports / writer, issue #6): read back cell by cell with
openpyxl, opened and converted by LibreOffice, written atomically; the blank import template."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from djdesk.core import meetings as mt
from djdesk.core import members, orgs
from djdesk.core.errors import UserError
from djdesk.core.excel import exports
from djdesk.core.excel import roster_import as ri
from djdesk.core.excel.reader import read_sheet
from djdesk.core.excel.writer import Column, RegisterSheet, write_workbook
from djdesk.core.roster import RosterFilter

TODAY = dt.date(2025, 6, 30)
HEADERS = ["序号", "姓名", "性别", "民族", "出生日期", "身份证号", "籍贯", "学历", "职业", "参加工作时间", "申请入党时间",
           "入党时间", "转正时间", "党员类别", "党内职务", "所在党支部", "党小组", "联系电话", "家庭住址", "流动党员",
           "流向地", "状态", "备注"]


@pytest.fixture
def branch(store):
    return next(n.uuid for n in orgs.tree(store) if n.kind == "branch")


@pytest.fixture
def roster(store, branch):
    group = orgs.add_org(store, branch, {"kind": "group", "name": "第一党小组"})
    members.add_member(store, dict(org_uuid=branch, group_uuid=group, name="张书记", id_number="11010519491231002X",
                                   gender="女", ethnicity="汉族", education="大学本科", category="正式",
                                   party_post="书记", join_date="1975-07-01", conversion_date="1976-07-01",
                                   phone="13800000001", address="李家村一组", native_place="北京市"),
                       entry_date="1975-07-01", today=TODAY)
    members.add_member(store, dict(org_uuid=branch, name="欧阳晓燕", id_number="110105198807150026", gender="女",
                                   ethnicity="土家族", category="预备", join_date="2025-03-01", is_flowing=1,
                                   flowing_to="广东省深圳市", occupation="企事业单位、社会组织专业技术人员",
                                   note="外出务工"), entry_date="2025-03-01", today=TODAY)
    return branch


def export(store, tmp_path, name="roster.xlsx"):
    scope = store.meta["scope_org_uuid"]
    return exports.export_roster(store, tmp_path / name, RosterFilter(org_uuid=scope), today=TODAY)


def test_roster_export_cell_by_cell(store, roster, tmp_path):
    result = export(store, tmp_path)
    assert result.rows == 2
    wb = load_workbook(result.path)
    assert wb.sheetnames == ["党员花名册"]
    ws = wb["党员花名册"]
    assert ws["A1"].value == "党员花名册"
    assert ws["A2"].value == "单位：红星乡党委 / 李家村　　　导出日期：2025年6月30日"
    assert [c.value for c in ws[3]] == HEADERS
    assert [c.value for c in ws[4]] == [
        1, "欧阳晓燕", "女", "土家族", dt.datetime(1988, 7, 15), "110105198807150026", None, None,
        "企事业单位、社会组织专业技术人员", None, None, dt.datetime(2025, 3, 1), None, "预备", None, "李家村党支部", None,
        None, None, "是", "广东省深圳市", "在册", "外出务工"]
    assert [c.value for c in ws[5]] == [
        2, "张书记", "女", "汉族", dt.datetime(1949, 12, 31), "11010519491231002X", "北京市", "大学本科", None, None,
        None, dt.datetime(1975, 7, 1), dt.datetime(1976, 7, 1), "正式", "书记", "李家村党支部", "第一党小组",
        "13800000001", "李家村一组", None, None, "在册", None]
    assert ws["A7"].value == "共 2 名党员，其中正式党员 1 名、预备党员 1 名，女性 2 名。"
    assert ws["E5"].number_format == "yyyy-mm-dd" and ws["E5"].data_type == "d"    # a real date, not text
    assert ws["F5"].data_type == "s" and ws["R5"].data_type == "s"                    # ID and phone as text
    assert ws["A5"].number_format == "0"
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    # 23 columns would print too small on one page: two pages wide, 序号 and 姓名 repeated on each
    assert (ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (
        "landscape", 9, 2, 0)
    assert ws.print_title_cols == "$A:$B"
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:W1", "A2:W2"}
    widths = {c: ws.column_dimensions[c].width for c in ("A", "B", "F", "I", "P")}
    assert widths == {"A": 6, "B": 10, "F": 20, "I": 34, "P": 14}    # 2 units per Chinese character + 2
    assert ws["A3"].font.bold and ws["B5"].font.name == "宋体" and ws["B5"].border.left.style == "thin"


def test_exported_roster_imports_back_unchanged(store, roster, tmp_path):
    result = export(store, tmp_path)
    plan = ri.check_import(store, read_sheet(result.path), roster, today=TODAY)
    assert plan.header_rows == (3,)
    assert plan.counts() == {"imported": 0, "updated": 0, "unchanged": 2, "skipped": 0, "undecided": 0}
    assert [p.level for p in plan.problems] == [ri.INFO] * len(plan.problems)


def test_export_writes_atomically_and_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    import errno

    from openpyxl import Workbook

    target = tmp_path / "表.xlsx"
    target.write_bytes(b"old contents")
    sheet = RegisterSheet("表", "标题", "副标题", [Column("甲")], [("一",)])

    def disk_full(self, filename):
        filename.write(b"half a file")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", disk_full)
    with pytest.raises(UserError) as err:
        write_workbook(target, [sheet])
    assert err.value.message.startswith("导出未完成：磁盘空间已满")
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["表.xlsx"]
    with pytest.raises(UserError, match="导出的文件名应以 .xlsx 结尾：表.xls"):
        write_workbook(tmp_path / "表.xls", [sheet])


def test_empty_selection_is_not_exported(store, tmp_path):
    with pytest.raises(UserError, match="没有符合条件的党员，未导出"):
        export(store, tmp_path)


def test_meetings_and_attendance_export(store, roster, tmp_path):
    draft = mt.new_draft(store, roster, mt.THEME_DAY, day=dt.date(2025, 5, 10))
    draft.values.update(place="村部会议室", minutes="学习讨论", title="五月主题党日", host="张书记")
    for p in draft.people:
        p["status"] = mt.PRESENT if p["name"] == "张书记" else mt.LEAVE
        p["reason"] = "" if p["name"] == "张书记" else "外出务工"
    mt.save_meeting(store, draft, today=TODAY)
    result = exports.export_meetings(store, tmp_path / "会议.xlsx", roster, 2025, today=TODAY)
    assert result.rows == 1
    wb = load_workbook(result.path)
    assert wb.sheetnames == ["会议记录", "出席情况"]
    ws = wb["会议记录"]
    assert ws["A1"].value == "三会一课会议记录一览"
    assert ws["A2"].value == "单位：红星乡党委 / 李家村 / 李家村党支部　　　2025年　　　导出日期：2025年6月30日"
    assert [c.value for c in ws[3]] == [c.title for c in exports.MEETING_COLUMNS]
    row = [c.value for c in ws[4]]
    assert row[:3] == [1, "2025-001", dt.datetime(2025, 5, 10)]
    assert row[4:] == ["主题党日", None, "五月主题党日", "村部会议室", "张书记", 2, 1, 1, 0, 0, 0, 0, None]
    people = wb["出席情况"]
    assert [[c.value for c in r] for r in people.iter_rows(min_row=4)] == [
        [dt.datetime(2025, 5, 10), "2025-001", "主题党日", "五月主题党日", "张书记", "正式", "出席", None],
        [dt.datetime(2025, 5, 10), "2025-001", "主题党日", "五月主题党日", "欧阳晓燕", "预备", "请假", "外出务工"]]
    with pytest.raises(UserError, match="“李家村党支部”2024年没有会议记录，未导出"):
        exports.export_meetings(store, tmp_path / "空.xlsx", roster, 2024)


def test_roster_template(tmp_path):
    path = exports.export_template("roster", tmp_path / "模板.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["党员名单", "代码表", "填写说明"]
    assert wb["代码表"].sheet_state == "hidden"
    ws = wb["党员名单"]
    headers = [c.value for c in ws[3]]
    assert headers[:5] == ["姓名*", "性别*", "民族*", "出生日期", "身份证号*"] and len(headers) == 24
    assert ws["A4"].value == "张三（示例）" and ws["E4"].value == "11010519491231002X"
    assert ws["E500"].number_format == "@" and ws["Q500"].number_format == "@"     # ID and phone stay text
    assert ws["D500"].number_format == "yyyy-mm-dd"
    rules = {str(v.sqref): v.formula1 for v in ws.data_validations.dataValidation}
    assert rules == {"B4:B1003": "代码表!$A$2:$A$3", "C4:C1003": "代码表!$B$2:$B$57", "G4:G1003": "代码表!$C$2:$C$9",
                     "H4:H1003": "代码表!$D$2:$D$9", "M4:M1003": "代码表!$E$2:$E$3", "S4:S1003": "代码表!$F$2:$F$3",
                     "V4:V1003": "代码表!$G$2:$G$3", "W4:W1003": "代码表!$H$2:$H$3"}
    codes_sheet = wb["代码表"]
    assert [c.value for c in codes_sheet["B"]][1:4] == ["汉族", "蒙古族", "回族"]
    assert [c.value for c in codes_sheet["E"] if c.value] == ["党员类别", "正式党员", "预备党员"]
    notes = wb["填写说明"]
    assert [c.value for c in notes[2]] == ["列名", "是否必填", "填写要求", "示例"]
    assert [c.value for c in notes[7]] == ["身份证号", "必填", "18位公民身份号码。本列已设为文本格式，请勿改为数字（否则后三位会变成0）",
                                           "11010519491231002X"]
    assert notes.max_row == 2 + 24 + 1 + 5
    with pytest.raises(UserError, match="没有“meetings”的导入模板（现有：roster、assets、dues）"):
        exports.export_template("meetings", tmp_path / "x.xlsx")


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                                            "apt-get install --no-install-recommends libreoffice-calc")
def test_libreoffice_opens_and_converts_the_exports(store, roster, tmp_path):
    roster_file = export(store, tmp_path).path
    template = exports.export_template("roster", tmp_path / "template.xlsx")
    out = tmp_path / "csv"
    for path in (roster_file, template):
        run = subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                              "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out),
                              str(path)], capture_output=True, text=True, timeout=180)
        assert run.returncode == 0, run.stderr
    with open(out / "roster.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "党员花名册"
    assert rows[2] == HEADERS
    assert rows[4][:6] == ["2", "张书记", "女", "汉族", "1949-12-31", "11010519491231002X"]
    assert rows[4][11:13] == ["1975-07-01", "1976-07-01"]           # dates displayed with their format
    assert rows[6][0] == "共 2 名党员，其中正式党员 1 名、预备党员 1 名，女性 2 名。"
    with open(out / "template.csv", encoding="utf-8") as f:
        template_rows = list(csv.reader(f))
    assert template_rows[3][:5] == ["张三（示例）", "女", "汉族", "1949-12-31", "11010519491231002X"]
