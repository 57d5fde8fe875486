"""djdesk.core must run headless: importing every core module loads no Qt (STYLE.md #1)."""

import pkgutil
import subprocess
import sys

import djdesk.core


def test_core_imports_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(djdesk.core.__path__, "djdesk.core.")]
    assert "djdesk.core.store" in modules and len(modules) > 10
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
