"""The log file: unexpected errors are written here with their traceback, never shown raw.

The file is rotated by size like ``logging.handlers.RotatingFileHandler`` (``djdesk.log``,
``djdesk.log.1`` … ``.5``), but that module is not imported: it pulls in socket, pickle and queue,
≈ 11 ms of every start-up (issue #2's budget) for a handler that needs none of them.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from djdesk.core.paths import log_path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5


def rotate(path: Path, backups: int = BACKUPS) -> None:
    """``path`` becomes ``path.1``, ``path.1`` becomes ``path.2`` … the oldest is dropped. A file
    another program holds open (Windows) is left to grow until the next try."""
    try:
        for i in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{i + 1}"))
        if path.exists():
            os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass


class SizeRotatingFileHandler(logging.FileHandler):
    """A UTF-8 log file that starts over, keeping ``backups`` old ones, once it reaches ``max_bytes``."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS):
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)   # opens the file on first use and after a rotation
        try:
            full = self.stream is not None and self.stream.tell() >= self.max_bytes
        except (OSError, ValueError):
            return
        if full:
            self.close()
            rotate(Path(self.baseFilename), self.backups)   # the next record opens a new file


def setup_logging(level: int = logging.INFO) -> Path:
    """Send djdesk's log records to a rotating file in the data directory (idempotent)."""
    path = log_path()
    root = logging.getLogger("djdesk")
    if not any(isinstance(h, SizeRotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = SizeRotatingFileHandler(path)
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    return path
