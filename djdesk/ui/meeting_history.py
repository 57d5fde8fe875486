"""Who changed what in a meeting record, and when (forms/meeting_history_dialog.ui).

Read from the append-only audit log through core ``meetings.meeting_history``: the record's own
fields, its attendance rows, votes, grades and attachments."""

from __future__ import annotations

from djdesk.core import meetings as mt
from djdesk.core.store import Store
from djdesk.ui.forms.ui_meeting_history_dialog import Ui_MeetingHistoryDialog
from djdesk.ui.qt import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem


class MeetingHistoryDialog(QDialog):
    def __init__(self, store: Store, uuid: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_MeetingHistoryDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        meeting = mt.get_meeting(store, uuid)
        self.entries = mt.meeting_history(store, uuid)
        self.setWindowTitle(self.tr("修改记录：{0}").format(meeting["title"]))
        accounts = sorted({e["account"] for e in self.entries if e["account"]})
        self.ui.infoLabel.setText(self.tr("{0}（记录编号 {1}）共 {2} 条修改记录，经手人：{3}。记录只能追加，不能删改。").format(
            meeting["title"], meeting["record_no"], len(self.entries), "、".join(accounts) or self.tr("未记录")))
        table = self.ui.historyTable
        headers = (self.tr("时间"), self.tr("操作人"), self.tr("项目"), self.tr("修改内容"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, key in enumerate(("at", "account", "item", "change")):
                item = QTableWidgetItem(entry[key])
                item.setToolTip(entry[key])
                table.setItem(row, column, item)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
