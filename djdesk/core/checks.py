"""检查: every section's rule findings for an org subtree in one list (the 检查 button and dialog,
``djdesk-cli check``).

``all_warnings(store, org, settings, today, progress)`` gathers, as ``rules.RuleWarning`` with
their ``section``:

- ``org``      the org-tree rules (``rules.check_rules``: branch sizes, committees, terms, probation,
               the "three problems");
- ``meetings`` 三会一课: each branch and meeting kind with periods that ended in the last
               ``MEETINGS_LOOKBACK_DAYS`` without the meeting (``compliance.compliance`` of this year and
               the last, so a yearly 组织生活会 missed last December still shows in January); and
               members six consecutive months away from organisational life without leave in the
               last twelve months (``compliance.lapse_flags``, Party Constitution Art. 9);
- ``dues``     党费: members with six or more consecutive unpaid months (Party Constitution Art. 9,
               ``dues.arrears``), and branches holding collections of an ended year not remitted;
- ``sites``    活动场所 (``sites.site_warnings``: no site, area, remote education, repairs).

Ordered by org (tree order) then section (``SECTIONS``), each section keeping its producer's order;
the same finding twice is listed once. ``rules.check_rules`` itself is unchanged, so its other
users (the township summary's "three problems") keep their meaning.

**Cost** (county demo with a year of dues in every branch, 661 branches, 19,560 members; this
machine): org 0.04 s, sites 0.07 s, meetings (two years) 0.32 s, dues 1.0 s — for a township
0.02 / 0.03 / 0.02 / 0.05 s. The 检查 button counts on the GUI thread after every tree click, so
``quick_warnings`` leaves the heavy sections (``HEAVY_SECTIONS``) out when the subtree has more than
``QUICK_MAX_BRANCHES`` branches and says so; the dialog computes ``all_warnings`` on a worker.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from djdesk.core import codes, compliance, dues, meetings, rules, sites
from djdesk.core.money import yuan
from djdesk.core.orgs import tree
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.store import Store

# section code → label, in the order of the window's sections (花名册, 三会一课, 党费, 活动场所)
SECTIONS = {"org": "组织设置", "meetings": "三会一课", "dues": "党费", "sites": "活动场所"}
HEAVY_SECTIONS = ("meetings", "dues")
QUICK_MAX_BRANCHES = 120            # a township has 30–60 branches; a county several hundred
MEETINGS_LOOKBACK_DAYS = 366

SRC_LAPSE = ("《中国共产党章程》第九条；《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）"
             "第十三条：无正当理由连续6个月不交纳党费视为自行脱党")
SRC_LAPSE_MEETINGS = ("《中国共产党章程》第九条：无正当理由连续6个月不参加党的组织生活，视为自行脱党"
                      "（由支部党员大会决定除名；本软件只作提醒）")
# no article sets a branch's schedule (RULES.md §1.5: local, monthly, quarterly or half-yearly); every
# one of them has last year's collections remitted early in this one
SRC_REMIT = ("《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）；党支部按当地规定按月、按季或"
             "按半年向上级党委上缴党费。本软件提醒：上一年收缴的党费最迟应在本年1月底前上缴完毕")


def meeting_warnings(store: Store, org_uuid: str | None, today: dt.date) -> list[rules.RuleWarning]:
    """One warning per branch and meeting kind with periods ended in the last year without it."""
    since = today - dt.timedelta(days=MEETINGS_LOOKBACK_DAYS)
    missed: dict[tuple[str, str], list] = defaultdict(list)     # (branch, kind name) → DueItems
    names, sources = {}, {}
    for year in (today.year - 1, today.year):
        for bc in compliance.compliance(store, year, root_uuid=org_uuid, as_of=today):
            names[bc.branch_uuid] = bc.branch_name
            sources.update({(bc.branch_uuid, k.kind.name): k.kind.source for k in bc.kinds})
            for item in bc.overdue:
                if item.deadline >= since:
                    missed[(bc.branch_uuid, item.kind_name)].append(item)
    out = []
    for (branch, kind_name), items in missed.items():
        periods = "；".join(f"{group} {_periods_text(group_items)}" if group else _periods_text(group_items)
                           for group, group_items in _by_group(items))
        out.append(rules.RuleWarning(
            "meeting_missed", branch, names[branch],
            f"近一年{kind_name}有 {len(items)} 期未按期召开：{periods}",
            sources.get((branch, kind_name)) or meetings.SRC_BRANCH_RULES, ruleset=compliance.RULESET,
            section="meetings"))
    for flag in compliance.lapse_flags(store, root_uuid=org_uuid, as_of=today):
        if flag.level == "flagged":
            out.append(rules.RuleWarning("meetings_lapse", flag.branch_uuid, flag.branch_name, flag.text,
                                         SRC_LAPSE_MEETINGS, member_uuid=flag.member_uuid,
                                         ruleset=compliance.RULESET, section="meetings"))
    return out


def _by_group(items: list) -> list[tuple[str, list]]:
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(item.group, []).append(item)
    return list(groups.items())


def _periods_text(items: list) -> str:
    """Monthly periods as runs (2025年3月至2026年2月, like the dues list), others one by one."""
    if all(i.period.endswith("月") for i in items):
        return dues.months_text([i.deadline.isoformat()[:7] for i in items])
    return "、".join(i.period for i in items)


def dues_warnings(store: Store, org_uuid: str | None, today: dt.date,
                  config: dues.DuesConfig | None = None) -> list[rules.RuleWarning]:
    """Members six or more consecutive months unpaid; branches holding an ended year's dues."""
    config = config or dues.DuesConfig()
    out = []
    branches = meetings.branches_under(store, org_uuid)
    names = {b["uuid"]: b["name"] for b in branches}
    for row in dues.arrears(store, org_uuid, today, config):
        if row.flagged:
            out.append(rules.RuleWarning(
                "dues_lapse", row.branch_uuid, row.branch_name,
                f"{row.name}连续{len(row.lapse_months)}个月（{dues.months_text(row.lapse_months)}）未交纳党费，"
                f"共欠交 {yuan(row.arrears_fen)} 元，应及时了解情况、提醒补交", SRC_LAPSE,
                member_uuid=row.member_uuid, ruleset=dues.ruleset_for(row.lapse_months[-1]).code, section="dues"))
    # a year's collections are remitted by the start of the next at the latest (every local schedule);
    # January is left for last December's batch
    year = today.year - 1 if today.month > 1 else today.year - 2
    for uuid, name in names.items():
        held = dues.expected_remittance(store, uuid, "0000-01", f"{year}-12", config)
        if held > 0:
            out.append(rules.RuleWarning(
                "dues_not_remitted", uuid, name, f"{year}年底前收缴的党费尚有 {yuan(held)} 元未上缴",
                SRC_REMIT, ruleset=dues.ruleset_for(f"{year}-12").code, section="dues"))
    return out


