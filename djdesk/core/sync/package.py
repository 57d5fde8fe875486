"""Packages on a USB stick: export, inspect, import, receipts (issue #7).

- ``export_package(store, to_dir, village_uuid=None)``: a village writes its state for the
  township; a township writes a village's return package (org tree above it, corrections,
  township-level records). Atomic write, read back and verified: ``ExportResult.verified``.
- ``inspect_package(store, path)``: header, sender, counts and whether it would be accepted,
  without importing (``PackageInfo``). ``store`` may be None (then: structure and signature only).
- ``preview_import(store, path)``: the merge plan field by field, nothing written (the village's
  correction preview and the township's import summary before committing).
- ``import_package(store, path)``: refusal checks, automatic backup, one transaction, log,
  then a signed receipt next to the package (``ImportResult``).
- ``load_receipt(store, path)``: the sender loads the receiver's receipt (回执).

Every refusal is a ``container.PackageRefused`` (a ``UserError``) with a ``code``, raised before
anything is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

from djdesk.core import backup, files
from djdesk.core.errors import UserError
from djdesk.core.progress import NO_PROGRESS, Progress
from djdesk.core.schema import LATEST_VERSION
from djdesk.core.store import Store, new_uuid
from djdesk.core.sync import container, merge
from djdesk.core.sync.container import KIND_PACKAGE, KIND_RECEIPT, PackageRefused
from djdesk.core.sync.identity import Identity, ensure_identity, fingerprint, public_key_objects

log = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".djpkg"
RECEIPT_SUFFIX = ".djrcpt"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_uuid: str
    seq: int
    size: int
    counts: dict[str, int]          # rows per table
    blobs: int
    verified: bool                  # read back from the stick and checked: safe to remove it


@dataclass(frozen=True)
class PackageInfo:
    """What ``inspect_package`` found; ``problem`` is None when it would be accepted."""

    path: Path
    header: dict
    size: int
    sha256: str
    fingerprint: str                # the sender's
    sender_known: bool
    problem: str | None
    problem_code: str | None

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.header.get("counts", {}))


@dataclass
class ImportResult:
    path: Path
    package_uuid: str
    package_id: int
    sender: str
    seq: int
    counts: dict[str, int]          # new / updated / unchanged / conflicting / refused (always 0:
                                    # one record out of scope refuses the whole package)
    backup_path: Path | None        # None: the import changed no record, so none was needed
    receipt_path: Path | None
    receipt_problem: str | None = None
    updates: list = field(default_factory=list)   # merge.RowUpdate, for the summary screen


def safe_name(text: str) -> str:
    """A file-name part that works on FAT32 and cannot climb out of the folder."""
    cleaned = _UNSAFE.sub("", text).strip(" .")
    return cleaned[:40] or "package"


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


# ----- who we exchange with ----------------------------------------------------------------

def peer_for_export(store: Store, me: Identity, village_uuid: str | None) -> tuple[dict, str]:
    """The receiving peer row and the village the package is about."""
    if me.role == "village":
        peer = store.query_one("SELECT * FROM sync_peer WHERE status = 'enrolled' AND role != 'village'")
        if peer is None:
            raise UserError("本机还没有在乡镇登记，不能导出数据包。请先导入乡镇发来的登记文件（.djenrol）。")
        return peer, me.org_uuid
    if not village_uuid:
        raise UserError("请选择要发给哪个村（社区）。")
    peer = store.query_one("SELECT * FROM sync_peer WHERE org_uuid = ? AND status != 'revoked'", (village_uuid,))
    if peer is None or peer["status"] != "enrolled":
        name = store.scalar("SELECT name FROM org_unit WHERE uuid = ?", (village_uuid,)) or village_uuid
        raise UserError(f"“{name}”还没有完成登记（需要先收到它的第一个数据包并核对指纹），不能给它发数据包。")
    return peer, village_uuid


def export_scope(store: Store, role: str, village_uuid: str) -> tuple[set[str], set[str]]:
    """(org units whose records travel, org rows left out): a village sends everything below
    its own unit; the township sends the village's whole branch of the tree and the units above."""
    subtree = merge.org_subtree_all(store, village_uuid)
    if role == "village":
        return subtree, {village_uuid}
    return subtree | set(merge.org_ancestors_all(store, village_uuid)), set()


# ----- export --------------------------------------------------------------------------------

