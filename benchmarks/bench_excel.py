"""Excel at county scale: importing a 20,000-row roster file and exporting the county roster,
each beside a bare openpyxl pass over the same data in the same run.

    python benchmarks/bench_excel.py [--rows 20000] [--repeat 3] [--keep DIR] [--db county.sqlite]

or from ``benchmarks/run.py`` (``bench_excel(work, db, repeat)``).

- import: ``read_sheet`` + ``check_import`` (every row through ``members.check_member``) +
  ``apply_plan`` (backup, then every row through ``members.add_member`` in one transaction) into a
  fresh village database, against ``load_workbook(read_only=True)`` iterating every row
  (target ≤ 2×);
- export: ``export_roster`` of the whole county (20,000 members, styled, widths fitted, atomic)
  against a bare ``write_only`` workbook of the same values without styles (no target, reported).

Where the import's time goes beyond reading (measured here, 20,000 rows): the check ≈ 1.0 s (cells
normalised, every row through ``members.check_member``, the ID numbers looked up once for the whole
sheet), the backup and write ≈ 1.0 s (the plan's rows are not validated twice — only what the
database can have changed since the check, in bulk — then written with bulk inserts, plus
pypinyin's first load ≈ 0.2 s). All three run with the cycle collector paused
(``progress.paused_gc``), which alone made the read 0.2 s faster than the bare pass's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from common import demo_db, median_of, record, work_folder  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志文红玉海燕春梅晓东德林辉斌鹏飞"
HEADER = ["序号", "姓名", "性别", "民族", "出生日期", "身份证号", "学历", "入党时间", "转正时间", "党员类别", "党内职务",
          "联系电话", "家庭住址", "籍贯", "备注"]


def make_roster_file(path: Path, rows: int, seed: int = 2) -> None:
    """A village roster as clerks keep it: a title row, the header, ``rows`` valid members."""
    from openpyxl import Workbook
    from stdnum.cn import ric

    rnd = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["李家村党支部党员花名册"])
    ws.append(HEADER)
    seen: set = set()
    for i in range(rows):
        while True:            # one person per ID number and per name + birth date
            birth = dt.date(1940, 1, 1) + dt.timedelta(days=rnd.randrange(0, 63 * 365))
            seq = rnd.randrange(1, 999)
            name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)
            body = f"110105{birth:%Y%m%d}{seq:03d}"
            if body not in seen and (name, birth) not in seen:
                seen.update((body, (name, birth)))
                break
        join = dt.date(min(birth.year + rnd.randrange(19, 40), 2022), rnd.randrange(1, 13), 1)
        ws.append([i + 1, name, "男" if seq % 2 else "女",
                   "汉族", birth, body + ric.calc_check_digit(body + "0"), rnd.choice(("初中", "高中", "大专", "本科")),
                   join, join.replace(year=join.year + 1), "正式党员", "", f"13{rnd.randrange(100000000, 999999999)}",
                   f"李家村{rnd.randrange(1, 12)}组", "河南省", ""])
    wb.save(path)


def bare_read(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return n


def our_import(path: Path, template_db: Path, work: Path) -> dict:
    from djdesk.core.excel import roster_import as ri
    from djdesk.core.excel.reader import read_sheet
    from djdesk.core.store import Store

    target = work / "import-target.sqlite"
    for p in work.glob("import-target*"):
        p.unlink()
    if (work / "backups").exists():
        shutil.rmtree(work / "backups")
    shutil.copy(template_db, target)
    store = Store.open(target, daily_backup=False)
    try:
        branch = store.scalar("SELECT uuid FROM org_unit WHERE kind = 'branch'")
        t0 = time.perf_counter()
        sheet = read_sheet(path)
        t1 = time.perf_counter()
        plan = ri.check_import(store, sheet, branch)
        t2 = time.perf_counter()
        result = ri.apply_plan(store, plan)
        t3 = time.perf_counter()
        assert result.imported == len(sheet.rows) - 2, plan.counts()
        return {"read": t1 - t0, "check": t2 - t1, "apply": t3 - t2, "total": t3 - t0}
    finally:
        store.close()


def bench_import(work: Path, rows: int, repeat: int) -> None:
    from djdesk.core.database import NewDatabase, create_database

    path = work / f"roster-{rows}.xlsx"
    if not path.exists():
        start = time.perf_counter()
        make_roster_file(path, rows)
        print(f"(made {path.name}: {rows} rows in {time.perf_counter() - start:.1f} s)", flush=True)
    template = work / "import-template.sqlite"
    if not template.exists():
        create_database(template, NewDatabase("village", "红星乡党委", village_name="李家村")).close()
    bare_read(path)                                   # warm the file cache
    bares, ours = [], []
    for _ in range(repeat):                           # interleaved, so both see the same machine load
        start = time.perf_counter()
        bare_read(path)
        bares.append(time.perf_counter() - start)
        ours.append(our_import(path, template, work))
    bare = statistics.median(bares)
    total = statistics.median(o["total"] for o in ours)
    parts = {k: statistics.median(o[k] for o in ours) for k in ("read", "check", "apply")}
    record(f"Excel import {rows} rows", total, bare, "bare openpyxl read_only pass", "≤ 2×", total <= 2 * bare)
    print(f"    of which read {parts['read']:.1f} s, check {parts['check']:.1f} s, "
          f"backup + write {parts['apply']:.1f} s ({rows / total:.0f} rows/s overall)", flush=True)


def bench_export(db: Path, work: Path, repeat: int) -> None:
    from openpyxl import Workbook

    from djdesk.core import roster
    from djdesk.core.excel import exports
    from djdesk.core.store import Store

    store = Store.open(db, lock=False)
    try:
        f = roster.RosterFilter()
        members = roster.list_members(store, f, sort="branch")
        rows = exports.roster_rows(members)

        def bare():
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("花名册")
            for row in rows:
                ws.append(row)
            wb.save(work / "bare-export.xlsx")

        def ours():
            exports.export_roster(store, work / "county-roster.xlsx", f)

        t_bare = median_of(bare, repeat)
        t_ours = median_of(ours, repeat)
    finally:
        store.close()
    size = (work / "county-roster.xlsx").stat().st_size / 1024 / 1024
    record("Excel export roster (whole db)", t_ours, t_bare, f"bare write_only, {len(rows)} rows, no styles",
           "reported", True)
    print(f"    {len(rows)} members, {size:.1f} MB", flush=True)


def bench_excel(work: Path, db: Path, repeat: int) -> None:
    """The entry point ``benchmarks/run.py`` calls."""
    bench_import(work, 20000, repeat)
    bench_export(db, work, repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the files in this folder (and reuse them)")
    parser.add_argument("--db", type=Path, help="a county database to export (default: make the demo)")
    args = parser.parse_args()
    work = work_folder(args.keep, "excel")
    db = args.db or demo_db(work / "county.sqlite")
    bench_import(work, args.rows, args.repeat)
    bench_export(db, work, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
