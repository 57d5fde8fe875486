"""The 党费 dialogs (forms/dues_*.ui): take a payment, reverse one, set a member's dues profile,
record a remittance (上缴), void a spoiled receipt form, close a year (年度结账), record months a
流动党员 paid at the host organisation (Art. 9). Each shows what core says (``dues.quote``, ``dues.calc_monthly``,
``dues.expected_remittance``) while the clerk types, and saves with one core call; a refused save
shows core's Chinese message and changes nothing. No SQL here.
"""

from __future__ import annotations

import datetime as dt

from djdesk.core import dues, dues_views, members
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.money import capital, parse_yuan, yuan
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, normalise_date_text, select_value, show_error
from djdesk.ui.forms.ui_dues_close_dialog import Ui_DuesCloseDialog
from djdesk.ui.forms.ui_dues_elsewhere_dialog import Ui_DuesElsewhereDialog
from djdesk.ui.forms.ui_dues_payment_dialog import Ui_DuesPaymentDialog
from djdesk.ui.forms.ui_dues_profile_dialog import Ui_DuesProfileDialog
from djdesk.ui.forms.ui_dues_remittance_dialog import Ui_DuesRemittanceDialog
from djdesk.ui.forms.ui_dues_reverse_dialog import Ui_DuesReverseDialog
from djdesk.ui.forms.ui_dues_void_dialog import Ui_DuesVoidDialog
from djdesk.ui.qt import (QAbstractItemView, QBrush, QColor, QDialog, QDialogButtonBox, QHeaderView,
                          QListWidgetItem, Qt, QTableWidgetItem)

ERROR_STYLE = "border: 1px solid #c62828;"
MONTH_ROLE = Qt.ItemDataRole.UserRole


def _setup_buttons(dialog: QDialog, save_text: str) -> None:
    box = dialog.ui.buttonBox
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(save_text)
    ok.setAutoDefault(False)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("取消"))
    box.accepted.connect(dialog.save)
    box.rejected.connect(dialog.reject)


def _yuan_field(text: str, what: str) -> int:
    """A yuan amount typed in a field (empty = 0) → fen; UserError names the field."""
    return parse_yuan(text, what) if text.strip() else 0


def _mark_fields(dialog: QDialog, widgets: dict[str, str], problems: dict[str, str]) -> None:
    for field, name in widgets.items():
        getattr(dialog.ui, name).setStyleSheet(ERROR_STYLE if field in problems else "")


def _save_or_show(dialog: QDialog, widgets: dict[str, str], post) -> None:
    """Run the one core call ``post()``: accept the dialog, or show core's refusal (by field,
    with the fields framed in red) and keep it open. Nothing is written when core refuses."""
    try:
        post()
    except ValidationError as exc:
        _mark_fields(dialog, widgets, exc.problems)
        show_error(dialog.ui.errorLabel, "\n".join(exc.problems.values()))
        return
    except UserError as exc:
        show_error(dialog.ui.errorLabel, exc.message)
        return
    dialog.accept()


def _fill_months(lst, cells: list[dues.MonthDues], checked: list[str], labels: dict[str, str], line: str) -> None:
    """A checkable list of months, each ``line`` (translated by the dialog) with the month, what it
    is (``labels`` by status) and the amount still open, in its grid colour."""
    lst.blockSignals(True)
    lst.clear()
    for c in cells:
        text = line.format(dues.month_label(c.month), labels.get(c.status, ""), yuan(c.arrears_fen))
        if c.relief:
            text += f"（{c.relief}）"
        item = QListWidgetItem(text)
        item.setData(MONTH_ROLE, c.month)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if c.month in checked else Qt.CheckState.Unchecked)
        item.setBackground(QBrush(QColor(dues.STATUS_COLORS[c.status])))
        lst.addItem(item)
    lst.blockSignals(False)


