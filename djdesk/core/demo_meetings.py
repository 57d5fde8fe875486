"""Demo step: three years of 三会一课 records with attendance (issue #3).

From 1 January two years before the demo's "today" up to today, every branch holds its meetings
on its own rhythm (a fixed 主题党日 day each month, 支部委员会 early in the month, 党员大会 and 党课
each quarter, 党小组会 per group, 组织生活会 and 民主评议党员 in December), with realistic gaps:

- each branch has a profile: most hold everything ("model"/"good"), some skip meetings
  ("patchy"), a few hold little ("poor" — always the deliberately tiny joint branch);
- members attend mostly; migrant workers (流动党员) ask leave "外出务工" except around the
  Spring Festival; very old, infirm members are on leave or, when bedridden, not counted (不计应到);
- a few members drift away: absent without leave from some month on, so some have reached the
  six-month flag by today and some are on their way (four or five months);
- the 党员大会 that accepted a probationary member is held on the member's join date and records
  the vote, as does the one that converted them; one 党员大会 in the first township decided
  without quorum, and one branch rated more than a third of its members 优秀 (both to show the
  warnings).

County scale: every meeting of ~660 branches for three years is ≈ 2 million attendance rows
(measured here: about 2 minutes and 1 GB through ``Store.insert_many``), so the county demo gives
meetings to the first township only (the one that shows every rule example), from 1 January of
the previous year; the benchmark builds a full county year on its own (benchmarks/bench_meetings.py).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from djdesk.core import codes
from djdesk.core.demo import Branch, DemoContext, Person, Weighted, _rint, _uuid
from djdesk.core.meetings import (ABSENT, APPRAISAL, ASSEMBLY, COMMITTEE, EXCUSED, GROUP, KINDS, LEAVE, LECTURE,
                                  LIFE, PRESENT, THEME_DAY, category_on, is_committee_post, template_values)

CHUNK = 5000
PROFILES = Weighted((("model", 40), ("good", 33), ("patchy", 19), ("poor", 8)))
# chance of skipping a meeting in a period, by profile: (monthly kinds, quarterly kinds, yearly kinds)
SKIP = {"model": (0.0, 0.0, 0.0), "good": (0.04, 0.03, 0.0), "patchy": (0.25, 0.2, 0.3),
        "poor": (0.55, 0.5, 0.5)}
LEAVE_REASONS = Weighted((("家中有事", 30), ("身体原因", 25), ("公务外出", 15), ("生病住院", 10),
                          ("走亲访友", 8), ("农忙", 12)))
LECTURE_TOPICS = (
    "学习党章，做合格党员", "农村党员在乡村振兴中的先锋模范作用", "严守党的纪律和规矩", "发扬党的优良传统和作风",
    "新时代农村党员的责任与担当", "发展壮大村级集体经济", "密切党群干群关系", "学习身边的优秀共产党员",
    "党员的权利和义务", "基层党组织建设与村级治理", "守初心、担使命", "厉行节约、移风易俗",
)
THEME_ACTIVITIES = (
    "清理村庄环境卫生", "走访慰问困难党员和群众", "义务植树", "防汛安全巡查", "关爱留守老人和儿童",
    "禁毒和反诈骗宣传", "森林防火巡查", "帮助群众抢收", "清理河道沟渠", "政策宣讲进农户",
    "设立党员先锋岗服务群众", "修整村组道路",
)
STUDY = (
    "学习上级党委近期会议和文件精神", "学习《中国共产党章程》有关章节", "学习《中国共产党农村基层组织工作条例》",
    "学习《中国共产党支部工作条例（试行）》", "学习乡村振兴有关政策", "学习先进典型事迹",
    "学习安全生产有关规定", "学习《中国共产党纪律处分条例》有关条款",
)
VILLAGE_MATTERS = (
    "关于村组道路硬化项目的决议", "关于村级集体经济合作社年度分红方案的决议", "关于党员联系户安排的决议",
    "关于村级公益事业一事一议筹资方案的决议", "关于推荐村级后备干部人选的决议", "关于上年度党费收缴情况的报告",
)
COMMITTEE_ITEMS = (
    "研究本月党员教育计划", "研究发展党员工作", "研究党费收缴情况", "研究走访困难党员安排",
    "研究村级重点工作推进", "研究主题党日活动安排", "研究党员积分管理", "研究矛盾纠纷排查化解",
)


@dataclass
class _Plan:
    """One branch's rhythm and the people the generator knows of."""

    branch: Branch
    profile: str
    theme_day: int
    place: str
    people: list[Person]
    since: dict[str, str]                    # member uuid -> on the roll since (ISO)
    until: dict[str, str]                    # member uuid -> off the roll from (ISO), if left
    drift: dict[str, str] = field(default_factory=dict)    # member uuid -> absent from (ISO)
    groups: list[dict] = field(default_factory=list)


