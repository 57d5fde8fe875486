"""党费 at county scale: the summary for a year and the arrears list (largest township, whole
county), and the year register PDF of the largest branch.

    python benchmarks/bench_dues.py [--scale county|township] [--repeat 5] [--keep DIR]

or from ``benchmarks/run.py`` (``bench_dues(work, scale, repeat)``).

The demo database gives dues to one township only (djdesk/core/demo_dues.py explains why), so
this builds its own: the same demo with this year's dues in *every* branch (≈ 20,000 profiles,
≈ 190,000 payments and allocations at county scale), loaded with a bulk loader that skips the
per-row audit log. What is measured only reads them.
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


def build_database(path: Path, scale: str, today: dt.date) -> tuple[float, float]:
    """The demo with this year's dues in every branch; returns (total seconds, dues step seconds)."""
    from djdesk.core import demo, demo_dues

    spent = [0.0]

    def bulk_loader(ctx):
        store = ctx.store
        stamp = store.clock.tick()

        def insert(table: str, rows: list[dict]) -> None:
            full = [{**r, "origin": store.installation_id, "created_hlc": stamp, "hlc": stamp, "deleted": 0}
                    for r in rows]
            columns = list(full[0])
            store.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                   f"({', '.join('?' for _ in columns)})", ([r[c] for c in columns] for r in full))
        start = time.perf_counter()
        demo_dues.make_dues(ctx, first_year=today.year, everywhere=True, insert=insert)
        spent[0] = time.perf_counter() - start

    steps = demo.STEPS
    demo.STEPS = tuple(demo.Step(s.name, bulk_loader if s.name == "dues" else s.run, s.weight)
                       for s in steps if s.name != "meetings")
    try:
        start = time.perf_counter()
        demo.create_demo(path, scale=scale, seed=1, today=today).close()
        return time.perf_counter() - start, spent[0]
    finally:
        demo.STEPS = steps


