"""The store: migrations from every earlier schema version, transactions, sync columns, refusals."""

import sqlite3

import pytest

from djdesk.core import schema
from djdesk.core.errors import UserError
from djdesk.core.hlc import HybridClock, parse_stamp
from djdesk.core.store import Store, _migrate, connect


def _seed_v1(conn):
    """Rows a clerk could have entered at schema version 1."""
    conn.execute("BEGIN")
    conn.execute("INSERT INTO org_unit (uuid, org_uuid, origin, created_hlc, hlc, kind, name) "
                 "VALUES ('t', 't', 'o', 'a', 'a', 'township', '红星乡党委')")
    conn.execute("INSERT INTO org_unit (uuid, org_uuid, origin, created_hlc, hlc, parent_uuid, kind, name) "
                 "VALUES ('b', 'b', 'o', 'a', 'a', 't', 'branch', '李家村党支部')")
    conn.execute("INSERT INTO member (uuid, org_uuid, origin, created_hlc, hlc, name, gender, category, "
                 "birth_date, id_number) VALUES ('m', 'b', 'o', 'a', 'a', '李秀英', '女', '正式', "
                 "'1949-12-31', '11010519491231002X')")
    conn.execute("COMMIT")


def _seed_v2(conn):
    _seed_v1(conn)
    conn.execute("INSERT INTO audit_log (at, hlc, account, table_name, record_uuid, action) "
                 "VALUES ('2026-01-01T08:00:00', 'a', 'clerk', 'member', 'm', 'insert')")


SEEDS = {1: _seed_v1, 2: _seed_v2}


def _seed_v3(conn):
    """Version 2's data plus a meeting with attendance, a vote, a grade and an attachment (issue #3)."""
    _seed_v2(conn)
    sync = "origin, created_hlc, hlc"
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO meeting_kind (uuid, org_uuid, {sync}, code, name, frequency) "
                 "VALUES ('k', 'b', 'o', 'a', 'a', 'lecture', '党课', 'monthly')")
    conn.execute(f"INSERT INTO meeting (uuid, org_uuid, {sync}, kind, record_no, title, held_on, host) "
                 "VALUES ('mt', 'b', 'o', 'a', 'a', 'assembly', '2026-001', '第一季度支部党员大会', '2026-03-01', '李秀英')")
    conn.execute(f"INSERT INTO meeting_attendance (uuid, org_uuid, {sync}, meeting_uuid, member_uuid, name, "
                 "category, has_vote, status) VALUES ('at', 'b', 'o', 'a', 'a', 'mt', 'm', '李秀英', '正式', 1, '出席')")
    conn.execute(f"INSERT INTO meeting_vote (uuid, org_uuid, {sync}, meeting_uuid, subject, votes_for) "
                 "VALUES ('v', 'b', 'o', 'a', 'a', 'mt', '关于村组道路硬化的决议', 1)")
    conn.execute(f"INSERT INTO appraisal (uuid, org_uuid, {sync}, member_uuid, meeting_uuid, year, grade) "
                 "VALUES ('ap', 'b', 'o', 'a', 'a', 'm', 'mt', 2026, '合格')")
    digest = "ab" * 32
    conn.execute("INSERT INTO blob (sha256, size, data) VALUES (?, 3, x'010203')", (digest,))
    conn.execute(f"INSERT INTO attachment (uuid, org_uuid, {sync}, owner_uuid, file_name, size, sha256) "
                 "VALUES ('f', 'b', 'o', 'a', 'a', 'mt', '签到表.jpg', 3, ?)", (digest,))
    conn.execute("COMMIT")


SEEDS[3] = _seed_v3


def _seed_v4(conn):
    """Version 3's data plus a local account (issue #9)."""
    SEEDS[3](conn)
    conn.execute("INSERT INTO account (name, role, password_hash, created_at) "
                 "VALUES ('clerk', 'clerk', '$argon2id$v=19$m=19456,t=2,p=1$x$y', '2026-01-01T08:00:00')")


SEEDS[4] = _seed_v4


