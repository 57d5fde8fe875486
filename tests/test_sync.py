"""USB packages (issue #7): enrolment, export/import, merge, conflicts, receipts, the township board
and roll-up, the CLI. The refusal corpus, the property test, the SIGKILL test and the FAT32 test
are in their own test_sync_*.py files; they build their worlds with ``make_world`` from here."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from djdesk.core import schema
from djdesk.core.database import NewDatabase, create_database
from djdesk.core.errors import UserError
from djdesk.core.orgs import add_org
from djdesk.core.store import Store
from djdesk.core.sync import demo, enrol, identity, merge, package, township
from djdesk.core.sync.container import PackageRefused

ID_NUMBER = "11010519491231002X"
PHONE = "13912345678"


def make_source(path: Path) -> Store:
    """红星乡党委 with two villages, one branch each, three members each (one woman, one young)."""
    store = create_database(path, NewDatabase(role="township", township_name="红星乡党委", township_code="410101"))
    root = store.meta["scope_org_uuid"]
    for code, name, people in (("LJC", "李家村", ("李一", "李二", "李三")), ("WZC", "王庄村", ("王一", "王二", "王三"))):
        village = add_org(store, root, {"kind": "village", "name": name, "code": code})
        branch = add_org(store, village, {"kind": "branch", "name": f"{name}党支部"})
        with store.transaction():
            for i, person in enumerate(people):
                store.insert("member", {
                    "org_uuid": branch, "name": person, "gender": "女" if i == 1 else "男", "category": "正式",
                    "birth_date": "1995-05-01" if i == 2 else "1960-01-01", "education": "高中",
                    "id_number": ID_NUMBER if (code, i) == ("LJC", 0) else "",
                    "phone": PHONE if (code, i) == ("LJC", 0) else ""})
    return store


def make_world(tmp_path: Path) -> demo.World:
    make_source(tmp_path / "source.sqlite").close()
    return demo.split_villages(tmp_path / "source.sqlite", tmp_path / "world")


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path)
    yield w
    w.close()


def village(w: demo.World, name: str) -> tuple[str, Store]:
    for uuid, s in w.villages.items():
        if s.scalar("SELECT name FROM org_unit WHERE uuid = ?", (uuid,)) == name:
            return uuid, s
    raise KeyError(name)


def member_uuid(store: Store, name: str) -> str:
    return store.scalar("SELECT uuid FROM member WHERE name = ?", (name,))


def dump(store: Store, orgs: set[str] | None = None) -> dict[str, list[tuple]]:
    """Every record (sync columns included) of every record table, optionally in some org units."""
    out = {}
    for table in schema.RECORD_TABLES:
        rows = [tuple(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY uuid")]
        if orgs is not None:
            i = merge.table_columns(store, table).index("org_uuid")
            rows = [r for r in rows if r[i] in orgs]
        out[table] = rows
    return out


def file_bytes(store: Store) -> bytes:
    """The database as it sits on disk (main file and WAL)."""
    data = store.path.read_bytes()
    wal = Path(f"{store.path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


# ----- enrolment ----------------------------------------------------------------------------------

def test_enrolment_aligns_uuids_and_shows_the_same_fingerprints(tmp_path):
    source = make_source(tmp_path / "t.sqlite")
    li = source.scalar("SELECT uuid FROM org_unit WHERE name = '李家村'")
    v = create_database(tmp_path / "v.sqlite", NewDatabase("village", "红星乡党委", "410101", "李家村", "LJC"))
    old_branch = v.scalar("SELECT uuid FROM org_unit WHERE kind = 'branch'")
    with v.transaction():
        v.insert("member", {"org_uuid": old_branch, "name": "新党员", "gender": "男", "category": "预备"})
    stick = tmp_path / "stick"
    stick.mkdir()
    path = enrol.issue_enrolment(source, li, stick)
    assert path.name == "LJC-登记.djenrol"
    info = enrol.read_enrolment(path)
    assert info.township_fingerprint == identity.ensure_identity(source).fingerprint
    assert enrol.enrolment_sheet_data(source, li)["status"] == "issued"
    with pytest.raises(UserError, match="指纹与登记文件不一致"):
        enrol.accept_enrolment(v, path, "AAAA-BBBB-CCCC-DDDD")
    enrol.accept_enrolment(v, path, info.township_fingerprint.lower().replace("-", " "))
    # the village's units now carry the township's uuids; its own member moved along with its branch
    branch = source.scalar("SELECT uuid FROM org_unit WHERE name = '李家村党支部'")
    assert v.meta["scope_org_uuid"] == li
    assert v.scalar("SELECT org_uuid FROM member WHERE name = '新党员'") == branch
    assert v.scalar("PRAGMA foreign_key_check") is None
    first = package.export_package(v, stick)
    with pytest.raises(PackageRefused) as refused:
        package.import_package(source, first.path)
    assert refused.value.code == "awaiting_confirmation"
    village_fp = identity.ensure_identity(v).fingerprint
    assert village_fp in refused.value.message
    with pytest.raises(UserError, match="指纹不一致"):
        enrol.confirm_enrolment(source, first.path, "AAAA-BBBB-CCCC-DDDD")
    enrol.confirm_enrolment(source, first.path, village_fp)
    assert enrol.enrolment_sheet_data(source, li)["village_fingerprint"] == village_fp
    result = package.import_package(source, first.path)
    assert result.counts == {"new": 1, "updated": 0, "unchanged": 1, "conflicting": 0, "refused": 0}
    assert source.scalar("SELECT name FROM member WHERE org_uuid = ? AND category = '预备'", (branch,)) == "新党员"
    source.close()
    v.close()


def test_private_keys_live_beside_the_database_not_in_it(world):
    t = world.township
    key = identity.key_file(t)
    assert key.exists() and key.name == "township.sqlite.djkey"
    data = json.loads(key.read_text())
    assert data["sign"] not in file_bytes(t).decode("latin-1")
    if sys.platform != "win32":
        assert key.stat().st_mode & 0o077 == 0


# ----- export and import ---------------------------------------------------------------------------

def test_package_hides_id_numbers_and_phones_and_arrives_whole(world, tmp_path):
    li_uuid, li = village(world, "李家村")
    m = member_uuid(li, "李一")
    with li.transaction():
        li.update("member", m, {"address": "李家村三组", "note": "外出务工"})
    r = package.export_package(li, world.stick, today=dt.date(2026, 3, 5))
    assert r.path.name == "LJC-20260305-2.djpkg" and r.verified
    raw = r.path.read_bytes()
    for secret in (ID_NUMBER, PHONE, "李一", "李家村三组"):
        assert secret.encode("utf-8") not in raw
    assert not list(world.stick.glob("*.part"))
    result = package.import_package(world.township, r.path)
    assert result.counts == {"new": 0, "updated": 1, "unchanged": 3, "conflicting": 0, "refused": 0}
    assert result.backup_path is not None and result.backup_path.exists()
    scope = merge.org_subtree_all(li, li_uuid)
    assert dump(world.township, scope) == dump(li, scope)
    prov = package.provenance(world.township, "member", m)
    assert prov["arrived_in"]["file_name"] == "LJC-20260305-2.djpkg"
    source = Store.open(tmp_path / "source.sqlite", lock=False)
    assert prov["origin"] == source.installation_id     # first typed at the database the world was cut from
    source.close()
    assert prov["edited_by_node"] == li.installation_id[:12]
    trail = world.township.audit_trail(m)
    assert trail[-1]["changes"] == {"address": ["", "李家村三组"], "note": ["", "外出务工"]}
    log = package.package_log(world.township)[0]
    assert (log["direction"], log["seq"], log["counts"]["updated"]) == ("in", 2, 1)


def test_same_package_twice_out_of_order_or_stale_gives_the_same_database(world):
    _, li = village(world, "李家村")
    m = member_uuid(li, "李二")
    with li.transaction():
        li.update("member", m, {"note": "第一次"})
    p1 = package.export_package(li, world.stick).path
    with li.transaction():
        li.update("member", m, {"note": "第二次"})
        li.tombstone("member", member_uuid(li, "李三"))
    p2 = package.export_package(li, world.stick).path
    package.import_package(world.township, p2)
    expected = dump(world.township)
    for p in (p1, p2, p1):
        r = package.import_package(world.township, p)
        assert r.counts["new"] == r.counts["updated"] == r.counts["conflicting"] == 0
        assert r.backup_path is None
    assert dump(world.township) == expected
    assert world.township.scalar("SELECT note FROM member WHERE uuid = ?", (m,)) == "第二次"
    assert world.township.scalar("SELECT deleted FROM member WHERE name = '李三'") == 1
    assert merge.list_conflicts(world.township) == []


def test_concurrent_correction_and_edit_keep_both_versions_and_can_be_reversed(world):
    li_uuid, li = village(world, "李家村")
    t = world.township
    m = member_uuid(li, "李一")
    with t.transaction():                               # the township corrects the phone …
        t.update("member", m, {"phone": "13900000001"})
    # … while the village edits the note, later: within the same millisecond the two stamps would
    # tie and the installation ids decide, so the village's clock is moved past the township's stamp
    # (as a PC whose clock runs ahead would be) without the village having seen the correction
    li.clock.observe(t.scalar("SELECT hlc FROM member WHERE uuid = ?", (m,)))
    with li.transaction():
        li.update("member", m, {"note": "村里改的"})
    down = package.export_package(t, world.stick, li_uuid)
    preview = package.preview_import(li, down.path)
    assert preview.counts["conflicting"] == 1
    package.import_package(li, down.path)
    up = package.export_package(li, world.stick)
    r = package.import_package(t, up.path)
    assert r.counts["conflicting"] == 1
    scope = merge.org_subtree_all(li, li_uuid)
    assert dump(t, scope) == dump(li, scope)             # converged: the later edit (the village's) won
    assert t.scalar("SELECT note || '/' || phone FROM member WHERE uuid = ?", (m,)) == f"村里改的/{PHONE}"
    [conflict] = merge.list_conflicts(t)
    assert conflict["winner"] == "incoming" and conflict["loser_values"]["phone"] == "13900000001"
    assert conflict["fields"] == {"phone": (PHONE, "13900000001"), "note": ("村里改的", "")}
    assert len(merge.list_conflicts(li)) == 1
    merge.reverse_conflict(t, conflict["id"])            # the clerk brings the correction back
    assert t.scalar("SELECT phone FROM member WHERE uuid = ?", (m,)) == "13900000001"
    assert merge.list_conflicts(t) == [] and merge.list_conflicts(t, "reversed")[0]["id"] == conflict["id"]
    package.import_package(li, package.export_package(t, world.stick, li_uuid).path)
    assert li.scalar("SELECT phone FROM member WHERE uuid = ?", (m,)) == "13900000001"
    assert dump(t, scope) == dump(li, scope)


def test_correction_preview_lists_fields_and_writes_nothing(world):
    li_uuid, li = village(world, "李家村")
    t = world.township
    m = member_uuid(t, "李二")
    with t.transaction():
        t.update("member", m, {"education": "大学专科", "native_place": "河南郑州"})
    down = package.export_package(t, world.stick, li_uuid)
    before = file_bytes(li)
    plan = package.preview_import(li, down.path)
    [u] = plan.updates
    assert (u.table, u.uuid, u.action) == ("member", m, "update")
    assert u.fields == {"education": ("高中", "大学专科"), "native_place": ("", "河南郑州")}
    assert file_bytes(li) == before
    package.import_package(li, down.path)
    assert li.scalar("SELECT education FROM member WHERE uuid = ?", (m,)) == "大学专科"


def test_receipts_and_the_tracking_board(world):
    li_uuid, li = village(world, "李家村")
    t = world.township
    r = package.export_package(li, world.stick, today=dt.date.today())
    imported = package.import_package(t, r.path)
    assert imported.receipt_path == world.stick / f"{r.path.stem}-回执.djrcpt"
    board = {row.village_name: row for row in township.tracking_board(t)}
    li_row = board["李家村"]
    assert (li_row.last_seq, li_row.days_since, li_row.overdue, li_row.state) == (2, 0, False, "正常")
    assert li_row.receipt_written and not li_row.receipt_confirmed
    info = package.load_receipt(li, imported.receipt_path)
    assert (info.seq, info.by, info.counts["unchanged"]) == (2, "红星乡党委", 4)
    assert li.scalar("SELECT receipt_at IS NOT NULL FROM sync_package WHERE seq = 2 AND direction = 'out'") == 1
    package.import_package(t, package.export_package(li, world.stick).path)   # says: receipt 2 loaded
    later = {row.village_name: row for row in township.tracking_board(t, today=dt.date.today() + dt.timedelta(40))}
    assert later["李家村"].last_seq == 3 and later["李家村"].overdue and later["李家村"].state == "逾期"
    assert later["李家村"].packages_received == 3
    with pytest.raises(PackageRefused) as refused:      # a receipt is for the sender only
        package.load_receipt(village(world, "王庄村")[1], imported.receipt_path)
    assert refused.value.code == "wrong_receiver"


def test_attachments_travel_once_deduplicated(world):
    _, li = village(world, "李家村")
    t = world.township
    branch = li.scalar("SELECT uuid FROM org_unit WHERE kind = 'branch'")
    content = b"%PDF-1.4 scanned sign-in sheet" * 100
    sha = hashlib.sha256(content).hexdigest()
    with li.transaction():
        meeting = li.insert("meeting", {"org_uuid": branch, "kind": "主题党日", "held_on": "2026-03-01"})
        li.conn.execute("INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?)", (sha, len(content), content))
        for name in ("签到表.pdf", "签到表副本.pdf"):
            li.insert("attachment", {"org_uuid": branch, "owner_uuid": meeting, "file_name": name,
                                     "size": len(content), "sha256": sha})
    first = package.export_package(li, world.stick)
    assert first.blobs == 1
    r = package.import_package(t, first.path)
    assert t.scalar("SELECT data FROM blob WHERE sha256 = ?", (sha,)) == content
    assert package.export_package(li, world.stick).blobs == 1   # no receipt back yet: still carried
    package.load_receipt(li, r.receipt_path)
    again = package.export_package(li, world.stick)
    assert again.blobs == 0                              # the township said it has it
    assert package.import_package(t, again.path).counts["new"] == 0


# ----- township roll-up and report -------------------------------------------------------------------

def test_township_rollup_counts_each_village(world):
    rollup = township.rollup(world.township, 2026, as_of=dt.date(2026, 6, 30))
    by_name = {v.village_name: v for v in rollup.villages}
    li = by_name["李家村"]
    assert (li.members, li.women, li.men, li.full_members) == (3, 1, 2, 3)
    assert li.age_bands == {"31-35岁": 1, "61岁及以上": 2}
    assert li.education == {"高中": 3}
    assert li.branches == 1
    assert "全村党员仅 3 名，少于 10 名" in li.three_problems
    assert rollup.totals.members == 6 and rollup.totals.women == 2


def test_township_summary_pdf_and_xlsx(world, tmp_path):
    from openpyxl import load_workbook

    from djdesk.core.reports.township import export_township_summary_xlsx, render_township_summary

    rollup = township.rollup(world.township, 2026, as_of=dt.date(2026, 6, 30))
    board = township.tracking_board(world.township)
    result = render_township_summary(tmp_path / "sum.pdf", "红星乡党委", rollup, board)
    text = subprocess.run(["pdftotext", "-layout", str(result.path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "乡镇党建工作汇总表" in text and "李家村" in text and "王庄村" in text and "数据包报送情况" in text
    assert "第1页共4页" in text.replace(" ", "")
    xlsx = export_township_summary_xlsx(tmp_path / "sum.xlsx", "红星乡党委", rollup, board)
    wb = load_workbook(xlsx, read_only=True)
    rows = [r for r in wb["汇总"].iter_rows(values_only=True) if r and r[0] in ("李家村", "王庄村", "合计")]
    assert [(r[0], r[1], r[5]) for r in rows] == [("李家村", 3, 1), ("王庄村", 3, 1), ("合计", 6, 2)]


# ----- CLI -------------------------------------------------------------------------------------------

def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "djdesk.cli", *args], capture_output=True, text=True)


def test_cli_export_inspect_import_and_refusal(world, tmp_path):
    _, li = village(world, "李家村")
    li_path, t_path = li.path, world.township.path
    world.close()
    out = cli("package", "export", "--db", str(li_path), "--to", str(world.stick), "--json")
    assert out.returncode == 0, out.stderr
    exported = json.loads(out.stdout)
    assert exported["verified"] and exported["seq"] == 2
    info = json.loads(cli("package", "inspect", exported["path"], "--db", str(t_path), "--json").stdout)
    assert info["problem"] is None and info["header"]["village_name"] == "李家村"
    assert info["counts"] == {"member": 3, "org_unit": 1}
    wrong = cli("package", "import", exported["path"], "--db", str(li_path))
    assert wrong.returncode == 2 and wrong.stderr.startswith("错误：") and "不是发给本机的" in wrong.stderr
    done = json.loads(cli("package", "import", exported["path"], "--db", str(t_path), "--json").stdout)
    assert done["counts"]["unchanged"] == 4 and done["receipt"].endswith("-回执.djrcpt")
    report = cli("report", "township-summary", "--db", str(t_path), "--year", "2026", "--out",
                 str(tmp_path / "s.pdf"), "--json")
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["totals"]["members"] == 6


def test_a_round_of_packages_takes_one_backup_and_skips_the_refused(world, tmp_path):
    li_uuid, li = village(world, "李家村")
    wz_uuid, wz = village(world, "王庄村")
    for store, name in ((li, "李一"), (wz, "王一")):
        with store.transaction():
            store.update("member", member_uuid(store, name), {"note": "本月走访"})
    good = [package.export_package(s, world.stick).path for s in (li, wz)]
    junk = world.stick / "不是数据包.djpkg"
    junk.write_bytes(b"PK\x03\x04 not ours")
    backups = set((world.township.path.parent / "backups").glob("*"))
    results = package.import_packages(world.township, [good[0], junk, good[1]])
    assert [r.counts["updated"] for r in (results[0], results[2])] == [1, 1]
    assert isinstance(results[1], PackageRefused) and results[1].code == "not_package"
    assert results[0].backup_path == results[2].backup_path
    assert len(set((world.township.path.parent / "backups").glob("*")) - backups) == 1
    assert world.township.scalar("SELECT count(*) FROM member WHERE note = '本月走访'") == 2


def test_cli_imports_a_round_and_lists_the_refused(world, tmp_path):
    paths = [package.export_package(s, world.stick).path for s in world.villages.values()]
    t_path = world.township.path
    world.close()
    junk = world.stick / "坏文件.djpkg"
    junk.write_bytes(b"not a package at all")
    out = cli("package", "import", str(paths[0]), str(junk), str(paths[1]), "--db", str(t_path), "--json")
    assert out.returncode == 2
    data = json.loads(out.stdout)["packages"]
    assert [d.get("code") for d in data] == [None, "not_package", None]
    assert [d["counts"]["unchanged"] for d in (data[0], data[2])] == [4, 4]
