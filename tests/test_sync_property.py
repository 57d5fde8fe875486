"""Property test of the merge (issue #7): one township and two villages make random edits, deletions
and new records; packages are delivered in random orders, with duplicates and stale copies. After
a final round every replica holds the same records in each village's scope, and every edit ever
made is the final version or one it was made on top of, or a version in some replica's conflicts
list or one that version was made on top of."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sync import dump, make_world

from djdesk.core.store import Store
from djdesk.core.sync import merge, package

EXAMPLES = 20


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The world's files, made once; each example works on a fresh copy."""
    tmp = tmp_path_factory.mktemp("property")
    w = make_world(tmp)
    names = [Path(s.path).name for s in w.villages.values()]
    w.close()
    return tmp / "world", names


class Replicas:
    def __init__(self, folder: Path, village_files: list[str]):
        self.stick = folder / "stick"
        self.t = Store.open(folder / "township.sqlite", daily_backup=False)
        self.v = [Store.open(folder / name, daily_backup=False) for name in village_files]
        self.scope = [s.meta["scope_org_uuid"] for s in self.v]
        self.all = [self.t, *self.v]
        self.parent: dict[tuple[str, str], str | None] = {}   # (uuid, stamp) → stamp it was made on
        self.mail: list[tuple[Path, Store]] = []

    def close(self) -> None:
        for s in self.all:
            s.close()

    def items(self, replica: Store, village: int) -> list[tuple[str, str]]:
        """(table, uuid) a replica may edit in one village: its members and its branch."""
        scope = self.scope[village]
        branch = replica.query("SELECT uuid FROM org_unit WHERE parent_uuid = ? ORDER BY uuid", (scope,))
        members = replica.query("SELECT uuid FROM member WHERE org_uuid IN (SELECT uuid FROM org_unit "
                                "WHERE parent_uuid = ?) ORDER BY created_hlc, uuid", (scope,))
        return [("org_unit", r["uuid"]) for r in branch] + [("member", r["uuid"]) for r in members]

    def stamp(self, store: Store, table: str, uuid: str) -> tuple[str, int]:
        row = store.query_one(f"SELECT hlc, deleted FROM {table} WHERE uuid = ?", (uuid,))
        return row["hlc"], row["deleted"]

    def edit(self, who: int, village: int, pick: int, value: int, delete: bool) -> None:
        store = self.all[who]
        if who:                    # a village edits only its own records
            village = who - 1
        items = self.items(store, village)
        table, uuid = items[pick % len(items)]
        before, deleted = self.stamp(store, table, uuid)
        if deleted:
            return
        with store.transaction():
            if delete and table == "member":
                store.tombstone(table, uuid)
            else:
                store.update(table, uuid, {"note": f"{'TV'[min(who, 1)]}{who}-{value}"})
        after, _ = self.stamp(store, table, uuid)
        if after != before:        # the same value again is no edit (no new stamp)
            self.parent[(uuid, after)] = before

    def add(self, village: int, value: int) -> None:
        store = self.v[village]
        branch = self.items(store, village)[0][1]
        with store.transaction():
            uuid = store.insert("member", {"org_uuid": branch, "name": f"新{value}", "gender": "女",
                                           "category": "预备"})
        self.parent[(uuid, self.stamp(store, "member", uuid)[0])] = None

    def export(self, who: int, village: int) -> None:
        if who:
            self.mail.append((package.export_package(self.all[who], self.stick).path, self.t))
        else:
            self.mail.append((package.export_package(self.t, self.stick, self.scope[village]).path, self.v[village]))

    def deliver(self, pick: int) -> None:
        if self.mail:
            path, to = self.mail[pick % len(self.mail)]
            package.import_package(to, path, write_receipt=False)

    def final_round(self) -> None:
        for i, v in enumerate(self.v):
            package.import_package(self.t, package.export_package(v, self.stick).path, write_receipt=False)
        for i, v in enumerate(self.v):
            package.import_package(v, package.export_package(self.t, self.stick, self.scope[i]).path,
                                   write_receipt=False)


ops = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 1), st.integers(0, 9), st.integers(0, 99),
              st.booleans()),
    st.tuples(st.just("add"), st.integers(0, 1), st.integers(0, 99)),
    st.tuples(st.just("export"), st.integers(0, 2), st.integers(0, 1)),
    st.tuples(st.just("deliver"), st.integers(0, 50)),
), min_size=4, max_size=30)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops)
def test_replicas_converge_and_no_edit_disappears(template, steps):
    source, names = template
    folder = Path(tempfile.mkdtemp(prefix="djdesk-prop-"))
    try:
        shutil.copytree(source, folder, dirs_exist_ok=True)
        r = Replicas(folder, names)
        try:
            for step in steps:
                kind, *args = step
                if kind == "edit":
                    r.edit(*args)
                elif kind == "add":
                    r.add(*args)
                elif kind == "export":
                    r.export(*args)
                else:
                    r.deliver(*args)
            r.final_round()
            for i, v in enumerate(r.v):
                scope = merge.org_subtree_all(r.t, r.scope[i])
                assert dump(r.t, scope) == dump(v, scope)
            lost = {(c["record_uuid"], c["loser_hlc"]) for s in r.all
                    for c in s.query("SELECT record_uuid, loser_hlc FROM sync_conflict")}
            def history(uuid: str, stamp: str | None) -> set[str]:
                """A version and every version it was made on top of."""
                chain = set()
                while stamp is not None and stamp not in chain:
                    chain.add(stamp)
                    stamp = r.parent.get((uuid, stamp))
                return chain

            for (uuid, stamp) in r.parent:
                table = "member" if r.t.scalar("SELECT 1 FROM member WHERE uuid = ?", (uuid,)) else "org_unit"
                kept = history(uuid, r.t.scalar(f"SELECT hlc FROM {table} WHERE uuid = ?", (uuid,)))
                for record, loser in lost:      # a version kept in a conflicts list keeps its history too
                    if record == uuid:
                        kept |= history(uuid, loser)
                assert stamp in kept, f"edit {stamp} of {uuid} vanished without a conflict entry"
        finally:
            r.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
