"""三会一课 at county scale: compliance of every branch for a year, the six-month check, and one
branch's year binder PDF.

    python benchmarks/bench_meetings.py [--scale county|township] [--repeat 5] [--keep DIR]

or from ``benchmarks/run.py`` (``bench_meetings(work, scale, repeat)``).

The demo database gives meetings to one township only (djdesk/core/demo_meetings.py explains
why), so this builds its own: the same demo with a full year of meetings in *every* branch (≈ 45,000
meetings, 600,000 attendance rows at county scale). Those rows are loaded with a bulk loader that
skips the per-row audit log (benchmark data, built once and kept with --keep); what is measured
only reads them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from common import median_of, record, work_folder  # noqa: E402


def build_database(path: Path, scale: str, today: dt.date) -> float:
    """The demo with a full year of meetings in every branch; returns the seconds it took."""
    from djdesk.core import demo, demo_meetings

    def bulk_loader(ctx):
        store = ctx.store
        stamp = store.clock.tick()

        def insert(table: str, rows: list[dict]) -> None:
            full = [{**r, "origin": store.installation_id, "created_hlc": stamp, "hlc": stamp, "deleted": 0}
                    for r in rows]
            columns = list(full[0])
            store.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                   f"({', '.join('?' for _ in columns)})", ([r[c] for c in columns] for r in full))
        demo_meetings.make_meetings(ctx, first_year=today.year, everywhere=True, insert=insert)

    steps = demo.STEPS
    demo.STEPS = tuple(demo.Step(s.name, bulk_loader if s.name == "meetings" else s.run, s.weight) for s in steps)
    try:
        start = time.perf_counter()
        demo.create_demo(path, scale=scale, seed=1, today=today).close()
        return time.perf_counter() - start
    finally:
        demo.STEPS = steps


def bench_meetings(work: Path, scale: str = "county", repeat: int = 5) -> None:
    from djdesk.core import compliance, meetings
    from djdesk.core.reports.meetings import year_binder_pdf
    from djdesk.core.store import Store

    today = dt.date.today()
    year = today.year
    db = work / f"{scale}-meetings-{year}.sqlite"
    if not db.exists():
        seconds = build_database(db, scale, today)
        print(f"(meetings benchmark database with a full year in every branch built in {seconds:.1f} s: {db})")
    conn = sqlite3.connect(db)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("meeting", "meeting_attendance")]
    print(f"三会一课: {counts[0]} meetings, {counts[1]} attendance rows in {year}", flush=True)

    def raw():
        conn.execute("SELECT org_uuid, kind, group_uuid, substr(held_on, 6, 2), count(*) FROM meeting "
                     "WHERE held_on BETWEEN ? AND ? AND deleted = 0 GROUP BY 1, 2, 3, 4",
                     (f"{year}-01-01", today.isoformat())).fetchall()

    store = Store.open(db, lock=False)
    results = []

    def ours():
        results[:] = compliance.compliance(store, year, as_of=today)

    raw(), ours()
    t_raw, t_ours = median_of(raw, repeat), median_of(ours, repeat)
    record(f"compliance, all {len(results)} branches", t_ours, t_raw, "raw GROUP BY of the year's meetings",
           "≤ 1 s", t_ours <= 1.0)

    flags = []

    def lapse():
        flags[:] = compliance.lapse_flags(store, year=year, as_of=today)

    def raw_attendance():
        conn.execute("SELECT a.member_uuid, substr(m.held_on, 1, 7), a.status FROM meeting m "
                     "JOIN meeting_attendance a ON a.meeting_uuid = m.uuid WHERE m.held_on BETWEEN ? AND ?",
                     (f"{year - 1}-08-01", today.isoformat())).fetchall()
    lapse(), raw_attendance()
    t_raw, t_ours = median_of(raw_attendance, max(1, repeat // 2)), median_of(lapse, max(1, repeat // 2))
    record(f"six-month check, all members ({len(flags)} found)", t_ours, t_raw,
           "raw read of the attendance rows", "≤ 1 s", t_ours <= 1.0)

    branch = conn.execute("SELECT org_uuid FROM meeting WHERE held_on >= ? GROUP BY org_uuid "
                          "ORDER BY count(*) DESC LIMIT 1", (f"{year}-01-01",)).fetchone()[0]
    n = len(meetings.year_meeting_uuids(store, branch, year))
    out = work / "binder.pdf"
    start = time.perf_counter()
    result = year_binder_pdf(store, out, branch, year, today)
    t_binder = time.perf_counter() - start
    record(f"year binder PDF ({n} meetings, {result.pages} p)", t_binder, None, "—", "≤ 5 s", t_binder <= 5.0)
    store.close()
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("county", "township"), default="county")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the database and PDF in this folder")
    args = parser.parse_args()
    bench_meetings(work_folder(args.keep, "meetings"), args.scale, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
