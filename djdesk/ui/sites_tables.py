"""Filling the plain tables of the 活动场所 section fast."""

from __future__ import annotations

import contextlib

from djdesk.ui.qt import QHeaderView, QTableWidget


@contextlib.contextmanager
def filling(table: QTableWidget, stretch: int):
    """Columns fit their contents, ``stretch`` takes the rest. ResizeToContents re-measures the
    whole column on every ``setItem`` (measured: 8 s to fill 140 stocktake lines), so it is
    switched off while the table is filled and on again afterwards (one measurement)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    try:
        yield table
    finally:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setUpdatesEnabled(True)