def export_package(store: Store, to_dir: str | Path, village_uuid: str | None = None, *,
                   progress: Progress = NO_PROGRESS, today: dt.date | None = None) -> ExportResult:
    me = ensure_identity(store)
    peer, village = peer_for_export(store, me, village_uuid)
    to_dir = Path(to_dir)
    if not to_dir.is_dir():
        raise UserError(f"找不到文件夹“{to_dir}”，请检查U盘是否插好。")
    orgs, excluded = export_scope(store, me.role, village)
    tables = merge.rows_for_scope(store, orgs, exclude_org_rows=excluded)
    progress.step(1, 4)
    blob_rows = _blobs_to_send(store, peer["installation_id"], tables)
    village_row = store.query_one("SELECT name, code FROM org_unit WHERE uuid = ?", (village,)) or {}
    seq = peer["next_seq_out"]
    today = today or dt.date.today()
    package_uuid = new_uuid()
    acked = store.scalar("SELECT max(seq) FROM sync_package WHERE direction = 'out' AND peer_id = ? "
                         "AND receipt_at IS NOT NULL", (peer["installation_id"],)) or 0
    last_in = store.scalar("SELECT max(seq) FROM sync_package WHERE direction = 'in' AND peer_id = ?",
                           (peer["installation_id"],)) or 0
    header = {
        "format": container.FORMAT_VERSION, "app": _app(), "schema_version": LATEST_VERSION,
        "package_uuid": package_uuid, "direction": "up" if me.role == "village" else "down",
        "seq": seq, "created_at": _now(), "sender_id": me.installation_id, "sender_role": me.role,
        "sender_name": store.scalar("SELECT name FROM org_unit WHERE uuid = ?", (me.org_uuid,)) or "",
        "sender_sign_pub": me.sign_pub, "sender_enc_pub": me.enc_pub,
        "receiver_id": peer["installation_id"], "village_uuid": village,
        "village_name": village_row.get("name", ""), "village_code": village_row.get("code", ""),
        "counts": {t: len(d["rows"]) for t, d in tables.items() if d["rows"]},
        "blobs": len(blob_rows), "acked_receipt_seq": acked, "last_seq_received": last_in,
    }
    data = build_package_bytes(me, peer, header, tables, blob_rows)
    progress.step(2, 4)
    base = safe_name(village_row.get("code") or village_row.get("name") or "package")
    name = f"{base}-{today:%Y%m%d}-{seq}" + ("" if me.role == "village" else "-乡镇回传") + PACKAGE_SUFFIX
    target = to_dir / name
    n = 2
    while target.exists():       # never overwrite a file on the stick (two villages with one code)
        target = to_dir / f"{name[: -len(PACKAGE_SUFFIX)]}-{n}{PACKAGE_SUFFIX}"
        n += 1
    name = target.name
    try:
        files.write_atomic(target, data)
    except OSError as exc:
        raise UserError(f"写入U盘失败（{exc.strerror or exc}），数据包没有写完整，请换一个U盘或检查空间后重试。") from exc
    progress.step(3, 4)
    verified = verify_written(target, data)
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sync_package (package_uuid, direction, peer_id, org_uuid, seq, file_name, file_sha256, "
            "created_at, processed_at, account, counts, header) VALUES (?, 'out', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (package_uuid, peer["installation_id"], village, seq, name, hashlib.sha256(data).hexdigest(),
             header["created_at"], _now(), store.account, json.dumps(header["counts"]),
             json.dumps(header, ensure_ascii=False)))
        store.conn.execute("UPDATE sync_peer SET next_seq_out = ? WHERE id = ?", (seq + 1, peer["id"]))
        store.conn.executemany(
            "INSERT OR IGNORE INTO sync_blob_sent (peer_id, sha256, package_uuid) VALUES (?, ?, ?)",
            [(peer["installation_id"], sha, package_uuid) for sha, _ in blob_rows])
    progress.step(4, 4)
    return ExportResult(target, package_uuid, seq, len(data), header["counts"], len(blob_rows), verified)


