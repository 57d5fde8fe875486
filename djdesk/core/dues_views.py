"""Small read-only views over the dues ledger that the 党费 page needs and ``dues.py`` does not
offer: who in a branch can be given a dues profile, which months a payment dialog offers, the
receipt number the next payment will get, the payments behind one grid cell, and what closing a
year (年度结账) or voiding a receipt form needs to show and check first.

No Qt here (a test checks it); the rules themselves stay in ``djdesk/core/dues.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from djdesk.core import codes, dues
from djdesk.core.store import Store

OFFER_BACK_MONTHS = 24      # a payment dialog lists unpaid months this far back at most
OFFER_AHEAD_MONTHS = 12     # … and months this far ahead (advance payment)


def branch_members(store: Store, branch_uuid: str) -> list[dict]:
    """Members registered in the branch now (在册), in roster order, each with ``has_profile``."""
    return store.query(
        "SELECT m.uuid, m.name, m.category, m.join_date, EXISTS (SELECT 1 FROM dues_profile p WHERE "
        "p.member_uuid = m.uuid AND p.deleted = 0) AS has_profile FROM member m WHERE m.org_uuid = ? "
        "AND m.deleted = 0 AND m.status = ? ORDER BY m.name_pinyin, m.uuid", (branch_uuid, codes.ACTIVE))


def next_receipt_no(store: Store, branch_uuid: str, day: dt.date) -> str:
    """The receipt number a payment booked on ``day`` would get now (shown before saving; the
    number itself is given inside the saving transaction by ``dues.record_payment``)."""
    return dues._next_receipt(store, branch_uuid, day.year)[1]


def payable_months(store: Store, member_uuid: str, as_of: dt.date) -> list[dues.MonthDues]:
    """The months a payment dialog offers for a member: every month with something left to pay
    from the earliest unpaid one (at most ``OFFER_BACK_MONTHS`` back) to ``OFFER_AHEAD_MONTHS``
    ahead, never past the month the member left."""
    md = dues.member_dues(store, member_uuid)
    first = md.first_owed()
    if first is None:
        return []
    now = dues.month_index(dues.month_of(as_of))
    start = max(first, now - OFFER_BACK_MONTHS)
    end = now + OFFER_AHEAD_MONTHS
    if md.last_end() is not None:
        end = min(end, md.last_end())
    return [c for m in range(start, end + 1) if (c := md.month(m, now)).arrears_fen > 0
            and c.status not in ("none", "carried", "noprofile")]


def payments_for_month(store: Store, member_uuid: str, month: str) -> list[dict]:
    """A member's posted payments (or months recorded as paid at the host organisation) that
    cover ``month`` and are not reversed (what a clerk may reverse from a grid cell), newest first."""
    rows = dues.payments(store, member_uuid=member_uuid)
    return [r for r in reversed(rows) if r["kind"] in ("payment", "elsewhere") and not r["reversed"]
            and month in r["months"]]


def locked_through(store: Store, branch_uuid: str) -> dict | None:
    """The branch's lock reaching furthest (``month_to``, ``reason``, ``locked_on``), None when no
    period is locked yet: the page shows it, a new remittance starts after it."""
    return store.query_one("SELECT month_from, month_to, reason, locked_on FROM dues_lock WHERE org_uuid = ? "
                           "AND deleted = 0 ORDER BY month_to DESC, locked_on DESC LIMIT 1", (branch_uuid,))


@dataclass(frozen=True)
class YearFigures:
    """What the 年度结账 dialog shows of a branch's year before it is closed."""

    year: int
    balance: dues.Balance                 # booked in the year: collected, remitted
    held_fen: int                         # collected and not remitted, all years (what the branch holds)
    receipts: int                         # receipt numbers given in the year (payments and voided forms)
    voided: int
    gaps: list[int]                       # missing receipt numbers (dues.receipt_gaps; should be empty)
    arrears: list[tuple[str, int]]        # (name, fen) of members with arrears in the year's months
    closed: dict | None                   # the year's 年度结账 lock, if closed already


def year_figures(store: Store, branch_uuid: str, year: int, as_of: dt.date) -> YearFigures:
    numbered = [p for p in dues.payments(store, branch_uuid=branch_uuid, year=year) if p["receipt_seq"]]
    grid = dues.month_grid(store, branch_uuid, year, as_of)
    return YearFigures(
        year, dues.balance(store, [branch_uuid], f"{year}-01", f"{year}-12"),
        dues.balance(store, [branch_uuid]).balance_fen, len(numbered),
        sum(1 for p in numbered if p["kind"] == "void"), dues.receipt_gaps(store, branch_uuid, year),
        [(r.name, r.arrears_fen) for r in grid.rows if r.arrears_fen > 0], dues.year_closed(store, branch_uuid, year))
