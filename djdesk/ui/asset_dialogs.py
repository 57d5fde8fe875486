"""The asset dialogs of the 活动场所 section: register or correct an asset (forms/asset_dialog.ui),
one movement of an asset — 调拨, 维修, 状况变更, 报废/处置 (forms/asset_event_dialog.ui) — and the
label-sheet options (forms/asset_labels_dialog.ui).

Every save is one core call (``djdesk.core.sites``); core's ``ValidationError`` problems are shown
beside their fields and nothing is written. Place, quantity and condition of a registered asset
change only through movements, so the asset dialog locks those fields when editing.
"""

from __future__ import annotations

import datetime as dt

from djdesk.core import sites
from djdesk.core.money import parse_yuan, yuan
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.reports.label_layouts import DEFAULT_LAYOUT, LAYOUTS
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, normalise_date_text, select_value, show_error, tidy_date_edit
from djdesk.ui.forms.ui_asset_dialog import Ui_AssetDialog
from djdesk.ui.forms.ui_asset_event_dialog import Ui_AssetEventDialog
from djdesk.ui.forms.ui_asset_labels_dialog import Ui_AssetLabelsDialog
from djdesk.ui.qt import QCoreApplication, QDialog, QDialogButtonBox

translate = QCoreApplication.translate


def show_problems(ui, keys, problems: dict[str, str]) -> None:
    """Each problem beside its field (``<key>Error`` labels of the generated form); problems with
    no field of their own in ``generalError``."""
    for key in keys:
        show_error(getattr(ui, f"{key}Error"), problems.get(key))
    rest = [message for key, message in problems.items() if key not in keys]
    show_error(ui.generalError, "\n".join(rest))


def name_buttons(dialog: QDialog, ok_text: str) -> None:
    ui = dialog.ui
    ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("AssetDialog", "取消"))
    ui.buttonBox.accepted.connect(dialog.save)
    ui.buttonBox.rejected.connect(dialog.reject)


def report_user_error(exc: UserError, parent) -> None:
    """A read-only database, a stale record …: core's message as it is."""
    from djdesk.ui.errors import show_user_error

    show_user_error(exc.message, parent)


def yuan_text(fen: int) -> str:
    """Fen → the yuan a clerk types back (no thousands separator)."""
    return yuan(fen).replace(",", "")


ASSET_KEYS = ("category", "name", "spec", "unit", "quantity", "unit_value_fen", "acquired_on", "source",
              "funding_doc", "room_uuid", "custodian", "condition")


