"""The read-only list of records every section shows (members, meetings, …)."""

from __future__ import annotations

from collections.abc import Sequence

from djdesk.ui.qt import QAbstractItemView, QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, QTableView


class RowListModel(QAbstractTableModel):
    """A read-only table over a list of records (dicts with a "uuid"), one column per key of
    ``columns``; subclasses set ``headers`` (translated) and answer ``data``. It answers
    ``uuid_at``/``row_of`` for ``RecordTable``."""

    def __init__(self, columns: Sequence[str], parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self.headers: tuple[str, ...] = self.columns
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def uuid_at(self, row: int) -> str:
        return self.rows[row]["uuid"]

    def row_of(self, uuid: str) -> int | None:
        return next((i for i in range(len(self.rows)) if self.uuid_at(i) == uuid), None)


class RecordTable(QTableView):
    """One row per record, whole-row single selection, no editing in place. The model answers
    ``uuid_at(row)`` and ``row_of(uuid)``, so pages select and read records by uuid."""

    def __init__(self, model, object_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)

    def selected_uuid(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self.model().uuid_at(rows[0].row()) if rows else None

    def select_uuid(self, uuid: str) -> None:
        row = self.model().row_of(uuid)
        if row is None:
            return
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
