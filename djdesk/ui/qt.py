"""The one door to Qt: GUI modules (and the generated forms) import Qt names from here.

Names are looked up on first use (PEP 562 ``__getattr__``) instead of star-imported: a star
import of QtCore+QtGui+QtWidgets materialises every class and doubles start-up time, and the PDF
modules are only loaded when a preview is opened. A later binding change or a workaround for a
Qt bug lives in this file only (see ``_keep_singletons_alive``).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any


def _keep_singletons_alive() -> None:
    """Work around a reference-count bug of the PySide6 6.12 abi3 wheels on Python < 3.12.

    Their bindings hand back ``None`` (every void method, e.g. ``setText``) and ``True``/``False``
    (e.g. ``Signal.emit``) without taking a new reference, which is harmless from Python 3.12 on,
    where these objects are immortal (PEP 683). On 3.11 every such call drops one reference, and
    after a few thousand calls the interpreter aborts with "Fatal Python error: none_dealloc:
    deallocating None". Measured here: 1,000 ``QLabel.setText`` calls lower ``sys.getrefcount(None)``
    by exactly 1,000. Giving the three singletons a reference count no session can use up makes
    them immortal in practice, as 3.12 does. ``ob_refcnt`` is the first field of every object in
    release builds of CPython.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    headroom = 1 << (8 * ctypes.sizeof(ctypes.c_ssize_t) - 4)
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += headroom


_keep_singletons_alive()

# Searched in this order; QtPdf/QtPdfWidgets are imported only when one of their names is used.
_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
_PDF_MODULES = ("PySide6.QtPdf", "PySide6.QtPdfWidgets")
_PDF_NAMES = {"QPdfDocument", "QPdfView", "QPdfPageNavigator", "QPdfPageRenderer",
              "QPdfBookmarkModel", "QPdfSearchModel", "QPdfSelection", "QPdfLink",
              "QPdfDocumentRenderOptions", "QPdfPageSelector", "QPdfLinkModel"}


_MISSING = object()


def __getattr__(name: str) -> Any:
    modules = _PDF_MODULES if name in _PDF_NAMES else _MODULES
    for module_name in modules:
        value = getattr(importlib.import_module(module_name), name, _MISSING)
        if value is not _MISSING:
            globals()[name] = value
            return value
    raise AttributeError(f"no Qt name {name!r} in {', '.join(modules)}")
