"""The registers as Excel files: the roster, meetings with their attendance, and the blank roster
import template (issue #6). The dues ledger and the asset register get theirs with their issues.

An exported roster imports back unchanged (same headers, ID numbers and phones as text, dates as
dates), so a clerk can export, correct in Excel and import again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from djdesk.core import codes, orgs, roster
from djdesk.core.dates import cn_date
from djdesk.core.errors import UserError
from djdesk.core.excel.roster_import import EXAMPLE_ROW
from djdesk.core.excel.writer import (DATE_FORMAT, FIRST_DATA_ROW, Column, RegisterSheet, TemplateSheet,
                                      add_choices, cell_date, save_template, template_workbook,
                                      write_workbook)
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.store import Store

ROSTER_COLUMNS = (
    Column("序号", "int"), Column("姓名"), Column("性别", "center"), Column("民族", "center"),
    Column("出生日期", "date"), Column("身份证号", "center"), Column("籍贯"), Column("学历", "center"),
    Column("职业"), Column("参加工作时间", "date"), Column("申请入党时间", "date"), Column("入党时间", "date"),
    Column("转正时间", "date"), Column("党员类别", "center"), Column("党内职务"), Column("所在党支部"),
    Column("党小组"), Column("联系电话", "center"), Column("家庭住址"), Column("流动党员", "center"),
    Column("流向地"), Column("状态", "center"), Column("备注"),
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def roster_rows(members: list[dict]) -> list[tuple]:
    return [(i, m["name"], m["gender"], m["ethnicity"], cell_date(m["birth_date"]), m["id_number"] or None,
             m["native_place"] or None, m["education"] or None, m["occupation"] or None,
             cell_date(m["work_start_date"]), cell_date(m["apply_date"]), cell_date(m["join_date"]),
             cell_date(m["conversion_date"]), m["category"], m["party_post"] or None, m["branch_name"],
             m["group_name"] or None, m["phone"] or None, m["address"] or None,
             "是" if m["is_flowing"] else None, m["flowing_to"] or None, m["status"], m["note"] or None)
            for i, m in enumerate(members, 1)]


def export_roster(store: Store, path: str | Path, f: roster.RosterFilter, *, today: dt.date | None = None,
                  progress: Progress = NO_PROGRESS) -> ExportResult:
    """The members a roster filter selects (by branch, then pinyin), as 党员花名册.xlsx."""
    today = today or dt.date.today()
    members = roster.list_members(store, f, sort="branch")
    if not members:
        raise UserError("没有符合条件的党员，未导出")
    unit = orgs.full_name(store, f.org_uuid) if f.org_uuid else "全部组织"
    full = sum(1 for m in members if m["category"] == "正式")
    women = sum(1 for m in members if m["gender"] == "女")
    sheet = RegisterSheet(
        "党员花名册", "党员花名册", f"单位：{unit}　　　导出日期：{cn_date(today)}", ROSTER_COLUMNS,
        roster_rows(members),
        footer=f"共 {len(members)} 名党员，其中正式党员 {full} 名、预备党员 {len(members) - full} 名，女性 {women} 名。")
    return ExportResult(write_workbook(path, [sheet], progress), len(members))


# ----- 三会一课 --------------------------------------------------------------------------------

MEETING_COLUMNS = (
    Column("序号", "int"), Column("记录编号", "center"), Column("日期", "date"), Column("时间", "center"),
    Column("会议类型", "center"), Column("党小组"), Column("标题"), Column("地点"), Column("主持人", "center"),
    Column("应到", "int"), Column("实到", "int"), Column("请假", "int"), Column("缺席", "int"),
    Column("列席", "int"), Column("表决事项", "int"), Column("附件", "int"), Column("需注意"),
)
ATTENDANCE_COLUMNS = (
    Column("日期", "date"), Column("记录编号", "center"), Column("会议类型", "center"), Column("标题"),
    Column("姓名"), Column("党员类别", "center"), Column("出席情况", "center"), Column("原因或备注"),
)


def export_meetings(store: Store, path: str | Path, branch_uuid: str, year: int | None = None, *,
                    today: dt.date | None = None, progress: Progress = NO_PROGRESS) -> ExportResult:
    """A branch's meetings (oldest first) and who attended each, as two sheets of one workbook."""
    from djdesk.core import meetings

    today = today or dt.date.today()
    rows = list(reversed(meetings.list_meetings(store, meetings.MeetingFilter(branch_uuid, year))))
    branch = orgs.full_name(store, branch_uuid)
    period = f"{year}年" if year else "全部年度"
    if not rows:
        raise UserError(f"“{branch.split(' / ')[-1]}”{period}没有会议记录，未导出")
    listing = [(i, r["record_no"] or None, cell_date(r["held_on"]), r["start_time"] or None, r["kind_name"],
                r["group_name"] or None, r["title"] or None, r["place"] or None, r["host"] or None,
                r["tally"].expected, r["tally"].present, r["tally"].leave, r["tally"].absent, r["tally"].guests,
                r["votes"], r["attachments"], "；".join(r["flags"]) or None) for i, r in enumerate(rows, 1)]
    by_uuid = {r["uuid"]: r for r in rows}
    people: list[tuple] = []
    uuids = [r["uuid"] for r in rows]
    order = {u: i for i, u in enumerate(uuids)}
    found = []
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        found += store.query(
            f"SELECT meeting_uuid, name, category, status, reason, note, sort_order FROM meeting_attendance "
            f"WHERE deleted = 0 AND meeting_uuid IN ({','.join('?' * len(chunk))})", chunk)
    found.sort(key=lambda p: (order[p["meeting_uuid"]], p["status"] == meetings.GUEST, p["sort_order"], p["name"]))
    for p in found:
        m = by_uuid[p["meeting_uuid"]]
        detail = "；".join(x for x in (p["reason"], p["note"]) if x) or None
        people.append((cell_date(m["held_on"]), m["record_no"] or None, m["kind_name"], m["title"] or None, p["name"],
                       p["category"] or None, p["status"] or "未登记", detail))
    subtitle = f"单位：{branch}　　　{period}　　　导出日期：{cn_date(today)}"
    sheets = [RegisterSheet("会议记录", "三会一课会议记录一览", subtitle, MEETING_COLUMNS, listing,
                            footer=f"共 {len(rows)} 次会议。"),
              RegisterSheet("出席情况", "三会一课出席情况", subtitle, ATTENDANCE_COLUMNS, people)]
    return ExportResult(write_workbook(path, sheets, progress), len(rows))


