"""The activity-site demo data (issue #5): a site per village, 40–150 asset lines whose rows are
what their events add up to, one closed stocktake with a few discrepancies, some disposals."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from djdesk.core import sites
from djdesk.core.demo import create_demo

TODAY = dt.date(2025, 12, 31)


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    store = create_demo(tmp_path_factory.mktemp("demo") / "town.sqlite", "township", seed=1, today=TODAY)
    yield store
    store.close()


def test_every_village_has_a_site_with_rooms_and_40_to_150_assets(town):
    summaries = sites.township_summary(town)
    assert len(summaries) == 12
    for s in summaries:
        assert s.sites == 1 and s.rooms >= 6 and s.building_area > 0 and s.funding_fen > 0, s
        assert {"党员活动室", "会议室", "远程教育站点", "便民服务室", "农家书屋"} <= set(s.room_kinds)
        lines = town.scalar("SELECT count(*) FROM asset WHERE org_uuid = ?", (s.village_uuid,))
        assert 40 <= lines <= 150
        assert s.asset_lines + s.disposed_lines == lines and s.disposed_lines >= 2
        assert s.last_stocktake is not None


def test_asset_rows_are_what_their_events_add_up_to(town):
    events = defaultdict(list)
    for e in town.query("SELECT * FROM asset_event ORDER BY event_date, created_hlc"):
        events[e["asset_uuid"]].append(e)
    for a in town.query("SELECT * FROM asset"):
        history = events[a["uuid"]]
        assert history[0]["kind"] == "登记" and history[0]["event_date"] == a["acquired_on"]
        total = sum(e["quantity_change"] for e in history)
        assert total == (0 if a["disposed_on"] else a["quantity"]), a["asset_no"]
        conditions = [e["to_condition"] for e in history if e["to_condition"]]
        assert conditions[-1] == a["condition"] or (a["disposed_on"] and history[-1]["kind"] == "盘点调整")
        rooms = [e["to_room_uuid"] for e in history if e["to_room_uuid"]]
        assert rooms[-1] == a["room_uuid"]
        assert all(e["event_date"] <= TODAY.isoformat() for e in history)
    numbers = [r["asset_no"] for r in town.query("SELECT asset_no FROM asset")]
    assert len(numbers) == len(set(numbers))


def test_one_closed_stocktake_per_site_with_a_few_discrepancies_booked(town):
    for st in town.query("SELECT * FROM stocktake"):
        assert st["status"] == "closed" and st["applied_on"] == st["closed_on"]
        differing = sites.discrepancies(town, st["uuid"])
        assert 2 <= len(differing) <= 5
        booked = town.scalar("SELECT count(*) FROM asset_event WHERE stocktake_uuid = ?", (st["uuid"],))
        assert booked == len(differing)
        p = sites.stocktake_progress(town, st["uuid"])
        assert p.counted == p.total and p.discrepancies == len(differing)
    assert town.scalar("SELECT count(DISTINCT site_uuid) FROM stocktake") == 12


def test_disposals_carry_an_approval_and_the_registers_have_entries(town):
    scrapped = town.query("SELECT * FROM asset_event WHERE kind = '报废'")
    assert len(scrapped) >= 24 and all("乡党委审核同意" in e["approval_ref"] for e in scrapped)
    site = town.query_one("SELECT uuid FROM site ORDER BY name LIMIT 1")["uuid"]
    month = sites.remote_education_month(town, site, 2025, 11)
    assert month["sessions"] >= 2 and month["hours"] > 0


def test_same_seed_same_sites(town, tmp_path):
    def content(store):
        rows = []
        for table in ("site", "site_room", "asset", "asset_event", "stocktake_line"):
            for r in store.query(f"SELECT * FROM {table} ORDER BY uuid"):
                for key in ("origin", "created_hlc", "hlc"):
                    r.pop(key)
                rows.append((table, sorted(r.items())))
        return rows

    again = create_demo(tmp_path / "again.sqlite", "township", seed=1, today=TODAY)
    try:
        assert content(again) == content(town)
    finally:
        again.close()
