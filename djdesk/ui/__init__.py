"""The PySide6 desktop GUI: a thin layer over ``djdesk.core`` (no SQL here)."""
