"""The Excel import wizard (forms/import_wizard.ui): file and sheet → header and column mapping →
preview → the check report with every problem → import → result.

All the work is core's ``excel.roster_import``; reading the file, checking it and importing run
on a worker (``tasks.run_in_worker``), each with its own Store opened from ``store.path``.
Nothing is written before the clerk presses 开始导入 on the report page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from djdesk.core.database import scope_org
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.excel import roster_import as ri
from djdesk.core.excel.reader import Sheet, column_letter
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, select_value
from djdesk.ui.forms.ui_import_wizard import Ui_ImportWizard
from djdesk.ui.member_dialog import branch_choices
from djdesk.ui.qt import (QBrush, QColor, QComboBox, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem,
                          QWizard)
from djdesk.ui.tasks import run_in_worker

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE, DONE_PAGE = range(5)
SAMPLE_ROWS = 3
LEVEL_COLORS = {ri.ERROR: "#c0392b", ri.WARNING: "#b26a00", ri.DECISION: "#6c3483", ri.INFO: "#3b6ea5"}


class ImportWizard(QWizard):
    """``result`` is the ``ImportResult`` after a successful import (else None)."""

    def __init__(self, store: Store, settings, *, org_uuid: str | None = None, path: str | Path | None = None,
                 today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.store = store
        self.settings = settings
        self.today = today
        self.sheet: Sheet | None = None
        self.guess = None
        self.mapping: list[str | None] = []
        self.plan: ri.ImportPlan | None = None
        self.result: ri.ImportResult | None = None
        self._combos: list[QComboBox] = []
        self._decision_combos: dict[int, QComboBox] = {}
        self._loaded_path = ""

        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< 上一步")),
                             (QWizard.WizardButton.NextButton, self.tr("下一步 >")),
                             (QWizard.WizardButton.CommitButton, self.tr("开始导入")),
                             (QWizard.WizardButton.FinishButton, self.tr("完成")),
                             (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(button, text)
        self.ui.reportPage.setCommitPage(True)
        ui = self.ui
        scope = (scope_org(store) or {}).get("uuid")
        fill_combo(ui.branchCombo, branch_choices(store, scope), self.tr("请选择"))
        select_value(ui.branchCombo, self._default_branch(org_uuid or scope))
        ui.browseButton.clicked.connect(self.browse)
        ui.fileEdit.editingFinished.connect(self._file_changed)
        ui.headerFromSpin.valueChanged.connect(lambda _: self._header_rows_changed())
        ui.headerToSpin.valueChanged.connect(lambda _: self._header_rows_changed())
        for table in (ui.mappingTable, ui.previewTable, ui.problemsTable, ui.decisionsTable):
            table.verticalHeader().setVisible(False)
        if path:
            ui.fileEdit.setText(str(path))
            self._file_changed()
        self.resize(1000, 640)

    def _default_branch(self, org_uuid: str | None) -> str:
        if not org_uuid:
            return ""
        found = [u for _, u in branch_choices(self.store, org_uuid)]
        return found[0] if len(found) == 1 else ""

    # ----- page 1: the file -------------------------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择要导入的 Excel 表格"), self.ui.fileEdit.text(),
                                              self.tr("Excel 表格 (*.xlsx *.xlsm);;所有文件 (*)"))
        if path:
            self.ui.fileEdit.setText(path)
            self._file_changed()

    def _file_changed(self) -> None:
        from djdesk.core.excel.reader import sheet_names

        path = self.ui.fileEdit.text().strip()
        if path == self._loaded_path:
            return
        self._loaded_path = path
        self.ui.sheetCombo.clear()
        self.ui.fileErrorLabel.clear()
        if not path:
            return
        try:
            names = sheet_names(path)
        except UserError as exc:
            self.ui.fileErrorLabel.setText(exc.message)
            return
        fill_combo(self.ui.sheetCombo, names)

    def _read(self) -> bool:
        path = self.ui.fileEdit.text().strip()
        self._file_changed()
        if not path:
            self.ui.fileErrorLabel.setText(self.tr("请选择要导入的 Excel 文件"))
            return False
        if not combo_value(self.ui.branchCombo):
            self.ui.fileErrorLabel.setText(self.tr("请选择要导入到的党支部"))
            return False
        if self.ui.sheetCombo.count() == 0:
            return False
        sheet_name = combo_value(self.ui.sheetCombo)
        from djdesk.core.excel.reader import read_sheet

        try:
            self.sheet = run_in_worker(self, self.tr("正在读取表格…"), lambda p: read_sheet(path, sheet_name, p))
            self.guess = ri.detect(self.sheet)
        except Cancelled:
            return False
        except UserError as exc:
            self.ui.fileErrorLabel.setText(exc.message)
            return False
        self.mapping = ri.remembered_mapping(self.settings, self.guess) or list(self.guess.mapping)
        return True

    # ----- page 2: header and mapping ---------------------------------------------------------

    def _fill_mapping(self) -> None:
        ui, guess, sheet = self.ui, self.guess, self.sheet
        for spin, value in ((ui.headerFromSpin, guess.header_rows[0]), (ui.headerToSpin, guess.header_rows[-1])):
            spin.blockSignals(True)
            spin.setMaximum(max(20, len(sheet.rows)))
            spin.setValue(value)
            spin.blockSignals(False)
        rows = guess.header_rows
        where = "、".join(str(r) for r in rows)
        ui.headerInfoLabel.setText(self.tr("（已识别：第 {0} 行是表头，数据从第 {1} 行开始）").format(where, rows[-1] + 1))
        table = ui.mappingTable
        headers = (self.tr("列"), self.tr("表头"), self.tr("前几行的内容"), self.tr("导入为"))
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(guess.headers))
        samples = self._samples(rows[-1] + 1)
        self._combos = []
        choices = [(self.tr("（不导入）"), "")] + [(label, key) for key, label in ri.FIELD_LABELS.items()]
        for i, header in enumerate(guess.headers):
            table.setItem(i, 0, QTableWidgetItem(column_letter(i + 1)))
            table.setItem(i, 1, QTableWidgetItem(header))
            table.setItem(i, 2, QTableWidgetItem("，".join(samples[i])))
            combo = QComboBox()
            combo.setObjectName(f"mapping{column_letter(i + 1)}")
            fill_combo(combo, choices)
            select_value(combo, self.mapping[i] if i < len(self.mapping) else "")
            table.setCellWidget(i, 3, combo)
            self._combos.append(combo)
        h = table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        ui.mappingErrorLabel.setText("\n".join(guess.notes))

    def _samples(self, first: int) -> list[list[str]]:
        from djdesk.core.excel.values import shown

        out: list[list[str]] = [[] for _ in self.guess.headers]
        for r in range(first, len(self.sheet.rows) + 1):
            if self.sheet.is_blank(r):
                continue
            for i in range(len(out)):
                value = self.sheet.value(r, i + 1)
                if value is not None and len(out[i]) < SAMPLE_ROWS:
                    out[i].append(shown(value))
            if all(len(s) >= SAMPLE_ROWS for s in out):
                break
        return out

    def _header_rows_changed(self) -> None:
        first, last = self.ui.headerFromSpin.value(), self.ui.headerToSpin.value()
        if last < first or last - first > 1:
            self.ui.mappingErrorLabel.setText(self.tr("表头最多两行，且结束行不能在开始行之前"))
            return
        self.guess = ri.header_at(self.sheet, tuple(range(first, last + 1)))
        self.mapping = list(self.guess.mapping)
        self._fill_mapping()

    def current_mapping(self) -> list[str | None]:
        return [combo_value(c) or None for c in self._combos]

    def set_mapping(self, column: int, field: str | None) -> None:
        """Choose what a column (0 = A) imports as, as the clerk does with its combo."""
        select_value(self._combos[column], field or "")

    # ----- page 3: preview --------------------------------------------------------------------

    def _fill_preview(self) -> None:
        rows = ri.preview(self.sheet, self.guess.header_rows, self.mapping)
        keys = [k for k in ri.FIELD_LABELS if k in self.mapping]
        table = self.ui.previewTable
        table.clear()
        table.setColumnCount(len(keys) + 1)
        table.setHorizontalHeaderLabels([self.tr("行")] + [ri.FIELD_LABELS[k] for k in keys])
        table.setRowCount(len(rows))
        for i, (row_number, values) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(str(row_number)))
            for j, key in enumerate(keys, 1):
                text = values.get(key, "")
                item = QTableWidgetItem(text)
                if text.startswith("⚠"):
                    item.setForeground(QBrush(QColor(LEVEL_COLORS[ri.ERROR])))
                    item.setToolTip(text)
                table.setItem(i, j, item)
        table.resizeColumnsToContents()

    # ----- page 4: the check report -----------------------------------------------------------

    def _check(self) -> bool:
        db_path, branch = self.store.path, combo_value(self.ui.branchCombo)
        sheet, rows, mapping, notes, today = self.sheet, self.guess.header_rows, self.mapping, self.guess.notes, self.today

        def job(progress):
            store = Store.open(db_path, lock=False)
            try:
                return ri.check_import(store, sheet, branch, header_rows=rows, mapping=mapping, notes=notes,
                                       today=today, progress=progress)
            finally:
                store.close()

        try:
            self.plan = run_in_worker(self, self.tr("正在检查全表…"), job)
        except Cancelled:
            return False
        ri.remember_mapping(self.settings, self.guess.headers, self.mapping)
        return True

    def _fill_report(self) -> None:
        plan = self.plan
        c = plan.counts()
        errors, warnings = len(plan.problems_of(ri.ERROR)), len(plan.problems_of(ri.WARNING))
        self.ui.summaryLabel.setText(self.tr(
            "“{0}”工作表“{1}”：将新增 {2} 名、更新 {3} 名，无变化 {4} 名；跳过 {5} 行，待定 {6} 行。"
            "共 {7} 处错误、{8} 处提醒。").format(plan.path.name, plan.sheet, c["imported"], c["updated"],
                                               c["unchanged"], c["skipped"], c["undecided"], errors, warnings))
        levels = {ri.ERROR: self.tr("错误"), ri.WARNING: self.tr("提醒"), ri.DECISION: self.tr("待定"),
                  ri.INFO: self.tr("说明")}
        table = self.ui.problemsTable
        headers = (self.tr("行"), self.tr("列"), self.tr("类别"), self.tr("问题"))
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(plan.problems))
        for i, p in enumerate(plan.problems):
            column = f"{p.column}（{p.header}）" if p.column else p.header
            items = (str(p.row) if p.row else "", column, levels[p.level], p.message)
            for j, text in enumerate(items):
                item = QTableWidgetItem(text)
                if j == 2:
                    item.setForeground(QBrush(QColor(LEVEL_COLORS[p.level])))
                if j == 3:
                    item.setToolTip(text)
                table.setItem(i, j, item)
        h = table.horizontalHeader()
        for j in range(3):
            h.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        undecided = [r for r in plan.rows if r.action == ri.DECIDE]
        self.ui.decisionsLabel.setText(self.tr("以下 {0} 行需要您决定（不选择则跳过）：").format(len(undecided))
                                       if undecided else "")
        self.ui.decisionsTable.setVisible(bool(undecided))
        table = self.ui.decisionsTable
        headers = (self.tr("行"), self.tr("姓名"), self.tr("情况"), self.tr("处理"))
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(undecided))
        self._decision_combos = {}
        choice_labels = {ri.ADD: self.tr("作为新党员新增"), ri.UPDATE: self.tr("是同一人，更新库中记录"),
                         ri.SKIPPED: self.tr("跳过本行")}
        for i, r in enumerate(undecided):
            table.setItem(i, 0, QTableWidgetItem(str(r.row)))
            table.setItem(i, 1, QTableWidgetItem(r.name))
            question = QTableWidgetItem(r.question)
            question.setToolTip(r.question)
            table.setItem(i, 2, question)
            combo = QComboBox()
            combo.setObjectName(f"decision{r.row}")
            fill_combo(combo, [(choice_labels[k], k) for k in r.choices])
            select_value(combo, ri.SKIPPED)
            table.setCellWidget(i, 3, combo)
            self._decision_combos[r.row] = combo
        h = table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        table.setMaximumHeight(40 + 30 * min(len(undecided), 5))

    def decisions(self) -> dict[int, str]:
        return {row: combo_value(combo) for row, combo in self._decision_combos.items()}

    def decide(self, row: int, choice: str) -> None:
        select_value(self._decision_combos[row], choice)

    def _import(self) -> bool:
        plan, decisions, db_path, session, today = self.plan, self.decisions(), self.store.path, self.store.session, self.today
        counts = plan.counts(decisions)
        if counts["imported"] + counts["updated"] == 0:
            QMessageBox.information(self, self.tr("没有可导入的内容"),
                                    self.tr("检查结果中没有要新增或更新的党员，没有写入任何数据。"))
            return False

        def job(progress):
            store = Store.open(db_path)
            try:
                store.use_session(session)
                return ri.apply_plan(store, plan, decisions, today=today, progress=progress)
            finally:
                store.close()

        try:
            self.result = run_in_worker(self, self.tr("正在导入…"), job)
        except Cancelled:
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("导入没有完成"), exc.message)
            return False
        return True

    # ----- page flow --------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == FILE_PAGE:
            return self._read()
        if page == MAPPING_PAGE:
            mapping = self.current_mapping()
            try:
                ri.check_mapping(mapping)
            except UserError as exc:
                self.ui.mappingErrorLabel.setText(exc.message)
                return False
            self.mapping = mapping
            return True
        if page == PREVIEW_PAGE:
            return self._check()
        if page == REPORT_PAGE:
            return self._import()
        return super().validateCurrentPage()

    def initializePage(self, page: int) -> None:
        if page == MAPPING_PAGE:
            self._fill_mapping()
        elif page == PREVIEW_PAGE:
            self._fill_preview()
        elif page == REPORT_PAGE:
            self._fill_report()
        elif page == DONE_PAGE:
            r = self.result
            lines = [self.tr("已导入：新增 {0} 名，更新 {1} 名；无变化 {2} 名，跳过 {3} 行。").format(
                r.imported, r.updated, r.unchanged, r.skipped + r.undecided)]
            if r.backup_path:
                lines.append(self.tr("导入前的数据已自动备份到：{0}").format(r.backup_path))
            self.ui.resultLabel.setText("\n\n".join(lines))
        super().initializePage(page)
