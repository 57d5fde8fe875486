"""三会一课 and organisational life: meeting records, attendance, votes and quorum, appraisals,
attachments and per-kind templates (issue #3).

A meeting belongs to a branch (``org_uuid``) and, for a 党小组会, to one of its groups. Its kind is
a built-in code (``KINDS``) or a user-defined ``custom-…`` code from the ``meeting_kind`` table; that
table also holds per-organisation settings of the built-in kinds (the 党课 frequency, agenda
templates). A setting row applies to its organisation and everything below it; the nearest wins.

Attendance is one row per person expected (the roster on the day, pre-filled) plus one per 列席
guest. 应到/实到 are derived from the rows, never typed (``tally``). Quorum and vote results follow
RULES.md §2 (``vote_result``). Every save is one transaction through ``Store.insert``/``update``/
``tombstone``, so the audit log keeps who changed what and when (``meeting_history``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from djdesk.core import codes
from djdesk.core.dates import cn_date
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store, new_uuid

SRC_BRANCH_RULES = "《中国共产党支部工作条例（试行）》"
SRC_ELECTION = "《中国共产党基层组织选举工作条例》"

# ----- kinds ------------------------------------------------------------------------------------

FREQUENCIES = {"monthly": "每月", "quarterly": "每季度", "half_yearly": "每半年", "yearly": "每年",
               "none": "不作要求"}
AUDIENCES = {"branch": "全体党员", "group": "党小组党员", "committee": "支部委员"}


@dataclass(frozen=True)
class MeetingKind:
    """A kind of meeting as it applies to one branch (built-in defaults merged with settings)."""

    code: str
    name: str
    frequency: str                     # a key of FREQUENCIES: how often it must be held
    audience: str = "branch"           # who is expected: a key of AUDIENCES
    votes: bool = False                # decisions may be put to the vote (quorum applies)
    counts_as_life: bool = True        # attending it counts as taking part in organisational life
    template_title: str = ""           # placeholders: {year} {month} {quarter} {group} {branch}
    template_agenda: str = ""
    template_minutes: str = ""
    source: str = ""                   # the regulation the frequency comes from
    builtin: bool = True
    sort_order: int = 0
    setting_uuid: str | None = None    # the meeting_kind row the settings came from, if any
    setting_org_uuid: str | None = None

    @property
    def frequency_label(self) -> str:
        return FREQUENCIES[self.frequency]


ASSEMBLY, COMMITTEE, GROUP, LECTURE, THEME_DAY, LIFE, APPRAISAL = (
    "assembly", "committee", "group", "lecture", "theme_day", "life", "appraisal")

# RULES.md §2. The 党课 frequency is not fixed nationally (UNCONFIRMED): quarterly is the common
# local rule, kept as a default that a township or branch can change (``save_kind_settings``).
KINDS: dict[str, MeetingKind] = {k.code: k for k in (
    MeetingKind(ASSEMBLY, "支部党员大会", "quarterly", "branch", True,
                source=SRC_BRANCH_RULES + "第十一条：一般每季度召开1次",
                template_title="{year}年第{quarter}季度支部党员大会",
                template_agenda="一、\n二、\n三、",
                template_minutes="一、\n\n二、\n\n三、\n", sort_order=1),
    MeetingKind(COMMITTEE, "支部委员会", "monthly", "committee", True,
                source=SRC_BRANCH_RULES + "第十二条：一般每月召开1次",
                template_title="{year}年{month}月支部委员会会议",
                template_agenda="一、传达学习上级有关会议和文件精神\n二、研究本月工作",
                template_minutes="一、传达学习\n\n二、研究本月工作\n", sort_order=2),
    MeetingKind(GROUP, "党小组会", "monthly", "group",
                source=SRC_BRANCH_RULES + "第十三条：一般每月召开1次",
                template_title="{group}{year}年{month}月党小组会",
                template_agenda="一、学习\n二、交流思想、汇报工作",
                template_minutes="一、学习\n\n二、交流思想、汇报工作\n\n", sort_order=3),
    MeetingKind(LECTURE, "党课", "quarterly",
                source=SRC_BRANCH_RULES + "第十六条：按期上党课（每季度1次为地方通行做法，可调整）",
                template_title="{year}年第{quarter}季度党课",
                template_agenda="一、讲授党课\n二、交流讨论",
                template_minutes="一、讲授党课\n\n二、交流讨论\n", sort_order=4),
    MeetingKind(THEME_DAY, "主题党日", "monthly", source="每月相对固定1天开展主题党日",
                template_title="{year}年{month}月主题党日活动",
                template_agenda="一、重温入党誓词\n二、集中学习\n三、交纳党费\n四、议事议题\n五、志愿服务",
                template_minutes="一、重温入党誓词\n全体党员面向党旗重温入党誓词。\n\n二、集中学习\n\n"
                                 "三、交纳党费\n\n四、议事议题\n\n五、志愿服务\n", sort_order=5),
    MeetingKind(LIFE, "组织生活会", "yearly",
                source=SRC_BRANCH_RULES + "第十七条：每年至少召开1次",
                template_title="{year}年度组织生活会",
                template_agenda="一、通报上年度组织生活会整改落实情况\n二、支部委员会对照检查\n"
                                "三、党员逐一发言，开展批评和自我批评\n四、明确整改事项",
                template_minutes="一、通报整改落实情况\n\n二、支部委员会对照检查\n\n"
                                 "三、批评和自我批评\n\n四、整改事项\n", sort_order=6),
    MeetingKind(APPRAISAL, "民主评议党员", "yearly", source="一般每年开展1次",
                template_title="{year}年度民主评议党员",
                template_agenda="一、个人自评\n二、党员互评\n三、民主测评\n四、支部委员会综合评定等次",
                template_minutes="一、个人自评\n\n二、党员互评\n\n三、民主测评\n\n四、评定等次\n",
                sort_order=7),
)}

KIND_FIELDS = ("name", "frequency", "audience", "votes", "counts_as_life", "template_title",
               "template_agenda", "template_minutes", "sort_order", "note")


def _org_chain(store: Store, org_uuid: str) -> list[str]:
    """The org and its ancestors, nearest first."""
    rows = store.query("""
        WITH RECURSIVE a(uuid, parent_uuid, lvl) AS (
            SELECT uuid, parent_uuid, 0 FROM org_unit WHERE uuid = ?
            UNION ALL SELECT o.uuid, o.parent_uuid, a.lvl + 1 FROM org_unit o JOIN a ON o.uuid = a.parent_uuid)
        SELECT uuid FROM a ORDER BY lvl""", (org_uuid,))
    return [r["uuid"] for r in rows]


def _merge_kinds(chain: Sequence[str], rows_by_org: dict[str, list[dict]]) -> list[MeetingKind]:
    """Built-ins, then settings and custom kinds from the org chain; the nearest row wins."""
    kinds: dict[str, MeetingKind] = dict(KINDS)
    for org in reversed(chain):                        # farthest first, so nearer rows override
        for row in rows_by_org.get(org, ()):
            base = kinds.get(row["code"])
            builtin = row["code"] in KINDS
            values = dict(
                frequency=row["frequency"], template_title=row["template_title"],
                template_agenda=row["template_agenda"], template_minutes=row["template_minutes"],
                setting_uuid=row["uuid"], setting_org_uuid=row["org_uuid"])
            if builtin:
                kinds[row["code"]] = replace(base, **values)
            else:
                kinds[row["code"]] = MeetingKind(
                    row["code"], row["name"], audience=row["audience"], votes=bool(row["votes"]),
                    counts_as_life=bool(row["counts_as_life"]), builtin=False,
                    sort_order=100 + row["sort_order"], source="本组织自定义", **values)
    return sorted(kinds.values(), key=lambda k: (k.sort_order, k.name))


def _kind_rows(store: Store) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in store.query("SELECT * FROM meeting_kind WHERE deleted = 0 ORDER BY hlc"):
        out.setdefault(row["org_uuid"], []).append(row)
    return out


def kinds_for(store: Store, org_uuid: str) -> list[MeetingKind]:
    """The meeting kinds that apply to an organisation, in display order."""
    return _merge_kinds(_org_chain(store, org_uuid), _kind_rows(store))


def kind_for(store: Store, org_uuid: str, code: str) -> MeetingKind:
    for kind in kinds_for(store, org_uuid):
        if kind.code == code:
            return kind
    raise UserError(f"未知的会议类型“{code}”，可能已被删除。")


class KindResolver:
    """Resolves kinds for many branches with two queries (compliance over a county)."""

    def __init__(self, store: Store):
        self._rows = _kind_rows(store)
        self._parent = {r["uuid"]: r["parent_uuid"] for r in
                        store.query("SELECT uuid, parent_uuid FROM org_unit WHERE deleted = 0")}
        self._cache: dict[str, list[MeetingKind]] = {}

    def chain(self, org_uuid: str) -> list[str]:
        out, seen = [], set()
        while org_uuid and org_uuid not in seen:
            seen.add(org_uuid)
            out.append(org_uuid)
            org_uuid = self._parent.get(org_uuid)
        return out

    def kinds(self, org_uuid: str) -> list[MeetingKind]:
        if org_uuid not in self._cache:
            chain = self.chain(org_uuid)
            if not any(o in self._rows for o in chain):
                self._cache[org_uuid] = _merge_kinds((), {})
            else:
                self._cache[org_uuid] = _merge_kinds(chain, self._rows)
        return self._cache[org_uuid]


def check_kind_values(values: dict, builtin: bool) -> dict[str, str]:
    problems = {}
    if not builtin and not (values.get("name") or "").strip():
        problems["name"] = "请填写会议类型名称"
    elif not builtin and (values.get("name") or "").strip() in {k.name for k in KINDS.values()}:
        problems["name"] = "与内置会议类型重名，请换一个名称"
    if values.get("frequency") not in FREQUENCIES:
        problems["frequency"] = "请选择召开频次"
    if not builtin and values.get("audience", "branch") not in AUDIENCES:
        problems["audience"] = "请选择参加对象"
    return problems


def save_kind_settings(store: Store, org_uuid: str, code: str, values: dict) -> str:
    """Set a kind's frequency or template for an organisation (and those below it), or change a
    custom kind defined there. Returns the setting row's uuid."""
    builtin = code in KINDS
    current = kind_for(store, org_uuid, code)
    merged = {k: getattr(current, k) for k in ("name", "frequency", "audience", "template_title",
                                               "template_agenda", "template_minutes")}
    merged.update(votes=int(current.votes), counts_as_life=int(current.counts_as_life),
                  sort_order=max(current.sort_order - 100, 0) if not builtin else 0, note="")
    merged.update({k: v for k, v in values.items() if k in KIND_FIELDS})
    if builtin:   # only the frequency and templates of a built-in kind can change
        base = KINDS[code]
        merged.update(name=base.name, audience=base.audience, votes=int(base.votes),
                      counts_as_life=int(base.counts_as_life))
    merged["name"] = " ".join(str(merged["name"]).split())
    problems = check_kind_values(merged, builtin)
    if problems:
        raise ValidationError(problems)
    row = store.query_one("SELECT uuid FROM meeting_kind WHERE org_uuid = ? AND code = ? AND deleted = 0 "
                          "ORDER BY hlc DESC LIMIT 1", (org_uuid, code))
    with store.transaction():
        if row:
            store.update("meeting_kind", row["uuid"], merged)
            return row["uuid"]
        return store.insert("meeting_kind", {**merged, "org_uuid": org_uuid, "code": code})


