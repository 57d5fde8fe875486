"""The 活动场所 section: a village's activity site (key figures, rooms, photos), its asset register
with filters, totals and each asset's history, stocktakes, and the remote-education registers; for
a township, one line per village.

Same interface as the other section pages: ``SitesPage(store)``, ``set_org(org_uuid, org_name)``
when the tree selection changes (a village → its sites; a branch → its village's; a township →
the overview), ``changed`` after a save. Everything shown comes from ``djdesk.core.sites``; the
PDFs render on a worker thread with their own Store (``tasks.run_in_worker``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from djdesk.core import sites
from djdesk.core.money import yuan
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, select_value
from djdesk.ui.qt import (QAbstractItemView, QBrush, QCheckBox, QColor, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                          QLineEdit, QMessageBox, QPushButton, QSplitter, QStackedWidget, Qt, QTableWidget,
                          QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget, Signal)
from djdesk.ui.record_table import RecordTable, RowListModel
from djdesk.ui.sites_photos import PhotoStrip
from djdesk.ui.sites_registers import RegistersPanel
from djdesk.ui.sites_tables import filling
from djdesk.ui.stocktake_panel import StocktakePanel

ASSET_COLUMNS = ("asset_no", "category", "name", "spec", "quantity", "unit", "unit_value_fen", "value_fen", "source",
                 "room_name", "custodian", "condition", "acquired_on")
MONEY = ("unit_value_fen", "value_fen")
CONDITION_COLORS = {sites.NEEDS_REPAIR: "#b26a00", sites.SCRAPPED: "#9e9e9e"}
HISTORY_COLUMNS = ("event_date", "kind", "summary", "person", "approval_ref")
PAGE_EMPTY, PAGE_SITE, PAGE_OVERVIEW = 0, 1, 2


class AssetModel(RowListModel):
    """Rows of ``sites.list_assets`` (a village has a few hundred lines at most: a plain list).
    Lines that left the books (报废/处置) stay listed, in grey."""

    def __init__(self, parent=None):
        super().__init__(ASSET_COLUMNS, parent)
        self.headers = (self.tr("资产编号"), self.tr("类别"), self.tr("名称"), self.tr("规格型号"), self.tr("数量"),
                        self.tr("单位"), self.tr("单价（元）"), self.tr("金额（元）"), self.tr("来源"), self.tr("存放位置"),
                        self.tr("保管人"), self.tr("状况"), self.tr("取得日期"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, key = self.rows[index.row()], ASSET_COLUMNS[index.column()]
        gone = row["disposed_on"] is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if key in MONEY:
                return yuan(row[key])
            if key == "condition" and gone:
                event = self.tr("报废") if row["condition"] == sites.SCRAPPED else self.tr("已处置")
                return f"{event}（{row['disposed_on']}）"
            value = row[key]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            if gone:
                return QBrush(QColor("#9e9e9e"))
            if key == "condition" and row["condition"] in CONDITION_COLORS:
                return QBrush(QColor(CONDITION_COLORS[row["condition"]]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in MONEY or key == "quantity":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key in ("asset_no", "unit", "condition", "acquired_on", "category", "source"):
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("name", "spec", "room_name"):
            return row["note"] or row[key] or None
        return None


def _table(object_name: str, headers, stretch: int) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(object_name)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setProperty("stretch", stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple], right: tuple[int, ...] = ()) -> None:
    """Rows of plain values; the columns in ``right`` (figures) aligned right."""
    with filling(table, table.property("stretch")):
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setToolTip(item.text())
                if c in right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)


def _area(value) -> str:
    return f"{value:g}" if value else "—"


class SitesPage(QWidget):
    changed = Signal()

    def __init__(self, store: Store, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("sitesPage")
        self.store = store
        self._today = today
        self.org_uuid: str | None = None
        self.org_name = ""
        self.village: dict | None = None

        # --- header: which site, edit it, print
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("siteCombo")
        self.site_combo.setMinimumWidth(260)
        self.new_site_button = QPushButton(self.tr("新建场所"))
        self.new_site_button.setObjectName("newSiteButton")
        self.edit_site_button = QPushButton(self.tr("修改场所信息"))
        self.edit_site_button.setObjectName("editSiteButton")
        self.register_button = QPushButton(self.tr("打印资产登记表"))
        self.register_button.setObjectName("printRegisterButton")
        self.labels_button = QPushButton(self.tr("打印资产标签"))
        self.labels_button.setObjectName("printLabelsButton")
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("活动场所")))
        header.addWidget(self.site_combo)
        header.addWidget(self.new_site_button)
        header.addWidget(self.edit_site_button)
        header.addStretch(1)
        header.addWidget(self.register_button)
        header.addWidget(self.labels_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("siteTabs")
        self.tabs.addTab(self._build_overview_tab(), self.tr("场所概况"))
        self.tabs.addTab(self._build_assets_tab(), self.tr("资产台账"))
        self.stocktake = StocktakePanel(store, today=today)
        self.tabs.addTab(self.stocktake, self.tr("盘点"))
        self.registers = RegistersPanel(store, today=today)
        self.tabs.addTab(self.registers, self.tr("远程教育登记簿"))
        site_view = QWidget()
        box = QVBoxLayout(site_view)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(header)
        box.addWidget(self.tabs, 1)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("sitesEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(self.tr("登记本村的活动场所"))
        self.create_button.setObjectName("createSiteButton")
        empty = QWidget()
        box = QVBoxLayout(empty)
        box.addStretch(1)
        box.addWidget(self.empty_label)
        box.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(2)

        self.overview_label = QLabel()
        self.overview = _table("villageOverview", (
            self.tr("村（社区）"), self.tr("场所"), self.tr("建筑面积（㎡）"), self.tr("功能室"), self.tr("在账资产（项）"),
            self.tr("数量"), self.tr("资产金额（元）"), self.tr("待修"), self.tr("已报废/处置"), self.tr("建设资金（元）"),
            self.tr("最近盘点")), 0)
        overview = QWidget()
        box = QVBoxLayout(overview)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.overview_label)
        box.addWidget(self.overview, 1)

        self.stack = QStackedWidget()
        for widget in (empty, site_view, overview):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)

        self.site_combo.currentIndexChanged.connect(lambda _i: self._site_changed())
        self.new_site_button.clicked.connect(self.new_site)
        self.create_button.clicked.connect(self.new_site)
        self.edit_site_button.clicked.connect(self.edit_site)
        self.register_button.clicked.connect(self.print_register)
        self.labels_button.clicked.connect(self.print_labels)
        self.stocktake.print_button.clicked.connect(self.print_stocktake)
        self.stocktake.changed.connect(self._assets_changed)
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        # a database opened read-only (another djdesk writes it): look and print, never write
        for button in (self.new_site_button, self.create_button, self.edit_site_button, self.add_asset_button):
            button.setEnabled(not store.read_only)

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # ----- building the tabs ------------------------------------------------------------------

    def _build_overview_tab(self) -> QWidget:
        self.figures = QLabel()
        self.figures.setObjectName("siteFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rooms_table = _table("roomsTable", (self.tr("类型"), self.tr("名称"), self.tr("面积（㎡）"), self.tr("用途"),
                                                 self.tr("在账资产（项）")), 3)
        self.photos = PhotoStrip(self.store, self.tr("场所照片"))
        self.photos.setObjectName("sitePhotos")
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("功能室和区域")))
        right.addWidget(self.rooms_table, 1)
        right.addWidget(self.photos)
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self.figures, 2)
        row.addLayout(right, 3)
        return tab

    def _build_assets_tab(self) -> QWidget:
        self.room_filter = QComboBox()
        self.category_filter = QComboBox()
        self.condition_filter = QComboBox()
        self.source_filter = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("assetSearch")
        self.search_edit.setPlaceholderText(self.tr("编号、名称、规格、保管人"))
        self.search_edit.setClearButtonEnabled(True)
        self.disposed_check = QCheckBox(self.tr("显示已报废、处置的"))
        self.disposed_check.setObjectName("showDisposed")
        self.disposed_check.setChecked(True)
        fill_combo(self.condition_filter, sites.CONDITIONS, self.tr("全部状况"))
        fill_combo(self.source_filter, sites.SOURCES, self.tr("全部来源"))
        filters = QHBoxLayout()
        for label, widget in ((self.tr("位置"), self.room_filter), (self.tr("类别"), self.category_filter),
                              (self.tr("状况"), self.condition_filter), (self.tr("来源"), self.source_filter),
                              (self.tr("查找"), self.search_edit)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.disposed_check)
        filters.addStretch(1)

        self.add_asset_button = QPushButton(self.tr("登记资产"))
        self.add_asset_button.setObjectName("addAssetButton")
        self.edit_asset_button = QPushButton(self.tr("修改"))
        self.move_button = QPushButton(self.tr("调拨"))
        self.repair_button = QPushButton(self.tr("维修"))
        self.condition_button = QPushButton(self.tr("状况变更"))
        self.dispose_button = QPushButton(self.tr("报废/处置"))
        self.dispose_button.setObjectName("disposeButton")
        self.import_button = QPushButton(self.tr("从 Excel 导入资产…"))
        self.import_button.setObjectName("importAssetsButton")
        self.import_button.setToolTip(self.tr("把本村已有的资产清单（.xlsx）登记到所选的活动场所：先检查全表、列出每一处问题，"
                                              "确认后才写入"))
        actions = QHBoxLayout()
        for button in (self.add_asset_button, self.edit_asset_button, self.move_button, self.repair_button,
                       self.condition_button, self.dispose_button, self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.import_button.clicked.connect(self.import_assets)
        self.add_asset_button.clicked.connect(self.add_asset)
        self.edit_asset_button.clicked.connect(self.edit_asset)
        self.move_button.clicked.connect(lambda: self.asset_event("move"))
        self.repair_button.clicked.connect(lambda: self.asset_event("repair"))
        self.condition_button.clicked.connect(lambda: self.asset_event("condition"))
        self.dispose_button.clicked.connect(lambda: self.asset_event("dispose"))

        self.model = AssetModel(self)
        self.table = RecordTable(self.model, "assetsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_asset())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._asset_selected())
        self.totals_label = QLabel()
        self.totals_label.setObjectName("assetTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)

        self.history_label = QLabel(self.tr("变动记录"))
        self.history = _table("assetHistory", (self.tr("日期"), self.tr("事项"), self.tr("内容"), self.tr("经办人"),
                                               self.tr("审批文号")), 2)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.asset_photos = PhotoStrip(self.store, self.tr("资产照片"), height=110)
        self.asset_photos.setObjectName("assetPhotos")
        lower = QWidget()
        row = QHBoxLayout(lower)
        row.setContentsMargins(0, 0, 0, 0)
        box = QVBoxLayout()
        box.addWidget(self.history_label)
        box.addWidget(self.history)
        row.addLayout(box, 3)
        row.addWidget(self.asset_photos, 1)
        upper = QWidget()
        box = QVBoxLayout(upper)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addWidget(self.totals_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        for combo in (self.room_filter, self.category_filter, self.condition_filter, self.source_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_assets())
        self.search_edit.textChanged.connect(lambda _t: self.refresh_assets())
        self.disposed_check.toggled.connect(lambda _c: self.refresh_assets())
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(0, 6, 0, 0)
        box.addLayout(filters)
        box.addLayout(actions)
        box.addWidget(split, 1)
        return tab

    # ----- the section interface --------------------------------------------------------------

    def set_org(self, org_uuid: str | None, org_name: str) -> None:
        self.org_uuid, self.org_name = org_uuid, org_name
        try:
            self.village = sites.village_of(self.store, org_uuid) if org_uuid else None
        except UserError:
            self.village = None
        if self.village is None:
            self.show_overview()
            return
        self.refresh_sites()

    def refresh_sites(self, select: str | None = None) -> None:
        village = self.village
        rows = sites.sites_of(self.store, village["uuid"])
        keep = select or combo_value(self.site_combo)
        self.site_combo.blockSignals(True)
        fill_combo(self.site_combo, [(s["name"], s["uuid"]) for s in rows])
        if keep and any(s["uuid"] == keep for s in rows):
            select_value(self.site_combo, keep)
        self.site_combo.blockSignals(False)
        if not rows:
            self.empty_label.setText(self.tr("{0}还没有登记村级组织活动场所。").format(village["name"]))
            self.create_button.setVisible(True)
            self.stack.setCurrentIndex(PAGE_EMPTY)
            self._update_import_button()
            return
        self.stack.setCurrentIndex(PAGE_SITE)
        self._site_changed()

    def site_uuid(self) -> str | None:
        return combo_value(self.site_combo) or None if self.stack.currentIndex() == PAGE_SITE else None

    def _site_changed(self) -> None:
        site = self.site_uuid()
        if site is None:
            return
        rooms = sites.rooms(self.store, site)
        for combo, items, placeholder in (
                (self.room_filter, [(r["name"], r["uuid"]) for r in rooms], self.tr("全部位置")),
                (self.category_filter, sites.categories(self.store, self.village["uuid"]), self.tr("全部类别"))):
            keep = combo_value(combo)
            combo.blockSignals(True)
            fill_combo(combo, items, placeholder)
            if keep and combo.findData(keep) >= 0:
                select_value(combo, keep)
            combo.blockSignals(False)
        self.refresh_site(rooms)
        self.refresh_assets()
        self.stocktake.set_site(site)
        self.registers.set_site(site)

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.stocktake and self.stocktake.is_open():
            self.stocktake.scan_edit.setFocus()

    # ----- overview of a township -------------------------------------------------------------

    def show_overview(self) -> None:
        summaries = sites.township_summary(self.store, self.org_uuid) if self.org_uuid else []
        if not summaries:
            self.empty_label.setText(self.tr("活动场所属于村（社区）：请在左侧组织树中选择一个村、社区或乡镇。"))
            self.create_button.setVisible(False)
            self.stack.setCurrentIndex(PAGE_EMPTY)
            self._update_import_button()
            return
        rows = [(s.village_name, s.sites, _area(s.building_area), s.rooms, s.asset_lines, s.asset_items,
                 yuan(s.asset_value_fen), s.needs_repair or "", s.disposed_lines or "",
                 yuan(s.funding_fen) if s.funding_fen else "", s.last_stocktake or self.tr("未盘点"))
                for s in summaries]
        _fill(self.overview, rows, right=tuple(range(1, 10)))
        without = sum(1 for s in summaries if not s.sites)
        self.overview_label.setText(self.tr("{0}：{1} 个村（社区），{2} 个未登记活动场所；在账资产合计 {3} 元，待修 {4} 项。"
                                            "在左侧选择一个村查看它的活动场所。").format(
            self.org_name, len(summaries), without, yuan(sum(s.asset_value_fen for s in summaries)),
            sum(s.needs_repair for s in summaries)))
        self.stack.setCurrentIndex(PAGE_OVERVIEW)
        self._update_import_button()

    # ----- the site ---------------------------------------------------------------------------

    def refresh_site(self, rooms: list[dict] | None = None) -> None:
        uuid = self.site_uuid()
        site = sites.get_site(self.store, uuid)
        rooms = rooms if rooms is not None else sites.rooms(self.store, uuid)
        totals = sites.asset_totals(sites.list_assets(self.store, sites.AssetFilter(site_uuid=uuid)))
        money = sites.funding(self.store, uuid)
        repair = totals.by_condition.get(sites.NEEDS_REPAIR, (0, 0, 0))[0]
        years = " / ".join(x for x in (site["year_built"] and self.tr("{0}年建成").format(site["year_built"]),
                                       site["year_renovated"] and self.tr("{0}年改扩建").format(site["year_renovated"]))
                           if x) or "—"
        funding = "<br>".join(f"{f['source']} {yuan(f['amount_fen'])} 元"
                              + (f"（{f['year']}年{'，' + f['document'] if f['document'] else ''}）" if f["year"] else "")
                              for f in money) or "—"
        lines = [
            (self.tr("所属"), site["village_name"]),
            (self.tr("地址"), site["address"] or "—"),
            (self.tr("建筑面积"), self.tr("{0} 平方米").format(_area(site["building_area"]))),
            (self.tr("占地面积"), self.tr("{0} 平方米").format(_area(site["land_area"]))),
            (self.tr("建成/改扩建"), years),
            (self.tr("产权"), site["ownership"] or "—"),
            (self.tr("建设资金"), (self.tr("合计 {0} 元").format(yuan(sum(f["amount_fen"] for f in money)))
                                  + "<br>" + funding) if money else "—"),
            (self.tr("开放时间"), site["opening_hours"] or "—"),
            (self.tr("负责人"), " ".join(x for x in (site["responsible"], site["phone"]) if x) or "—"),
            (self.tr("功能室"), self.tr("{0} 个").format(len(rooms))),
            (self.tr("在账资产"), self.tr("{0} 项 {1} 件，{2} 元").format(totals.lines, totals.items,
                                                                   yuan(totals.value_fen))),
            (self.tr("待修"), (f"<span style='color:#b26a00'><b>{self.tr('{0} 项').format(repair)}</b></span>"
                               if repair else self.tr("无"))),
        ]
        body = "".join(f"<tr><td style='color:#5d6d7e; padding:3px 12px 3px 0'>{k}</td>"
                       f"<td style='padding:3px 0'>{v}</td></tr>" for k, v in lines)
        self.figures.setText(f"<h3 style='margin:0 0 6px 0'>{site['name']}</h3><table>{body}</table>")
        _fill(self.rooms_table, [(r["kind"], r["name"], _area(r["area"]), r["purpose"], r["assets"]) for r in rooms],
              right=(2, 4))
        self.photos.set_owner(self.site_uuid())

    def new_site(self) -> None:
        from djdesk.ui.sites_dialogs import SiteDialog

        if self.village is None or self.store.read_only:
            return
        dialog = SiteDialog(self.store, self.village["uuid"], parent=self)
        if dialog.exec() and dialog.saved_uuid:
            self.refresh_sites(select=dialog.saved_uuid)
            self.changed.emit()

    def edit_site(self) -> None:
        from djdesk.ui.sites_dialogs import SiteDialog

        uuid = self.site_uuid()
        if uuid is None or self.store.read_only:
            return
        dialog = SiteDialog(self.store, self.village["uuid"], uuid, parent=self)
        if dialog.exec():
            self.refresh_sites(select=uuid)
            self.changed.emit()

    # ----- assets -----------------------------------------------------------------------------

    def asset_filter(self) -> sites.AssetFilter:
        return sites.AssetFilter(site_uuid=self.site_uuid(), room_uuid=combo_value(self.room_filter) or None,
                                 category=combo_value(self.category_filter) or None,
                                 condition=combo_value(self.condition_filter) or None,
                                 source=combo_value(self.source_filter) or None, search=self.search_edit.text(),
                                 include_disposed=self.disposed_check.isChecked())

    def refresh_assets(self, select: str | None = None) -> None:
        self._update_import_button()
        if self.site_uuid() is None:
            return
        keep = select or self.table.selected_uuid()
        rows = sites.list_assets(self.store, self.asset_filter())
        self.model.set_rows(rows)
        live = [r for r in rows if r["disposed_on"] is None]
        t = sites.asset_totals(live)

        def parts(bucket):
            return "　".join(f"{k} {n} 项 {yuan(v)} 元" for k, (n, _items, v) in bucket.items())

        text = self.tr("<b>在账 {0} 项 {1} 件，合计 {2} 元</b>").format(t.lines, t.items, yuan(t.value_fen))
        if len(live) < len(rows):
            text += self.tr("　（另有已报废、处置 {0} 项，不计入合计）").format(len(rows) - len(live))
        if t.lines:
            text += self.tr("<br>按类别：{0}<br>按来源：{1}").format(parts(t.by_category), parts(t.by_source))
        self.totals_label.setText(text)
        if keep:
            self.table.select_uuid(keep)
        self._asset_selected()

    def selected_asset(self) -> str | None:
        return self.table.selected_uuid()

    def _asset_selected(self) -> None:
        uuid = self.selected_asset()
        row = self.model.rows[self.model.row_of(uuid)] if uuid else None
        live = row is not None and row["disposed_on"] is None
        self.edit_asset_button.setEnabled(row is not None and not self.store.read_only)
        for button in (self.move_button, self.repair_button, self.condition_button, self.dispose_button):
            button.setEnabled(live and not self.store.read_only)
        self.asset_photos.set_owner(uuid)
        events = sites.asset_history(self.store, uuid) if uuid else []
        _fill(self.history, [tuple(e[k] for k in HISTORY_COLUMNS) for e in events])
        self.history_label.setText(self.tr("变动记录：{0} {1}（共 {2} 条，记录不能删除）").format(
            row["asset_no"], row["name"], len(events)) if row else self.tr("变动记录：请在上面选择一项资产"))

    def _assets_changed(self, select: str | None = None) -> None:
        self.refresh_site()
        self.refresh_assets(select)
        self.changed.emit()

    def add_asset(self) -> None:
        from djdesk.ui.asset_dialogs import AssetDialog

        site = self.site_uuid()
        if site is None or self.store.read_only:
            return
        dialog = AssetDialog(self.store, site, parent=self, today=self._today)
        if dialog.exec() and dialog.saved_uuid:
            self._site_changed()        # a new user-defined category joins the filter
            self._assets_changed(dialog.saved_uuid)

    def edit_asset(self) -> None:
        from djdesk.ui.asset_dialogs import AssetDialog

        uuid = self.selected_asset()
        if uuid is None or self.store.read_only:     # double-click too
            return
        dialog = AssetDialog(self.store, self.site_uuid(), uuid, parent=self, today=self._today)
        if dialog.exec():
            self._assets_changed(uuid)

    def _update_import_button(self) -> None:
        """Importing needs a chosen site and a database this window may write."""
        self.import_button.setEnabled(self.site_uuid() is not None and not self.store.read_only)

    def import_assets(self) -> None:
        """“从 Excel 导入资产…”: the import wizard for the chosen site; the list shows what came in."""
        from djdesk.ui.import_wizard import ASSETS, run_import

        site = self.site_uuid()
        if site is None or self.store.read_only:
            return
        result = run_import(self, self.store, ASSETS, org_uuid=self.village["uuid"], target=site, today=self._today)
        if result is not None:
            self._site_changed()        # new categories join the filter
            self._assets_changed(result.asset_uuids[0] if result.asset_uuids else None)

    def asset_event(self, action: str) -> None:
        from djdesk.ui.asset_dialogs import AssetEventDialog

        uuid = self.selected_asset()
        if uuid is None or self.store.read_only:
            return
        if AssetEventDialog(self.store, uuid, action, parent=self, today=self._today).exec():
            self._assets_changed(uuid)

    # ----- printing ---------------------------------------------------------------------------

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("党建桌面"), text) == QMessageBox.StandardButton.Yes

    def _fail(self, exc: UserError) -> None:
        from djdesk.ui.errors import show_user_error

        show_user_error(exc.message, self)

    def _print(self, label: str, title: str, job) -> None:
        from djdesk.ui.pdf_preview import PdfPreviewDialog
        from djdesk.ui.tasks import run_in_worker

        try:
            result = run_in_worker(self, label, job)
        except Cancelled:
            return
        except UserError as exc:
            self._fail(exc)
            return
        PdfPreviewDialog(result.path, title, [getattr(w, "message", str(w)) for w in result.warnings],
                         parent=self).exec()

    def print_register(self) -> None:
        from djdesk.ui.pdf_preview import print_path

        site = self.site_uuid()
        if site is None:
            return
        name = f"{self.village['name']}{self.site_combo.currentText()}"
        self._print(self.tr("正在生成固定资产登记表…"), self.tr("固定资产登记表 — {0}").format(name),
                    report_job(self.store.path, "asset_register_pdf", print_path("固定资产登记表", name), site))

    def print_stocktake(self) -> None:
        from djdesk.ui.pdf_preview import print_path

        st = self.stocktake.stocktake
        if st is None:
            return
        self._print(self.tr("正在生成盘点表…"), self.tr("资产盘点表 — {0}").format(st["title"]),
                    report_job(self.store.path, "stocktake_pdf", print_path("资产盘点表", st["title"]), st["uuid"]))

    def print_labels(self) -> None:
        from djdesk.ui.asset_dialogs import AssetLabelsDialog
        from djdesk.ui.pdf_preview import print_path

        site = self.site_uuid()
        if site is None:
            return
        shown = [r["uuid"] for r in self.model.rows if r["disposed_on"] is None]
        everything = sites.list_assets(self.store, sites.AssetFilter(site_uuid=site))
        choices = [(self.tr("本场所全部在账资产（{0} 项）").format(len(everything)), "all", len(everything)),
                   (self.tr("列表中筛选出的资产（{0} 项）").format(len(shown)), "shown", len(shown))]
        selected = self.selected_asset()
        if selected and selected in shown:
            choices.append((self.tr("选中的资产（{0}）").format(self.model.rows[self.model.row_of(selected)]["asset_no"]),
                            "selected", 1))
        dialog = AssetLabelsDialog(choices, parent=self)
        if not dialog.exec():
            return
        options = dialog.options()
        scope = options.pop("scope")
        uuids = {"all": [], "shown": shown, "selected": [selected]}[scope]
        if scope != "all" and not uuids:
            self._fail(UserError(self.tr("列表中没有在账资产，无法打印标签。")))
            return
        name = f"{self.village['name']}{self.site_combo.currentText()}"
        self._print(self.tr("正在生成资产标签…"), self.tr("资产标签 — {0}").format(name),
                    report_job(self.store.path, "labels_pdf", print_path("资产标签", name),
                               site_uuid=site if scope == "all" else None, asset_uuids=uuids, **options))


def report_job(db_path: Path, render: str, out_path: Path, *args, **kwargs):
    """A worker job: its own read-only Store (opened on the worker thread), then one of the
    活动场所 reports of ``djdesk.core.reports.sites`` by name."""
    def job(progress):
        from djdesk.core.reports import sites as reports

        store = Store.open(db_path, lock=False)   # reads only: printing works read-only too
        try:
            return getattr(reports, render)(store, out_path, *args, progress=progress, **kwargs)
        finally:
            store.close()
    return job
