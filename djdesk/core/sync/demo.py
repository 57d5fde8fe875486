"""Enrolled township and village databases for demos, tests and the benchmark (issue #7).

``split_villages`` cuts a demo (township or county) database into a township installation that
holds the org tree only and one village installation per village holding that village's records
(rows copied with their sync columns, as if each village had typed them in), and enrols every
village at the township with the full fingerprint dance (``enrol_pair``). The data-exchange page
can use it for a demo; the property test and ``benchmarks/bench_sync.py`` use it.
"""

from __future__ import annotations

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
    caller's transaction), keeping uuids and stamps; blobs the attachments need come along."""
    n = 0
    tables = ("org_unit",) if org_rows_only else merge.record_tables()
    data = merge.rows_for_scope(src, orgs)
    for table in tables:
        t = data[table]
        if not t["rows"]:
            continue
        cols = t["columns"]
        dst.conn.executemany(f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                             t["rows"])
        n += len(t["rows"])
        if table == "attachment":
            i_sha = cols.index("sha256")
            for r in t["rows"]:
                blob = src.conn.execute("SELECT sha256, size, data FROM blob WHERE sha256 = ?", (r[i_sha],)).fetchone()
                if blob is not None:
                    dst.conn.execute("INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (?, ?, ?)", tuple(blob))
    return n


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
        for i, v in enumerate(vs):
            store = _new_db(folder / f"village{i:03d}.sqlite", "village", v)
            with store.transaction():
                _copy_rows(src, store, set(merge.org_ancestors_all(src, v)), org_rows_only=True)
                _copy_rows(src, store, merge.org_subtree_all(src, v))
            villages[v] = store
    finally:
        src.close()
    for v, store in villages.items():
        enrol_pair(township, store, v, stick, import_first=import_first)
    return World(township, villages, stick)
