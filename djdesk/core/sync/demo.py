"""Enrolled township and village databases for demos, tests and the benchmark (issue #7).

``split_villages`` cuts a demo (township or county) database into a township installation that
holds the org tree only and one village installation per village holding that village's records
(rows copied with their sync columns, as if each village had typed them in), and enrols every
village at the township with the full fingerprint dance (``enrol_pair``). The data-exchange page
can use it for a demo; the property test and ``benchmarks/bench_sync.py`` use it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from djdesk.core.store import Store
from djdesk.core.sync import enrol, merge, package
from djdesk.core.sync.identity import ensure_identity


@dataclass
class World:
    township: Store
    villages: dict[str, Store]          # village org uuid → its installation's Store
    stick: Path

    def close(self) -> None:
        self.township.close()
        for s in self.villages.values():
            s.close()


def enrol_pair(township: Store, village: Store, village_uuid: str, stick: str | Path, *,
               import_first: bool = True) -> None:
    """Issue → accept → first package → fingerprint confirmed → imported, as two clerks would.
    ``import_first=False`` leaves the village's records out of the township (benchmarks)."""
    stick = Path(stick)
    path = enrol.issue_enrolment(township, village_uuid, stick)
    info = enrol.read_enrolment(path)
    enrol.accept_enrolment(village, path, info.township_fingerprint)
    first = package.export_package(village, stick)
    enrol.confirm_enrolment(township, first.path, ensure_identity(village).fingerprint)
    if import_first:
        package.import_package(township, first.path, write_receipt=False)
    first.path.unlink()
    path.unlink()


def _copy_rows(src: Store, dst: Store, orgs: set[str], *, org_rows_only: bool = False) -> int:
    """Copy every record whose org_uuid is in ``orgs`` from ``src`` into ``dst`` (raw, in the
    caller's transaction), keeping uuids and stamps."""
    if org_rows_only:
        cols = merge.table_columns(src, "org_unit")
        rows = src.conn.execute(f"SELECT {', '.join(cols)} FROM org_unit WHERE uuid IN (SELECT value FROM json_each(?))",
                                (json.dumps(sorted(orgs)),)).fetchall()
        return _insert(dst, {"org_unit": {"columns": cols, "rows": [tuple(r) for r in rows]}})
    return _insert(dst, merge.rows_for_scope(src, orgs))


def _insert(dst: Store, tables: dict[str, dict]) -> int:
    n = 0
    for table, t in tables.items():
        if not t["rows"]:
            continue
        cols = t["columns"]
        dst.conn.executemany(f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                             t["rows"])
        n += len(t["rows"])
    return n


def _by_village(src: Store, villages: list[str]) -> dict[str, dict[str, dict]]:
    """Every record below each village, read in one pass per table (county scale: one scan, not
    one per village), plus the attachment content they need."""
    parent = dict(src.conn.execute("SELECT uuid, parent_uuid FROM org_unit").fetchall())
    wanted = set(villages)
    village_of: dict[str, str] = {}
    for uuid in parent:
        cur, hops = uuid, 0
        while cur is not None and cur not in wanted and hops < 64:
            cur, hops = parent.get(cur), hops + 1
        if cur in wanted:
            village_of[uuid] = cur
    out: dict[str, dict[str, dict]] = {v: {} for v in villages}
    for table in merge.record_tables():
        cols = merge.table_columns(src, table)
        for v in villages:
            out[v][table] = {"columns": cols, "rows": []}
        i_org = cols.index("org_uuid")
        for row in src.conn.execute(f"SELECT {', '.join(cols)} FROM {table}"):
            v = village_of.get(row[i_org])
            if v is not None:
                out[v][table]["rows"].append(tuple(row))
    return out


def _new_db(path: Path, role: str, scope: str) -> Store:
    store = Store.open(path, create=True, daily_backup=False)
    with store.transaction():
        store.set_meta("role", role)
        store.set_meta("scope_org_uuid", scope)
    return store


def split_villages(source: str | Path, folder: str | Path, *, limit: int | None = None,
                   village_uuids: list[str] | None = None, import_first: bool = True) -> World:
    """A township installation (org tree only) and enrolled village installations (their data)
    made from a demo database; the villages' records reach the township only through packages
    (their first, unless ``import_first=False``)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stick = folder / "stick"
    stick.mkdir(exist_ok=True)
    src = Store.open(source, lock=False)
    try:
        root = src.meta.get("scope_org_uuid") or src.scalar("SELECT uuid FROM org_unit WHERE parent_uuid IS NULL")
        all_orgs = {r[0] for r in src.conn.execute("SELECT uuid FROM org_unit")}
        township = _new_db(folder / "township.sqlite", "township", root)
        with township.transaction():
            _copy_rows(src, township, all_orgs, org_rows_only=True)
        vs = village_uuids or [r[0] for r in src.conn.execute(
            "SELECT uuid FROM org_unit WHERE kind IN ('village', 'community') AND deleted = 0 ORDER BY code, name")]
        if limit is not None:
            vs = vs[:limit]
        villages: dict[str, Store] = {}
        data = _by_village(src, vs)
        for i, v in enumerate(vs):
            store = _new_db(folder / f"village{i:03d}.sqlite", "village", v)
            with store.transaction():
                _copy_rows(src, store, set(merge.org_ancestors_all(src, v)), org_rows_only=True)
                _insert(store, data[v])
                att = data[v]["attachment"]
                i_sha = att["columns"].index("sha256")
                for sha in {r[i_sha] for r in att["rows"]}:
                    blob = src.conn.execute("SELECT sha256, size, data FROM blob WHERE sha256 = ?", (sha,)).fetchone()
                    if blob is not None:
                        store.conn.execute("INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (?, ?, ?)",
                                           tuple(blob))
            villages[v] = store
        del data
    finally:
        src.close()
    for v, store in villages.items():
        enrol_pair(township, store, v, stick, import_first=import_first)
    return World(township, villages, stick)
