"""The read-only list of records every section shows (members, meetings, …)."""

from __future__ import annotations

from djdesk.ui.qt import QAbstractItemView, QItemSelectionModel, QTableView


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
