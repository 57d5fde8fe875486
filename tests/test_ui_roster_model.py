"""The roster table model: pages over core queries, responsive at county scale (≈ 20,000 members)."""

from __future__ import annotations

import time

import pytest

from djdesk.core import members, orgs
from djdesk.core.roster import RosterFilter
from djdesk.core.store import Store
from djdesk.ui.qt import Qt
from djdesk.ui.roster_model import COLUMNS, PAGE_SIZE, RosterModel


@pytest.fixture
def county(county_db):
    s = Store.open(county_db)
    yield s
    s.close()


def timed(fn, repeat: int = 3) -> float:
    """Best of a few runs: the machines running the tests are shared, a single run is noisy."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def test_model_passes_the_model_tester_on_a_village(store, qtmodeltester):
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    for name, birth in (("张三", "1960-01-02"), ("李四", "1970-03-04"), ("王五", "1980-05-06")):
        members.add_member(store, dict(org_uuid=branch, name=name, gender="男", ethnicity="汉族",
                                       category="正式", birth_date=birth))
    model = RosterModel(store)
    model.set_filter(RosterFilter())
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.AscendingOrder)         # 年龄: youngest first
    assert [model.index(r, 0).data() for r in range(3)] == ["王五", "李四", "张三"]
    qtmodeltester.check(model)


def test_data_never_raises(store):
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    members.add_member(store, dict(org_uuid=branch, name="张三", gender="男", ethnicity="汉族",
                                   category="正式", birth_date="1960-01-02"))
    model = RosterModel(store)
    model.set_filter(RosterFilter())
    store.close()                                      # any fetch now fails inside sqlite3
    assert model.index(0, 0).data() is None
    assert model.data(model.index(5, 5)) is None       # an invalid index
    assert model.headerData(99, Qt.Orientation.Horizontal) is None


@pytest.mark.slow
def test_county_roster_is_responsive(county, qtmodeltester):
    model = RosterModel(county)
    scope = county.meta["scope_org_uuid"]
    assert timed(lambda: model.set_filter(RosterFilter(org_uuid=scope))) < 0.3
    total = model.rowCount()
    assert total > 15_000
    assert timed(model.rowCount) < 0.001
    # only the pages that are looked at are fetched
    assert timed(lambda: model.index(total - 1, 0).data(), repeat=1) < 0.1
    assert len(model._pages) == 1 and PAGE_SIZE == 200

    for column in range(len(COLUMNS)):                 # every sortable column re-queries quickly
        elapsed = timed(lambda: model.sort(column, Qt.SortOrder.DescendingOrder))
        assert elapsed < 0.3, (COLUMNS[column][0], elapsed)
        assert model.rowCount() == total

    assert timed(lambda: model.update_filter(text="zs")) < 0.3
    found = model.rowCount()
    assert 0 < found < total
    names = [model.index(r, 0).data() for r in range(min(found, 50))]
    assert all(n.startswith(("张", "章", "赵", "周", "庄", "朱", "钟", "郑", "曾", "邹", "詹")) for n in names), names
    assert timed(lambda: model.update_filter(text="")) < 0.3
    assert model.rowCount() == total
    qtmodeltester.check(model)


@pytest.mark.slow
def test_county_roster_sorting_keeps_the_selection_on_the_member(county, qtbot):
    from djdesk.ui.roster_page import RosterPage

    page = RosterPage(county)
    qtbot.addWidget(page)
    page.set_org(county.meta["scope_org_uuid"], "县")
    page.table.selectRow(1234)
    uuid = page.selected_uuid()
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert page.selected_uuid() == uuid
