"""The 党费 page and its dialogs, driven like a clerk would: the month grid's figures and colours,
a payment whose amount comes from the rules, a reversal, the six-month flag, the township view;
作废收据 (the receipt sequence stays gap-free, the voided form listed with its reason) and 年度结账
(the year's figures, a second click, every month locked, payments dated in it refused in the dialog);
both disabled read-only or without a branch; months a 流动党员 paid at the host organisation
(“流入地交纳…”: the grid, the payment list, the reversal, a member not flowing refused).

Chinese goes into fields with setText (keyClicks with Chinese aborts, TECH-NOTES); modal dialogs
are driven from a timer started before the click that opens them (tests/uihelpers.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from djdesk.core import dues, members, orgs
from djdesk.core.errors import ValidationError
from djdesk.core.store import Store
from djdesk.ui.dues_dialogs import (DuesCloseDialog, DuesPaymentDialog, DuesProfileDialog, DuesRemittanceDialog,
                                    DuesReverseDialog, DuesVoidDialog)
from djdesk.ui import dues_dialogs
from djdesk.ui.dues_page import FIRST_MONTH_COLUMN, TABS, DuesPage
from djdesk.ui.pdf_preview import PdfPreviewDialog
from djdesk.ui.qt import QColor, QDialogButtonBox, Qt
from uihelpers import click_ok, drive_modal

TODAY = dt.date(2026, 3, 15)


def add(store, branch, name, join="2010-07-01"):
    values = dict(org_uuid=branch, name=name, gender="男", category="正式", join_date=join, ethnicity="汉族",
                  birth_date="1970-05-01")
    return members.add_member(store, values, entry_date="2024-01-01", today=TODAY)


@pytest.fixture
def ledger(store):
    """李家村党支部: 张建国 (在职 4,200 → 42.00, paid through January 2026), 李四 (农民 1.00, paid
    June–July 2025, then nothing: seven months unpaid by March 2026), 王大爷 (离退休, 免交)."""
    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    zhang = add(store, branch, "张建国")
    dues.set_profile(store, zhang, "2025-01", "在职", base_fen=420_000)
    li = add(store, branch, "李四")
    dues.set_profile(store, li, "2025-06", "农民", fixed_fen=100)
    wang = add(store, branch, "王大爷", join="1992-07-01")
    dues.set_profile(store, wang, "2025-01", "离退休", base_fen=200_000, relief="免交",
                     approval_ref="红星乡党委〔2025〕3号", approval_date="2024-12-20")
    dues.record_payment(store, li, ["2025-06", "2025-07"], "2025-07-15", collector="李会计", today=TODAY)
    dues.record_payment(store, zhang, [f"2025-{m:02d}" for m in range(1, 13)] + ["2026-01"], "2026-01-15",
                        collector="李会计", today=TODAY)
    village = next(n.uuid for n in orgs.tree(store) if n.kind == "village")
    return {"branch": branch, "zhang": zhang, "li": li, "wang": wang, "village": village,
            "township": orgs.tree(store)[0].uuid}


@pytest.fixture
def page(qtbot, store, ledger):
    p = DuesPage(store, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    p.set_org(ledger["branch"], "李家村党支部")
    return p


def grid_row(page, name):
    table = page.grid
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(name))
    return [table.item(row, c).text() for c in range(table.columnCount())]


def cell(page, name, month):
    table = page.grid
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(name))
    return table.item(row, FIRST_MONTH_COLUMN + month - 1)


def test_the_grid_shows_each_members_months_and_totals(page):
    assert page.tabs.currentIndex() == TABS["grid"] and not page.tabs.isTabVisible(TABS["township"])
    months = [f"{m}月" for m in range(1, 13)]
    headers = [page.grid.horizontalHeaderItem(c).text() for c in range(page.grid.columnCount())]
    assert headers == ["姓名", "标准（元/月）", "党费交至", *months, "应交", "已交", "减免", "欠交"]
    # 李四 first: the flagged member; 0.20–1.00 farmer at 1.00, nothing paid in 2026
    assert grid_row(page, "李四") == ["李四 ⚠", "农民 1.00", "2025年7月", "1.00", "1.00", "1.00", *[""] * 9,
                                      "12.00", "0.00", "0.00", "2.00"]
    assert grid_row(page, "王大爷") == ["王大爷", "离退休 10.00 免交", "2026年3月", *["免交"] * 12,
                                        "120.00", "0.00", "120.00", "0.00"]
    assert grid_row(page, "张建国") == ["张建国", "在职 42.00", "2026年1月", "42.00", "42.00", "42.00", *[""] * 9,
                                        "504.00", "42.00", "0.00", "42.00"]
    assert grid_row(page, "合计") == ["合计（已交）", "", "", "42.00", *["0.00"] * 11, "636.00", "42.00", "120.00", "44.00"]
    # colours: paid green, arrears red, this month orange, exempt blue
    colours = {m: cell(page, "张建国", m).background().color() for m in (1, 2, 3)}
    assert colours == {1: QColor("#c8e6c9"), 2: QColor("#ffcdd2"), 3: QColor("#ffe0b2")}
    assert cell(page, "王大爷", 6).background().color() == QColor("#e1f5fe")
    assert cell(page, "张建国", 2).toolTip() == "2026年2月：欠交，应交 42.00 元，未交 42.00 元"
    # relief and its approval visible; balance and lock always shown
    assert page.grid.item(1, 1).toolTip() == "经乡镇党委批准免交"
    assert page.balance_label.text() == "2026年收缴 546.00 元，上缴 0.00 元　支部结存（未上缴）548.00 元"
    assert page.lock_label.text() == "尚无锁定的期间"
    assert "已交（实交金额）" in page.legend.text() and "欠交（未交金额）" in page.legend.text()


def test_a_payment_through_the_dialog_fills_the_amount_from_the_rules(qtbot, page, ledger, monkeypatch, store):
    page.grid.setCurrentItem(cell(page, "张建国", 2))
    asked = []
    monkeypatch.setattr(page, "confirm", lambda text: asked.append(text) or False)
    seen = {}

    def handle(dialog):
        ui = dialog.ui
        seen["member"] = ui.memberCombo.currentText()
        seen["explanation"] = ui.explanationLabel.text()
        seen["dues"] = ui.duesValue.text()
        seen["receipt"] = ui.receiptValue.text()
        seen["paid_to"] = ui.paidUpToValue.text()
        # tick March too (this month): two months at 42.00, plus 8.00 voluntary
        march = next(ui.monthsList.item(i) for i in range(ui.monthsList.count())
                     if ui.monthsList.item(i).data(Qt.ItemDataRole.UserRole) == "2026-03")
        march.setCheckState(Qt.CheckState.Checked)
        seen["two"] = ui.duesValue.text()
        ui.extraEdit.setText("8")
        ui.extraEdit.textEdited.emit("8")
        seen["total"] = ui.totalValue.text()
        ui.methodCombo.setCurrentText("转账")
        click_ok(qtbot, dialog)

    dialog = drive_modal(lambda: qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton), handle,
                         want=DuesPaymentDialog)
    assert seen == {
        "member": "张建国", "explanation": "月收入 4,200 元，适用 1%，每月 42.00 元",
        "dues": "42.00 元（1 个月：2026年2月）", "receipt": "2026-0002（保存时确定）", "paid_to": "2026年1月",
        "two": "84.00 元（2 个月：2026年2月至2026年3月）", "total": "92.00 元　大写：玖拾贰元整"}
    assert dialog.payment.receipt_no == "2026-0002"
    assert asked == ["已收 92.00 元，收据号 2026-0002。\n\n现在打印收据吗？"]
    row = next(p for p in dues.payments(store, branch_uuid=ledger["branch"]) if p["receipt_no"] == "2026-0002")
    assert (row["amount_fen"], row["extra_fen"], row["method"], row["collector"], row["months"]) == (
        9200, 800, "转账", "李会计", ["2026-02", "2026-03"])
    # the grid now shows both months paid, and 党费交至 moved on
    assert grid_row(page, "张建国")[2:6] == ["2026年3月", "42.00", "42.00", "42.00"]
    assert cell(page, "张建国", 3).background().color() == QColor("#c8e6c9")
    assert page.balance_label.text() == "2026年收缴 638.00 元，上缴 0.00 元　支部结存（未上缴）640.00 元"


def test_a_payment_of_several_months_back_explains_each_rule(qtbot, store, ledger):
    dues.set_profile(store, ledger["zhang"], "2026-03", "在职", base_fen=520_000)
    dialog = DuesPaymentDialog(store, ledger["branch"], member_uuid=ledger["zhang"], today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.arrearsButton, Qt.MouseButton.LeftButton)
    assert dialog.months() == ["2026-02", "2026-03"]
    assert dialog.ui.explanationLabel.text() == ("2026年2月：月收入 4,200 元，适用 1%，每月 42.00 元\n"
                                                  "2026年3月：月收入 5,200 元，适用 1.5%，每月 78.00 元")
    assert dialog.ui.totalValue.text() == "120.00 元　大写：壹佰贰拾元整"
    # a date in the future is refused by core, shown, and nothing is saved
    dialog.ui.dateEdit.setText("2026-03-16")
    click_ok(qtbot, dialog)
    assert dialog.ui.errorLabel.text() == "交纳日期不能晚于今天" and dialog.payment is None
    assert len(dues.payments(store, branch_uuid=ledger["branch"])) == 2


def test_reversal_from_the_payment_list(qtbot, page, ledger, store):
    page.tabs.setCurrentIndex(TABS["payments"])
    table = page.payments_table
    assert [page.payment_model.index(r, 1).data() for r in range(page.payment_model.rowCount())] == ["2026-0001"]
    assert page.payment_model.index(0, 3).data() == "2025年1月至2026年1月"
    table.selectRow(0)
    assert page.list_reverse_button.isEnabled()

    def handle(dialog):
        assert dialog.ui.summaryLabel.text() == "收据 2026-0001　张建国　2025年1月至2026年1月　546.00 元（2026-01-15 交纳）"
        click_ok(qtbot, dialog)                      # no reason: refused, nothing written
        assert dialog.isVisible() and dialog.ui.errorLabel.text() == "请填写冲销原因"
        dialog.ui.reasonEdit.setText("月份记错")
        click_ok(qtbot, dialog)

    drive_modal(lambda: qtbot.mouseClick(page.list_reverse_button, Qt.MouseButton.LeftButton), handle,
                want=DuesReverseDialog)
    model = page.payment_model
    assert [(model.index(r, 1).data(), model.index(r, 4).data(), model.index(r, 8).data())
            for r in range(model.rowCount())] == [("2026-0001", "546.00", "已冲销"),
                                                   ("", "-546.00", "冲销收据 2026-0001（月份记错）")]
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#c62828")
    # the months are owed again; the original stays in the ledger
    assert grid_row(page, "张建国")[2:6] == ["（无）", "42.00", "42.00", "42.00"]
    assert cell(page, "张建国", 1).background().color() == QColor("#ffcdd2")
    assert page.balance_label.text() == "2026年收缴 0.00 元，上缴 0.00 元　支部结存（未上缴）2.00 元"


def test_reversal_from_a_grid_cell_picks_the_payment_of_that_month(qtbot, page, store):
    page.grid.setCurrentItem(cell(page, "张建国", 1))
    assert page.reverse_button.isEnabled()

    def handle(dialog):
        assert dialog.ui.summaryLabel.text().startswith("收据 2026-0001　张建国")
        dialog.ui.reasonEdit.setText("重复登记")
        click_ok(qtbot, dialog)

    drive_modal(lambda: qtbot.mouseClick(page.reverse_button, Qt.MouseButton.LeftButton), handle,
                want=DuesReverseDialog)
    assert cell(page, "张建国", 1).text() == "42.00"
    assert cell(page, "张建国", 1).background().color() == QColor("#ffcdd2")


def test_six_months_unpaid_is_flagged_in_red_with_the_months(page):
    name = page.grid.item(0, 0)
    assert name.text() == "李四 ⚠" and name.foreground().color() == QColor("#c62828")
    assert name.toolTip().startswith("李四：欠交2025年8月至2026年2月党费共 7.00 元；连续7个月（2025年8月至2026年2月）")
    assert "红色姓名：连续六个月以上未交纳党费" in page.hint_label.text()
    page.tabs.setCurrentIndex(TABS["arrears"])
    table = page.arrears_table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows == [["李四", "2025年8月至2026年2月", "7", "7.00", "2025年7月", "连续7个月：2025年8月至2026年2月"],
                    ["张建国", "2026年2月", "1", "42.00", "2026年1月", ""]]
    assert table.item(0, 5).foreground().color() == QColor("#c62828")
    assert table.item(1, 0).foreground().color() != QColor("#c62828")
    assert page.arrears_label.text().startswith("截至 2026年3月：2 名党员欠交党费，共 49.00 元；其中 1 名连续六个月以上未交纳")


def test_township_view_per_village_for_a_quarter(qtbot, page, ledger, store):
    dues.record_remittance(store, ledger["branch"], "2026-01", "2026-01", 54600, "2026-02-03", "回执0012",
                           today=TODAY)
    page.set_org(ledger["township"], "红星乡党委")
    assert page.tabs.isTabVisible(TABS["township"]) and page.tabs.currentIndex() == TABS["township"]
    assert page.balance_label.text().startswith("李家村党支部　2026年收缴 546.00 元")   # whose balance it is
    page.period_combo.setCurrentIndex(1)               # 第一季度
    table = page.township_table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    # due: 张建国 3 × 42 + 李四 3 × 1 + 王大爷 3 × 10 (exempt); paid for Q1: January 42.00
    assert rows == [["李家村", "1", "3", "159.00", "30.00", "42.00", "87.00", "546.00", "546.00", "0.00"],
                    ["合计", "1", "3", "159.00", "30.00", "42.00", "87.00", "546.00", "546.00", "0.00"]]
    assert page.township_label.text().startswith("红星乡党委 2026年第一季度：1 个村（社区）")
    page.period_combo.setCurrentIndex(5 + 2)           # 3月
    assert [table.item(0, c).text() for c in range(3, 10)] == ["53.00", "10.00", "0.00", "43.00", "0.00", "0.00",
                                                               "0.00"]
    # the whole year counts up to this month only: later months are not owed yet
    page.period_combo.setCurrentIndex(0)
    assert page.township_label.text().startswith("红星乡党委 2026年（统计至2026年3月）：")
    assert [table.item(0, c).text() for c in range(3, 7)] == ["159.00", "30.00", "42.00", "87.00"]
    # a double click opens the village's branch ledger
    page._township_open(0, 0)
    assert page.tabs.currentIndex() == TABS["grid"] and page.branch_uuid() == ledger["branch"]
    assert page.lock_label.text() == "已锁定：2026年1月及以前（已上缴，2026-02-03）"


def test_profile_dialog_needs_the_approval_for_an_exemption(qtbot, page, ledger, store):
    newcomer = add(store, ledger["branch"], "赵新")
    page.refresh()
    assert "1 名党员还没有党费标准，不在表中：赵新" in page.hint_label.text()
    dialog = DuesProfileDialog(store, ledger["branch"], member_uuid=newcomer, today=TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.memberCombo.currentText() == "赵新（未定标准）" and ui.effectiveEdit.text() == "2026-01"
    ui.categoryCombo.setCurrentText("在职")
    ui.baseEdit.setText("3000.01")
    ui.baseEdit.textEdited.emit("3000.01")
    assert ui.calcValue.text() == "月收入 3,000.01 元，适用 1%，每月 30.00 元（中组发〔2008〕3号第二条）"
    ui.reliefCombo.setCurrentIndex(2)                  # 免交, without the approval
    click_ok(qtbot, dialog)
    assert dialog.saved_uuid is None and "须经上级党委（乡镇党委）批准（第七条）" in ui.errorLabel.text()
    assert ui.approvalRefEdit.styleSheet() == "border: 1px solid #c62828;"
    ui.approvalRefEdit.setText("红星乡党委〔2026〕1号")
    ui.approvalDateEdit.setText("2026.1.5")
    click_ok(qtbot, dialog)
    assert dialog.saved_uuid is not None
    [profile] = dues.profiles(store, newcomer)
    assert (profile["effective_month"], profile["category"], profile["base_fen"], profile["relief"],
            profile["approval_date"]) == ("2026-01", "在职", 300_001, "免交", "2026-01-05")
    page.refresh()
    assert grid_row(page, "赵新")[:4] == ["赵新", "在职 30.00 免交", "2026年3月", "免交"]


def test_remittance_locks_the_period_and_is_listed(qtbot, page, ledger, store):
    page.tabs.setCurrentIndex(TABS["remittances"])

    def handle(dialog):
        ui = dialog.ui
        assert (ui.fromEdit.text(), ui.toEdit.text()) == ("2026-01", "2026-02")
        assert ui.expectedValue.text() == "2026年1月至2026年2月收缴未上缴 546.00 元"
        assert ui.amountEdit.text() == "546.00"
        click_ok(qtbot, dialog)                        # the voucher is required
        assert dialog.isVisible() and "请填写上缴凭证号" in ui.errorLabel.text()
        ui.voucherEdit.setText("红星乡党委回执 0012")
        ui.dateEdit.setText("2026-03-05")
        click_ok(qtbot, dialog)

    drive_modal(lambda: qtbot.mouseClick(page.remit_button, Qt.MouseButton.LeftButton), handle,
                want=DuesRemittanceDialog)
    table = page.remittance_table
    assert [table.item(0, c).text() for c in range(4)] == ["2026-03-05", "2026年1月至2026年2月", "546.00",
                                                           "红星乡党委回执 0012"]
    assert page.lock_label.text() == "已锁定：2026年2月及以前（已上缴，2026-03-05）"
    assert page.balance_label.text() == "2026年收缴 546.00 元，上缴 546.00 元　支部结存（未上缴）2.00 元"


def test_receipt_is_printed_through_the_preview(qtbot, page, monkeypatch):
    page.tabs.setCurrentIndex(TABS["payments"])
    page.payments_table.selectRow(0)
    shown = {}

    def handle(dialog):
        shown["title"] = dialog.windowTitle()
        shown["path"] = dialog.pdf_path
        shown["pages"] = dialog.document.pageCount()

    drive_modal(lambda: qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton), handle,
                want=PdfPreviewDialog)
    assert shown["title"] == "党费收据 — 2026-0001" and shown["pages"] == 1
    text = PdfReader(shown["path"]).pages[0].extract_text()
    assert "2026-0001" in text and "伍佰肆拾陆元整" in text and "张建国" in text


def test_dialog_buttons_say_what_they_do(qtbot, store, ledger):
    dialog = DuesPaymentDialog(store, ledger["branch"], member_uuid=ledger["li"], today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "收款并保存"
    # the months offered: seven in arrears (from August 2025), this month, then a year ahead
    items = [dialog.ui.monthsList.item(i).text() for i in range(dialog.ui.monthsList.count())]
    assert items[:2] == ["2025年8月　欠交　1.00 元", "2025年9月　欠交　1.00 元"]
    assert items[7:9] == ["2026年3月　本月应交　1.00 元", "2026年4月　预交　1.00 元"]
    assert len(items) == 8 + 12
    assert dialog.months() == ["2025-08"]


def test_double_click_in_the_arrears_list_collects_the_back_payment(qtbot, page, monkeypatch):
    page.tabs.setCurrentIndex(TABS["arrears"])
    monkeypatch.setattr(page, "confirm", lambda text: False)
    seen = {}

    def handle(dialog):
        seen["months"] = dialog.months()
        seen["total"] = dialog.ui.totalValue.text()
        click_ok(qtbot, dialog)

    qtbot.waitUntil(lambda: page.arrears_table.isVisible())
    qtbot.wait(50)                                     # the tab's layout settles
    rect = page.arrears_table.visualItemRect(page.arrears_table.item(0, 1))
    assert rect.isValid()
    viewport = page.arrears_table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())   # a double click follows a press
    drive_modal(lambda: qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center()), handle,
                want=DuesPaymentDialog)
    assert seen == {"months": ["2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"],
                    "total": "7.00 元　大写：柒元整"}
    table = page.arrears_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["张建国"]
    assert grid_row(page, "李四")[:5] == ["李四", "农民 1.00", "2026年2月", "1.00", "1.00"]


# ----- 作废收据 and 年度结账 ------------------------------------------------------------------------

def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def payment_rows(page):
    model = page.payment_model
    return [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 4).data(), model.index(r, 8).data())
            for r in range(model.rowCount())]


def test_a_voided_form_uses_up_its_number_and_is_listed_with_its_reason(qtbot, page, ledger, store, monkeypatch):
    page.tabs.setCurrentIndex(TABS["payments"])
    assert page.void_button.isEnabled()
    seen = {}

    def handle(dialog):
        ui = dialog.ui
        seen["branch"], seen["receipt"] = ui.branchValue.text(), ui.receiptValue.text()
        click_ok(qtbot, dialog)                                   # no reason: refused, nothing written
        seen["no reason"] = (dialog.isVisible(), ui.errorLabel.text(), ui.reasonEdit.styleSheet())
        ui.reasonEdit.setText("金额写错，已撕毁")
        ui.dateEdit.setText("2026-03-16")                         # tomorrow: refused
        click_ok(qtbot, dialog)
        seen["tomorrow"] = (dialog.isVisible(), ui.errorLabel.text(), ui.dateEdit.styleSheet())
        ui.dateEdit.setText("2026.3.10")
        ui.dateEdit.textEdited.emit("2026.3.10")
        click_ok(qtbot, dialog)

    dialog = drive_modal(lambda: click(qtbot, page.void_button), handle, want=DuesVoidDialog)
    assert seen == {"branch": "李家村党支部", "receipt": "2026-0002（保存时确定）",
                    "no reason": (True, "请填写作废原因", "border: 1px solid #c62828;"),
                    "tomorrow": (True, "作废日期不能晚于今天", "border: 1px solid #c62828;")}
    assert dialog.voided == "2026-0002"
    # the page shows it where the inspector reads receipts: the payment list, with its reason
    assert page.tabs.currentIndex() == TABS["payments"]
    assert payment_rows(page) == [("2026-01-15", "2026-0001", "546.00", ""),
                                  ("2026-03-10", "2026-0002", "", "作废：金额写错，已撕毁")]
    assert page.payment_model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#9e9e9e")
    assert page.payments_label.text() == "2026年 1 张收据，冲销 0 笔，作废收据 1 张"
    assert dues.receipt_gaps(store, ledger["branch"], 2026) == []
    # the next payment gets the next number; the sequence stays without a gap
    monkeypatch.setattr(page, "confirm", lambda text: False)
    paid = drive_modal(lambda: click(qtbot, page.pay_button), lambda d: click_ok(qtbot, d), want=DuesPaymentDialog)
    assert paid.payment.receipt_no == "2026-0003"
    assert [r[1] for r in payment_rows(page)] == ["2026-0001", "2026-0002", "2026-0003"]
    assert dues.receipt_gaps(store, ledger["branch"], 2026) == []


def test_closing_a_year_shows_its_figures_and_needs_a_second_click(qtbot, page, ledger, store):
    # the year on the page (2026) is still running: core refuses, the dialog says so, nothing is locked
    def refused(dialog):
        click_ok(qtbot, dialog)
        click_ok(qtbot, dialog)
        seen["refused"] = (dialog.isVisible(), dialog.ui.errorLabel.text(), dialog.ok_button.isEnabled())

    seen = {}
    drive_modal(lambda: click(qtbot, page.close_year_button), refused, want=DuesCloseDialog)
    assert seen["refused"] == (True, "2026年还没有结束，不能结账", False)
    assert dues.lock_of(store, ledger["branch"], "2026-01") is None

    page.year_spin.setValue(2025)

    def close(dialog):
        ui = dialog.ui
        seen["figures"] = [w.text() for w in (ui.branchValue, ui.yearValue, ui.collectedValue, ui.remittedValue,
                                              ui.balanceValue, ui.receiptsValue, ui.arrearsValue, ui.dateValue)]
        seen["notes"] = ui.warningLabel.text()
        click_ok(qtbot, dialog)                                   # the first click only asks
        seen["asked"] = (dialog.isVisible(), ui.errorLabel.text(), dialog.ok_button.text())
        seen["lock after one click"] = dues.lock_of(store, ledger["branch"], "2025-12")
        click_ok(qtbot, dialog)

    dialog = drive_modal(lambda: click(qtbot, page.close_year_button), close, want=DuesCloseDialog)
    assert seen["figures"] == ["李家村党支部", "2025年（2025年1月至12月）", "2.00 元", "0.00 元",
                               "2.00 元（支部历年结存 548.00 元）", "1 个收据号，其中作废 0 个",
                               "1 名，共 5.00 元：李四 5.00 元", "2026-03-15"]
    assert seen["notes"] == "本年还有 2.00 元收缴未上缴：结账后仍可记录上缴。\n欠交的党员结账后仍可补交，补交记在交款当天的期间。"
    assert seen["asked"] == (True, "再点一次“确认结账”即结账：2025年的全部月份锁定，不能撤销。", "确认结账")
    assert seen["lock after one click"] is None
    assert dialog.closed
    # every month of 2025 locked by the year close, none of 2026; the page says so
    assert {dues.lock_of(store, ledger["branch"], f"2025-{m:02d}")["reason"] for m in range(1, 13)} == {"年度结账"}
    assert dues.lock_of(store, ledger["branch"], "2026-01") is None
    assert page.lock_label.text() == "2025年已结账（2026-03-15），本年各月已锁定"
    # closing it again is refused before any click
    again = {}
    drive_modal(lambda: click(qtbot, page.close_year_button),
                lambda d: again.update(error=d.ui.errorLabel.text(), ok=d.ok_button.isEnabled()), want=DuesCloseDialog)
    assert again == {"error": "2025年已于 2026-03-15 年度结账，不能重复结账。", "ok": False}
    assert dues.year_closed(store, ledger["branch"], 2025)["locked_on"] == "2026-03-15"
    assert dues.year_closed(store, ledger["branch"], 2026) is None


def test_after_closing_payments_and_reversals_dated_in_the_closed_year_are_refused_in_the_dialog(
        qtbot, page, ledger, store, monkeypatch):
    dues.close_year(store, ledger["branch"], 2025, on="2026-01-05")
    page.year_spin.setValue(2025)
    assert page.lock_label.text() == "2025年已结账（2026-01-05），本年各月已锁定"
    before = len(dues.payments(store, branch_uuid=ledger["branch"]))
    message = "2025年12月的党费已年度结账（2026-01-05），该期间已锁定，不能再记账；更正请记在当前期间"
    seen = {}

    def pay_in_december(dialog):
        dialog.ui.dateEdit.setText("2025-12-20")
        click_ok(qtbot, dialog)
        seen["pay"] = (dialog.isVisible(), dialog.ui.errorLabel.text(), dialog.payment)

    drive_modal(lambda: click(qtbot, page.pay_button), pay_in_december, want=DuesPaymentDialog)
    assert seen["pay"] == (True, message, None)

    # a reversal dated in the closed year is refused; dated today it is booked now, naming the period
    page.tabs.setCurrentIndex(TABS["payments"])
    page.payments_table.selectRow(0)
    assert page.payment_model.rows[0]["receipt_no"] == "2025-0001"

    def reverse(dialog):
        dialog.ui.reasonEdit.setText("月份记错")
        dialog.ui.dateEdit.setText("2025-12-31")
        click_ok(qtbot, dialog)
        seen["reverse"] = (dialog.isVisible(), dialog.ui.errorLabel.text())
        dialog.ui.dateEdit.setText(TODAY.isoformat())
        click_ok(qtbot, dialog)

    drive_modal(lambda: click(qtbot, page.list_reverse_button), reverse, want=DuesReverseDialog)
    assert seen["reverse"] == (True, message)
    [reversal] = [p for p in dues.payments(store, branch_uuid=ledger["branch"]) if p["kind"] == "reversal"]
    assert (reversal["period"], reversal["corrects_period"], reversal["amount_fen"]) == ("2026-03", "2025-07", -200)
    assert len(dues.payments(store, branch_uuid=ledger["branch"])) == before + 1

    # a form voided with a date in the closed year is refused too
    def void_in_december(dialog):
        dialog.ui.dateEdit.setText("2025-12-20")
        dialog.ui.reasonEdit.setText("撕毁")
        click_ok(qtbot, dialog)
        seen["void"] = (dialog.isVisible(), dialog.ui.errorLabel.text(), dialog.voided)

    drive_modal(lambda: click(qtbot, page.void_button), void_in_december, want=DuesVoidDialog)
    assert seen["void"] == (True, message, None)
    assert dues.receipt_gaps(store, ledger["branch"], 2025) == []
    with pytest.raises(ValidationError):
        dues.void_receipt(store, ledger["branch"], "2026-03-16", "撕毁", today=TODAY)


def test_both_buttons_are_disabled_read_only_or_without_a_branch(qtbot, store, ledger):
    page = DuesPage(store, today=TODAY)
    qtbot.addWidget(page)
    empty = orgs.add_org(store, ledger["township"], {"kind": "village", "name": "王庄村"})
    page.set_org(empty, "王庄村")                                 # no branch below it: nothing to write to
    assert page.branch_uuid() is None and page.lock_label.text() == "“王庄村”下没有党支部。"
    assert not page.void_button.isEnabled() and not page.close_year_button.isEnabled()
    page.set_org(ledger["branch"], "李家村党支部")
    assert page.void_button.isEnabled() and page.close_year_button.isEnabled()
    store.close()
    reader = Store.open(store.path, read_only=True)
    try:
        page = DuesPage(reader, today=TODAY)
        qtbot.addWidget(page)
        page.set_org(ledger["branch"], "李家村党支部")
        assert page.branch_uuid() == ledger["branch"] and page.grid.rowCount() == 4
        for button in (page.void_button, page.close_year_button, page.pay_button, page.remit_button,
                       page.profile_button, page.import_button):
            assert not button.isEnabled(), button.text()
        assert page.register_button.isEnabled()                  # printing still works
        page.close_year()                                         # a direct call does nothing either
        page.void_receipt()
    finally:
        reader.close()


def test_months_paid_at_the_host_organisation_through_the_dialog(qtbot, page, ledger, store):
    """李四 works in Shenzhen since August 2025 and pays there (Art. 9): recorded through
    “流入地交纳…”, his months are settled (flag gone, 党费交至 moves) but nothing is collected."""
    members.update_member(store, ledger["li"], {"is_flowing": 1, "flowing_to": "深圳市宝安区流动党员党支部",
                                                "flowing_since": "2025-08-10"}, today=TODAY)
    balance = page.balance_label.text()
    page.grid.setCurrentCell(0, FIRST_MONTH_COLUMN + 1)           # 李四, February
    assert page.elsewhere_button.isEnabled()
    seen = {}

    def handle(dialog):
        ui = dialog.ui
        seen["member"], seen["host"] = ui.memberCombo.currentText(), ui.hostEdit.text()
        seen["flowing"] = ui.flowingValue.text()
        seen["checked"] = dialog.months()                         # the cell's month
        click_ok(qtbot, dialog)                                   # no proof: refused, nothing written
        seen["no proof"] = (dialog.isVisible(), ui.errorLabel.text(), ui.proofEdit.styleSheet())
        click(qtbot, ui.sinceButton)                              # August 2025 … March 2026
        seen["since"] = ui.monthsValue.text()
        item = next(ui.monthsList.item(i) for i in range(ui.monthsList.count())
                    if ui.monthsList.item(i).data(dues_dialogs.MONTH_ROLE) == "2026-03")
        seen["last"] = item.text()
        item.setCheckState(Qt.CheckState.Unchecked)               # March: not paid there yet
        ui.proofEdit.setText("宝安党费收据 BA-0031")
        ui.dateEdit.setText("2026.3.2")
        click_ok(qtbot, dialog)

    dialog = drive_modal(lambda: click(qtbot, page.elsewhere_button), handle, want=dues_dialogs.DuesElsewhereDialog)
    assert seen == {"member": "李四", "host": "深圳市宝安区流动党员党支部",
                    "flowing": "流动党员，流向 深圳市宝安区流动党员党支部，外出时间 2025-08-10",
                    "checked": ["2026-02"],
                    "no proof": (True, "请填写凭证（流入地党组织开具的党费收据号或证明）", "border: 1px solid #c62828;"),
                    "since": "2025年8月至2026年3月（8 个月）", "last": "2026年3月　本月应交　1.00 元"}
    assert dialog.recorded.months == tuple(dues.months_between("2025-08", "2026-02"))
    # the grid: January and February 流入地 in their own colour, the flag gone, 党费交至 February
    assert grid_row(page, "李四") == ["李四", "农民 1.00", "2026年2月", "流入地", "流入地", "1.00", *[""] * 9,
                                      "10.00", "0.00", "0.00", "0.00"]
    assert cell(page, "李四", 1).background().color() == QColor(dues.STATUS_COLORS["elsewhere"])
    assert cell(page, "李四", 2).toolTip() == "2026年2月：在流入地交纳"
    assert "流动党员在流入地交纳" in page.legend.text()
    assert page.balance_label.text() == balance                  # no money came in
    # the payment list: the entry with the host and the proof, no receipt number, no amount
    page.tabs.setCurrentIndex(TABS["payments"])
    assert payment_rows(page)[-1] == ("2026-03-02", "", "", "在深圳市宝安区流动党员党支部交纳（凭证 宝安党费收据 BA-0031）")
    assert page.payments_label.text() == "2026年 1 张收据，冲销 0 笔，作废收据 0 张，流入地交纳 1 笔（不收款）"
    assert dues.receipt_gaps(store, ledger["branch"], 2026) == []
    # reversed from the list like a payment: the months are open again
    page.payments_table.selectRow(payment_rows(page).index(payment_rows(page)[-1]))
    assert page.list_reverse_button.isEnabled() and not page.receipt_button.isEnabled()

    def reverse(dialog):
        seen["summary"] = dialog.ui.summaryLabel.text()
        dialog.ui.reasonEdit.setText("证明所列月份有误")
        click_ok(qtbot, dialog)

    drive_modal(lambda: click(qtbot, page.list_reverse_button), reverse, want=DuesReverseDialog)
    assert seen["summary"] == ("李四　2025年8月至2026年2月　在深圳市宝安区流动党员党支部交纳（凭证 宝安党费收据 BA-0031，"
                               "2026-03-02）")
    assert grid_row(page, "李四")[:5] == ["李四 ⚠", "农民 1.00", "2025年7月", "1.00", "1.00"]


def test_a_member_not_flowing_is_refused_in_the_dialog(qtbot, page, ledger, store):
    page.grid.setCurrentCell(page.grid.rowCount() - 2, FIRST_MONTH_COLUMN + 1)   # 张建国, February
    seen = {}

    def handle(dialog):
        dialog.ui.proofEdit.setText("证明")
        dialog.ui.hostEdit.setText("广州市某党支部")
        seen["flowing"] = dialog.ui.flowingValue.text()
        click_ok(qtbot, dialog)
        seen["error"] = (dialog.isVisible(), dialog.ui.errorLabel.text()[:15], dialog.ui.memberCombo.styleSheet())

    drive_modal(lambda: click(qtbot, page.elsewhere_button), handle, want=dues_dialogs.DuesElsewhereDialog)
    assert seen == {"flowing": "花名册中不是流动党员（只有流动党员可以在流入地交纳）",
                    "error": (True, "张建国在花名册中不是流动党员：", "border: 1px solid #c62828;")}
    assert [p["kind"] for p in dues.payments(store, member_uuid=ledger["zhang"])] == ["payment"]