def build_package_bytes(me: Identity, peer: dict, header: dict, tables: dict[str, dict],
                        blob_rows: list[tuple[str, bytes]]) -> bytes:
    """The signed, encrypted file: payload = u64 JSON length + JSON (rows per table, blob list)
    + the blobs' bytes one after the other."""
    payload_json = json.dumps({"tables": {t: d for t, d in tables.items() if d["rows"]},
                               "blobs": [[sha, len(data)] for sha, data in blob_rows]},
                              ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    payload = struct.pack(">Q", len(payload_json)) + payload_json + b"".join(d for _, d in blob_rows)
    header_bytes = container.header_bytes_of(header)
    _, receiver_enc = public_key_objects(peer["sign_pub"], peer["enc_pub"])
    body = container.seal(payload, container.header_digest(header_bytes), receiver_enc)
    return container.write_frame(KIND_PACKAGE, header_bytes, body, me.sign_key)


def verify_written(target: Path, data: bytes) -> bool:
    """Read the file back from the stick and check it is byte-for-byte what was written and
    its frame and signature are sound; raises (and removes the file) when not."""
    try:
        with open(target, "rb") as f:
            back = f.read()
        if back != data:
            raise PackageRefused("corrupt", "写入U盘后读回的内容与写入的不一致")
        container.parse_frame(back, KIND_PACKAGE, target.name)
    except (OSError, PackageRefused) as exc:
        try:
            target.unlink()
        except OSError:
            pass
        raise UserError(f"数据包写入U盘后校验失败（{exc}），已删除这个不完整的文件。请换一个U盘重试。") from exc
    return True


def _blobs_to_send(store: Store, peer_id: str, tables: dict[str, dict]) -> list[tuple[str, bytes]]:
    """Attachment content the peer may lack: referenced by a live attachment row in the
    package and not yet acknowledged by one of its receipts. Each hash once."""
    att = tables.get("attachment")
    if not att or not att["rows"]:
        return []
    i_sha, i_del = att["columns"].index("sha256"), att["columns"].index("deleted")
    wanted = sorted({r[i_sha] for r in att["rows"] if not r[i_del]})
    acked = {r[0] for r in store.conn.execute("SELECT sha256 FROM sync_blob_sent WHERE peer_id = ? AND acked = 1",
                                              (peer_id,))}
    out = []
    for sha in wanted:
        if sha in acked:
            continue
        row = store.conn.execute("SELECT data FROM blob WHERE sha256 = ?", (sha,)).fetchone()
        if row is not None:
            out.append((sha, bytes(row[0])))
    return out


def _app() -> str:
    from djdesk import __version__

    return f"djdesk {__version__}"


# ----- reading and checking ----------------------------------------------------------------------

def _check_header(frame: container.Frame, name: str) -> dict:
    h = frame.header
    needed = {"package_uuid": str, "seq": int, "sender_id": str, "receiver_id": str, "village_uuid": str,
              "schema_version": int, "sender_role": str, "counts": dict, "sender_enc_pub": str}
    for key, typ in needed.items():
        if not isinstance(h.get(key), typ):
            raise PackageRefused("corrupt", f"“{name}”的文件头缺少“{key}”，不是完整的数据包，未导入。")
    for key in ("village_name", "village_code", "sender_name"):
        if _UNSAFE.search(str(h.get(key, ""))) or ".." in str(h.get(key, "")):
            raise PackageRefused("not_package", f"“{name}”的文件头含有不允许的字符（可能是伪造的文件），未导入。")
    if h["schema_version"] > LATEST_VERSION:
        raise PackageRefused("newer_schema", f"“{name}”来自更新版本的党建桌面（数据版本 {h['schema_version']}，"
                                             f"本程序支持到 {LATEST_VERSION}）。请先升级党建桌面，再导入这个数据包。")
    return h


def check_sender(store: Store, me: Identity, frame: container.Frame, name: str) -> dict:
    """The enrolled peer who signed this package (raises the matching refusal otherwise)."""
    h = frame.header
    if h["receiver_id"] != me.installation_id:
        raise PackageRefused("wrong_receiver", f"“{name}”不是发给本机的（它是发给另一台电脑的数据包），未导入。"
                                               f"请确认U盘上的文件是给本单位的。")
    peer = store.query_one("SELECT * FROM sync_peer WHERE installation_id = ? AND status = 'enrolled'",
                           (h["sender_id"],))
    if peer is None:
        fp = fingerprint(h["sender_sign_pub"], h["sender_enc_pub"])
        issued = store.query_one("SELECT * FROM sync_peer WHERE org_uuid = ? AND status = 'issued'",
                                 (h["village_uuid"],))
        if issued is not None and me.role != "village" and h["sender_role"] == "village":
            raise PackageRefused("awaiting_confirmation",
                                 f"这是“{issued['name']}”的第一个数据包，需要先核对指纹才能登记：请核对村里屏幕或登记表上的"
                                 f"指纹是否为 {fp}，一致后再确认登记并导入。")
        raise PackageRefused("unknown_sender", f"“{name}”来自没有登记的电脑（{h.get('sender_name') or '未知单位'}，"
                                               f"指纹 {fp}），未导入。只有登记过的单位发来的数据包才能导入。")
    if peer["sign_pub"] != h["sender_sign_pub"] or peer["enc_pub"] != h["sender_enc_pub"]:
        raise PackageRefused("wrong_key", f"“{name}”自称来自“{peer['name']}”，但签名用的密钥与登记时的不一致"
                                          f"（可能是伪造的，或对方重新生成过密钥，需要重新登记），未导入。")
    sign_pub, _ = public_key_objects(peer["sign_pub"], peer["enc_pub"])
    try:
        container.verify(frame, sign_pub)
    except PackageRefused:
        raise PackageRefused("bad_signature", f"“{name}”的签名不是“{peer['name']}”的，未导入。") from None
    if peer["role"] == "village" and h["village_uuid"] != peer["org_uuid"]:
        raise PackageRefused("out_of_scope", f"“{name}”来自“{peer['name']}”，却自称是另一个村的数据，未导入。")
    if me.role == "village" and h["village_uuid"] != me.org_uuid:
        raise PackageRefused("wrong_receiver", f"“{name}”是给另一个村的数据包，未导入。")
    return peer


def read_payload(store: Store, path: str | Path) -> tuple[container.Frame, dict, dict, dict[str, bytes]]:
    """Every refusal check short of the merge: (frame, peer, tables, blobs)."""
    path = Path(path)
    me = ensure_identity(store)
    frame = container.read_frame(path, KIND_PACKAGE)
    _check_header(frame, path.name)
    peer = check_sender(store, me, frame, path.name)
    payload = container.open_sealed(frame.body, container.header_digest(frame), me.enc_key, path.name)
    bad = PackageRefused("corrupt", f"“{path.name}”的内容格式不对，未导入。")
    if len(payload) < 8:
        raise bad
    (json_len,) = struct.unpack(">Q", payload[:8])
    if json_len > len(payload) - 8:
        raise bad
    try:
        content = json.loads(payload[8:8 + json_len].decode("utf-8"))
        tables, blob_list = content["tables"], content["blobs"]
        if not isinstance(tables, dict) or not isinstance(blob_list, list):
            raise ValueError("bad shape")
        for t in tables.values():
            if not isinstance(t, dict) or not all(isinstance(t.get(k), list) for k in ("columns", "rows", "vv")):
                raise ValueError("bad table")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise bad from exc
    blobs: dict[str, bytes] = {}
    pos = 8 + json_len
    for item in blob_list:
        try:
            sha, size = item
            size = int(size)
        except (TypeError, ValueError) as exc:
            raise bad from exc
        data = payload[pos:pos + size]
        pos += size
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha:
            raise PackageRefused("corrupt", f"“{path.name}”中的附件内容与校验值不符，未导入。")
        blobs[sha] = data
    if pos != len(payload):
        raise bad
    return frame, peer, tables, blobs


def scope_checker(store: Store, me: Identity, peer: dict, header: dict, tables: dict, name: str):
    """``check_row`` for ``merge.plan``: a village may only write below its own unit (never
    the unit itself, the org tree above it, or another village); a township only within the
    receiving village's branch of the tree and the units above it."""
    village = header["village_uuid"]
    local_scope = merge.org_subtree_all(store, village)
    allowed = set(local_scope)
    if peer["role"] != "village":
        allowed |= set(merge.org_ancestors_all(store, village))
    orgs = tables.get("org_unit")
    if orgs:
        cols = orgs["columns"]
        i_parent = cols.index("parent_uuid") if "parent_uuid" in cols else None
        pending = [r for r in orgs["rows"] if r[0] not in allowed]
        grew = True
        while grew and pending and i_parent is not None:
            grew = False
            for r in list(pending):
                if r[i_parent] in allowed:
                    allowed.add(r[0])
                    pending.remove(r)
                    grew = True
    from_village = peer["role"] == "village"
    message = (f"“{name}”中有不属于“{peer['name']}”管辖范围的记录（%s 表），"
               f"一个单位不能修改别的单位的数据或上级的组织机构。整个数据包未导入。")
    index: dict[str, tuple[int, int | None]] = {}

    def check(table: str, columns: list[str], row: list, local_org: str | None) -> None:
        if table not in index:
            index[table] = (columns.index("org_uuid"),
                            columns.index("parent_uuid") if "parent_uuid" in columns else None)
        i_org, i_parent = index[table]
        org = row[i_org]
        if org not in allowed or (local_org is not None and local_org not in allowed):
            raise PackageRefused("out_of_scope", message % table)
        if table == "org_unit":
            uuid = row[0]
            if uuid != org:
                raise PackageRefused("out_of_scope", message % table)
            if from_village and (uuid == village or (local_org is not None and uuid not in local_scope)
                                 or i_parent is None or row[i_parent] not in allowed):
                raise PackageRefused("out_of_scope", message % table)
    return check


def inspect_package(store: Store | None, path: str | Path) -> PackageInfo:
    """The header and the verdict, without importing (a refusal becomes ``problem``; a file
    that is not a package at all still raises)."""
    path = Path(path)
    frame = container.read_frame(path, KIND_PACKAGE)
    header = _check_header(frame, path.name) if isinstance(frame.header.get("schema_version"), int) else frame.header
    fp = fingerprint(header["sender_sign_pub"], header.get("sender_enc_pub", ""))
    if store is None:
        return PackageInfo(path, header, frame.size, frame.sha256, fp, False, None, None)
    try:
        _frame, peer, tables, _blobs = read_payload(store, path)
        me = ensure_identity(store)
        merge.plan(store, tables, scope_checker(store, me, peer, header, tables, path.name))
    except PackageRefused as exc:
        return PackageInfo(path, header, frame.size, frame.sha256, fp, exc.code not in (
            "unknown_sender", "awaiting_confirmation"), exc.message, exc.code)
    except UserError as exc:
        return PackageInfo(path, header, frame.size, frame.sha256, fp, True, exc.message, "bad_content")
    return PackageInfo(path, header, frame.size, frame.sha256, fp, True, None, None)


def preview_import(store: Store, path: str | Path) -> merge.MergePlan:
    """The merge as it would happen (new / changed records field by field, conflicts), without
    writing anything: the village previews the township's corrections with it."""
    path = Path(path)
    frame, peer, tables, _blobs = read_payload(store, path)
    me = ensure_identity(store)
    return merge.plan(store, tables, scope_checker(store, me, peer, frame.header, tables, path.name))


# ----- import ------------------------------------------------------------------------------------

@dataclass
class _Prepared:
    """A package that passed every refusal check, with its merge plan (nothing written yet)."""

    path: Path
    frame: container.Frame
    peer: dict
    me: Identity
    plan: merge.MergePlan
    blobs: dict[str, bytes]

    @property
    def changes_records(self) -> bool:
        c = self.plan.counts
        return bool(c["new"] or c["updated"] or c["conflicting"] or self.blobs)


def _prepare(store: Store, path: Path) -> _Prepared:
    try:
        frame, peer, tables, blobs = read_payload(store, path)
        me = ensure_identity(store)
        plan = merge.plan(store, tables, scope_checker(store, me, peer, frame.header, tables, path.name))
        _check_blobs(store, tables, blobs, path.name)
    except UserError as exc:
        log.warning("refused package %s: %s", path, exc.message)
        raise
    return _Prepared(path, frame, peer, me, plan, blobs)


def _write(store: Store, p: _Prepared, backup_path: Path | None) -> ImportResult:
    """Log and merge one prepared package: its own transaction, or a savepoint of the caller's."""
    h = p.frame.header
    counts = p.plan.counts
    with store.transaction():
        cur = store.conn.execute(
            "INSERT INTO sync_package (package_uuid, direction, peer_id, org_uuid, seq, file_name, file_sha256, "
            "created_at, processed_at, account, counts, header) VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (h["package_uuid"], h["sender_id"], h["village_uuid"], h["seq"], p.path.name, p.frame.sha256,
             str(h.get("created_at", "")), _now(), store.account, json.dumps(counts),
             json.dumps(h, ensure_ascii=False)))
        package_id = cur.lastrowid
        if p.blobs:
            store.conn.executemany("INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (?, ?, ?)",
                                   [(sha, len(d), d) for sha, d in p.blobs.items()])
        merge.apply(store, p.plan, package_id)
    log.info("imported package %s from %s: %s", p.path.name, p.peer["name"], counts)
    return ImportResult(p.path, h["package_uuid"], package_id, p.peer["name"], h["seq"], counts, backup_path,
                        None, updates=p.plan.updates)


