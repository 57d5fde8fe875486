"""Local accounts: login, roles, and switching the login off (issue #9).

Roles: ``admin`` (管理员: everything, plus accounts and the login setting), ``clerk`` (录入员:
enters and edits records) and ``readonly`` (只读: looks only — ``Store.transaction`` refuses its
writes). Passwords are stored as Argon2id hashes (argon2-cffi), never in clear and never in the
audit log.

Login is off until an administrator turns it on (``set_login_required``): existing one-person
installations keep working as before. With login on, a Store with no session refuses writes, and
``login`` sets ``store.session`` so the audit log names the account. A GUI worker opening its own
Store passes the window's session on with ``worker_store.use_session(store.session)``.

What this protects against, honestly: other people at a shared PC using or changing the records
under someone else's name. It is not encryption: whoever copies the database file can read it.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store

ROLES = {"admin": "管理员", "clerk": "录入员", "readonly": "只读"}
ADMIN, CLERK, READONLY = "admin", "clerk", "readonly"
MIN_PASSWORD_LENGTH = 6
LOGIN_META_KEY = "login_required"

LOGIN_OFF_WARNING = (
    "关闭登录后，任何能打开这台电脑的人都能查看和修改党员信息，操作记录里也分不清是谁做的修改。"
    "只建议在只有一个人使用、电脑设有开机密码时关闭。确定要关闭登录吗？")

# OWASP's first Argon2id setting (19 MiB, 2 passes): ≈ 0.1 s per login on the target PCs and
# light on their memory. Hashes carry their parameters; raising these rehashes at the next login.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_WRONG = "用户名或密码不正确。"


@dataclass(frozen=True)
class Session:
    """Who is logged in on a Store (``store.session``)."""

    account: str
    display_name: str
    role: str

    @property
    def can_write(self) -> bool:
        return self.role != READONLY

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    @property
    def label(self) -> str:
        return f"{self.display_name or self.account}（{ROLES[self.role]}）"


# ----- the login setting ---------------------------------------------------------------------------

def login_required(store: Store) -> bool:
    """Whether the GUI must ask for a login before showing the data."""
    return store.meta.get(LOGIN_META_KEY) == "1"


def set_login_required(store: Store, on: bool) -> None:
    """Turn the login on (needs an active administrator account) or off (show
    ``LOGIN_OFF_WARNING`` first). With login on, only an administrator may change it."""
    _require_admin(store)
    if on and not _active_admins(store):
        raise UserError("开启登录前，请先建立至少一个管理员账号，否则将无法登录。")
    with store.transaction():
        store.set_meta(LOGIN_META_KEY, "1" if on else "0")
        store.log_local_change("meta", LOGIN_META_KEY, "update", {"value": [int(not on), int(on)]})


# ----- managing accounts ----------------------------------------------------------------------------

def list_accounts(store: Store) -> list[dict]:
    """Every account (without its hash), administrators first."""
    return store.query("SELECT name, display_name, role, active, created_at, last_login_at FROM account "
                       "ORDER BY CASE role WHEN 'admin' THEN 0 WHEN 'clerk' THEN 1 ELSE 2 END, name")


def create_account(store: Store, name: str, password: str, role: str, display_name: str = "") -> None:
    """Add an account. The first account must be an administrator (someone must be able to
    manage the others); with login on, only an administrator may add accounts."""
    _require_admin(store)
    name = name.strip()
    problems = {}
    if not name:
        problems["name"] = "请填写用户名"
    elif len(name) > 30 or any(c.isspace() for c in name):
        problems["name"] = "用户名不能含空格，最长30个字"
    elif store.scalar("SELECT 1 FROM account WHERE name = ?", (name,)):
        problems["name"] = f"用户名“{name}”已存在"
    if role not in ROLES:
        problems["role"] = "请选择角色（管理员、录入员或只读）"
    elif role != ADMIN and not _active_admins(store):
        problems["role"] = "第一个账号必须是管理员"
    if (msg := _password_problem(password)) is not None:
        problems["password"] = msg
    if problems:
        raise ValidationError(problems)
    with store.transaction():
        store.conn.execute("INSERT INTO account (name, display_name, role, password_hash, created_at) "
                           "VALUES (?, ?, ?, ?, ?)", (name, display_name.strip(), role, _hasher.hash(password), _now()))
        store.log_local_change("account", name, "insert", {"role": [None, role]})


def set_role(store: Store, name: str, role: str) -> None:
    _require_admin(store)
    account = _get(store, name)
    if role not in ROLES:
        raise ValidationError({"role": "请选择角色（管理员、录入员或只读）"})
    if account["role"] == ADMIN and role != ADMIN:
        _keep_one_admin(store, account["name"])
    with store.transaction():
        store.conn.execute("UPDATE account SET role = ? WHERE name = ?", (role, account["name"]))
        store.log_local_change("account", account["name"], "update", {"role": [account["role"], role]})


def set_active(store: Store, name: str, active: bool) -> None:
    """Disable (or re-enable) an account; accounts are never deleted (the log names them)."""
    _require_admin(store)
    account = _get(store, name)
    if not active and account["role"] == ADMIN:
        _keep_one_admin(store, account["name"])
    with store.transaction():
        store.conn.execute("UPDATE account SET active = ? WHERE name = ?", (int(active), account["name"]))
        store.log_local_change("account", account["name"], "update", {"active": [account["active"], int(active)]})


def change_password(store: Store, name: str, old_password: str, new_password: str) -> None:
    """Someone changes their own password (knowing the old one)."""
    account = _get(store, name)
    if not _verify(account["password_hash"], old_password):
        raise ValidationError({"old_password": "原密码不正确"})
    _set_password(store, account["name"], new_password)


def reset_password(store: Store, name: str, new_password: str) -> None:
    """An administrator sets someone's password (they forgot it)."""
    _require_admin(store)
    _set_password(store, _get(store, name)["name"], new_password)