def add_custom_kind(store: Store, org_uuid: str, values: dict) -> str:
    """A user-defined kind (e.g. 专题学习会) for an organisation and those below it; returns its code."""
    row = {"name": "", "frequency": "none", "audience": "branch", "votes": 0, "counts_as_life": 1,
           "template_title": "", "template_agenda": "", "template_minutes": "", "sort_order": 0, "note": ""}
    row.update({k: v for k, v in values.items() if k in KIND_FIELDS})
    row["name"] = " ".join(str(row["name"]).split())
    row["votes"], row["counts_as_life"] = int(bool(row["votes"])), int(bool(row["counts_as_life"]))
    problems = check_kind_values(row, builtin=False)
    if not problems and row["name"] in {k.name for k in kinds_for(store, org_uuid)}:
        problems["name"] = f"已有名为“{row['name']}”的会议类型"
    if problems:
        raise ValidationError(problems)
    code = f"custom-{new_uuid()[:12]}"
    with store.transaction():
        store.insert("meeting_kind", {**row, "org_uuid": org_uuid, "code": code})
    return code


def delete_custom_kind(store: Store, org_uuid: str, code: str) -> None:
    if code in KINDS:
        raise UserError("内置会议类型不能删除。")
    used = store.scalar("SELECT count(*) FROM meeting WHERE kind = ? AND deleted = 0", (code,))
    if used:
        raise UserError(f"已有 {used} 次会议使用这个类型，不能删除。")
    rows = store.query("SELECT uuid FROM meeting_kind WHERE org_uuid = ? AND code = ? AND deleted = 0",
                       (org_uuid, code))
    if not rows:
        raise UserError("这个会议类型不是在本组织定义的，请到定义它的上级组织删除。")
    with store.transaction():
        for r in rows:
            store.tombstone("meeting_kind", r["uuid"])


# ----- people and attendance -------------------------------------------------------------------

PRESENT, LEAVE, ABSENT, EXCUSED, GUEST, UNRECORDED = "出席", "请假", "缺席", "不计应到", "列席", ""
MEMBER_STATUSES = (PRESENT, LEAVE, ABSENT, EXCUSED)
# RULES.md §2: people who need not be counted as "should attend" (with the upper organisation's
# consent and the meeting's approval).
EXCUSE_REASONS = (
    "因病不能表达本人意志",
    "自费出国半年以上",
    "正在服刑",
    "长期卧床、生活不能自理",
    "外出半年以上应转未转组织关系",
)
COMMON_LEAVE_REASONS = ("外出务工", "生病住院", "身体原因", "家中有事", "公务外出", "年老体弱")
GRADES = ("优秀", "合格", "基本合格", "不合格")
VOTE_TYPES = ("表决", "选举")
VOTE_METHODS = ("举手表决", "无记名投票")
_POST_ORDER = ("书记", "副书记", "组织委员", "宣传委员", "纪检委员")


def is_committee_post(post: str) -> bool:
    post = (post or "").strip()
    return bool(post) and (post.endswith("书记") or post.endswith("委员")) and "党小组" not in post


def _post_rank(post: str) -> int:
    post = (post or "").strip()
    if post in _POST_ORDER:
        return _POST_ORDER.index(post)
    if is_committee_post(post):
        return len(_POST_ORDER)
    if post == "党小组组长":
        return len(_POST_ORDER) + 1
    return len(_POST_ORDER) + 2


def category_on(member: dict, day: str) -> str:
    """正式 or 预备 on a day: probation runs from the join date to the conversion date."""
    if member.get("category") == "预备":
        return "预备"
    conversion = member.get("conversion_date")
    if conversion and day < conversion:
        return "预备"
    return "正式"