class _MonthList:
    """The ticked months of a dialog's ``ui.monthsList`` (filled by ``_fill_months``)."""

    def months(self) -> list[str]:
        lst = self.ui.monthsList
        return [lst.item(i).data(MONTH_ROLE) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def _check(self, want) -> None:
        """Tick the months for which ``want(month)`` is true, untick the others, then refresh."""
        lst = self.ui.monthsList
        lst.blockSignals(True)
        for i in range(lst.count()):
            item = lst.item(i)
            item.setCheckState(Qt.CheckState.Checked if want(item.data(MONTH_ROLE)) else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        self.refresh()


# ----- taking a payment ---------------------------------------------------------------------------

class DuesPaymentDialog(_MonthList, QDialog):
    """Collect dues from one member for one or more months; ``payment`` holds core's
    ``PaymentResult`` (receipt number, amount, warnings) after a save."""

    FIELDS = {"paid_on": "dateEdit", "method": "methodCombo", "amount": "extraEdit", "months": "monthsList"}

    def __init__(self, store: Store, branch_uuid: str, *, member_uuid: str | None = None,
                 months: list[str] | None = None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_DuesPaymentDialog()
        self.ui.setupUi(self)
        self.store, self.branch_uuid, self._today = store, branch_uuid, today
        self.payment: dues.PaymentResult | None = None
        self.quote: dues.Quote | None = None
        self._extra_touched = False
        ui = self.ui
        _setup_buttons(self, self.tr("收款并保存"))
        people = [m for m in dues_views.branch_members(store, branch_uuid) if m["has_profile"]]
        fill_combo(ui.memberCombo, [(m["name"], m["uuid"]) for m in people])
        if member_uuid:
            select_value(ui.memberCombo, member_uuid)
        fill_combo(ui.methodCombo, list(dues.METHODS))
        ui.dateEdit.setText(self.today().isoformat())
        recent = dues.payments(store, branch_uuid=branch_uuid, year=self.today().year)
        ui.collectorEdit.setText(next((p["collector"] for p in reversed(recent) if p["collector"]), ""))
        ui.monthsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._load_member(months)

        ui.memberCombo.currentIndexChanged.connect(lambda _i: self._load_member(None))
        ui.monthsList.itemChanged.connect(lambda _item: self.refresh())
        ui.extraEdit.textEdited.connect(self._extra_edited)
        ui.dateEdit.editingFinished.connect(self._date_finished)
        ui.arrearsButton.clicked.connect(self.check_arrears)
        ui.clearButton.clicked.connect(lambda: self._check(lambda _m: False))
        self.resize(860, 470)

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def member_uuid(self) -> str | None:
        return combo_value(self.ui.memberCombo) or None

    def _load_member(self, months: list[str] | None) -> None:
        ui = self.ui
        member = self.member_uuid()
        cells = dues_views.payable_months(self.store, member, self.today()) if member else []
        if months is None:       # the earliest month still to pay (arrears first, else this month)
            first = next((c.month for c in cells if c.status in ("arrears", "due")), None)
            months = [first or (cells[0].month if cells else "")]
        _fill_months(ui.monthsList, cells, months,
                     {"arrears": self.tr("欠交"), "due": self.tr("本月应交"), "future": self.tr("预交")},
                     self.tr("{0}　{1}　{2} 元"))
        paid_to = dues.paid_up_to(self.store, member, self.today()) if member else None
        ui.paidUpToValue.setText(dues.month_label(paid_to) if paid_to else self.tr("（尚无）"))
        self._extra_touched = False
        if member and not cells:
            show_error(ui.errorLabel, self.tr("该党员没有待交的月份。"))
        self.refresh()

    def check_arrears(self) -> None:
        """Tick every month already owed (补交), up to and including this month."""
        now = dues.month_of(self.today())
        self._check(lambda m: m <= now)

    def _extra_edited(self, _text: str) -> None:
        self._extra_touched = True
        self.refresh()

    def _date_finished(self) -> None:
        self.ui.dateEdit.setText(normalise_date_text(self.ui.dateEdit.text()))
        self.refresh()

    def paid_on(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.ui.dateEdit.text().strip())
        except ValueError:
            return None

    def refresh(self) -> None:
        """Re-quote the ticked months: the amount from the rules and how it was reached."""
        ui = self.ui
        member, months, day = self.member_uuid(), self.months(), self.paid_on() or self.today()
        self.quote = None
        warnings: list[str] = []
        error = ""
        if member and months:
            try:
                self.quote = dues.quote(self.store, member, months, day)
            except UserError as exc:
                error = exc.message
        q = self.quote
        if q is not None:
            groups: dict[str, list[str]] = {}
            for month, _fen, text in q.per_month:
                groups.setdefault(text, []).append(month)
            ui.explanationLabel.setText("\n".join(
                text if len(groups) == 1 else f"{dues.months_text(ms)}：{text}" for text, ms in groups.items()))
            ui.duesValue.setText(self.tr("{0} 元（{1} 个月：{2}）").format(
                yuan(q.dues_fen), len(q.months), dues.months_text(list(q.months))))
            if not self._extra_touched:
                ui.extraEdit.setText(yuan(q.voluntary_fen, grouping=False) if q.voluntary_fen else "")
            warnings = list(q.warnings)
        else:
            ui.explanationLabel.setText("")
            ui.duesValue.setText(self.tr("请在左边勾选所交的月份") if member else "")
        extra = self._extra_fen()
        if q is not None and extra is not None:
            total = q.dues_fen + extra
            ui.totalValue.setText(self.tr("{0} 元　大写：{1}").format(yuan(total), capital(total)))
            if extra >= dues.CENTRE_ONE_OFF_FEN:
                warnings.append(self.tr("一次性自愿多交 1000 元以上，全部上缴中央（第十一条）"))
        else:
            ui.totalValue.setText("")
        show_error(ui.warningLabel, "\n".join(warnings))
        show_error(ui.errorLabel, error)
        ui.receiptValue.setText(self.tr("{0}（保存时确定）").format(
            dues_views.next_receipt_no(self.store, self.branch_uuid, day)))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(q is not None)

    def _extra_fen(self) -> int | None:
        try:
            return _yuan_field(self.ui.extraEdit.text(), self.tr("自愿多交金额"))
        except UserError:
            return None

    def save(self) -> None:
        ui = self.ui
        member = self.member_uuid()
        if member is None:
            return

        def post() -> None:
            extra = _yuan_field(ui.extraEdit.text(), self.tr("自愿多交金额"))
            ui.dateEdit.setText(normalise_date_text(ui.dateEdit.text()))
            self.payment = dues.record_payment(
                self.store, member, self.months(), ui.dateEdit.text(), method=combo_value(ui.methodCombo),
                collector=ui.collectorEdit.text(), extra_fen=extra, payer=ui.payerEdit.text(),
                note=ui.noteEdit.text(), today=self.today())
        _save_or_show(self, self.FIELDS, post)


# ----- months paid at the host organisation (流动党员, Art. 9) -------------------------------------

class DuesElsewhereDialog(_MonthList, QDialog):
    """Record months a 流动党员 paid where temporarily based, with the host organisation (from the
    roster's 流向地), the proof and the date (``dues.record_elsewhere``); ``recorded`` holds core's
    ``ElsewhereResult`` (months, warnings) after a save."""

    FIELDS = {"host": "hostEdit", "proof": "proofEdit", "paid_on": "dateEdit", "months": "monthsList",
              "member": "memberCombo"}

    def __init__(self, store: Store, branch_uuid: str, *, member_uuid: str | None = None,
                 months: list[str] | None = None, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_DuesElsewhereDialog()
        self.ui.setupUi(self)
        self.store, self.branch_uuid, self._today = store, branch_uuid, today
        self.recorded: dues.ElsewhereResult | None = None
        ui = self.ui
        _setup_buttons(self, self.tr("登记"))
        people = [m for m in dues_views.branch_members(store, branch_uuid) if m["has_profile"]]
        fill_combo(ui.memberCombo, [(m["name"], m["uuid"]) for m in people])
        if member_uuid:
            select_value(ui.memberCombo, member_uuid)
        ui.dateEdit.setText(self.today().isoformat())
        ui.monthsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._load_member(months or [])
        ui.memberCombo.currentIndexChanged.connect(lambda _i: self._load_member([]))
        ui.monthsList.itemChanged.connect(lambda _item: self.refresh())
        ui.sinceButton.clicked.connect(self.check_since)
        ui.clearButton.clicked.connect(lambda: self._check(lambda _m: False))
        ui.dateEdit.editingFinished.connect(lambda: ui.dateEdit.setText(normalise_date_text(ui.dateEdit.text())))
        self.resize(880, 480)

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def member_uuid(self) -> str | None:
        return combo_value(self.ui.memberCombo) or None

    def _load_member(self, months: list[str]) -> None:
        """The member's flowing facts and the months still open (from ``dues_views.payable_months``)."""
        ui = self.ui
        uuid = self.member_uuid()
        self.member = members.get_member(self.store, uuid) if uuid else None
        m = self.member
        if m and m["is_flowing"]:
            ui.flowingValue.setText(self.tr("流动党员，流向 {0}，外出时间 {1}").format(
                m["flowing_to"], m["flowing_since"] or self.tr("（未填）")))
            ui.flowingValue.setStyleSheet("")
        elif m:
            ui.flowingValue.setText(self.tr("花名册中不是流动党员（只有流动党员可以在流入地交纳）"))
            ui.flowingValue.setStyleSheet("color: #c62828;")
        ui.hostEdit.setText(m["flowing_to"] if m else "")
        _fill_months(ui.monthsList, dues_views.payable_months(self.store, uuid, self.today()) if uuid else [], months,
                     {"arrears": self.tr("欠交"), "due": self.tr("本月应交"), "future": self.tr("未到期")},
                     self.tr("{0}　{1}　{2} 元"))
        self.refresh()

    def check_since(self) -> None:
        """Tick the open months from the roster's 外出时间 up to this month."""
        since = (self.member or {}).get("flowing_since") or ""
        now = dues.month_of(self.today())
        self._check(lambda m: since[:7] <= m <= now)

    def refresh(self) -> None:
        months = self.months()
        self.ui.monthsValue.setText(self.tr("{0}（{1} 个月）").format(dues.months_text(months), len(months))
                                    if months else self.tr("请在左边勾选月份"))
        show_error(self.ui.errorLabel, None)

    def save(self) -> None:
        ui = self.ui
        member = self.member_uuid()
        if member is None:
            return
        ui.dateEdit.setText(normalise_date_text(ui.dateEdit.text()))

        def post() -> None:
            self.recorded = dues.record_elsewhere(self.store, member, self.months(), ui.hostEdit.text(),
                                                  ui.proofEdit.text(), ui.dateEdit.text(), note=ui.noteEdit.text(),
                                                  today=self.today())
        _save_or_show(self, self.FIELDS, post)


# ----- reversing a payment ---------------------------------------------------------------------

class DuesReverseDialog(QDialog):
    """Cancel one posted payment by a reversing entry with a reason (``reversal_uuid`` after saving)."""

    def __init__(self, store: Store, payment: dict, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_DuesReverseDialog()
        self.ui.setupUi(self)
        self.store, self.payment_row = store, payment
        self.reversal_uuid: str | None = None
        _setup_buttons(self, self.tr("冲销"))
        if payment["kind"] == "elsewhere":
            self.ui.summaryLabel.setText(self.tr("{0}　{1}　在{2}交纳（凭证 {3}，{4}）").format(
                payment["member_name"], dues.months_text(payment["months"]), payment["collector"],
                payment["note"], payment["paid_on"]))
        else:
            self.ui.summaryLabel.setText(self.tr("收据 {0}　{1}　{2}　{3} 元（{4} 交纳）").format(
                payment["receipt_no"], payment["member_name"], dues.months_text(payment["months"]),
                yuan(payment["amount_fen"]), payment["paid_on"]))
        self.ui.summaryLabel.setStyleSheet("font-weight: bold;")
        self.ui.dateEdit.setText((today or dt.date.today()).isoformat())
        show_error(self.ui.errorLabel, None)
        self.resize(max(self.width(), 600), self.sizeHint().height())

    def save(self) -> None:
        ui = self.ui
        ui.dateEdit.setText(normalise_date_text(ui.dateEdit.text()))

        def post() -> None:
            self.reversal_uuid = dues.reverse_payment(self.store, self.payment_row["uuid"], ui.reasonEdit.text(),
                                                      on=ui.dateEdit.text())
        _save_or_show(self, {"reason": "reasonEdit", "on": "dateEdit"}, post)


# ----- the dues profile ------------------------------------------------------------------------

class DuesProfileDialog(QDialog):
    """Give a member a dues profile from a month on: category, base, 减交/免交 with approval."""

    FIELDS = {"effective_month": "effectiveEdit", "category": "categoryCombo", "base_fen": "baseEdit",
              "base": "baseEdit", "fixed": "fixedEdit", "relief": "reliefCombo", "relief_fen": "reliefAmountEdit",
              "approval_ref": "approvalRefEdit", "approval_date": "approvalDateEdit",
              "voluntary_fen": "voluntaryEdit", "carried_paid_to": "carriedEdit"}

    def __init__(self, store: Store, branch_uuid: str, *, member_uuid: str | None = None, parent=None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_DuesProfileDialog()
        self.ui.setupUi(self)
        self.store, self._today = store, today
        self.saved_uuid: str | None = None
        self.config = dues.DuesConfig.load()
        ui = self.ui
        _setup_buttons(self, self.tr("保存"))
        people = dues_views.branch_members(store, branch_uuid)
        fill_combo(ui.memberCombo, [(m["name"] if m["has_profile"] else self.tr("{0}（未定标准）").format(m["name"]),
                                     m["uuid"]) for m in people])
        if member_uuid:
            select_value(ui.memberCombo, member_uuid)
        fill_combo(ui.categoryCombo, [c.name for c in dues.CATEGORIES.values()
                                      if not c.unconfirmed or self.config.farmer_by_income])
        fill_combo(ui.reliefCombo, [(self.tr("无"), ""), (self.tr("减交"), "减交"), (self.tr("免交"), "免交")])
        table = ui.historyTable
        headers = (self.tr("起始月份"), self.tr("类别"), self.tr("月收入"), self.tr("每月应交"), self.tr("减免"),
                   self.tr("批准文号"), self.tr("批准日期"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMaximumHeight(150)
        show_error(ui.errorLabel, None)
        self._load_member()
        ui.memberCombo.currentIndexChanged.connect(lambda _i: self._load_member())
        ui.categoryCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.reliefCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        for name in ("baseEdit", "fixedEdit", "effectiveEdit"):
            getattr(ui, name).textEdited.connect(lambda _t: self.refresh())
        for name in ("approvalDateEdit",):
            edit = getattr(ui, name)
            edit.editingFinished.connect(lambda edit=edit: edit.setText(normalise_date_text(edit.text())))
        self.resize(max(self.width(), 760), max(self.height(), 640))

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def member_uuid(self) -> str | None:
        return combo_value(self.ui.memberCombo) or None

    def _load_member(self) -> None:
        ui = self.ui
        member = self.member_uuid()
        rows = dues.profiles(self.store, member) if member else []
        last = rows[-1] if rows else None
        ui.effectiveEdit.setText(dues.month_of(self.today()) if last else self._first_month(member))
        select_value(ui.categoryCombo, last["category"] if last else "在职")
        ui.baseEdit.setText(yuan(last["base_fen"], grouping=False) if last and last["base_fen"] else "")
        ui.fixedEdit.setText(yuan(last["fixed_fen"], grouping=False) if last and last["fixed_fen"] else "")
        select_value(ui.reliefCombo, last["relief"] if last else "")
        ui.reliefAmountEdit.setText(yuan(last["relief_fen"], grouping=False) if last and last["relief_fen"] else "")
        ui.approvalRefEdit.setText(last["approval_ref"] if last else "")
        ui.approvalDateEdit.setText((last["approval_date"] or "") if last else "")
        ui.voluntaryEdit.setText(yuan(last["voluntary_fen"], grouping=False) if last and last["voluntary_fen"] else "")
        ui.carriedEdit.setText("")
        ui.noteEdit.setText("")
        table = ui.historyTable
        table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            try:
                amount = yuan(dues.calc_monthly(p["category"], p["base_fen"], p["effective_month"],
                                                fixed_fen=p["fixed_fen"], config=self.config).amount_fen)
            except UserError:
                amount = ""
            relief = p["relief"] + (f" {yuan(p['relief_fen'])}" if p["relief"] == "减交" else "")
            for c, text in enumerate((p["effective_month"], p["category"], yuan(p["base_fen"]) if p["base_fen"] else "",
                                      amount, relief, p["approval_ref"], p["approval_date"] or "")):
                table.setItem(r, c, QTableWidgetItem(text))
        ui.historyLabel.setText(self.tr("该党员的党费标准历史（新标准从起始月份起适用，以前的月份不变）") if rows
                                else self.tr("该党员还没有党费标准。"))
        self.refresh()

    def _first_month(self, member: str | None) -> str:
        """A first profile starts at the month the member joined (Art. 8) or this year's January."""
        joined = (dues.member_dues(self.store, member).member["join_date"] or "") if member else ""
        january = f"{self.today().year}-01"
        return max(joined[:7], january) if joined else january

    def category(self) -> dues.Category | None:
        return dues.CATEGORIES.get(combo_value(self.ui.categoryCombo))

    def refresh(self) -> None:
        ui, cat = self.ui, self.category()
        uses_base = cat is not None and cat.kind in (dues.WAGE, dues.RETIRED)
        ui.baseLabel.setText(self.tr("{0}（元）").format(cat.base_label) if uses_base else self.tr("月收入（元）"))
        for widget in (ui.baseLabel, ui.baseEdit):
            widget.setVisible(uses_base)
        for widget in (ui.fixedLabel, ui.fixedEdit):
            widget.setVisible(cat is not None and cat.kind == dues.FARMER)
        relief = combo_value(ui.reliefCombo)
        for widget in (ui.approvalRefEdit, ui.approvalDateEdit):
            widget.setEnabled(bool(relief))
        ui.reliefAmountEdit.setEnabled(relief == "减交")
        try:
            calc = dues.calc_monthly(cat.name if cat else "", _yuan_field(ui.baseEdit.text(), self.tr("月收入")),
                                     dues.month_str(dues.month_index(ui.effectiveEdit.text() or
                                                                     dues.month_of(self.today()))),
                                     fixed_fen=_yuan_field(ui.fixedEdit.text(), self.tr("每月交纳金额")),
                                     config=self.config)
            text = calc.explanation + self.tr("（{0}）").format(calc.source)
            ui.calcValue.setStyleSheet("font-weight: bold;")
        except UserError as exc:
            text = exc.message
            ui.calcValue.setStyleSheet("color: #c62828;")
        ui.calcValue.setText(text)

    def save(self) -> None:
        ui, cat = self.ui, self.category()
        member = self.member_uuid()
        if member is None or cat is None:
            return

        def post() -> None:
            values = dict(
                base_fen=_yuan_field(ui.baseEdit.text(), self.tr("月收入"))
                if cat.kind in (dues.WAGE, dues.RETIRED) else 0,
                fixed_fen=_yuan_field(ui.fixedEdit.text(), self.tr("每月交纳金额")) if cat.kind == dues.FARMER else 0,
                relief=combo_value(ui.reliefCombo),
                relief_fen=_yuan_field(ui.reliefAmountEdit.text(), self.tr("减交后金额")),
                approval_ref=ui.approvalRefEdit.text(),
                approval_date=normalise_date_text(ui.approvalDateEdit.text()) or None,
                voluntary_fen=_yuan_field(ui.voluntaryEdit.text(), self.tr("自愿多交金额")),
                carried_paid_to=ui.carriedEdit.text().strip() or None, note=ui.noteEdit.text())
            self.saved_uuid = dues.set_profile(self.store, member, ui.effectiveEdit.text().strip(), cat.name,
                                               config=self.config, **values)
        _save_or_show(self, self.FIELDS, post)


# ----- remittance (上缴) -------------------------------------------------------------------------

class DuesRemittanceDialog(QDialog):
    """Record a 上缴 batch for a branch; its months are locked afterwards."""

    FIELDS = {"period": "fromEdit", "amount": "amountEdit", "remitted_on": "dateEdit", "voucher": "voucherEdit"}

    def __init__(self, store: Store, branch_uuid: str, branch_name: str, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_DuesRemittanceDialog()
        self.ui.setupUi(self)
        self.store, self.branch_uuid, self._today = store, branch_uuid, today
        self.saved_uuid: str | None = None
        self.warnings: list[str] = []
        ui = self.ui
        _setup_buttons(self, self.tr("保存并锁定期间"))
        ui.branchValue.setText(branch_name)
        today = self.today()
        now = dues.month_index(dues.month_of(today))
        locked = dues_views.locked_through(store, branch_uuid)
        first = dues.month_index(locked["month_to"]) + 1 if locked else now - now % 12
        last = max(first, now - 1)
        ui.fromEdit.setText(dues.month_str(min(first, now)))
        ui.toEdit.setText(dues.month_str(min(last, now)))
        ui.dateEdit.setText(today.isoformat())
        show_error(ui.errorLabel, None)
        show_error(ui.warningLabel, None)
        self.refresh(fill_amount=True)
        for edit in (ui.fromEdit, ui.toEdit):
            edit.textEdited.connect(lambda _t: self.refresh(fill_amount=True))
        ui.amountEdit.textEdited.connect(lambda _t: self.refresh())
        self.resize(max(self.width(), 620), self.sizeHint().height())

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def refresh(self, fill_amount: bool = False) -> None:
        ui = self.ui
        try:
            first, last = ui.fromEdit.text().strip(), ui.toEdit.text().strip()
            expected = dues.expected_remittance(self.store, self.branch_uuid, dues.month_str(dues.month_index(first)),
                                                dues.month_str(dues.month_index(last)))
        except UserError as exc:
            ui.expectedValue.setText(exc.message)
            return
        ui.expectedValue.setText(self.tr("{0}收缴未上缴 {1} 元").format(
            dues.period_label(first, last) if first <= last else "", yuan(expected)))
        if fill_amount:
            ui.amountEdit.setText(yuan(expected, grouping=False) if expected > 0 else "")
        try:
            amount = _yuan_field(ui.amountEdit.text(), self.tr("上缴金额"))
        except UserError:
            amount = None
        differs = amount is not None and amount and amount != expected
        show_error(ui.warningLabel, self.tr("上缴金额与收缴未上缴的 {0} 元不一致，相差 {1} 元").format(
            yuan(expected), yuan(amount - expected)) if differs else None)

    def save(self) -> None:
        ui = self.ui
        ui.dateEdit.setText(normalise_date_text(ui.dateEdit.text()))

        def post() -> None:
            amount = _yuan_field(ui.amountEdit.text(), self.tr("上缴金额"))
            self.saved_uuid, self.warnings = dues.record_remittance(
                self.store, self.branch_uuid, ui.fromEdit.text().strip(), ui.toEdit.text().strip(), amount,
                ui.dateEdit.text(), ui.voucherEdit.text(), received_by=ui.receivedByEdit.text(),
                note=ui.noteEdit.text(), today=self.today())
        _save_or_show(self, self.FIELDS, post)


# ----- voiding a spoiled receipt form ------------------------------------------------------------

class DuesVoidDialog(QDialog):
    """Use up the next receipt number for a spoiled form, with the date and a reason; ``voided``
    holds the number after saving (``dues.void_receipt``)."""

    FIELDS = {"on": "dateEdit", "reason": "reasonEdit"}

    def __init__(self, store: Store, branch_uuid: str, branch_name: str, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_DuesVoidDialog()
        self.ui.setupUi(self)
        self.store, self.branch_uuid, self._today = store, branch_uuid, today
        self.voided: str | None = None
        ui = self.ui
        _setup_buttons(self, self.tr("作废此收据号"))
        ui.branchValue.setText(branch_name)
        ui.dateEdit.setText(self.today().isoformat())
        show_error(ui.errorLabel, None)
        self.refresh()
        ui.dateEdit.textEdited.connect(lambda _t: self.refresh())
        ui.dateEdit.editingFinished.connect(self._date_finished)
        self.resize(max(self.width(), 600), self.sizeHint().height())

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _date_finished(self) -> None:
        self.ui.dateEdit.setText(normalise_date_text(self.ui.dateEdit.text()))
        self.refresh()

    def refresh(self) -> None:
        """The number this form uses up: the next of the date's year (fixed when saving)."""
        try:
            day = dt.date.fromisoformat(self.ui.dateEdit.text().strip())
        except ValueError:
            self.ui.receiptValue.setText(self.tr("（请填写作废日期）"))
            return
        self.ui.receiptValue.setText(self.tr("{0}（保存时确定）").format(
            dues_views.next_receipt_no(self.store, self.branch_uuid, day)))

    def save(self) -> None:
        ui = self.ui
        ui.dateEdit.setText(normalise_date_text(ui.dateEdit.text()))

        def post() -> None:
            self.voided = dues.void_receipt(self.store, self.branch_uuid, ui.dateEdit.text(), ui.reasonEdit.text(),
                                            today=self.today())
        _save_or_show(self, self.FIELDS, post)


# ----- closing a year (年度结账) --------------------------------------------------------------------

class DuesCloseDialog(QDialog):
    """年度结账 of a branch's year: what closing means and the year's figures; the first click on
    “年度结账” asks to confirm, the second closes (``dues.close_year``, booked today). A year
    already closed is said so and cannot be closed again; core's refusal (a year still running)
    is shown and nothing changes. ``closed`` is True after closing."""

    def __init__(self, store: Store, branch_uuid: str, branch_name: str, year: int, parent=None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_DuesCloseDialog()
        self.ui.setupUi(self)
        self.store, self.branch_uuid, self.year, self._today = store, branch_uuid, year, today
        self.closed = False
        self.armed = False
        ui = self.ui
        _setup_buttons(self, self.tr("年度结账…"))
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ui.branchValue.setText(branch_name)
        ui.yearValue.setText(self.tr("{0}年（{0}年1月至12月）").format(year))
        ui.dateValue.setText(self.today().isoformat())
        f = self.figures = dues_views.year_figures(store, branch_uuid, year, self.today())
        ui.collectedValue.setText(self.tr("{0} 元").format(yuan(f.balance.collected_fen)))
        ui.remittedValue.setText(self.tr("{0} 元").format(yuan(f.balance.remitted_fen)))
        ui.balanceValue.setText(self.tr("{0} 元（支部历年结存 {1} 元）").format(
            yuan(f.balance.balance_fen), yuan(f.held_fen)))
        receipts = self.tr("{0} 个收据号，其中作废 {1} 个").format(f.receipts, f.voided)
        if f.gaps:
            receipts += self.tr("；缺号：{0}").format("、".join(f"{year}-{n:04d}" for n in f.gaps))
        ui.receiptsValue.setText(receipts)
        if f.arrears:
            shown = "、".join(self.tr("{0} {1} 元").format(name, yuan(fen)) for name, fen in f.arrears[:10])
            ui.arrearsValue.setText(self.tr("{0} 名，共 {1} 元：{2}").format(
                len(f.arrears), yuan(sum(fen for _, fen in f.arrears)), shown + ("…" if len(f.arrears) > 10 else "")))
            ui.arrearsValue.setStyleSheet("color: #c62828;")
        else:
            ui.arrearsValue.setText(self.tr("没有"))
        notes = []
        if f.balance.balance_fen > 0:
            notes.append(self.tr("本年还有 {0} 元收缴未上缴：结账后仍可记录上缴。").format(yuan(f.balance.balance_fen)))
        if f.arrears:
            notes.append(self.tr("欠交的党员结账后仍可补交，补交记在交款当天的期间。"))
        show_error(ui.warningLabel, "\n".join(notes))
        show_error(ui.errorLabel, None)
        not_over = dues.year_not_over(year, self.today())
        if f.closed:
            show_error(ui.errorLabel, self.tr("{0}年已于 {1} 年度结账，不能重复结账。").format(year, f.closed["locked_on"]))
            self.ok_button.setEnabled(False)
        elif not_over:                       # said before the clerk reads the figures and clicks twice
            show_error(ui.errorLabel, not_over)
            self.ok_button.setEnabled(False)
        self.resize(max(self.width(), 660), self.sizeHint().height())

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def save(self) -> None:
        """First click: ask to confirm; second click: close the year."""
        ui = self.ui
        if not self.armed:
            self.armed = True
            self.ok_button.setText(self.tr("确认结账"))
            show_error(ui.errorLabel, self.tr("再点一次“确认结账”即结账：{0}年的全部月份锁定，不能撤销。").format(self.year))
            return

        def post() -> None:
            dues.close_year(self.store, self.branch_uuid, self.year, on=self.today())
            self.closed = True
        _save_or_show(self, {}, post)
        if not self.closed:                  # refused (nothing written): asking again would not help
            self.armed = False
            self.ok_button.setText(self.tr("年度结账…"))
            self.ok_button.setEnabled(False)