def site_warnings(store: Store, org_uuid: str | None, settings=None,
                  today: dt.date | None = None) -> list[rules.RuleWarning]:
    return [dataclasses.replace(w, section="sites") for w in sites.site_warnings(store, org_uuid, settings, today)]


def _dues_config(settings) -> dues.DuesConfig:
    return dues.DuesConfig.load(settings) if settings is not None else dues.DuesConfig()


def all_warnings(store: Store, org_uuid: str | None = None, settings=None, today: dt.date | None = None,
                 progress: Progress = NO_PROGRESS,
                 sections: tuple[str, ...] = tuple(SECTIONS)) -> list[rules.RuleWarning]:
    """Every section's findings for the subtree at ``org_uuid`` (None: the whole tree), ordered by
    org then section. ``settings`` (``core.settings.Settings``; None: the defaults) gives the
    sites' thresholds and the dues settings."""
    return _gather(store, org_uuid, tree(store, org_uuid), settings, today or dt.date.today(), progress, sections)


def _gather(store: Store, org_uuid: str | None, nodes: list, settings, today: dt.date, progress: Progress,
            sections: tuple[str, ...]) -> list[rules.RuleWarning]:
    producers = {
        "org": lambda: rules.check_rules(store, org_uuid, today=today),
        "meetings": lambda: meeting_warnings(store, org_uuid, today),
        "dues": lambda: dues_warnings(store, org_uuid, today, _dues_config(settings)),
        "sites": lambda: site_warnings(store, org_uuid, settings, today),
    }
    wanted = [s for s in SECTIONS if s in sections]
    found: list[rules.RuleWarning] = []
    for done, section in enumerate(wanted):
        progress.step(done, len(wanted))
        found += producers[section]()
    progress.step(len(wanted), len(wanted))
    order = {n.uuid: i for i, n in enumerate(nodes)}
    section_order = {s: i for i, s in enumerate(SECTIONS)}
    seen, out = set(), []
    for w in found:
        key = (w.section, w.code, w.org_uuid, w.member_uuid, w.message)
        if key not in seen:
            seen.add(key)
            out.append(w)
    out.sort(key=lambda w: (order.get(w.org_uuid, len(order)), section_order[w.section]))
    return out


@dataclasses.dataclass(frozen=True)
class QuickCheck:
    warnings: list[rules.RuleWarning]
    left_out: tuple[str, ...]            # sections not counted (subtree too big for the GUI thread)


def quick_warnings(store: Store, org_uuid: str | None = None, settings=None,
                   today: dt.date | None = None) -> QuickCheck:
    """What the 检查 button counts on the GUI thread: every section for a township or smaller,
    without ``HEAVY_SECTIONS`` above ``QUICK_MAX_BRANCHES`` branches (the dialog has them all)."""
    nodes = tree(store, org_uuid)
    big = sum(n.kind in codes.BRANCH_KINDS for n in nodes) > QUICK_MAX_BRANCHES
    left_out = HEAVY_SECTIONS if big else ()
    sections = tuple(s for s in SECTIONS if s not in left_out)
    return QuickCheck(_gather(store, org_uuid, nodes, settings, today or dt.date.today(), NO_PROGRESS, sections),
                      left_out)
