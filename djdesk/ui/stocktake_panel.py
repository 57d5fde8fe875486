"""盘点 mode of the 活动场所 section: count a site's assets by scanning labels or typing.

A USB barcode scanner types like a keyboard: the label's code, then Enter. The code field keeps
the focus, so each scan lands there; Enter counts one item of that asset (``sites.record_scan``)
and selects its line. For quantities (a shelf of books is one line) the clerk presses Tab, types
the counted quantity, Tab again for the condition, Enter to record (``sites.record_count``), and
the focus is back in the code field. Progress (counted / total) and the discrepancies are always
on screen; a closed count is read-only, and its adjustments are booked once.
"""

from __future__ import annotations

import datetime as dt

from djdesk.core import sites
from djdesk.core.errors import UserError
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, select_value
from djdesk.ui.sites_tables import filling
from djdesk.ui.qt import (QAbstractItemView, QBrush, QCheckBox, QColor, QComboBox, QEvent, QHBoxLayout,
                          QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QObject, QProgressBar,
                          QPushButton, QSpinBox, Qt, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, Signal)

LINE_COLUMNS = ("asset_no", "name", "room_name", "expected_quantity", "counted_quantity", "difference",
                "expected_condition", "counted_condition", "status")
STATUS_COLORS = {"未盘": None, "相符": "#e8f5e9", "盘盈": "#e3f2fd", "盘亏": "#ffebee", "状况不符": "#fff4d6"}
OK_STYLE, ERROR_STYLE = "color: #2e7d32;", "color: #c62828; font-weight: bold;"


class _EnterRecords(QObject):
    """Enter in the quantity or condition field records the count (a QSpinBox/QComboBox would
    otherwise swallow it)."""

    def __init__(self, panel: "StocktakePanel"):
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.panel.record_current()
            return True
        return False


