"""Small helpers shared by the dialogs: empty-able date fields, combos with data, inline errors."""

from __future__ import annotations

import re

from djdesk.ui.qt import QComboBox, QLabel, QLineEdit

# What clerks type for a date: 2001-07-01, 2001.7.1, 2001/7/1, 2001年7月1日, 20010701.
_DATE = re.compile(r"^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def normalise_date_text(text: str) -> str:
    """The ISO form of a typed date (2001.7.1 → 2001-07-01); other text is returned unchanged so
    that the core check can report it."""
    m = _DATE.match(text) or _COMPACT.match(text)
    if not m:
        return text.strip()
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"


def tidy_date_edit(edit: QLineEdit) -> None:
    """Rewrite a date field in ISO form when the clerk leaves it."""
    edit.editingFinished.connect(lambda: edit.setText(normalise_date_text(edit.text())))


def fill_combo(combo: QComboBox, items, placeholder: str | None = None) -> None:
    """Items are values or (label, value) pairs; a placeholder adds an empty first choice."""
    combo.clear()
    if placeholder is not None:
        combo.addItem(placeholder, "")
    for entry in items:
        label, value = entry if isinstance(entry, tuple) else (entry, entry)
        combo.addItem(label, value)


def combo_value(combo: QComboBox):
    return combo.currentData()


def select_value(combo: QComboBox, value) -> None:
    """Select the item holding ``value``; an unknown non-empty value is added so it is not lost."""
    index = combo.findData(value if value is not None else "")
    if index < 0 and value:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))
