"""The 党费 section: a branch's dues ledger (member × month grid, payments, arrears, remittances)
and, for a village or township, the summary per village.

Same interface as the other section pages: ``DuesPage(store)``, ``set_org(org_uuid, org_name)``
when the tree selection changes, ``changed`` after a save. Everything shown comes from core
(``dues``, ``dues_views``); the grid and the township summary are computed on a worker thread with
their own read-only Store (``tasks.run_in_worker``), as are the PDFs. No SQL here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from djdesk.core import codes, dues, dues_views, orgs
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.meetings import branches_under
from djdesk.core.money import yuan
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, select_value
from djdesk.ui.qt import (QAbstractItemView, QBrush, QColor, QComboBox, QCoreApplication, QFont,
                          QHBoxLayout, QHeaderView, QLabel, QMenu, QMessageBox, QPushButton, QSpinBox, Qt,
                          QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget, Signal)
from djdesk.ui.record_table import RecordTable, RowListModel
from djdesk.ui.tasks import run_read

translate = QCoreApplication.translate
RED = "#c62828"
MEMBER_ROLE = Qt.ItemDataRole.UserRole
MONTH_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_MONTH_COLUMN = 3          # 姓名, 标准, 交至, then 1月 … 12月, then the member's totals
TABS = {"grid": 0, "payments": 1, "arrears": 2, "remittances": 3, "township": 4}
# The grid's colours, with dark text that stays readable on each (dues.STATUS_COLORS are light).
TEXT_COLORS = {"paid": "#1b5e20", "exempt": "#01579b", "arrears": "#b71c1c", "due": "#8a4b00",
               "future": "#9e9e9e", "none": "#9e9e9e", "carried": "#33691e", "noprofile": "#827717",
               "elsewhere": "#004d40"}


@dataclass
class Ledger:
    """What the ledger tabs show for one branch and year (computed on a worker)."""

    grid: dues.Grid
    arrears: list[dues.ArrearsRow]
    payments: list[dict]
    remittances: list[dict]
    year_balance: dues.Balance
    balance: dues.Balance
    locked: dict | None
    unprofiled: list[dict]
    year_closed: dict | None = None      # the year's 年度结账 lock


def load_ledger(store: Store, branch_uuid: str, year: int, as_of: dt.date) -> Ledger:
    return Ledger(dues.month_grid(store, branch_uuid, year, as_of), dues.arrears(store, branch_uuid, as_of),
                  dues.payments(store, branch_uuid=branch_uuid, year=year),
                  dues.remittances(store, [branch_uuid], year),
                  dues.balance(store, [branch_uuid], f"{year}-01", f"{year}-12"), dues.balance(store, [branch_uuid]),
                  dues_views.locked_through(store, branch_uuid),
                  [m for m in dues_views.branch_members(store, branch_uuid) if not m["has_profile"]],
                  dues.year_closed(store, branch_uuid, year))


def cell_text(cell: dues.MonthDues) -> str:
    """What a grid cell says: the amount paid, the amount owed, or a word."""
    if cell.status == "paid":
        return yuan(cell.paid_fen)
    if cell.status in ("arrears", "due"):
        return yuan(cell.arrears_fen)
    words = {"exempt": translate("DuesPage", "免交"), "carried": translate("DuesPage", "已转入"),
             "noprofile": translate("DuesPage", "未定"), "none": "—", "elsewhere": translate("DuesPage", "流入地")}
    return words.get(cell.status, "")


def cell_tip(cell: dues.MonthDues) -> str:
    status = dues.STATUS_LABELS[cell.status] or translate("DuesPage", "不在本支部交纳")
    parts = [f"{dues.month_label(cell.month)}：{status}"]
    if cell.due_fen:
        parts.append(translate("DuesPage", "应交 {0} 元").format(yuan(cell.due_fen)))
    if cell.exempt_fen:
        parts.append(translate("DuesPage", "{0} {1} 元").format(cell.relief or translate("DuesPage", "减免"),
                                                               yuan(cell.exempt_fen)))
    if cell.paid_fen:
        parts.append(translate("DuesPage", "已交 {0} 元").format(yuan(cell.paid_fen)))
    if cell.arrears_fen > 0 and cell.status != "future":
        parts.append(translate("DuesPage", "未交 {0} 元").format(yuan(cell.arrears_fen)))
    return "，".join(parts)


class PaymentListModel(RowListModel):
    """The branch's posted entries of a year (payments, reversals, voided numbers), oldest first."""

    COLUMNS = ("paid_on", "receipt_no", "member_name", "months", "amount", "extra", "method", "collector", "state")

    def __init__(self, parent=None):
        super().__init__(self.COLUMNS, parent)
        self.headers = (self.tr("日期"), self.tr("收据号"), self.tr("党员"), self.tr("所交月份"), self.tr("金额（元）"),
                        self.tr("其中自愿多交"), self.tr("方式"), self.tr("收款人"), self.tr("状态"))

    def state(self, row: dict) -> str:
        if row["kind"] == "elsewhere":
            text = self.tr("在{0}交纳（凭证 {1}）").format(row["collector"], row["note"])
            return text + self.tr("，已冲销") if row["reversed"] else text
        if row["kind"] == "void":
            return self.tr("作废：{0}").format(row["reason"])
        if row["kind"] == "reversal":
            return self.tr("冲销{0}（{1}）").format(row["note"].removeprefix("冲销"), row["reason"])
        return self.tr("已冲销") if row["reversed"] else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, key = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "months":
                return dues.months_text(row["months"])
            if key == "amount":
                return "" if row["kind"] in ("void", "elsewhere") else yuan(row["amount_fen"])
            if key == "extra":
                return yuan(row["extra_fen"]) if row["extra_fen"] else ""
            if key == "state":
                return self.state(row)
            if key == "collector" and row["kind"] == "elsewhere":   # the host organisation: in the state
                return ""
            return row.get(key) or ""
        red = row["kind"] == "reversal" or (key == "state" and row["reversed"])
        if role == Qt.ItemDataRole.ForegroundRole and red:
            return QBrush(QColor(RED))
        if role == Qt.ItemDataRole.ForegroundRole and row["kind"] == "void":     # a spoiled form: no money
            return QBrush(QColor(TEXT_COLORS["none"]))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("amount", "extra"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("months", "state"):
            return self.data(index) or None
        return None


def _table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    return table


def _item(text: str, *, align_right: bool = False, color: str | None = None,
          tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if color:
        item.setForeground(QBrush(QColor(color)))
    if tip:
        item.setToolTip(tip)
    return item


def legend_html() -> str:
    """Colour swatches of the grid, the same colours as the cells."""
    entries = (("paid", translate("DuesPage", "已交（实交金额）")), ("arrears", translate("DuesPage", "欠交（未交金额）")),
               ("due", translate("DuesPage", "本月应交")), ("exempt", translate("DuesPage", "免交、减交")),
               ("future", translate("DuesPage", "未到期")), ("none", translate("DuesPage", "不在本支部交纳")),
               ("carried", translate("DuesPage", "转入前已交")),
               ("elsewhere", translate("DuesPage", "流动党员在流入地交纳")))
    return "　".join(f'<span style="background:{dues.STATUS_COLORS[s]}; color:{TEXT_COLORS[s]};">'
                     f'&nbsp;■&nbsp;{label}&nbsp;</span>' for s, label in entries)


class DuesPage(QWidget):
    """The dues ledger of one branch at a time, and the summary of every village below."""

    changed = Signal()

    def __init__(self, store: Store, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("duesPage")
        self.store = store
        self._today = today
        self.org_uuid: str | None = None
        self.org_name = ""
        self.org_kind = ""
        self.branches: list[dict] = []
        self.ledger: Ledger | None = None
        self.summary: list[dues.SummaryRow] = []
        self._township_stale = True
        self._busy = False
        self._again = False

        today = self.today()
        self.branch_combo = QComboBox()
        self.branch_combo.setObjectName("branchCombo")
        self.branch_combo.setMinimumWidth(200)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(2008, today.year + 1)
        self.year_spin.setValue(today.year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceLabel")
        self.balance_label.setStyleSheet("font-weight: bold; color: #1a3c5e;")
        self.lock_label = QLabel()
        self.lock_label.setObjectName("lockLabel")
        self.lock_label.setStyleSheet("color: #5d6d7e;")
        filters = QHBoxLayout()
        for label, widget in ((self.tr("支部"), self.branch_combo), (self.tr("年度"), self.year_spin)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.lock_label)
        filters.addSpacing(12)
        filters.addWidget(self.balance_label)

        # --- the month grid
        self.pay_button = QPushButton(self.tr("收党费…"))
        self.pay_button.setObjectName("payButton")
        self.reverse_button = QPushButton(self.tr("冲销…"))
        self.elsewhere_button = QPushButton(self.tr("流入地交纳…"))
        self.elsewhere_button.setObjectName("elsewhereButton")
        self.elsewhere_button.setToolTip(self.tr("流动党员在流入地党组织交纳的党费（第九条）：凭收据或证明登记所交月份，"
                                                 "本支部不收款、不开收据"))
        self.profile_button = QPushButton(self.tr("党费标准…"))
        self.profile_button.setObjectName("profileButton")
        self.register_button = QPushButton(self.tr("打印收缴登记表"))
        self.import_button = QPushButton(self.tr("从 Excel 导入党费记录…"))
        self.import_button.setObjectName("importDuesButton")
        self.import_button.setToolTip(self.tr("把以往用 Excel 记的党费收缴登记表或交费明细（.xlsx）补录到本支部的台账："
                                              "先检查全表、列出每一处问题，确认后一次写入；已在台账中的月份不会重复登记"))
        actions = QHBoxLayout()
        for button in (self.pay_button, self.reverse_button, self.elsewhere_button, self.profile_button,
                       self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.register_button)
        self.grid = _table("duesGrid")
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.legend = QLabel(legend_html())
        self.legend.setObjectName("legendLabel")
        self.legend.setWordWrap(True)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #7a4f00;")
        grid_tab = QWidget()
        box = QVBoxLayout(grid_tab)
        box.setContentsMargins(0, 6, 0, 0)
        box.addLayout(actions)
        box.addWidget(self.grid, 1)
        box.addWidget(self.legend)
        box.addWidget(self.hint_label)

        # --- payments
        self.payment_model = PaymentListModel(self)
        self.payments_table = RecordTable(self.payment_model, "paymentsTable")
        self.payments_table.verticalHeader().setVisible(False)
        header = self.payments_table.horizontalHeader()
        metrics = self.fontMetrics()
        samples = ("2026-00-00", "2026-0000", "欧阳长征（转出）", "2025年11月至2026年12月", "10,000.00", "其中自愿多交",
                   "现金", "收款人姓名")
        for column, sample in enumerate(samples):   # fixed widths: measuring every row costs ~0.3 s a year
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setStretchLastSection(True)
        self.list_reverse_button = QPushButton(self.tr("冲销所选交费…"))
        self.list_reverse_button.setObjectName("listReverseButton")
        self.receipt_button = QPushButton(self.tr("打印收据"))
        self.void_button = QPushButton(self.tr("作废收据…"))
        self.void_button.setObjectName("voidButton")
        self.void_button.setToolTip(self.tr("收据填错、撕毁或遗失：作废下一个收据号并注明原因，收据编号保持连续"))
        self.payments_label = QLabel()
        payments_tab = QWidget()
        box = QVBoxLayout(payments_tab)
        box.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.list_reverse_button)
        row.addWidget(self.receipt_button)
        row.addWidget(self.void_button)
        row.addStretch(1)
        row.addWidget(self.payments_label)
        box.addLayout(row)
        box.addWidget(self.payments_table, 1)

        # --- arrears
        self.arrears_table = _table("arrearsTable")
        self.arrears_label = QLabel()
        self.arrears_label.setWordWrap(True)
        self.arrears_table.setToolTip(self.tr("双击一行收取该党员欠交的党费（补交）"))
        self.arrears_excel_button = QPushButton(self.tr("导出Excel…"))
        self.arrears_excel_button.setObjectName("arrearsExcelButton")
        self.arrears_excel_button.setToolTip(self.tr("欠交党费党员名单存为 Excel 表格（连续六个月未交的标红）"))
        arrears_tab = QWidget()
        box = QVBoxLayout(arrears_tab)
        box.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.arrears_label, 1)
        row.addWidget(self.arrears_excel_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        box.addWidget(self.arrears_table, 1)

        # --- remittances
        self.remit_button = QPushButton(self.tr("记录上缴…"))
        self.remit_button.setObjectName("remitButton")
        self.vouchers_button = QPushButton(self.tr("打印上缴凭证清单"))
        self.close_year_button = QPushButton(self.tr("年度结账…"))
        self.close_year_button.setObjectName("closeYearButton")
        self.close_year_button.setToolTip(self.tr("锁定所选年度的全部月份（年度结账），以后的更正记在当前期间"))
        self.remittance_table = _table("remittanceTable")
        self.remittance_label = QLabel()
        self.remittance_label.setWordWrap(True)
        remit_tab = QWidget()
        box = QVBoxLayout(remit_tab)
        box.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.remit_button)
        row.addWidget(self.close_year_button)
        row.addStretch(1)
        row.addWidget(self.vouchers_button)
        box.addLayout(row)
        box.addWidget(self.remittance_label)
        box.addWidget(self.remittance_table, 1)

        # --- township view
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        fill_combo(self.period_combo, [(self.tr("全年"), (None, None))] +
                   [(self.tr("第{0}季度").format("一二三四"[q - 1]), (q, None)) for q in range(1, 5)] +
                   [(self.tr("{0}月").format(m), (None, m)) for m in range(1, 13)])
        self.summary_button = QPushButton(self.tr("打印汇总表"))
        self.township_table = _table("townshipTable")
        self.township_label = QLabel()
        self.township_label.setWordWrap(True)
        township_tab = QWidget()
        box = QVBoxLayout(township_tab)
        box.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("期间")))
        row.addWidget(self.period_combo)
        row.addStretch(1)
        row.addWidget(self.summary_button)
        box.addLayout(row)
        box.addWidget(self.township_label)
        box.addWidget(self.township_table, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("duesTabs")
        self.tabs.addTab(grid_tab, self.tr("收缴台账"))
        self.tabs.addTab(payments_tab, self.tr("交费记录"))
        self.tabs.addTab(arrears_tab, self.tr("欠交党员"))
        self.tabs.addTab(remit_tab, self.tr("上缴"))
        self.tabs.addTab(township_tab, self.tr("各村汇总"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

        self.branch_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year_spin.valueChanged.connect(lambda _v: self._year_changed())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh_township())
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())
        self.pay_button.clicked.connect(lambda: self.take_payment())
        self.reverse_button.clicked.connect(self.reverse_from_grid)
        self.elsewhere_button.clicked.connect(lambda: self.record_elsewhere())
        self.profile_button.clicked.connect(lambda: self.edit_profile())
        self.import_button.clicked.connect(self.import_records)
        self.register_button.clicked.connect(lambda: self.print_report("register"))
        self.summary_button.clicked.connect(lambda: self.print_report("summary"))
        self.vouchers_button.clicked.connect(lambda: self.print_report("vouchers"))
        self.receipt_button.clicked.connect(lambda: self.print_receipt())
        self.arrears_excel_button.clicked.connect(self.export_arrears)
        self.list_reverse_button.clicked.connect(self.reverse_selected_payment)
        self.remit_button.clicked.connect(self.record_remittance)
        self.void_button.clicked.connect(self.void_receipt)
        self.close_year_button.clicked.connect(self.close_year)
        self.grid.cellDoubleClicked.connect(self._grid_double_clicked)
        self.grid.customContextMenuRequested.connect(self._grid_menu)
        self.grid.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.payments_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.payments_table.doubleClicked.connect(lambda _i: self.print_receipt())
        self.township_table.cellDoubleClicked.connect(self._township_open)
        self.arrears_table.cellDoubleClicked.connect(self._arrears_pay)
        self._update_buttons()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # ----- the section interface --------------------------------------------------------------

    def set_org(self, org_uuid: str | None, org_name: str) -> None:
        """A branch (or one of its 党小组) shows its ledger; a village, township or county shows the
        summary per village, with the ledger of each branch below it one combo away."""
        self.org_uuid, self.org_name = org_uuid, org_name
        try:
            self.org_kind = orgs.get_org(self.store, org_uuid)["kind"] if org_uuid else ""
        except UserError:
            self.org_kind = ""
        self.branches = branches_under(self.store, org_uuid)
        keep = combo_value(self.branch_combo)
        self.branch_combo.blockSignals(True)
        fill_combo(self.branch_combo, [(b["name"], b["uuid"]) for b in self.branches])
        if keep and any(b["uuid"] == keep for b in self.branches):
            select_value(self.branch_combo, keep)
        self.branch_combo.blockSignals(False)
        township = self.org_kind not in (*codes.BRANCH_KINDS, "group") and bool(self.branches)
        self.tabs.setTabVisible(TABS["township"], township)
        self._township_stale = True
        if township:
            self.tabs.setCurrentIndex(TABS["township"])
        elif self.tabs.currentIndex() == TABS["township"]:
            self.tabs.setCurrentIndex(TABS["grid"])
        self.refresh()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.set_org(None, "")

    def branch_uuid(self) -> str | None:
        return combo_value(self.branch_combo) or None

    def _year_changed(self) -> None:
        self._township_stale = True
        self.refresh()

    def _show_tab(self) -> None:
        if self.tabs.currentIndex() == TABS["township"] and self._township_stale:
            self.refresh_township()

    # ----- the ledger -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the branch's ledger for the year on a worker, then fill every ledger tab."""
        if self._busy:                 # a selection change while the worker runs: once more after
            self._again = True
            return
        branch, year, as_of = self.branch_uuid(), self.year_spin.value(), self.today()
        self._busy = True
        try:
            self.ledger = run_read(self, self.tr("正在计算党费台账…"), self.store.path,
                                   lambda s, _p: load_ledger(s, branch, year, as_of)) if branch else None
        except Cancelled:
            self.ledger = None
        finally:
            self._busy = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self._fill_header()
        self._fill_grid()
        self._fill_payments()
        self._fill_arrears()
        self._fill_remittances()
        self._update_buttons()
        self._show_tab()

    def _fill_header(self) -> None:
        led, year = self.ledger, self.year_spin.value()
        if led is None:
            self.balance_label.setText("")
            self.lock_label.setText(self.tr("“{0}”下没有党支部。").format(self.org_name) if self.org_uuid else "")
            return
        yb, b = led.year_balance, led.balance
        self.balance_label.setText(self.tr("{0}年收缴 {1} 元，上缴 {2} 元　支部结存（未上缴）{3} 元").format(
            year, yuan(yb.collected_fen), yuan(yb.remitted_fen), yuan(b.balance_fen)))
        if self.tabs.isTabVisible(TABS["township"]):     # several branches: say whose balance this is
            self.balance_label.setText(f"{self.branch_combo.currentText()}　{self.balance_label.text()}")
        self.balance_label.setToolTip(self.tr("{0}：历年累计收缴 {1} 元，累计上缴 {2} 元").format(
            self.branch_combo.currentText(), yuan(b.collected_fen), yuan(b.remitted_fen)))
        if led.year_closed:
            self.lock_label.setText(self.tr("{0}年已结账（{1}），本年各月已锁定").format(year, led.year_closed["locked_on"]))
        elif led.locked:
            why = self.tr("已上缴") if led.locked["reason"] == "上缴" else self.tr("已年度结账")
            self.lock_label.setText(self.tr("已锁定：{0}及以前（{1}，{2}）").format(
                dues.month_label(led.locked["month_to"]), why, led.locked["locked_on"]))
        else:
            self.lock_label.setText(self.tr("尚无锁定的期间"))

    def _fill_grid(self) -> None:
        table, led = self.grid, self.ledger
        table.clear()
        months = [self.tr("{0}月").format(m) for m in range(1, 13)]
        headers = [self.tr("姓名"), self.tr("标准（元/月）"), self.tr("党费交至"), *months,
                   self.tr("应交"), self.tr("已交"), self.tr("减免"), self.tr("欠交")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        if led is None:
            table.setRowCount(0)
            self.hint_label.setVisible(False)
            return
        grid = led.grid
        flagged = {r.member_uuid: r for r in led.arrears if r.flagged}
        table.setRowCount(len(grid.rows) + 1)
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(grid.rows):
            name = _item(row.name)
            name.setData(MEMBER_ROLE, row.member_uuid)
            if row.member_uuid in flagged:
                name.setForeground(QBrush(QColor(RED)))
                name.setFont(bold)
                name.setText(row.name + " ⚠")
                name.setToolTip(flagged[row.member_uuid].text)
            elif row.status != codes.ACTIVE:
                name.setText(f"{row.name}（{row.status}）")
            standard = f"{row.category} {yuan(row.monthly_fen)}" if row.category else self.tr("未定标准")
            tip = None
            if row.relief:
                standard += f" {row.relief}"
                tip = self.tr("经乡镇党委批准{0}").format(row.relief)
            table.setItem(r, 0, name)
            table.setItem(r, 1, _item(standard, color="#01579b" if row.relief else None, tip=tip))
            table.setItem(r, 2, _item(dues.month_label(row.paid_up_to) if row.paid_up_to else self.tr("（无）"),
                                      color=None if row.paid_up_to else RED))
            for m, cell in enumerate(row.cells):
                item = _item(cell_text(cell), tip=cell_tip(cell))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(QColor(dues.STATUS_COLORS[cell.status])))
                item.setForeground(QBrush(QColor(TEXT_COLORS[cell.status])))
                item.setData(MEMBER_ROLE, row.member_uuid)
                item.setData(MONTH_ROLE, cell.month)
                table.setItem(r, FIRST_MONTH_COLUMN + m, item)
            for c, fen in enumerate((row.due_fen, row.paid_fen, row.exempt_fen, row.arrears_fen)):
                table.setItem(r, FIRST_MONTH_COLUMN + 12 + c,
                              _item(yuan(fen), align_right=True, color=RED if c == 3 and fen > 0 else None))
        last = len(grid.rows)
        totals = grid.totals
        total_items = [_item(self.tr("合计（已交）")), _item(""), _item("")]
        total_items += [_item(yuan(f), align_right=True) for f in grid.month_paid]
        total_items += [_item(yuan(totals[k]), align_right=True) for k in ("due", "paid", "exempt", "arrears")]
        for c, item in enumerate(total_items):
            item.setFont(bold)
            item.setBackground(QBrush(QColor("#eceff1")))
            table.setItem(last, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for m in range(12):
            header.setSectionResizeMode(FIRST_MONTH_COLUMN + m, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        hints = []
        if led.unprofiled:
            hints.append(self.tr("{0} 名党员还没有党费标准，不在表中：{1}。点“党费标准…”设定。").format(
                len(led.unprofiled), "、".join(m["name"] for m in led.unprofiled[:10]) +
                ("…" if len(led.unprofiled) > 10 else "")))
        if flagged:
            hints.append(self.tr("⚠ 红色姓名：连续六个月以上未交纳党费（见“欠交党员”）。"))
        self.hint_label.setText("\n".join(hints))
        self.hint_label.setVisible(bool(hints))

    def _fill_payments(self) -> None:
        rows = self.ledger.payments if self.ledger else []
        self.payment_model.set_rows(rows)
        self.payments_table.scrollToBottom()       # the latest receipts first in view
        paid = [r for r in rows if r["kind"] == "payment"]
        self.payments_label.setText(self.tr("{0}年 {1} 张收据，冲销 {2} 笔，作废收据 {3} 张").format(
            self.year_spin.value(), len(paid), sum(1 for r in rows if r["kind"] == "reversal"),
            sum(1 for r in rows if r["kind"] == "void")))
        elsewhere = sum(1 for r in rows if r["kind"] == "elsewhere")
        if elsewhere:
            self.payments_label.setText(self.payments_label.text() + self.tr("，流入地交纳 {0} 笔（不收款）").format(
                elsewhere))

    def _fill_arrears(self) -> None:
        table = self.arrears_table
        rows = self.ledger.arrears if self.ledger else []
        headers = [self.tr("姓名"), self.tr("欠交月份"), self.tr("月数"), self.tr("欠交金额（元）"), self.tr("党费交至"),
                   self.tr("连续六个月未交纳")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            color = RED if a.flagged else None
            lapse = self.tr("连续{0}个月：{1}").format(len(a.lapse_months), dues.months_text(a.lapse_months)) \
                if a.flagged else ""
            items = [_item(a.name, color=color, tip=a.text), _item(dues.months_text(a.months), color=color, tip=a.text),
                     _item(str(len(a.months)), align_right=True, color=color),
                     _item(yuan(a.arrears_fen), align_right=True, color=color),
                     _item(dues.month_label(a.paid_up_to) if a.paid_up_to else self.tr("（无）"), color=color),
                     _item(lapse, color=color, tip=a.text)]
            items[0].setData(MEMBER_ROLE, a.member_uuid)
            for c, item in enumerate(items):
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        flagged = sum(1 for a in rows if a.flagged)
        if rows:
            self.arrears_label.setText(self.tr(
                "截至 {0}：{1} 名党员欠交党费，共 {2} 元；其中 {3} 名连续六个月以上未交纳（红色），按党章第九条"
                "应予关注——无正当理由连续六个月不交纳党费视为自行脱党，须经支部党员大会讨论，软件只作提示。").format(
                dues.month_label(dues.month_of(self.today())), len(rows), yuan(sum(a.arrears_fen for a in rows)),
                flagged))
        else:
            self.arrears_label.setText(self.tr("没有欠交党费的党员。") if self.ledger else "")
        self.arrears_excel_button.setEnabled(bool(rows))

    def _fill_remittances(self) -> None:
        table = self.remittance_table
        rows = self.ledger.remittances if self.ledger else []
        headers = [self.tr("上缴日期"), self.tr("期间"), self.tr("金额（元）"), self.tr("凭证号"), self.tr("接收人"),
                   self.tr("备注")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, x in enumerate(rows):
            period = dues.period_label(x["period_from"], x["period_to"])
            for c, item in enumerate((_item(x["remitted_on"]), _item(period),
                                      _item(yuan(x["amount_fen"]), align_right=True), _item(x["voucher"]),
                                      _item(x["received_by"]), _item(x["note"]))):
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        led = self.ledger
        if led is None:
            self.remittance_label.setText("")
            return
        self.remittance_label.setText(self.tr("{0}年已上缴 {1} 笔共 {2} 元；支部结存（收缴未上缴）{3} 元。{4}").format(
            self.year_spin.value(), len(rows), yuan(sum(x["amount_fen"] for x in rows)),
            yuan(led.balance.balance_fen), self.lock_label.text()))

    # ----- township view ---------------------------------------------------------------------

    def period(self) -> tuple[str, str]:
        """The chosen month, quarter or year, ending at this month at the latest: months not yet
        due would otherwise count as owed."""
        quarter, month = combo_value(self.period_combo)
        first, last = dues.period_months(self.year_spin.value(), quarter, month)
        return first, min(last, max(first, dues.month_of(self.today())))

    def period_text(self) -> str:
        quarter, month = combo_value(self.period_combo)
        chosen = dues.period_label(*dues.period_months(self.year_spin.value(), quarter, month))
        first, last = self.period()
        if dues.period_label(first, last) == chosen:
            return chosen
        return self.tr("{0}（统计至{1}）").format(chosen, dues.month_label(last))

    def refresh_township(self) -> None:
        self._township_stale = False
        first, last = self.period()
        org = self.org_uuid
        if not self.branches:
            self.summary = []
        else:
            try:
                self.summary = run_read(self, self.tr("正在汇总各村党费…"), self.store.path,
                                        lambda s, _p: dues.township_summary(s, org, first, last))
            except Cancelled:
                return
        table = self.township_table
        headers = [self.tr("村（社区）"), self.tr("支部数"), self.tr("党员数"), self.tr("应交"), self.tr("减免"),
                   self.tr("已交（本期月份）"), self.tr("欠交"), self.tr("本期收缴"), self.tr("本期上缴"),
                   self.tr("收缴未上缴")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        rows = self.summary
        table.setRowCount(len(rows) + (1 if rows else 0))
        bold = QFont(table.font())
        bold.setBold(True)

        def figures(s) -> list[int]:
            return [s.due_fen, s.exempt_fen, s.paid_for_fen, s.arrears_fen, s.collected_fen, s.remitted_fen,
                    s.collected_fen - s.remitted_fen]

        for r, s in enumerate(rows):
            name = _item(s.name)
            name.setData(MEMBER_ROLE, s.org_uuid)
            items = [name, _item(str(s.branches), align_right=True), _item(str(s.members), align_right=True)]
            items += [_item(yuan(f), align_right=True, color=RED if c == 3 and f > 0 else None)
                      for c, f in enumerate(figures(s))]
            for c, item in enumerate(items):
                table.setItem(r, c, item)
        if rows:
            sums = [sum(v) for v in zip(*(figures(s) for s in rows))]
            items = [_item(self.tr("合计")), _item(str(sum(s.branches for s in rows)), align_right=True),
                     _item(str(sum(s.members for s in rows)), align_right=True)]
            items += [_item(yuan(f), align_right=True) for f in sums]
            for c, item in enumerate(items):
                item.setFont(bold)
                item.setBackground(QBrush(QColor("#eceff1")))
                table.setItem(len(rows), c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.township_label.setText(self.tr("{0} {1}：{2} 个村（社区）。“已交”是为本期月份交纳的党费（含补交、预交），"
                                            "“本期收缴”是本期入账的全部金额（含自愿多交）。双击一行查看该村的支部。").format(
            self.org_name, self.period_text(), len(rows)))

    def _township_open(self, row: int, _column: int) -> None:
        item = self.township_table.item(row, 0)
        unit = item.data(MEMBER_ROLE) if item else None
        if not unit:
            return
        under = {b["uuid"] for b in branches_under(self.store, unit)}
        target = next((b["uuid"] for b in self.branches if b["uuid"] in under), None)
        if target:
            select_value(self.branch_combo, target)
            self.tabs.setCurrentIndex(TABS["grid"])

    # ----- selection --------------------------------------------------------------------------

    def grid_selection(self) -> tuple[str | None, str | None]:
        """(member, month) of the current grid cell; month None outside the month columns."""
        item = self.grid.currentItem()
        if item is None:
            return None, None
        member = item.data(MEMBER_ROLE) or (self.grid.item(item.row(), 0).data(MEMBER_ROLE)
                                            if self.grid.item(item.row(), 0) else None)
        return member, item.data(MONTH_ROLE)

    def _update_buttons(self) -> None:
        branch = self.branch_uuid() is not None
        writable = branch and not self.store.read_only      # a read-only database: look, print, never write
        member, month = self.grid_selection()
        for button in (self.register_button, self.vouchers_button):
            button.setEnabled(branch)
        for button in (self.pay_button, self.profile_button, self.remit_button, self.import_button,
                       self.void_button, self.close_year_button):
            button.setEnabled(writable)
        self.reverse_button.setEnabled(writable and bool(member and month))
        self.elsewhere_button.setEnabled(writable and bool(member))
        selected = self.selected_payment()
        ok = selected is not None and selected["kind"] == "payment"
        reversible = selected is not None and selected["kind"] in ("payment", "elsewhere")
        self.list_reverse_button.setEnabled(writable and reversible and not selected["reversed"])
        self.receipt_button.setEnabled(ok)
        self.summary_button.setEnabled(bool(self.branches) and self.org_uuid is not None)

    def selected_payment(self) -> dict | None:
        uuid = self.payments_table.selected_uuid()
        return next((r for r in self.payment_model.rows if r["uuid"] == uuid), None) if uuid else None

    def _grid_double_clicked(self, row: int, column: int) -> None:
        member, month = self.grid_selection()
        if member is None:
            return
        if column == 1:
            self.edit_profile(member)
        else:
            self.take_payment(member, [month] if month else None)

    def _arrears_pay(self, row: int, _column: int) -> None:
        """Double-click a member in the arrears list: collect what they owe (补交)."""
        item = self.arrears_table.item(row, 0)
        found = next((a for a in (self.ledger.arrears if self.ledger else [])
                      if item is not None and a.member_uuid == item.data(MEMBER_ROLE)), None)
        if found is not None:
            self.take_payment(found.member_uuid, found.months)

    def _grid_menu(self, pos) -> None:
        member, month = self.grid_selection()
        if member is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("收党费…"), lambda: self.take_payment(member, [month] if month else None))
        menu.addAction(self.tr("流入地交纳…"), lambda: self.record_elsewhere(member, [month] if month else None))
        if month:
            menu.addAction(self.tr("冲销此月的交费…"), self.reverse_from_grid)
        menu.addAction(self.tr("党费标准…"), lambda: self.edit_profile(member))
        menu.exec(self.grid.viewport().mapToGlobal(pos))

    # ----- actions ----------------------------------------------------------------------------

    def _after_save(self) -> None:
        self._township_stale = True
        self.refresh()
        self.changed.emit()

    def take_payment(self, member_uuid: str | None = None, months: list[str] | None = None) -> None:
        """The payment dialog; after saving, offer to print the receipt."""
        from djdesk.ui.dues_dialogs import DuesPaymentDialog

        branch = self.branch_uuid()
        if branch is None or self.store.read_only:
            return
        if member_uuid is None:
            member_uuid = self.grid_selection()[0]
        if months and not any(c.month == months[0] for c in
                              dues_views.payable_months(self.store, member_uuid, self.today())):
            months = None          # a paid or not-owed cell: let the dialog choose the first month to pay
        dialog = DuesPaymentDialog(self.store, branch, member_uuid=member_uuid, months=months, parent=self,
                                   today=self._today)
        if not dialog.exec() or dialog.payment is None:
            return
        result = dialog.payment
        self._after_save()
        text = self.tr("已收 {0} 元，收据号 {1}。").format(yuan(result.amount_fen), result.receipt_no)
        if result.warnings:
            text += "\n" + "\n".join(result.warnings)
        if self.confirm(text + "\n\n" + self.tr("现在打印收据吗？")):
            self.print_receipt(result.uuid)

    def record_elsewhere(self, member_uuid: str | None = None, months: list[str] | None = None) -> None:
        """“流入地交纳…”: months the selected 流动党员 paid at the host organisation (Art. 9); the grid
        then shows them as 流入地 and the payment list the entry (no money, no receipt)."""
        from djdesk.ui.dues_dialogs import DuesElsewhereDialog

        branch = self.branch_uuid()
        member_uuid = member_uuid or self.grid_selection()[0]
        if branch is None or member_uuid is None or self.store.read_only:
            return
        if months is None and self.grid_selection()[1]:
            months = [self.grid_selection()[1]]
        dialog = DuesElsewhereDialog(self.store, branch, member_uuid=member_uuid, months=months, parent=self,
                                     today=self._today)
        if not dialog.exec() or dialog.recorded is None:
            return
        self._after_save()
        if dialog.recorded.warnings:
            QMessageBox.information(self, self.tr("党建桌面"), "\n".join(dialog.recorded.warnings))

    def reverse_from_grid(self) -> None:
        member, month = self.grid_selection()
        if member is None or month is None:
            return
        found = dues_views.payments_for_month(self.store, member, month)
        if not found:
            QMessageBox.information(self, self.tr("党建桌面"), self.tr("{0}没有可冲销的交费。").format(
                dues.month_label(month)))
            return
        self.reverse_payment(found[0])

    def reverse_selected_payment(self) -> None:
        row = self.selected_payment()
        if row is not None and row["kind"] in ("payment", "elsewhere") and not row["reversed"]:
            self.reverse_payment(row)

    def reverse_payment(self, payment: dict) -> None:
        from djdesk.ui.dues_dialogs import DuesReverseDialog

        if self.store.read_only:
            return
        if DuesReverseDialog(self.store, payment, parent=self, today=self._today).exec():
            self._after_save()

    def edit_profile(self, member_uuid: str | None = None) -> None:
        from djdesk.ui.dues_dialogs import DuesProfileDialog

        branch = self.branch_uuid()
        if branch is None or self.store.read_only:
            return
        if member_uuid is None:
            member_uuid = self.grid_selection()[0]
        if DuesProfileDialog(self.store, branch, member_uuid=member_uuid, parent=self, today=self._today).exec():
            self._after_save()

    def record_remittance(self) -> None:
        from djdesk.ui.dues_dialogs import DuesRemittanceDialog

        branch = self.branch_uuid()
        if branch is None or self.store.read_only:
            return
        dialog = DuesRemittanceDialog(self.store, branch, self.branch_combo.currentText(), parent=self,
                                      today=self._today)
        if dialog.exec():
            self._after_save()
            if dialog.warnings:
                QMessageBox.information(self, self.tr("党建桌面"), "\n".join(dialog.warnings))

    def void_receipt(self) -> None:
        """“作废收据…”: a spoiled form uses up the next receipt number; the payment list shows it."""
        from djdesk.ui.dues_dialogs import DuesVoidDialog

        branch = self.branch_uuid()
        if branch is None or self.store.read_only:
            return
        dialog = DuesVoidDialog(self.store, branch, self.branch_combo.currentText(), parent=self, today=self._today)
        if dialog.exec():
            self._after_save()
            self.tabs.setCurrentIndex(TABS["payments"])

    def close_year(self) -> None:
        """“年度结账…” of the year shown; afterwards the header says the year is closed."""
        from djdesk.ui.dues_dialogs import DuesCloseDialog

        branch = self.branch_uuid()
        if branch is None or self.store.read_only:
            return
        if DuesCloseDialog(self.store, branch, self.branch_combo.currentText(), self.year_spin.value(), parent=self,
                           today=self._today).exec():
            self._after_save()

    def import_records(self) -> None:
        """“从 Excel 导入党费记录…”: the import wizard for the chosen branch (a year grid that does
        not say its year is read as the year shown here); the ledger then shows what came in."""
        from djdesk.ui.import_wizard import run_import

        branch = self.branch_uuid()
        if branch is None or self.store.read_only:
            return
        importer = dues_importer(self.year_spin.value())
        if run_import(self, self.store, importer, org_uuid=self.org_uuid, target=branch, today=self._today):
            self._after_save()

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("党建桌面"), text) == QMessageBox.StandardButton.Yes

    # ----- printing ---------------------------------------------------------------------------

    def print_receipt(self, payment_uuid: str | None = None) -> None:
        if payment_uuid is None:
            row = self.selected_payment()
            if row is None or row["kind"] != "payment":
                return
            payment_uuid = row["uuid"]
        number = next((r["receipt_no"] for r in self.payment_model.rows if r["uuid"] == payment_uuid), "")
        self._print("receipt", (self.branch_uuid(), number), self.tr("正在生成收据…"),
                    self.tr("党费收据 — {0}").format(number), number)

    def print_report(self, what: str) -> None:
        year = self.year_spin.value()
        if what == "register":
            branch = self.branch_uuid()
            if branch is None:
                return
            name = f"{self.branch_combo.currentText()}{year}年"
            self._print("register", branch, self.tr("正在生成党费收缴登记表…"),
                        self.tr("党费收缴登记表 — {0}").format(name), name)
        elif what == "vouchers":
            branch = self.branch_uuid()
            if branch is None:
                return
            name = f"{self.branch_combo.currentText()}{year}年"
            self._print("vouchers", branch, self.tr("正在生成上缴凭证清单…"),
                        self.tr("党费上缴凭证清单 — {0}").format(name), name)
        else:
            name = f"{self.org_name}{self.period_text()}"
            self._print("summary", self.org_uuid, self.tr("正在生成党费汇总表…"), self.tr("党费汇总表 — {0}").format(name),
                        name)

    def export_arrears(self) -> None:
        """欠交党费党员名单 of the branch as .xlsx (core.excel.dues_export.export_arrears)."""
        from djdesk.core.excel.dues_export import export_arrears
        from djdesk.ui.excel_export import export_excel

        branch, as_of = self.branch_uuid(), self.today()
        if branch is None:
            return
        export_excel(self, self.store.path, self.tr("欠交党费党员名单"),
                     f"{self.branch_combo.currentText()}欠交党费名单{as_of.isoformat()}",
                     lambda s, path, p: export_arrears(s, path, branch, as_of=as_of, progress=p))

    def _print(self, what: str, target, label: str, title: str, name: str) -> None:
        from djdesk.ui.pdf_preview import print_path

        words = {"receipt": "党费收据", "register": "党费收缴登记表", "summary": "党费汇总表", "vouchers": "党费上缴凭证清单"}
        out = print_path(words[what], name)
        year, as_of, period = self.year_spin.value(), self.today(), self.period()
        try:
            result = run_read(self, label, self.store.path, lambda s, p: render(
                s, what, target, out, p, year=year, as_of=as_of, period=period))
        except Cancelled:
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("党建桌面"), exc.message)
            return
        self.show_pdf(result, title)

    def show_pdf(self, result, title: str) -> None:
        from djdesk.ui.pdf_preview import PdfPreviewDialog

        PdfPreviewDialog(result.path, title, [w.message for w in result.warnings], parent=self).exec()


def dues_importer(year: int):
    """The import wizard's past-dues import (``import_wizard.DUES``); a year grid whose sheet does
    not state its year is read as ``year``, the page's. Imported here, not at the top: the wizard
    and openpyxl are not needed to open the page."""
    import dataclasses

    from djdesk.ui.import_wizard import DUES

    return dataclasses.replace(DUES, check_options={"default_year": year})


def render(store: Store, what: str, target, out: Path, progress, *, year: int, as_of: dt.date,
           period: tuple[str, str]):
    """One dues PDF (djdesk/core/reports/dues.py), on the worker's Store. ``target``: the branch and
    receipt number of a receipt, the branch of the register and the voucher list, the org of the summary."""
    from djdesk.core.reports import dues as reports

    if what == "receipt":
        branch, number = target
        return reports.receipt_pdf(store, out, branch, [number], progress)
    if what == "register":
        return reports.dues_year_pdf(store, out, target, year, as_of, progress)
    if what == "vouchers":
        return reports.remittance_list_pdf(store, out, target, year, progress)
    return reports.summary_pdf(store, out, target, *period, progress)