def expected_people(store: Store, branch_uuid: str, audience: str, group_uuid: str | None,
                    day: str) -> list[dict]:
    """The members expected at a meeting on ``day``: on the branch's roll that day (by their status
    events), narrowed to a 党小组 or to the committee. Committee first, then by pinyin."""
    clauses, params = ["m.org_uuid = ?", "m.deleted = 0"], [day, branch_uuid]
    if audience == "group":
        clauses.append("m.group_uuid = ?")
        params.append(group_uuid)
    rows = store.query(f"""
        SELECT m.uuid, m.name, m.category, m.conversion_date, m.join_date, m.party_post, m.status,
               m.name_pinyin, m.is_flowing, m.elderly_infirm,
               (SELECT e.to_status FROM member_event e WHERE e.member_uuid = m.uuid AND e.deleted = 0
                  AND e.event_date <= ? ORDER BY e.event_date DESC, e.created_hlc DESC LIMIT 1) AS status_then,
               (SELECT count(*) FROM member_event e WHERE e.member_uuid = m.uuid AND e.deleted = 0) AS events
        FROM member m WHERE {' AND '.join(clauses)}""", params)
    out = []
    for r in rows:
        on_roll = r["status_then"] == codes.ACTIVE if r["events"] else (
            r["status"] == codes.ACTIVE and (r["join_date"] or "") <= day)
        if not on_roll:
            continue
        if audience == "committee" and not is_committee_post(r["party_post"]):
            continue
        category = category_on(r, day)
        out.append({"member_uuid": r["uuid"], "name": r["name"], "category": category,
                    "has_vote": 1 if category == "正式" else 0, "status": UNRECORDED, "reason": "",
                    "note": "", "party_post": r["party_post"], "is_flowing": r["is_flowing"],
                    "_sort": (_post_rank(r["party_post"]), r["name_pinyin"], r["uuid"])})
    out.sort(key=lambda p: p.pop("_sort"))
    return out


@dataclass(frozen=True)
class Tally:
    """Derived attendance figures (应到/实到 are never typed)."""

    expected: int = 0          # 应到: member rows not excused (不计应到)
    present: int = 0           # 实到
    leave: int = 0             # 请假
    absent: int = 0            # 缺席
    excused: int = 0           # 不计应到
    unrecorded: int = 0        # not yet marked
    guests: int = 0            # 列席
    voting_expected: int = 0   # 应到有表决权: full members not excused
    voting_present: int = 0
    voting_away: int = 0       # voting members on leave or absent (may give written opinions)


def tally(people: Iterable[dict]) -> Tally:
    counts = dict.fromkeys(("expected", "present", "leave", "absent", "excused", "unrecorded", "guests",
                            "voting_expected", "voting_present", "voting_away"), 0)
    for p in people:
        status = p.get("status") or UNRECORDED
        if status == GUEST or not p.get("member_uuid"):
            counts["guests"] += 1
            continue
        if status == EXCUSED:
            counts["excused"] += 1
            continue
        counts["expected"] += 1
        vote = bool(p.get("has_vote"))
        counts["voting_expected"] += vote
        if status == PRESENT:
            counts["present"] += 1
            counts["voting_present"] += vote
        elif status == LEAVE:
            counts["leave"] += 1
            counts["voting_away"] += vote
        elif status == ABSENT:
            counts["absent"] += 1
            counts["voting_away"] += vote
        else:
            counts["unrecorded"] += 1
    return Tally(**counts)


@dataclass(frozen=True)
class VoteResult:
    quorum_ok: bool
    quorum_text: str            # e.g. "应到有表决权党员 20 名，实到 15 名，超过半数"
    passed: bool
    votes_in_favour: int        # present + written
    needed: int                 # votes in favour needed to pass
    text: str                   # one line for the record: 通过 / 未通过 and why


def quorum_ok(t: Tally, audience: str = "branch", vote_type: str = "表决") -> bool:
    """RULES.md §2. Branch meetings: more than half of the voting members who should attend are
    present (elections: at least four fifths). Committee: more than half of its members present."""
    if audience == "committee":
        return t.present * 2 > t.expected
    if vote_type == "选举":
        return t.voting_present * 5 >= t.voting_expected * 4 and t.voting_expected > 0
    return t.voting_present * 2 > t.voting_expected


def vote_result(t: Tally, vote: dict, audience: str = "branch") -> VoteResult:
    """Passes when the votes in favour (written opinions of absent voting members included) exceed
    half of the voting members who should attend — not of those present (RULES.md §2)."""
    vote_type = vote.get("vote_type") or "表决"
    base = t.expected if audience == "committee" else t.voting_expected
    present = t.present if audience == "committee" else t.voting_present
    who = "委员" if audience == "committee" else "有表决权的党员"
    ok = quorum_ok(t, audience, vote_type)
    share = "五分之四" if vote_type == "选举" and audience != "committee" else "半数"
    quorum_text = (f"应到{who} {base} 名，实到 {present} 名，"
                   f"{'达到' if ok else '未达到'}{'不少于' if share == '五分之四' else '超过'}{share}的要求")
    in_favour = int(vote.get("votes_for") or 0) + int(vote.get("written_for") or 0)
    needed = base // 2 + 1
    passed = ok and in_favour >= needed
    if not ok:
        text = "到会人数不足，不能作出决议"
    elif passed:
        text = f"赞成 {in_favour} 票，超过应到{who}半数（{needed} 票），通过"
    else:
        text = f"赞成 {in_favour} 票，未超过应到{who}半数（需 {needed} 票），未通过"
    return VoteResult(ok, quorum_text, passed, in_favour, needed, text)


# ----- drafts: what the editor holds -----------------------------------------------------------

MEETING_FIELDS = ("org_uuid", "group_uuid", "kind", "record_no", "title", "held_on", "start_time", "end_time",
                  "place", "host", "recorder", "lecturer", "topic", "agenda", "minutes", "decisions", "note")
FIELD_LABELS = {
    "org_uuid": "所属支部", "group_uuid": "党小组", "kind": "会议类型", "record_no": "记录编号", "title": "会议名称",
    "held_on": "会议日期", "start_time": "开始时间", "end_time": "结束时间", "place": "地点", "host": "主持人",
    "recorder": "记录人", "lecturer": "讲课人", "topic": "党课主题", "agenda": "议题", "minutes": "会议内容",
    "decisions": "决议", "note": "备注",
}
PERSON_FIELDS = ("member_uuid", "name", "category", "has_vote", "status", "reason", "note", "sort_order")
VOTE_FIELDS = ("seq", "subject", "vote_type", "method", "votes_for", "votes_against", "votes_abstain",
               "written_for", "written_against", "written_abstain", "note")
VOTE_COUNTS = ("votes_for", "votes_against", "votes_abstain", "written_for", "written_against", "written_abstain")
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
_TIME = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")


@dataclass
class NewAttachment:
    file_name: str
    data: bytes
    caption: str = ""

    @property
    def sha256(self) -> str:
        import hashlib   # here, not on top: ~15 ms of start-up for the window

        return hashlib.sha256(self.data).hexdigest()


@dataclass
class MeetingDraft:
    """A meeting as the editor holds it: fields, people (members and 列席 guests), votes, grades
    (民主评议党员: member uuid → grade, "" = not graded) and attachment changes."""

    values: dict
    people: list[dict] = field(default_factory=list)
    votes: list[dict] = field(default_factory=list)
    grades: dict[str, str] = field(default_factory=dict)
    attachments: list[dict] = field(default_factory=list)      # stored ones (metadata), for display
    add_files: list[NewAttachment] = field(default_factory=list)
    remove_files: list[str] = field(default_factory=list)      # attachment uuids


@dataclass
class MeetingCheck:
    values: dict
    problems: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    tally: Tally = Tally()
    vote_results: list[VoteResult] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)     # normalised rows, as save_meeting writes them
    votes: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _fmt(template: str, **values) -> str:
    class Safe(dict):
        def __missing__(self, key):
            return ""
    return template.format_map(Safe(values)).strip() if template else ""


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def template_values(kind: MeetingKind, day: dt.date, group_name: str = "", branch_name: str = "") -> dict:
    params = dict(year=day.year, month=day.month, quarter="一二三四"[quarter_of(day) - 1], group=group_name,
                  branch=branch_name)
    return {"title": _fmt(kind.template_title, **params), "agenda": _fmt(kind.template_agenda, **params),
            "minutes": _fmt(kind.template_minutes, **params)}


def _officer(people: list[dict], *posts: str) -> str:
    for post in posts:
        for p in people:
            if (p.get("party_post") or "") == post:
                return p["name"]
    return ""


