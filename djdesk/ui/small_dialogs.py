"""The settings dialog and the 检查 results of every section (forms/settings_dialog.ui,
forms/checks_dialog.ui)."""

from __future__ import annotations

from djdesk.core.settings import Settings
from djdesk.core.store import Store
from djdesk.ui.fields import fill_combo, select_value
from djdesk.ui.forms.ui_checks_dialog import Ui_ChecksDialog
from djdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from djdesk.ui.i18n import LANGUAGES
from djdesk.ui.qt import (QBrush, QColor, QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, Qt,
                          QTimer)


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
SOURCE_WIDTH = 320


class ChecksDialog(QDialog):
    """Rule findings of every section for an org subtree: what, which section, where, and the
    regulation it comes from (``core.checks``). The quick sections show at once; for a subtree too
    big for the GUI thread (``checks.quick_warnings`` left some out) the full list is computed on
    a worker once the dialog is up, and replaces it."""


    def __init__(self, store: Store, org_uuid: str | None, org_name: str, settings: Settings | None = None,
                 parent=None):
        from djdesk.core import checks

        super().__init__(parent)
        self.ui = Ui_ChecksDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.store, self.org_uuid, self.org_name, self.settings = store, org_uuid, org_name, settings
        self.setWindowTitle(self.tr("检查结果：{0}").format(org_name))
        self.sections = {"org": self.tr("组织设置"), "meetings": self.tr("三会一课"), "dues": self.tr("党费"),
                         "sites": self.tr("活动场所")}
        quick = checks.quick_warnings(store, org_uuid, settings)
        self.left_out = quick.left_out
        self._fill(quick.warnings)
        if self.left_out:
            self.ui.summaryLabel.setText(self._summary + self.tr("正在检查{0}…").format(
                self._section_names(self.left_out)))
            QTimer.singleShot(0, self, self._load_all)

    def _section_names(self, codes) -> str:
        return self.tr("、").join(self.sections[c] for c in codes)

    def _load_all(self) -> None:
        """The full list on a worker with its own read-only connection (tasks.run_read)."""
        from djdesk.core import checks
        from djdesk.core.errors import Cancelled
        from djdesk.ui.tasks import run_read

        if not self.isVisible():
            return
        org_uuid, settings = self.org_uuid, self.settings
        try:
            found = run_read(self, self.tr("正在检查{0}…").format(self._section_names(self.left_out)),
                             self.store.path, lambda store, progress: checks.all_warnings(
                                 store, org_uuid, settings, progress=progress))
        except Cancelled:
            self.ui.summaryLabel.setText(self._summary + self.tr("已取消：{0}未检查。").format(
                self._section_names(self.left_out)))
            return
        self.left_out = ()
        self._fill(found)

    def _fill(self, warnings) -> None:
        self.warnings = warnings
        levels = {"warning": self.tr("需处理"), "info": self.tr("提示")}
        count = sum(1 for w in warnings if w.level == "warning")
        if warnings:
            summary = self.tr("{0} 及下级组织共有 {1} 条需处理的问题、{2} 条提示。这些是按党内法规做的提醒，"
                              "请核实后处理，不影响数据保存。").format(self.org_name, count, len(warnings) - count)
        else:
            summary = self.tr("{0} 及下级组织未发现问题。").format(self.org_name)
        self._summary = summary
        self.ui.summaryLabel.setText(summary)
        table = self.ui.checksTable
        table.setSortingEnabled(False)
        headers = (self.tr("级别"), self.tr("组织"), self.tr("问题"), self.tr("依据"), self.tr("板块"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(warnings))
        for row, w in enumerate(warnings):
            level = QTableWidgetItem(levels.get(w.level, w.level))
            level.setForeground(QBrush(_LEVEL_COLORS.get(w.level, QColor("black"))))
            level.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            section = QTableWidgetItem(self.sections.get(w.section, w.section))
            for column, item in enumerate((level, QTableWidgetItem(w.org_name), QTableWidgetItem(w.message),
                                           QTableWidgetItem(w.source), section)):
                item.setToolTip(item.text())
                table.setItem(row, column, item)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # the section reads best beside the level; kept last in the model so columns 0–3 stay as before
        if header.visualIndex(4) != 1:
            header.moveSection(header.visualIndex(4), 1)
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # sources are long (the article and what it says): a fixed share, the whole text in the tooltip
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(3, SOURCE_WIDTH)