class StocktakePanel(QWidget):
    """Stocktakes of one site: ``set_site(uuid)``; ``changed`` after adjustments were booked."""

    changed = Signal()

    def __init__(self, store: Store, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("stocktakePanel")
        self.store = store
        self._today = today
        self.site_uuid: str | None = None
        self.stocktake: dict | None = None
        self.lines: list[dict] = []
        self.current: dict | None = None

        self.stocktake_combo = QComboBox()
        self.stocktake_combo.setObjectName("stocktakeCombo")
        self.stocktake_combo.setMinimumWidth(300)
        self.start_button = QPushButton(self.tr("开始新盘点"))
        self.start_button.setObjectName("startStocktakeButton")
        self.print_button = QPushButton(self.tr("打印盘点表"))
        self.print_button.setObjectName("printStocktakeButton")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("盘点")))
        top.addWidget(self.stocktake_combo)
        top.addWidget(self.start_button)
        self.excel_button = QPushButton(self.tr("导出Excel…"))
        self.excel_button.setObjectName("stocktakeExcelButton")
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.excel_button)

        self.state_label = QLabel()
        self.state_label.setObjectName("stocktakeState")
        self.progress = QProgressBar()
        self.progress.setObjectName("stocktakeProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setStyleSheet("font-weight: bold;")
        self.diff_label = QLabel()
        self.diff_label.setObjectName("discrepancyLabel")
        state = QHBoxLayout()
        state.addWidget(self.state_label)
        state.addStretch(1)
        state.addWidget(self.progress_label)
        state.addWidget(self.progress)
        state.addSpacing(12)
        state.addWidget(self.diff_label)

        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scanEdit")
        self.scan_edit.setPlaceholderText(self.tr("扫描标签，或输入资产编号（如 42）后按回车"))
        self.scan_edit.setMinimumWidth(280)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setObjectName("countedSpin")
        self.quantity_spin.setRange(0, sites.MAX_QUANTITY)
        self.condition_combo = QComboBox()
        self.condition_combo.setObjectName("countedCondition")
        fill_combo(self.condition_combo, sites.CONDITIONS)
        self.record_button = QPushButton(self.tr("记录"))
        self.record_button.setObjectName("recordCountButton")
        self.message = QLabel()
        self.message.setObjectName("scanMessage")
        scan = QHBoxLayout()
        scan.addWidget(QLabel(self.tr("编号")))
        scan.addWidget(self.scan_edit, 2)
        scan.addSpacing(12)
        scan.addWidget(QLabel(self.tr("实盘数量")))
        scan.addWidget(self.quantity_spin)
        scan.addWidget(QLabel(self.tr("状况")))
        scan.addWidget(self.condition_combo)
        scan.addWidget(self.record_button)
        scan.addWidget(self.message, 3)
        self.hint = QLabel(self.tr("扫一次计一件；数量多的（如图书）扫码后按 Tab 输入实盘数量，再按回车记录。"))
        self.hint.setStyleSheet("color: #5d6d7e;")

        self.only_diff = QCheckBox(self.tr("只看差异"))
        self.only_diff.setObjectName("onlyDiscrepancies")
        self.only_uncounted = QCheckBox(self.tr("只看未盘"))
        self.close_button = QPushButton(self.tr("结束盘点"))
        self.close_button.setObjectName("closeStocktakeButton")
        self.apply_button = QPushButton(self.tr("按盘点结果调整账面"))
        self.apply_button.setObjectName("applyAdjustmentsButton")
        bottom = QHBoxLayout()
        bottom.addWidget(self.only_diff)
        bottom.addWidget(self.only_uncounted)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.apply_button)

        self.table = QTableWidget()
        self.table.setObjectName("stocktakeTable")
        headers = (self.tr("资产编号"), self.tr("名称"), self.tr("存放位置"), self.tr("账面数量"), self.tr("实盘数量"),
                   self.tr("差异"), self.tr("账面状况"), self.tr("实盘状况"), self.tr("结果"))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addLayout(state)
        layout.addLayout(scan)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.enter_filter = _EnterRecords(self)
        self.quantity_spin.installEventFilter(self.enter_filter)
        self.condition_combo.installEventFilter(self.enter_filter)
        self.scan_edit.returnPressed.connect(self.scan)
        self.record_button.clicked.connect(self.record_current)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close_stocktake)
        self.apply_button.clicked.connect(self.apply)
        self.excel_button.clicked.connect(self.export_excel)
        self.stocktake_combo.currentIndexChanged.connect(lambda _i: self._load(combo_value(self.stocktake_combo)))
        self.only_diff.toggled.connect(lambda _c: self._fill_table())
        self.only_uncounted.toggled.connect(lambda _c: self._fill_table())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._update_state()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # ----- which count ------------------------------------------------------------------------

    def set_site(self, site_uuid: str | None, select: str | None = None) -> None:
        self.site_uuid = site_uuid
        counts = sites.stocktakes(self.store, site_uuid) if site_uuid else []
        self.stocktake_combo.blockSignals(True)
        fill_combo(self.stocktake_combo, [(self.tr("{0}（{1}，{2}）").format(
            s["title"], s["started_on"], sites.STOCKTAKE_STATUS[s["status"]]), s["uuid"]) for s in counts])
        if select:
            select_value(self.stocktake_combo, select)
        self.stocktake_combo.blockSignals(False)
        self.start_button.setEnabled(site_uuid is not None and not self.store.read_only
                                     and not any(s["status"] == sites.OPEN for s in counts))
        self._load(combo_value(self.stocktake_combo) or None)

    def _load(self, uuid: str | None) -> None:
        self.stocktake = sites.get_stocktake(self.store, uuid) if uuid else None
        self.current = None
        self.message.clear()
        self.refresh()

    def refresh(self, select_asset: str | None = None) -> None:
        self.lines = sites.stocktake_lines(self.store, self.stocktake["uuid"]) if self.stocktake else []
        self._fill_table(select_asset)
        self._update_state()

    def is_open(self) -> bool:
        return self.stocktake is not None and self.stocktake["status"] == sites.OPEN

    def _update_state(self) -> None:
        st = self.stocktake
        open_ = self.is_open() and not self.store.read_only    # read-only: look and print, never count
        for widget in (self.scan_edit, self.quantity_spin, self.condition_combo, self.record_button,
                       self.close_button):
            widget.setEnabled(open_)
        self.apply_button.setEnabled(st is not None and st["status"] == sites.CLOSED and not st["applied_on"]
                                     and not self.store.read_only)
        self.print_button.setEnabled(st is not None)
        self.excel_button.setEnabled(st is not None)
        if st is None:
            self.state_label.setText(self.tr("还没有盘点记录。点“开始新盘点”按账面生成盘点清单。")
                                     if self.site_uuid else "")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress_label.setText(self.tr("未开始"))
            self.diff_label.clear()
            return
        p = sites.stocktake_progress(self.store, st["uuid"])
        if st["status"] == sites.OPEN:
            state = self.tr("{0}：{1} 开始，盘点中").format(st["title"], st["started_on"])
        else:
            state = self.tr("{0}：{1} 至 {2}，已结束（不能再修改）").format(st["title"], st["started_on"], st["closed_on"])
            state += self.tr("，已于 {0} 调整账面").format(st["applied_on"]) if st["applied_on"] else self.tr("，尚未调整账面")
        self.state_label.setText(state)
        self.progress.setRange(0, max(p.total, 1))
        self.progress.setValue(p.counted)
        self.progress_label.setText(self.tr("已盘 {0} / 共 {1} 项").format(p.counted, p.total))
        if p.discrepancies:
            self.diff_label.setText(self.tr("差异 {0} 项：盘盈 {1}，盘亏 {2}，状况不符 {3}").format(
                p.discrepancies, p.surplus, p.shortage, p.condition))
            self.diff_label.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.diff_label.setText(self.tr("暂无差异"))
            self.diff_label.setStyleSheet("color: #2e7d32;")

    def _visible_lines(self) -> list[dict]:
        rows = self.lines
        if self.only_diff.isChecked():
            rows = [l for l in rows if l["status"] not in ("未盘", "相符")]
        if self.only_uncounted.isChecked():
            rows = [l for l in rows if l["status"] == "未盘"]
        return rows

    def _fill_table(self, select_asset: str | None = None) -> None:
        table = self.table
        rows = self._visible_lines()
        keep = select_asset or (self.current or {}).get("asset_uuid")
        with filling(table, 1):
            table.blockSignals(True)
            table.setRowCount(len(rows))
            for r, line in enumerate(rows):
                color = STATUS_COLORS.get(line["status"])
                for c, key in enumerate(LINE_COLUMNS):
                    value = line[key]
                    if key == "difference" and value:
                        value = f"{value:+d}"
                    item = QTableWidgetItem("" if value is None else str(value))
                    if key != "name" and key != "room_name":
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if color:
                        item.setBackground(QBrush(QColor(color)))
                    if c == 0:
                        item.setData(Qt.ItemDataRole.UserRole, line["asset_uuid"])
                    table.setItem(r, c, item)
            table.blockSignals(False)
        if keep:
            self._select_asset(keep)

    def _select_asset(self, asset_uuid: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == asset_uuid:
                self.table.blockSignals(True)
                self.table.selectRow(r)
                self.table.blockSignals(False)
                self.table.scrollToItem(self.table.item(r, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
                break
        self.current = next((l for l in self.lines if l["asset_uuid"] == asset_uuid), None)
        self._show_current()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            uuid = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self.current = next((l for l in self.lines if l["asset_uuid"] == uuid), None)
            self._show_current()

    def _show_current(self) -> None:
        line = self.current
        if line is None:
            return
        self.quantity_spin.setValue(line["counted_quantity"] if line["counted_quantity"] is not None
                                    else line["expected_quantity"])
        select_value(self.condition_combo, line["counted_condition"] or line["expected_condition"])

    def selected_asset(self) -> str | None:
        return self.current["asset_uuid"] if self.current else None

    # ----- counting ---------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    def _line_text(self, line: dict) -> str:
        return self.tr("{0} {1}：实盘 {2}，账面 {3}（{4}）").format(
            line["asset_no"], line["name"], line["counted_quantity"], line["expected_quantity"], line["status"])

    def scan(self) -> None:
        """Enter in the code field (a scanner's Enter): count one item of the asset named."""
        code = self.scan_edit.text()
        if not self.is_open() or self.store.read_only or not code.strip():
            return
        try:
            line = sites.record_scan(self.store, self.stocktake["uuid"], code)
        except UserError as exc:
            self._say(exc.message, error=True)
            self.scan_edit.selectAll()
            return
        self.scan_edit.clear()
        self.refresh(select_asset=line["asset_uuid"])
        self._say(self._line_text(next(l for l in self.lines if l["asset_uuid"] == line["asset_uuid"])))
        self.scan_edit.setFocus()

    def record_current(self) -> None:
        """Record the typed quantity and condition for the selected line (a recount overwrites)."""
        if not self.is_open() or self.store.read_only or self.current is None:
            return
        uuid = self.current["asset_uuid"]
        try:
            sites.record_count(self.store, self.stocktake["uuid"], uuid, self.quantity_spin.value(),
                               combo_value(self.condition_combo))
        except UserError as exc:
            self._say(exc.message, error=True)
            return
        self.refresh(select_asset=uuid)
        self._say(self._line_text(self.current))
        self.scan_edit.setFocus()

    # ----- starting, closing, adjusting -------------------------------------------------------

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("党建桌面"), text) == QMessageBox.StandardButton.Yes

    def _fail(self, exc: UserError) -> None:
        from djdesk.ui.errors import show_user_error

        show_user_error(exc.message, self)

    def start(self) -> None:
        if self.site_uuid is None:
            return
        try:
            uuid = sites.start_stocktake(self.store, self.site_uuid, on=self.today())
        except UserError as exc:
            self._fail(exc)
            return
        self.set_site(self.site_uuid, select=uuid)
        self.scan_edit.setFocus()

    def close_stocktake(self) -> None:
        st = self.stocktake
        if not self.is_open():
            return
        p = sites.stocktake_progress(self.store, st["uuid"])
        uncounted = p.total - p.counted
        if uncounted:
            text = self.tr("还有 {0} 项资产没有盘点。结束盘点将把它们记为“未找到”（盘亏）。\n结束后盘点结果不能再修改。"
                           "确定结束吗？").format(uncounted)
        else:
            text = self.tr("结束“{0}”？结束后盘点结果不能再修改。").format(st["title"])
        if not self.confirm(text):
            return
        try:
            sites.close_stocktake(self.store, st["uuid"], on=self.today(), missing_uncounted=bool(uncounted))
        except UserError as exc:
            self._fail(exc)
            return
        self.set_site(self.site_uuid, select=st["uuid"])

    def export_excel(self) -> None:
        """资产盘点表 of the chosen count as .xlsx (core.excel.sites_export.export_stocktake)."""
        from djdesk.core.excel.sites_export import export_stocktake
        from djdesk.ui.excel_export import export_excel

        st = self.stocktake
        if st is None:
            return
        export_excel(self, self.store.path, self.tr("资产盘点表"), f"{st['site_name']}资产盘点表{st['started_on']}",
                     lambda s, path, p: export_stocktake(s, path, st["uuid"], progress=p))

    def apply(self) -> None:
        st = self.stocktake
        if st is None or st["status"] != sites.CLOSED or st["applied_on"]:
            return
        n = len(sites.discrepancies(self.store, st["uuid"]))
        ref, ok = QInputDialog.getText(
            self, self.tr("按盘点结果调整账面"),
            self.tr("将按盘点结果调整 {0} 项资产的账面数量和状况（未找到的资产核销），每项记一条“盘点调整”。\n"
                    "审批文号或说明（可不填）：").format(n))
        if not ok:
            return
        try:
            count = sites.apply_adjustments(self.store, st["uuid"], approval_ref=ref)
        except UserError as exc:
            self._fail(exc)
            return
        self.set_site(self.site_uuid, select=st["uuid"])
        self._say(self.tr("已调整 {0} 项资产的账面").format(count))
        self.changed.emit()