class AssetDialog(QDialog):
    """``uuid=None`` registers a new asset at ``site_uuid``; ``saved_uuid`` is set on save."""

    def __init__(self, store: Store, site_uuid: str, uuid: str | None = None, parent=None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_AssetDialog()
        self.ui.setupUi(self)
        self.store, self.site_uuid, self.uuid = store, site_uuid, uuid
        self.saved_uuid: str | None = None
        ui = self.ui
        site = sites.get_site(store, site_uuid)
        name_buttons(self, self.tr("保存"))
        fill_combo(ui.categoryCombo, sites.categories(store, site["org_uuid"]))
        fill_combo(ui.unitCombo, sites.UNITS)
        fill_combo(ui.sourceCombo, sites.SOURCES)
        fill_combo(ui.conditionCombo, [sites.GOOD, sites.NEEDS_REPAIR])
        fill_combo(ui.roomCombo, [(r["name"], r["uuid"]) for r in sites.rooms(store, site_uuid)],
                   self.tr("（未指定）"))
        tidy_date_edit(ui.acquiredEdit)
        if uuid is None:
            self.setWindowTitle(self.tr("登记资产 — {0}").format(site["name"]))
            ui.assetNoLabel.setText(self.tr("{0} {1}　新资产编号：{2}（保存时分配，不会重复）").format(
                site["village_name"], site["name"], sites.next_asset_no(store, site["org_uuid"])))
            ui.acquiredEdit.setText((today or dt.date.today()).isoformat())
            ui.hintLabel.setText(self.tr("图书可以登记为一行，数量填册数。"))
        else:
            asset = sites.get_asset(store, uuid)
            self.setWindowTitle(self.tr("修改资产 — {0}").format(asset["asset_no"]))
            ui.assetNoLabel.setText(self.tr("资产编号：{0}　{1} / {2}").format(
                asset["asset_no"], asset["site_name"], asset["room_name"] or self.tr("未指定位置")))
            select_value(ui.categoryCombo, asset["category"])
            ui.nameEdit.setText(asset["name"])
            ui.specEdit.setText(asset["spec"] or "")
            select_value(ui.unitCombo, asset["unit"])
            ui.quantitySpin.setValue(asset["quantity"])
            ui.unitValueEdit.setText(yuan_text(asset["unit_value_fen"]))
            ui.acquiredEdit.setText(asset["acquired_on"] or "")
            select_value(ui.sourceCombo, asset["source"])
            ui.fundingDocEdit.setText(asset["funding_doc"] or "")
            select_value(ui.roomCombo, asset["room_uuid"] or "")
            ui.custodianEdit.setText(asset["custodian"] or "")
            select_value(ui.conditionCombo, asset["condition"])
            ui.noteEdit.setText(asset["note"] or "")
            for widget in (ui.quantitySpin, ui.roomCombo, ui.conditionCombo):
                widget.setEnabled(False)
            ui.hintLabel.setText(self.tr("数量、存放位置和状况通过“调拨”“维修”“报废/处置”和盘点办理，"
                                         "资产的变动记录因此完整。这里的修改会记为一条“更正”。"))
        ui.quantitySpin.valueChanged.connect(lambda _v: self._show_value())
        ui.unitValueEdit.textChanged.connect(lambda _t: self._show_value())
        show_problems(ui, ASSET_KEYS, {})
        self._show_value()
        ui.nameEdit.setFocus()

    def _show_value(self) -> None:
        text = self.ui.unitValueEdit.text().strip()
        try:
            fen = parse_yuan(text) if text else 0
        except UserError:
            self.ui.valueLabel.setText(self.tr("单价请填写金额，如 850 或 850.50"))
            return
        quantity = self.ui.quantitySpin.value()
        self.ui.valueLabel.setText(self.tr("金额：{0} × {1} 元 = {2} 元").format(
            quantity, yuan(fen), yuan(quantity * fen)))

    def values(self) -> dict:
        ui = self.ui
        return {"category": ui.categoryCombo.currentText(), "name": ui.nameEdit.text(), "spec": ui.specEdit.text(),
                "unit": ui.unitCombo.currentText(), "quantity": ui.quantitySpin.value(),
                "unit_value_fen": ui.unitValueEdit.text().strip() or 0,
                "acquired_on": normalise_date_text(ui.acquiredEdit.text()) or None,
                "source": combo_value(ui.sourceCombo), "funding_doc": ui.fundingDocEdit.text(),
                "room_uuid": combo_value(ui.roomCombo) or None, "custodian": ui.custodianEdit.text(),
                "condition": combo_value(ui.conditionCombo), "note": ui.noteEdit.text()}

    def save(self) -> None:
        values = self.values()
        try:
            if self.uuid is None:
                self.saved_uuid = sites.add_asset(self.store, self.site_uuid, values)
            else:
                sites.update_asset(self.store, self.uuid, {k: values[k] for k in sites.ASSET_EDITABLE})
                self.saved_uuid = self.uuid
        except ValidationError as exc:
            show_problems(self.ui, ASSET_KEYS, exc.problems)
            return
        except UserError as exc:
            report_user_error(exc, self)
            return
        self.accept()


# ----- movements --------------------------------------------------------------------------------

MOVE, REPAIR, CONDITION, DISPOSE = "move", "repair", "condition", "dispose"
EVENT_KEYS = ("kind", "date", "to_site_uuid", "to_room_uuid", "condition", "cost_fen", "quantity", "approval_ref",
              "person", "note")
# Which rows of the form each action uses.
ACTION_ROWS = {
    MOVE: ("date", "to_site_uuid", "to_room_uuid", "approval_ref", "person", "note"),
    REPAIR: ("date", "cost_fen", "condition", "person", "note"),
    CONDITION: ("date", "condition", "person", "note"),
    DISPOSE: ("kind", "date", "quantity", "approval_ref", "person", "note"),
}


class AssetEventDialog(QDialog):
    """One movement of a live asset; ``action`` is MOVE, REPAIR, CONDITION or DISPOSE."""

    def __init__(self, store: Store, asset_uuid: str, action: str, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_AssetEventDialog()
        self.ui.setupUi(self)
        self.store, self.uuid, self.action = store, asset_uuid, action
        ui = self.ui
        self.asset = asset = sites.get_asset(store, asset_uuid)
        titles = {MOVE: self.tr("调拨资产"), REPAIR: self.tr("登记维修"), CONDITION: self.tr("状况变更"),
                  DISPOSE: self.tr("报废 / 处置资产")}
        self.setWindowTitle(titles[action])
        name_buttons(self, titles[action])
        ui.assetLabel.setText(self.tr("{0}　{1}　{2} {3}，现存放于 {4}，状况：{5}").format(
            asset["asset_no"], asset["name"], asset["quantity"], asset["unit"] or "",
            " / ".join(x for x in (asset["site_name"], asset["room_name"]) if x), asset["condition"]))
        ui.dateEdit.setText((today or dt.date.today()).isoformat())
        tidy_date_edit(ui.dateEdit)
        for key in EVENT_KEYS:
            ui.fields.setRowVisible(getattr(ui, f"{key}Box"), key in ACTION_ROWS[action])
        if action == MOVE:
            village_sites = [s for s in sites.sites_of(store, asset["org_uuid"])]
            fill_combo(ui.siteCombo, [(s["name"], s["uuid"]) for s in village_sites])
            select_value(ui.siteCombo, asset["site_uuid"])
            ui.siteCombo.currentIndexChanged.connect(lambda _i: self._fill_rooms())
            self._fill_rooms()
        elif action == REPAIR:
            fill_combo(ui.conditionCombo, [sites.GOOD, sites.NEEDS_REPAIR])
            ui.conditionLabel.setText(self.tr("修后状况"))
        elif action == CONDITION:
            other = sites.NEEDS_REPAIR if asset["condition"] == sites.GOOD else sites.GOOD
            fill_combo(ui.conditionCombo, [sites.GOOD, sites.NEEDS_REPAIR])
            select_value(ui.conditionCombo, other)
            ui.conditionLabel.setText(self.tr("新状况"))
        elif action == DISPOSE:
            fill_combo(ui.kindCombo, [(self.tr("报废（损坏、无法使用）"), sites.EV_SCRAP),
                                      (self.tr("处置（出售、捐赠、调出本村等）"), sites.EV_DISPOSE)])
            ui.quantitySpin.setMaximum(max(asset["quantity"], 1))
            ui.quantitySpin.setValue(asset["quantity"])
            ui.quantitySpin.setSuffix(" " + (asset["unit"] or ""))
            ui.approval_refLabel.setText(self.tr("审批文号（必填）"))
        show_problems(ui, EVENT_KEYS, {})
        self.adjustSize()

    def _fill_rooms(self) -> None:
        site = combo_value(self.ui.siteCombo)
        rooms = sites.rooms(self.store, site) if site else []
        fill_combo(self.ui.roomCombo, [(r["name"], r["uuid"]) for r in rooms], self.tr("（不指定功能室）"))
        if site == self.asset["site_uuid"]:
            other = next((r["uuid"] for r in rooms if r["uuid"] != self.asset["room_uuid"]), "")
            select_value(self.ui.roomCombo, other)

    def save(self) -> None:
        ui, store, uuid = self.ui, self.store, self.uuid
        day = normalise_date_text(ui.dateEdit.text()) or None
        common = {"on": day, "person": ui.personEdit.text(), "note": ui.noteEdit.text()}
        try:
            if self.action == MOVE:
                sites.move_asset(store, uuid, to_site_uuid=combo_value(ui.siteCombo),
                                 to_room_uuid=combo_value(ui.roomCombo) or None,
                                 approval_ref=ui.approvalEdit.text(), **common)
            elif self.action == REPAIR:
                sites.repair_asset(store, uuid, cost_fen=ui.costEdit.text().strip() or 0,
                                   condition=combo_value(ui.conditionCombo), **common)
            elif self.action == CONDITION:
                sites.set_condition(store, uuid, combo_value(ui.conditionCombo), **common)
            else:
                sites.dispose_asset(store, uuid, kind=combo_value(ui.kindCombo), approval_ref=ui.approvalEdit.text(),
                                    quantity=ui.quantitySpin.value(), **common)
        except ValidationError as exc:
            show_problems(ui, EVENT_KEYS, exc.problems)
            return
        except UserError as exc:
            show_problems(ui, EVENT_KEYS, {"": exc.message})
            return
        self.accept()


# ----- label sheets -----------------------------------------------------------------------------

class AssetLabelsDialog(QDialog):
    """Which label paper, where on the first sheet to start, how many copies, which assets:
    ``choices`` are (label, key) pairs the page offers (the list shown, the selected asset …)."""

    def __init__(self, choices: list[tuple[str, str, int]], parent=None):
        super().__init__(parent)
        self.ui = Ui_AssetLabelsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.counts = {key: count for _label, key, count in choices}
        name_buttons(self, self.tr("生成标签"))
        fill_combo(ui.layoutCombo, [(f"{l.name}　{l.description}", l.name) for l in LAYOUTS.values()])
        select_value(ui.layoutCombo, DEFAULT_LAYOUT)
        fill_combo(ui.scopeCombo, [(label, key) for label, key, _count in choices])
        for signal in (ui.layoutCombo.currentIndexChanged, ui.scopeCombo.currentIndexChanged,
                       ui.startSpin.valueChanged, ui.copiesSpin.valueChanged):
            signal.connect(lambda _v: self._update())
        show_problems(ui, ("layout", "start", "copies", "scope"), {})
        self._update()

    def _update(self) -> None:
        ui = self.ui
        layout = LAYOUTS[combo_value(ui.layoutCombo)]
        ui.startSpin.setMaximum(layout.per_sheet)
        labels = self.counts.get(combo_value(ui.scopeCombo), 0) * ui.copiesSpin.value()
        pages = -(-(ui.startSpin.value() - 1 + labels) // layout.per_sheet) if labels else 0
        ui.sheetLabel.setText(self.tr("每页 {0} 张（{1} 列 × {2} 行，从左上角起逐行数）；共 {3} 张标签，需 {4} 页。"
                                      "用过一部分的标签纸，请从第一张空白标签的位置开始。").format(
            layout.per_sheet, layout.cols, layout.rows, labels, pages))

    def options(self) -> dict:
        ui = self.ui
        return {"layout": combo_value(ui.layoutCombo), "start": ui.startSpin.value(), "copies": ui.copiesSpin.value(),
                "outline": ui.outlineCheck.isChecked(), "scope": combo_value(ui.scopeCombo)}

    def save(self) -> None:
        self.accept()