def new_draft(store: Store, branch_uuid: str, kind_code: str, group_uuid: str | None = None,
              day: dt.date | None = None) -> MeetingDraft:
    """A new meeting half-filled: the kind's template, the roster on the day, the usual host and
    recorder, and the place used last time."""
    day = day or dt.date.today()
    kind = kind_for(store, branch_uuid, kind_code)
    branch = store.query_one("SELECT name FROM org_unit WHERE uuid = ?", (branch_uuid,)) or {"name": ""}
    group_name = ""
    if kind.audience == "group" and group_uuid:
        group_name = store.scalar("SELECT name FROM org_unit WHERE uuid = ?", (group_uuid,)) or ""
    elif kind.audience != "group":
        group_uuid = None
    people = expected_people(store, branch_uuid, kind.audience, group_uuid, day.isoformat())
    everyone = people if kind.audience == "branch" else expected_people(
        store, branch_uuid, "branch", None, day.isoformat())
    if kind.audience == "group":
        host = _officer(people, "党小组组长") or _officer(everyone, "书记")
    else:
        host = _officer(everyone, "书记", "副书记")
    recorder = _officer(everyone, "组织委员", "宣传委员", "副书记")
    place = store.scalar("SELECT place FROM meeting WHERE org_uuid = ? AND deleted = 0 AND place != '' "
                         "ORDER BY held_on DESC, hlc DESC LIMIT 1", (branch_uuid,)) or ""
    values = dict.fromkeys(MEETING_FIELDS, "")
    values.update(org_uuid=branch_uuid, group_uuid=group_uuid, kind=kind.code, held_on=day.isoformat(),
                  place=place, host=host if host != recorder else "", recorder=recorder,
                  **template_values(kind, day, group_name, branch["name"]))
    if kind.code == LECTURE:
        values["lecturer"] = host
    return MeetingDraft(values, people)


def load_draft(store: Store, uuid: str) -> MeetingDraft:
    meeting = get_meeting(store, uuid)
    people = store.query("SELECT uuid, member_uuid, name, category, has_vote, status, reason, note, sort_order "
                         "FROM meeting_attendance WHERE meeting_uuid = ? AND deleted = 0 "
                         "ORDER BY status = '列席', sort_order, name", (uuid,))
    posts = {r["uuid"]: r["party_post"] for r in store.query(
        "SELECT m.uuid, m.party_post FROM member m JOIN meeting_attendance a ON a.member_uuid = m.uuid "
        "WHERE a.meeting_uuid = ? AND a.deleted = 0", (uuid,))}
    for p in people:
        p["party_post"] = posts.get(p["member_uuid"], "")
    votes = store.query(f"SELECT uuid, {', '.join(VOTE_FIELDS)} FROM meeting_vote "
                        "WHERE meeting_uuid = ? AND deleted = 0 ORDER BY seq, created_hlc", (uuid,))
    grades = {r["member_uuid"]: r["grade"] for r in store.query(
        "SELECT member_uuid, grade FROM appraisal WHERE meeting_uuid = ? AND deleted = 0", (uuid,))}
    return MeetingDraft({k: meeting[k] for k in MEETING_FIELDS}, people, votes, grades,
                        attachments(store, uuid))


def get_meeting(store: Store, uuid: str) -> dict:
    row = store.query_one("SELECT * FROM meeting WHERE uuid = ? AND deleted = 0", (uuid,))
    if row is None:
        raise UserError("该会议记录不存在或已被删除。")
    return row


# ----- checking -------------------------------------------------------------------------------

def _clean_text(value) -> str:
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def _clean_line(value) -> str:
    return " ".join(str(value or "").split())


def _count(value) -> int | None:
    if value in (None, ""):
        return 0
    try:
        n = int(str(value).strip())
    except ValueError:
        return None
    return n if n >= 0 else None


def check_meeting(store: Store, draft: MeetingDraft, uuid: str | None = None,
                  today: dt.date | None = None) -> MeetingCheck:
    """Normalise and check a draft; every problem is reported, by field, in Chinese.

    Problem keys are meeting fields, ``attendance`` / ``attendance.<row>`` for the people,
    ``votes.<row>`` for votes, ``grades`` for the 民主评议 grades and ``attachments``."""
    today = today or dt.date.today()
    v = {k: draft.values.get(k) for k in MEETING_FIELDS}
    for key in ("title", "place", "host", "recorder", "lecturer", "topic", "start_time", "end_time", "record_no"):
        v[key] = _clean_line(v[key])
    for key in ("agenda", "minutes", "decisions", "note"):
        v[key] = _clean_text(v[key])
    v["group_uuid"] = v["group_uuid"] or None
    out = MeetingCheck(v)
    p, w = out.problems, out.warnings

    branch = store.query_one("SELECT uuid, kind, name FROM org_unit WHERE uuid = ? AND deleted = 0",
                             (v["org_uuid"] or "",))
    kind = None
    if branch is None or branch["kind"] not in codes.BRANCH_KINDS:
        p["org_uuid"] = "请选择会议所属的党支部"
    else:
        known = {k.code: k for k in kinds_for(store, branch["uuid"])}
        kind = known.get(v["kind"] or "")
        if kind is None:
            p["kind"] = "请选择会议类型"
    if kind is not None:
        if kind.audience == "group":
            group = store.query_one("SELECT parent_uuid, kind FROM org_unit WHERE uuid = ? AND deleted = 0",
                                    (v["group_uuid"] or "",))
            if not v["group_uuid"]:
                p["group_uuid"] = "党小组会请选择党小组"
            elif not group or group["kind"] != "group" or group["parent_uuid"] != branch["uuid"]:
                p["group_uuid"] = "所选党小组不属于该支部"
        elif v["group_uuid"]:
            p["group_uuid"] = f"{kind.name}以支部为单位召开，不选党小组"

    day = None
    try:
        day = dt.date.fromisoformat(str(v["held_on"] or "").strip()) if v["held_on"] else None
    except ValueError:
        p["held_on"] = f"会议日期“{v['held_on']}”不是有效日期（格式：2025-07-01）"
    if day is None and "held_on" not in p:
        p["held_on"] = "请填写会议日期"
    elif day is not None:
        v["held_on"] = day.isoformat()
        if day > today + dt.timedelta(days=366):
            p["held_on"] = "会议日期不能晚于一年以后"
        elif day.year < 1921:
            p["held_on"] = "会议日期有误"
    held = day is not None and day <= today

    times = {}
    for key in ("start_time", "end_time"):
        if v[key]:
            m = _TIME.match(v[key])
            if not m:
                p[key] = f"{FIELD_LABELS[key]}应为“时:分”，如 09:00"
            else:
                v[key] = f"{int(m[1]):02d}:{m[2]}"
                times[key] = v[key]
    if len(times) == 2 and times["end_time"] <= times["start_time"]:
        p["end_time"] = "结束时间应晚于开始时间"

    if not v["title"]:
        p["title"] = "请填写会议名称"
    if not v["host"]:
        p["host"] = "请填写主持人"
    if not v["recorder"]:
        w.append("未填写记录人")
    if not v["place"]:
        w.append("未填写会议地点")
    if kind is not None and kind.code == LECTURE:
        if not v["lecturer"]:
            p["lecturer"] = "党课请填写讲课人"
        if not v["topic"]:
            p["topic"] = "党课请填写主题"
    if held and not v["minutes"]:
        w.append("会议已召开，尚未填写会议内容")

    people = _check_people(draft.people, held, p)
    out.tally = t = tally(people)
    if held and t.unrecorded:
        names = [x["name"] for x in people if x.get("member_uuid") and not x.get("status")]
        p["attendance"] = f"还有 {t.unrecorded} 人未登记出席情况：{'、'.join(names[:8])}" + \
            ("等" if len(names) > 8 else "")
    if not t.expected and not t.excused and "attendance" not in p:
        p["attendance"] = "应到人员名单为空：请按花名册生成名单"

    audience = kind.audience if kind else "branch"
    votes = _check_votes(draft.votes, kind, held, t, p)
    for i, vote in enumerate(votes):
        result = vote_result(t, vote, audience)
        out.vote_results.append(result)
        if not result.quorum_ok and f"votes.{i}" not in p:
            source = (SRC_ELECTION if vote.get("vote_type") == "选举" and audience != "committee" else
                      SRC_BRANCH_RULES + ("第十二条" if audience == "committee" else "第十一条"))
            w.append(f"表决事项“{vote['subject']}”：{result.quorum_text}，会议不能作出决议（{source}）")
    if held and kind is not None and kind.votes and not votes and v["decisions"] and not quorum_ok(t, audience):
        w.append("会议作出了决议，但到会人数未达到规定要求")

    _check_grades(draft, kind, people, p, w)
    _check_files(draft, p)
    out.people, out.votes = people, votes
    return out


