"""The file format of packages, enrolment files and receipts: a small binary frame, signed.

    magic     8 bytes   b"DJDESK" + kind byte (P package, E enrolment, R receipt) + format version
    header    u32 length (big-endian) + UTF-8 JSON, at most MAX_HEADER bytes
    body      u64 length + bytes (packages: the HPKE ciphertext; others: empty)
    signature 64 bytes  Ed25519 by the sender over every byte before it

The header is readable without keys (sender, receiver, village, sequence number, counts per
table) and holds no personal data; everything else of a package — every row, so every ID
number and phone — is in the body, zlib-compressed and then encrypted to the receiver's X25519
key with HPKE (RFC 9180, base mode, X25519 / HKDF-SHA256 / ChaCha20-Poly1305, from pyca
``cryptography``; the header's SHA-256 is bound in as HPKE ``info``, so a body cannot be moved
under another header). No home-made cryptography: the frame only carries library outputs.

Reading never trusts a length before checking it against the file and the limits below, never
decompresses past ``MAX_PAYLOAD``, and maps every failure to a ``PackageRefused`` with its own
Chinese message and a ``code`` (for tests and the GUI).
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from djdesk.core.errors import UserError

MAGIC = b"DJDESK"
FORMAT_VERSION = 1
KIND_PACKAGE, KIND_ENROLMENT, KIND_RECEIPT = b"P", b"E", b"R"
KIND_NAMES = {KIND_PACKAGE: "数据包", KIND_ENROLMENT: "登记文件", KIND_RECEIPT: "回执"}

MAX_FILE = 512 * 1024 * 1024        # a county's whole township fits in a few MB; this is far beyond
MAX_HEADER = 256 * 1024
MAX_PAYLOAD = 1024 * 1024 * 1024    # decompressed: a zip bomb stops here
SIGNATURE_SIZE = 64
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_PREFIX = 8 + 4


class PackageRefused(UserError):
    """A file djdesk will not import; ``code`` says why (one of the REFUSAL codes)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Frame:
    """A parsed file whose structure and (self-)signature were checked."""

    kind: bytes
    header: dict
    header_bytes: bytes
    body: bytes
    signed: bytes       # every byte the signature covers
    signature: bytes
    sha256: str         # of the whole file
    size: int


def header_bytes_of(header: dict) -> bytes:
    return json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")


def write_frame(kind: bytes, header_bytes: bytes, body: bytes, sign_key: Ed25519PrivateKey) -> bytes:
    if len(header_bytes) > MAX_HEADER:
        raise ValueError("header too large")
    signed = (MAGIC + kind + bytes([FORMAT_VERSION]) + struct.pack(">I", len(header_bytes)) + header_bytes
              + struct.pack(">Q", len(body)) + body)
    return signed + sign_key.sign(signed)


def read_frame(path: str | Path, expect: bytes) -> Frame:
    """Read and check a file's frame (not yet who signed it). Refuses a file that is not ours,
    too large, truncated, from a newer app, or whose bytes do not match its signature."""
    path = Path(path)
    what = KIND_NAMES[expect]
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PackageRefused("not_package", f"“{path.name}”不是{what}文件。")
        if size > MAX_FILE:
            raise PackageRefused("too_large", f"文件“{path.name}”有 {size / 1024 / 1024:.0f} MB，远大于任何"
                                              f"{what}，不是党建桌面的{what}，未导入。")
        with open(path, "rb") as f:
            data = f.read(MAX_FILE + 1)
    except OSError as exc:
        raise PackageRefused("unreadable", f"无法读取“{path.name}”：{exc.strerror or exc}。"
                                           f"请检查U盘是否插好。") from exc
    return parse_frame(data, expect, path.name)


