"""What the 数据交换 screens call each synced table and column, and how they show a value (issue #7).

``FIELD_LABELS`` holds a label for every column of every table in ``schema.RECORD_TABLES`` a clerk
can see change: all columns except merge's ``SYNC_FIELDS`` (uuid, org_uuid, origin, hlc stamps;
``deleted`` is shown as 已删除) and ``HIDDEN`` (search keys derived from the name).
tests/test_ui_exchange_labels.py walks a fresh database's schema, so a migration that adds a column
fails until the column is labelled here.

The labels are literals under ``QT_TRANSLATE_NOOP("ExchangeLabels", …)`` because lupdate reads only
djdesk/ui and forms. Core keeps its own Chinese label dicts (members.FIELD_LABELS,
meetings.FIELD_LABELS, sites.ASSET_LABELS) for its messages and cannot import Qt, so it cannot
derive from this table; the same test holds the two to the same words for every column core
labels, so a clerk reads one name per field in the member dialog, the audit log and here.

Values (``value_text``): ``*_fen`` as yuan with 元, flags as 是/否, references (``*_uuid``) as the
name of the record they point to (``RecordNames``: the incoming package first, then the store;
unknown → a short id), codes as their Chinese name, long text and JSON cut to a short summary.
"""

from __future__ import annotations

import json

from djdesk.core import codes, meetings, sites
from djdesk.core.excel.dues_export import KIND_TEXT as PAYMENT_KIND_TEXT
from djdesk.core.money import yuan
from djdesk.core.store import Store
from djdesk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ExchangeLabels", text)


HIDDEN = frozenset({"name_initials", "name_pinyin"})     # derived from member.name, change with it

TABLE_LABELS = {
    "org_unit": QT_TRANSLATE_NOOP("ExchangeLabels", "组织"),
    "member": QT_TRANSLATE_NOOP("ExchangeLabels", "党员"),
    "member_event": QT_TRANSLATE_NOOP("ExchangeLabels", "党员状态变动"),
    "meeting_kind": QT_TRANSLATE_NOOP("ExchangeLabels", "会议类型"),
    "meeting": QT_TRANSLATE_NOOP("ExchangeLabels", "会议"),
    "meeting_attendance": QT_TRANSLATE_NOOP("ExchangeLabels", "会议出席"),
    "meeting_vote": QT_TRANSLATE_NOOP("ExchangeLabels", "表决"),
    "appraisal": QT_TRANSLATE_NOOP("ExchangeLabels", "民主评议"),
    "attachment": QT_TRANSLATE_NOOP("ExchangeLabels", "附件"),
    "dues_profile": QT_TRANSLATE_NOOP("ExchangeLabels", "党费标准"),
    "dues_remittance": QT_TRANSLATE_NOOP("ExchangeLabels", "党费上缴"),
    "dues_payment": QT_TRANSLATE_NOOP("ExchangeLabels", "党费收缴"),
    "dues_allocation": QT_TRANSLATE_NOOP("ExchangeLabels", "党费分摊"),
    "dues_lock": QT_TRANSLATE_NOOP("ExchangeLabels", "党费结账"),
    "site": QT_TRANSLATE_NOOP("ExchangeLabels", "活动场所"),
    "site_funding": QT_TRANSLATE_NOOP("ExchangeLabels", "场所资金"),
    "site_room": QT_TRANSLATE_NOOP("ExchangeLabels", "场所房间"),
    "asset": QT_TRANSLATE_NOOP("ExchangeLabels", "资产"),
    "asset_event": QT_TRANSLATE_NOOP("ExchangeLabels", "资产变动"),
    "stocktake": QT_TRANSLATE_NOOP("ExchangeLabels", "资产盘点"),
    "stocktake_line": QT_TRANSLATE_NOOP("ExchangeLabels", "盘点明细"),
    "site_log": QT_TRANSLATE_NOOP("ExchangeLabels", "场所使用记录"),
}