def _check_people(people: list[dict], held: bool, p: dict) -> list[dict]:
    clean, seen = [], set()
    for i, raw in enumerate(people):
        row = {k: raw.get(k) for k in PERSON_FIELDS}
        row["uuid"] = raw.get("uuid")
        row["name"] = _clean_line(row["name"])
        row["reason"] = _clean_line(row["reason"])
        row["note"] = _clean_line(row["note"])
        row["status"] = row["status"] or UNRECORDED
        row["member_uuid"] = row["member_uuid"] or None
        row["has_vote"] = 1 if row["has_vote"] and row["member_uuid"] else 0
        row["category"] = row["category"] if row["member_uuid"] else ""
        key = f"attendance.{i}"
        who = row["name"] or f"第 {i + 1} 行"
        if row["member_uuid"] is None:
            row["status"] = GUEST
            if not row["name"]:
                p[key] = f"列席人员第 {i + 1} 行请填写姓名"
        else:
            if row["member_uuid"] in seen:
                p[key] = f"{who}在名单中重复"
            seen.add(row["member_uuid"])
            if row["status"] not in (*MEMBER_STATUSES, UNRECORDED):
                p[key] = f"{who}的出席情况“{row['status']}”无效"
            elif row["status"] == LEAVE and not row["reason"]:
                p[key] = f"{who}请假，请填写请假原因"
            elif row["status"] == EXCUSED and row["reason"] not in EXCUSE_REASONS:
                p[key] = f"{who}不计入应到人数，须属于规定情形：{'；'.join(EXCUSE_REASONS)}"
            elif not held and row["status"] in (PRESENT, ABSENT):
                p[key] = f"会议尚未召开，不能登记{who}“{row['status']}”"
            if row["status"] not in (LEAVE, EXCUSED):
                row["reason"] = ""
        row["sort_order"] = i
        clean.append(row)
    return clean


def _check_votes(votes: list[dict], kind: MeetingKind | None, held: bool, t: Tally, p: dict) -> list[dict]:
    clean = []
    for i, raw in enumerate(votes):
        row = {k: raw.get(k) for k in VOTE_FIELDS}
        row["uuid"] = raw.get("uuid")
        row["subject"] = _clean_line(row["subject"])
        row["note"] = _clean_line(row["note"])
        row["vote_type"] = row["vote_type"] or "表决"
        row["method"] = _clean_line(row["method"])
        row["seq"] = i + 1
        key = f"votes.{i}"
        label = f"第 {i + 1} 项表决" + (f"“{row['subject']}”" if row["subject"] else "")
        bad = [c for c in VOTE_COUNTS if _count(row[c]) is None]
        for c in VOTE_COUNTS:
            row[c] = _count(row[c]) or 0
        if kind is not None and not kind.votes:
            p[key] = f"{kind.name}不进行表决；需要表决的事项请在支部党员大会或支部委员会上表决"
        elif not row["subject"]:
            p[key] = f"{label}：请填写表决事项"
        elif row["vote_type"] not in VOTE_TYPES:
            p[key] = f"{label}：表决类型无效"
        elif bad:
            p[key] = f"{label}：票数应为不小于0的整数"
        elif not held:
            p[key] = f"{label}：会议尚未召开，不能登记表决结果"
        else:
            committee = kind is not None and kind.audience == "committee"
            present = t.present if committee else t.voting_present
            away = (t.leave + t.absent) if committee else t.voting_away
            cast = row["votes_for"] + row["votes_against"] + row["votes_abstain"]
            written = row["written_for"] + row["written_against"] + row["written_abstain"]
            if cast + written == 0:
                p[key] = f"{label}：请填写赞成、反对、弃权票数"
            elif cast > present:
                p[key] = f"{label}：到会表决 {cast} 票，多于到会有表决权的 {present} 人"
            elif written > away:
                p[key] = f"{label}：书面意见 {written} 份，多于未到会有表决权的 {away} 人"
        clean.append(row)
    return clean


def _check_grades(draft: MeetingDraft, kind: MeetingKind | None, people: list[dict], p: dict, w: list) -> None:
    grades = {m: g for m, g in (draft.grades or {}).items() if g}
    if not grades:
        if kind is not None and kind.code == APPRAISAL and any(x["status"] for x in people):
            w.append("尚未评定党员等次")
        return
    if kind is not None and kind.code != APPRAISAL:
        p["grades"] = "只有民主评议党员会议评定等次"
        return
    by_member = {x["member_uuid"]: x for x in people if x.get("member_uuid")}
    wrong = [by_member[m]["name"] for m, g in grades.items() if m in by_member and by_member[m]["category"] == "预备"]
    unknown = [m for m in grades if m not in by_member]
    invalid = [g for g in grades.values() if g not in GRADES]
    if invalid:
        p["grades"] = f"等次应为：{'、'.join(GRADES)}"
    elif unknown:
        p["grades"] = "评定等次的党员不在本次会议名单中"
    elif wrong:
        p["grades"] = f"预备党员参加评议但不评定等次：{'、'.join(wrong)}"
    if "grades" in p:
        return
    graded = len(grades)
    excellent = sum(1 for g in grades.values() if g == "优秀")
    if excellent * 3 > graded:
        w.append(f"评为优秀的 {excellent} 名，超过参评党员 {graded} 名的三分之一（一般不超过1/3）")
    full = [x for x in people if x.get("member_uuid") and x["category"] == "正式" and x["status"] != EXCUSED]
    missing = [x["name"] for x in full if x["member_uuid"] not in grades]
    if missing:
        w.append(f"还有 {len(missing)} 名正式党员未评定等次：{'、'.join(missing[:8])}" + ("等" if len(missing) > 8 else ""))


def _check_files(draft: MeetingDraft, p: dict) -> None:
    for f in draft.add_files:
        if len(f.data) > MAX_ATTACHMENT_BYTES:
            p["attachments"] = (f"附件“{f.file_name}”有 {len(f.data) / 1048576:.1f} MB，超过 "
                                f"{MAX_ATTACHMENT_BYTES // 1048576} MB 的上限，请压缩后再添加")
        elif not f.data:
            p["attachments"] = f"附件“{f.file_name}”是空文件"


# ----- saving ---------------------------------------------------------------------------------

def next_record_no(store: Store, branch_uuid: str, year: int) -> str:
    """记录编号: <year>-<sequence>, numbered per branch and year, e.g. 2025-007."""
    prefix = f"{year}-"
    used = [r["record_no"] for r in store.query(
        "SELECT record_no FROM meeting WHERE org_uuid = ? AND record_no LIKE ? AND deleted = 0",
        (branch_uuid, prefix + "%"))]
    seqs = [int(n[len(prefix):]) for n in used if n[len(prefix):].isdigit()]
    return f"{prefix}{max(seqs, default=0) + 1:03d}"


def save_meeting(store: Store, draft: MeetingDraft, uuid: str | None = None,
                 today: dt.date | None = None) -> str:
    """Write a meeting with its people, votes, grades and attachment changes in one transaction.
    Only what changed is written, so the audit log shows the real edits. Returns the uuid."""
    check = check_meeting(store, draft, uuid, today)
    if not check.ok:
        raise ValidationError(check.problems)
    values = dict(check.values)
    people, votes = check.people, check.votes
    branch = values["org_uuid"]
    year = values["held_on"][:4]
    with store.transaction():
        if uuid is None:
            if not values["record_no"].startswith(f"{year}-"):
                values["record_no"] = next_record_no(store, branch, int(year))
            uuid = store.insert("meeting", values)
            current_people, current_votes = {}, {}
        else:
            current = get_meeting(store, uuid)
            if current["org_uuid"] != branch:
                raise UserError("会议记录不能改到其他支部。")
            if not values["record_no"].startswith(f"{year}-"):
                values["record_no"] = next_record_no(store, branch, int(year))
            store.update("meeting", uuid, {k: v for k, v in values.items() if current[k] != v})
            current_people = {r["uuid"]: r for r in store.query(
                "SELECT * FROM meeting_attendance WHERE meeting_uuid = ? AND deleted = 0", (uuid,))}
            current_votes = {r["uuid"]: r for r in store.query(
                "SELECT * FROM meeting_vote WHERE meeting_uuid = ? AND deleted = 0", (uuid,))}
        _sync_rows(store, "meeting_attendance", uuid, branch, people, current_people, PERSON_FIELDS)
        _sync_rows(store, "meeting_vote", uuid, branch, votes, current_votes, VOTE_FIELDS)
        _save_grades(store, uuid, branch, int(year), draft.grades or {})
        _save_files(store, uuid, branch, draft)
    return uuid