# ----- the blank import template ------------------------------------------------------------------

# (header, required, what to write, example value); the headers are what the importer recognises.
TEMPLATE_COLUMNS = (
    ("姓名", True, "党员姓名，不要加空格", EXAMPLE_ROW["name"]),
    ("性别", True, "男 或 女（下拉选择）；填了身份证号可不填", "女"),
    ("民族", True, "如 汉族、回族（下拉选择）", "汉族"),
    ("出生日期", False, "如 1949-12-31；填了身份证号可不填", dt.date(1949, 12, 31)),
    ("身份证号", True, "18位公民身份号码。本列已设为文本格式，请勿改为数字（否则后三位会变成0）",
     EXAMPLE_ROW["id_number"]),
    ("籍贯", False, "如 河南省郑州市", "北京市朝阳区"),
    ("学历", False, "下拉选择：" + "、".join(codes.EDUCATIONS), "大学本科"),
    ("职业", False, "下拉选择党内统计的职业分类", "离退休人员"),
    ("参加工作时间", False, "日期，如 1968-09-01；也可只写年月 1968.09", dt.date(1968, 9, 1)),
    ("申请入党时间", False, "日期", dt.date(1970, 3, 1)),
    ("入党时间", True, "支部大会通过接收为预备党员的日期", dt.date(1971, 7, 1)),
    ("转正时间", False, "正式党员填写；预备党员不填", dt.date(1972, 7, 1)),
    ("党员类别", True, "正式党员 或 预备党员（下拉选择）", "正式党员"),
    ("党内职务", False, "如 书记、组织委员；无则不填", None),
    ("所在党支部", False, "支部全称，须与组织机构中的名称一致；不填则导入到导入时选择的支部", None),
    ("党小组", False, "党小组名称，须是该支部已建立的党小组；无则不填", None),
    ("联系电话", False, "11位手机号或带区号的固定电话", "13800000000"),
    ("家庭住址", False, "", "李家村三组12号"),
    ("流动党员", False, "是 或 否", "否"),
    ("流向地", False, "流动党员填写外出所在地", None),
    ("外出时间", False, "流动党员填写外出日期", None),
    ("生活困难", False, "是 或 否", "否"),
    ("年老体弱", False, "是 或 否", "否"),
    ("备注", False, "", "示例行：导入时自动跳过，可以删除"),
)
_DATE_HEADERS = ("出生日期", "参加工作时间", "申请入党时间", "入党时间", "转正时间", "外出时间")
_CHOICES = {"性别": codes.GENDERS, "民族": codes.ETHNICITIES, "学历": codes.EDUCATIONS, "职业": codes.OCCUPATIONS,
            "党员类别": ("正式党员", "预备党员"), "流动党员": ("是", "否"), "生活困难": ("是", "否"),
            "年老体弱": ("是", "否")}
