"""Edit a village's activity site with its rooms and funding lines (forms/site_dialog.ui), and add
one dated entry to a remote-education register (forms/site_log_dialog.ui).

The site dialog saves the site, its rooms and its funding in one transaction (core calls nested in
``store.transaction()`` become savepoints): a bad room value leaves everything as it was.
"""

from __future__ import annotations

import datetime as dt

from djdesk.core import sites
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store
from djdesk.ui.asset_dialogs import name_buttons, report_user_error, show_problems, yuan_text
from djdesk.ui.fields import fill_combo, normalise_date_text, select_value, tidy_date_edit
from djdesk.ui.forms.ui_site_dialog import Ui_SiteDialog
from djdesk.ui.forms.ui_site_log_dialog import Ui_SiteLogDialog
from djdesk.ui.qt import QAbstractItemView, QComboBox, QDialog, QHeaderView, Qt, QTableWidget, QTableWidgetItem

SITE_KEYS = ("name", "address", "building_area", "land_area", "year_built", "year_renovated", "ownership",
             "opening_hours", "responsible", "phone")
SITE_EDITS = {"name": "nameEdit", "address": "addressEdit", "building_area": "buildingAreaEdit",
              "land_area": "landAreaEdit", "year_built": "yearBuiltEdit", "year_renovated": "yearRenovatedEdit",
              "opening_hours": "openingHoursEdit", "responsible": "responsibleEdit", "phone": "phoneEdit",
              "note": "noteEdit"}
ROOM_COLUMNS = ("kind", "name", "area", "purpose")
FUNDING_COLUMNS = ("source", "amount_fen", "year", "document")
UUID = Qt.ItemDataRole.UserRole


def _number(value) -> str:
    return "" if value in (None, "", 0, 0.0) else f"{value:g}" if isinstance(value, float) else str(value)


