"""Roster import from clerks' Excel sheets (djdesk.core.excel, issue #6): the corpus of messy
sheets in tests/data/excel/ with the exact expected result of each, cell normalisation, the one
transaction, backups, re-imports, decisions, remembered mappings and the CLI."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from djdesk.core import backup, members, orgs
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.excel import roster_import as ri
from djdesk.core.excel import values as cells
from djdesk.core.excel.reader import read_sheet, sheet_names
from djdesk.core.progress import Progress
from djdesk.core.settings import Settings

CORPUS = Path(__file__).parent / "data" / "excel"
_spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
mc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mc)
TODAY = mc.TODAY
E, W, D = ri.ERROR, ri.WARNING, ri.DECISION


@pytest.fixture
def branch(store):
    return next(n.uuid for n in orgs.tree(store) if n.kind == "branch")


def check(store, branch, name, **kw):
    return ri.check_import(store, read_sheet(CORPUS / name), branch, today=TODAY, **kw)


def issues(plan, levels=(E, W, D)):
    return [(p.row, p.column, p.level, p.message) for p in plan.problems if p.level in levels]


def member_count(store):
    return store.scalar("SELECT count(*) FROM member WHERE deleted = 0")


def by_name(store, name):
    return store.query_one("SELECT * FROM member WHERE name = ? AND deleted = 0", (name,))


DAMAGED = ("身份证号被 Excel 存成了数字（显示为 {0}），15位以后的数字已经丢失、无法还原，该行没有导入。"
           "请在原表格中把身份证号这一列设为“文本”格式，重新录入这个身份证号后再导入")


# ----- the corpus ------------------------------------------------------------------------------

def test_corpus_files_are_what_make_corpus_writes(tmp_path):
    written = mc.main(tmp_path)
    assert [p.name for p in written] == ["wps_title_merged.xlsx", "shuffled_variants.xlsx", "date_formats.xlsx",
                                         "damaged_ids.xlsx", "duplicates.xlsx", "template_filled.xlsx"]
    stale = [p.name for p in written if p.read_bytes() != (CORPUS / p.name).read_bytes()]
    assert stale == [], "run .venv/bin/python tests/data/excel/make_corpus.py and commit the files"


def test_wps_sheet_with_title_rows_merged_header_totals_and_footer(store, branch):
    plan = check(store, branch, "wps_title_merged.xlsx")
    assert plan.sheet == "党员花名册"
    assert plan.header_rows == (3, 4)
    assert plan.headers[:10] == ["序号", "姓名", "性别", "民族", "出生日期", "公民身份号码", "文化程度",
                                 "党内情况/入党时间", "党内情况/转正时间", "党内情况/党员类别"]
    assert plan.mapping == [None, "name", "gender", "ethnicity", "birth_date", "id_number", "education",
                            "join_date", "conversion_date", "category", "branch", "phone"]
    assert plan.counts() == {"imported": 5, "updated": 0, "unchanged": 0, "skipped": 0, "undecided": 0}
    assert issues(plan) == []
    assert [p.text() for p in plan.problems] == [
        "［说明］1 个空行已跳过", "第11行：［说明］合计行（“合计”），已跳过",
        "第12行：［说明］表格下方的说明（“填表人:李四审核人:王五”），已跳过"]
    ri.apply_plan(store, plan, today=TODAY)
    assert member_count(store) == 5
    zhang = by_name(store, "张伟")
    assert (zhang["ethnicity"], zhang["education"], zhang["category"], zhang["join_date"], zhang["phone"]) == (
        "回族", "大学专科", "预备", "2023-12-20", "13803710003")
    assert by_name(store, "刘德明")["org_uuid"] == branch          # the merged branch cell reached row 10
    assert by_name(store, "王秀英")["phone"] == "13803710001"       # a number cell
    assert by_name(store, "赵丽")["phone"] == "0371-63001234"


def test_shuffled_columns_variant_names_full_width_and_spaces(store, branch):
    group = orgs.add_org(store, branch, {"kind": "group", "name": "第一党小组"})
    plan = check(store, branch, "shuffled_variants.xlsx")
    assert plan.header_rows == (2,)
    assert plan.mapping == ["phone", "name", "category", "join_date", "id_number", "address", "gender", "birth_date",
                            "education", "group", "ethnicity", "conversion_date", "branch"]
    assert plan.counts()["imported"] == 3
    assert issues(plan) == [(5, "J", W, "“李家村党支部”下没有党小组“第九党小组”，导入时不分党小组（可先建立该党小组后重新导入）")]
    ri.apply_plan(store, plan, today=TODAY)
    li = by_name(store, "李明")
    assert (li["id_number"], li["phone"], li["join_date"], li["conversion_date"], li["birth_date"], li["gender"],
            li["ethnicity"], li["group_uuid"], li["education"]) == (
        mc.pid("19780405", 33), "13803710001", "2001-07-01", "2002-07-01", "1978-04-05", "男", "汉族", group, "大学专科")
    chen = by_name(store, "陈芳")
    assert (chen["id_number"], chen["address"], chen["ethnicity"], chen["category"], chen["group_uuid"]) == (
        mc.pid("19950616", 44), "李家村 二组", "回族", "预备", group)
    ma = by_name(store, "马国强")
    assert (ma["education"], ma["group_uuid"], ma["birth_date"]) == ("研究生", None, "1970-01-01")


def test_every_date_format_and_every_bad_date(store, branch):
    plan = check(store, branch, "date_formats.xlsx")
    assert plan.counts() == {"imported": 11, "updated": 0, "unchanged": 0, "skipped": 5, "undecided": 0}
    assert issues(plan) == [
        (14, "C", E, "“2001.1”是数字，分不清是2001年1月还是2001年10月。请把该单元格改为文本（或写成 2001年1月 / 2001年10月）"),
        (15, "C", E, "“2001-02-30”不是有效日期（2001年2月没有30日）"),
        (16, "C", E, "“2001”只有年份，请补全到月（如 2001.07）"),
        (17, "C", E, "入党时间不能晚于今天"),
        (18, "C", E, "“一九九一年七月”不是日期（可写作 2001-07-01、2001.07 或 2001年7月）"),
    ]
    infos = [p.text() for p in plan.problems_of(ri.INFO)]
    assert "C列（入党时间）：［说明］5 个日期只有年和月，按当月1日导入（花名册按年月打印，不受影响）" in infos
    ri.apply_plan(store, plan, today=TODAY)
    stored = store.query("SELECT join_date, conversion_date FROM member WHERE deleted = 0")
    assert len(stored) == 11
    assert {(r["join_date"], r["conversion_date"]) for r in stored} == {("2001-07-01", "2002-07-01")}


def test_damaged_id_numbers_are_reported_and_never_imported(store, branch):
    plan = check(store, branch, "damaged_ids.xlsx")
    assert plan.counts() == {"imported": 2, "updated": 0, "unchanged": 0, "skipped": 7, "undecided": 0}
    wrong_check = mc.pid("19850505", 11)
    assert issues(plan) == [
        (4, "B", E, DAMAGED.format("1.10105E+17")),
        (5, "B", E, DAMAGED.format("1.10105E+17")),
        (6, "B", E, DAMAGED.format("4.10102E+17")),
        (7, "B", E, f"身份证号校验位错误（最后一位应为 {wrong_check[17]}）"),
        (8, "B", E, "身份证号应为18位，现为15位"),
        (9, "B", E, "出生日期 1975-07-08 与身份证号中的 1975-07-07 不一致"),
        (10, "B", E, "性别“男”与身份证号（第17位表示女性）不一致"),
    ]
    ri.apply_plan(store, plan, today=TODAY)
    assert sorted(r["id_number"] for r in store.query("SELECT id_number FROM member")) == sorted(
        [mc.pid("19800101", 11), mc.ID_ENDING_X])
    assert by_name(store, "蒋小")["birth_date"] == "1988-12-12"


def seed(store, branch):
    return {m["name"]: members.add_member(store, {**m, "org_uuid": branch}, today=TODAY) for m in mc.SEED_MEMBERS}


def test_duplicates_in_the_file_and_against_the_roster(store, branch):
    seeded = seed(store, branch)
    plan = check(store, branch, "duplicates.xlsx")
    assert plan.counts() == {"imported": 3, "updated": 1, "unchanged": 1, "skipped": 3, "undecided": 2}
    assert [(r.row, r.action) for r in plan.rows] == [
        (3, ri.UNCHANGED), (4, ri.UPDATE), (5, ri.DECIDE), (6, ri.ADD), (7, ri.SKIPPED), (8, ri.ADD),
        (9, ri.SKIPPED), (10, ri.SKIPPED), (11, ri.ADD), (12, ri.DECIDE)]
    assert issues(plan) == [
        (5, "A", D, "库中已有同名党员“张明”（李家村党支部，出生日期 1975-01-01），表中出生日期为 1980-02-02。"
                    "是同一人吗？（未选择时跳过本行）"),
        (7, "D", E, "与第6行身份证号相同（同一人在表中出现两次），本行没有导入"),
        (8, "D", W, "未填写身份证号"),
        (9, "A", E, "与第8行姓名、出生日期都相同（同一人在表中出现两次），本行没有导入"),
        (10, "H", E, "所在党支部“王家村党支部”在本数据库中不存在。请先在组织机构中建立该支部，或改正支部名称"
                     "（清空则导入到“李家村党支部”）"),
        (11, "I", W, "“李家村党支部”下没有党小组“第九党小组”，导入时不分党小组（可先建立该党小组后重新导入）"),
        (12, "A", D, "身份证号与库中党员“张明”（李家村党支部）相同，但表中姓名为“郑十”。是同一人吗？（未选择时跳过本行）"),
    ]
    assert plan.rows[1].changes == {"id_number": ("", mc.pid("19700808", 22))}
    assert plan.rows[2].choices == (ri.ADD, ri.UPDATE, ri.SKIPPED)
    assert plan.rows[9].choices == (ri.UPDATE, ri.SKIPPED)

    result = ri.apply_plan(store, plan, {5: ri.ADD, 12: ri.SKIPPED}, today=TODAY)
    assert (result.imported, result.updated, result.unchanged, result.skipped, result.undecided) == (4, 1, 1, 4, 0)
    assert member_count(store) == 3 + 4
    assert by_name(store, "李秀兰")["id_number"] == mc.pid("19700808", 22)
    assert members.get_member(store, seeded["张明"])["birth_date"] == "1975-01-01"
    assert store.scalar("SELECT count(*) FROM member WHERE name = '张明'") == 2

    again = check(store, branch, "duplicates.xlsx")                    # the same file again: no duplicates
    assert again.counts() == {"imported": 0, "updated": 0, "unchanged": 6, "skipped": 3, "undecided": 1}
    assert [r.row for r in again.rows if r.action == ri.DECIDE] == [12]


def test_a_decision_to_update_changes_the_member_found(store, branch):
    seeded = seed(store, branch)
    plan = check(store, branch, "duplicates.xlsx")
    with pytest.raises(UserError) as err:
        ri.apply_plan(store, plan, {5: ri.UPDATE, 12: ri.UPDATE}, today=TODAY)
    assert err.value.message == "第5行和第12行都要更新库中的同一名党员，请只对其中一行选择“是同一人，更新库中记录”"
    ri.apply_plan(store, plan, {5: ri.SKIPPED, 12: ri.UPDATE}, today=TODAY)
    zhang = members.get_member(store, seeded["张明"])
    assert (zhang["name"], zhang["birth_date"], zhang["id_number"]) == ("郑十", "1975-01-01", mc.SEED_MEMBERS[2]["id_number"])
    with pytest.raises(UserError, match="第12行不能选择“作为新党员新增”"):
        ri.apply_plan(store, plan, {12: ri.ADD}, today=TODAY)


def test_template_example_row_is_skipped(store, branch):
    plan = check(store, branch, "template_filled.xlsx")
    assert plan.header_rows == (3,)
    assert plan.counts()["imported"] == 2
    assert issues(plan) == []
    assert [p.text() for p in plan.problems if p.row] == ["第4行：［说明］导入模板中的示例行，已跳过"]
    ri.apply_plan(store, plan, today=TODAY)
    he = by_name(store, "何一")
    assert (he["is_flowing"], he["flowing_to"], he["flowing_since"], he["education"]) == (
        1, "广东省深圳市", "2024-03-01", "高中")
    assert by_name(store, "吕二")["occupation"] == "学生"


# ----- the transaction, backups, re-imports -------------------------------------------------------

def test_reimport_creates_no_duplicates_and_updates_changed_fields(store, branch, tmp_path):
    ri.apply_plan(store, check(store, branch, "wps_title_merged.xlsx"), today=TODAY)
    plan = check(store, branch, "wps_title_merged.xlsx")
    assert plan.counts() == {"imported": 0, "updated": 0, "unchanged": 5, "skipped": 0, "undecided": 0}
    from openpyxl import load_workbook

    wb = load_workbook(CORPUS / "wps_title_merged.xlsx")
    wb.active["L6"] = "13912345678"
    wb.active["F9"] = None                   # a cleared cell never erases what is stored
    wb.save(tmp_path / "changed.xlsx")
    plan = ri.check_import(store, read_sheet(tmp_path / "changed.xlsx"), branch, today=TODAY)
    assert plan.counts() == {"imported": 0, "updated": 1, "unchanged": 4, "skipped": 0, "undecided": 0}
    assert [p.text() for p in plan.problems if p.row == 6] == [
        "第6行：［说明］更新库中党员“李建国”：联系电话（13803710002 → 13912345678）"]
    ri.apply_plan(store, plan, today=TODAY)
    assert by_name(store, "李建国")["phone"] == "13912345678"
    assert by_name(store, "赵丽")["id_number"] == mc.pid("19900505", 242)
    assert member_count(store) == 5


def test_import_is_one_transaction_after_a_backup(store, branch):
    plan = check(store, branch, "wps_title_merged.xlsx")
    # the database changed after the check: 李建国 was entered by hand meanwhile
    members.add_member(store, {"org_uuid": branch, "name": "李建国", "gender": "男", "ethnicity": "汉族",
                               "id_number": mc.pid("19721105", 135), "category": "正式",
                               "join_date": "2001-07-01", "conversion_date": "2002-07-01"}, today=TODAY)
    with pytest.raises(UserError) as err:
        ri.apply_plan(store, plan, today=TODAY)
    assert err.value.message.startswith("“wps_title_merged.xlsx”第6行（李建国）无法导入：身份证号与李家村党支部的党员“李建国”重复。")
    assert err.value.message.endswith("本次没有导入任何数据。")
    assert member_count(store) == 1
    kinds = [e.kind for e in backup.list_backups(store.path)]
    assert kinds == ["before-excel-import"]


def test_cancel_during_the_import_writes_nothing(store, branch):
    plan = check(store, branch, "wps_title_merged.xlsx")
    with pytest.raises(Cancelled):
        ri.apply_plan(store, plan, today=TODAY, progress=Progress(is_cancelled=lambda: True))
    assert member_count(store) == 0


def test_backup_only_when_something_is_written(store, branch):
    plan = check(store, branch, "damaged_ids.xlsx")
    result = ri.apply_plan(store, plan, {}, today=TODAY)
    assert result.backup_path is not None
    nothing = ri.check_import(store, read_sheet(CORPUS / "damaged_ids.xlsx"), branch, today=TODAY)
    assert ri.apply_plan(store, nothing, today=TODAY).backup_path is None


# ----- mapping ----------------------------------------------------------------------------------

def test_mapping_is_remembered_per_layout(store, branch, tmp_path):
    settings = Settings(tmp_path / "settings.json")
    sheet = read_sheet(CORPUS / "wps_title_merged.xlsx")
    guess = ri.detect(sheet)
    assert ri.remembered_mapping(settings, guess) is None
    mapping = list(guess.mapping)
    mapping[0] = "note"                                  # the clerk keeps 序号 as a note
    ri.remember_mapping(settings, guess.headers, mapping)
    assert ri.remembered_mapping(Settings(tmp_path / "settings.json"), guess) == mapping
    plan = ri.check_file(store, CORPUS / "wps_title_merged.xlsx", branch, settings=settings, today=TODAY)
    assert plan.mapping[0] == "note"
    ri.apply_plan(store, plan, today=TODAY)
    assert by_name(store, "赵丽")["note"] == "4"


def test_mapping_problems_are_refused():
    with pytest.raises(UserError, match="请指定哪一列是“姓名”"):
        ri.check_mapping(["gender", None])
    with pytest.raises(UserError, match="以下字段对应了不止一列，请只保留一列：联系电话"):
        ri.check_mapping(["name", "phone", "phone"])


def test_a_sheet_without_a_header_is_refused(tmp_path, store, branch):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["张三", "男", "1970-01-01"])
    wb.save(tmp_path / "no_header.xlsx")
    with pytest.raises(UserError) as err:
        ri.check_file(store, tmp_path / "no_header.xlsx", branch)
    assert err.value.message == ("在“no_header.xlsx”的工作表“Sheet”前20行中没有找到表头：应有一行写着“姓名”和“身份证号”"
                                 "“性别”“入党时间”等列名。请检查是否选对了工作表。")


# ----- files we cannot read ------------------------------------------------------------------------

def test_xls_and_other_formats_get_a_message_saying_how_to_resave(tmp_path):
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    (tmp_path / "旧表.xls").write_bytes(ole2)
    (tmp_path / "wps.et").write_bytes(ole2)
    (tmp_path / "名单.csv").write_text("姓名,性别\n", encoding="utf-8")
    (tmp_path / "坏.xlsx").write_bytes(b"PK\x03\x04broken")
    resave = "请在 WPS 表格或 Excel 中打开它，用“另存为”保存成“Excel 工作簿（*.xlsx）”，再导入另存的文件。"
    cases = {
        "旧表.xls": f"文件“旧表.xls”是旧版 Excel 97-2003 格式（.xls），本软件只能读取 .xlsx。{resave}",
        "wps.et": f"文件“wps.et”是 WPS 表格格式（.et），本软件只能读取 .xlsx。{resave}",
        "名单.csv": f"文件“名单.csv”是 CSV 文本文件，本软件只能读取 .xlsx。{resave}",
    }
    for name, message in cases.items():
        with pytest.raises(UserError) as err:
            read_sheet(tmp_path / name)
        assert err.value.message == message
    with pytest.raises(UserError, match="无法读取表格“坏.xlsx”：文件已损坏"):
        read_sheet(tmp_path / "坏.xlsx")
    with pytest.raises(UserError, match="找不到文件"):
        sheet_names(tmp_path / "nowhere.xlsx")
    with pytest.raises(UserError, match="没有名为“花名册”的工作表（现有：Sheet1）"):
        read_sheet(CORPUS / "shuffled_variants.xlsx", "花名册")


def test_sheet_names_leave_out_hidden_sheets(tmp_path):
    assert sheet_names(CORPUS / "template_filled.xlsx") == ["党员名单", "填写说明"]


# ----- cells ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected, month_only", [
    (dt.datetime(2001, 7, 1, 0, 0), "2001-07-01", False),
    (dt.date(2001, 7, 1), "2001-07-01", False),
    (37073, "2001-07-01", False),
    (37073.5, "2001-07-01", False),
    ("2001.07", "2001-07-01", True),
    ("2001.7", "2001-07-01", True),
    ("2001.1", "2001-01-01", True),                # text: January, as written
    ("2001-7-1", "2001-07-01", False),
    ("2001年7月", "2001-07-01", True),
    ("２００１年７月１日", "2001-07-01", False),
    (" 2001 / 07 / 01 ", "2001-07-01", False),
    ("2001-07-01 00:00:00", "2001-07-01", False),
    (200107, "2001-07-01", True),
    ("200107", "2001-07-01", True),
    (20010701, "2001-07-01", False),
    (2001.07, "2001-07-01", True),
    (2001.11, "2001-11-01", True),
    (2001.2, "2001-02-01", True),                  # 2001.20 is no month: February
])
def test_date_cells(value, expected, month_only):
    d = cells.date_cell(value)
    assert (d.date.isoformat(), d.month_only) == (expected, month_only)


@pytest.mark.parametrize("value, message", [
    (2001.1, "“2001.1”是数字，分不清是2001年1月还是2001年10月。请把该单元格改为文本（或写成 2001年1月 / 2001年10月）"),
    ("2001-13-01", "“2001-13-01”不是有效日期（月份应为1～12）"),
    ("1899-01-01", "“1899-01-01”中的年份 1899 不合理"),
    (2001, "“2001”只有年份，请补全到月（如 2001.07）"),
    ("2001年", "“2001年”只有年份，请补全到月（如 2001.07）"),
    (dt.time(8, 30), "“08:30:00”是时间，不是日期"),
    (123, "“123”不是日期"),
    ("七月一日", "“七月一日”不是日期（可写作 2001-07-01、2001.07 或 2001年7月）"),
])
def test_bad_date_cells(value, message):
    with pytest.raises(cells.CellError) as err:
        cells.date_cell(value)
    assert err.value.message == message


def test_id_number_cells():
    assert cells.id_number_cell(" 1101 0519 4912 3100 2x ") == "11010519491231002X"
    assert cells.id_number_cell("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    assert cells.id_number_cell("'110105194912310029") == "110105194912310029"
    assert cells.id_number_cell(None) == ""
    for value, shown in ((110105194912310029, "1.10105E+17"), (1.10105194912310e17, "1.10105E+17"),
                         ("4.10102E+17", "4.10102E+17"), ("4.10102e17", "4.10102E17")):
        with pytest.raises(cells.CellError) as err:
            cells.id_number_cell(value)
        assert err.value.message == DAMAGED.format(shown)


def test_code_list_cells():
    assert [cells.gender_cell(v) for v in ("男", " 女 ", "男性", "")] == ["男", "女", "男", ""]
    assert [cells.category_cell(v) for v in ("正式党员", "预备", "预备党员 ")] == ["正式", "预备", "预备"]
    assert cells.education_cell("大专") == ("大学专科", None)
    assert cells.education_cell("函授本科") == ("函授本科", "学历“函授本科”不在代码表中，按原文导入")
    assert cells.ethnicity_cell("汉") == ("汉族", None)
    assert cells.ethnicity_cell("维吾尔") == ("维吾尔族", None)
    assert cells.flag_cell("√") == 1 and cells.flag_cell("否") == 0 and cells.flag_cell(None) == 0
    assert cells.name_cell("李  明") == "李明" and cells.name_cell("阿依古丽•买买提") == "阿依古丽·买买提"
    assert cells.name_cell("Anna  Lee") == "Anna Lee"
    assert cells.phone_cell(13800000000.0) == "13800000000"
    with pytest.raises(cells.CellError, match="性别“M”应为“男”或“女”"):
        cells.gender_cell("M")
    with pytest.raises(cells.CellError, match="党员类别“积极分子”应为“正式党员”或“预备党员”"):
        cells.category_cell("积极分子")


# ----- the CLI ----------------------------------------------------------------------------------

def cli(*args, env_dir=None):
    import os

    env = {**os.environ, "DJDESK_DATA_DIR": str(env_dir)} if env_dir else None
    return subprocess.run([sys.executable, "-m", "djdesk.cli", *map(str, args)], capture_output=True, text=True,
                          env=env)


def test_cli_import_json_dry_run_decisions_and_exit_codes(store, branch, tmp_path):
    seed(store, branch)
    store.close()
    db = store.path
    out = cli("roster", "import", CORPUS / "duplicates.xlsx", "--db", db, "--branch", "李家村党支部", "--dry-run",
              "--json", env_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["counts"] == {"imported": 3, "updated": 1, "unchanged": 1, "skipped": 3, "undecided": 2}
    assert data["dry_run"] is True and data["backup"] is None
    assert [(p["row"], p["column"], p["level"]) for p in data["problems"] if p["level"] != "info"] == [
        (5, "A", "decision"), (7, "D", "error"), (8, "D", "warning"), (9, "A", "error"), (10, "H", "error"),
        (11, "I", "warning"), (12, "A", "decision")]
    assert data["problems"][-1]["message"].startswith("身份证号与库中党员“张明”")

    out = cli("roster", "import", CORPUS / "duplicates.xlsx", "--db", db, "--branch", "李家村党支部",
              "--decide", "5=add", "--decide", "12=skip", env_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("文件：duplicates.xlsx　工作表：花名册　表头：第2行　数据：第3～12行")
    assert "第7行 D列（身份证号）：［错误］与第6行身份证号相同（同一人在表中出现两次），本行没有导入" in lines
    assert lines[-2] == "已导入：新增 4 名，更新 1 名，无变化 1 名，跳过 4 行，待定未处理 0 行"
    assert lines[-1].startswith("导入前的数据已备份到：")

    only_bad = tmp_path / "bad.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "入党时间"])
    wb.active.append(["吴浮", 4.10102199001011e17, "2010-07-01"])
    wb.save(only_bad)
    out = cli("roster", "import", only_bad, "--db", db, "--branch", "李家村党支部", "--json", env_dir=tmp_path)
    assert out.returncode == 2
    assert json.loads(out.stdout)["problems"][-1] == {"row": 2, "column": "B", "header": "身份证号", "level": "error",
                                                      "message": DAMAGED.format("4.10102E+17")}
    out = cli("roster", "import", CORPUS / "wps_title_merged.xlsx", "--db", db, "--branch", "李家村党支部",
              "--decide", "x=maybe", env_dir=tmp_path)
    assert out.returncode == 2
    assert out.stderr.strip() == "错误：--decide“x=maybe”的格式应为 行号=add、行号=update 或 行号=skip（如 --decide 12=add）"