def _seed_v5(conn):
    """Version 4's data plus dues rows (issue #4)."""
    SEEDS[4](conn)
    # DUES-SEED
    sync = "origin, created_hlc, hlc"
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO dues_profile (uuid, org_uuid, {sync}, member_uuid, effective_month, category, "
                 "base_fen) VALUES ('dp', 'b', 'o', 'a', 'a', 'm', '2026-01', '离退休', 520000)")
    conn.execute(f"INSERT INTO dues_payment (uuid, org_uuid, {sync}, member_uuid, kind, receipt_year, receipt_seq, "
                 "receipt_no, paid_on, period, amount_fen, method, collector) VALUES "
                 "('pay', 'b', 'o', 'a', 'a', 'm', 'payment', 2026, 1, '2026-0001', '2026-03-05', '2026-03', 15600, "
                 "'现金', '王会计')")
    conn.executemany(f"INSERT INTO dues_allocation (uuid, org_uuid, {sync}, payment_uuid, member_uuid, month, "
                     "amount_fen) VALUES (?, 'b', 'o', 'a', 'a', 'pay', 'm', ?, 5200)",
                     [(f"al{i}", f"2026-{i:02d}") for i in (1, 2, 3)])
    conn.execute(f"INSERT INTO dues_remittance (uuid, org_uuid, {sync}, period_from, period_to, amount_fen, "
                 "remitted_on, voucher) VALUES ('rem', 'b', 'o', 'a', 'a', '2026-01', '2026-03', 15600, "
                 "'2026-04-02', '红星乡党委回执0007')")
    conn.execute(f"INSERT INTO dues_lock (uuid, org_uuid, {sync}, month_from, month_to, reason, locked_on, "
                 "remittance_uuid) VALUES ('lk', 'b', 'o', 'a', 'a', '2026-01', '2026-03', '上缴', '2026-04-02', 'rem')")
    conn.execute("COMMIT")


SEEDS[5] = _seed_v5


def _seed_v6(conn):
    """Version 5's data plus an activity site with rooms and assets (issue #5)."""
    SEEDS[5](conn)
    # SITES-SEED
    sync = "origin, created_hlc, hlc"
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO org_unit (uuid, org_uuid, {sync}, parent_uuid, kind, name, code) "
                 "VALUES ('vg', 'vg', 'o', 'a', 'a', 't', 'village', '李家村', 'LJC')")
    conn.execute(f"INSERT INTO site (uuid, org_uuid, {sync}, name, building_area, land_area, year_built) "
                 "VALUES ('st', 'vg', 'o', 'a', 'a', '李家村党群服务中心', 320.5, 1200, 2016)")
    conn.execute(f"INSERT INTO site_funding (uuid, org_uuid, {sync}, site_uuid, source, amount_fen, year) "
                 "VALUES ('sf', 'vg', 'o', 'a', 'a', 'st', '县级财政', 30000000, 2016)")
    conn.execute(f"INSERT INTO site_room (uuid, org_uuid, {sync}, site_uuid, kind, name, area) "
                 "VALUES ('rm', 'vg', 'o', 'a', 'a', 'st', '党员活动室', '党员活动室', 60)")
    conn.execute(f"INSERT INTO asset (uuid, org_uuid, {sync}, site_uuid, room_uuid, seq, asset_no, category, name, "
                 "unit, quantity, unit_value_fen, acquired_on, source, condition) VALUES ('as', 'vg', 'o', 'a', 'a', "
                 "'st', 'rm', 1, 'ZC-LJC-00001', '家具', '会议桌', '张', 2, 85000, '2016-10-01', '上级配发', '良好')")
    conn.execute(f"INSERT INTO asset_event (uuid, org_uuid, {sync}, asset_uuid, event_date, kind, to_site_uuid, "
                 "to_room_uuid, quantity_change) VALUES ('ae', 'vg', 'o', 'a', 'a', 'as', '2016-10-01', '登记', "
                 "'st', 'rm', 2)")
    conn.execute(f"INSERT INTO stocktake (uuid, org_uuid, {sync}, site_uuid, started_on, closed_on, status) "
                 "VALUES ('sk', 'vg', 'o', 'a', 'a', 'st', '2025-12-20', '2025-12-21', 'closed')")
    conn.execute(f"INSERT INTO stocktake_line (uuid, org_uuid, {sync}, stocktake_uuid, asset_uuid, "
                 "expected_quantity, expected_condition, counted_quantity, counted_condition) "
                 "VALUES ('sl', 'vg', 'o', 'a', 'a', 'sk', 'as', 2, '良好', 2, '良好')")
    conn.execute(f"INSERT INTO site_log (uuid, org_uuid, {sync}, site_uuid, register, entry_date, content, minutes) "
                 "VALUES ('lg', 'vg', 'o', 'a', 'a', 'st', '远程教育工作记录簿', '2026-01-05', '组织收看党员教育片', 90)")
    conn.execute("COMMIT")


