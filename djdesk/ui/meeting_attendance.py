"""The attendance grid: the roster pre-filled, one key per status, so a clerk fills 40 names in a
minute with the keyboard.

Keys (on any cell of a row): 1 or Space 出席, 2 请假, 3 缺席, 4 不计应到, 0 / Delete clear; the
arrow keys move. 请假 and 不计应到 open the reason at once (a list of the usual reasons, Enter
takes the highlighted one); Enter on a row edits its reason. After a status the next row is
selected, so "1 1 1 2 ↵ 1 3 …" walks down the list.
"""

from __future__ import annotations

from djdesk.core import meetings as mt
from djdesk.ui.qt import (QAbstractItemDelegate, QAbstractItemView, QAbstractTableModel, QBrush, QColor, QComboBox,
                          QItemSelectionModel, QModelIndex, QStyledItemDelegate, Qt, QTableView,
                          QTimer, Signal)

STATUS_COLORS = {mt.PRESENT: "#e8f5e9", mt.LEAVE: "#fff3e0", mt.ABSENT: "#ffebee", mt.EXCUSED: "#eceff1"}
PROBLEM_COLOR = "#ffcdd2"
KEY_STATUS = {Qt.Key.Key_1: mt.PRESENT, Qt.Key.Key_Space: mt.PRESENT, Qt.Key.Key_2: mt.LEAVE,
              Qt.Key.Key_3: mt.ABSENT, Qt.Key.Key_4: mt.EXCUSED, Qt.Key.Key_0: mt.UNRECORDED,
              Qt.Key.Key_Delete: mt.UNRECORDED, Qt.Key.Key_Backspace: mt.UNRECORDED}
NUMBER, NAME, CATEGORY, STATUS, REASON = range(5)


class AttendanceModel(QAbstractTableModel):
    """The member rows of a draft (the dicts themselves, edited in place); guests are kept apart."""

    changed = Signal()

    def __init__(self, rows: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = rows or []
        self.problems: dict[int, str] = {}
        self._headers = (self.tr("序号"), self.tr("姓名"), self.tr("类别"), self.tr("出席情况"), self.tr("原因"))

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.problems = {}
        self.endResetModel()
        self.changed.emit()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        status = row.get("status") or mt.UNRECORDED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NUMBER:
                return str(index.row() + 1)
            if column == NAME:
                post = row.get("party_post") or ""
                return f"{row['name']}（{post}）" if post else row["name"]
            if column == CATEGORY:
                return row.get("category") or ""
            if column == STATUS:
                return status or (self.tr("未登记") if role == Qt.ItemDataRole.DisplayRole else "")
            if column == REASON:
                return row.get("reason") or ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.row() in self.problems and column in (STATUS, REASON):
                return QBrush(QColor(PROBLEM_COLOR))
            if column in (STATUS, REASON) and status in STATUS_COLORS:
                return QBrush(QColor(STATUS_COLORS[status]))
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and not status:
            return QBrush(QColor("#95a5a6"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problems.get(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, CATEGORY, STATUS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == REASON and \
                self.rows[index.row()].get("status") in (mt.LEAVE, mt.EXCUSED):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        if index.column() == REASON:
            row["reason"] = " ".join(str(value or "").split())
        elif index.column() == STATUS:
            return self.set_status(index.row(), str(value or ""))
        else:
            return False
        self.problems.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), REASON))
        self.changed.emit()
        return True

    def set_status(self, row: int, status: str) -> bool:
        if status not in (*mt.MEMBER_STATUSES, mt.UNRECORDED):
            return False
        person = self.rows[row]
        if person.get("status") != status:
            if status == mt.EXCUSED and person.get("reason") not in mt.EXCUSE_REASONS:
                person["reason"] = ""
            elif status not in (mt.LEAVE, mt.EXCUSED):
                person["reason"] = ""
            elif person.get("status") == mt.EXCUSED:
                person["reason"] = ""
        person["status"] = status
        self.problems.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, REASON))
        self.changed.emit()
        return True

    def mark_unrecorded(self, status: str = mt.PRESENT) -> int:
        """Give every row not yet marked this status (其余全部出席); returns how many."""
        count = 0
        for i, person in enumerate(self.rows):
            if not person.get("status"):
                person["status"] = status
                self.problems.pop(i, None)
                count += 1
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, REASON))
            self.changed.emit()
        return count

    def set_problems(self, problems: dict[int, str]) -> None:
        self.problems = dict(problems)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, REASON))


class ReasonDelegate(QStyledItemDelegate):
    """The reason editor: the usual leave reasons (free text allowed), or the five cases that may
    be left out of "should attend" (RULES.md §2), nothing else."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        status = index.model().rows[index.row()].get("status")
        if status == mt.EXCUSED:
            combo.addItems(list(mt.EXCUSE_REASONS))
        else:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(list(mt.COMMON_LEAVE_REASONS))
        return combo

    def setEditorData(self, editor, index):
        current = index.data(Qt.ItemDataRole.EditRole) or ""
        found = editor.findText(current)
        if found >= 0:
            editor.setCurrentIndex(found)
        elif current and editor.isEditable():
            editor.setEditText(current)
        else:
            editor.setCurrentIndex(0)

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        editor.setGeometry(option.rect)


class AttendanceGrid(QTableView):
    """The grid; ``model()`` is an ``AttendanceModel``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("attendanceGrid")
        self.attendance = AttendanceModel(parent=self)
        self.setModel(self.attendance)
        self.delegate = ReasonDelegate(self)
        self.setItemDelegateForColumn(REASON, self.delegate)
        self.delegate.closeEditor.connect(self._editor_closed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                             QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        metrics = self.fontMetrics()
        for column, sample in ((NUMBER, "000"), (NAME, "欧阳晓燕（组织委员）"), (CATEGORY, "预备"),
                               (STATUS, "不计应到")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 28)
        header.setStretchLastSection(True)
        self.attendance.modelReset.connect(self._select_first)

    def _select_first(self) -> None:
        if self.attendance.rowCount():
            self.go_to(0)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def go_to(self, row: int) -> None:
        row = max(0, min(row, self.attendance.rowCount() - 1))
        index = self.attendance.index(row, STATUS)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def keyPressEvent(self, event) -> None:
        key = Qt.Key(event.key())
        row = self.current_row()
        if self.state() != QAbstractItemView.State.EditingState and row >= 0:
            if key in KEY_STATUS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                status = KEY_STATUS[key]
                self.attendance.set_status(row, status)
                if status in (mt.LEAVE, mt.EXCUSED):
                    self.edit_reason(row)
                elif status:
                    self.go_to(row + 1)
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self.edit_reason(row):
                    self.go_to(row + 1)
                event.accept()
                return
        super().keyPressEvent(event)

    def edit_reason(self, row: int) -> bool:
        index = self.attendance.index(row, REASON)
        if not self.attendance.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        self.setCurrentIndex(index)
        self.edit(index)
        return True

    def _editor_closed(self, editor, hint) -> None:
        """After a reason is taken (Enter), carry on with the next row's status."""
        row = self.current_row()
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
            QTimer.singleShot(0, lambda: self.go_to(row))
        else:
            QTimer.singleShot(0, lambda: self.go_to(row + 1))
        self.setFocus()

    def sizeHintForColumn(self, column: int) -> int:   # keep the widths set above on reset
        return self.horizontalHeader().sectionSize(column)
