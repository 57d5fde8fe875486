"""Status changes (转出, 去世, 出党 …) and the member's history of them (with the field changes
from the audit log beside the status events).

A change is always an event with a date, written by core ``members.change_status`` together with
the new status in one transaction; this dialog offers only the events core allows from the
member's current status and shows core's ``ValidationError`` problems next to their fields.
"""

from __future__ import annotations

import datetime as dt

from djdesk.core import codes, members
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, normalise_date_text, show_error, tidy_date_edit
from djdesk.ui.forms.ui_history_dialog import Ui_HistoryDialog
from djdesk.ui.forms.ui_status_dialog import Ui_StatusDialog
from djdesk.ui.qt import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem

_NEEDS_COUNTERPART = ("转出", "转入")


class StatusDialog(QDialog):
    def __init__(self, store: Store, uuid: str, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        self.store = store
        self.uuid = uuid
        self._today = today
        member = members.get_member(store, uuid)
        ui = self.ui
        ui.memberLabel.setText(self.tr("党员：{0}　　当前状态：{1}（{2}）").format(
            member["name"], member["status"], member["status_date"] or self.tr("日期未记录")))
        kinds = members.allowed_events(member["status"])
        fill_combo(ui.kindCombo, kinds)
        fill_combo(ui.reasonCombo, codes.LEAVING_REASONS, self.tr("请选择"))
        ui.eventDateEdit.setText((today or dt.date.today()).isoformat())
        tidy_date_edit(ui.eventDateEdit)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("办理"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.kindCombo.currentIndexChanged.connect(lambda _: self._kind_changed())
        if not kinds:
            ok.setEnabled(False)
            show_error(ui.generalError, self.tr("状态为“{0}”的党员没有可办理的变动。").format(member["status"]))
        else:
            show_error(ui.generalError, None)
        self.show_problems({})
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = combo_value(self.ui.kindCombo)
        for widget in (self.ui.counterpartEdit, self.ui.counterpartLabel):
            widget.setEnabled(kind in _NEEDS_COUNTERPART)
        for widget in (self.ui.reasonCombo, self.ui.reasonLabel):
            widget.setEnabled(kind == "出党")

    def show_problems(self, problems: dict[str, str]) -> None:
        ui = self.ui
        show_error(ui.kindError, problems.get("kind"))
        show_error(ui.eventDateError, problems.get("event_date"))
        show_error(ui.counterpartError, problems.get("counterpart"))
        show_error(ui.reasonError, problems.get("reason"))

    def save(self) -> None:
        kind = combo_value(self.ui.kindCombo)
        try:
            members.change_status(
                self.store, self.uuid, kind, normalise_date_text(self.ui.eventDateEdit.text()),
                counterpart=self.ui.counterpartEdit.text() if kind in _NEEDS_COUNTERPART else "",
                reason=combo_value(self.ui.reasonCombo) if kind == "出党" else "",
                note=self.ui.noteEdit.text(), today=self._today)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except UserError as exc:   # read-only database or account, disk full …: core's message
            from djdesk.ui.errors import show_user_error

            show_user_error(exc.message, self)
            return
        self.accept()


HISTORY_COLUMNS = ("event_date", "kind", "from_status", "to_status", "counterpart", "reason", "note")


class HistoryDialog(QDialog):
    """The member's status events, oldest first (read-only)."""

    def __init__(self, store: Store, uuid: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        member = members.get_member(store, uuid)
        events = members.history(store, uuid)
        self.setWindowTitle(self.tr("党籍变动记录：{0}").format(member["name"]))
        self.ui.memberLabel.setText(self.tr("{0}，当前状态：{1}，共 {2} 条记录").format(
            member["name"], member["status"], len(events)))
        table = self.ui.historyTable
        headers = (self.tr("日期"), self.tr("事项"), self.tr("原状态"), self.tr("新状态"),
                   self.tr("对方党组织"), self.tr("出党方式"), self.tr("备注"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, key in enumerate(HISTORY_COLUMNS):
                table.setItem(row, column, QTableWidgetItem(event.get(key) or ""))
        table.verticalHeader().setVisible(False)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self._fill_audit(store, uuid)

    def _fill_audit(self, store: Store, uuid: str) -> None:
        """Beside the status events: who changed which fields when (the audit log, issue #9)."""
        from djdesk.core.audit import ACTION_LABELS
        from djdesk.ui.audit_dialog import describe_changes

        trail = list(reversed(store.audit_trail(uuid)))      # newest first, like 操作日志
        table = self.ui.auditTable
        headers = (self.tr("时间"), self.tr("账号"), self.tr("操作"), self.tr("修改内容"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(trail))
        for row, entry in enumerate(trail):
            action = entry["action"]
            if action == "update" and entry["changes"] == {"deleted": [1, 0]}:
                action = "undelete"
            values = (entry["at"].replace("T", " "), entry["account"], ACTION_LABELS.get(action, action),
                      describe_changes(entry["changes"]) if action == "update" else "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(row, column, item)
        self.ui.auditLabel.setText(self.tr("信息修改记录（共 {0} 条）").format(len(trail)))
        table.verticalHeader().setVisible(False)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