def _receipt(store: Store, p: _Prepared, result: ImportResult) -> None:
    """The signed receipt beside the package (after the data is committed)."""
    try:
        result.receipt_path = write_receipt_file(store, p.me, p.peer, p.frame, p.path, result.counts)
        with store.transaction():
            store.conn.execute("UPDATE sync_package SET receipt_at = ? WHERE id = ?", (_now(), result.package_id))
    except (OSError, UserError) as exc:
        result.receipt_problem = (f"数据已导入，但回执没有写到U盘上（{getattr(exc, 'message', None) or exc}）。"
                                  f"可以稍后重新导入同一个数据包来补写回执，不会重复导入数据。")


def import_packages(store: Store, paths: list[str | Path], *, progress: Progress = NO_PROGRESS,
                    write_receipt: bool = True) -> list[ImportResult | UserError]:
    """Import every package of a stick (the township's monthly round). A refused package does not
    stop the others: its error (a ``PackageRefused`` or another ``UserError``) stands in its
    place in the result list.

    Packages that change no record are logged one by one. From the first package that changes
    records on: ONE backup, then ONE transaction for the rest of the round, each package in its
    own savepoint (so a package that fails while being written is undone alone), planned inside
    the transaction so two packages of one village see each other. A crash leaves the round wholly
    before or after. Receipts are written after the commit (a receipt never claims data the
    database could still lose)."""
    out: list[ImportResult | UserError] = []
    pending: list[tuple[_Prepared, ImportResult]] = []
    paths = [Path(p) for p in paths]
    i = 0
    first: _Prepared | None = None
    while i < len(paths) and first is None:          # phase 1: until something changes records
        progress.step(i, len(paths))
        try:
            p = _prepare(store, paths[i])
        except UserError as exc:
            out.append(exc)
            i += 1
            continue
        if p.changes_records:
            first = p
            break
        result = _write(store, p, None)
        out.append(result)
        pending.append((p, result))
        i += 1
    if first is not None:                            # phase 2: one backup, one transaction
        backup_path = backup.backup_before(store, "package-import")
        with store.transaction():
            for j in range(i, len(paths)):
                progress.step(j, len(paths))
                try:
                    p = first if j == i else _prepare(store, paths[j])
                    result = _write(store, p, backup_path if p.changes_records else None)
                except UserError as exc:
                    out.append(exc)
                    continue
                out.append(result)
                pending.append((p, result))
    if write_receipt:
        for p, result in pending:
            _receipt(store, p, result)
    progress.step(len(paths), len(paths))
    return out