# Columns that mean the same in every table that has them; a table's own entry wins.
_COMMON = {
    "note": QT_TRANSLATE_NOOP("ExchangeLabels", "备注"),
    "sort_order": QT_TRANSLATE_NOOP("ExchangeLabels", "排序"),
    "reason": QT_TRANSLATE_NOOP("ExchangeLabels", "原因"),
    "member_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "党员"),
    "meeting_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "会议"),
    "site_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "活动场所"),
    "asset_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "资产"),
    "stocktake_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "盘点"),
    "name": QT_TRANSLATE_NOOP("ExchangeLabels", "名称"),
    "kind": QT_TRANSLATE_NOOP("ExchangeLabels", "类型"),
    "category": QT_TRANSLATE_NOOP("ExchangeLabels", "类别"),
    "status": QT_TRANSLATE_NOOP("ExchangeLabels", "状态"),
    "amount_fen": QT_TRANSLATE_NOOP("ExchangeLabels", "金额"),
    "approval_ref": QT_TRANSLATE_NOOP("ExchangeLabels", "批准文号"),
    "approval_date": QT_TRANSLATE_NOOP("ExchangeLabels", "批准日期"),
    "person": QT_TRANSLATE_NOOP("ExchangeLabels", "经办人"),
    "phone": QT_TRANSLATE_NOOP("ExchangeLabels", "联系电话"),
    "address": QT_TRANSLATE_NOOP("ExchangeLabels", "地址"),
    "year": QT_TRANSLATE_NOOP("ExchangeLabels", "年度"),
    "source": QT_TRANSLATE_NOOP("ExchangeLabels", "来源"),
    "event_date": QT_TRANSLATE_NOOP("ExchangeLabels", "日期"),
    "seq": QT_TRANSLATE_NOOP("ExchangeLabels", "序号"),
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "org_unit": {
        "parent_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "上级组织"), "code": QT_TRANSLATE_NOOP("ExchangeLabels", "代码"),
        "committee_size": QT_TRANSLATE_NOOP("ExchangeLabels", "委员人数"),
        "committee_elected_on": QT_TRANSLATE_NOOP("ExchangeLabels", "换届日期"),
    },
    # the same words as members.FIELD_LABELS (checked by the test)
    "member": {
        "group_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "党小组"), "name": QT_TRANSLATE_NOOP("ExchangeLabels", "姓名"),
        "gender": QT_TRANSLATE_NOOP("ExchangeLabels", "性别"), "ethnicity": QT_TRANSLATE_NOOP("ExchangeLabels", "民族"),
        "native_place": QT_TRANSLATE_NOOP("ExchangeLabels", "籍贯"),
        "birth_date": QT_TRANSLATE_NOOP("ExchangeLabels", "出生日期"),
        "id_number": QT_TRANSLATE_NOOP("ExchangeLabels", "身份证号"),
        "education": QT_TRANSLATE_NOOP("ExchangeLabels", "学历"), "occupation": QT_TRANSLATE_NOOP("ExchangeLabels", "职业"),
        "work_start_date": QT_TRANSLATE_NOOP("ExchangeLabels", "参加工作时间"),
        "apply_date": QT_TRANSLATE_NOOP("ExchangeLabels", "申请入党时间"),
        "join_date": QT_TRANSLATE_NOOP("ExchangeLabels", "入党时间"),
        "conversion_date": QT_TRANSLATE_NOOP("ExchangeLabels", "转正时间"),
        "category": QT_TRANSLATE_NOOP("ExchangeLabels", "党员类别"),
        "party_post": QT_TRANSLATE_NOOP("ExchangeLabels", "党内职务"),
        "address": QT_TRANSLATE_NOOP("ExchangeLabels", "家庭住址"),
        "is_flowing": QT_TRANSLATE_NOOP("ExchangeLabels", "流动党员"),
        "flowing_to": QT_TRANSLATE_NOOP("ExchangeLabels", "流向地"),
        "flowing_since": QT_TRANSLATE_NOOP("ExchangeLabels", "外出时间"),
        "hardship": QT_TRANSLATE_NOOP("ExchangeLabels", "生活困难"),
        "elderly_infirm": QT_TRANSLATE_NOOP("ExchangeLabels", "年老体弱"),
        "status": QT_TRANSLATE_NOOP("ExchangeLabels", "党籍状态"),
        "status_date": QT_TRANSLATE_NOOP("ExchangeLabels", "状态变动日期"),
    },
    "member_event": {
        "from_status": QT_TRANSLATE_NOOP("ExchangeLabels", "变动前状态"),
        "to_status": QT_TRANSLATE_NOOP("ExchangeLabels", "变动后状态"),
        "counterpart": QT_TRANSLATE_NOOP("ExchangeLabels", "转出/转入单位"),
    },
    "meeting_kind": {
        "code": QT_TRANSLATE_NOOP("ExchangeLabels", "代码"), "frequency": QT_TRANSLATE_NOOP("ExchangeLabels", "召开频次"),
        "audience": QT_TRANSLATE_NOOP("ExchangeLabels", "参加对象"), "votes": QT_TRANSLATE_NOOP("ExchangeLabels", "可以表决"),
        "counts_as_life": QT_TRANSLATE_NOOP("ExchangeLabels", "计入组织生活"),
        "template_title": QT_TRANSLATE_NOOP("ExchangeLabels", "名称模板"),
        "template_agenda": QT_TRANSLATE_NOOP("ExchangeLabels", "议题模板"),
        "template_minutes": QT_TRANSLATE_NOOP("ExchangeLabels", "会议内容模板"),
    },
    # the same words as meetings.FIELD_LABELS (checked by the test)
    "meeting": {
        "group_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "党小组"), "kind": QT_TRANSLATE_NOOP("ExchangeLabels", "会议类型"),
        "record_no": QT_TRANSLATE_NOOP("ExchangeLabels", "记录编号"), "title": QT_TRANSLATE_NOOP("ExchangeLabels", "会议名称"),
        "held_on": QT_TRANSLATE_NOOP("ExchangeLabels", "会议日期"),
        "start_time": QT_TRANSLATE_NOOP("ExchangeLabels", "开始时间"),
        "end_time": QT_TRANSLATE_NOOP("ExchangeLabels", "结束时间"), "place": QT_TRANSLATE_NOOP("ExchangeLabels", "地点"),
        "host": QT_TRANSLATE_NOOP("ExchangeLabels", "主持人"), "recorder": QT_TRANSLATE_NOOP("ExchangeLabels", "记录人"),
        "lecturer": QT_TRANSLATE_NOOP("ExchangeLabels", "讲课人"), "topic": QT_TRANSLATE_NOOP("ExchangeLabels", "党课主题"),
        "agenda": QT_TRANSLATE_NOOP("ExchangeLabels", "议题"), "minutes": QT_TRANSLATE_NOOP("ExchangeLabels", "会议内容"),
        "decisions": QT_TRANSLATE_NOOP("ExchangeLabels", "决议"),
    },
    "meeting_attendance": {
        "name": QT_TRANSLATE_NOOP("ExchangeLabels", "姓名"), "has_vote": QT_TRANSLATE_NOOP("ExchangeLabels", "表决权"),
        "status": QT_TRANSLATE_NOOP("ExchangeLabels", "出席情况"), "sort_order": QT_TRANSLATE_NOOP("ExchangeLabels", "顺序"),
    },
    "meeting_vote": {
        "subject": QT_TRANSLATE_NOOP("ExchangeLabels", "事项"), "vote_type": QT_TRANSLATE_NOOP("ExchangeLabels", "类型"),
        "method": QT_TRANSLATE_NOOP("ExchangeLabels", "方式"), "votes_for": QT_TRANSLATE_NOOP("ExchangeLabels", "赞成"),
        "votes_against": QT_TRANSLATE_NOOP("ExchangeLabels", "反对"),
        "votes_abstain": QT_TRANSLATE_NOOP("ExchangeLabels", "弃权"),
        "written_for": QT_TRANSLATE_NOOP("ExchangeLabels", "书面赞成"),
        "written_against": QT_TRANSLATE_NOOP("ExchangeLabels", "书面反对"),
        "written_abstain": QT_TRANSLATE_NOOP("ExchangeLabels", "书面弃权"),
    },
    "appraisal": {"grade": QT_TRANSLATE_NOOP("ExchangeLabels", "评议等次")},
    "attachment": {
        "owner_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "所属记录"),
        "file_name": QT_TRANSLATE_NOOP("ExchangeLabels", "文件名"), "mime": QT_TRANSLATE_NOOP("ExchangeLabels", "文件类型"),
        "size": QT_TRANSLATE_NOOP("ExchangeLabels", "文件大小"), "sha256": QT_TRANSLATE_NOOP("ExchangeLabels", "文件校验码"),
        "caption": QT_TRANSLATE_NOOP("ExchangeLabels", "说明"),
    },
    "dues_profile": {
        "effective_month": QT_TRANSLATE_NOOP("ExchangeLabels", "起始月份"),
        "category": QT_TRANSLATE_NOOP("ExchangeLabels", "交纳类别"),
        "base_fen": QT_TRANSLATE_NOOP("ExchangeLabels", "计费基数"),
        "fixed_fen": QT_TRANSLATE_NOOP("ExchangeLabels", "固定月交额"),
        "relief": QT_TRANSLATE_NOOP("ExchangeLabels", "减免"), "relief_fen": QT_TRANSLATE_NOOP("ExchangeLabels", "减交后月交额"),
        "voluntary_fen": QT_TRANSLATE_NOOP("ExchangeLabels", "自愿多交"),
        "carried_paid_to": QT_TRANSLATE_NOOP("ExchangeLabels", "转入前已交至"),
    },
    "dues_remittance": {
        "period_from": QT_TRANSLATE_NOOP("ExchangeLabels", "起始月份"),
        "period_to": QT_TRANSLATE_NOOP("ExchangeLabels", "截止月份"),
        "remitted_on": QT_TRANSLATE_NOOP("ExchangeLabels", "上缴日期"),
        "voucher": QT_TRANSLATE_NOOP("ExchangeLabels", "凭证号"), "received_by": QT_TRANSLATE_NOOP("ExchangeLabels", "接收单位"),
        "reverses_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "冲销的上缴"),
    },
    "dues_payment": {
        "receipt_year": QT_TRANSLATE_NOOP("ExchangeLabels", "收据年度"),
        "receipt_seq": QT_TRANSLATE_NOOP("ExchangeLabels", "收据序号"),
        "receipt_no": QT_TRANSLATE_NOOP("ExchangeLabels", "收据号"), "paid_on": QT_TRANSLATE_NOOP("ExchangeLabels", "交纳日期"),
        "period": QT_TRANSLATE_NOOP("ExchangeLabels", "所交月份"), "extra_fen": QT_TRANSLATE_NOOP("ExchangeLabels", "自愿多交"),
        "method": QT_TRANSLATE_NOOP("ExchangeLabels", "交纳方式"), "collector": QT_TRANSLATE_NOOP("ExchangeLabels", "收款人"),
        "payer": QT_TRANSLATE_NOOP("ExchangeLabels", "代交人"),
        "reverses_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "冲销的收款"),
        "corrects_period": QT_TRANSLATE_NOOP("ExchangeLabels", "更正月份"),
    },
    "dues_allocation": {
        "payment_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "所属收款"), "month": QT_TRANSLATE_NOOP("ExchangeLabels", "月份"),
    },
    "dues_lock": {
        "month_from": QT_TRANSLATE_NOOP("ExchangeLabels", "起始月份"), "month_to": QT_TRANSLATE_NOOP("ExchangeLabels", "截止月份"),
        "locked_on": QT_TRANSLATE_NOOP("ExchangeLabels", "结账日期"),
        "remittance_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "对应上缴"),
    },
    "site": {
        "building_area": QT_TRANSLATE_NOOP("ExchangeLabels", "建筑面积（平方米）"),
        "land_area": QT_TRANSLATE_NOOP("ExchangeLabels", "占地面积（平方米）"),
        "year_built": QT_TRANSLATE_NOOP("ExchangeLabels", "建成年份"),
        "year_renovated": QT_TRANSLATE_NOOP("ExchangeLabels", "改扩建年份"),
        "ownership": QT_TRANSLATE_NOOP("ExchangeLabels", "产权"),
        "opening_hours": QT_TRANSLATE_NOOP("ExchangeLabels", "开放时间"),
        "responsible": QT_TRANSLATE_NOOP("ExchangeLabels", "负责人"),
    },
    "site_funding": {"source": QT_TRANSLATE_NOOP("ExchangeLabels", "资金来源"),
                     "document": QT_TRANSLATE_NOOP("ExchangeLabels", "文件")},
    "site_room": {"area": QT_TRANSLATE_NOOP("ExchangeLabels", "面积（平方米）"),
                  "purpose": QT_TRANSLATE_NOOP("ExchangeLabels", "用途")},
    # the same words as sites.ASSET_LABELS (checked by the test)
    "asset": {
        "room_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "存放位置"), "asset_no": QT_TRANSLATE_NOOP("ExchangeLabels", "资产编号"),
        "spec": QT_TRANSLATE_NOOP("ExchangeLabels", "规格型号"), "unit": QT_TRANSLATE_NOOP("ExchangeLabels", "计量单位"),
        "quantity": QT_TRANSLATE_NOOP("ExchangeLabels", "数量"), "unit_value_fen": QT_TRANSLATE_NOOP("ExchangeLabels", "单价"),
        "acquired_on": QT_TRANSLATE_NOOP("ExchangeLabels", "取得日期"),
        "funding_doc": QT_TRANSLATE_NOOP("ExchangeLabels", "资金文件"),
        "custodian": QT_TRANSLATE_NOOP("ExchangeLabels", "保管人"), "condition": QT_TRANSLATE_NOOP("ExchangeLabels", "状况"),
        "disposed_on": QT_TRANSLATE_NOOP("ExchangeLabels", "处置日期"),
    },
    "asset_event": {
        "from_site_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "调出场所"),
        "from_room_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "调出位置"),
        "to_site_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "调入场所"),
        "to_room_uuid": QT_TRANSLATE_NOOP("ExchangeLabels", "调入位置"),
        "quantity_change": QT_TRANSLATE_NOOP("ExchangeLabels", "数量变化"),
        "from_condition": QT_TRANSLATE_NOOP("ExchangeLabels", "原状况"),
        "to_condition": QT_TRANSLATE_NOOP("ExchangeLabels", "新状况"), "cost_fen": QT_TRANSLATE_NOOP("ExchangeLabels", "费用"),
    },
    "stocktake": {
        "title": QT_TRANSLATE_NOOP("ExchangeLabels", "盘点名称"), "started_on": QT_TRANSLATE_NOOP("ExchangeLabels", "开始日期"),
        "closed_on": QT_TRANSLATE_NOOP("ExchangeLabels", "结束日期"),
        "applied_on": QT_TRANSLATE_NOOP("ExchangeLabels", "调整入账日期"),
        "counted_by": QT_TRANSLATE_NOOP("ExchangeLabels", "盘点人"),
    },
    "stocktake_line": {
        "expected_quantity": QT_TRANSLATE_NOOP("ExchangeLabels", "账面数量"),
        "expected_condition": QT_TRANSLATE_NOOP("ExchangeLabels", "账面状况"),
        "counted_quantity": QT_TRANSLATE_NOOP("ExchangeLabels", "实盘数量"),
        "counted_condition": QT_TRANSLATE_NOOP("ExchangeLabels", "实盘状况"),
        "counted_at": QT_TRANSLATE_NOOP("ExchangeLabels", "盘点时间"),
    },
    "site_log": {
        "register": QT_TRANSLATE_NOOP("ExchangeLabels", "登记簿"), "entry_date": QT_TRANSLATE_NOOP("ExchangeLabels", "日期"),
        "content": QT_TRANSLATE_NOOP("ExchangeLabels", "内容"), "participants": QT_TRANSLATE_NOOP("ExchangeLabels", "参加人数"),
        "minutes": QT_TRANSLATE_NOOP("ExchangeLabels", "时长（分钟）"),
    },
}
DELETED = QT_TRANSLATE_NOOP("ExchangeLabels", "已删除")
YES, NO = QT_TRANSLATE_NOOP("ExchangeLabels", "是"), QT_TRANSLATE_NOOP("ExchangeLabels", "否")
YUAN = QT_TRANSLATE_NOOP("ExchangeLabels", "{0} 元")
ITEMS = QT_TRANSLATE_NOOP("ExchangeLabels", "（{0} 项）")
LONG_TEXT = QT_TRANSLATE_NOOP("ExchangeLabels", "{0}…（共 {1} 字）")

