"""The 三会一课 section: a branch's meeting records, the year's compliance grid, and an overview of
every branch below the selected organisation.

Same interface as the other section pages of the main window: ``MeetingsPage(store)``,
``set_org(org_uuid, org_name)`` when the tree selection changes, ``changed`` after a save.
Everything shown comes from core (``meetings``, ``compliance``); PDFs render on a worker thread
with their own Store (``tasks.run_in_worker``). The dialogs and the report layer are imported
when first used.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from djdesk.core import compliance as cp
from djdesk.core import meetings as mt
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, select_value
from djdesk.ui.qt import (QAbstractItemView, QBrush, QColor, QComboBox, QCoreApplication, QHBoxLayout, QHeaderView,
                          QLabel, QListView, QListWidget, QListWidgetItem, QMenu, QMessageBox, QPushButton,
                          QSpinBox, Qt, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget, Signal)
from djdesk.ui.pdf_preview import print_path
from djdesk.ui.record_table import RecordTable, RowListModel

translate = QCoreApplication.translate
LIST_COLUMNS = ("held_on", "record_no", "kind_name", "title", "group_name", "expected", "present", "leave", "absent",
                "guests", "attachments", "flags")
_ALL = ""


class MeetingListModel(RowListModel):
    """Rows of ``meetings.list_meetings`` (a branch-year is a few dozen: a plain list is enough)."""

    def __init__(self, parent=None):
        super().__init__(LIST_COLUMNS, parent)
        self.headers = (self.tr("日期"), self.tr("记录编号"), self.tr("会议类型"), self.tr("会议名称"), self.tr("党小组"),
                        self.tr("应到"), self.tr("实到"), self.tr("请假"), self.tr("缺席"), self.tr("列席"),
                        self.tr("附件"), self.tr("提示"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, key = self.rows[index.row()], LIST_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key in ("expected", "present", "leave", "absent", "guests"):
                return str(getattr(row["tally"], key))
            if key == "attachments":
                return str(row["attachments"]) if row["attachments"] else ""
            if key == "flags":
                return "；".join(row["flags"])
            return row.get(key) or ""
        if role == Qt.ItemDataRole.ForegroundRole and key == "flags":
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "flags"):
            return row["title"] if key == "title" else "；".join(row["flags"]) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("title", "flags", "kind_name", "group_name"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def fill_compliance_grid(table: QTableWidget, result: cp.BranchCompliance) -> None:
    """Month × kind, coloured by the period's status; the count of meetings where any were held."""
    months = [translate("MeetingsPage", "{0}月").format(m) for m in range(1, 13)]
    headers = [*months, translate("MeetingsPage", "按期/应开"), translate("MeetingsPage", "逾期")]
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(result.kinds))
    table.setVerticalHeaderLabels([f"{k.kind.name}（{k.kind.frequency_label}）" for k in result.kinds])
    for row, k in enumerate(result.kinds):
        by_month = {m: p for p in k.periods for m in p.period.months}
        for m, cell in enumerate(k.months):
            item = QTableWidgetItem(str(cell.held) if cell.held else cp.STATUS_MARKS[cell.status])
            item.setBackground(QBrush(QColor(cp.STATUS_COLORS[cell.status])))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            period = by_month.get(m + 1)
            tip = cp.STATUS_LABELS[cell.status]
            if period is not None:
                tip = f"{period.period.label}：{cp.STATUS_LABELS[period.status]}"
                if period.missing:
                    tip += "（" + "、".join(period.missing) + "未召开）"
            item.setToolTip(tip)
            table.setItem(row, m, item)
        done = QTableWidgetItem(f"{k.met}/{k.required}" if k.kind.frequency != "none" else f"{k.held}")
        late = QTableWidgetItem(str(k.missed) if k.missed else "")
        for column, item in ((12, done), (13, late)):
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, column, item)
        if k.missed:
            late.setForeground(QBrush(QColor("#c62828")))
    header = table.horizontalHeader()
    for column in range(12):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for column in (12, 13):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class MeetingsPage(QWidget):
    """Meetings of one branch at a time (chosen among those below the selected organisation)."""

    changed = Signal()

    def __init__(self, store: Store, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.store = store
        self._today = today
        self.org_uuid: str | None = None
        self.org_name = ""
        self.branches: list[dict] = []
        self._stale = {"compliance": True, "overview": True}

        today = self.today()
        self.branch_combo = QComboBox()
        self.branch_combo.setObjectName("branchCombo")
        self.branch_combo.setMinimumWidth(220)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, today.year + 1)
        self.year_spin.setValue(today.year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.quarter_combo = QComboBox()
        fill_combo(self.quarter_combo, [(self.tr("全年"), 0), (self.tr("第一季度"), 1), (self.tr("第二季度"), 2),
                                        (self.tr("第三季度"), 3), (self.tr("第四季度"), 4)])
        self.kind_combo = QComboBox()
        self.count_label = QLabel()
        filters = QHBoxLayout()
        for label, widget in ((self.tr("支部"), self.branch_combo), (self.tr("年度"), self.year_spin),
                              (self.tr("季度"), self.quarter_combo), (self.tr("类型"), self.kind_combo)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        # --- the meetings tab
        self.new_button = QPushButton(self.tr("新建会议"))
        self.new_button.setObjectName("newMeetingButton")
        self.new_menu = QMenu(self)
        self.new_button.setMenu(self.new_menu)
        self.edit_button = QPushButton(self.tr("打开"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.history_button = QPushButton(self.tr("修改记录"))
        self.sign_button = QPushButton(self.tr("打印签到表"))
        self.record_button = QPushButton(self.tr("打印会议记录"))
        self.binder_button = QPushButton(self.tr("打印全年记录本"))
        self.kinds_button = QPushButton(self.tr("会议类型与模板…"))
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.sign_button, self.record_button, self.binder_button, self.kinds_button):
            actions.addWidget(button)
        self.model = MeetingListModel(self)
        self.table = RecordTable(self.model, "meetingsTable")
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        samples = {"held_on": "2025-00-00", "record_no": "2025-000", "kind_name": "民主评议党员",
                   "title": "2025年第一季度支部党员大会……", "group_name": "第一党小组", "expected": "应到",
                   "present": "实到", "leave": "请假", "absent": "缺席", "guests": "列席", "attachments": "附件"}
        for column, key in enumerate(LIST_COLUMNS[:-1]):
            header.resizeSection(column, metrics.horizontalAdvance(samples[key]) + 22)
        header.setStretchLastSection(True)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setStyleSheet("color: #7f8c8d;")
        meetings_tab = QWidget()
        box = QVBoxLayout(meetings_tab)
        box.setContentsMargins(0, 6, 0, 0)
        box.addLayout(actions)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty_label)

        # --- the compliance tab
        self.grid = QTableWidget()
        self.grid.setObjectName("complianceGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.legend = QLabel(self.tr("√ 已召开（绿）　○ 本期尚未召开，待召开（黄）　× 逾期未召开（红）　· 未到期　"
                                     "格中数字为当月召开次数；季度、年度要求按所在期间着色。"))
        self.legend.setStyleSheet("color: #5d6d7e;")
        self.legend.setWordWrap(True)
        self.compliance_label = QLabel()
        self.compliance_label.setStyleSheet("font-weight: bold;")
        self.overdue_list = QListWidget()
        self.due_list = QListWidget()
        self.lapse_list = QListWidget()
        for widget in (self.overdue_list, self.due_list, self.lapse_list):
            widget.setWordWrap(True)
            widget.setResizeMode(QListView.ResizeMode.Adjust)
        lists = QHBoxLayout()
        for title, widget in ((self.tr("逾期未召开"), self.overdue_list), (self.tr("待召开"), self.due_list),
                              (self.tr("连续未参加组织生活的党员"), self.lapse_list)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            lists.addLayout(column, 1)
        compliance_tab = QWidget()
        box = QVBoxLayout(compliance_tab)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.compliance_label)
        box.addWidget(self.grid)
        box.addWidget(self.legend)
        box.addLayout(lists, 1)

        # --- the overview tab (several branches)
        self.overview = QTableWidget()
        self.overview.setObjectName("overviewTable")
        self.overview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overview.verticalHeader().setVisible(False)
        self.overview_label = QLabel()
        overview_tab = QWidget()
        box = QVBoxLayout(overview_tab)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.overview_label)
        box.addWidget(self.overview, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(meetings_tab, self.tr("会议记录"))
        self.tabs.addTab(compliance_tab, self.tr("落实情况"))
        self.tabs.addTab(overview_tab, self.tr("各支部汇总"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

        self.branch_combo.currentIndexChanged.connect(lambda _i: self._branch_changed())
        self.year_spin.valueChanged.connect(lambda _v: self._filters_changed(year=True))
        self.quarter_combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.history_button.clicked.connect(self.show_history)
        self.sign_button.clicked.connect(lambda: self.print_report("sign_in"))
        self.record_button.clicked.connect(lambda: self.print_report("record"))
        self.binder_button.clicked.connect(lambda: self.print_report("binder"))
        self.kinds_button.clicked.connect(self.edit_kinds)
        self.table.doubleClicked.connect(lambda _i: self.edit_meeting())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.overview.cellDoubleClicked.connect(self._overview_open)
        self._update_buttons()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # ----- the section interface --------------------------------------------------------------

    def set_org(self, org_uuid: str | None, org_name: str) -> None:
        """The tree selection changed: offer the branches at or below it (a 党小组: its branch)."""
        self.org_uuid, self.org_name = org_uuid, org_name
        branches = mt.branches_under(self.store, org_uuid)
        self.branches = branches
        keep = combo_value(self.branch_combo)
        self.branch_combo.blockSignals(True)
        fill_combo(self.branch_combo, [(b["name"], b["uuid"]) for b in branches])
        if keep and any(b["uuid"] == keep for b in branches):
            select_value(self.branch_combo, keep)
        self.branch_combo.blockSignals(False)
        self.tabs.setTabVisible(2, len(branches) > 1)
        self._stale["overview"] = True
        self._branch_changed()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.set_org(None, "")

    def branch_uuid(self) -> str | None:
        return combo_value(self.branch_combo) or None

    # ----- filters and lists ------------------------------------------------------------------

    def _branch_changed(self) -> None:
        branch = self.branch_uuid()
        keep = combo_value(self.kind_combo)
        self.kind_combo.blockSignals(True)
        kinds = mt.kinds_for(self.store, branch) if branch else []
        fill_combo(self.kind_combo, [(k.name, k.code) for k in kinds], self.tr("全部类型"))
        select_value(self.kind_combo, keep if any(k.code == keep for k in kinds) else "")
        self.kind_combo.blockSignals(False)
        self.new_menu.clear()
        for kind in kinds:
            action = self.new_menu.addAction(kind.name)
            action.triggered.connect(lambda _checked=False, code=kind.code: self.new_meeting(code))
        for widget in (self.new_button, self.kinds_button, self.binder_button):
            widget.setEnabled(branch is not None)
        self._filters_changed()

    def _filters_changed(self, year: bool = False) -> None:
        self._stale["compliance"] = True
        if year:
            self._stale["overview"] = True
        self.refresh()

    def current_filter(self) -> mt.MeetingFilter | None:
        branch = self.branch_uuid()
        if branch is None:
            return None
        quarter = combo_value(self.quarter_combo) or None
        return mt.MeetingFilter(branch, self.year_spin.value(), quarter, combo_value(self.kind_combo) or None)

    def refresh(self, select: str | None = None) -> None:
        f = self.current_filter()
        rows = mt.list_meetings(self.store, f) if f else []
        self.model.set_rows(rows)
        if f is None:
            self.empty_label.setText(self.tr("“{0}”下没有党支部。").format(self.org_name))
        elif not rows:
            self.empty_label.setText(self.tr("没有符合条件的会议记录。点“新建会议”登记一次会议。"))
        self.empty_label.setVisible(not rows)
        flagged = sum(1 for r in rows if r["flags"])
        self.count_label.setText(self.tr("共 {0} 次会议").format(len(rows)) +
                                 (self.tr("，{0} 次需注意").format(flagged) if flagged else ""))
        if select:
            self.select_meeting(select)
        self._update_buttons()
        self._show_tab()

    def _show_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index == 1 and self._stale["compliance"]:
            self.refresh_compliance()
        elif index == 2 and self._stale["overview"]:
            self.refresh_overview()

    def refresh_compliance(self) -> None:
        self._stale["compliance"] = False
        branch = self.branch_uuid()
        for widget in (self.overdue_list, self.due_list, self.lapse_list):
            widget.clear()
        if branch is None:
            self.grid.clear()
            self.compliance_label.setText("")
            return
        year = self.year_spin.value()
        result = cp.branch_compliance(self.store, branch, year, self.today())
        fill_compliance_grid(self.grid, result)
        self.grid.resizeRowsToContents()
        rows = sum(self.grid.rowHeight(r) for r in range(self.grid.rowCount()))
        self.grid.setMaximumHeight(rows + self.grid.horizontalHeader().height() + 2 * self.grid.frameWidth() + 2)
        self.compliance_label.setText(self.tr("{0} {1}年：{2}（统计截至 {3}）").format(
            result.branch_name, year, cp.BRANCH_LABELS[result.status], result.as_of.isoformat()))
        for item in result.overdue:
            self._list_item(self.overdue_list, item.text(True), "#c62828")
        for item in result.coming_due:
            self._list_item(self.due_list, item.text(False), "#7a4f00")
        for flag in cp.lapse_flags(self.store, branch_uuids=[branch], year=year, as_of=self.today()):
            self._list_item(self.lapse_list, flag.text, "#c62828" if flag.level == "flagged" else "#7a4f00")
        for widget, empty in ((self.overdue_list, self.tr("没有逾期未召开的会议")),
                              (self.due_list, self.tr("本期会议均已召开")),
                              (self.lapse_list, self.tr("没有连续未参加组织生活的党员"))):
            if not widget.count():
                self._list_item(widget, empty, "#2e7d32")

    def _list_item(self, widget: QListWidget, text: str, color: str) -> None:
        item = QListWidgetItem(text)
        item.setForeground(QBrush(QColor(color)))
        item.setToolTip(text)
        widget.addItem(item)

    def refresh_overview(self) -> None:
        """Every branch below the selection: its state, overdue and due counts, six-month flags,
        and periods met / required per built-in kind (≈ 0.3 s for a county, see benchmarks)."""
        self._stale["overview"] = False
        year = self.year_spin.value()
        uuids = [b["uuid"] for b in self.branches]
        results = cp.compliance(self.store, year, branch_uuids=uuids, as_of=self.today()) if uuids else []
        flags = cp.lapse_flags(self.store, branch_uuids=uuids, year=year, as_of=self.today()) if uuids else []
        flagged: dict[str, int] = {}
        for f in flags:
            if f.level == "flagged":
                flagged[f.branch_uuid] = flagged.get(f.branch_uuid, 0) + 1
        kinds = list(mt.KINDS.values())
        headers = [self.tr("支部"), self.tr("情况"), self.tr("逾期"), self.tr("待召开"), self.tr("六个月未参加"),
                   *[k.name for k in kinds]]
        table = self.overview
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(results))
        for row, r in enumerate(results):
            name = QTableWidgetItem(r.branch_name)
            name.setData(Qt.ItemDataRole.UserRole, r.branch_uuid)
            state = QTableWidgetItem(cp.BRANCH_LABELS[r.status])
            state.setBackground(QBrush(QColor(cp.STATUS_COLORS[r.status])))
            cells = [name, state, QTableWidgetItem(str(len(r.overdue))), QTableWidgetItem(str(len(r.coming_due))),
                     QTableWidgetItem(str(flagged.get(r.branch_uuid, 0) or ""))]
            by_code = {k.kind.code: k for k in r.kinds}
            for kind in kinds:
                k = by_code.get(kind.code)
                item = QTableWidgetItem(f"{k.met}/{k.required}" if k else self.tr("不适用"))
                if k:
                    item.setBackground(QBrush(QColor(cp.STATUS_COLORS[k.status])))
                cells.append(item)
            for column, item in enumerate(cells):
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        counts = {s: sum(1 for r in results if r.status == s) for s in (cp.MET, cp.DUE, cp.MISSED)}
        self.overview_label.setText(self.tr("{0} {1}年：{2} 个支部，全部按期 {3} 个，有待召开 {4} 个，有逾期 {5} 个；"
                                            "{6} 名党员连续六个月未参加组织生活。双击一行查看该支部。").format(
            self.org_name, year, len(results), counts[cp.MET], counts[cp.DUE], counts[cp.MISSED],
            sum(flagged.values())))

    def _overview_open(self, row: int, _column: int) -> None:
        item = self.overview.item(row, 0)
        if item is not None:
            select_value(self.branch_combo, item.data(Qt.ItemDataRole.UserRole))
            self.tabs.setCurrentIndex(1)

    # ----- selection --------------------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        return self.table.selected_uuid()

    def select_meeting(self, uuid: str) -> None:
        self.table.select_uuid(uuid)

    def _update_buttons(self) -> None:
        has = self.selected_uuid() is not None
        for button in (self.edit_button, self.delete_button, self.history_button, self.sign_button,
                       self.record_button):
            button.setEnabled(has)

    # ----- actions ----------------------------------------------------------------------------

    def _after_save(self, uuid: str | None) -> None:
        self._stale = {"compliance": True, "overview": True}
        self.refresh(select=uuid)
        self.changed.emit()

    def new_meeting(self, kind: str = mt.THEME_DAY) -> None:
        from djdesk.ui.meeting_dialog import MeetingDialog

        branch = self.branch_uuid()
        if branch is None:
            return
        dialog = MeetingDialog(self.store, branch_uuid=branch, kind=kind, parent=self, today=self._today,
                               day=self.today())
        if dialog.exec() and dialog.saved_uuid:
            held = mt.get_meeting(self.store, dialog.saved_uuid)["held_on"]
            if int(held[:4]) != self.year_spin.value():
                self.year_spin.setValue(int(held[:4]))
            self._after_save(dialog.saved_uuid)

    def edit_meeting(self) -> None:
        from djdesk.ui.meeting_dialog import MeetingDialog

        uuid = self.selected_uuid()
        if uuid is None:
            return
        dialog = MeetingDialog(self.store, uuid=uuid, parent=self, today=self._today)
        if dialog.exec():
            self._after_save(uuid)

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("党建桌面"), text) == QMessageBox.StandardButton.Yes

    def delete_meeting(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        meeting = mt.get_meeting(self.store, uuid)
        if self.confirm(self.tr("删除会议记录“{0}”（{1}）？\n删除只用于纠正误录；删除后在修改记录中仍可查到。").format(
                meeting["title"], meeting["held_on"])):
            mt.delete_meeting(self.store, uuid)
            self._after_save(None)

    def show_history(self) -> None:
        from djdesk.ui.meeting_history import MeetingHistoryDialog

        uuid = self.selected_uuid()
        if uuid is not None:
            MeetingHistoryDialog(self.store, uuid, parent=self).exec()

    def edit_kinds(self) -> None:
        from djdesk.ui.meeting_kinds import MeetingKindsDialog

        org = self.org_uuid or self.branch_uuid()
        if org is None:
            return
        if MeetingKindsDialog(self.store, org, self.org_name or self.branch_combo.currentText(), parent=self).exec():
            self._branch_changed()
            self._stale["overview"] = True

    def print_report(self, what: str) -> None:
        """Sign-in sheet, meeting record or year binder: rendered on a worker, then previewed."""
        from djdesk.ui.tasks import run_in_worker

        if what == "binder":
            branch, year = self.branch_uuid(), self.year_spin.value()
            if branch is None:
                return
            name = f"{self.branch_combo.currentText()}{year}年"
            job = binder_job(self.store.path, branch, year, self.today(), print_path("三会一课记录本", name))
            label, title = self.tr("正在生成全年记录本…"), self.tr("三会一课记录本 — {0}").format(name)
        else:
            uuid = self.selected_uuid()
            if uuid is None:
                return
            meeting = mt.get_meeting(self.store, uuid)
            word = "签到表" if what == "sign_in" else "会议记录"
            job = meeting_job(self.store.path, uuid, what, print_path(word, f"{meeting['record_no']}"))
            label = self.tr("正在生成签到表…") if what == "sign_in" else self.tr("正在生成会议记录…")
            title = (self.tr("签到表 — {0}") if what == "sign_in" else self.tr("会议记录 — {0}")).format(meeting["title"])
        try:
            result = run_in_worker(self, label, job)
        except Cancelled:
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("党建桌面"), exc.message)
            return
        self.show_pdf(result, title)

    def show_pdf(self, result, title: str) -> None:
        from djdesk.ui.pdf_preview import PdfPreviewDialog

        PdfPreviewDialog(result.path, title, [w.message for w in result.warnings], parent=self).exec()


def meeting_job(db_path: Path, uuid: str, what: str, out_path: Path):
    """A worker job: its own Store (opened on the worker thread), then the sign-in sheet or record."""
    def job(progress):
        from djdesk.core.reports import meetings as reports

        store = Store.open(db_path, lock=False)   # reads only: printing works read-only too
        try:
            render = reports.sign_in_sheet_pdf if what == "sign_in" else reports.meeting_record_pdf
            return render(store, out_path, uuid, progress)
        finally:
            store.close()
    return job


def binder_job(db_path: Path, branch_uuid: str, year: int, as_of: dt.date, out_path: Path):
    def job(progress):
        from djdesk.core.reports import meetings as reports

        store = Store.open(db_path, lock=False)   # reads only: printing works read-only too
        try:
            return reports.year_binder_pdf(store, out_path, branch_uuid, year, as_of, progress)
        finally:
            store.close()
    return job
