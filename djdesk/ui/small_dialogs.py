"""The settings dialog and the organisation-rule check results (forms/settings_dialog.ui,
forms/checks_dialog.ui)."""

from __future__ import annotations

from djdesk.core import rules
from djdesk.core.settings import Settings
from djdesk.core.store import Store
from djdesk.ui.fields import fill_combo, select_value
from djdesk.ui.forms.ui_checks_dialog import Ui_ChecksDialog
from djdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from djdesk.ui.i18n import LANGUAGES
from djdesk.ui.qt import QBrush, QColor, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, Qt


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        fill_combo(self.ui.languageCombo, [(label, code) for code, label in LANGUAGES.items()])
        select_value(self.ui.languageCombo, settings.get("language"))

    def language(self) -> str:
        return self.ui.languageCombo.currentData()


_LEVEL_COLORS = {"warning": QColor("#b26a00"), "info": QColor("#3b6ea5")}


class ChecksDialog(QDialog):
    """Rule warnings for an org subtree: what, where, and the regulation it comes from."""

    def __init__(self, store: Store, org_uuid: str | None, org_name: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_ChecksDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.warnings = rules.check_rules(store, org_uuid)
        self.setWindowTitle(self.tr("检查结果：{0}").format(org_name))
        levels = {"warning": self.tr("需处理"), "info": self.tr("提示")}
        count = sum(1 for w in self.warnings if w.level == "warning")
        if self.warnings:
            summary = self.tr("{0} 及下级组织共有 {1} 条需处理的问题、{2} 条提示。这些是按党内法规做的提醒，"
                              "请核实后处理，不影响数据保存。").format(
                org_name, count, len(self.warnings) - count)
        else:
            summary = self.tr("{0} 及下级组织未发现问题。").format(org_name)
        self.ui.summaryLabel.setText(summary)
        table = self.ui.checksTable
        headers = (self.tr("级别"), self.tr("组织"), self.tr("问题"), self.tr("依据"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.warnings))
        for row, w in enumerate(self.warnings):
            level = QTableWidgetItem(levels.get(w.level, w.level))
            level.setForeground(QBrush(_LEVEL_COLORS.get(w.level, QColor("black"))))
            level.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for column, item in enumerate((level, QTableWidgetItem(w.org_name), QTableWidgetItem(w.message),
                                           QTableWidgetItem(w.source))):
                item.setToolTip(item.text())
                table.setItem(row, column, item)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
