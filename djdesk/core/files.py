"""Writing a file so it is whole or not there at all (STYLE.md #10): packages, receipts, label sheets."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(target: Path, data: bytes) -> None:
    """Temporary name, write, flush, fsync, rename, fsync the folder (STYLE.md #10)."""
    tmp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    try:
        fd = os.open(target.parent, os.O_RDONLY)
    except OSError:          # Windows cannot open a folder; its rename is durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