TEMPLATES = ("roster", "assets", "dues")
ROSTER_TEMPLATE = TemplateSheet(
    "党员花名册", "党员名单", TEMPLATE_COLUMNS, rows=1000, freeze=f"B{FIRST_DATA_ROW}",
    subtitle=f"带 * 的列必须填写，各列的填写要求见“填写说明”工作表。第{FIRST_DATA_ROW}行是示例，导入时会自动跳过。",
    formats={**dict.fromkeys(_DATE_HEADERS, DATE_FORMAT), "身份证号": "@", "联系电话": "@"},
    widths={"身份证号": 22},
    advice=("1. 一行填一名党员；不要合并单元格，不要在表格中间插入空行或小计。",
            "2. 日期可以写成 2001-07-01、2001/7/1、2001.07 或 2001年7月；只写年月时按当月1日登记。",
            "3. 身份证号必须是文本。若已被 Excel 显示成 4.10102E+17，后几位已经丢失，需要重新录入。",
            "4. 同一个人再次导入不会重复登记：有身份证号的按身份证号对应，没有的按姓名和出生日期对应，"
            "表中的新内容会更新到花名册里。",
            "5. 导入前会先检查全表，列出每一处问题（第几行、哪一列、什么问题），确认后才会写入；"
            "写入前自动备份数据库。"))


def roster_template(path: str | Path) -> Path:
    """A blank roster for clerks to fill in and import: drop-downs for the code lists (on a hidden
    代码表 sheet: a list typed into the rule itself is limited to 255 characters, which the 56
    ethnicities exceed), the ID and phone columns preset to text (so Excel cannot turn ID numbers
    into 4.10102E+17), one example row, and a 填写说明 sheet explaining every column."""
    wb, ws = template_workbook(ROSTER_TEMPLATE)
    for title, choices in _CHOICES.items():
        add_choices(ws, ROSTER_TEMPLATE, title, choices, code_list=True)
    return save_template(wb, ROSTER_TEMPLATE, path)


def export_template(register: str, path: str | Path) -> Path:
    """A blank import template for a register (``TEMPLATES``)."""
    if register == "roster":
        return roster_template(path)
    if register == "assets":
        from djdesk.core.excel.assets_import import assets_template

        return assets_template(path)
    if register == "dues":
        from djdesk.core.excel.dues_import import dues_template

        return dues_template(path)
    raise UserError(f"没有“{register}”的导入模板（现有：{'、'.join(TEMPLATES)}）")