def import_package(store: Store, path: str | Path, *, progress: Progress = NO_PROGRESS,
                   write_receipt: bool = True) -> ImportResult:
    """Check, back up, merge in one transaction, log; then write the signed receipt beside the
    package. Any refusal is raised before the backup and changes nothing. An import that changes
    no record (a duplicate, a stale copy) only adds its log line and takes no backup (that keeps
    a re-import under 0.2 s a village)."""
    p = _prepare(store, Path(path))
    progress.step(1, 3)
    backup_path = backup.backup_before(store, "package-import") if p.changes_records else None
    progress.step(2, 3)
    result = _write(store, p, backup_path)
    progress.step(3, 3)
    if write_receipt:
        _receipt(store, p, result)
    return result


def _check_blobs(store: Store, tables: dict, blobs: dict[str, bytes], name: str) -> None:
    att = tables.get("attachment")
    if not att:
        return
    cols = att["columns"]
    i_sha = cols.index("sha256")
    needed = {r[i_sha] for r in att["rows"]} - set(blobs)
    for sha in needed:
        if store.conn.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha,)).fetchone() is None:
            raise PackageRefused("missing_blob", f"“{name}”缺少附件的文件内容（本机没有，数据包里也没有），未导入。"
                                                 f"请让对方重新导出数据包。")