class _Writer:
    """Collects rows and writes them in chunks with Store.insert_many (one transaction: create_demo's)."""

    def __init__(self, ctx: DemoContext, insert: Callable[[str, list[dict]], object] | None = None):
        self.insert = insert or ctx.store.insert_many
        self.rows: dict[str, list[dict]] = {"meeting": [], "meeting_attendance": [], "meeting_vote": [],
                                            "appraisal": []}
        self.written = 0

    def add(self, table: str, row: dict) -> None:
        rows = self.rows[table]
        rows.append(row)
        if len(rows) >= CHUNK:
            self.flush(table)

    def flush(self, table: str | None = None) -> None:
        for name in ([table] if table else list(self.rows)):
            if self.rows[name]:
                self.insert(name, self.rows[name])
                self.written += len(self.rows[name])
                self.rows[name] = []


def _place(branch: Branch, rng: random.Random) -> str:
    if branch.setting == "village":
        return rng.choice((f"{branch.place}党群服务中心会议室", f"{branch.place}村部会议室",
                           f"{branch.place}党员活动室"))
    if branch.setting == "community":
        return f"{branch.place}党群服务中心"
    if branch.setting == "retired":
        return "老干部活动中心"
    return rng.choice(("三楼会议室", "党员活动室", "二楼小会议室"))


def _roll(ctx: DemoContext, people: list[Person]) -> tuple[dict[str, str], dict[str, str]]:
    since, until = {}, {}
    for p in people:
        uuid = p.row["uuid"]
        for e in p.events:
            if e["kind"] in ("入册", "转入", "恢复党籍"):
                since[uuid] = e["event_date"]
            elif e["to_status"] != codes.ACTIVE:
                until[uuid] = e["event_date"]
        since.setdefault(uuid, p.row["join_date"])
    return since, until


def make_meetings(ctx: DemoContext, *, first_year: int | None = None, everywhere: bool | None = None,
                  insert: Callable[[str, list[dict]], object] | None = None) -> None:
    """The demo step. ``first_year`` and ``everywhere`` (all townships of a county) default to the
    scale's choice (see the module docstring); ``insert(table, rows)`` replaces
    ``Store.insert_many`` (the benchmark's bulk loader)."""
    rng = ctx.rng("meetings")
    today = ctx.today
    county = ctx.scale == "county"
    if everywhere is None:
        everywhere = not county
    if first_year is None:
        first_year = today.year - 1 if county else today.year - 2
    by_branch: dict[str, list[Person]] = {}
    for p in ctx.people:
        by_branch.setdefault(p.branch.uuid, []).append(p)
    township_of = _townships(ctx)
    first_township = next((o["uuid"] for o in ctx.orgs if o["kind"] == "township"), None)
    plans = []
    for branch in ctx.branches:
        people = by_branch.get(branch.uuid, [])
        since, until = _roll(ctx, people)
        profile = "poor" if branch.tiny else PROFILES.pick(rng)
        plan = _Plan(branch, profile, _rint(rng, 1, 15), _place(branch, rng), people, since, until,
                     groups=branch.groups)
        plans.append(plan)
    active = [p for p in plans if everywhere or township_of.get(p.branch.uuid) == first_township]
    _pick_drifters(rng, active, today)
    examples = {"no_quorum": None, "many_excellent": None}
    local = [p for p in plans if township_of.get(p.branch.uuid) == first_township and not p.branch.tiny]
    patchy = [p for p in local if p.profile in ("patchy", "good")] or local
    if patchy:
        examples["no_quorum"] = patchy[0].branch.uuid
        examples["many_excellent"] = (local[1] if len(local) > 1 else local[0]).branch.uuid
    writer = _Writer(ctx, insert)
    for i, plan in enumerate(active):
        _BranchGenerator(rng, plan, today, first_year, writer, examples).run()
        ctx.report((i + 1) / len(active))
    writer.flush()


def _townships(ctx: DemoContext) -> dict[str, str]:
    parent = {o["uuid"]: o["parent_uuid"] for o in ctx.orgs}
    kind = {o["uuid"]: o["kind"] for o in ctx.orgs}
    out = {}
    for b in ctx.branches:
        up = b.uuid
        while up and kind.get(up) != "township":
            up = parent.get(up)
        out[b.uuid] = up
    return out


