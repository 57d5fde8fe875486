"""The registers a clerk prints for the binders inspectors read, in one catalogue (the 报表 section).

``registers_for(store, org_uuid)`` lists what can be printed for an org: its roster; for a village,
a branch or a Party organisation, each branch's 三会一课 year binder and 党费 register, and each
activity site's asset register; for a township (or the county), the dues summary, the remittance
list and the township summary of every village. ``render`` makes the PDF and ``export`` the .xlsx
of one entry, for a year, through the same core functions the other sections and ``djdesk-cli
report`` call: this module adds no report of its own.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from djdesk.core import orgs
from djdesk.core.errors import UserError
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.store import Store

ROSTER, MEETINGS_YEAR, DUES_YEAR, DUES_SUMMARY, REMITTANCES, ASSETS, TOWNSHIP = (
    "roster", "meetings-year", "dues-year", "dues-summary", "remittances", "assets", "township")
TITLES = {
    ROSTER: "党员花名册",
    MEETINGS_YEAR: "三会一课记录本",
    DUES_YEAR: "党费收缴登记表",
    DUES_SUMMARY: "党费收缴情况汇总表",
    REMITTANCES: "党费上缴凭证清单",
    ASSETS: "固定资产登记表",
    TOWNSHIP: "乡镇党建工作汇总表",
}
ABOUT = {
    ROSTER: "在册党员的基本情况，按支部、党小组排列",
    MEETINGS_YEAR: "封面、目录、全年每次会议的记录和三会一课落实情况",
    DUES_YEAR: "每名党员12个月的交纳情况，按月、按人合计，附签字栏",
    DUES_SUMMARY: "各村（社区）全年应交、减免、实交、上缴汇总",
    REMITTANCES: "各支部全年每一笔党费上缴的凭证号、金额和日期",
    ASSETS: "场所全部在账资产，按类别、来源合计，附签字栏",
    TOWNSHIP: "各村党员、三会一课、党费、活动场所和数据包报送情况",
}
YEARLY = {MEETINGS_YEAR, DUES_YEAR, DUES_SUMMARY, REMITTANCES, TOWNSHIP}
WITH_EXCEL = {ROSTER, MEETINGS_YEAR, DUES_YEAR, ASSETS, TOWNSHIP}
_WIDE = ("county", "township")     # above a village: org-level registers only, not one per branch


@dataclass(frozen=True)
class Register:
    kind: str       # one of TITLES
    target: str     # the org or site uuid it covers
    scope: str      # what it covers, for the list ("李家村党支部", "李家村 村级组织活动场所")

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def about(self) -> str:
        return ABOUT[self.kind]

    @property
    def yearly(self) -> bool:
        return self.kind in YEARLY

    @property
    def excel(self) -> bool:
        return self.kind in WITH_EXCEL

    def file_name(self, year: int, suffix: str) -> str:
        """``党费收缴登记表-李家村党支部-2026.pdf``: what the clerk finds again in the folder."""
        safe = re.sub(r'[\\/:*?"<>|\s]+', "_", self.scope).strip("_")
        return f"{self.title}-{safe}" + (f"-{year}" if self.yearly else "") + suffix


def registers_for(store: Store, org_uuid: str) -> list[Register]:
    """What can be printed for an org, in the order a binder holds it."""
    from djdesk.core import sites
    from djdesk.core.meetings import branches_under

    org = orgs.get_org(store, org_uuid)
    out = [Register(ROSTER, org_uuid, orgs.full_name(store, org_uuid))]
    if org["kind"] in _WIDE:
        out += [Register(kind, org_uuid, org["name"]) for kind in (DUES_SUMMARY, REMITTANCES, TOWNSHIP)]
        return out
    for branch in branches_under(store, org_uuid):
        out += [Register(MEETINGS_YEAR, branch["uuid"], branch["name"]),
                Register(DUES_YEAR, branch["uuid"], branch["name"])]
    if org["kind"] in ("village", "community"):
        out += [Register(ASSETS, s["uuid"], f"{s['village_name']} {s['name']}") for s in sites.sites_of(store, org_uuid)]
    return out


def render(store: Store, reg: Register, year: int, path: str | os.PathLike, *, as_of: dt.date | None = None,
           progress: Progress = NO_PROGRESS):
    """The register's PDF (a ``RenderResult``)."""
    if reg.kind == ROSTER:
        from djdesk.core import roster
        from djdesk.core.reports.roster import render_roster

        members = roster.list_members(store, roster.RosterFilter(org_uuid=reg.target), sort="branch")
        if not members:
            raise UserError(f"“{reg.scope}”下没有在册党员，未生成花名册")
        return render_roster(path, reg.scope, members, progress=progress)
    if reg.kind == MEETINGS_YEAR:
        from djdesk.core.reports.meetings import year_binder_pdf

        return year_binder_pdf(store, path, reg.target, year, as_of, progress=progress)
    if reg.kind in (DUES_YEAR, DUES_SUMMARY, REMITTANCES):
        from djdesk.core.reports import dues as dues_reports

        if reg.kind == DUES_YEAR:
            return dues_reports.dues_year_pdf(store, path, reg.target, year, as_of, progress=progress)
        if reg.kind == DUES_SUMMARY:
            return dues_reports.summary_pdf(store, path, reg.target, f"{year}-01", f"{year}-12", progress=progress)
        return dues_reports.remittance_list_pdf(store, path, reg.target, year, progress=progress)
    if reg.kind == ASSETS:
        from djdesk.core.reports.sites import asset_register_pdf

        return asset_register_pdf(store, path, reg.target, as_of=as_of, progress=progress)
    from djdesk.core.reports.township import render_township_summary

    return render_township_summary(path, reg.scope, *_township(store, reg, year, as_of), progress=progress)


def export(store: Store, reg: Register, year: int, path: str | os.PathLike, *, as_of: dt.date | None = None,
           progress: Progress = NO_PROGRESS) -> Path:
    """The register as .xlsx (``reg.excel`` says whether it has one); returns the file written."""
    if reg.kind == ROSTER:
        from djdesk.core import roster
        from djdesk.core.excel.exports import export_roster

        return export_roster(store, path, roster.RosterFilter(org_uuid=reg.target), progress=progress).path
    if reg.kind == MEETINGS_YEAR:
        from djdesk.core.excel.exports import export_meetings

        return export_meetings(store, path, reg.target, year, progress=progress).path
    if reg.kind == DUES_YEAR:
        from djdesk.core.excel.dues_export import export_dues_year

        return Path(export_dues_year(store, path, reg.target, year, as_of=as_of, progress=progress).path)
    if reg.kind == ASSETS:
        from djdesk.core import sites
        from djdesk.core.excel.sites_export import export_assets

        site = sites.get_site(store, reg.target)
        return Path(export_assets(store, path, site["org_uuid"], site_uuid=reg.target, progress=progress).path)
    if reg.kind == TOWNSHIP:
        from djdesk.core.reports.township import export_township_summary_xlsx

        return Path(export_township_summary_xlsx(path, reg.scope, *_township(store, reg, year, as_of),
                                                 progress=progress))
    raise UserError(f"“{reg.title}”没有 Excel 格式，请打印 PDF")


def _township(store: Store, reg: Register, year: int, as_of: dt.date | None):
    from djdesk.core.sync import township

    return township.rollup(store, year, as_of, root_uuid=reg.target), township.tracking_board(store, as_of)