def _sync_rows(store: Store, table: str, meeting_uuid: str, branch: str, rows: list[dict],
               current: dict[str, dict], fields: Sequence[str]) -> None:
    keep = set()
    fresh = []
    for row in rows:
        data = {k: row[k] for k in fields}
        old = current.get(row.get("uuid") or "")
        if old is None:
            fresh.append({**data, "org_uuid": branch, "meeting_uuid": meeting_uuid})
            continue
        keep.add(old["uuid"])
        changed = {k: val for k, val in data.items() if old[k] != val}
        if changed:
            store.update(table, old["uuid"], changed)
    for old_uuid in current:
        if old_uuid not in keep:
            store.tombstone(table, old_uuid)
    if fresh:
        store.insert_many(table, fresh)


def _save_grades(store: Store, meeting_uuid: str, branch: str, year: int, grades: dict[str, str]) -> None:
    current = {r["member_uuid"]: r for r in store.query(
        "SELECT * FROM appraisal WHERE org_uuid = ? AND year = ? AND deleted = 0 AND "
        "(meeting_uuid = ? OR member_uuid IN (SELECT value FROM json_each(?)))",
        (branch, year, meeting_uuid, json.dumps(list(grades))))}
    for member, grade in grades.items():
        old = current.get(member)
        if not grade:
            if old and old["meeting_uuid"] == meeting_uuid:
                store.tombstone("appraisal", old["uuid"])
        elif old is None:
            store.insert("appraisal", {"org_uuid": branch, "member_uuid": member, "meeting_uuid": meeting_uuid,
                                       "year": year, "grade": grade})
        elif old["grade"] != grade or old["meeting_uuid"] != meeting_uuid:
            store.update("appraisal", old["uuid"], {"grade": grade, "meeting_uuid": meeting_uuid})
    for member, old in current.items():
        if member not in grades and old["meeting_uuid"] == meeting_uuid:
            store.tombstone("appraisal", old["uuid"])


def _save_files(store: Store, meeting_uuid: str, branch: str, draft: MeetingDraft) -> None:
    for att in draft.remove_files:
        row = store.query_one("SELECT owner_uuid FROM attachment WHERE uuid = ? AND deleted = 0", (att,))
        if row and row["owner_uuid"] == meeting_uuid:
            store.tombstone("attachment", att)
    if not draft.add_files:
        return
    order = store.scalar("SELECT coalesce(max(sort_order), 0) FROM attachment WHERE owner_uuid = ?",
                         (meeting_uuid,))
    for i, f in enumerate(draft.add_files, 1):
        digest = f.sha256
        store.conn.execute("INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (?, ?, ?)",
                           (digest, len(f.data), f.data))
        store.insert("attachment", {"org_uuid": branch, "owner_uuid": meeting_uuid, "file_name": f.file_name,
                                    "mime": sniff_mime(f.data, f.file_name), "size": len(f.data),
                                    "sha256": digest, "caption": _clean_line(f.caption),
                                    "sort_order": order + i})


def delete_meeting(store: Store, uuid: str) -> None:
    """Tombstone a meeting entered by mistake with its attendance, votes, grades and attachments."""
    get_meeting(store, uuid)
    with store.transaction():
        for table, column in (("meeting_attendance", "meeting_uuid"), ("meeting_vote", "meeting_uuid"),
                              ("appraisal", "meeting_uuid"), ("attachment", "owner_uuid")):
            for r in store.query(f"SELECT uuid FROM {table} WHERE {column} = ? AND deleted = 0", (uuid,)):
                store.tombstone(table, r["uuid"])
        store.tombstone("meeting", uuid)


# ----- attachments ----------------------------------------------------------------------------

_MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"GIF8", "image/gif"),
          (b"BM", "image/bmp"), (b"%PDF-", "application/pdf"), (b"II*\x00", "image/tiff"),
          (b"MM\x00*", "image/tiff"))


def sniff_mime(data: bytes, file_name: str = "") -> str:
    """The type from the content's first bytes (a renamed file is still recognised), else the name."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    import mimetypes

    return mimetypes.guess_type(file_name)[0] or "application/octet-stream"


def is_image(mime: str) -> bool:
    return mime.startswith("image/")


def read_attachment_file(path: str | Path, caption: str = "") -> NewAttachment:
    """Read a file the clerk picked, with a plain message when that is not possible."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise UserError(f"文件“{path.name}”有 {size / 1048576:.1f} MB，超过 "
                            f"{MAX_ATTACHMENT_BYTES // 1048576} MB 的上限，请压缩后再添加。")
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取文件“{path}”：{exc.strerror or exc}") from exc
    return NewAttachment(path.name, data, caption)


def attachments(store: Store, owner_uuid: str) -> list[dict]:
    return store.query("SELECT uuid, file_name, mime, size, sha256, caption FROM attachment "
                       "WHERE owner_uuid = ? AND deleted = 0 ORDER BY sort_order, created_hlc", (owner_uuid,))


def attachment_data(store: Store, attachment_uuid: str) -> bytes:
    """The file's content, checked against its hash: a damaged copy is refused, never shown."""
    row = store.query_one("SELECT a.file_name, a.sha256, b.data FROM attachment a "
                          "LEFT JOIN blob b ON b.sha256 = a.sha256 WHERE a.uuid = ?", (attachment_uuid,))
    if row is None or row["data"] is None:
        raise UserError("附件内容不在本数据库中（可能尚未从其他电脑导入）。")
    data = bytes(row["data"])
    if NewAttachment("", data).sha256 != row["sha256"]:
        raise UserError(f"附件“{row['file_name']}”的内容与保存时的校验值不符，文件可能已损坏。")
    return data


# ----- lists and history ----------------------------------------------------------------------

@dataclass(frozen=True)
class MeetingFilter:
    branch_uuid: str
    year: int | None = None
    quarter: int | None = None          # 1..4, with year
    kind: str | None = None
    group_uuid: str | None = None