def _combo_cell(table: QTableWidget, row: int, items, value: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    fill_combo(combo, items)
    select_value(combo, value)
    table.setCellWidget(row, 0, combo)
    return combo


def _remove_current(table: QTableWidget, uuid_column: int, removed: list[str]) -> None:
    """Drop the current row; a stored line's uuid goes to ``removed`` (tombstoned on save)."""
    row = table.currentRow()
    if row < 0:
        return
    uuid = table.item(row, uuid_column).data(UUID)
    if uuid:
        removed.append(uuid)
    table.removeRow(row)


class SiteDialog(QDialog):
    """``uuid=None`` creates the site of the village ``org_uuid`` lies in; ``saved_uuid`` on save."""

    def __init__(self, store: Store, org_uuid: str, uuid: str | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_SiteDialog()
        self.ui.setupUi(self)
        self.store, self.org_uuid, self.uuid = store, org_uuid, uuid
        self.saved_uuid: str | None = None
        self.removed_rooms: list[str] = []
        self.removed_funding: list[str] = []
        ui = self.ui
        village = sites.village_of(store, org_uuid)
        self.room_kinds = sites.room_kinds(store, village["uuid"])
        name_buttons(self, self.tr("保存"))
        fill_combo(ui.ownershipCombo, sites.OWNERSHIPS)
        for table, headers in ((ui.roomsTable, (self.tr("类型"), self.tr("名称"), self.tr("面积（㎡）"), self.tr("用途"))),
                               (ui.fundingTable, (self.tr("资金来源"), self.tr("金额（元）"), self.tr("年度"),
                                                  self.tr("文件或凭证")))):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().setVisible(False)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
            table.setColumnWidth(0, 150)
            table.setColumnWidth(1, 150)
        if uuid is None:
            self.setWindowTitle(self.tr("新建活动场所 — {0}").format(village["name"]))
            ui.nameEdit.setText(self.tr("{0}党群服务中心").format(village["name"]))
            select_value(ui.ownershipCombo, sites.OWNERSHIPS[0])
        else:
            site = sites.get_site(store, uuid)
            self.setWindowTitle(self.tr("活动场所 — {0}").format(site["name"]))
            for key, edit in SITE_EDITS.items():
                getattr(ui, edit).setText(_number(site[key]) if key in ("building_area", "land_area", "year_built",
                                                                         "year_renovated") else site[key] or "")
            select_value(ui.ownershipCombo, site["ownership"])
            for room in sites.rooms(store, uuid):
                self.add_room(room)
            for line in sites.funding(store, uuid):
                self.add_funding(line)
        ui.addRoomButton.clicked.connect(lambda: self.add_room())
        ui.removeRoomButton.clicked.connect(self.remove_room)
        ui.addFundingButton.clicked.connect(lambda: self.add_funding())
        ui.removeFundingButton.clicked.connect(self.remove_funding)
        show_problems(ui, SITE_KEYS, {})

    # ----- rooms and funding -----------------------------------------------------------------

    def add_room(self, room: dict | None = None) -> None:
        table = self.ui.roomsTable
        row = table.rowCount()
        table.insertRow(row)
        room = room or {"kind": "", "name": "", "area": None, "purpose": "", "uuid": None}
        _combo_cell(table, row, self.room_kinds, room["kind"])
        for column, key in enumerate(ROOM_COLUMNS[1:], start=1):
            item = QTableWidgetItem(_number(room[key]) if key == "area" else room[key] or "")
            table.setItem(row, column, item)
        table.item(row, 1).setData(UUID, room["uuid"])

    def remove_room(self) -> None:
        _remove_current(self.ui.roomsTable, 1, self.removed_rooms)

    def add_funding(self, line: dict | None = None) -> None:
        """Stored funding lines are shown read-only (core adds and removes them, never edits)."""
        table = self.ui.fundingTable
        row = table.rowCount()
        table.insertRow(row)
        line = line or {"source": "", "amount_fen": None, "year": None, "document": "", "uuid": None}
        values = (line["source"], yuan_text(line["amount_fen"]) if line["amount_fen"] is not None else "",
                  _number(line["year"]), line["document"] or "")
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if line["uuid"]:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
        table.item(row, 0).setData(UUID, line["uuid"])
        if not line["uuid"]:
            _combo_cell(table, row, sites.FUNDING_SOURCES, "")

    def remove_funding(self) -> None:
        _remove_current(self.ui.fundingTable, 0, self.removed_funding)

    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        widget = table.cellWidget(row, column)
        if isinstance(widget, QComboBox):
            return widget.currentText()
        item = table.item(row, column)
        return item.text() if item is not None else ""

    def values(self) -> dict:
        ui = self.ui
        values = {key: getattr(ui, edit).text() for key, edit in SITE_EDITS.items()}
        values["ownership"] = ui.ownershipCombo.currentText()
        return values

    # ----- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        ui, store = self.ui, self.store
        rooms, funding = ui.roomsTable, ui.fundingTable
        try:
            with store.transaction():
                uuid = sites.save_site(store, self.values(), self.uuid, org_uuid=self.org_uuid)
                for room in self.removed_rooms:
                    sites.remove_room(store, room)
                for line in self.removed_funding:
                    sites.remove_funding(store, line)
                for row in range(rooms.rowCount()):
                    values = {key: self._cell(rooms, row, c) for c, key in enumerate(ROOM_COLUMNS)}
                    values["sort_order"] = row + 1
                    try:
                        sites.save_room(store, uuid, values, rooms.item(row, 1).data(UUID))
                    except ValidationError as exc:
                        raise ValidationError({f"room{row}": self.tr("功能室第 {0} 行：{1}").format(
                            row + 1, "；".join(exc.problems.values()))}) from None
                for row in range(funding.rowCount()):
                    if funding.item(row, 0).data(UUID):
                        continue
                    values = {key: self._cell(funding, row, c) for c, key in enumerate(FUNDING_COLUMNS)}
                    try:
                        sites.add_funding(store, uuid, values)
                    except ValidationError as exc:
                        raise ValidationError({f"funding{row}": self.tr("资金来源第 {0} 行：{1}").format(
                            row + 1, "；".join(exc.problems.values()))}) from None
        except ValidationError as exc:
            show_problems(ui, SITE_KEYS, exc.problems)
            return
        except UserError as exc:
            show_problems(ui, SITE_KEYS, {"": exc.message})
            return
        self.saved_uuid = uuid
        self.accept()


LOG_KEYS = ("register", "entry_date", "content", "person", "participants", "minutes", "note")


class SiteLogDialog(QDialog):
    """A new dated entry of one of the site's registers (三簿一册)."""

    def __init__(self, store: Store, site_uuid: str, registers: list[str], register: str, parent=None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_SiteLogDialog()
        self.ui.setupUi(self)
        self.store, self.site_uuid = store, site_uuid
        ui = self.ui
        name_buttons(self, self.tr("保存"))
        fill_combo(ui.registerCombo, registers)
        select_value(ui.registerCombo, register)
        ui.dateEdit.setText((today or dt.date.today()).isoformat())
        tidy_date_edit(ui.dateEdit)
        show_problems(ui, LOG_KEYS, {})
        ui.contentEdit.setFocus()

    def save(self) -> None:
        ui = self.ui
        values = {"entry_date": normalise_date_text(ui.dateEdit.text()), "content": ui.contentEdit.toPlainText(),
                  "person": ui.personEdit.text(), "participants": ui.participantsSpin.value(),
                  "minutes": ui.minutesSpin.value(), "note": ui.noteEdit.text()}
        try:
            sites.add_log_entry(self.store, self.site_uuid, ui.registerCombo.currentText(), values)
        except ValidationError as exc:
            show_problems(ui, LOG_KEYS, exc.problems)
            return
        except UserError as exc:
            report_user_error(exc, self)
            return
        self.accept()
