"""Import a roster the clerk already keeps in Excel/WPS (issue #6).

Two steps, so nothing is written before the clerk has seen what will happen:

1. ``check_import`` reads the sheet and returns an ``ImportPlan``: for every data row what will be
   done (新增 / 更新 / 无变化 / 跳过 / 待定) and EVERY problem, by Excel row and column, in Chinese.
   Values are normalised here (``values``); each row is then checked by ``members.check_member``,
   the one validator of member records.
2. ``apply_plan`` makes the automatic backup (``backup.backup_before``) and writes the plan in ONE
   transaction through ``members.add_members`` / ``update_member``: all rows or none.

Re-importing a file creates no duplicates: a person is the roster member with the same ID number,
else the one with the same name and birth date. When that is in doubt (same name, different birth
date; same ID, different name …) the row needs the clerk's decision: add as a new person, update
that member, or skip. Undecided rows are skipped. An update changes only the fields the sheet
fills; a different branch is reported but never applied (moving a member is 转出/转入, a status
event, not an edit).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stdnum.cn import ric

from djdesk.core import backup, codes, idnumber, members, roster
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.excel import importing
from djdesk.core.excel import values as cells
from djdesk.core.excel.headers import SKIP, HeaderGuess, detect_header, layout_signature
from djdesk.core.excel.importing import (ADD, DECIDE, DECISION, ERROR, INFO, SKIPPED,
                                         UNCHANGED, UPDATE, WARNING, Problem, RowValues)
from djdesk.core.excel.reader import Sheet
from djdesk.core.progress import NO_PROGRESS, Progress, without_gc
from djdesk.core.store import Store

# ----- the columns a roster sheet may have ----------------------------------------------------------

# Import field → label, in the order the wizard offers them. "branch"/"group" hold names that are
# looked up in the org tree; the rest are member fields (members.MEMBER_FIELDS).
FIELD_LABELS: dict[str, str] = {
    "name": "姓名", "gender": "性别", "ethnicity": "民族", "birth_date": "出生日期", "id_number": "身份证号",
    "native_place": "籍贯", "education": "学历", "occupation": "职业", "work_start_date": "参加工作时间",
    "apply_date": "申请入党时间", "join_date": "入党时间", "conversion_date": "转正时间", "category": "党员类别",
    "party_post": "党内职务", "phone": "联系电话", "address": "家庭住址", "branch": "所在党支部",
    "group": "党小组", "is_flowing": "流动党员", "flowing_to": "流向地", "flowing_since": "外出时间",
    "hardship": "生活困难", "elderly_infirm": "年老体弱", "note": "备注",
}

_ALIASES = {
    "name": "姓名 党员姓名 名字 党员名字",
    "gender": "性别",
    "ethnicity": "民族 族别",
    "birth_date": "出生日期 出生年月 出生年月日 出生时间 出生年份 生日",
    "id_number": "身份证号 身份证号码 公民身份号码 公民身份证号 公民身份证号码 身份证 身份证件号码 证件号码 "
                 "居民身份证号 居民身份证号码",
    "native_place": "籍贯",
    "education": "学历 文化程度 最高学历 全日制学历 学历层次",
    "occupation": "职业 现职业 职业类别 工作岗位",
    "work_start_date": "参加工作时间 参加工作日期 参加工作年月",
    "apply_date": "申请入党时间 申请入党日期 入党申请时间 递交入党申请书时间",
    "join_date": "入党时间 入党日期 入党年月 加入党组织时间 加入党组织日期",
    "conversion_date": "转正时间 转正日期 转正年月",
    "category": "党员类别 类别 党员类型 人员类别 正式/预备 正式或预备",
    "party_post": "党内职务 职务 党内职务名称",
    "phone": "联系电话 手机号码 手机号 手机 电话 电话号码 联系方式",
    "address": "家庭住址 住址 家庭地址 现住址 现居住地 居住地址 现居住地址",
    "branch": "所在党支部 所在支部 支部 党支部 所属支部 所属党支部 所在党组织 党组织 党支部名称",
    "group": "党小组 所在党小组 所属党小组 所在小组",
    "is_flowing": "流动党员 是否流动党员",
    "flowing_to": "流向地 流入地 外出地点 外出去向",
    "flowing_since": "外出时间 外出日期",
    "hardship": "生活困难 困难党员 是否困难党员",
    "elderly_infirm": "年老体弱 是否年老体弱",
    "note": "备注 说明",
    SKIP: "序号 编号 顺序号 年龄 党龄 周岁",
}
ALIASES: dict[str, str] = {alias: key for key, names in _ALIASES.items() for alias in names.split()}

DATE_FIELDS = ("birth_date", "work_start_date", "apply_date", "join_date", "conversion_date", "flowing_since")
FLAG_FIELDS = ("is_flowing", "hardship", "elderly_infirm")
TEXT_FIELDS = ("name", "native_place", "occupation", "party_post", "address", "flowing_to", "note")

# The example row of our blank template (exports.roster_template) is recognised and skipped.
EXAMPLE_ROW = {"name": "张三（示例）", "id_number": "11010519491231002X"}

# Actions of a row (ADD, UPDATE, UNCHANGED, SKIPPED, DECIDE) and the levels of a problem are importing's.
ACTION_LABELS = {ADD: "新增", UPDATE: "更新", UNCHANGED: "无变化", SKIPPED: "跳过", DECIDE: "待定"}
CHOICE_LABELS = {ADD: "作为新党员新增", UPDATE: "是同一人，更新库中记录", SKIPPED: "跳过本行"}
KIND = "roster"
REQUIRED = ("name",)


@dataclass
class RowPlan:
    row: int
    action: str                               # ADD / UPDATE / UNCHANGED / SKIPPED / DECIDE
    name: str
    values: dict = field(default_factory=dict)         # the member as it will be added
    member_uuid: str | None = None            # the roster member it updates (or may update)
    changes: dict = field(default_factory=dict)        # field -> (stored, new) for an update
    choices: tuple[str, ...] = ()             # for DECIDE: ADD / UPDATE / SKIPPED
    question: str = ""                        # for DECIDE: what the clerk must decide


@dataclass
class ImportPlan(importing.PlanReport):
    path: Path
    sheet: str
    branch_uuid: str
    branch_name: str
    header_rows: tuple[int, ...]
    headers: list[str]
    mapping: list[str | None]
    rows: list[RowPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    last_row: int = 0

    @property
    def signature(self) -> str:
        return layout_signature(self.headers)

    def counts(self, decisions: Mapping[int, str] | None = None) -> dict[str, int]:
        """Rows per outcome; with ``decisions`` the decided rows count as what was chosen."""
        return self.tally(("imported", "updated", "unchanged", "skipped", "undecided"), decisions)

    def report_lines(self) -> list[str]:
        """The check report as text (the CLI prints it; the wizard shows the same problems)."""
        c = self.counts()
        return [self.where_line(f"默认支部：{self.branch_name}"),
                importing.mapping_line(self.headers, self.mapping, FIELD_LABELS),
                f"将新增 {c['imported']} 名，更新 {c['updated']} 名，无变化 {c['unchanged']} 名，"
                f"跳过 {c['skipped']} 行，待定 {c['undecided']} 行；{self.problems_tally()}",
                *(p.text() for p in self.problems)]

    def as_json(self, decisions: Mapping[int, str] | None = None) -> dict[str, Any]:
        return {
            **self.sheet_json(branch=self.branch_name, branch_uuid=self.branch_uuid),
            "counts": self.counts(decisions),
            "rows": [{"row": r.row, "action": r.action, "name": r.name, "member_uuid": r.member_uuid,
                      "changes": {k: list(v) for k, v in r.changes.items()}, "choices": list(r.choices),
                      "question": r.question} for r in self.rows],
            "problems": [p.as_json() for p in self.problems],
        }


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    unchanged: int
    skipped: int
    undecided: int
    backup_path: Path | None
    member_uuids: tuple[str, ...]        # added and updated members, in sheet order


# ----- column mapping: detected, corrected by the clerk, remembered per layout ---------------------

def detect(sheet: Sheet) -> HeaderGuess:
    guess = detect_header(sheet, ALIASES, FIELD_LABELS)
    if guess is None or "name" not in guess.mapping:
        raise UserError(f"在“{sheet.path.name}”的工作表“{sheet.name}”前20行中没有找到表头：应有一行写着“姓名”"
                        f"和“身份证号”“性别”“入党时间”等列名。请检查是否选对了工作表。")
    return guess


# The importer interface's header_at, check_mapping (the required fields mapped, each field
# from one column only), remembered_mapping and remember_mapping (per layout, for this importer).
COLUMNS = importing.Columns(KIND, ALIASES, FIELD_LABELS, REQUIRED)
header_at = COLUMNS.header_at
check_mapping = COLUMNS.check_mapping
remembered_mapping = COLUMNS.remembered_mapping
remember_mapping = COLUMNS.remember_mapping


# ----- one row: cells → values ------------------------------------------------------------------

def normalise_row(raw: list, mapping: list[str | None]) -> RowValues:
    """The mapped cells of one sheet row as stored values; blank cells are left out."""
    out = RowValues({})
    for i, key in enumerate(mapping):
        if key is None or i >= len(raw):
            continue
        value = raw[i]
        if cells.blank(value):
            continue
        try:
            if key in DATE_FIELDS:
                d = cells.date_cell(value)
                if d is None:
                    continue
                out.values[key] = d.date.isoformat()
                if d.month_only:
                    out.month_only.add(key)
            elif key == "id_number":
                out.values[key] = cells.id_number_cell(value)
            elif key == "gender":
                out.values[key] = cells.gender_cell(value)
            elif key == "category":
                out.values[key] = cells.category_cell(value)
            elif key == "education":
                out.values[key], warning = cells.education_cell(value)
                if warning:
                    out.warnings[key] = warning
            elif key == "ethnicity":
                out.values[key], warning = cells.ethnicity_cell(value)
                if warning:
                    out.warnings[key] = warning
            elif key in FLAG_FIELDS:
                out.values[key] = cells.flag_cell(value)
            elif key == "phone":
                out.values[key] = cells.phone_cell(value)
            elif key == "name":
                out.values[key] = cells.name_cell(value)
            else:
                out.values[key] = cells.text(value)
        except cells.CellError as exc:
            out.errors[key] = exc.message
    return out


def preview(sheet: Sheet, header_rows: tuple[int, ...], mapping: list[str | None],
            limit: int = 20) -> list[tuple[int, dict[str, str]]]:
    """The first data rows as they will be stored, for the wizard: (row, field → shown text);
    a cell that cannot be read shows its problem."""
    def shown(raw: list) -> dict[str, str]:
        row = normalise_row(raw, mapping)
        out = {k: ("是" if v else "否") if k in FLAG_FIELDS else str(v) for k, v in row.values.items()}
        for k in row.month_only:
            out[k] = out[k][:7] + "（按1日）"
        out.update({k: f"⚠ {m}" for k, m in row.errors.items()})
        return out

    return importing.preview_rows(sheet, header_rows, shown, limit)


# ----- the org tree: names in the sheet → branches and groups -------------------------------------

def _org_key(name: str) -> str:
    s = cells.compact(name)
    for prefix in ("中国共产党", "中共"):
        if s.startswith(prefix):
            s = s[len(prefix):]
    return s.replace("党支部", "支部").replace("党小组", "小组")


class _Orgs:
    def __init__(self, store: Store, default_branch: str):
        rows = store.query("SELECT uuid, parent_uuid, kind, name FROM org_unit WHERE deleted = 0")
        self.by_uuid = {r["uuid"]: r for r in rows}
        self.branches: dict[str, list[str]] = {}
        self.groups: dict[tuple[str, str], str] = {}
        for r in rows:
            if r["kind"] in codes.BRANCH_KINDS:
                self.branches.setdefault(_org_key(r["name"]), []).append(r["uuid"])
            elif r["kind"] == "group" and r["parent_uuid"]:
                self.groups[(r["parent_uuid"], _org_key(r["name"]))] = r["uuid"]
        self.default = default_branch
        self._default_line = set(self._line(default_branch))

    def _line(self, uuid: str) -> list[str]:
        out = []
        while uuid and uuid in self.by_uuid:
            out.append(uuid)
            uuid = self.by_uuid[uuid]["parent_uuid"]
        return out

    def branch(self, name: str) -> tuple[str | None, str | None]:
        """(uuid, problem) for a branch name written in the sheet."""
        found = self.branches.get(_org_key(name), [])
        if len(found) > 1:   # the same name in several villages: the one near the default branch
            def closeness(uuid: str) -> int:
                return sum(1 for u in self._line(uuid) if u in self._default_line)
            best = max(closeness(u) for u in found)
            found = [u for u in found if closeness(u) == best]
        if len(found) == 1:
            return found[0], None
        if not found:
            return None, (f"所在党支部“{name}”在本数据库中不存在。请先在组织机构中建立该支部，或改正支部名称"
                          f"（清空则导入到“{self.by_uuid[self.default]['name']}”）")
        return None, f"有 {len(found)} 个党支部都叫“{name}”，无法确定是哪一个，请在表中写明"

    def group(self, branch_uuid: str, name: str) -> str | None:
        return self.groups.get((branch_uuid, _org_key(name)))

    def name(self, uuid: str | None) -> str:
        return self.by_uuid[uuid]["name"] if uuid in self.by_uuid else ""


# ----- the check ------------------------------------------------------------------------------

def check_file(store: Store, path: str | Path, branch_uuid: str, *, sheet_name: str | None = None,
               settings=None, today: dt.date | None = None, progress: Progress = NO_PROGRESS) -> ImportPlan:
    """Read a workbook and check it with the detected (or remembered) column mapping (the CLI)."""
    sheet, guess, mapping = COLUMNS.read(path, sheet_name, detect, settings, progress)
    return check_import(store, sheet, branch_uuid, header_rows=guess.header_rows, mapping=mapping,
                        notes=guess.notes, today=today, progress=progress)


@without_gc
def check_import(store: Store, sheet: Sheet, branch_uuid: str, *, header_rows: tuple[int, ...] | None = None,
                 mapping: list[str | None] | None = None, notes: list[str] = (), today: dt.date | None = None,
                 progress: Progress = NO_PROGRESS) -> ImportPlan:
    """What importing this sheet into the roster would do, row by row, and every problem. Nothing
    is written. ``branch_uuid`` is where members go whose row names no branch."""
    today = today or dt.date.today()
    guess, mapping, notes = COLUMNS.layout(sheet, detect, header_rows, mapping, notes)
    orgs = _Orgs(store, branch_uuid)
    branch = orgs.by_uuid.get(branch_uuid)
    if branch is None or branch["kind"] not in codes.BRANCH_KINDS:
        raise UserError("请选择要导入到的党支部（党员只能登记在党支部或联合党支部）")
    plan = ImportPlan(sheet.path, sheet.name, branch_uuid, branch["name"], guess.header_rows, guess.headers,
                      mapping, last_row=len(sheet.rows))
    _Checker(store, sheet, plan, orgs, today).run(list(notes), progress)
    return plan


class _Checker(importing.SheetCheck):
    labels, aliases = FIELD_LABELS, ALIASES

    def __init__(self, store: Store, sheet: Sheet, plan: ImportPlan, orgs: _Orgs, today: dt.date):
        super().__init__(sheet, plan)
        self.store, self.orgs, self.today = store, orgs, today
        self.by_id: dict[str, dict] = {}
        self.by_name: dict[str, list[dict]] = {}
        for m in store.query("SELECT uuid, org_uuid, group_uuid, name, gender, ethnicity, native_place, birth_date, "
                             "id_number, education, occupation, work_start_date, apply_date, join_date, "
                             "conversion_date, category, party_post, phone, address, is_flowing, flowing_to, "
                             "flowing_since, hardship, elderly_infirm, note, status FROM member WHERE deleted = 0"):
            if m["id_number"]:
                self.by_id[m["id_number"]] = m
            self.by_name.setdefault(m["name"], []).append(m)
        self.facts = members.StoredFacts(store)      # one lookup of every ID number, not one per row
        self.facts.prefetch()
        self.seen_ids: dict[str, int] = {}
        self.seen_people: dict[tuple[str, str], tuple[int, str]] = {}
        self.month_only: dict[str, int] = {}          # date field -> cells given as year and month
        self.month_only_now: set[str] = set()         # … in the row being checked

    # problems -----------------------------------------------------------------------------------

    def problem(self, row: int | None, key: str | None, level: str, message: str) -> None:
        super().problem(row, {"org_uuid": "branch", "group_uuid": "group"}.get(key, key), level, message)

    def column(self, key: str | None) -> int | None:
        i = super().column(key)
        if i is None and key == "birth_date":
            i = self.column_of.get("id_number")    # a birth date taken from the ID number
        return i

    # the sheet ----------------------------------------------------------------------------------

    def run(self, notes: list[str], progress: Progress) -> None:
        plan = self.plan
        self.sheet_remarks(notes)
        for key, message in (("id_number", "表中没有身份证号列：党员只能按姓名和出生日期对应，请尽量补充身份证号"),
                             ("ethnicity", "表中没有民族列：新增的党员按汉族登记"),
                             ("category", "表中没有党员类别列：按转正时间和入党时间推定")):
            if key not in self.column_of:
                self.problem(None, None, WARNING if key == "id_number" else INFO, message)
        self.check_rows(progress)
        for key, n in self.month_only.items():
            self.problem(None, key, INFO, f"{n} 个日期只有年和月，按当月1日导入（花名册按年月打印，不受影响）")
        importing.sort_problems(plan.problems)

    def row(self, r: int, raw: list) -> None:
        got = normalise_row(raw, self.plan.mapping)
        v = got.values
        name = v.get("name", "")
        if name == cells.name_cell(EXAMPLE_ROW["name"]) and v.get("id_number") == EXAMPLE_ROW["id_number"]:
            self.problem(r, None, INFO, "导入模板中的示例行，已跳过")
            return
        for key, message in got.errors.items():
            self.problem(r, key, ERROR, message)
        for key, message in got.warnings.items():
            self.problem(r, key, WARNING, message)
        for key in got.month_only:
            self.month_only[key] = self.month_only.get(key, 0) + 1
        if not name:
            self.problem(r, "name", ERROR, "姓名为空，本行没有导入")
            return self.skip(r, "")
        if got.errors:
            return self.skip(r, name)

        # where the member belongs
        org = self.plan.branch_uuid
        if v.get("branch"):
            org, problem = self.orgs.branch(v["branch"])
            if problem:
                self.problem(r, "branch", ERROR, problem)
                return self.skip(r, name)
        v["org_uuid"] = org
        if v.get("group"):
            group = self.orgs.group(org, v["group"])
            if group is None:
                self.problem(r, "group", WARNING, f"“{self.orgs.name(org)}”下没有党小组“{v['group']}”，"
                                                  f"导入时不分党小组（可先建立该党小组后重新导入）")
            else:
                v["group_uuid"] = group
        v.pop("branch", None)
        v.pop("group", None)

        # what the ID number says
        idc = _id_facts(v["id_number"]) if v.get("id_number") else None
        if idc is not None:
            v["id_number"] = idc.number
            v.setdefault("gender", idc.gender)
            if "birth_date" not in v:
                v["birth_date"] = idc.birth_date.isoformat()
            if "birth_date" in got.month_only:
                given = v["birth_date"][:7]
                if given != idc.birth_date.isoformat()[:7]:
                    self.problem(r, "birth_date", ERROR, f"出生年月 {given.replace('-', '.')} 与身份证号中的出生日期 "
                                                         f"{idc.birth_date.isoformat()} 不一致")
                    return self.skip(r, name)
                v["birth_date"] = idc.birth_date.isoformat()
        elif "birth_date" in got.month_only:
            self.problem(r, "birth_date", WARNING, "出生日期只有年月，按当月1日登记；填写身份证号可得到准确日期")

        # the same person twice in the file: the same ID number, or the same name and birth date
        # where one of the two rows has no ID number (two different numbers are two people)
        own_id = idc.number if idc is not None else ""
        if own_id in self.seen_ids:
            self.problem(r, "id_number", ERROR, f"与第{self.seen_ids[own_id]}行身份证号相同（同一人在表中出现两次），"
                                                f"本行没有导入")
            return self.skip(r, name)
        person = (name, v.get("birth_date") or "")
        earlier = self.seen_people.get(person) if person[1] else None
        if earlier is not None and not (own_id and earlier[1]):
            self.problem(r, "name", ERROR, f"与第{earlier[0]}行姓名、出生日期都相同（同一人在表中出现两次），"
                                           f"本行没有导入")
            return self.skip(r, name)
        if own_id:
            self.seen_ids[own_id] = r
        if person[1]:
            self.seen_people.setdefault(person, (r, own_id))
        self.month_only_now = got.month_only
        self.match(r, name, v, idc)

    # against the roster ------------------------------------------------------------------------

    def match(self, r: int, name: str, v: dict, idc: idnumber.IdCheck | None) -> None:
        stored = self.by_id.get(idc.number) if idc is not None else None
        if stored is not None:
            if stored["name"] != name:
                return self.decide(r, name, v, stored, (UPDATE, SKIPPED),
                                   f"身份证号与库中党员“{stored['name']}”（{self.orgs.name(stored['org_uuid'])}）相同，"
                                   f"但表中姓名为“{name}”。是同一人吗？")
            return self.update(r, name, v, stored)
        same_name = self.by_name.get(name, [])
        birth = v.get("birth_date")
        if not same_name:
            return self.add(r, name, v)
        if birth:
            same_birth = [m for m in same_name if m["birth_date"] == birth]
            no_id = [m for m in same_birth if not m["id_number"]]
            if len(same_birth) == 1 and (no_id or not v.get("id_number")):
                return self.update(r, name, v, same_birth[0])
            if same_birth:
                m = same_birth[0]
                question = (f"库中已有同名、同出生日期的党员“{name}”（{self.orgs.name(m['org_uuid'])}，身份证号 "
                            f"{m['id_number'] or '未填'}），与表中身份证号不同。是同一人吗？") if len(same_birth) == 1 else (
                            f"库中有 {len(same_birth)} 名同名、同出生日期的党员“{name}”，无法确定是哪一位")
                return self.decide(r, name, v, m if len(same_birth) == 1 else None,
                                   (ADD, UPDATE, SKIPPED) if len(same_birth) == 1 else (ADD, SKIPPED), question)
        m = same_name[0]
        if len(same_name) == 1:
            question = (f"库中已有同名党员“{name}”（{self.orgs.name(m['org_uuid'])}，出生日期 {m['birth_date'] or '未填'}），"
                        f"表中出生日期为 {birth or '未填'}。是同一人吗？")
            return self.decide(r, name, v, m, (ADD, UPDATE, SKIPPED), question)
        question = f"库中已有 {len(same_name)} 名同名党员“{name}”，出生日期都与表中（{birth or '未填'}）不同"
        return self.decide(r, name, v, None, (ADD, SKIPPED), question)

    def skip(self, r: int, name: str) -> None:
        self.plan.rows.append(RowPlan(r, SKIPPED, name))

    def _new_member(self, v: dict) -> dict:
        """A new member's values: the sheet's, with what a new record needs filled in."""
        out = dict(v)
        out.setdefault("ethnicity", "汉族")
        return out

    def _infer_category(self, r: int, v: dict, column_present: bool) -> bool:
        if v.get("category"):
            return True
        if v.get("conversion_date"):
            v["category"] = "正式"
            return True
        join = v.get("join_date")
        if join and dt.date.fromisoformat(join) <= roster.years_before(self.today, 2):
            v["category"] = "正式"
            if column_present:
                self.problem(r, "category", WARNING, "党员类别为空：入党已满两年，按正式党员导入")
            return True
        why = "入党不满两年" if join else "也没有入党时间"
        self.problem(r, "category", ERROR, f"党员类别为空（{why}），请填写“正式党员”或“预备党员”")
        return False

    def add(self, r: int, name: str, v: dict) -> None:
        values = self._new_member(v)
        if "ethnicity" in self.column_of and not v.get("ethnicity"):
            self.problem(r, "ethnicity", WARNING, "民族为空，按汉族登记")
        if not self._infer_category(r, values, "category" in self.column_of):
            return self.skip(r, name)
        check = members.check_member(self.store, values, today=self.today, facts=self.facts)
        if not self._report_check(r, check):
            return self.skip(r, name)
        self.plan.rows.append(RowPlan(r, ADD, name, values=check.values))

    def _report_check(self, r: int, check: members.MemberCheck) -> bool:
        for key, message in check.problems.items():
            self.problem(r, key, ERROR, message)
        for message in check.warnings:
            if message == "未填写身份证号" and "id_number" not in self.column_of:
                continue                      # said once for the whole sheet
            if message == "正式党员未填写转正时间" and "conversion_date" not in self.column_of:
                continue
            self.problem(r, _warning_field(message), WARNING, message)
        return check.ok

    def _changes(self, r: int, v: dict, stored: dict) -> dict:
        changes = {}
        for key, new in v.items():
            if key in ("org_uuid", "group_uuid"):
                continue
            if new in ("", None) or stored.get(key) == new:
                continue
            if key in self.month_only_now and (stored.get(key) or "")[:7] == new[:7]:
                continue                      # 2001.07 in the sheet, 2001-07-15 stored: the same
            changes[key] = new
        if v["org_uuid"] != stored["org_uuid"]:
            self.problem(r, "branch", WARNING, f"表中所在支部为“{self.orgs.name(v['org_uuid'])}”，库中为"
                                               f"“{self.orgs.name(stored['org_uuid'])}”：导入不改变所在支部"
                                               f"（组织关系转移请用“状态变动”办理转出、转入）")
        elif v.get("group_uuid") and v["group_uuid"] != stored["group_uuid"]:
            changes["group_uuid"] = v["group_uuid"]
        return changes

    def update(self, r: int, name: str, v: dict, stored: dict) -> None:
        changes = self._changes(r, v, stored)
        if stored["status"] != codes.ACTIVE and changes:
            self.problem(r, None, WARNING, f"该党员在库中的状态为“{stored['status']}”，导入只更新信息，不改变状态")
        if not changes:
            self.plan.rows.append(RowPlan(r, UNCHANGED, name, member_uuid=stored["uuid"]))
            return
        check = members.check_member(self.store, {**stored, **changes}, uuid=stored["uuid"], today=self.today,
                                      facts=self.facts)
        if not check.ok:
            for key, message in check.problems.items():
                self.problem(r, key, ERROR, message)
            return self.skip(r, name)
        diff = {k: (stored.get(k), check.values[k]) for k in changes if stored.get(k) != check.values[k]}
        if not diff:
            self.plan.rows.append(RowPlan(r, UNCHANGED, name, member_uuid=stored["uuid"]))
            return
        labels = "、".join(f"{FIELD_LABELS.get(k, members.FIELD_LABELS.get(k, k))}"
                          f"（{_shown(k, old, self.orgs)} → {_shown(k, new, self.orgs)}）" for k, (old, new) in diff.items())
        self.problem(r, None, INFO, f"更新库中党员“{stored['name']}”：{labels}")
        self.plan.rows.append(RowPlan(r, UPDATE, name, member_uuid=stored["uuid"],
                                      changes=diff, values={k: new for k, (_, new) in diff.items()}))

    def decide(self, r: int, name: str, v: dict, stored: dict | None, choices: tuple[str, ...], question: str) -> None:
        values = self._new_member(v)
        if ADD in choices:
            if not self._infer_category(r, values, "category" in self.column_of):
                return self.skip(r, name)
            check = members.check_member(self.store, values, today=self.today, facts=self.facts)
            if not check.ok:
                self._report_check(r, check)
                return self.skip(r, name)
            values = check.values
        changes = {}
        if stored is not None and UPDATE in choices:
            changes = {k: (stored.get(k), new) for k, new in self._changes(r, v, stored).items()}
        self.problem(r, "name", DECISION, question + "（未选择时跳过本行）")
        self.plan.rows.append(RowPlan(r, DECIDE, name, values=values, member_uuid=stored["uuid"] if stored else None,
                                      changes=changes, choices=choices, question=question))


def _id_facts(number: str) -> idnumber.IdCheck | None:
    """Birth date and gender from a well-formed ID number (length, check character, date), for
    matching and for filling what the sheet left empty; None otherwise. Not the check:
    ``members.check_member`` reports every problem of the number (and costs ≈ 0.4 ms, mostly
    python-stdnum's area-code table, so it runs once per row, not twice)."""
    n = idnumber.normalise(number)
    if len(n) != 18 or not n[:17].isdigit() or n[17] != ric.calc_check_digit(n):
        return None
    try:
        birth = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return None
    return idnumber.IdCheck(n, birth_date=birth, gender="男" if int(n[16]) % 2 else "女")


def _warning_field(message: str) -> str | None:
    for key, label in members.FIELD_LABELS.items():
        if message.startswith(label):
            return key
    if "身份证号" in message:
        return "id_number"
    if "转正" in message:
        return "conversion_date"
    return None


def _shown(key: str, value, orgs: _Orgs) -> str:
    if key == "group_uuid":
        return orgs.name(value) or "无"
    if key in FLAG_FIELDS:
        return "是" if value else "否"
    return str(value) if value not in (None, "") else "空"


# ----- the import ------------------------------------------------------------------------------

_CHUNK = 500   # rows written per bulk insert; progress and Cancel are checked between chunks


def _changed_since_check(plan: ImportPlan, r: RowPlan, exc: ValidationError) -> None:
    raise importing.changed_since_check(plan, r, exc) from exc


@without_gc
def apply_plan(store: Store, plan: ImportPlan, decisions: Mapping[int, str] | None = None, *,
               today: dt.date | None = None, progress: Progress = NO_PROGRESS) -> ImportResult:
    """Write a checked plan: a backup first, then every added and updated member in ONE
    transaction (a problem or Cancel rolls everything back). ``decisions`` maps the Excel row of
    a 待定 row to ADD, UPDATE or SKIPPED; undecided rows are skipped."""
    decisions = dict(decisions or {})
    for r in plan.rows:
        choice = decisions.get(r.row)
        if choice is not None and r.action == DECIDE and choice not in r.choices:
            raise UserError(f"第{r.row}行不能选择“{CHOICE_LABELS.get(choice, choice)}”")
    work = []
    updating: dict[str, RowPlan] = {}
    for r in plan.rows:
        action = decisions.get(r.row, SKIPPED) if r.action == DECIDE else r.action
        if action == UPDATE and r.member_uuid is not None:
            first = updating.setdefault(r.member_uuid, r)
            if first is not r:
                raise UserError(f"第{first.row}行和第{r.row}行都要更新库中的同一名党员，请只对其中一行选择"
                                f"“{CHOICE_LABELS[UPDATE]}”")
        if action in (ADD, UPDATE):
            work.append((r, action))
    counts = plan.counts(decisions)
    today = today or dt.date.today()
    backup_path = backup.backup_before(store, "excel-import") if work else None
    done: list[str] = []
    source = f"从Excel导入：{plan.path.name}（{plan.sheet}）"
    adds = [r for r, action in work if action == ADD]
    updates = [r for r, action in work if action == UPDATE]
    with store.transaction():
        for start in range(0, len(adds), _CHUNK):
            progress.step(start, len(work))
            chunk = adds[start:start + _CHUNK]
            try:
                done.extend(members.add_members(store, [r.values for r in chunk], entry="入册",
                                                entry_date=today.isoformat(), today=today,
                                                notes=[f"{source}第{r.row}行" for r in chunk], prechecked=True))
            except members.RowValidationError as exc:
                _changed_since_check(plan, chunk[exc.index], exc)
        for i, r in enumerate(updates):
            if i % _CHUNK == 0:
                progress.step(len(adds) + i, len(work))
            try:
                members.update_member(store, r.member_uuid, {k: new for k, (_, new) in r.changes.items()},
                                      today=today)
            except ValidationError as exc:
                _changed_since_check(plan, r, exc)
            done.append(r.member_uuid)
        progress.step(len(work), len(work))
    return ImportResult(counts["imported"], counts["updated"], counts["unchanged"], counts["skipped"],
                        counts["undecided"], backup_path, tuple(done))
