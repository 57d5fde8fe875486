"""Compile ``forms/*.ui`` (Qt Designer) into ``djdesk/ui/forms/ui_*.py``: ``python -m djdesk.ui.build_forms``.

The generated modules are committed so a checkout runs without Qt's build tools; a test
(tests/test_ui_forms.py) recompiles into a temporary folder and fails when they are stale.
They import Qt names through ``djdesk.ui.qt`` like the rest of the GUI.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = ROOT / "forms"
OUTPUT_DIR = Path(__file__).resolve().parent / "forms"
# The one line of uic's output that changes with the Qt version; ignored when comparing.
VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)

HEADER = """\
# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/{name}. Change the form in Qt Designer and regenerate.
"""


def uic_command() -> list[str]:
    """pyside6-uic from the running environment (a venv's bin/ or Scripts/), else from PATH."""
    here = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        if (here / name).exists():
            return [str(here / name)]
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials in this environment")
    return [found]


def compile_form(ui_file: Path) -> str:
    """The Python source for one .ui file, with our header and imports through djdesk.ui.qt."""
    result = subprocess.run([*uic_command(), "-g", "python", str(ui_file)],
                            capture_output=True, check=True)
    source = result.stdout.decode("utf-8").replace("\r\n", "\n")
    source = re.sub(r"^from PySide6\.Qt\w+ import", "from djdesk.ui.qt import", source, flags=re.M)
    return HEADER.format(name=ui_file.name) + source


def output_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def comparable(source: str) -> str:
    """Source text without the Qt-version line, for staleness checks."""
    return VERSION_LINE.sub("", source)


def build(forms_dir: Path = FORMS_DIR, output_dir: Path = OUTPUT_DIR) -> list[Path]:
    output_dir.mkdir(parents=True, exist_ok=True)
    init = output_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Python classes generated from forms/*.ui (see djdesk.ui.build_forms)."""\n',
                        encoding="utf-8")
    written = []
    for ui_file in sorted(forms_dir.glob("*.ui")):
        target = output_dir / output_name(ui_file)
        target.write_text(compile_form(ui_file), encoding="utf-8", newline="\n")
        written.append(target)
    return written


def main() -> int:
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
