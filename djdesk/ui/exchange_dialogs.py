"""Dialogs of the 数据交换 section (issue #7): the fingerprint check (forms/exchange_fingerprint_dialog.ui)
and the field-by-field preview of a package before it is applied (forms/exchange_preview_dialog.ui).

Both only show what core computed (``enrol``/``package``/``merge``); the fingerprint dialog hands
what the clerk typed to a core call (``confirm``), which refuses a wrong one with its own message.
"""

from __future__ import annotations

from typing import Callable

from djdesk.core.errors import UserError
from djdesk.core.sync import merge
from djdesk.core.store import Store
from djdesk.ui.exchange_labels import HIDDEN, RecordNames, field_label, record_name, table_label, value_text
from djdesk.ui.forms.ui_exchange_fingerprint_dialog import Ui_ExchangeFingerprintDialog
from djdesk.ui.forms.ui_exchange_preview_dialog import Ui_ExchangePreviewDialog
from djdesk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem

translate = QCoreApplication.translate

ACTION_LABELS = {"new": QT_TRANSLATE_NOOP("ExchangeLabels", "新增"), "update": QT_TRANSLATE_NOOP("ExchangeLabels", "修改"),
                 "delete": QT_TRANSLATE_NOOP("ExchangeLabels", "删除"),
                 "undelete": QT_TRANSLATE_NOOP("ExchangeLabels", "恢复")}


def counts_text(counts: dict) -> str:
    return translate("ExchangePage", "新增 {0}，更新 {1}，无变化 {2}，冲突 {3}，拒收 {4}").format(
        counts.get("new", 0), counts.get("updated", 0), counts.get("unchanged", 0),
        counts.get("conflicting", 0), counts.get("refused", 0))


class FingerprintDialog(QDialog):
    """Shows the other side's fingerprint as read from its file; the clerk types the one on the
    other screen or the printed enrolment sheet and ``confirm(typed)`` (core) decides. A refusal
    shows core's message and keeps the dialog open; ``result_value`` is what confirm returned."""

    def __init__(self, title: str, intro: str, unit: str, detail: str, fingerprint: str,
                 confirm: Callable[[str], object], parent=None):
        super().__init__(parent)
        self.ui = Ui_ExchangeFingerprintDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.introLabel.setText(intro)
        self.ui.unitValue.setText(unit)
        self.ui.detailValue.setText(detail)
        self.ui.fingerprintValue.setText(fingerprint)
        self.ui.problemLabel.setText("")
        self._confirm = confirm
        self.result_value = None
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("指纹一致，确认登记"))
        self.ok.setEnabled(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.fingerprintEdit.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))

    def accept(self) -> None:
        try:
            self.result_value = self._confirm(self.ui.fingerprintEdit.text())
        except UserError as exc:
            self.ui.problemLabel.setText(exc.message)
            return
        super().accept()


class PreviewDialog(QDialog):
    """What importing a package would change, one row per changed field, before anything is written."""

    def __init__(self, title: str, sender: str, plan: merge.MergePlan, store: Store | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_ExchangePreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        counts = plan.counts
        self.ui.summaryLabel.setText(self.tr("来自“{0}”的数据包。导入后：{1}。").format(sender, counts_text(counts)))
        rows = preview_rows(plan, RecordNames(store, plan))
        self.rows = rows
        table = self.ui.changesTable
        headers = (self.tr("类别"), self.tr("记录"), self.tr("操作"), self.tr("项目"), self.tr("原来"), self.tr("改为"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for c in range(4):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        notes = []
        if not rows:
            notes.append(self.tr("这个数据包不会改变本机的任何数据。"))
        if counts.get("conflicting"):
            notes.append(self.tr("有 {0} 条记录双方都修改过：以较晚的修改为准，另一个版本保存在“冲突”列表中，"
                                 "可以查看并恢复，不会丢失。").format(counts["conflicting"]))
        notes.append(self.tr("导入前会自动备份本机数据；导入是一次完成的，中途出错不会留下一半的数据。"))
        self.ui.noteLabel.setText("\n".join(notes))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("应用这些更正"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("暂不导入"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)


def preview_rows(plan: merge.MergePlan, names: RecordNames | None = None) -> list[tuple[str, str, str, str, str, str]]:
    """(category, record, action, field, old, new) for every change of the plan, in the clerk's
    words (``exchange_labels``): references by name, amounts in 元; ``names`` defaults to the plan alone."""
    names = names or RecordNames(None, plan)
    out = []
    for table, tp in plan.tables.items():
        for u in tp.updates:
            values = dict(zip(tp.columns, u.values))
            name = record_name(values, names)
            action = translate("ExchangeLabels", ACTION_LABELS[u.action])
            if u.action == "new" or not u.fields:
                out.append((table_label(table), name, action, "—", "—",
                            name if u.action == "new" else "—"))
                continue
            for column, (old, new) in u.fields.items():
                if column in HIDDEN:
                    continue
                out.append((table_label(table), name, action, field_label(table, column),
                            value_text(old, table, column, names), value_text(new, table, column, names)))
    return out
