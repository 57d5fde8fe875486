"""Township mode: the tracking board and the roll-up of every village (issue #7).

- ``tracking_board(store)``: per village enrolled (or issued) — the last package received (its
  sequence number and date), days since, overdue or not, whether our receipt was written and
  whether the village has confirmed loading it, the last return package sent.
- ``rollup(store, year)``: per village — members by gender, age band and education, meeting
  compliance of its branches, the "three problems" check (rules.py), dues collected / due /
  remitted (dues.township_summary) and activity sites (sites.township_summary). The reports
  (reports/township.py: PDF and xlsx) print it.

Dues and sites figures come from their own modules through ``_dues_by_village`` and
``_sites_by_village``: the one place to change when those APIs change.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from djdesk.core import codes
from djdesk.core.store import Store
from djdesk.core.sync import merge

OVERDUE_DAYS = 35          # monthly handoff plus a few days' grace (configurable by callers)
VILLAGE_KINDS = ("village", "community")
THREE_PROBLEMS = ("few_members", "no_young_members", "no_women")


# ----- tracking board -------------------------------------------------------------------------

@dataclass
class TrackingRow:
    village_uuid: str
    village_name: str
    village_code: str
    status: str                        # issued | enrolled | revoked | none (never enrolled)
    last_seq: int | None               # last package received from the village
    last_created_at: str | None        # when the village wrote it
    last_imported_at: str | None
    days_since: int | None
    overdue: bool
    receipt_written: bool              # our receipt for that package went onto the stick
    receipt_confirmed: bool            # a later package of the village says it loaded that receipt
    last_sent_seq: int | None          # our last return package to the village
    last_sent_at: str | None
    sent_receipt_loaded: bool          # the village's receipt for it came back
    packages_received: int

    @property
    def state(self) -> str:
        """One word for the board: 未登记 / 待首包 / 逾期 / 正常."""
        if self.status in ("none", "revoked"):
            return "未登记"
        if self.status == "issued" or self.last_seq is None:
            return "待首包"
        return "逾期" if self.overdue else "正常"


def villages(store: Store, root_uuid: str | None = None) -> list[dict]:
    root = root_uuid or store.meta.get("scope_org_uuid")
    under = merge.org_subtree_all(store, root) if root else None
    rows = store.query("SELECT uuid, name, code, parent_uuid FROM org_unit WHERE deleted = 0 AND kind IN "
                       "('village', 'community') ORDER BY sort_order, code, name")
    return [r for r in rows if under is None or r["uuid"] in under]


def tracking_board(store: Store, today: dt.date | None = None, overdue_days: int = OVERDUE_DAYS) -> list[TrackingRow]:
    today = today or dt.date.today()
    peers = {p["org_uuid"]: p for p in store.query("SELECT * FROM sync_peer WHERE role = 'village' "
                                                   "ORDER BY status = 'revoked'")}
    out = []
    for v in villages(store):
        peer = peers.get(v["uuid"])
        pid = peer["installation_id"] if peer else None
        last = store.query_one("SELECT * FROM sync_package WHERE direction = 'in' AND peer_id = ? "
                               "ORDER BY seq DESC, id DESC LIMIT 1", (pid,)) if pid else None
        n_in = store.scalar("SELECT count(DISTINCT package_uuid) FROM sync_package WHERE direction = 'in' "
                            "AND peer_id = ?", (pid,)) if pid else 0
        sent = store.query_one("SELECT * FROM sync_package WHERE direction = 'out' AND peer_id = ? "
                               "ORDER BY seq DESC LIMIT 1", (pid,)) if pid else None
        confirmed = False
        days = None
        if last is not None:
            created = last["created_at"][:10] or last["processed_at"][:10]
            days = (today - dt.date.fromisoformat(created)).days
            # the village's packages say up to which of ITS packages it has loaded our receipt
            acked = store.scalar("SELECT max(json_extract(header, '$.acked_receipt_seq')) FROM sync_package "
                                 "WHERE direction = 'in' AND peer_id = ?", (pid,)) or 0
            confirmed = acked >= last["seq"]
        out.append(TrackingRow(
            v["uuid"], v["name"], v["code"], peer["status"] if peer else "none",
            last["seq"] if last else None, last["created_at"] if last else None,
            last["processed_at"] if last else None, days,
            bool(peer and peer["status"] == "enrolled" and (days is None or days > overdue_days)),
            bool(last and last["receipt_at"]), confirmed,
            sent["seq"] if sent else None, sent["processed_at"] if sent else None,
            bool(sent and sent["receipt_at"]), n_in or 0))
    return out


# ----- roll-up ----------------------------------------------------------------------------------

@dataclass
class VillageRollup:
    village_uuid: str
    village_name: str
    members: int = 0
    full_members: int = 0
    probationary: int = 0
    women: int = 0
    men: int = 0
    age_bands: dict[str, int] = field(default_factory=dict)
    education: dict[str, int] = field(default_factory=dict)
    branches: int = 0
    compliance_met: int = 0            # meeting kinds × branches met so far this year
    compliance_missed: int = 0         # … with an ended period missed
    branches_missed: int = 0
    three_problems: list[str] = field(default_factory=list)   # the warnings' messages
    dues: dict | None = None           # due/collected/remitted fen (None: dues module missing)
    sites: dict | None = None          # sites summary (None: sites module missing)

    def as_json(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Rollup:
    year: int
    as_of: dt.date
    villages: list[VillageRollup]
    totals: VillageRollup


def _village_of_orgs(store: Store, village_uuids: set[str]) -> dict[str, str]:
    """org uuid → the village it lies in (for every org at or below a village)."""
    parent = dict(store.conn.execute("SELECT uuid, parent_uuid FROM org_unit").fetchall())
    out: dict[str, str] = {}
    for uuid in parent:
        cur, seen = uuid, 0
        while cur is not None and cur not in village_uuids and seen < 64:
            cur, seen = parent.get(cur), seen + 1
        if cur in village_uuids:
            out[uuid] = cur
    return out


def age_band(birth_date: str | None, today: dt.date) -> str:
    if not birth_date:
        return "未填"
    b = dt.date.fromisoformat(birth_date[:10])
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    for label, low, high in codes.AGE_BANDS:
        if low <= age <= high:
            return label
    return "未填"


def rollup(store: Store, year: int, as_of: dt.date | None = None, root_uuid: str | None = None) -> Rollup:
    from djdesk.core import compliance, rules

    as_of = as_of or dt.date.today()
    vs = villages(store, root_uuid)
    by_uuid = {v["uuid"]: VillageRollup(v["uuid"], v["name"]) for v in vs}
    village_of = _village_of_orgs(store, set(by_uuid))
    for m in store.conn.execute("SELECT org_uuid, gender, birth_date, education, category FROM member "
                                "WHERE deleted = 0 AND status = ?", (codes.ACTIVE,)):
        v = by_uuid.get(village_of.get(m[0], ""))
        if v is None:
            continue
        v.members += 1
        v.full_members += m[4] == "正式"
        v.probationary += m[4] == "预备"
        v.women += m[1] == "女"
        v.men += m[1] == "男"
        band = age_band(m[2], as_of)
        v.age_bands[band] = v.age_bands.get(band, 0) + 1
        edu = m[3] or "未填"
        v.education[edu] = v.education.get(edu, 0) + 1
    root = root_uuid or store.meta.get("scope_org_uuid")
    for bc in compliance.compliance(store, year, root_uuid=root, as_of=as_of):
        v = by_uuid.get(village_of.get(bc.branch_uuid, ""))
        if v is None:
            continue
        v.branches += 1
        v.compliance_met += sum(k.met for k in bc.kinds)
        missed = sum(k.missed for k in bc.kinds)
        v.compliance_missed += missed
        v.branches_missed += missed > 0
    for w in rules.check_rules(store, root, today=as_of):
        if w.code in THREE_PROBLEMS and w.org_uuid in by_uuid:
            by_uuid[w.org_uuid].three_problems.append(w.message)
    dues = _dues_by_village(store, root, year)
    sites = _sites_by_village(store, root)
    for uuid, v in by_uuid.items():
        v.dues = dues.get(uuid) if dues is not None else None
        v.sites = sites.get(uuid) if sites is not None else None
    rows = [by_uuid[v["uuid"]] for v in vs]
    return Rollup(year, as_of, rows, _totals(rows))


def _totals(rows: list[VillageRollup]) -> VillageRollup:
    t = VillageRollup("", "合计")
    ages: Counter = Counter()
    edu: Counter = Counter()
    for r in rows:
        for f in ("members", "full_members", "probationary", "women", "men", "branches", "compliance_met",
                  "compliance_missed", "branches_missed"):
            setattr(t, f, getattr(t, f) + getattr(r, f))
        ages.update(r.age_bands)
        edu.update(r.education)
        t.three_problems.extend(f"{r.village_name}：{p}" for p in r.three_problems)
        if r.dues is not None:
            t.dues = {k: (t.dues or {}).get(k, 0) + v for k, v in r.dues.items() if isinstance(v, int)}
        if r.sites is not None:
            t.sites = {k: (t.sites or {}).get(k, 0) + v for k, v in r.sites.items()
                       if isinstance(v, (int, float)) and not isinstance(v, bool)}
    t.age_bands, t.education = dict(ages), dict(edu)
    return t


def _dues_by_village(store: Store, root: str | None, year: int) -> dict[str, dict] | None:
    """The one place the dues module is called (issue #4): fen per village for the year."""
    try:
        from djdesk.core import dues
    except ImportError:
        return None
    if not hasattr(dues, "township_summary"):
        return None
    out = {}
    for r in dues.township_summary(store, root, f"{year}-01", f"{year}-12"):
        out[r.org_uuid] = {"members": r.members, "due_fen": r.due_fen, "exempt_fen": r.exempt_fen,
                           "paid_for_fen": r.paid_for_fen, "collected_fen": r.collected_fen,
                           "remitted_fen": r.remitted_fen, "arrears_fen": r.arrears_fen}
    return out


def _sites_by_village(store: Store, root: str | None) -> dict[str, dict] | None:
    """The one place the sites module is called (issue #5)."""
    try:
        from djdesk.core import sites
    except ImportError:
        return None
    if not hasattr(sites, "township_summary"):
        return None
    return {s.village_uuid: s.as_json() for s in sites.township_summary(store, root)}


def rollup_json(r: Rollup) -> dict:
    return {"year": r.year, "as_of": r.as_of.isoformat(), "villages": [v.as_json() for v in r.villages],
            "totals": r.totals.as_json()}


def tracking_json(rows: list[TrackingRow]) -> list[dict]:
    return [{**row.__dict__, "state": row.state} for row in rows]


