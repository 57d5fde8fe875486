"""Small helpers shared by the dialogs: empty-able date fields, combos with data, inline errors."""

from __future__ import annotations

from djdesk.ui.qt import QComboBox, QLabel, QLineEdit


def normalise_date_text(text: str) -> str:
    """The ISO form of a typed date, read the same way as a date cell in an Excel import
    (2001.7.1, 2001/07/01, 2001年7月1日, 20010701 → 2001-07-01; 2001.07 → 2001-07-01); other text is
    returned unchanged so that the core check can report it."""
    from djdesk.core.excel.values import CellError, date_cell

    try:
        parsed = date_cell(text)
    except CellError:
        return text.strip()
    return parsed.date.isoformat() if parsed else ""


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
