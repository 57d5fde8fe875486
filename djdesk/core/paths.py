"""Where djdesk keeps its files on the user's machine."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "djdesk"
# Windows Explorer hides extensions, so a marker made with "New > Text Document" is portable.txt.
PORTABLE_MARKERS = ("portable", "portable.txt")
PORTABLE_DATA_DIR = "djdesk-data"


def portable_data_dir() -> Path | None:
    """``<exe dir>/djdesk-data`` when a bundled app runs in portable mode, else None.

    Portable mode (a bundle copied to a USB stick): the frozen executable has a file named
    ``portable`` (or ``portable.txt``) beside it. Only a PyInstaller bundle qualifies (``sys.frozen``): from a source
    tree ``sys.executable`` is the Python interpreter, whose folder is not ours.
    """
    if not getattr(sys, "frozen", False):
        return None
    exe_dir = Path(sys.executable).resolve().parent
    if any((exe_dir / marker).is_file() for marker in PORTABLE_MARKERS):
        return exe_dir / PORTABLE_DATA_DIR
    return None


def data_dir() -> Path:
    """The data directory (database, backups, logs, settings); created on first use.

    In order: ``DJDESK_DATA_DIR``; ``<exe dir>/djdesk-data`` in portable mode (see
    ``portable_data_dir``); the per-user data directory (platformdirs: ``%LOCALAPPDATA%\\djdesk``
    on Windows, ``~/.local/share/djdesk`` on Linux).
    """
    override = os.environ.get("DJDESK_DATA_DIR")
    if override:
        path = Path(override)
    elif (portable := portable_data_dir()) is not None:
        path = portable
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "djdesk.sqlite"


def log_path() -> Path:
    return data_dir() / "djdesk.log"


def resources_dir() -> Path:
    """The top-level ``resources/`` folder, in a source tree or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def font_path() -> Path:
    """The CJK font shipped with the app (WenQuanYi Micro Hei, see resources/fonts/)."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
