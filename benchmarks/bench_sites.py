"""Activity sites at scale (issue #5), each figure beside a baseline measured in the same run.

    python benchmarks/bench_sites.py [--db county.sqlite] [--repeat 5] [--keep DIR]

or from ``benchmarks/run.py`` (``bench_sites(work, db, repeat)``).

- the asset register PDF of the village with the most asset lines, against the same cells drawn
  with a bare reportlab canvas table (``run.bare_reportlab_table``; target ≤ 2×: a village register
  is a few pages, so the fixed part — title, the two totals tables, signatures, the page-total
  pass — weighs more than in the 700-page roster, where the target is 1.5×);
- that village's label sheet (3×8, one QR code per asset; target ≤ 3 s, no baseline). Encoding
  the QR codes is most of it: reportlab's encoder tries all 8 mask patterns in pure Python,
  ≈ 13 ms a code;
- the asset table the GUI shows for that village: ``list_assets`` + ``asset_totals`` with a filter,
  against a bare ``SELECT`` of the same rows (target ≤ 50 ms);
- the township roll-up ``township_summary`` over every village of the database, against one bare
  ``GROUP BY`` over the asset table (target ≤ 0.5 s).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from common import demo_db, median_of, record, work_folder  # noqa: E402


def bench_sites(work: Path, db: Path, repeat: int) -> None:
    from run import bare_reportlab_table

    from djdesk.core import sites
    from djdesk.core.money import yuan
    from djdesk.core.reports.sites import REGISTER_COLUMNS, labels_pdf, render_asset_register
    from djdesk.core.store import Store

    store = Store.open(db, lock=False)
    try:
        village = store.query_one("SELECT org_uuid, site_uuid, count(*) AS n FROM asset WHERE deleted = 0 "
                                  "AND disposed_on IS NULL GROUP BY site_uuid ORDER BY n DESC LIMIT 1")
        if village is None:
            print("(no assets in this database: activity-site benchmarks skipped)")
            return
        site = sites.get_site(store, village["site_uuid"])
        assets = sites.list_assets(store, sites.AssetFilter(site_uuid=site["uuid"]))
        header = [c.title for c in REGISTER_COLUMNS]
        cells = [[str(i), a["asset_no"], a["category"], a["name"], a["spec"], a["unit"], str(a["quantity"]),
                  yuan(a["unit_value_fen"]), yuan(a["value_fen"]), a["acquired_on"] or "",
                  a["source"], a["room_name"] or "", a["custodian"], a["condition"], a["note"]]
                 for i, a in enumerate(assets, 1)]
        widths = [10, 27, 16, 40, 28, 10, 13, 20, 23, 19, 16, 27, 14, 10, 21]
        pages = []

        def ours():
            pages.append(render_asset_register(work / "assets.pdf", site["village_name"], site, assets).pages)

        t_bare = median_of(lambda: bare_reportlab_table(work / "assets-bare.pdf", cells, header, widths), repeat)
        t_ours = median_of(ours, repeat)
        record(f"asset register PDF ({len(assets)} lines, {pages[-1]} p)", t_ours, t_bare,
               "bare reportlab canvas table", "≤ 2×", t_ours <= 2 * t_bare)

        labels = []
        t_labels = median_of(lambda: labels.append(labels_pdf(store, work / "labels.pdf", site_uuid=site["uuid"])),
                             repeat)
        record(f"label sheet ({labels[-1].labels} QR labels, {labels[-1].pages} p)", t_labels, None, "no baseline",
               "≤ 3 s", t_labels <= 3.0)

        f = sites.AssetFilter(org_uuid=village["org_uuid"], category="电子设备")

        def table():
            sites.asset_totals(sites.list_assets(store, f))

        def bare_table():
            store.conn.execute("SELECT * FROM asset WHERE org_uuid = ? AND category = ? AND deleted = 0 "
                               "AND disposed_on IS NULL ORDER BY seq", (village["org_uuid"], "电子设备")).fetchall()

        t_bare = median_of(bare_table, repeat)
        t_ours = median_of(table, repeat)
        record("asset table + totals (1 village)", t_ours, t_bare, "bare SELECT of the rows", "≤ 50 ms",
               t_ours <= 0.05)

        villages = []
        t_ours = median_of(lambda: villages.append(sites.township_summary(store)), repeat)
        t_bare = median_of(lambda: store.conn.execute(
            "SELECT org_uuid, count(*), sum(quantity * unit_value_fen) FROM asset WHERE deleted = 0 "
            "AND disposed_on IS NULL GROUP BY org_uuid").fetchall(), repeat)
        lines = store.scalar("SELECT count(*) FROM asset")
        record(f"site roll-up ({len(villages[-1])} villages, {lines} lines)", t_ours, t_bare,
               "one bare GROUP BY over assets", "≤ 0.5 s", t_ours <= 0.5)
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (default: a new county demo)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the database and PDFs in this folder")
    args = parser.parse_args()
    work = work_folder(args.keep, "sites")
    bench_sites(work, args.db or demo_db(work / "county.sqlite"), args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
