"""The remote-education station's registers (三簿一册) of a site, as simple dated logs."""

from __future__ import annotations

import datetime as dt

from djdesk.core import sites
from djdesk.core.settings import Settings
from djdesk.core.store import Store
from djdesk.ui.fields import fill_combo
from djdesk.ui.sites_tables import filling
from djdesk.ui.qt import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox,
                          QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

LOG_COLUMNS = ("entry_date", "content", "person", "participants", "minutes", "note")


class RegistersPanel(QWidget):
    """One register and year at a time; ``set_site(uuid)``."""

    def __init__(self, store: Store, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("registersPanel")
        self.store = store
        self._today = today
        self.site_uuid: str | None = None
        self.registers = sites.registers(Settings())
        today = today or dt.date.today()
        self.register_combo = QComboBox()
        self.register_combo.setObjectName("registerCombo")
        fill_combo(self.register_combo, self.registers)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, today.year + 1)
        self.year_spin.setValue(today.year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.add_button = QPushButton(self.tr("添加记录"))
        self.add_button.setObjectName("addLogButton")
        self.summary = QLabel()
        self.summary.setObjectName("registerSummary")
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("登记簿")), self.register_combo, QLabel(self.tr("年度")), self.year_spin):
            top.addWidget(widget)
        top.addWidget(self.add_button)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        self.table = QTableWidget()
        self.table.setObjectName("registerTable")
        headers = (self.tr("日期"), self.tr("内容"), self.tr("负责人"), self.tr("参加人数"), self.tr("时长（分钟）"),
                   self.tr("备注"))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.register_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.add_button.clicked.connect(self.add_entry)

    def set_site(self, site_uuid: str | None) -> None:
        self.site_uuid = site_uuid
        self.refresh()

    def refresh(self) -> None:
        register = self.register_combo.currentText()
        rows = sites.log_entries(self.store, self.site_uuid, register, self.year_spin.value()) if self.site_uuid else []
        with filling(self.table, 1):
            self.table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, key in enumerate(LOG_COLUMNS):
                    value = row[key]
                    item = QTableWidgetItem("" if value in (None, 0) and key in ("participants", "minutes")
                                            else str(value or ""))
                    item.setToolTip(item.text())
                    self.table.setItem(r, c, item)
        minutes = sum(r["minutes"] or 0 for r in rows)
        self.summary.setText(self.tr("{0} {1}年：共 {2} 条记录，合计 {3:g} 小时").format(
            register, self.year_spin.value(), len(rows), round(minutes / 60, 1)))
        self.add_button.setEnabled(self.site_uuid is not None and not self.store.read_only)

    def add_entry(self) -> None:
        from djdesk.ui.sites_dialogs import SiteLogDialog

        if self.site_uuid is None:
            return
        dialog = SiteLogDialog(self.store, self.site_uuid, self.registers, self.register_combo.currentText(),
                               parent=self, today=self._today)
        if dialog.exec():
            self.refresh()
