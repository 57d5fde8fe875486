"""USB packages at county scale (issue #7), each figure beside a baseline measured in the same run.

    python benchmarks/bench_sync.py [--db county.sqlite] [--repeat 3] [--keep DIR]

or from ``benchmarks/run.py`` (``bench_sync(work, db, repeat)``).

The demo database is cut into one township installation (org tree only) and one enrolled village
installation per village (``djdesk.core.sync.demo.split_villages``; ≈ 100 s at county scale, kept
in ``<work>/sync-world`` and reused). Then:

- export of the largest village's package (signed, encrypted, written atomically, read back and
  verified), against a bare ``SELECT`` + ``json.dumps`` of the same rows (target ≤ 1 s);
- import of every village's package into the township (``import_packages``: one backup, one
  transaction per package, scope checks, merge, provenance, log), against a bare sqlite3
  ``executemany`` of the same rows into an empty database of the same schema, one transaction,
  foreign keys off (target ≤ 3×);
- the same packages imported again, which changes nothing: seconds per village (target ≤ 0.2 s).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from common import demo_db, median_of, record, work_folder  # noqa: E402


def _world(work: Path, db: Path) -> Path:
    from djdesk.core.sync import demo

    folder = work / "sync-world"
    if not (folder / "ready").exists():
        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        demo.split_villages(db, folder, import_first=False).close()
        (folder / "ready").write_text("ok")
        print(f"(township + {len(list(folder.glob('village*.sqlite')))} enrolled villages made in "
              f"{time.perf_counter() - start:.0f} s: {folder})", flush=True)
    return folder


def bench_sync(work: Path, db: Path, repeat: int) -> None:
    from djdesk.core.store import Store, connect, _migrate
    from djdesk.core.sync import merge, package

    world = _world(work, db)
    run = Path(tempfile.mkdtemp(prefix="sync-run-", dir=work))
    stick = run / "stick"
    stick.mkdir()
    for name in ("township.sqlite", "township.sqlite.djkey"):
        shutil.copy2(world / name, run / name)
    villages = sorted(world.glob("village*.sqlite"))

    # 1. export of the largest village
    sizes = {}
    for path in villages:
        conn = connect(path)
        sizes[path] = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        conn.close()
    biggest = max(villages, key=sizes.get)
    store = Store.open(biggest, daily_backup=False)
    scope = merge.org_subtree_all(store, store.meta["scope_org_uuid"])
    scratch = run / "scratch"
    scratch.mkdir()

    def bare_export():
        out = {}
        for table in merge.record_tables():
            out[table] = [tuple(r) for r in store.conn.execute(
                f"SELECT * FROM {table} WHERE org_uuid IN (SELECT value FROM json_each(?))", (json.dumps(sorted(scope)),))]
        (scratch / "bare.json").write_text(json.dumps(out, ensure_ascii=False))

    results = []

    def ours_export():
        results.append(package.export_package(store, scratch))

    t_bare = median_of(bare_export, repeat)
    t_ours = median_of(ours_export, repeat)
    r = results[-1]
    record(f"village package export ({sum(r.counts.values())} rows)", t_ours, t_bare,
           "bare SELECT + json.dumps", "≤ 1 s", t_ours <= 1.0)
    store.close()

    # 2. every village's package into the township, against a bare bulk insert of the same rows
    paths, all_rows = [], []
    for path in villages:
        s = Store.open(path, daily_backup=False)
        paths.append(package.export_package(s, stick).path)
        own = s.meta["scope_org_uuid"]
        all_rows.append(merge.rows_for_scope(s, merge.org_subtree_all(s, own), exclude_org_rows={own}))
        s.close()
    bare_db = run / "bare.sqlite"
    conn = connect(bare_db)
    _migrate(conn, 0)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = OFF")
    n = 0
    start = time.perf_counter()
    conn.execute("BEGIN")
    for tables in all_rows:
        for table, d in tables.items():
            if d["rows"]:
                cols = d["columns"]
                n += len(d["rows"])
                conn.executemany(f"INSERT OR IGNORE INTO {table} ({', '.join(cols)}) VALUES "
                                 f"({', '.join('?' * len(cols))})", d["rows"])
    conn.execute("COMMIT")
    t_bare = time.perf_counter() - start
    conn.close()
    del all_rows
    township = Store.open(run / "township.sqlite", daily_backup=False)
    start = time.perf_counter()
    done = package.import_packages(township, paths, write_receipt=False)
    t_ours = time.perf_counter() - start
    refused = [r for r in done if not hasattr(r, "counts")]
    new = sum(r.counts["new"] for r in done if hasattr(r, "counts"))
    assert not refused, refused[:3]
    record(f"import {len(paths)} village packages ({new} rows)", t_ours, t_bare,
           f"bare executemany of the same {n} rows", "≤ 3×", t_ours <= 3 * t_bare)

    # 3. the same packages again: nothing changes
    start = time.perf_counter()
    again = package.import_packages(township, paths, write_receipt=False)
    per_village = (time.perf_counter() - start) / len(paths)
    assert all(r.counts["new"] == r.counts["updated"] == 0 for r in again)
    record("re-import changing nothing (per village)", per_village, None, "", "≤ 0.2 s", per_village <= 0.2)
    township.close()
    shutil.rmtree(run, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (default: make a county one in the work folder)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    args = parser.parse_args()
    work = work_folder(args.keep, "sync")
    bench_sync(work, args.db or demo_db(work / "county.sqlite"), args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