def list_meetings(store: Store, f: MeetingFilter) -> list[dict]:
    """Meetings of a branch, newest first, each with its derived attendance figures and flags."""
    clauses, params = ["m.org_uuid = ?", "m.deleted = 0"], [f.branch_uuid]
    if f.year:
        first, last = (1, 12) if not f.quarter else (3 * f.quarter - 2, 3 * f.quarter)
        clauses.append("m.held_on BETWEEN ? AND ?")
        params += [f"{f.year}-{first:02d}-01", f"{f.year}-{last:02d}-31"]
    if f.kind:
        clauses.append("m.kind = ?")
        params.append(f.kind)
    if f.group_uuid:
        clauses.append("m.group_uuid = ?")
        params.append(f.group_uuid)
    where = " AND ".join(clauses)
    rows = store.query(f"""
        SELECT m.uuid, m.kind, m.record_no, m.title, m.held_on, m.start_time, m.place, m.host, m.topic,
               m.group_uuid, coalesce(g.name, '') AS group_name, m.decisions != '' AS has_decisions
        FROM meeting m LEFT JOIN org_unit g ON g.uuid = m.group_uuid
        WHERE {where} ORDER BY m.held_on DESC, m.start_time DESC, m.record_no DESC""", params)
    if not rows:
        return rows
    people: dict[str, list[dict]] = {}
    for r in store.query(f"""
            SELECT a.meeting_uuid, a.member_uuid, a.has_vote, a.status FROM meeting_attendance a
            WHERE a.deleted = 0 AND a.meeting_uuid IN (SELECT m.uuid FROM meeting m WHERE {where})""", params):
        people.setdefault(r["meeting_uuid"], []).append(r)
    votes: dict[str, list[dict]] = {}
    for r in store.query(f"""
            SELECT v.* FROM meeting_vote v WHERE v.deleted = 0
            AND v.meeting_uuid IN (SELECT m.uuid FROM meeting m WHERE {where})""", params):
        votes.setdefault(r["meeting_uuid"], []).append(r)
    files = dict(store.conn.execute(f"""
        SELECT a.owner_uuid, count(*) FROM attachment a WHERE a.deleted = 0
        AND a.owner_uuid IN (SELECT m.uuid FROM meeting m WHERE {where}) GROUP BY a.owner_uuid""", params).fetchall())
    audiences = {k.code: k for k in kinds_for(store, f.branch_uuid)}
    for r in rows:
        t = tally(people.get(r["uuid"], ()))
        kind = audiences.get(r["kind"])
        r["kind_name"] = kind.name if kind else r["kind"]
        r["tally"] = t
        r["votes"] = len(votes.get(r["uuid"], ()))
        r["attachments"] = files.get(r["uuid"], 0)
        r["flags"] = meeting_flags(t, votes.get(r["uuid"], ()), kind)
    return rows


def meeting_flags(t: Tally, votes: Sequence[dict], kind: MeetingKind | None) -> list[str]:
    """What is wrong with a stored meeting, for the list and the binder."""
    flags = []
    audience = kind.audience if kind else "branch"
    if any(not vote_result(t, v, audience).quorum_ok for v in votes):
        flags.append("未达到规定人数却作出表决")
    if t.unrecorded:
        flags.append(f"{t.unrecorded} 人未登记出席情况")
    return flags


_ACTIONS = {"insert": "新增", "update": "修改", "delete": "删除"}


def _short(value, limit: int = 40) -> str:
    text = "（空）" if value in (None, "") else str(value).replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


def meeting_history(store: Store, uuid: str) -> list[dict]:
    """Who changed what in a meeting record and when (from the audit log), oldest first.

    Each entry: ``at`` (local time), ``account``, ``item`` (what was touched) and ``change`` (a
    readable old → new). Attendance rows written together (a new record's roster) are one entry."""
    children: dict[str, tuple[str, dict]] = {}
    for table, column in (("meeting_attendance", "meeting_uuid"), ("meeting_vote", "meeting_uuid"),
                          ("appraisal", "meeting_uuid"), ("attachment", "owner_uuid")):
        for r in store.query(f"SELECT * FROM {table} WHERE {column} = ?", (uuid,)):
            children[r["uuid"]] = (table, r)
    names = {r["uuid"]: r["name"] for r in store.query(
        "SELECT m.uuid, m.name FROM member m JOIN appraisal a ON a.member_uuid = m.uuid WHERE a.meeting_uuid = ?",
        (uuid,))}
    ids = [uuid, *children]
    entries: list[dict] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        entries += store.query(
            f"SELECT id, at, account, table_name, record_uuid, action, changes FROM audit_log "
            f"WHERE record_uuid IN ({','.join('?' * len(chunk))})", chunk)
    entries.sort(key=lambda e: e["id"])
    out: list[dict] = []
    grouped: dict[tuple, dict] = {}
    for e in entries:
        changes = json.loads(e["changes"])
        action = e["action"]
        if e["table_name"] == "meeting":
            if action == "update":
                for key, (old, new) in changes.items():
                    out.append(_entry(e, FIELD_LABELS.get(key, key), f"{_short(old)} → {_short(new)}"))
            else:
                out.append(_entry(e, "会议记录", "新建" if action == "insert" else "删除"))
            continue
        table, row = children[e["record_uuid"]]
        if table == "meeting_attendance":
            who = row["name"] + ("（列席）" if row["member_uuid"] is None else "")
            if action == "insert":
                key = (e["at"], e["account"], "attendance")
                if key in grouped:
                    grouped[key]["_names"].append(who)
                    grouped[key]["change"] = f"{len(grouped[key]['_names'])} 人：" + "、".join(
                        grouped[key]["_names"][:6]) + ("等" if len(grouped[key]["_names"]) > 6 else "")
                    continue
                entry = _entry(e, "出席名单", f"加入 {who}")
                entry["_names"] = [who]
                grouped[key] = entry
                out.append(entry)
            elif action == "update":
                parts = [f"{_PERSON_LABELS.get(k, k)}：{_short(o)} → {_short(n)}" for k, (o, n) in changes.items()]
                out.append(_entry(e, f"出席情况 {who}", "；".join(parts)))
            else:
                out.append(_entry(e, "出席名单", f"移出 {who}"))
        elif table == "meeting_vote":
            subject = row["subject"]
            if action == "update":
                parts = [f"{_VOTE_LABELS.get(k, k)}：{_short(o)} → {_short(n)}" for k, (o, n) in changes.items()]
                out.append(_entry(e, f"表决 {subject}", "；".join(parts)))
            else:
                out.append(_entry(e, "表决事项", f"{_ACTIONS[action]}“{subject}”"))
        elif table == "appraisal":
            who = names.get(row["member_uuid"], "")
            if action == "update" and "grade" in changes:
                old, new = changes["grade"]
                out.append(_entry(e, f"评议等次 {who}", f"{old} → {new}"))
            elif action != "update":
                out.append(_entry(e, f"评议等次 {who}", f"评为{row['grade']}" if action == "insert" else "撤销"))
        elif table == "attachment":
            out.append(_entry(e, "附件", f"{'添加' if action == 'insert' else _ACTIONS[action]}“{row['file_name']}”"))
    for entry in out:
        entry.pop("_names", None)
    return out


_PERSON_LABELS = {"status": "出席情况", "reason": "原因", "note": "备注", "name": "姓名", "category": "类别",
                  "has_vote": "表决权", "sort_order": "顺序"}
_VOTE_LABELS = {"subject": "事项", "vote_type": "类型", "method": "方式", "votes_for": "赞成",
                "votes_against": "反对", "votes_abstain": "弃权", "written_for": "书面赞成",
                "written_against": "书面反对", "written_abstain": "书面弃权", "note": "备注", "seq": "序号"}


def _entry(e: dict, item: str, change: str) -> dict:
    return {"at": e["at"].replace("T", " "), "account": e["account"], "item": item, "change": change}


def appraisal_summary(store: Store, branch_uuid: str, year: int) -> dict:
    """Grades of a branch's 民主评议党员 for a year: counts per grade and each member's grade."""
    rows = store.query("SELECT a.member_uuid, m.name, a.grade FROM appraisal a JOIN member m ON m.uuid = a.member_uuid "
                       "WHERE a.org_uuid = ? AND a.year = ? AND a.deleted = 0 ORDER BY m.name_pinyin",
                       (branch_uuid, year))
    counts = {g: sum(1 for r in rows if r["grade"] == g) for g in GRADES}
    return {"year": year, "graded": len(rows), "counts": counts, "members": rows,
            "too_many_excellent": counts["优秀"] * 3 > len(rows)}


def branches_under(store: Store, org_uuid: str | None) -> list[dict]:
    """The branches (党支部, 联合党支部) at or below an organisation, in tree order; for a 党小组,
    the branch it belongs to."""
    from djdesk.core import orgs

    nodes = orgs.tree(store, org_uuid) if org_uuid else orgs.tree(store)
    if len(nodes) == 1 and nodes[0].kind == "group":
        nodes = orgs.tree(store, nodes[0].parent_uuid)[:1]
    return [{"uuid": n.uuid, "name": n.name, "kind": n.kind} for n in nodes if n.kind in codes.BRANCH_KINDS]


def groups_of(store: Store, branch_uuid: str) -> list[dict]:
    return store.query("SELECT uuid, name FROM org_unit WHERE parent_uuid = ? AND kind = 'group' AND deleted = 0 "
                       "ORDER BY sort_order, name", (branch_uuid,))