def write_receipt_file(store: Store, me: Identity, peer: dict, frame: container.Frame, path: Path,
                       counts: dict) -> Path:
    h = frame.header
    header = {"format": container.FORMAT_VERSION, "app": _app(), "receipt_for": h["package_uuid"],
              "seq": h["seq"], "file_sha256": frame.sha256, "sender_id": me.installation_id,
              "sender_sign_pub": me.sign_pub, "sender_enc_pub": me.enc_pub, "receiver_id": peer["installation_id"],
              "village_uuid": h["village_uuid"], "counts": counts, "imported_at": _now(),
              "sender_name": store.scalar("SELECT name FROM org_unit WHERE uuid = ?", (me.org_uuid,)) or ""}
    data = container.write_frame(KIND_RECEIPT, container.header_bytes_of(header), b"", me.sign_key)
    target = path.with_name(path.name[: -len(PACKAGE_SUFFIX)] + "-回执" + RECEIPT_SUFFIX
                            if path.name.endswith(PACKAGE_SUFFIX) else path.name + "-回执" + RECEIPT_SUFFIX)
    files.write_atomic(target, data)
    return target


@dataclass(frozen=True)
class ReceiptInfo:
    package_uuid: str
    seq: int
    counts: dict
    imported_at: str
    by: str


