"""The one place where failures of the disk and of SQLite become plain Chinese messages (issue #9).

SQLite and the operating system report a full disk, read-only media, a database held by another
program or a pulled-out USB stick with English text (``sqlite3.OperationalError: database or disk
is full``, ``OSError: [Errno 28] No space left on device``). ``explain_sqlite_error`` and
``explain_os_error`` turn those into a ``StorageError``: a ``UserError`` that says what happened and
what to do (STYLE.md #5), with ``kind`` for code that wants to react (the GUI may offer "open
read-only" for ``"readonly"``). Anything they don't recognise returns None: it stays a bug.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from djdesk.core.errors import UserError

FULL = "full"
READONLY = "readonly"
BUSY = "busy"
IO = "io"
CORRUPT = "corrupt"
CANTOPEN = "cantopen"

_SQLITE_MESSAGES = {
    FULL: "磁盘空间已满，刚才的操作没有保存（已保存的数据不受影响）。请删除不需要的文件、清空回收站，"
          "或把数据库移到空间更大的磁盘后重试。",
    READONLY: "数据库文件是只读的，无法保存修改。请检查文件是否在光盘或写保护的U盘上、是否被设为只读、"
              "当前用户是否有权限；也可以把它复制到本机硬盘后再打开。",
    BUSY: "数据库正被另一个程序使用，暂时无法保存。请关闭其他打开这个数据库的程序"
          "（或另一个党建桌面窗口）后重试。",
    IO: "读写数据库时磁盘出错，刚才的操作没有完成。请检查U盘或移动硬盘是否已拔出、磁盘是否损坏；"
        "可以先把数据库复制到本机硬盘再打开。",
    CORRUPT: "数据库文件已损坏。请不要继续使用它，用“从备份恢复”恢复最近的备份"
             "（备份在数据库所在文件夹的 backups 中）。",
    CANTOPEN: "无法打开数据库文件：文件夹不存在、U盘已拔出，或当前用户没有权限。",
}


class StorageError(UserError):
    """The disk or the database file failed (full, read-only, busy, I/O, damaged)."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


# By SQLite's extended error name (Python ≥ 3.11) or, failing that, its fixed English message —
# whole phrases, because messages may quote user text (an FTS query containing "full" …).
_CODES = (("SQLITE_FULL", FULL), ("SQLITE_READONLY", READONLY), ("SQLITE_BUSY", BUSY), ("SQLITE_LOCKED", BUSY),
          ("SQLITE_IOERR", IO), ("SQLITE_CORRUPT", CORRUPT), ("SQLITE_NOTADB", CORRUPT),
          ("SQLITE_CANTOPEN", CANTOPEN))
_PHRASES = (("database or disk is full", FULL), ("attempt to write a readonly database", READONLY),
            ("database is locked", BUSY), ("database table is locked", BUSY), ("disk i/o error", IO),
            ("database disk image is malformed", CORRUPT), ("file is not a database", CORRUPT),
            ("unable to open database file", CANTOPEN))


def _sqlite_kind(exc: sqlite3.Error) -> str | None:
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, kind in _CODES:
        if name == prefix or name.startswith(prefix + "_"):
            return kind
    text = str(exc).lower()
    for phrase, kind in _PHRASES:
        if text.startswith(phrase):
            return kind
    return None


def explain_sqlite_error(exc: BaseException, doing: str = "") -> StorageError | None:
    """A ``StorageError`` for a failure of the disk or file behind SQLite, else None.

    ``doing`` (e.g. "备份") is put in front of the message: "备份未完成：磁盘空间已满…"."""
    if not isinstance(exc, sqlite3.Error):
        return None
    kind = _sqlite_kind(exc)
    if kind is None:
        return None
    prefix = f"{doing}未完成：" if doing else ""
    return StorageError(kind, prefix + _SQLITE_MESSAGES[kind])


def explain_os_error(exc: BaseException, path: str | Path | None = None, doing: str = "") -> StorageError | None:
    """A ``StorageError`` for a full disk, read-only media or a missing permission, else None."""
    if not isinstance(exc, OSError):
        return None
    where = f"（{path}）" if path else ""
    prefix = f"{doing}未完成：" if doing else ""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return StorageError(FULL, f"{prefix}磁盘空间已满{where}。请删除不需要的文件、清空回收站，或换一个空间更大的磁盘后重试。")
    if exc.errno == errno.EROFS:
        return StorageError(READONLY, f"{prefix}磁盘是只读的{where}（光盘或写保护的U盘）。"
                                      "请把数据库复制到本机硬盘后再打开，或以只读方式打开查看。")
    if isinstance(exc, PermissionError):
        return StorageError(READONLY, f"{prefix}没有权限写入{where}。请检查文件是否被设为只读、是否被其他程序打开，"
                                      "或换一个位置保存。")
    if exc.errno == errno.EIO:
        return StorageError(IO, f"{prefix}读写磁盘出错{where}。请检查U盘或移动硬盘是否已拔出、磁盘是否损坏。")
    return None


def explained(exc: BaseException, path: str | Path | None = None, doing: str = "") -> BaseException:
    """``exc`` as a ``StorageError`` when it is a known disk/SQLite failure, else ``exc`` itself."""
    return explain_sqlite_error(exc, doing) or explain_os_error(exc, path, doing) or exc
