"""A corpus of bad packages (issue #7): each is refused with its own Chinese message and code, and
the receiving database is byte-for-byte unchanged (main file and WAL), with no backup made."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest
from test_sync import file_bytes, make_world, member_uuid, village

from djdesk.core.schema import LATEST_VERSION
from djdesk.core.store import new_uuid
from djdesk.core.sync import container, identity, merge, package
from djdesk.core.sync.container import PackageRefused


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """One world and every bad file, made once; each test case imports one into the township."""
    tmp = tmp_path_factory.mktemp("refusals")
    w = make_world(tmp)
    li_uuid, li = village(w, "李家村")
    wz_uuid, wz = village(w, "王庄村")
    t = w.township
    bad = tmp / "bad"
    bad.mkdir()
    good = package.export_package(li, w.stick).path.read_bytes()
    me = identity.load_identity(li)
    peer = li.query_one("SELECT * FROM sync_peer WHERE role = 'township'")
    files: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        files[name] = bad / f"{name}.djpkg"
        files[name].write_bytes(data)

    def craft(header_changes: dict | None = None, tables: dict | None = None, key=None) -> bytes:
        """A package signed by the village (or ``key``) with chosen header fields and rows."""
        tables = tables if tables is not None else merge.rows_for_scope(li, merge.org_subtree_all(li, li_uuid),
                                                                        exclude_org_rows={li_uuid})
        header = {"format": 1, "app": "test", "schema_version": LATEST_VERSION, "package_uuid": new_uuid(),
                  "direction": "up", "seq": 99, "created_at": "2026-03-01T10:00:00", "sender_id": li.installation_id,
                  "sender_role": "village", "sender_name": "李家村", "sender_sign_pub": me.sign_pub,
                  "sender_enc_pub": me.enc_pub, "receiver_id": t.installation_id, "village_uuid": li_uuid,
                  "village_name": "李家村", "village_code": "LJC",
                  "counts": {k: len(v["rows"]) for k, v in tables.items()}, "blobs": 0, "acked_receipt_seq": 0,
                  **(header_changes or {})}
        return package.build_package_bytes(key or me, peer, header, tables, [])

    put("truncated", good[: len(good) - 100])
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0x10
    put("bit_flip_body", bytes(flipped))
    flipped = bytearray(good)
    flipped[40] ^= 0x01
    put("bit_flip_header", bytes(flipped))
    put("trailing_garbage", good + b"\0" * 10)

    # signed by a key that is not the enrolled one, claiming to be the village
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    thief_sign, thief_enc = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    thief = identity.Identity(li.installation_id, "village", li_uuid, identity.b64(identity._raw_public(thief_sign)),
                              identity.b64(identity._raw_public(thief_enc)), thief_sign, thief_enc)
    put("wrong_key", craft({"sender_sign_pub": thief.sign_pub, "sender_enc_pub": thief.enc_pub}, key=thief))
    put("unknown_sender", craft({"sender_id": new_uuid(), "sender_sign_pub": thief.sign_pub,
                                 "sender_enc_pub": thief.enc_pub, "village_uuid": new_uuid()}, key=thief))
    put("wrong_receiver", craft({"receiver_id": wz.installation_id}))
    put("newer_schema", craft({"schema_version": LATEST_VERSION + 1}))
    put("path_trick", craft({"village_name": "../../Windows/System32"}))

    # a village package that touches another village's member, its own village unit, or the township
    other = merge.rows_for_scope(wz, merge.org_subtree_all(wz, wz_uuid))
    mine = merge.rows_for_scope(li, merge.org_subtree_all(li, li_uuid), exclude_org_rows={li_uuid})
    stolen = json.loads(json.dumps(mine))
    cols = other["member"]["columns"]
    row = list(other["member"]["rows"][0])
    row[cols.index("note")] = "被李家村改了"
    row[cols.index("hlc")] = li.clock.tick()
    stolen["member"]["rows"].append(row)
    stolen["member"]["vv"].append(None)
    put("other_village_row", craft(tables=stolen))
    moved = json.loads(json.dumps(mine))                     # move a 王庄村 member into 李家村's branch
    row = list(other["member"]["rows"][1])
    row[cols.index("org_uuid")] = li.scalar("SELECT uuid FROM org_unit WHERE kind = 'branch'")
    row[cols.index("hlc")] = li.clock.tick()
    moved["member"]["rows"].append(row)
    moved["member"]["vv"].append(None)
    put("hijack_other_record", craft(tables=moved))
    tree = merge.rows_for_scope(li, {li_uuid, t.meta["scope_org_uuid"]})
    org_cols = tree["org_unit"]["columns"]
    for r in tree["org_unit"]["rows"]:
        r[org_cols.index("name")] += "（改）"
        r[org_cols.index("hlc")] = li.clock.tick()
    put("org_tree", craft(tables={"org_unit": tree["org_unit"]}))
    put("unknown_table", craft(tables={**mine, "secret_table": {"columns": ["uuid"], "rows": [["x"]], "vv": [None]}}))

    # not packages at all
    put("random_bytes", bytes(range(256)) * 40)
    zpath = bad / "zip.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        z.writestr("../../evil.txt", "x" * 1000)
    put("zip_file", zpath.read_bytes())
    put("empty", b"")
    put("receipt_not_package", good.replace(b"DJDESKP", b"DJDESKR", 1))
    huge = bad / "huge.djpkg"
    with open(huge, "wb") as f:                               # sparse: no disk space used
        f.write(container.MAGIC + container.KIND_PACKAGE + bytes([1]))
        f.truncate(container.MAX_FILE + 1)
    files["huge"] = huge
    put("newer_format", good[:7] + bytes([9]) + good[8:])
    bomb_payload = struct.pack(">Q", 2) + b"{}" + b"\0" * (3 * 1024 * 1024)   # a few MB of zeros …
    header = json.loads(good[12: 12 + struct.unpack(">I", good[8:12])[0]])
    header_bytes = container.header_bytes_of({**header, "package_uuid": new_uuid()})
    body = container.seal(bomb_payload, container.header_digest(header_bytes),
                          identity.public_key_objects(peer["sign_pub"], peer["enc_pub"])[1])
    put("zip_bomb", container.write_frame(container.KIND_PACKAGE, header_bytes, body, me.sign_key))
    yield w, files
    w.close()


CASES = {
    "truncated": ("truncated", "不完整"),
    "bit_flip_body": ("corrupt", "签名校验不通过"),
    "bit_flip_header": ("corrupt", "已损坏"),
    "trailing_garbage": ("corrupt", "末尾有多余的数据"),
    "wrong_key": ("wrong_key", "与登记时的不一致"),
    "unknown_sender": ("unknown_sender", "没有登记的电脑"),
    "wrong_receiver": ("wrong_receiver", "不是发给本机的"),
    "newer_schema": ("newer_schema", "请先升级党建桌面"),
    "path_trick": ("not_package", "不允许的字符"),
    "other_village_row": ("out_of_scope", "不属于“李家村”管辖范围"),
    "hijack_other_record": ("out_of_scope", "不属于“李家村”管辖范围"),
    "org_tree": ("out_of_scope", "上级的组织机构"),
    "unknown_table": ("bad_content", "不认识的数据表"),
    "random_bytes": ("not_package", "文件开头不对"),
    "zip_file": ("not_package", "文件开头不对"),
    "empty": ("not_package", "文件开头不对"),
    "receipt_not_package": ("wrong_kind", "是回执，不是数据包"),
    "huge": ("too_large", "远大于任何数据包"),
    "newer_format": ("newer_format", "更新版本的党建桌面生成"),
    "zip_bomb": ("too_large", "压缩炸弹"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_package_is_refused_and_changes_nothing(corpus, name, monkeypatch):
    w, files = corpus
    t = w.township
    monkeypatch.setattr(container, "MAX_PAYLOAD", 2 * 1024 * 1024)   # the bomb needs only a few MB then
    backups = sorted((t.path.parent / "backups").glob("*"))
    before = file_bytes(t)
    code, text = CASES[name]
    with pytest.raises(Exception) as caught:
        package.import_package(t, files[name])
    exc = caught.value
    assert getattr(exc, "code", "bad_content") == code, exc
    assert text in exc.message, exc.message
    assert file_bytes(t) == before
    assert sorted((t.path.parent / "backups").glob("*")) == backups
    assert not list(files[name].parent.glob("*.djrcpt"))


def test_every_refusal_has_its_own_message(corpus, monkeypatch):
    w, files = corpus
    monkeypatch.setattr(container, "MAX_PAYLOAD", 2 * 1024 * 1024)
    messages = {}
    for name in CASES:
        try:
            package.import_package(w.township, files[name])
        except Exception as exc:   # noqa: BLE001 - every refusal is a UserError; compared below
            messages[name] = exc.message.replace(files[name].name, "<file>")
    assert set(messages) == set(CASES)
    distinct = {CASES[n][0]: set() for n in CASES}
    for name, message in messages.items():
        distinct[CASES[name][0]].add(message)
    codes_by_message = {}
    for code, msgs in distinct.items():
        for m in msgs:
            codes_by_message.setdefault(m, set()).add(code)
    assert all(len(c) == 1 for c in codes_by_message.values())   # no message serves two reasons


def test_inspect_reports_the_refusal_without_importing(corpus):
    w, files = corpus
    before = file_bytes(w.township)
    info = package.inspect_package(w.township, files["other_village_row"])
    assert info.problem_code == "out_of_scope" and info.header["village_name"] == "李家村"
    assert package.inspect_package(w.township, files["wrong_receiver"]).problem_code == "wrong_receiver"
    with pytest.raises(PackageRefused):
        package.inspect_package(w.township, files["random_bytes"])
    assert file_bytes(w.township) == before


def test_a_village_never_sees_another_villages_return_package(corpus):
    w, _files = corpus
    li_uuid, li = village(w, "李家村")
    wz_uuid, wz = village(w, "王庄村")
    down = package.export_package(w.township, w.stick, wz_uuid)
    before = file_bytes(li)
    with pytest.raises(PackageRefused) as refused:
        package.import_package(li, down.path)
    assert refused.value.code == "wrong_receiver"
    assert file_bytes(li) == before
    assert member_uuid(li, "王一") is None
