"""The roster table model: ordered member ids from one query, display rows fetched by page.

At county scale (20,000 members) loading every row would cost seconds and memory; instead the
model holds the uuids in display order (``roster.member_ids``, a few milliseconds) and fetches
rows for the pages the view actually paints (``roster.rows_for``), keeping a small cache.
``data()`` never raises: a failed fetch is logged once and the cell stays empty.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections import OrderedDict

from djdesk.core import codes, roster
from djdesk.core.roster import RosterFilter
from djdesk.core.store import Store
from djdesk.ui.qt import (QT_TRANSLATE_NOOP, QAbstractTableModel, QBrush, QColor, QCoreApplication,
                          QModelIndex, Qt)

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50

# (column title, row key, sort key in roster.SORT_KEYS)
COLUMNS = (
    (QT_TRANSLATE_NOOP("RosterModel", "姓名"), "name", "name"),
    (QT_TRANSLATE_NOOP("RosterModel", "性别"), "gender", "gender"),
    (QT_TRANSLATE_NOOP("RosterModel", "年龄"), "age", "age"),
    (QT_TRANSLATE_NOOP("RosterModel", "民族"), "ethnicity", "ethnicity"),
    (QT_TRANSLATE_NOOP("RosterModel", "学历"), "education", "education"),
    (QT_TRANSLATE_NOOP("RosterModel", "入党时间"), "join_date", "join_date"),
    (QT_TRANSLATE_NOOP("RosterModel", "类别"), "category", "category"),
    (QT_TRANSLATE_NOOP("RosterModel", "所在支部"), "branch_name", "branch_name"),
    (QT_TRANSLATE_NOOP("RosterModel", "党小组"), "group_name", "group_name"),
    (QT_TRANSLATE_NOOP("RosterModel", "联系电话"), "phone", "phone"),
    (QT_TRANSLATE_NOOP("RosterModel", "身份证号"), "id_number", "id_number"),
    (QT_TRANSLATE_NOOP("RosterModel", "状态"), "status", "status"),
)
COLUMN_KEYS = tuple(c[1] for c in COLUMNS)
_CENTERED = {"gender", "age", "join_date", "category", "status"}
# Roles and alignments as plain ints: data() runs for every visible cell, and comparing an int
# role with a Qt enum member builds enum objects each time (≈ 80 ms of the first paint at 20k).
_TEXT_ROLES = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole))
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_INACTIVE = QColor("#8a8a8a")


class RosterModel(QAbstractTableModel):
    """Rows are members; ``set_filter``/``sort`` re-query the ids, pages load as painted."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self._store = store
        self._filter = RosterFilter()
        self._sort_key = "name"
        self._descending = False
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, dict]] = OrderedDict()
        self._failed = False
        self._loaded = False  # no query before the first filter is set (saves one at start-up)
        self._today = dt.date.today()

    # ----- queries -----------------------------------------------------------------------------

    @property
    def filter(self) -> RosterFilter:
        return self._filter

    def set_filter(self, f: RosterFilter) -> None:
        self._filter = f
        self.refresh()

    def update_filter(self, **changes) -> None:
        self.set_filter(dataclasses.replace(self._filter, **changes))

    def refresh(self) -> None:
        """Re-run the id query (after a save, a filter change or a sort)."""
        self.beginResetModel()
        self._loaded = True
        self._ids = roster.member_ids(self._store, self._filter, self._sort_key, self._descending)
        self._pages.clear()
        self._today = dt.date.today()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_key = COLUMNS[column][2]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._ids = roster.member_ids(self._store, self._filter, self._sort_key, self._descending)
        self._pages.clear()
        # keep persistent indexes (selection, current row) on the same members
        position = {uuid: row for row, uuid in enumerate(self._ids)}
        old_persistent = self.persistentIndexList()
        new_persistent = []
        for index in old_persistent:
            row = position.get(old_ids[index.row()]) if index.row() < len(old_ids) else None
            new_persistent.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def uuid_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, uuid: str) -> int | None:
        try:
            return self._ids.index(uuid)
        except ValueError:
            return None

    def member_row(self, row: int) -> dict | None:
        """The display row (member fields + branch_name, group_name) of a table row."""
        if not 0 <= row < len(self._ids):
            return None
        page = self._page(row // PAGE_SIZE)
        return page.get(self._ids[row])

    def _page(self, number: int) -> dict[str, dict]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        page = roster.rows_for(self._store, ids)
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    # ----- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("RosterModel", COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        try:
            return self._data(index, role)
        except Exception:  # data() is called from paint code: never let an error escape
            if not self._failed:
                self._failed = True
                log.exception("roster model could not fetch a row")
            return None

    def _data(self, index: QModelIndex, role: int):
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        key = COLUMN_KEYS[index.column()]
        if role in _TEXT_ROLES:
            row = self.member_row(index.row())
            if row is None:
                return None
            if key == "age":
                age = roster.age(row.get("birth_date"), self._today)
                return "" if age is None else str(age)
            return str(row.get(key) or "")
        if role == _ALIGNMENT_ROLE:
            return _ALIGN_CENTER if key in _CENTERED else _ALIGN_LEFT
        if role == _FOREGROUND_ROLE:
            row = self.member_row(index.row())
            if row is not None and row.get("status") != codes.ACTIVE:
                return QBrush(_INACTIVE)
        return None