def bare_register(path: Path, rows: list[tuple[str, ...]], widths: list[float]) -> int:
    """The baseline: the same cells drawn with a bare reportlab canvas loop, 30 rows a page."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from djdesk.core.reports.base import report_font

    font = report_font()
    c = Canvas(str(path), pagesize=landscape(A4))
    pages = 0
    for start in range(0, len(rows), 30):
        y = 190 * mm
        for row in rows[start:start + 30]:
            x = 12 * mm
            c.setFont(font.name, 9)
            for text, w in zip(row, widths):
                c.drawString(x + 2, y, text.split("\n")[0])
                c.rect(x, y - 2, w, 11.5, stroke=1, fill=0)
                x += w
            y -= 5.5 * mm
        c.showPage()
        pages += 1
    c.save()
    return pages


def bench_dues(work: Path, scale: str = "county", repeat: int = 5) -> None:
    from djdesk.core import dues
    from djdesk.core.reports import dues as dues_reports
    from djdesk.core.store import Store

    today = dt.date.today()
    year = today.year
    db = work / f"{scale}-dues-{year}.sqlite"
    if not db.exists():
        total, step = build_database(db, scale, today)
        print(f"(dues benchmark database with this year's dues in every branch built in {total:.1f} s, "
              f"of which the dues step {step:.1f} s: {db})")
    conn = sqlite3.connect(db)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("dues_profile", "dues_payment", "dues_allocation")]
    print(f"党费: {counts[0]} profiles, {counts[1]} payments, {counts[2]} allocations in {year}", flush=True)
    store = Store.open(db, lock=False)
    cfg = dues.DuesConfig()

    # the township summary for a year: the largest township, and the whole county
    township = conn.execute("""
        SELECT t.uuid, t.name FROM org_unit t JOIN org_unit o ON o.parent_uuid = t.uuid
        JOIN org_unit b ON b.parent_uuid = o.uuid OR b.uuid = o.uuid JOIN member m ON m.org_uuid = b.uuid
        WHERE t.kind = 'township' GROUP BY t.uuid ORDER BY count(DISTINCT m.uuid) DESC LIMIT 1""").fetchone()
    root = store.meta["scope_org_uuid"]
    first, last = f"{year}-01", f"{year}-12"

    def raw(branches: list[str]) -> None:
        marks = ",".join("?" * len(branches))
        conn.execute(f"SELECT org_uuid, sum(amount_fen) FROM dues_payment WHERE org_uuid IN ({marks}) "
                     f"AND period BETWEEN ? AND ? AND deleted = 0 GROUP BY org_uuid", (*branches, first, last)).fetchall()
        conn.execute(f"SELECT org_uuid, sum(amount_fen) FROM dues_allocation WHERE org_uuid IN ({marks}) "
                     f"AND month BETWEEN ? AND ? AND deleted = 0 GROUP BY org_uuid", (*branches, first, last)).fetchall()

    for name, org, target in ((f"township summary, year ({township[1]})", township[0], 1.0),
                              ("whole-county summary, year", root, 3.0)):
        rows = []
        branches = [b["uuid"] for b in dues._branches(store, org)]

        def ours(org=org):
            rows[:] = dues.township_summary(store, org, first, last, cfg)

        def bare(branches=branches):
            raw(branches)

        bare(), ours()
        t_raw, t_ours = median_of(bare, repeat), median_of(ours, repeat)
        members = sum(r.members for r in rows)
        record(f"{name}: {len(rows)} units, {members} members", t_ours, t_raw,
               "raw GROUP BY of payments and allocations", f"≤ {target:g} s", t_ours <= target)

    # the year register PDF of the largest branch, beside a bare canvas loop over the same cells
    branch = conn.execute("SELECT org_uuid FROM member WHERE deleted = 0 GROUP BY org_uuid "
                          "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    out = work / "dues-year.pdf"
    start = time.perf_counter()
    result = dues_reports.dues_year_pdf(store, out, branch, year, today, config=cfg)
    t_pdf = time.perf_counter() - start
    grid = dues.month_grid(store, branch, year, today, cfg)
    cells = dues_reports.register_rows(grid)
    widths = [c.mm * 2.8346 if c.mm else 40 for c in dues_reports.REGISTER_COLUMNS]
    start = time.perf_counter()
    bare_register(work / "bare-register.pdf", cells, widths)
    t_bare = time.perf_counter() - start
    record(f"year register PDF ({len(grid.rows)} members, {result.pages} p)", t_pdf, t_bare,
           "bare canvas loop over the same cells", "≤ 1 s", t_pdf <= 1.0)

    # the arrears list with the six-month flag: the largest township, and the whole county
    def raw_alloc(branches: list[str]) -> None:
        marks = ",".join("?" * len(branches))
        conn.execute(f"SELECT member_uuid, month, sum(amount_fen) FROM dues_allocation WHERE org_uuid IN ({marks}) "
                     f"AND deleted = 0 GROUP BY member_uuid, month", branches).fetchall()

    for name, org, target in ((f"township arrears ({township[1]})", township[0], 1.0), ("whole-county arrears", root, 3.0)):
        found = []
        branches = [b["uuid"] for b in dues._branches(store, org)]

        def arrears(org=org):
            found[:] = dues.arrears(store, org, today, cfg)

        def bare(branches=branches):
            raw_alloc(branches)

        arrears(), bare()
        n = max(1, repeat // 2)
        t_raw, t_ours = median_of(bare, n), median_of(arrears, n)
        record(f"{name}: {len(found)}, {sum(r.flagged for r in found)} six-month", t_ours, t_raw,
               "raw GROUP BY of allocations per member and month", f"≤ {target:g} s", t_ours <= target)
    store.close()
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("county", "township"), default="county")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the database and PDF in this folder")
    args = parser.parse_args()
    bench_dues(work_folder(args.keep, "dues"), args.scale, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
