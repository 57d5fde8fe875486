"""Where djdesk keeps its files on the user's machine."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "djdesk"


def data_dir() -> Path:
    """The per-user data directory (database, backups, logs); created on first use."""
    override = os.environ.get("DJDESK_DATA_DIR")
    if override:
        path = Path(override)
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