def _set_password(store: Store, name: str, password: str) -> None:
    if (msg := _password_problem(password)) is not None:
        raise ValidationError({"password": msg})
    with store.transaction():
        store.conn.execute("UPDATE account SET password_hash = ? WHERE name = ?", (_hasher.hash(password), name))
        store.log_local_change("account", name, "update", {"password": ["", "已修改"]})


# ----- login ----------------------------------------------------------------------------------------

def login(store: Store, name: str, password: str) -> Session:
    """Check a password and make its account this Store's session (the audit log then names it).
    The same message for a wrong name and a wrong password."""
    account = store.query_one("SELECT * FROM account WHERE name = ?", (name.strip(),))
    if account is None:
        _verify(_dummy_hash(), password)  # take as long as a real check: don't reveal which names exist
        raise UserError(_WRONG)
    if not _verify(account["password_hash"], password):
        raise UserError(_WRONG)
    if not account["active"]:
        raise UserError(f"账号“{account['name']}”已停用，请联系管理员。")
    session = Session(account["name"], account["display_name"], account["role"])
    store.use_session(session)
    if session.can_write and not store.read_only:
        with store.transaction():
            new_hash = _hasher.hash(password) if _hasher.check_needs_rehash(account["password_hash"]) else None
            store.conn.execute("UPDATE account SET last_login_at = ?, password_hash = coalesce(?, password_hash) "
                               "WHERE name = ?", (_now(), new_hash, account["name"]))
    return session


def logout(store: Store) -> None:
    store.use_session(None)


# ----- helpers --------------------------------------------------------------------------------------

def _require_admin(store: Store) -> None:
    if not login_required(store):
        return                            # login off: whoever uses the PC manages it
    session = store.session
    if session is None or not session.is_admin:
        raise UserError("只有管理员可以管理账号和登录设置。")


def _active_admins(store: Store) -> list[str]:
    return [r["name"] for r in store.query("SELECT name FROM account WHERE role = 'admin' AND active = 1")]


def _keep_one_admin(store: Store, name: str) -> None:
    if [a for a in _active_admins(store) if a.casefold() != name.casefold()]:
        return
    raise UserError("至少要保留一个可用的管理员账号，否则将无法管理账号。")


def _get(store: Store, name: str) -> dict:
    row = store.query_one("SELECT * FROM account WHERE name = ?", (name.strip(),))
    if row is None:
        raise UserError(f"找不到账号“{name}”。")
    return row


def _password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"密码至少要 {MIN_PASSWORD_LENGTH} 位"
    if password.strip() != password:
        return "密码首尾不能有空格"
    return None


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash("not a password of anyone")