SEEDS[6] = _seed_v6


def _seed_v7(conn):
    """Version 6's data plus enrolment and package records (issue #7)."""
    SEEDS[6](conn)
    # SYNC-SEED
    conn.execute("BEGIN")
    conn.execute("INSERT INTO sync_peer (installation_id, role, org_uuid, name, code, sign_pub, enc_pub, fingerprint, "
                 "status, issued_at, enrolled_at, enrolled_by, next_seq_out) VALUES ('inst-v', 'village', 'vg', "
                 "'李家村', 'LJC', 'c2lnbg==', 'ZW5j', 'K7QM-4XZA-9PRT-B2CD', 'enrolled', '2026-01-05T09:00:00', "
                 "'2026-01-20T10:30:00', 'clerk', 3)")
    conn.execute("INSERT INTO sync_package (id, package_uuid, direction, peer_id, org_uuid, seq, file_name, "
                 "file_sha256, created_at, processed_at, account, counts, header, receipt_at) VALUES (1, 'pk', 'in', "
                 "'inst-v', 'vg', 2, 'LJC-20260301-2.djpkg', 'ab', '2026-03-01T08:00:00', '2026-03-02T09:00:00', "
                 "'clerk', '{\"new\": 1, \"updated\": 0, \"unchanged\": 0, \"conflicting\": 1, \"refused\": 0}', "
                 "'{}', '2026-03-02T09:00:01')")
    conn.execute("INSERT INTO sync_row (uuid, package_id, vv) VALUES ('m', 1, '{\"inst-v\": \"a\"}')")
    conn.execute("INSERT INTO sync_conflict (table_name, record_uuid, org_uuid, package_id, winner, winner_hlc, "
                 "loser_hlc, loser_values, detected_at) VALUES ('member', 'm', 'b', 1, 'incoming', 'b', 'a', "
                 "'{\"phone\": \"13900000001\"}', '2026-03-02T09:00:00')")
    conn.execute("INSERT INTO sync_blob_sent (peer_id, sha256, package_uuid, acked) VALUES ('inst-v', 'ab', 'pk', 1)")
    conn.execute("COMMIT")


SEEDS[7] = _seed_v7


def _seed_v8(conn):
    """Version 7's data plus dues months paid at a flowing member's host organisation (Art. 9)."""
    SEEDS[7](conn)
    sync = "origin, created_hlc, hlc"
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO dues_payment (uuid, org_uuid, {sync}, member_uuid, kind, paid_on, period, amount_fen, "
                 "collector, note) VALUES ('ew', 'b', 'o', 'a', 'a', 'm', 'elsewhere', '2026-05-06', '2026-05', 0, "
                 "'深圳市宝安区流动党员党支部', '党费收据 SZ-0012')")
    conn.execute(f"INSERT INTO dues_allocation (uuid, org_uuid, {sync}, payment_uuid, member_uuid, month, "
                 "amount_fen) VALUES ('ewa', 'b', 'o', 'a', 'a', 'ew', 'm', '2026-04', 0)")
    conn.execute("COMMIT")


SEEDS[8] = _seed_v8


def test_every_version_has_a_seed():
    """A new migration must come with a seed of its version's data, so the test below covers it."""
    assert sorted(SEEDS) == [m.version for m in schema.MIGRATIONS]


