"""The 花名册 section: search, filters, the member table and its actions.

Dialog modules (and through them python-stdnum) and the report layer (reportlab) are imported
when first used, not at start-up.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from djdesk.core import codes
from djdesk.core.errors import Cancelled
from djdesk.core.roster import RosterFilter
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo
from djdesk.ui.qt import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, Qt, QTimer,
                          QVBoxLayout, QWidget, Signal)
from djdesk.ui.record_table import RecordTable
from djdesk.ui.roster_model import COLUMN_KEYS, RosterModel

SEARCH_DELAY_MS = 300
# A typical longest value per column: initial widths follow the font in use (the header can be
# dragged wider); long branch names are elided and shown whole in the tooltip.
COLUMN_SAMPLES = {"name": "欧阳晓燕", "gender": "男", "age": "100", "ethnicity": "土家族", "education": "大学本科",
                  "join_date": "2000-00-00", "category": "预备", "branch_name": "谢家坪村第一党支部",
                  "group_name": "第一党小组", "phone": "13800000000", "id_number": "11010519491231002X",
                  "status": "停止党籍"}


class RosterPage(QWidget):
    """Shows the members of the selected org; emits ``changed`` after a save so counts refresh."""

    changed = Signal()

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.org_uuid: str | None = None
        self.org_name = ""

        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音首字母（如 zsf）、身份证号或电话"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.category = QComboBox()
        fill_combo(self.category, codes.CATEGORIES, self.tr("全部类别"))
        self.status = QComboBox()
        fill_combo(self.status, [(s, s) for s in codes.STATUSES] + [(self.tr("全部状态"), "*")])
        self.age_band = QComboBox()
        fill_combo(self.age_band, [b[0] for b in codes.AGE_BANDS], self.tr("全部年龄"))
        self.gender = QComboBox()
        fill_combo(self.gender, codes.GENDERS, self.tr("全部性别"))
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for label, combo in ((self.tr("类别"), self.category), (self.tr("状态"), self.status),
                             (self.tr("年龄"), self.age_band), (self.tr("性别"), self.gender)):
            filters.addSpacing(6)
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)

        self.add_button = QPushButton(self.tr("新增党员"))
        self.edit_button = QPushButton(self.tr("编辑"))
        self.status_button = QPushButton(self.tr("状态变动"))
        self.history_button = QPushButton(self.tr("历史"))
        self.print_button = QPushButton(self.tr("打印花名册"))
        self.import_button = QPushButton(self.tr("导入Excel…"))
        self.import_button.setObjectName("importExcelButton")
        self.import_button.setToolTip(self.tr("从本村已有的 Excel/WPS 党员名单导入：先检查全表并列出问题，确认后再写入"))
        self.export_button = QPushButton(self.tr("导出Excel…"))
        self.export_button.setObjectName("exportExcelButton")
        self.export_button.setToolTip(self.tr("把表中列出的党员导出为 Excel 花名册（.xlsx）"))
        self.template_button = QPushButton(self.tr("空白导入模板…"))
        self.template_button.setObjectName("templateButton")
        self.template_button.setToolTip(self.tr("保存一份带填写说明和下拉选项的空白花名册，填好后可直接导入"))
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.status_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.import_button, self.export_button, self.template_button, self.print_button):
            actions.addWidget(button)

        self.model = RosterModel(store, self)
        self.table = RecordTable(self.model, "rosterTable")
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        for column, key in enumerate(COLUMN_KEYS):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(metrics.horizontalAdvance(COLUMN_SAMPLES[key]),
                                             metrics.horizontalAdvance(title) + 18) + 14)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        for combo in (self.category, self.status, self.age_band, self.gender):
            combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.status_button.clicked.connect(self.change_status)
        self.history_button.clicked.connect(self.show_history)
        self.print_button.clicked.connect(self.print_roster)
        self.import_button.clicked.connect(self.import_excel)
        self.export_button.clicked.connect(self.export_excel)
        self.template_button.clicked.connect(self.save_template)
        self.table.doubleClicked.connect(lambda _: self.edit_member())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_count)
        self._update_buttons()

    # ----- filtering --------------------------------------------------------------------------

    def set_org(self, org_uuid: str | None, org_name: str) -> None:
        self.org_uuid, self.org_name = org_uuid, org_name
        self.apply_filters()

    def current_filter(self) -> RosterFilter:
        status = combo_value(self.status)
        return RosterFilter(
            org_uuid=self.org_uuid, text=self.search.text(),
            category=combo_value(self.category) or None,
            status=None if status == "*" else status,
            age_band=combo_value(self.age_band) or None,
            gender=combo_value(self.gender) or None)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_buttons()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("共 {0} 人").format(self.model.rowCount()))

    # ----- selection --------------------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        return self.table.selected_uuid()

    def select_member(self, uuid: str) -> None:
        self.table.select_uuid(uuid)

    def _update_buttons(self) -> None:
        has = self.selected_uuid() is not None
        for button in (self.edit_button, self.status_button, self.history_button):
            button.setEnabled(has)

    # ----- actions ----------------------------------------------------------------------------

    def _show_saved(self, uuid: str) -> None:
        """After a save: re-query (the member may have moved in the sort order), keep it selected."""
        self.model.refresh()
        if self.model.row_of(uuid) is None and self.search.text():
            # the search hides the member just saved: clear it so the clerk sees the row
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.apply_filters()
        self.select_member(uuid)
        self._update_buttons()
        self.changed.emit()

    def add_member(self) -> None:
        from djdesk.ui.member_dialog import MemberDialog

        dialog = MemberDialog(self.store, org_uuid=self.org_uuid, parent=self)
        if dialog.exec():
            self._show_saved(dialog.saved_uuid)

    def edit_member(self) -> None:
        from djdesk.ui.member_dialog import MemberDialog

        uuid = self.selected_uuid()
        if uuid is None:
            return
        with undo_step(self, self.tr("修改党员信息")):   # 撤销 in the Edit menu (issue #9)
            saved = MemberDialog(self.store, uuid=uuid, org_uuid=self.org_uuid, parent=self).exec()
        if saved:
            self._show_saved(uuid)

    def change_status(self) -> None:
        from djdesk.ui.status_dialog import StatusDialog

        uuid = self.selected_uuid()
        if uuid is None:
            return
        if StatusDialog(self.store, uuid, parent=self).exec():
            self._show_saved(uuid)

    def show_history(self) -> None:
        from djdesk.ui.status_dialog import HistoryDialog

        uuid = self.selected_uuid()
        if uuid is not None:
            HistoryDialog(self.store, uuid, parent=self).exec()

    def print_roster(self) -> None:
        """Render the roster PDF of the selected org on a worker thread, then preview it."""
        from djdesk.ui.pdf_preview import PdfPreviewDialog, print_path
        from djdesk.ui.tasks import run_in_worker

        try:
            result = run_in_worker(self, self.tr("正在生成党员花名册…"),
                                   roster_job(self.store.path, self.org_uuid, print_path("党员花名册", self.org_name)))
        except Cancelled:
            return
        warnings = [w.message for w in result.warnings]
        PdfPreviewDialog(result.path, self.tr("党员花名册 — {0}").format(self.org_name), warnings,
                         parent=self).exec()

    # ----- Excel (issue #6) ---------------------------------------------------------------------

    def import_excel(self) -> None:
        from djdesk.ui.import_wizard import ROSTER, run_import

        if run_import(self, self.store, ROSTER, org_uuid=self.org_uuid) is not None:
            stack = getattr(self.window(), "undo_stack", None)
            if stack is not None:
                stack.clear()               # never undo across an import (issue #9)
            self.model.refresh()
            self._update_buttons()
            self.changed.emit()

    def export_excel(self) -> None:
        """Export the members the table shows (org and filters) as a .xlsx roster, on a worker."""
        from djdesk.ui.excel_export import ask_xlsx_path
        from djdesk.ui.qt import QMessageBox
        from djdesk.ui.tasks import run_in_worker

        path = ask_xlsx_path(self, self.tr("导出党员花名册"),
                             f"党员花名册-{_safe(self.org_name)}-{dt.date.today():%Y%m%d}.xlsx")
        if path is None:
            return
        f, db_path = self.current_filter(), self.store.path

        def job(progress):
            from djdesk.core.excel.exports import export_roster

            store = Store.open(db_path, lock=False)
            try:
                return export_roster(store, path, f, progress=progress)
            finally:
                store.close()

        try:
            result = run_in_worker(self, self.tr("正在导出党员花名册…"), job)
        except Cancelled:
            return
        QMessageBox.information(self, self.tr("已导出"),
                                self.tr("已导出 {0} 名党员到：\n{1}").format(result.rows, result.path))

    def save_template(self) -> None:
        from djdesk.core.excel.exports import export_template
        from djdesk.ui.excel_export import ask_xlsx_path
        from djdesk.ui.qt import QMessageBox

        path = ask_xlsx_path(self, self.tr("保存空白导入模板"), "党员花名册导入模板.xlsx")
        if path is None:
            return
        export_template("roster", path)
        QMessageBox.information(self, self.tr("已保存"),
                                self.tr("空白导入模板已保存到：\n{0}\n填好后点“导入Excel…”导入。").format(path))


def undo_step(widget, label: str):
    """The window's undo step for an edit made from ``widget`` (no window: no undo)."""
    from contextlib import nullcontext

    stack = getattr(widget.window(), "undo_stack", None)
    return stack.step(label) if stack is not None else nullcontext()


def _safe(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("_") or "roster"


def roster_job(db_path: Path, org_uuid: str | None, out_path: Path):
    """A worker job: its own Store connection (opened on the worker thread), then the report."""
    def job(progress):
        from djdesk.core import orgs, roster
        from djdesk.core.database import scope_org
        from djdesk.core.reports.roster import render_roster

        store = Store.open(db_path, lock=False)   # reads only: works in read-only mode too
        try:
            org = org_uuid or (scope_org(store) or {}).get("uuid")
            members = roster.list_members(store, RosterFilter(org_uuid=org), sort="branch")
            org_name = orgs.full_name(store, org) if org else ""
        finally:
            store.close()
        return render_roster(out_path, org_name, members, progress=progress)
    return job