FLAGS = frozenset({"deleted", "is_flowing", "hardship", "elderly_infirm", "votes", "counts_as_life", "has_vote"})
# reference column → the table it points to (None: the record's own table, ``reverses_uuid``)
REFERENCES: dict[str, str | tuple[str, ...] | None] = {
    "parent_uuid": "org_unit", "group_uuid": "org_unit", "member_uuid": "member", "meeting_uuid": "meeting",
    "site_uuid": "site", "from_site_uuid": "site", "to_site_uuid": "site", "room_uuid": "site_room",
    "from_room_uuid": "site_room", "to_room_uuid": "site_room", "asset_uuid": "asset",
    "stocktake_uuid": "stocktake", "payment_uuid": "dues_payment", "remittance_uuid": "dues_remittance",
    "reverses_uuid": None, "owner_uuid": ("meeting", "member", "site", "asset"),
}
# code columns whose stored value is an English code → core's Chinese name for it
CODES: dict[tuple[str, str], dict[str, str]] = {
    ("org_unit", "kind"): codes.ORG_KINDS,
    ("meeting", "kind"): {code: k.name for code, k in meetings.KINDS.items()},
    ("meeting_kind", "frequency"): meetings.FREQUENCIES,
    ("meeting_kind", "audience"): meetings.AUDIENCES,
    ("dues_payment", "kind"): PAYMENT_KIND_TEXT,
    ("stocktake", "status"): sites.STOCKTAKE_STATUS,
}
SHORT = 40            # characters of a long text shown before "…"