@pytest.mark.parametrize("version", [m.version for m in schema.MIGRATIONS])
def test_upgrade_from_every_earlier_version_keeps_data(tmp_path, version):
    path = tmp_path / "old.sqlite"
    conn = connect(path)
    _migrate(conn, 0, version)
    SEEDS[version](conn)
    conn.close()

    store = Store.open(path)
    assert store.schema_version == schema.LATEST_VERSION
    member = store.query_one("SELECT name, id_number, deleted FROM member WHERE uuid = 'm'")
    assert member == {"name": "李秀英", "id_number": "11010519491231002X", "deleted": 0}
    assert store.scalar("PRAGMA integrity_check") == "ok"
    assert store.scalar("PRAGMA foreign_key_check") is None
    if version < schema.LATEST_VERSION:
        assert list((tmp_path / "backups").glob("old-before-*.sqlite")), "no backup before migrating"


def test_new_database_is_wal_with_foreign_keys_and_identity(tmp_path):
    store = Store.open(tmp_path / "a.sqlite", create=True)
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert len(store.installation_id) == 32
    again = Store.open(tmp_path / "a.sqlite")
    assert again.installation_id == store.installation_id


def test_newer_schema_is_refused_with_upgrade_advice(tmp_path):
    path = tmp_path / "future.sqlite"
    Store.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="请先升级"):
        Store.open(path)
    assert path.read_bytes() == before


def test_not_a_database_and_foreign_database_are_refused(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(UserError, match="不是党建桌面数据库或已损坏"):
        Store.open(junk)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="不是党建桌面数据库"):
        Store.open(other)
    with pytest.raises(UserError, match="找不到"):
        Store.open(tmp_path / "missing.sqlite")


def _org(store, uuid="x"):
    store.insert("org_unit", {"uuid": uuid, "org_uuid": uuid, "kind": "township", "name": "乡"})


def test_writes_need_a_transaction_and_roll_back_whole(tmp_path):
    store = Store.open(tmp_path / "a.sqlite", create=True)
    with pytest.raises(RuntimeError):
        _org(store)
    with pytest.raises(ZeroDivisionError):
        with store.transaction():
            _org(store, "a")
            with store.transaction():
                _org(store, "b")
            1 / 0
    assert store.scalar("SELECT count(*) FROM org_unit") == 0


def test_inner_savepoint_rolls_back_alone(tmp_path):
    store = Store.open(tmp_path / "a.sqlite", create=True)
    with store.transaction():
        _org(store, "a")
        with pytest.raises(ValueError):
            with store.transaction():
                _org(store, "b")
                raise ValueError
    assert [r["uuid"] for r in store.query("SELECT uuid FROM org_unit")] == ["a"]


def test_sync_columns_stamps_and_tombstones(tmp_path):
    store = Store.open(tmp_path / "a.sqlite", create=True)
    with store.transaction():
        _org(store, "a")
    row = store.query_one("SELECT * FROM org_unit WHERE uuid = 'a'")
    assert row["origin"] == store.installation_id
    assert row["created_hlc"] == row["hlc"] and row["deleted"] == 0
    with store.transaction():
        store.update("org_unit", "a", {"name": "新乡"})
    edited = store.query_one("SELECT * FROM org_unit WHERE uuid = 'a'")
    assert edited["hlc"] > row["hlc"] and edited["created_hlc"] == row["created_hlc"]
    with store.transaction():
        store.tombstone("org_unit", "a")
    gone = store.query_one("SELECT * FROM org_unit WHERE uuid = 'a'")
    assert gone["deleted"] == 1 and gone["name"] == "新乡" and gone["hlc"] > edited["hlc"]
    with pytest.raises(UserError):
        with store.transaction():
            store.update("org_unit", "a", {"name": "x"})


def test_clock_survives_reopen_and_never_goes_back(tmp_path):
    path = tmp_path / "a.sqlite"
    store = Store.open(path, create=True)
    with store.transaction():
        _org(store, "a")
    last = store.scalar("SELECT hlc FROM org_unit")
    store.close()
    store = Store.open(path)
    store.clock.ms += 10**9  # pretend the clock once ran far ahead (a PC with a wrong date)
    with store.transaction():
        _org(store, "b")
    ahead = store.scalar("SELECT hlc FROM org_unit WHERE uuid = 'b'")
    store.close()
    store = Store.open(path)
    with store.transaction():
        _org(store, "c")
    assert last < ahead < store.scalar("SELECT hlc FROM org_unit WHERE uuid = 'c'")


