"""Organisational thresholds checked over the org tree, shown as warnings (never enforced).

Each rule names its source (RULES.md §3–4). ``RULESET`` is stamped on every result so a later
change of regulation can be added as a new rule set without rewriting what was reported.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from djdesk.core import codes
from djdesk.core.orgs import tree
from djdesk.core.store import Store

RULESET = "2019-2020"  # 支部工作条例(2018), 农村基层组织工作条例(2019), 选举工作条例(2020)

SRC_BRANCH = "《中国共产党支部工作条例（试行）》第四条、第十条"
SRC_VILLAGE = "《中国共产党农村基层组织工作条例》"
SRC_DEVELOP = "《中国共产党发展党员工作细则》"
SRC_BACKGROUND = "项目背景材料：“三个问题”排查（可在设置中关闭）"


@dataclass(frozen=True)
class RuleSettings:
    """Configurable thresholds; the defaults follow RULES.md."""

    min_full_members: int = 3             # a 党支部 needs ≥3 full members
    max_branch_members: int = 50          # normally ≤ 50
    committee_from: int = 7               # committee required at ≥7 full members
    committee_max: int = 7                # generally no more than 7 committee members
    village_term_years: int = 5           # village/community organisations
    other_term_years: int = 3             # other grassroots organisations
    three_problems: bool = True
    village_min_members: int = 10
    young_age: int = 40
    probation_months: int = 12


@dataclass(frozen=True)
class RuleWarning:
    code: str
    org_uuid: str
    org_name: str
    message: str
    source: str
    level: str = "warning"            # warning | info
    member_uuid: str | None = None
    ruleset: str = RULESET
    section: str = "org"              # checks.SECTIONS: org | meetings | dues | sites


@dataclass
class _Tally:
    total: int = 0
    full: int = 0
    women: int = 0
    youngest: str = ""                # latest birth date seen
    counts: dict = field(default_factory=dict)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_rules(store: Store, root_uuid: str | None = None, today: dt.date | None = None,
                settings: RuleSettings = RuleSettings()) -> list[RuleWarning]:
    today = today or dt.date.today()
    s = settings
    nodes = tree(store, root_uuid)
    by_uuid = {n.uuid: n for n in nodes}
    tally: dict[str, _Tally] = defaultdict(_Tally)
    for r in store.query("""SELECT org_uuid, count(*) AS total, sum(category = '正式') AS full,
                                   sum(gender = '女') AS women, max(birth_date) AS youngest
                            FROM member WHERE deleted = 0 AND status = ? GROUP BY org_uuid""",
                         (codes.ACTIVE,)):
        # roll each branch's numbers up to every ancestor inside the tree
        uuid = r["org_uuid"]
        while uuid in by_uuid:
            t = tally[uuid]
            t.total += r["total"]
            t.full += r["full"] or 0
            t.women += r["women"] or 0
            t.youngest = max(t.youngest, r["youngest"] or "")
            uuid = by_uuid[uuid].parent_uuid
    org_rows = {r["uuid"]: r for r in store.query(
        "SELECT uuid, committee_size, committee_elected_on FROM org_unit WHERE deleted = 0")}
    children_kinds: dict[str, set] = defaultdict(set)
    for n in nodes:
        if n.parent_uuid:
            children_kinds[n.parent_uuid].add(n.kind)

    out: list[RuleWarning] = []

    def warn(code, node, message, source, level="warning", member=None):
        out.append(RuleWarning(code, node.uuid, node.name, message, source, level, member))

    for n in nodes:
        t = tally[n.uuid]
        org = org_rows[n.uuid]
        if n.kind in codes.BRANCH_KINDS:
            if t.full < s.min_full_members:
                warn("branch_too_small", n, f"正式党员 {t.full} 名，少于 {s.min_full_members} 名，"
                     "应与邻近单位成立联合党支部或调整设置", SRC_BRANCH)
            if t.total > s.max_branch_members:
                warn("branch_too_large", n, f"党员 {t.total} 名，超过 {s.max_branch_members} 名，"
                     "一般应分设党支部或成立党总支", SRC_BRANCH, "info")
            if t.full >= s.committee_from and not org["committee_size"]:
                warn("committee_missing", n, f"正式党员 {t.full} 名（7名以上），应设立支部委员会",
                     SRC_BRANCH)
        if n.kind in codes.PARTY_ORG_KINDS:
            if org["committee_size"] > s.committee_max:
                warn("committee_too_large", n, f"委员会 {org['committee_size']} 人，一般不超过 "
                     f"{s.committee_max} 人", SRC_BRANCH, "info")
            in_village = any(a.kind in ("village", "community") for a in _up(by_uuid, n))
            term = s.village_term_years if in_village else s.other_term_years
            elected = org["committee_elected_on"]
            if elected:
                due = _add_years(dt.date.fromisoformat(elected), term)
                if due < today:
                    warn("term_expired", n, f"{elected[:7].replace('-', '年')}月换届，{term}年任期已于 "
                         f"{due.isoformat()} 届满，应按期换届", SRC_VILLAGE if in_village else SRC_BRANCH)
            else:
                warn("term_unknown", n, "未记录上次换届时间，无法检查任期", SRC_VILLAGE, "info")
        if n.kind in ("village", "community"):
            kinds = children_kinds[n.uuid]
            if t.total > 100 and "party_committee" not in kinds:
                warn("may_form_committee", n, f"党员 {t.total} 名（100名以上），经县级党委批准可成立党委",
                     SRC_VILLAGE, "info")
            elif t.total > 50 and not kinds & {"general_branch", "party_committee"}:
                warn("may_form_general_branch", n, f"党员 {t.total} 名（50名以上），可成立党总支",
                     SRC_VILLAGE, "info")
            if s.three_problems:
                young_limit = _add_years(today, -s.young_age).isoformat()
                if t.total < s.village_min_members:
                    warn("few_members", n, f"全村党员仅 {t.total} 名，少于 {s.village_min_members} 名",
                         SRC_BACKGROUND)
                if t.total and t.youngest < young_limit:
                    warn("no_young_members", n, f"没有 {s.young_age} 岁以下党员", SRC_BACKGROUND)
                if t.total and not t.women:
                    warn("no_women", n, "没有女党员", SRC_BACKGROUND)

    cutoff = _add_months(today, -s.probation_months).isoformat()
    for m in store.query("""SELECT uuid, name, org_uuid, join_date FROM member
                            WHERE deleted = 0 AND status = ? AND category = '预备' AND join_date < ?
                            ORDER BY join_date""", (codes.ACTIVE, cutoff)):
        node = by_uuid.get(m["org_uuid"])
        if node:
            warn("probation_overdue", node, f"预备党员{m['name']}自 {m['join_date']} 入党，预备期已满一年，"
                 "应及时讨论转正或延长预备期", SRC_DEVELOP, member=m["uuid"])
    return out


def _up(by_uuid: dict, node) -> list:
    chain = []
    while node.parent_uuid in by_uuid:
        node = by_uuid[node.parent_uuid]
        chain.append(node)
    return chain


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