def table_label(table: str) -> str:
    return _t(TABLE_LABELS.get(table, table))


def field_label(table: str, column: str) -> str:
    """The column's label in the current language; an unlabelled column shows its name (the test
    keeps that from happening for every column a package carries)."""
    if column == "deleted":
        return _t(DELETED)
    label = FIELD_LABELS.get(table, {}).get(column) or _COMMON.get(column)
    return _t(label) if label else column


def record_name(values: dict, names: "RecordNames | None" = None) -> str:
    """A record as a clerk recognises it: its name or title, else its number or date, else a short
    uuid; with ``names``, a record of one member (dues, attendance, events) is prefixed with the name."""
    own = ""
    for key in ("name", "title", "subject", "file_name", "record_no", "receipt_no", "asset_no", "held_on",
                "effective_month", "period", "month", "period_from", "month_from", "started_on", "event_date",
                "entry_date", "code"):
        if values.get(key):
            own = str(values[key])
            break
    who = names.name("member", values["member_uuid"]) if names and values.get("member_uuid") and \
        "name" not in values else ""
    if who and own:
        return f"{who} {own}"
    return who or own or short_id(values.get("uuid"))


def short_id(uuid) -> str:
    return str(uuid or "")[:8]


class RecordNames:
    """Display names of referenced records: the incoming package's rows (``plan``) first, since a
    package may bring the record it refers to, then the store; cached per (table, uuid)."""

    def __init__(self, store: Store | None, plan=None):
        self.store = store
        self._incoming: dict[tuple[str, str], dict] = {}
        if plan is not None:
            for table, tp in plan.tables.items():
                for u in tp.updates:
                    self._incoming[(table, u.uuid)] = dict(zip(tp.columns, u.values))
        self._rows: dict[tuple[str, str], dict | None] = {}
        self._cache: dict[tuple[str, str], str] = {}

    def row(self, table: str, uuid: str) -> dict | None:
        key = (table, uuid)
        if key not in self._rows:                 # one lookup per record, a miss remembered too
            row = self._incoming.get(key)
            if row is None and self.store is not None:
                row = self.store.query_one(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,))
            self._rows[key] = row
        return self._rows[key]

    def name(self, table: str, uuid: str) -> str:
        key = (table, uuid)
        if key not in self._cache:
            row = self.row(table, uuid)
            self._cache[key] = record_name(row, self) if row else ""
        return self._cache[key]

    def find(self, tables: tuple[str, ...], uuid: str) -> str:
        for table in tables:
            if self.row(table, uuid) is not None:
                return self.name(table, uuid)
        return ""