def test_hlc_orders_by_time_counter_then_node():
    clock = HybridClock("aaaa")
    a = clock.tick(now_ms=1000)
    b = clock.tick(now_ms=999)        # wall clock went back: still later
    c = clock.tick(now_ms=1000)
    assert a < b < c
    assert parse_stamp(b)[:2] == (1000, 1)
    clock.observe(HybridClock("bbbb", ms=5000, counter=3).state)
    d = clock.tick(now_ms=1001)
    assert parse_stamp(d)[:2] == (5000, 4) and d > c


def test_audit_log_records_who_changed_what_and_cannot_be_edited(tmp_path):
    store = Store.open(tmp_path / "a.sqlite", create=True)
    store.account = "李会计"
    with store.transaction():
        _org(store, "a")
    with store.transaction():
        store.update("org_unit", "a", {"name": "新乡", "code": ""})   # code unchanged: not logged
        store.tombstone("org_unit", "a")
    trail = store.audit_trail("a")
    assert [(t["action"], t["account"], t["changes"]) for t in trail] == [
        ("insert", "李会计", {}),
        ("update", "李会计", {"name": ["乡", "新乡"]}),
        ("delete", "李会计", {}),
    ]
    for sql in ("UPDATE audit_log SET account = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            with store.transaction():
                store.conn.execute(sql)
    assert len(store.audit_trail("a")) == 3


def test_rolled_back_change_leaves_no_audit_entry(tmp_path):
    store = Store.open(tmp_path / "a.sqlite", create=True)
    with pytest.raises(ZeroDivisionError):
        with store.transaction():
            _org(store, "a")
            1 / 0
    assert store.scalar("SELECT count(*) FROM audit_log") == 0


def test_dues_ledger_rebuild_keeps_entries_and_takes_the_elsewhere_kind(tmp_path):
    """Migration 8 rebuilds dues_payment/dues_allocation for the kind 'elsewhere' (months a
    流动党员 paid at the host organisation): every entry, reversal link and index survives."""
    path = tmp_path / "old.sqlite"
    conn = connect(path)
    _migrate(conn, 0, 7)
    SEEDS[7](conn)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO dues_payment (uuid, org_uuid, origin, created_hlc, hlc, member_uuid, kind, paid_on, "
                 "period, amount_fen, reverses_uuid, reason) VALUES ('rv', 'b', 'o', 'a', 'a', 'm', 'reversal', "
                 "'2026-04-05', '2026-04', -15600, 'pay', '收错')")
    conn.execute("COMMIT")
    conn.close()
    store = Store.open(path)
    assert store.query("SELECT uuid, kind, reverses_uuid FROM dues_payment ORDER BY uuid") == [
        {"uuid": "pay", "kind": "payment", "reverses_uuid": None},
        {"uuid": "rv", "kind": "reversal", "reverses_uuid": "pay"}]
    assert store.scalar("SELECT sum(amount_fen) FROM dues_allocation WHERE payment_uuid = 'pay'") == 15600
    assert store.scalar("PRAGMA foreign_key_check") is None
    tables = " ".join(r["sql"] for r in store.query("SELECT sql FROM sqlite_master WHERE name LIKE 'dues_%'"))
    assert "_v8" not in tables
    indexes = {r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"dues_payment_receipt", "dues_payment_reverses", "dues_allocation_member",
            "dues_allocation_payment"} <= indexes
    sync = "uuid, org_uuid, origin, created_hlc, hlc, member_uuid, kind, paid_on, period, amount_fen"
    with pytest.raises(sqlite3.IntegrityError):      # an 'elsewhere' entry carries no money …
        store.conn.execute(f"INSERT INTO dues_payment ({sync}) VALUES ('x', 'b', 'o', 'a', 'a', 'm', "
                           "'elsewhere', '2026-05-01', '2026-05', 100)")
    with pytest.raises(sqlite3.IntegrityError):      # … and no receipt number
        store.conn.execute(f"INSERT INTO dues_payment ({sync}, receipt_year, receipt_seq) VALUES ('x', 'b', 'o', "
                           "'a', 'a', 'm', 'elsewhere', '2026-05-01', '2026-05', 0, 2026, 9)")
