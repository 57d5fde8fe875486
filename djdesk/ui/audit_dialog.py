"""操作日志: who changed what, when (forms/audit_dialog.ui; issue #9). Read-only.

The rows come from core ``audit.search``, newest first, a page at a time (keyset ``before_id``).
``describe_changes`` is shared with the member history dialog.
"""

from __future__ import annotations

import datetime as dt

from djdesk.core import audit
from djdesk.core.members import FIELD_LABELS
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, show_error
from djdesk.ui.forms.ui_audit_dialog import Ui_AuditDialog
from djdesk.ui.qt import QCoreApplication, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem

_HIDDEN_FIELDS = {"name_initials", "hlc"}


def _value(v) -> str:
    if v is None or v == "":
        return QCoreApplication.translate("AuditDialog", "（空）")
    return str(v)


def describe_changes(changes: dict) -> str:
    """"联系电话：13800000000 → 13900000000；…" for an update's field → [old, new]."""
    parts = []
    for field, pair in changes.items():
        if field in _HIDDEN_FIELDS or not isinstance(pair, (list, tuple)) or len(pair) != 2:
            continue
        old, new = pair
        parts.append(f"{FIELD_LABELS.get(field, field)}：{_value(old)} → {_value(new)}")
    return "；".join(parts)


def _date(text: str) -> dt.date | None:
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


class AuditDialog(QDialog):
    COLUMNS = 6

    def __init__(self, store: Store, parent=None, *, record_uuid: str | None = None):
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.store = store
        self.record_uuid = record_uuid
        self.entries: list[audit.AuditEntry] = []
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        ui.buttonBox.rejected.connect(self.reject)
        fill_combo(ui.tableCombo, [(label, table) for table, label in audit.TABLE_LABELS.items()], self.tr("全部"))
        fill_combo(ui.accountCombo, audit.accounts_in_log(store), self.tr("全部"))
        headers = (self.tr("时间"), self.tr("账号"), self.tr("类别"), self.tr("记录"), self.tr("操作"),
                   self.tr("修改内容"))
        table = ui.logTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        ui.searchButton.clicked.connect(self.search)
        ui.textEdit.returnPressed.connect(self.search)
        ui.moreButton.clicked.connect(self.more)
        self.search()

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(table=combo_value(self.ui.tableCombo) or None, record_uuid=self.record_uuid,
                                 account=combo_value(self.ui.accountCombo) or None,
                                 since=_date(self.ui.sinceEdit.text()), until=_date(self.ui.untilEdit.text()),
                                 text=self.ui.textEdit.text())

    def search(self) -> None:
        self.entries = []
        self.ui.logTable.setRowCount(0)
        self.more()

    def more(self) -> None:
        try:
            f = self.current_filter()
        except ValueError:
            show_error(self.ui.errorLabel, self.tr("日期格式不对，请按 2026-01-31 的格式填写。"))
            return
        show_error(self.ui.errorLabel, None)
        before = self.entries[-1].id if self.entries else None
        page = audit.search(self.store, f, before_id=before)
        table = self.ui.logTable
        first = table.rowCount()
        table.setRowCount(first + len(page))
        for offset, e in enumerate(page):
            values = (e.at.replace("T", " "), e.account, e.table_label, e.record_label, e.action_label,
                      describe_changes(e.changes) if e.action == "update" else "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(first + offset, column, item)
        self.entries.extend(page)
        table.resizeColumnsToContents()
        self.ui.moreButton.setEnabled(len(page) == audit.PAGE_SIZE)
        self.ui.countLabel.setText(self.tr("已显示 {0} 条").format(len(self.entries)))

    def row_texts(self, row: int) -> list[str]:
        return [self.ui.logTable.item(row, c).text() for c in range(self.ui.logTable.columnCount())]