def value_text(value, table: str = "", column: str = "", names: RecordNames | None = None) -> str:
    """A stored value as a clerk reads it (see the module docstring); — for nothing."""
    if value is None or value == "":
        return "—"
    if column in FLAGS and value in (0, 1):
        return _t(YES) if value else _t(NO)
    if column.endswith("_fen") and isinstance(value, int) and not isinstance(value, bool):
        return _t(YUAN).format(yuan(value))
    if column in REFERENCES and isinstance(value, str):
        target = REFERENCES[column]
        tables = (table,) if target is None else (target,) if isinstance(target, str) else target
        return (names.find(tables, value) if names else "") or short_id(value)
    code_names = CODES.get((table, column))
    if code_names and value in code_names:
        return code_names[value]
    if table == "meeting" and column == "kind" and names is not None:     # a custom kind: its own name
        custom = names.store.query_one("SELECT name FROM meeting_kind WHERE code = ? AND deleted = 0",
                                       (value,)) if names.store else None
        if custom:
            return custom["name"]
    if isinstance(value, float):
        return f"{value:g}"                                    # 150.0 m² → 150
    text = str(value)
    if text[:1] in "[{":
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, (list, dict)):
            return _t(ITEMS).format(len(data))
    flat = " ".join(text.split())
    if len(flat) > SHORT:
        return _t(LONG_TEXT).format(flat[:SHORT], len(text))
    return flat
