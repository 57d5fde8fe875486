"""The 报表 section: every register of the selected organisation in one list, for printing the
year's binders in one sitting — the roster, each branch's 三会一课 record book and 党费 register,
the activity site's asset register, and for a township the dues summaries and the township summary.

The catalogue is core's (``registers.registers_for``); PDFs and workbooks are made on a worker
with its own read-only Store, then previewed (PDF) or saved where the clerk chooses (Excel).
"""

from __future__ import annotations

import datetime as dt

from djdesk.core import registers
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.store import Store
from djdesk.ui.qt import (QT_TRANSLATE_NOOP, QCoreApplication, QHBoxLayout, QLabel, QMessageBox,
                          QPushButton, QSpinBox, Qt, QVBoxLayout, QWidget)
from djdesk.ui.record_table import RecordTable, RowListModel
from djdesk.ui.tasks import run_read

# Register titles stay Chinese in English mode: they are the documents' own names.
COLUMNS = (QT_TRANSLATE_NOOP("ReportsPage", "报表"), QT_TRANSLATE_NOOP("ReportsPage", "范围"),
           QT_TRANSLATE_NOOP("ReportsPage", "年度"), QT_TRANSLATE_NOOP("ReportsPage", "格式"),
           QT_TRANSLATE_NOOP("ReportsPage", "内容"))
PERIODS = (QT_TRANSLATE_NOOP("ReportsPage", "按年度"), QT_TRANSLATE_NOOP("ReportsPage", "当前"))


def _text(source: str) -> str:
    return QCoreApplication.translate("ReportsPage", source)


class RegisterListModel(RowListModel):
    def __init__(self, parent=None):
        super().__init__(COLUMNS, parent)
        self.headers = tuple(_text(c) for c in COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        reg = self.rows[index.row()]
        return (reg.title, reg.scope, _text(PERIODS[0] if reg.yearly else PERIODS[1]),
                "PDF / Excel" if reg.excel else "PDF", reg.about)[index.column()]

    def uuid_at(self, row: int) -> str:
        reg = self.rows[row]
        return f"{reg.kind}:{reg.target}"


class ReportsPage(QWidget):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.org_uuid: str | None = None
        self.org_name = ""

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.org_label = QLabel()
        self.org_label.setObjectName("reportsOrgLabel")
        top.addWidget(self.org_label, 1)
        top.addWidget(QLabel(self.tr("年度")))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("reportsYear")
        self.year_spin.setRange(1949, 2999)
        self.year_spin.setValue(dt.date.today().year)
        top.addWidget(self.year_spin)
        layout.addLayout(top)

        self.model = RegisterListModel(self)
        self.table = RecordTable(self.model, "registerList")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.print_selected())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        hint = QLabel(self.tr("选中一种报表后点“预览打印”；按年度的报表按上方年度生成。"))
        hint.setStyleSheet("color: #7f8c8d;")
        buttons.addWidget(hint, 1)
        self.print_button = QPushButton(self.tr("预览打印…"))
        self.print_button.setObjectName("printRegister")
        self.print_button.clicked.connect(self.print_selected)
        self.excel_button = QPushButton(self.tr("导出Excel…"))
        self.excel_button.setObjectName("exportRegister")
        self.excel_button.clicked.connect(self.export_selected)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.excel_button)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_org(self, org_uuid: str | None, org_name: str) -> None:
        self.org_uuid, self.org_name = org_uuid, org_name
        self.org_label.setText(self.tr("当前组织：{0}").format(org_name) if org_name else "")
        try:
            rows = registers.registers_for(self.store, org_uuid) if org_uuid else []
        except UserError as exc:   # the org was deleted meanwhile
            QMessageBox.warning(self, self.tr("党建桌面"), exc.message)
            rows = []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> registers.Register | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_) -> None:
        reg = self.selected()
        self.print_button.setEnabled(reg is not None)
        self.excel_button.setEnabled(reg is not None and reg.excel)

    def _run(self, label: str, work):
        """``work(store, progress)`` on a worker (tasks.run_read); None when cancelled or refused
        (the refusal is shown)."""
        try:
            return run_read(self, label, self.store.path, work)
        except Cancelled:
            return None
        except UserError as exc:
            QMessageBox.warning(self, self.tr("党建桌面"), exc.message)
            return None

    def print_selected(self) -> None:
        from djdesk.ui.pdf_preview import print_path
        from djdesk.ui.pdf_preview import PdfPreviewDialog

        reg, year = self.selected(), self.year_spin.value()
        if reg is None:
            return
        out = print_path(reg.title, f"{reg.scope}-{year}" if reg.yearly else reg.scope)
        result = self._run(self.tr("正在生成{0}…").format(reg.title),
                           lambda store, progress: registers.render(store, reg, year, out, progress=progress))
        if result is not None:
            PdfPreviewDialog(result.path, f"{reg.title} — {reg.scope}",
                             [w.message for w in result.warnings], parent=self).exec()

    def export_selected(self) -> None:
        from djdesk.ui.excel_export import export_excel

        reg, year = self.selected(), self.year_spin.value()
        if reg is not None and reg.excel:
            export_excel(self, self.store.path, reg.title, reg.file_name(year, ""),
                         lambda store, path, progress: registers.export(store, reg, year, path, progress=progress))