def refresh_people(store: Store, draft: MeetingDraft) -> list[dict]:
    """The roster for the draft's kind, group and date, keeping what is already recorded for
    people still on it, and the 列席 guests."""
    v = draft.values
    kind = kind_for(store, v["org_uuid"], v["kind"])
    fresh = expected_people(store, v["org_uuid"], kind.audience, v.get("group_uuid"), v["held_on"])
    old = {p.get("member_uuid"): p for p in draft.people if p.get("member_uuid")}
    out = []
    for p in fresh:
        before = old.get(p["member_uuid"])
        if before:
            p.update({k: before.get(k) for k in ("uuid", "status", "reason", "note") if before.get(k) is not None})
        out.append(p)
    return out + [p for p in draft.people if not p.get("member_uuid")]


# ----- what the printed records show -------------------------------------------------------------

def print_data(store: Store, uuids: Sequence[str]) -> list[dict]:
    """Everything the sign-in sheet, the meeting record and the year binder print, for some
    meetings (in the order given). Names come as recorded on the day."""
    if not uuids:
        return []
    from djdesk.core import orgs

    out = []
    marks = lambda n: ",".join("?" * n)  # noqa: E731
    rows = {r["uuid"]: r for r in store.query(
        f"SELECT m.*, coalesce(g.name, '') AS group_name FROM meeting m LEFT JOIN org_unit g ON g.uuid = m.group_uuid "
        f"WHERE m.uuid IN ({marks(len(uuids))}) AND m.deleted = 0", list(uuids))}
    people: dict[str, list[dict]] = {}
    votes: dict[str, list[dict]] = {}
    files: dict[str, list[str]] = {}
    ids = list(rows)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in store.query(f"SELECT * FROM meeting_attendance WHERE meeting_uuid IN ({marks(len(chunk))}) "
                             "AND deleted = 0 ORDER BY status = '列席', sort_order, name", chunk):
            people.setdefault(r["meeting_uuid"], []).append(r)
        for r in store.query(f"SELECT * FROM meeting_vote WHERE meeting_uuid IN ({marks(len(chunk))}) "
                             "AND deleted = 0 ORDER BY seq, created_hlc", chunk):
            votes.setdefault(r["meeting_uuid"], []).append(r)
        for r in store.query(f"SELECT owner_uuid, file_name FROM attachment WHERE owner_uuid IN "
                             f"({marks(len(chunk))}) AND deleted = 0 ORDER BY sort_order", chunk):
            files.setdefault(r["owner_uuid"], []).append(r["file_name"])
    kinds_by_branch: dict[str, dict[str, MeetingKind]] = {}
    names: dict[str, str] = {}
    for uuid in uuids:
        m = rows.get(uuid)
        if m is None:
            raise UserError("该会议记录不存在或已被删除。")
        branch = m["org_uuid"]
        if branch not in kinds_by_branch:
            kinds_by_branch[branch] = {k.code: k for k in kinds_for(store, branch)}
            names[branch] = orgs.full_name(store, branch)
        kind = kinds_by_branch[branch].get(m["kind"]) or MeetingKind(m["kind"], m["kind"], "none")
        ppl = people.get(uuid, [])
        t = tally(ppl)
        grades = {}
        if kind.code == APPRAISAL:
            grades = {r["member_uuid"]: r["grade"] for r in store.query(
                "SELECT member_uuid, grade FROM appraisal WHERE meeting_uuid = ? AND deleted = 0", (uuid,))}
        vote_rows = [{**v, "result": vote_result(t, v, kind.audience)} for v in votes.get(uuid, [])]
        time_text = cn_date(m["held_on"])
        if m["start_time"]:
            time_text += f" {m['start_time']}" + (f"—{m['end_time']}" if m["end_time"] else "")
        out.append({
            **m, "kind_name": kind.name, "audience": kind.audience, "votes_allowed": kind.votes,
            "org_name": names[branch], "branch_name": names[branch].split(" / ")[-1], "date_text": time_text,
            "tally": t, "people": [p for p in ppl if p["member_uuid"]],
            "present": [p["name"] for p in ppl if p["status"] == PRESENT],
            "leave": [(p["name"], p["reason"]) for p in ppl if p["status"] == LEAVE],
            "absent": [p["name"] for p in ppl if p["status"] == ABSENT],
            "excused": [(p["name"], p["reason"]) for p in ppl if p["status"] == EXCUSED],
            "unrecorded": [p["name"] for p in ppl if p["member_uuid"] and not p["status"]],
            "guests": [(p["name"], p["note"]) for p in ppl if not p["member_uuid"]],
            "votes": vote_rows, "flags": meeting_flags(t, votes.get(uuid, ()), kind),
            "attachments": files.get(uuid, []),
            "grades": [(p["name"], grades.get(p["member_uuid"], "")) for p in ppl
                       if p["member_uuid"] and p["category"] == "正式" and p["status"] != EXCUSED] if grades else [],
        })
    return out


def year_meeting_uuids(store: Store, branch_uuid: str, year: int) -> list[str]:
    """A branch's meetings held in a year, in date order (the year binder's order)."""
    return [r["uuid"] for r in store.query(
        "SELECT uuid FROM meeting WHERE org_uuid = ? AND held_on BETWEEN ? AND ? AND deleted = 0 "
        "ORDER BY held_on, start_time, record_no", (branch_uuid, f"{year}-01-01", f"{year}-12-31"))]


def find_meeting(store: Store, ref: str, branch_uuid: str | None = None) -> str:
    """A meeting by uuid or by 记录编号 (e.g. 2025-007; with the branch when several have it)."""
    ref = (ref or "").strip()
    rows = store.query("SELECT m.uuid, m.org_uuid, o.name FROM meeting m JOIN org_unit o ON o.uuid = m.org_uuid "
                       "WHERE m.deleted = 0 AND (m.uuid = ? OR m.record_no = ?)"
                       + (" AND m.org_uuid = ?" if branch_uuid else ""),
                       (ref, ref, branch_uuid) if branch_uuid else (ref, ref))
    if not rows:
        raise UserError(f"找不到会议“{ref}”（可用 djdesk-cli meetings list 查看记录编号）")
    if len(rows) > 1:
        raise UserError(f"有 {len(rows)} 个支部都有记录编号为“{ref}”的会议（"
                        f"{'、'.join(r['name'] for r in rows[:5])}），请用 --branch 指定支部")
    return rows[0]["uuid"]


def keeper_of(store: Store, branch_uuid: str) -> str:
    """Who keeps the records (RULES.md §2: the 组织委员), else the secretary."""
    for post in ("组织委员", "书记"):
        name = store.scalar("SELECT name FROM member WHERE org_uuid = ? AND party_post = ? AND deleted = 0 "
                            "AND status = ? ORDER BY name_pinyin LIMIT 1", (branch_uuid, post, codes.ACTIVE))
        if name:
            return name
    return ""


def apply_kind_changes(store: Store, org_uuid: str, settings: dict[str, dict], new: Sequence[dict] = (),
                       removed: Sequence[str] = ()) -> list[str]:
    """One edit of the kinds dialog, in one transaction: settings of existing kinds (code →
    values), new custom kinds, custom kinds removed. Problems name the kind they belong to."""
    names = {k.code: k.name for k in kinds_for(store, org_uuid)}
    added = []
    with store.transaction():
        for code in removed:
            delete_custom_kind(store, org_uuid, code)
        for code, values in settings.items():
            try:
                save_kind_settings(store, org_uuid, code, values)
            except ValidationError as exc:
                raise ValidationError({f"{code}.{k}": f"{names.get(code, code)}：{m}" for k, m in exc.problems.items()})
        for i, values in enumerate(new):
            try:
                added.append(add_custom_kind(store, org_uuid, values))
            except ValidationError as exc:
                label = values.get("name") or f"新类型 {i + 1}"
                raise ValidationError({f"new{i}.{k}": f"{label}：{m}" for k, m in exc.problems.items()})
    return added