def parse_frame(data: bytes, expect: bytes, name: str) -> Frame:
    what = KIND_NAMES[expect]
    if len(data) < 8 or data[:6] != MAGIC:
        raise PackageRefused("not_package", f"“{name}”不是党建桌面的{what}（文件开头不对），未导入。"
                                            f"请确认选择的是 .djpkg 数据包。" if expect == KIND_PACKAGE else
                             f"“{name}”不是党建桌面的{what}（文件开头不对）。")
    kind, version = data[6:7], data[7]
    if kind != expect:
        actual = KIND_NAMES.get(kind, "未知文件")
        raise PackageRefused("wrong_kind", f"“{name}”是{actual}，不是{what}。")
    if version > FORMAT_VERSION:
        raise PackageRefused("newer_format", f"“{name}”由更新版本的党建桌面生成（文件格式 {version}），"
                                             f"本程序看不懂。请先升级党建桌面再导入。")
    truncated = PackageRefused("truncated", f"“{name}”不完整（文件被截断，可能拷贝时U盘被拔出）。"
                                            f"请让对方重新拷贝一份。")
    if len(data) < _PREFIX:
        raise truncated
    (header_len,) = struct.unpack(">I", data[8:12])
    if header_len > MAX_HEADER:
        raise PackageRefused("corrupt", f"“{name}”已损坏（文件头长度不合理），未导入。")
    pos = _PREFIX + header_len
    if len(data) < pos + 8:
        raise truncated
    (body_len,) = struct.unpack(">Q", data[pos:pos + 8])
    end = pos + 8 + body_len
    if body_len > MAX_FILE or len(data) < end + SIGNATURE_SIZE:
        raise truncated
    if len(data) > end + SIGNATURE_SIZE:
        raise PackageRefused("corrupt", f"“{name}”末尾有多余的数据，文件已损坏或被改动，未导入。")
    header_bytes = data[_PREFIX:pos]
    try:
        header = json.loads(header_bytes.decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError("header is not an object")
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageRefused("corrupt", f"“{name}”已损坏（文件头无法读取），未导入。") from exc
    frame = Frame(kind, header, header_bytes, data[pos + 8:end], data[:end], data[end:],
                  hashlib.sha256(data).hexdigest(), len(data))
    sign_pub = header.get("sender_sign_pub")
    if not isinstance(sign_pub, str):
        raise PackageRefused("corrupt", f"“{name}”已损坏（没有发送方公钥），未导入。")
    from djdesk.core.sync.identity import public_key_objects

    try:
        verify(frame, public_key_objects(sign_pub, header.get("sender_enc_pub", ""))[0])
    except UserError as exc:
        if isinstance(exc, PackageRefused):
            raise PackageRefused("corrupt", f"“{name}”已损坏或被改动过（签名校验不通过），未导入。"
                                            f"请让对方重新拷贝一份。") from exc
        raise PackageRefused("corrupt", f"“{name}”已损坏（发送方公钥无法读取），未导入。") from exc
    return frame


def verify(frame: Frame, key: Ed25519PublicKey) -> None:
    try:
        key.verify(frame.signature, frame.signed)
    except InvalidSignature:
        raise PackageRefused("bad_signature", "签名不符。") from None


def seal(payload: bytes, header_bytes_sha: bytes, receiver: X25519PublicKey) -> bytes:
    """Compress then encrypt to the receiver (HPKE)."""
    return _SUITE.encrypt(zlib.compress(payload, 6), receiver, info=b"djdesk-package-1" + header_bytes_sha)


def open_sealed(body: bytes, header_bytes_sha: bytes, key: X25519PrivateKey, name: str) -> bytes:
    """Decrypt and decompress, never past ``MAX_PAYLOAD``."""
    try:
        compressed = _SUITE.decrypt(body, key, info=b"djdesk-package-1" + header_bytes_sha)
    except Exception as exc:   # cryptography raises InvalidTag/ValueError: either way it is not for us
        raise PackageRefused("cannot_decrypt", f"“{name}”无法解密：它不是用本机的密钥加密的"
                                               f"（可能是发给另一台电脑的，或本机重新生成过密钥）。未导入。") from exc
    out = zlib.decompressobj()
    try:
        payload = out.decompress(compressed, MAX_PAYLOAD)
        if out.unconsumed_tail or len(payload) >= MAX_PAYLOAD:
            raise PackageRefused("too_large", f"“{name}”解压后超过 {MAX_PAYLOAD // 1024 // 1024} MB，"
                                              f"不是正常的数据包（可能是“压缩炸弹”），未导入。")
        if not out.eof:
            raise zlib.error("incomplete stream")
    except zlib.error as exc:
        raise PackageRefused("corrupt", f"“{name}”的内容已损坏（无法解压），未导入。") from exc
    return payload


def header_digest(frame_or_bytes: Frame | bytes) -> bytes:
    data = frame_or_bytes.header_bytes if isinstance(frame_or_bytes, Frame) else frame_or_bytes
    return hashlib.sha256(data).digest()