def _pick_drifters(rng: random.Random, plans: list[_Plan], today: dt.date) -> None:
    """A few members stop coming, without leave, some months ago: a spread of 3 to 9 months, so
    some are flagged by today and some are at risk."""
    candidates = [(plan, p) for plan in plans if plan.profile in ("model", "good") for p in plan.people
                  if p.active and not p.row["party_post"] and not p.row["is_flowing"]
                  and not p.row["elderly_infirm"] and p.row["category"] == "正式"]
    count = max(4, len(candidates) // 250)
    for n, (plan, p) in enumerate(rng.sample(candidates, min(count, len(candidates)))):
        months_ago = (3, 4, 5, 7, 9)[n % 5]
        index = today.year * 12 + today.month - 1 - months_ago
        plan.drift[p.row["uuid"]] = dt.date(index // 12, index % 12 + 1, 1).isoformat()


class _BranchGenerator:
    def __init__(self, rng: random.Random, plan: _Plan, today: dt.date, start_year: int, writer: _Writer,
                 examples: dict):
        self.rng, self.plan, self.today, self.writer = rng, plan, today, writer
        self.start_year = start_year
        self.examples = examples
        self.branch = plan.branch
        officers = {p.row["party_post"]: p.row["name"] for p in plan.people if p.active and p.row["party_post"]}
        self.secretary = officers.get("书记", "")
        self.recorder = officers.get("组织委员") or officers.get("宣传委员") or officers.get("副书记") or ""
        if self.recorder == self.secretary:
            self.recorder = ""
        self.committee = [p for p in plan.people if is_committee_post(p.row["party_post"])]
        self.kinds = KINDS
        self.rows: list[dict] = []           # numbered in date order and written at the end

    # ----- who is there --------------------------------------------------------------------------

    def on_roll(self, day: str, people: list[Person]) -> list[Person]:
        since, until = self.plan.since, self.plan.until
        return [p for p in people if since[p.row["uuid"]] <= day
                and (p.row["uuid"] not in until or until[p.row["uuid"]] > day)]

    def status(self, p: Person, day: dt.date, committee: bool) -> tuple[str, str]:
        rng, row = self.rng, p.row
        iso = day.isoformat()
        drift = self.plan.drift.get(row["uuid"])
        if drift and iso >= drift:
            return ABSENT, ""
        age = day.year - p.birth.year
        if row["elderly_infirm"] and age >= 85 and rng.random() < 0.7:
            return EXCUSED, "长期卧床、生活不能自理"
        if row["elderly_infirm"] and rng.random() < 0.6:
            return LEAVE, "年老体弱"
        if row["is_flowing"] and row["flowing_since"] and row["flowing_since"] <= iso:
            home = day.month in (1, 2) and rng.random() < 0.6          # back for the Spring Festival
            if home:
                return PRESENT, ""
            return (LEAVE, "外出务工") if rng.random() < 0.88 else (ABSENT, "")
        r = rng.random()
        present = 0.95 if committee else 0.89
        if r < present:
            return PRESENT, ""
        if r < present + 0.075:
            return LEAVE, LEAVE_REASONS.pick(rng)
        return ABSENT, ""

    # ----- meetings ------------------------------------------------------------------------------

    def run(self) -> None:
        today = self.today
        rng = self.rng
        joins: dict[tuple[int, int], list[tuple[str, Person, str]]] = {}
        for p in self.plan.people:
            for key, kind in (("join_date", "join"), ("conversion_date", "convert")):
                value = p.row[key]
                if value and f"{self.start_year}-01-01" <= value <= today.isoformat():
                    d = dt.date.fromisoformat(value)
                    joins.setdefault((d.year, (d.month - 1) // 3), []).append((value, p, kind))
        skip_m, skip_q, skip_y = SKIP[self.plan.profile]
        for year in range(self.start_year, today.year + 1):
            for q in range(4):
                months = [3 * q + 1, 3 * q + 2, 3 * q + 3]
                if dt.date(year, months[0], 1) > today:
                    break
                for month in months:
                    if dt.date(year, month, 1) > today:
                        break
                    self.month(year, month, skip_m)
                # quarterly: the 党员大会 (on each acceptance/conversion day, else one of its own)
                votes_days = sorted(joins.get((year, q), []), key=lambda x: x[0])
                assembly_days = sorted({d for d, _, _ in votes_days})
                for day in assembly_days:
                    items = [(p, kind) for d, p, kind in votes_days if d == day]
                    self.assembly(dt.date.fromisoformat(day), items)
                if not assembly_days and rng.random() >= skip_q:
                    day = self.day_in(year, months[rng.randrange(1, 3)], self.plan.theme_day)
                    if day <= today:
                        self.assembly(day, [])
                if rng.random() >= skip_q:
                    day = self.day_in(year, months[rng.randrange(3)], self.plan.theme_day)
                    if day <= today:
                        self.lecture(day)
            december = dt.date(year, 12, _rint(rng, 18, 28))
            if december <= today:
                if rng.random() >= skip_y:
                    self.simple(LIFE, december, "14:30", "17:00")
                if rng.random() >= skip_y:
                    self.appraisal(december)
        # the best-run branches have entered next month's 主题党日 already (a plan: nobody marked yet)
        if self.plan.profile == "model":
            month_index = today.year * 12 + today.month
            planned = self.day_in(month_index // 12, month_index % 12 + 1, self.plan.theme_day)
            if planned.year == today.year:
                self.theme_day(planned, planned=True)
        # 记录编号 run per year in date order, as a clerk numbers the pages of the book
        self.rows.sort(key=lambda r: (r["held_on"], r["start_time"]))
        seq: dict[str, int] = {}
        for row in self.rows:
            year_key = row["held_on"][:4]
            seq[year_key] = seq.get(year_key, 0) + 1
            row["record_no"] = f"{year_key}-{seq[year_key]:03d}"
            self.writer.add("meeting", row)

    def day_in(self, year: int, month: int, day: int) -> dt.date:
        return dt.date(year, month, min(day, 28))

    def month(self, year: int, month: int, skip: float) -> None:
        rng, today = self.rng, self.today
        theme = self.day_in(year, month, self.plan.theme_day)
        if rng.random() >= skip and theme <= today:
            self.theme_day(theme)
        if self.branch.row["committee_size"] and rng.random() >= skip:
            day = self.day_in(year, month, max(1, self.plan.theme_day - _rint(rng, 1, 4)))
            if day <= today:
                self.committee_meeting(day)
        for group in self.plan.groups:
            if rng.random() >= skip * 1.3 + (0.05 if self.plan.profile == "good" else 0):
                day = self.day_in(year, month, _rint(rng, 16, 28))
                if day <= today:
                    self.group_meeting(day, group)

    def meeting(self, kind: str, day: dt.date, people: list[Person], *, start: str, end: str,
                group: dict | None = None, planned: bool = False, committee: bool = False,
                values: dict | None = None, force_low: bool = False) -> tuple[dict, list[dict]]:
        rng = self.rng
        uuid = _uuid(rng)
        spec = self.kinds[kind]
        base = template_values(spec, day, group["name"] if group else "", self.branch.row["name"])
        host = self.secretary
        if group is not None:
            leader = next((p.row["name"] for p in people if p.row["party_post"] == "党小组组长"), "")
            host = leader or self.secretary
        row = {"uuid": uuid, "org_uuid": self.branch.uuid, "group_uuid": group["uuid"] if group else None,
               "kind": kind, "record_no": "", "title": base["title"], "held_on": day.isoformat(),
               "start_time": start, "end_time": end, "place": self.plan.place, "host": host or "（未记录）",
               "recorder": self.recorder if self.recorder != host else "", "lecturer": "", "topic": "",
               "agenda": base["agenda"], "minutes": "", "decisions": "", "note": ""}
        if values:
            row.update(values)
        iso = day.isoformat()
        attendance = []
        present = 0
        for order, p in enumerate(sorted(people, key=lambda x: (not is_committee_post(x.row["party_post"]),
                                                                  x.row["name_pinyin"]))):
            category = category_on(p.row, iso)
            if planned:
                status, reason = "", ""
                if p.row["is_flowing"] and rng.random() < 0.5:
                    status, reason = LEAVE, "外出务工"
            elif force_low and category == "正式":
                status, reason = (PRESENT, "") if rng.random() < 0.3 else (LEAVE, "农忙")
            else:
                status, reason = self.status(p, day, committee)
            present += status == PRESENT
            attendance.append({"uuid": _uuid(rng), "org_uuid": self.branch.uuid, "meeting_uuid": uuid,
                               "member_uuid": p.row["uuid"], "name": p.row["name"], "category": category,
                               "has_vote": int(category == "正式"), "status": status, "reason": reason,
                               "note": "", "sort_order": order})
        if not planned:
            row["minutes"] = self.minutes(kind, row, attendance)
        self.rows.append(row)
        for a in attendance:
            self.writer.add("meeting_attendance", a)
        return row, attendance

    def minutes(self, kind: str, row: dict, attendance: list[dict]) -> str:
        rng = self.rng
        present = sum(a["status"] == PRESENT for a in attendance)
        head = f"会议由{row['host']}主持，应到 {sum(a['status'] != EXCUSED for a in attendance)} 人，实到 {present} 人。"
        if kind == THEME_DAY:
            activity = rng.choice(THEME_ACTIVITIES)
            return (f"{head}\n一、重温入党誓词\n{row['host']}领誓，全体党员面向党旗重温入党誓词。\n"
                    f"二、集中学习\n{rng.choice(STUDY)}。\n三、交纳党费\n到会党员按月交纳党费。\n"
                    f"四、议事议题\n通报本月村级重点工作，党员就群众关心的问题发表意见。\n"
                    f"五、志愿服务\n会后全体党员{activity}。")
        if kind == COMMITTEE:
            items = rng.sample(COMMITTEE_ITEMS, 2)
            return (f"{head}\n一、传达学习\n{rng.choice(STUDY)}。\n二、{items[0]}\n委员逐一发表意见，形成一致意见。\n"
                    f"三、{items[1]}\n明确分工和完成时限。")
        if kind == GROUP:
            return (f"{head}\n一、学习\n{rng.choice(STUDY)}。\n二、交流思想、汇报工作\n"
                    "小组党员逐一汇报本月思想和联系群众情况，组长作小结。")
        if kind == LECTURE:
            return (f"{head}\n一、讲授党课\n{row['lecturer']}以“{row['topic']}”为题讲授党课，结合本村实际，"
                    "讲解了党员应当履行的义务和发挥作用的具体做法。\n二、交流讨论\n党员结合自身实际交流学习体会。")
        if kind == LIFE:
            return (f"{head}\n一、通报整改落实情况\n支部书记通报上年度组织生活会查摆问题的整改落实情况。\n"
                    "二、支部委员会对照检查\n支部书记代表支部委员会作对照检查发言。\n"
                    "三、批评和自我批评\n党员逐一发言，开展批评和自我批评，提出意见建议。\n"
                    "四、整改事项\n会议梳理问题清单，明确整改措施、责任人和时限。")
        if kind == APPRAISAL:
            return (f"{head}\n一、个人自评\n党员逐一对照合格党员标准进行自评。\n二、党员互评\n党员相互评议，"
                    "肯定成绩，指出不足。\n三、民主测评\n发放并收回民主测评表。\n"
                    "四、评定等次\n支部委员会根据测评结果，综合评定党员等次。")
        return head

    def theme_day(self, day: dt.date, planned: bool = False) -> None:
        self.meeting(THEME_DAY, day, self.on_roll(day.isoformat(), self.plan.people), start="09:00",
                     end="11:30", planned=planned)

    def committee_meeting(self, day: dt.date) -> None:
        people = [p for p in self.on_roll(day.isoformat(), self.committee)]
        if len(people) >= 2:
            self.meeting(COMMITTEE, day, people, start="19:30", end="21:00", committee=True,
                         values={"decisions": "会议研究确定了本月重点工作和责任分工。"})

    def group_meeting(self, day: dt.date, group: dict) -> None:
        people = [p for p in self.on_roll(day.isoformat(), self.plan.people) if p.row["group_uuid"] == group["uuid"]]
        if people:
            self.meeting(GROUP, day, people, start="19:00", end="20:30", group=group)

    def lecture(self, day: dt.date) -> None:
        rng = self.rng
        lecturer = self.secretary or "乡镇党委联系干部"
        if rng.random() < 0.2:
            lecturer = rng.choice(("乡镇党委书记", "乡镇党委组织委员", "驻村第一书记", "县委党校教师"))
        self.meeting(LECTURE, day, self.on_roll(day.isoformat(), self.plan.people), start="10:00", end="11:30",
                     values={"lecturer": lecturer, "topic": rng.choice(LECTURE_TOPICS)})

    def simple(self, kind: str, day: dt.date, start: str, end: str) -> None:
        self.meeting(kind, day, self.on_roll(day.isoformat(), self.plan.people), start=start, end=end)

    def assembly(self, day: dt.date, items: list[tuple[Person, str]]) -> None:
        rng = self.rng
        force_low = (self.examples.get("no_quorum") == self.branch.uuid and not items
                     and day.year == self.today.year - 1 and not self.examples.get("no_quorum_done"))
        subjects = []
        for p, kind in items:
            name = p.row["name"]
            subjects.append((f"接收{name}同志为中共预备党员" if kind == "join" else f"{name}同志按期转为中共正式党员",
                             "无记名投票"))
        if not items and (force_low or rng.random() < 0.35):
            subjects.append((rng.choice(VILLAGE_MATTERS), "举手表决"))
        decisions = "；".join(s for s, _ in subjects) + "。" if subjects else ""
        agenda = [s.removeprefix("关于").removesuffix("的决议") for s, _ in subjects] or [rng.choice(STUDY)]
        agenda += ["通报本季度支部工作", "党员交流发言"]
        people = self.on_roll(day.isoformat(), self.plan.people)
        row, attendance = self.meeting(ASSEMBLY, day, people, start="14:30", end="16:30", force_low=force_low,
                                       values={"decisions": decisions, "agenda": "\n".join(
                                           f"{'一二三四五六七八九十'[i]}、{a}" for i, a in enumerate(agenda))})
        if force_low:
            self.examples["no_quorum_done"] = True
        voting = [a for a in attendance if a["has_vote"] and a["status"] != EXCUSED]
        present = sum(a["status"] == PRESENT for a in voting)
        away = sum(a["status"] in (LEAVE, ABSENT) for a in voting)
        lines = [row["minutes"]]
        for seq, (subject, method) in enumerate(subjects, 1):
            against = 1 if present > 8 and rng.random() < 0.15 else 0
            abstain = 1 if present > 5 and rng.random() < 0.2 else 0
            written = min(away, _rint(rng, 0, 2))
            votes_for = max(present - against - abstain, 0)
            self.writer.add("meeting_vote", {
                "uuid": _uuid(rng), "org_uuid": self.branch.uuid, "meeting_uuid": row["uuid"], "seq": seq,
                "subject": subject, "vote_type": "表决", "method": method,
                "votes_for": votes_for, "votes_against": against,
                "votes_abstain": abstain, "written_for": written, "written_against": 0, "written_abstain": 0,
                "note": ""})
            lines.append(f"{'一二三四五六七八九十'[seq - 1]}、{subject.removesuffix('的决议')}")
            if method == "无记名投票":
                lines.append("支部书记介绍有关情况，入党介绍人发言，党员充分讨论后进行无记名投票。")
            else:
                lines.append("会议听取了情况说明，党员逐一发表意见，随后举手表决。")
            lines.append(f"表决结果：赞成 {votes_for} 票，反对 {against} 票，弃权 {abstain} 票"
                         + (f"，另收到书面意见 {written} 份（均为赞成）" if written else "") + "。")
        if not subjects:
            lines.append("一、集中学习\n" + rng.choice(STUDY) + "。\n二、通报本季度支部工作\n"
                         "支部书记通报本季度支部工作和下一阶段安排。\n三、党员交流发言")
        row["minutes"] = "\n".join(lines)

    def appraisal(self, day: dt.date) -> None:
        rng = self.rng
        row, attendance = self.meeting(APPRAISAL, day, self.on_roll(day.isoformat(), self.plan.people),
                                       start="09:00", end="11:30")
        uuid = row["uuid"]
        full = [a for a in attendance if a["category"] == "正式" and a["status"] != EXCUSED]
        generous = self.examples.get("many_excellent") == self.branch.uuid and day.year == self.today.year - 1
        share = 0.45 if generous else rng.uniform(0.12, 0.3)
        excellent = set(rng.sample(range(len(full)), int(len(full) * share))) if full else set()
        for i, a in enumerate(full):
            if a["member_uuid"] in self.plan.drift:
                grade = "不合格" if day.isoformat() >= self.plan.drift[a["member_uuid"]] else "合格"
            elif i in excellent:
                grade = "优秀"
            else:
                grade = "基本合格" if rng.random() < 0.02 else "合格"
            self.writer.add("appraisal", {"uuid": _uuid(rng), "org_uuid": self.branch.uuid,
                                          "member_uuid": a["member_uuid"], "meeting_uuid": uuid, "year": day.year,
                                          "grade": grade, "note": ""})


def years_covered(today: dt.date) -> tuple[int, int]:
    """The first and last year the demo writes meetings for."""
    return today.year - 2, today.year

