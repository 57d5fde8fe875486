"""One writer per database: a lock file beside it (issue #9).

``<db>.lock`` holds JSON naming the holder — machine, user, process id, since when, the app, the
boot it was taken in — and is created atomically (``O_CREAT | O_EXCL``), so of two djdesk windows
opening the same file (two users on one PC, or two PCs on a shared folder) exactly one gets it;
the other gets ``DatabaseLocked``, a ``UserError`` carrying the holder, and the GUI can offer to
open read-only.

The lock is per *process* and reference-counted: the GUI's worker threads open their own Store on
the same file (STYLE.md #4) and must not be refused by their own window. The file goes away when
the last Store of the process closes, or at interpreter exit.

A lock left by a crash or a power cut (the PCs are switched off at the wall) is stale and is
cleared safely, under a second short-lived ``<db>.lock.break`` file so two openers never both
clear it. It is stale when:

- it was taken on this machine in an earlier boot (Linux ``boot_id``; Windows: boot time), or its
  process is gone (``os.kill(pid, 0)`` on POSIX, ``OpenProcess`` on Windows — no psutil); or
- it was taken on another machine and not refreshed for ``STALE_AFTER_HOURS`` (the holder touches
  the file when it commits, at most every ``TOUCH_EVERY_S``), since we cannot see that machine's
  processes; or
- it is unreadable (a crash between creating and writing it) and older than ``GARBLED_GRACE_S``
  (writing it takes microseconds; an opener meeting a young unreadable lock waits that long).
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import NoReturn

from djdesk.core.diskerrors import explain_os_error
from djdesk.core.errors import UserError

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
STALE_AFTER_HOURS = 12        # another machine's lock not refreshed this long was left by a crash
TOUCH_EVERY_S = 600           # how often a holder refreshes its lock file's modification time
GARBLED_GRACE_S = 2           # an unreadable lock older than this was left half-written by a crash
BREAK_GRACE_S = 2             # a ``.break`` file older than this was left by a crash while clearing


@dataclass(frozen=True)
class LockInfo:
    """Who holds a database: shown to the user by ``DatabaseLocked``."""

    host: str
    user: str
    pid: int
    since: str                # local time, ISO seconds
    app: str = ""
    boot: str = ""
    token: str = ""

    def describe(self) -> str:
        since = self.since.replace("T", " ")[:16]
        if _same_host(self.host):
            return f"本机用户“{self.user or '未知'}”自 {since} 起正在使用它（进程号 {self.pid}）"
        return f"电脑“{self.host}”上的用户“{self.user or '未知'}”自 {since} 起正在使用它"


class DatabaseLocked(UserError):
    """Another djdesk (process) is writing this database. ``holder`` says who (None: unreadable)."""

    def __init__(self, db_path: str | Path, holder: LockInfo | None):
        self.db_path = Path(db_path)
        self.holder = holder
        who = holder.describe() if holder else "另一个程序正在使用它"
        super().__init__(
            f"数据库“{self.db_path.name}”已被打开：{who}。同一时间只能有一个党建桌面修改它，"
            f"请先关闭那边的党建桌面再试，或以只读方式打开查看。")


# ----- the holder's side ------------------------------------------------------------------------

@dataclass
class _Held:
    path: Path
    token: str
    count: int
    touched: float


_registry_lock = threading.RLock()
_held: dict[str, _Held] = {}


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _key(db_path: str | Path) -> str:
    return os.path.normcase(os.path.realpath(db_path))


def held_here(db_path: str | Path) -> bool:
    """Whether this process holds the lock (has a writable Store open on the file)."""
    with _registry_lock:
        return _key(db_path) in _held


def acquire(db_path: str | Path) -> bool:
    """Take the lock for this process, or count one more user of it; returns True when it was
    taken now (the first Store of the process on this file). Raises ``DatabaseLocked``."""
    key = _key(db_path)
    with _registry_lock:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return False
        info = LockInfo(host=hostname(), user=_user(), pid=os.getpid(),
                        since=dt.datetime.now().isoformat(timespec="seconds"),
                        app=_app(), boot=boot_id(), token=os.urandom(8).hex())
        path = lock_path(db_path)
        holder: LockInfo | None = None
        deadline = time.monotonic() + max(GARBLED_GRACE_S, BREAK_GRACE_S) + 1
        while True:
            if time.monotonic() > deadline:
                raise DatabaseLocked(db_path, holder)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
            except FileExistsError:
                holder, mtime = _read(path)
                if mtime is None:          # removed meanwhile: try again
                    continue
                if is_stale(holder, mtime):
                    _clear_stale(path, holder)
                    continue
                if holder is None:         # being written right now, or left half-written: wait
                    time.sleep(0.05)
                    continue
                raise DatabaseLocked(db_path, holder) from None
            except OSError as exc:
                _raise_explained(exc, path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    # No fsync (≈ 40 ms of every start): a lock file lost or left empty by a power
                    # cut is cleared as stale or garbled, like one left by a crash.
                    json.dump(asdict(info), f, ensure_ascii=False)
            except BaseException as exc:
                with contextlib.suppress(OSError):
                    os.unlink(path)
                if isinstance(exc, OSError):
                    _raise_explained(exc, path.parent)
                raise
            _held[key] = _Held(Path(db_path), info.token, 1, time.monotonic())
            return True


def _raise_explained(exc: OSError, folder: Path) -> NoReturn:
    mapped = explain_os_error(exc, folder, "打开数据库")
    if mapped is None:
        raise exc
    raise mapped from exc


def release(db_path: str | Path) -> None:
    """One user of the lock fewer; the last one removes the file (only if it is still ours)."""
    key = _key(db_path)
    with _registry_lock:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
        _remove_if_ours(held)


def touch(db_path: str | Path) -> None:
    """Refresh the lock's modification time (throttled): a live holder on another machine is
    never taken for a crashed one. Called by the Store after each commit."""
    with _registry_lock:
        held = _held.get(_key(db_path))
        if held is None or time.monotonic() - held.touched < TOUCH_EVERY_S:
            return
        held.touched = time.monotonic()
        path = lock_path(held.path)
    with contextlib.suppress(OSError):
        os.utime(path)


def _remove_if_ours(held: _Held) -> None:
    path = lock_path(held.path)
    current, _ = _read(path)
    if current is not None and current.token == held.token:
        with contextlib.suppress(OSError):
            os.unlink(path)


@atexit.register
def release_all() -> None:
    """At interpreter exit (the CLI, a crashed-but-exiting GUI): remove every lock we hold."""
    with _registry_lock:
        for held in list(_held.values()):
            _remove_if_ours(held)
        _held.clear()


if hasattr(os, "register_at_fork"):   # a forked child must not remove its parent's locks at exit
    os.register_at_fork(after_in_child=_held.clear)


# ----- reading and judging a lock ----------------------------------------------------------------

def read_lock(db_path: str | Path) -> LockInfo | None:
    """Who holds the database now (None: nobody, or an unreadable lock file)."""
    return _read(lock_path(db_path))[0]


def _read(path: Path) -> tuple[LockInfo | None, float | None]:
    """(holder, mtime); mtime None when there is no lock file."""
    try:
        mtime = path.stat().st_mtime
        raw = json.loads(path.read_text(encoding="utf-8"))
        info = LockInfo(host=str(raw["host"]), user=str(raw.get("user", "")), pid=int(raw["pid"]),
                        since=str(raw.get("since", "")), app=str(raw.get("app", "")),
                        boot=str(raw.get("boot", "")), token=str(raw.get("token", "")))
    except FileNotFoundError:
        return None, None
    except (OSError, ValueError, KeyError, TypeError):
        try:
            return None, path.stat().st_mtime
        except OSError:
            return None, None
    return info, mtime


def is_stale(holder: LockInfo | None, mtime: float, now: float | None = None) -> bool:
    """Whether a lock was left behind by a process that no longer runs (see module docstring)."""
    now = time.time() if now is None else now
    if holder is None:
        return now - mtime > GARBLED_GRACE_S
    if _same_host(holder.host):
        if not _same_boot(holder.boot, boot_id()):
            return True
        if holder.pid == os.getpid():
            # Our own pid but not in our registry: a leftover of an earlier process that had
            # the same pid (the registry is the truth about this process).
            return not held_by_token(holder.token)
        return not pid_alive(holder.pid)
    return now - mtime > STALE_AFTER_HOURS * 3600


def held_by_token(token: str) -> bool:
    with _registry_lock:
        return any(h.token == token for h in _held.values())


def _clear_stale(path: Path, judged: LockInfo | None) -> None:
    """Remove a stale lock, unless someone replaced it meanwhile; one clearer at a time."""
    breaker = path.with_name(path.name + ".break")
    try:
        os.close(os.open(breaker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:
        with contextlib.suppress(OSError):
            if time.time() - breaker.stat().st_mtime > BREAK_GRACE_S:
                os.unlink(breaker)
        time.sleep(0.05)
        return
    except OSError as exc:
        _raise_explained(exc, path.parent)
    try:
        again, mtime = _read(path)
        if mtime is not None and again == judged:
            os.unlink(path)
            log.warning("cleared a stale lock on %s left by %s", path, judged)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(breaker)


def break_lock(db_path: str | Path, expected: LockInfo | None) -> bool:
    """Remove another holder's lock after the user confirmed that nobody uses the database
    (e.g. the USB stick came from a PC that crashed an hour ago). Only the lock that was shown
    (``expected``) is removed; returns False when it changed meanwhile."""
    path = lock_path(db_path)
    current, mtime = _read(path)
    if mtime is None:
        return True
    if current != expected:
        return False
    _clear_stale(path, expected)
    return not path.exists()


# ----- this machine ------------------------------------------------------------------------------

def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _app() -> str:
    from djdesk import __version__

    return f"djdesk {__version__}"


def hostname() -> str:
    """The computer's name. On POSIX it is what ``socket.gethostname()`` returns, read without
    importing socket (≈ 3 ms of start-up); Windows has no ``os.uname``."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _same_host(host: str) -> bool:
    return host.casefold() == hostname().casefold()


def boot_id() -> str:
    """Something that changes at every boot: Linux's boot_id, Windows' boot time ("t:<epoch s>")."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        return ""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32")
        kernel32.GetTickCount64.restype = ctypes.c_ulonglong
        return f"t:{int(time.time() - kernel32.GetTickCount64() / 1000)}"
    return ""


def _same_boot(a: str, b: str) -> bool:
    if not a or not b:
        return True                       # unknown: let the process check decide
    if a.startswith("t:") and b.startswith("t:"):
        return abs(int(a[2:]) - int(b[2:])) <= 120   # the boot time computed twice drifts a little
    return a == b


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (portable, without psutil)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:               # it exists, but belongs to another user
        return True
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:
    # os.kill(pid, 0) would *terminate* the process on Windows: ask OpenProcess instead.
    import ctypes
    from ctypes import wintypes

    process_query_limited_information = 0x1000
    still_active = 259
    error_access_denied = 5
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == error_access_denied
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