def load_receipt(store: Store, path: str | Path) -> ReceiptInfo:
    """The receiver's signed receipt for one of our packages: mark it acknowledged (and the
    attachment content it carried as delivered)."""
    path = Path(path)
    me = ensure_identity(store)
    frame = container.read_frame(path, KIND_RECEIPT)
    h = frame.header
    if h.get("receiver_id") != me.installation_id:
        raise PackageRefused("wrong_receiver", f"回执“{path.name}”不是给本机的。")
    peer = store.query_one("SELECT * FROM sync_peer WHERE installation_id = ? AND status = 'enrolled'",
                           (h.get("sender_id"),))
    if peer is None or peer["sign_pub"] != h.get("sender_sign_pub"):
        raise PackageRefused("unknown_sender", f"回执“{path.name}”不是登记过的单位签发的，未采用。")
    container.verify(frame, public_key_objects(peer["sign_pub"], peer["enc_pub"])[0])
    out = store.query_one("SELECT * FROM sync_package WHERE direction = 'out' AND package_uuid = ?",
                          (h.get("receipt_for"),))
    if out is None:
        raise UserError(f"回执“{path.name}”对应的数据包不是本机发出的（或本机数据库已从更早的备份恢复）。")
    if out["file_sha256"] != h.get("file_sha256"):
        raise UserError(f"回执“{path.name}”确认的文件与本机发出的数据包内容不一致，未采用。")
    with store.transaction():
        store.conn.execute("UPDATE sync_package SET receipt_at = coalesce(receipt_at, ?) WHERE id = ?",
                           (_now(), out["id"]))
        store.conn.execute("UPDATE sync_blob_sent SET acked = 1 WHERE peer_id = ? AND package_uuid = ?",
                           (peer["installation_id"], out["package_uuid"]))
    return ReceiptInfo(out["package_uuid"], out["seq"], h.get("counts", {}), str(h.get("imported_at", "")),
                       peer["name"])


def package_log(store: Store, limit: int = 200) -> list[dict]:
    """Packages written and imported, newest first (who, when, which file, counts)."""
    rows = store.query("SELECT p.*, coalesce(s.name, '') AS peer_name FROM sync_package p "
                       "LEFT JOIN sync_peer s ON s.installation_id = p.peer_id ORDER BY p.id DESC LIMIT ?", (limit,))
    for r in rows:
        r["counts"] = json.loads(r["counts"])
        r["header"] = json.loads(r["header"])
    return rows


def provenance(store: Store, table: str, uuid: str) -> dict:
    """Where a record came from: author installation, created/edited stamps (and who edited
    last: the stamp's node), the package it last arrived in."""
    row = store.query_one(f"SELECT uuid, origin, created_hlc, hlc, deleted FROM {table} WHERE uuid = ?", (uuid,))
    if row is None:
        raise UserError("该记录不存在。")
    arrived = store.query_one("SELECT p.file_name, p.processed_at, p.peer_id, p.package_uuid "
                              "FROM sync_row r JOIN sync_package p ON p.id = r.package_id WHERE r.uuid = ?", (uuid,))
    return {**row, "created_at": merge.stamp_time(row["created_hlc"]).isoformat(timespec="seconds"),
            "edited_at": merge.stamp_time(row["hlc"]).isoformat(timespec="seconds"),
            "edited_by_node": row["hlc"].split("-", 2)[2], "arrived_in": arrived}
