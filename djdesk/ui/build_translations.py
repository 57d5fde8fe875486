"""Keep the English translation in step with the code: ``python -m djdesk.ui.build_translations``.

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` string from
   djdesk/ui/*.py and forms/*.ui into resources/translations/djdesk_en.ts, keeping the
   translations already there (new strings arrive marked "unfinished": translate them with
   ``pyside6-linguist`` or in a text editor);
2. ``pyside6-lrelease`` compiles the .ts into the djdesk_en.qm the app loads.

Both files are committed; tests/test_ui_i18n.py fails when the .qm is stale or a string has no
finished translation. The generated ui_*.py are skipped: their strings are read from the .ui files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = Path(__file__).resolve().parent
TS_FILE = ROOT / "resources" / "translations" / "djdesk_en.ts"


def tool(name: str) -> str:
    """A PySide6 tool from the running environment (a venv's bin/ or Scripts/), else from PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[Path]:
    return sorted(UI_DIR.glob("*.py")) + sorted((ROOT / "forms").glob("*.ui"))


def update(ts_file: Path = TS_FILE) -> None:
    """Merge the current source strings into a .ts file (obsolete ones dropped)."""
    subprocess.run([tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete", "-locations", "none",
                    "-source-language", "zh_CN", "-target-language", "en", "-ts", str(ts_file)],
                   check=True, capture_output=True)


def release(ts_file: Path = TS_FILE, qm_file: Path | None = None) -> Path:
    qm_file = qm_file or ts_file.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)
    return qm_file


def main() -> int:
    update()
    qm = release()
    print(f"updated {TS_FILE.relative_to(ROOT)} and {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
