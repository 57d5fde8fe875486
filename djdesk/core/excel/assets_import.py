"""Import a village's asset list kept in Excel/WPS (固定资产登记表 / 资产清单) into one activity site
(issue #6, the assets part), and the blank asset import template.

The same two steps as the roster import (``roster_import``), through the importer interface of
``importing`` (so the import wizard drives both):

1. ``check_file`` / ``check_import`` read the sheet (title rows, merged headers, header names that
   vary) and return an ``AssetPlan``: for every data row 新增 / 已在台账 / 跳过, and EVERY problem
   by Excel row and column in Chinese. Nothing is written. Each row's values go through
   ``sites.check_asset``, the one validator of asset lines.
2. ``apply_plan`` makes the automatic backup and writes all new lines in ONE transaction, each
   with its 登记 event, exactly the rows ``sites.add_asset`` writes (the bulk path exists only so
   that an asset number kept from the sheet can be given).

Decisions:

- 存放地点 is matched to the site's rooms by name (or kind), spaces and full-width ignored. An
  unknown place is an error on that row, not a new room: the rooms are the site's 功能室 reported
  to the township (their count and area are checked against the standard), and a typo or a free
  text such as “村委会二楼” must not silently become one. The message lists the existing rooms.
- Re-import creates nothing: a row is the stored asset with the same asset number in the village,
  else the live asset of the site with the same name + spec + acquisition date (each stored line
  is matched once, so two identical lines in the sheet match two stored ones). A matched row is
  left as it is (differences are reported; corrections go through 资产更正, with their event).
- An existing 资产编号 is kept when it has this village's format (ZC-<village code>-00042) and that
  number was never given in the village; otherwise the line gets the next number and the old one
  is kept in 备注.
- 单价 is per unit; 金额 (quantity × unit price), when given, must agree; a line with only 金额
  gets the unit price from it when it divides evenly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from djdesk.core import backup, sites
from djdesk.core.errors import UserError
from djdesk.core.excel import importing
from djdesk.core.excel import values as cells
from djdesk.core.excel.headers import SKIP, HeaderGuess, detect_header, header_key
from djdesk.core.excel.importing import ADD, ERROR, INFO, SKIPPED, UNCHANGED, WARNING, Problem, RowValues
from djdesk.core.excel.reader import Sheet
from djdesk.core.excel.writer import (DATE_FORMAT, FIRST_DATA_ROW, MONEY_FORMAT, TemplateSheet, add_choices,
                                      save_template, template_workbook)
from djdesk.core.money import yuan
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.store import Store

FIELD_LABELS: dict[str, str] = {
    "asset_no": "资产编号", "category": "类别", "name": "资产名称", "spec": "规格型号", "quantity": "数量",
    "unit": "单位", "unit_value": "单价", "amount": "金额", "acquired_on": "购置日期", "source": "来源",
    "room": "存放地点", "custodian": "保管人", "condition": "状况", "funding_doc": "资金文件", "note": "备注",
}
_ALIASES = {
    "asset_no": "资产编号 编号 资产编码 资产代码 财产编号",
    "category": "类别 资产类别 分类 资产分类 类型",
    "name": "资产名称 名称 物品名称 财产名称 设备名称 品名",
    "spec": "规格 型号 规格型号 规格/型号 型号规格",
    "quantity": "数量 件数",
    "unit": "单位 计量单位",
    "unit_value": "单价 原值 单位价值 购置单价",
    "amount": "金额 总价 合计金额 总金额 价值",
    "acquired_on": "购置日期 取得日期 购买时间 购置时间 购买日期 取得时间 入账日期",
    "source": "来源 资金来源 取得方式 资产来源",
    "room": "存放地点 存放位置 位置 存放处 使用地点 所在位置",
    "custodian": "保管人 管理人 使用人 责任人",
    "condition": "状况 状态 使用状况 现状",
    "funding_doc": "资金文件 配发文件 文件依据",
    "note": "备注 说明",
    SKIP: "序号 顺序号",
}
ALIASES: dict[str, str] = {header_key(a): key for key, names in _ALIASES.items() for a in names.split()}

SOURCE_SYNONYMS = {
    "上级配发": "上级配发", "配发": "上级配发", "上级下拨": "上级配发", "下拨": "上级配发", "上级": "上级配发",
    "上级拨付": "上级配发", "自购": "自购", "购买": "自购", "采购": "自购", "购置": "自购", "自筹": "自购",
    "村集体自筹": "自购", "捐赠": "捐赠", "捐献": "捐赠", "捐助": "捐赠", "社会捐赠": "捐赠", "赠送": "捐赠",
    "其他": "其他", "其它": "其他",
}
CONDITION_SYNONYMS = {
    "良好": "良好", "完好": "良好", "好": "良好", "正常": "良好", "在用": "良好", "良": "良好",
    "待修": "待修", "损坏": "待修", "坏": "待修", "需维修": "待修", "待维修": "待修", "故障": "待修", "维修": "待修",
    "报废": "报废", "已报废": "报废",
}
DEFAULT_CATEGORY = "其他"
# The example row of the blank template is recognised and skipped.
EXAMPLE_NAME = "会议桌（示例）"

KIND = "assets"                  # remembered column mappings (importing.remember_mapping)
REQUIRED = ("name",)
ACTION_LABELS = {ADD: "新增", UNCHANGED: "已在台账", SKIPPED: "跳过"}


@dataclass
class AssetRow:
    row: int
    action: str
    name: str
    values: dict = field(default_factory=dict)      # sites.check_asset values of a new line
    asset_no: str = ""                              # kept from the sheet, or the stored line's number
    seq: int | None = None                          # the kept number's sequence
    asset_uuid: str | None = None                   # the stored line a row matched
    choices: tuple[str, ...] = ()                   # the importer interface: asset rows need no decision
    question: str = ""


@dataclass
class AssetPlan(importing.PlanReport):
    path: Path
    sheet: str
    site_uuid: str
    site_name: str
    header_rows: tuple[int, ...]
    headers: list[str]
    mapping: list[str | None]
    rows: list[AssetRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    last_row: int = 0

    def counts(self, decisions: Mapping[int, str] | None = None) -> dict[str, int]:
        """Rows per outcome (asset rows need no decisions; the argument is the interface's)."""
        return self.tally(("imported", "unchanged", "skipped"))

    def value_fen(self) -> int:
        """What the new lines are worth (quantity × unit price, fen)."""
        return sum(r.values["quantity"] * r.values["unit_value_fen"] for r in self.rows if r.action == ADD)

    def report_lines(self) -> list[str]:
        c = self.counts()
        return [self.where_line(f"活动场所：{self.site_name}"),
                importing.mapping_line(self.headers, self.mapping, FIELD_LABELS),
                f"将新增 {c['imported']} 项（{yuan(self.value_fen())} 元），已在台账 {c['unchanged']} 项，"
                f"跳过 {c['skipped']} 行；{self.problems_tally()}",
                *(p.text() for p in self.problems)]

    def as_json(self, decisions: Mapping[int, str] | None = None) -> dict[str, Any]:
        return {
            **self.sheet_json(site=self.site_name, site_uuid=self.site_uuid),
            "counts": self.counts(), "value_fen": self.value_fen(),
            "rows": [{k: getattr(r, k) for k in ("row", "action", "name", "asset_no", "asset_uuid")} for r in self.rows],
            "problems": [p.as_json() for p in self.problems],
        }


@dataclass(frozen=True)
class AssetImportResult:
    imported: int
    unchanged: int
    skipped: int
    backup_path: Path | None
    asset_uuids: tuple[str, ...]       # the new lines, in sheet order


# ----- reading cells ---------------------------------------------------------------------------

def _key(value) -> str:
    return cells.compact(value).upper()


def normalise_row(raw: list, column_of: dict[str, int]) -> RowValues:
    """One sheet row as the values of a new line (``sites.check_asset``'s keys, plus ``room``: the
    place as written, ``amount_fen``: the 金额 given, ``asset_no``), with the problems of its
    cells. Needs no database: the wizard's preview shows it, the check goes on from it."""
    def cell(key: str):
        i = column_of.get(key)
        return raw[i] if i is not None and i < len(raw) else None

    out = RowValues({k: cells.text(cell(k)) for k in ("name", "spec", "unit", "custodian", "funding_doc", "note",
                                                     "category", "room")})
    v = out.values
    if not v["category"]:
        v["category"] = DEFAULT_CATEGORY
        if "category" in column_of:
            out.warnings["category"] = f"类别为空，按“{DEFAULT_CATEGORY}”登记"
    if not v["name"]:
        out.errors["name"] = "资产名称为空，本行没有导入"
    quantity = unit_fen = amount = None
    try:
        if not cells.blank(q := cell("quantity")):
            quantity = cells.quantity_cell(q)
    except cells.CellError as exc:
        out.errors["quantity"] = exc.message
    for key, label in (("unit_value", "单价"), ("amount", "金额")):
        try:
            if not cells.blank(x := cell(key)):
                if key == "unit_value":
                    unit_fen = cells.yuan_cell(x, label)
                else:
                    amount = cells.yuan_cell(x, label)
        except cells.CellError as exc:
            out.errors[key] = exc.message
    if quantity is not None and unit_fen is not None and amount is not None and quantity * unit_fen != amount:
        out.errors["amount"] = (f"金额 {yuan(amount)} 元与 数量 {quantity} × 单价 {yuan(unit_fen)} 元 = "
                                f"{yuan(quantity * unit_fen)} 元不符")
    elif unit_fen is None and amount is not None and not out.errors:
        n = quantity or 1
        if amount % n:
            out.errors["amount"] = f"金额 {yuan(amount)} 元不能被数量 {n} 整除，请填写单价"
        else:
            unit_fen = amount // n
    v["quantity"] = 1 if quantity is None else quantity
    v["unit_value_fen"] = unit_fen or 0
    v["amount_fen"] = amount
    try:
        d = cells.date_cell(cell("acquired_on"))
        v["acquired_on"] = d.date.isoformat() if d else None
        if d and d.month_only:
            out.month_only.add("acquired_on")
    except cells.CellError as exc:
        out.errors["acquired_on"] = f"购置日期{exc.message}"
        v["acquired_on"] = None
    source = cells.compact(cell("source"))
    v["source"] = SOURCE_SYNONYMS.get(source, "其他" if source else "")
    if source and source not in SOURCE_SYNONYMS:
        out.warnings["source"] = (f"来源“{source}”不是 {'、'.join(sites.SOURCES)} 之一，按“其他”登记，"
                                  f"原文记入资金文件")
        v["funding_doc"] = "；".join(x for x in (v["funding_doc"], source) if x)
    condition = cells.compact(cell("condition"))
    v["condition"] = CONDITION_SYNONYMS.get(condition, condition)
    if condition and condition not in CONDITION_SYNONYMS:
        out.errors["condition"] = f"状况“{condition}”应为 {'、'.join(sites.CONDITIONS)} 之一"
    v["asset_no"] = cells.compact(cell("asset_no")).upper()
    return out


def preview(sheet: Sheet, header_rows: tuple[int, ...], mapping: list[str | None],
            limit: int = 20) -> list[tuple[int, dict[str, str]]]:
    """The first data rows as they will be stored, for the wizard: (row, field → shown text); a
    cell that cannot be read shows its problem. (Rooms are matched by the check.)"""
    column_of = {k: i for i, k in enumerate(mapping) if k}

    def shown(raw: list) -> dict[str, str]:
        got = normalise_row(raw, column_of)
        v = got.values
        out = {k: str(v[k]) for k in ("name", "spec", "unit", "custodian", "funding_doc", "note", "category",
                                      "room", "quantity", "source", "condition", "asset_no") if v[k]}
        out["unit_value"] = yuan(v["unit_value_fen"])
        if v["amount_fen"] is not None:
            out["amount"] = yuan(v["amount_fen"])
        if v["acquired_on"]:
            out["acquired_on"] = v["acquired_on"][:7] + "（按1日）" if got.month_only else v["acquired_on"]
        out.update({k: f"⚠ {m}" for k, m in got.errors.items()})
        return {k: t for k, t in out.items() if k in column_of}

    return importing.preview_rows(sheet, header_rows, shown, limit)


# ----- header and column mapping ---------------------------------------------------------------

def detect(sheet: Sheet) -> HeaderGuess:
    guess = detect_header(sheet, ALIASES, FIELD_LABELS)
    if guess is None or "name" not in guess.mapping:
        raise UserError(f"在“{sheet.path.name}”的工作表“{sheet.name}”前20行中没有找到表头：应有一行写着“资产名称”"
                        f"（或“名称”“物品名称”）和“数量”“单价”“存放地点”等列名。请检查是否选对了工作表。")
    return guess


# The importer interface's header_at, check_mapping (the required fields mapped, each field
# from one column only), remembered_mapping and remember_mapping (per layout, for this importer).
COLUMNS = importing.Columns(KIND, ALIASES, FIELD_LABELS, REQUIRED)
header_at = COLUMNS.header_at
check_mapping = COLUMNS.check_mapping
remembered_mapping = COLUMNS.remembered_mapping
remember_mapping = COLUMNS.remember_mapping


# ----- the check -------------------------------------------------------------------------------

def check_file(store: Store, path: str | Path, site_uuid: str, *, sheet_name: str | None = None, settings=None,
               today: dt.date | None = None, progress: Progress = NO_PROGRESS) -> AssetPlan:
    """Read a workbook and check its asset list against the site with the detected (or
    remembered) column mapping (nothing is written)."""
    sheet, guess, mapping = COLUMNS.read(path, sheet_name, detect, settings, progress)
    return check_import(store, sheet, site_uuid, header_rows=guess.header_rows, mapping=mapping, notes=guess.notes,
                        today=today, progress=progress)


def check_import(store: Store, sheet: Sheet, site_uuid: str, *, header_rows: tuple[int, ...] | None = None,
                 mapping: list[str | None] | None = None, notes: list[str] = (), today: dt.date | None = None,
                 progress: Progress = NO_PROGRESS) -> AssetPlan:
    """What importing this sheet into the site would do, row by row, and every problem. Nothing
    is written."""
    site = sites.get_site(store, site_uuid)
    guess, mapping, notes = COLUMNS.layout(sheet, detect, header_rows, mapping, notes)
    plan = AssetPlan(sheet.path, sheet.name, site_uuid, f"{site['village_name']}{site['name']}",
                     guess.header_rows, guess.headers, mapping, last_row=len(sheet.rows))
    _Checker(store, sheet, plan, site, list(notes), today or dt.date.today()).run(progress)
    return plan


class _Checker(importing.SheetCheck):
    labels, aliases = FIELD_LABELS, ALIASES

    def __init__(self, store: Store, sheet: Sheet, plan: AssetPlan, site: dict, notes: list[str], today: dt.date):
        super().__init__(sheet, plan)
        self.store, self.site, self.today = store, site, today
        self.notes = notes
        self.village = sites.village_of(store, site["org_uuid"])
        self.prefix = sites.asset_prefix(self.village)
        self.rooms = sites.rooms(store, site["uuid"])
        self.room_by_key: dict[str, str] = {}
        for r in self.rooms:
            self.room_by_key.setdefault(_key(r["name"]), r["uuid"])
        for r in self.rooms:
            self.room_by_key.setdefault(_key(r["kind"]), r["uuid"])
        stored = store.query("SELECT uuid, asset_no, seq, site_uuid, name, spec, acquired_on, quantity, "
                             "unit_value_fen, deleted FROM asset WHERE org_uuid = ?", (self.village["uuid"],))
        self.used_seqs = {a["seq"] for a in stored}          # tombstoned lines keep their numbers too
        self.by_no = {a["asset_no"]: a for a in stored if not a["deleted"]}
        self.by_look: dict[tuple, list[dict]] = {}
        for a in stored:
            if not a["deleted"] and a["site_uuid"] == site["uuid"]:
                self.by_look.setdefault((_key(a["name"]), _key(a["spec"]), a["acquired_on"] or ""), []).append(a)
        self.taken: set[str] = set()                  # stored lines already matched by a row
        self.sheet_nos: dict[str, int] = {}           # asset number -> the row that keeps it
        self.month_only = 0

    def run(self, progress: Progress = NO_PROGRESS) -> None:
        plan = self.plan
        self.sheet_remarks(self.notes)
        if "category" not in self.column_of:
            self.problem(None, None, INFO, f"表中没有类别列：资产按“{DEFAULT_CATEGORY}”登记，导入后可在资产更正中修改")
        if "room" not in self.column_of:
            self.problem(None, None, INFO, "表中没有存放地点列：资产登记为未指定存放位置")
        self.check_rows(progress)
        if self.month_only:
            self.problem(None, "acquired_on", INFO, f"{self.month_only} 个购置日期只有年和月，按当月1日登记")
        importing.sort_problems(plan.problems)

    def row(self, r: int, raw: list) -> None:
        got = normalise_row(raw, self.column_of)
        v = got.values
        name = v["name"]
        if name == cells.text(EXAMPLE_NAME):
            self.problem(r, None, INFO, "导入模板中的示例行，已跳过")
            return
        errors = dict(got.errors)
        for key, message in got.warnings.items():
            self.problem(r, key, WARNING, message)
        if "acquired_on" in got.month_only:
            self.month_only += 1
        room = v.pop("room")
        v["room_uuid"] = None
        if room:
            v["room_uuid"] = self.room_by_key.get(_key(room))
            if v["room_uuid"] is None:
                known = "、".join(x["name"] for x in self.rooms) or "（尚未添加任何功能室）"
                errors["room"] = (f"存放地点“{room}”不是“{self.site['name']}”的功能室（现有：{known}）。"
                                  f"请改成已有功能室的名称，或先在活动场所中添加该功能室")
        values, problems = sites.check_asset(self.store, self.site["uuid"], v)
        for key, message in problems.items():
            key = {"unit_value_fen": "unit_value", "room_uuid": "room"}.get(key, key)
            if key not in errors:
                errors[key] = message
        for key, message in errors.items():
            self.problem(r, key, ERROR, message)
        if errors:
            self.plan.rows.append(AssetRow(r, SKIPPED, name))
            return
        self.match(r, name, values, v["asset_no"])

    def match(self, r: int, name: str, values: dict, number: str) -> None:
        number = sites.normalize_code(number)
        stored = self.by_no.get(number) if number else None
        if stored is None or stored["uuid"] in self.taken:
            stored = None
            for a in self.by_look.get((_key(values["name"]), _key(values["spec"]), values["acquired_on"] or ""), []):
                if a["uuid"] not in self.taken:
                    stored = a
                    break
        if stored is not None:
            self.taken.add(stored["uuid"])
            diff = [f"{label}（台账 {old}，表中 {new}）" for label, old, new in (
                ("数量", stored["quantity"], values["quantity"]),
                ("单价", yuan(stored["unit_value_fen"]), yuan(values["unit_value_fen"]))) if old != new]
            if stored["site_uuid"] != self.site["uuid"]:
                diff.append("所在活动场所")
            if diff:
                self.problem(r, None, WARNING, f"已在台账中（{stored['asset_no']}），与表中不同：{'、'.join(diff)}；"
                                               f"导入不修改已登记的资产，如需更正请用资产更正、调拨或盘点调整")
            self.plan.rows.append(AssetRow(r, UNCHANGED, name, asset_no=stored["asset_no"], asset_uuid=stored["uuid"]))
            return
        seq = None
        if number:
            m = re.fullmatch(re.escape(self.prefix) + r"(\d{1,9})", number)
            seq = int(m[1]) if m and int(m[1]) > 0 else None
            if seq is None:
                values["note"] = "；".join(x for x in (values["note"], f"原编号 {number}") if x)
                self.problem(r, "asset_no", WARNING, f"资产编号“{number}”不是本村的格式（如 {self.prefix}00001），"
                                                     f"将按本村顺序重新编号，原编号记入备注")
            elif seq in self.used_seqs or number in self.sheet_nos:
                earlier = self.sheet_nos.get(number)
                why = f"与第{earlier}行相同" if earlier else "本村已用过（资产编号不重复使用）"
                values["note"] = "；".join(x for x in (values["note"], f"原编号 {number}") if x)
                self.problem(r, "asset_no", WARNING, f"资产编号“{number}”{why}，将重新编号，原编号记入备注")
                seq = None
            else:
                self.sheet_nos[number] = r
        self.plan.rows.append(AssetRow(r, ADD, name, values=values, seq=seq,
                                       asset_no=f"{self.prefix}{seq:05d}" if seq else ""))


# ----- the import ------------------------------------------------------------------------------

def apply_plan(store: Store, plan: AssetPlan, decisions: Mapping[int, str] | None = None, *,
               today: dt.date | None = None, progress: Progress = NO_PROGRESS) -> AssetImportResult:
    """A backup, then every new line and its 登记 event in ONE transaction (all or nothing). An
    asset row needs no decision (``decisions`` is taken for the importer interface and ignored);
    a line without an acquisition date is registered ``today``."""
    today = today or dt.date.today()
    adds = [r for r in plan.rows if r.action == ADD]
    counts = plan.counts()
    backup_path = backup.backup_before(store, "excel-import") if adds else None
    site = sites.get_site(store, plan.site_uuid)
    done: list[str] = []
    with store.transaction():
        village = sites.village_of(store, site["org_uuid"])
        prefix = sites.asset_prefix(village)
        kept = {r.seq for r in adds if r.seq}
        if kept:
            marks = ",".join("?" * len(kept))
            clash = store.query(f"SELECT asset_no FROM asset WHERE org_uuid = ? AND seq IN ({marks})",
                                (village["uuid"], *kept))
            if clash:
                raise UserError(f"资产编号 {clash[0]['asset_no']} 在检查之后已被使用，请重新检查后再导入。"
                                f"本次没有导入任何数据。")
        seq = store.scalar("SELECT max(seq) FROM asset WHERE org_uuid = ?", (village["uuid"],)) or 0
        for i, r in enumerate(adds):
            if i % 200 == 0:
                progress.step(i, len(adds))
            if r.seq:
                number = r.seq
            else:
                seq += 1
                while seq in kept:
                    seq += 1
                number = seq
            v = r.values
            uuid = store.insert("asset", {**v, "org_uuid": site["org_uuid"], "site_uuid": plan.site_uuid,
                                          "seq": number, "asset_no": f"{prefix}{number:05d}"})
            store.insert("asset_event", {"org_uuid": site["org_uuid"], "asset_uuid": uuid,
                                         "event_date": v["acquired_on"] or today.isoformat(),
                                         "kind": sites.EV_REGISTER, "person": "", "to_site_uuid": plan.site_uuid,
                                         "to_room_uuid": v["room_uuid"], "quantity_change": v["quantity"],
                                         "to_condition": v["condition"]})
            done.append(uuid)
        progress.step(len(adds), len(adds))
    return AssetImportResult(counts["imported"], counts["unchanged"], counts["skipped"], backup_path, tuple(done))


# ----- the blank template ----------------------------------------------------------------------

# (header, required, what to write, example)
TEMPLATE_COLUMNS = (
    ("资产编号", False, "已有编号时填写（本村格式，如 ZC-410101001-00001）；不填则自动编号", None),
    ("类别", True, "下拉选择：" + "、".join(sites.CATEGORIES) + "；也可填写其他类别", "家具"),
    ("资产名称", True, "如 会议桌、投影仪、图书", EXAMPLE_NAME),
    ("规格型号", False, "", "1.8米"),
    ("数量", True, "整数；图书可一行登记多册", 2),
    ("单位", False, "如 " + "、".join(sites.UNITS), "张"),
    ("单价（元）", True, "每一件的价格，精确到分", Decimal("850.00")),
    ("金额（元）", False, "数量 × 单价；填写时须与之相符", Decimal("1700.00")),
    ("购置日期", False, "如 2023-05-10，也可只写年月 2023.05", dt.date(2023, 5, 10)),
    ("来源", True, "下拉选择：" + "、".join(sites.SOURCES), "上级配发"),
    ("存放地点", False, "须是本活动场所已添加的功能室名称（如 党员活动室）", "党员活动室"),
    ("保管人", False, "", "李明"),
    ("状况", False, "下拉选择：" + "、".join(sites.CONDITIONS) + "；不填按良好", "良好"),
    ("备注", False, "", "示例行：导入时自动跳过，可以删除"),
)
_TEMPLATE_CHOICES = {"类别": sites.CATEGORIES, "来源": sites.SOURCES, "状况": sites.CONDITIONS,
                     "单位": sites.UNITS}
TEMPLATE = TemplateSheet(
    "活动场所资产清单", "资产清单", TEMPLATE_COLUMNS, rows=500, freeze=f"A{FIRST_DATA_ROW}",
    subtitle=f"带 * 的列必须填写，各列的填写要求见“填写说明”工作表。第{FIRST_DATA_ROW}行是示例，导入时会自动跳过。",
    formats={"资产编号": "@", "单价（元）": MONEY_FORMAT, "金额（元）": MONEY_FORMAT, "购置日期": DATE_FORMAT},
    min_width=12,
    advice=("1. 一行登记一项资产；同样的物品数量多时写在一行并填写数量。不要合并单元格。",
            "2. 再次导入同一张表不会重复登记：按资产编号对应，没有编号的按名称、规格型号和购置日期对应。",
            "3. 导入前会先检查全表，列出每一处问题（第几行、哪一列、什么问题），确认后才写入；写入前自动备份数据库。"))


def assets_template(path: str | Path) -> Path:
    """A blank 资产清单 to fill in and import: drop-downs for category, source, condition and unit,
    money and date formats, one example row and a 填写说明 sheet."""
    wb, ws = template_workbook(TEMPLATE)
    for title, choices in _TEMPLATE_CHOICES.items():
        add_choices(ws, TEMPLATE, title, choices)
    return save_template(wb, TEMPLATE, path)
