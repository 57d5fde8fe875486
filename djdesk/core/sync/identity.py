"""This installation's key pairs and the short fingerprint clerks compare (issue #7).

Every installation has two key pairs, made once (``ensure_identity``, called at set-up and by
every package operation):

- an **Ed25519** signing key: every package, enrolment file and receipt it writes is signed;
- an **X25519** key: packages sent *to* it are encrypted to it (HPKE, RFC 9180, in ``container``).

Where the private keys live, and why (threat model):

- **Not in the database.** They are in a key file beside it, ``<database>.djkey`` (mode 0600), so
  database backups — which clerks copy to USB sticks — and packages never carry them. A **lost
  stick** then holds only packages encrypted to the township (no ID number or phone readable
  without the township PC's key file) and backups that cannot be used to forge packages.
- A **virus on the township PC** that reads files on a stick learns nothing from packages meant
  for the township either (it would need the key file on that PC's disk); a virus that *changes*
  a package on the stick breaks its signature and the import refuses it. A virus running on the
  PC that holds the key file can of course act as that installation: the key file is no
  protection against a compromised PC, only against leaked sticks and copied backups. The key
  file is not password-protected (clerks would forget the password and lose their enrolment).
- A PC that loses its key file (new disk, restored on another PC) makes a new key pair with
  ``reset_identity``; the township must then enrol it again (a fresh fingerprint check).

The public keys are in ``meta`` (``sync_sign_pub``, ``sync_enc_pub``) so other modules can show
and send them without the key file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from djdesk.core.errors import UserError
from djdesk.core.store import Store

KEY_FILE_SUFFIX = ".djkey"


@dataclass(frozen=True)
class Identity:
    """This installation as others see it, plus (``sign_key``/``enc_key``) its private keys."""

    installation_id: str
    role: str                 # village | township | county
    org_uuid: str             # its scope: the village's (or the township's) org unit
    sign_pub: str             # base64 of the raw 32-byte public keys
    enc_pub: str
    sign_key: Ed25519PrivateKey
    enc_key: X25519PrivateKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_pub, self.enc_pub)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(sign_pub: str, enc_pub: str) -> str:
    """Four groups of four characters (80 bits of SHA-256 over both public keys), e.g.
    ``K7QM-4XZA-9PRT-B2CD``: what both screens and the printed enrolment sheet show. Base32
    without the confusable 0/1/8/9; long enough that forging a key with the same fingerprint is
    out of reach for a thief with a laptop."""
    digest = hashlib.sha256(b"djdesk-fp\x00" + unb64(sign_pub) + unb64(enc_pub)).digest()
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def normalise_fingerprint(text: str) -> str:
    """What a clerk typed, as ``fingerprint`` writes it (spaces, dashes and case do not matter)."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def key_file(store: Store) -> Path:
    return store.path.with_name(store.path.name + KEY_FILE_SUFFIX)


def public_key_objects(sign_pub: str, enc_pub: str) -> tuple[Ed25519PublicKey, X25519PublicKey]:
    try:
        return (Ed25519PublicKey.from_public_bytes(unb64(sign_pub)),
                X25519PublicKey.from_public_bytes(unb64(enc_pub)))
    except ValueError as exc:
        raise UserError("对方的公钥格式不正确，无法使用。") from exc


def ensure_identity(store: Store) -> Identity:
    """This installation's identity, making the key pairs on first use (one transaction)."""
    path = key_file(store)
    if "sync_sign_pub" in store.meta:
        return load_identity(store)
    if path.exists():
        raise UserError(f"密钥文件 {path.name} 已存在，但数据库中没有对应的公钥。"
                        f"如果这是另一份数据库的密钥，请把它移走后重试。")
    sign_key, enc_key = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    _write_key_file(path, store.installation_id, sign_key, enc_key)
    with store.transaction():
        store.set_meta("sync_sign_pub", b64(_raw_public(sign_key)))
        store.set_meta("sync_enc_pub", b64(_raw_public(enc_key)))
    return load_identity(store)


def load_identity(store: Store) -> Identity:
    """The identity with its private keys; a clear message when the key file is missing or
    belongs to another database."""
    path = key_file(store)
    try:
        data = json.loads(path.read_text("utf-8"))
        sign_key = Ed25519PrivateKey.from_private_bytes(unb64(data["sign"]))
        enc_key = X25519PrivateKey.from_private_bytes(unb64(data["enc"]))
    except FileNotFoundError:
        raise UserError(f"找不到本机的密钥文件 {path}。没有它不能收发数据包；如果密钥确已丢失，"
                        f"请在“数据交换”中重新生成密钥，并请乡镇重新登记本机。") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"本机的密钥文件 {path} 已损坏（{exc}），不能收发数据包。") from exc
    if data.get("installation_id") != store.installation_id or \
            b64(_raw_public(sign_key)) != store.meta.get("sync_sign_pub") or \
            b64(_raw_public(enc_key)) != store.meta.get("sync_enc_pub"):
        raise UserError(f"密钥文件 {path.name} 不属于这个数据库（可能是从别的电脑复制来的），不能收发数据包。")
    return Identity(store.installation_id, store.meta.get("role", ""), store.meta.get("scope_org_uuid", ""),
                    store.meta["sync_sign_pub"], store.meta["sync_enc_pub"], sign_key, enc_key)


def reset_identity(store: Store) -> Identity:
    """New key pairs after the key file was lost: the township must enrol this PC again."""
    path = key_file(store)
    if path.exists():
        os.replace(path, path.with_name(path.name + ".old"))
    with store.transaction():
        store.conn.execute("DELETE FROM meta WHERE key IN ('sync_sign_pub', 'sync_enc_pub')")
        store.meta.pop("sync_sign_pub", None)
        store.meta.pop("sync_enc_pub", None)
    return ensure_identity(store)


def _raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _write_key_file(path: Path, installation_id: str, sign_key: Ed25519PrivateKey,
                    enc_key: X25519PrivateKey) -> None:
    """Atomically, readable by this user only (on Windows the per-user data folder is private)."""
    text = json.dumps({"installation_id": installation_id, "sign": b64(_raw_private(sign_key)),
                       "enc": b64(_raw_private(enc_key))})
    tmp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
