"""The Excel import wizard (forms/import_wizard.ui): file and sheet → header and column mapping →
preview → the check report with every problem → import → result, for every register that has an
importer: the roster (``ROSTER``, into a branch) and a site's assets (``ASSETS``, into a site).

An ``Importer`` says which core module does the work (the importer interface of
``djdesk.core.excel.importing``: detect, header_at, check_mapping, preview, check_import,
apply_plan, remembered mappings) and what the wizard says for it. Plugging in another importer
is one ``Importer(...)`` here: its module, the texts, the targets to offer, the decision labels.

Reading the file, checking it and importing run on a worker (``tasks.run_in_worker``), each with
its own Store opened from ``store.path``. Nothing is written before the clerk presses 开始导入
on the report page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from djdesk.core import sites
from djdesk.core.database import scope_org
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.excel import assets_import, dues_import, importing
from djdesk.core.excel import roster_import as ri
from djdesk.core.excel.reader import Sheet, column_letter
from djdesk.core.money import yuan
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, select_value
from djdesk.ui.forms.ui_import_wizard import Ui_ImportWizard
from djdesk.ui.member_dialog import branch_choices
from djdesk.ui.qt import (QT_TRANSLATE_NOOP, QBrush, QColor, QComboBox, QFileDialog, QHeaderView, QMessageBox,
                          QTableWidgetItem, QWizard)
from djdesk.ui.tasks import run_in_worker

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE, DONE_PAGE = range(5)
SAMPLE_ROWS = 3
LEVEL_COLORS = {importing.ERROR: "#c0392b", importing.WARNING: "#b26a00", importing.DECISION: "#6c3483",
                importing.INFO: "#3b6ea5"}


@dataclass(frozen=True)
class Importer:
    """One register's import. Texts are source strings marked with QT_TRANSLATE_NOOP("ImportWizard",
    …) and translated by the wizard; ``summary`` and ``done`` are ``str.format`` templates over the
    plan's ``counts()`` (plus file, sheet, errors, warnings and ``facts(plan)``) and over the
    result's fields (rows left undecided count as skipped)."""
    module: ModuleType
    template: str                     # the register of exports.export_template
    template_file: str                # the file name proposed for the blank template
    title: str
    file_subtitle: str
    file_hint: str
    target_label: str
    target_missing: str
    report_subtitle: str
    summary: str
    done: str
    nothing: str                      # the check found nothing to write
    targets: Callable[[Store, str | None], list[tuple[str, str]]]      # (label, uuid) under an org
    facts: Callable[[object], dict] = lambda plan: {}
    row_name: str = QT_TRANSLATE_NOOP("ImportWizard", "名称")      # what a row's ``name`` is
    choice_labels: dict[str, str] = field(default_factory=dict)      # decision → label, for 待定 rows
    check_options: dict = field(default_factory=dict)   # more keyword arguments of check_import


ROSTER = Importer(
    module=ri, template="roster", template_file=QT_TRANSLATE_NOOP("ImportWizard", "党员花名册导入模板.xlsx"),
    title=QT_TRANSLATE_NOOP("ImportWizard", "从 Excel 导入党员"),
    file_subtitle=QT_TRANSLATE_NOOP("ImportWizard", "选择本村已有的党员名单（Excel 或 WPS 保存的 .xlsx 文件）和要导入到的党支部。"),
    file_hint=QT_TRANSLATE_NOOP("ImportWizard", "表中写了“所在党支部”的党员导入到所写的支部，没写的导入到上面选择的支部。"
                                "导入前会先检查全表、列出每一处问题，确认后才写入，写入前自动备份数据库。"
                                "旧版 .xls 文件请先在 WPS 或 Excel 中另存为 .xlsx。"),
    target_label=QT_TRANSLATE_NOOP("ImportWizard", "导入到党支部"),
    target_missing=QT_TRANSLATE_NOOP("ImportWizard", "请选择要导入到的党支部"),
    report_subtitle=QT_TRANSLATE_NOOP("ImportWizard", "下面是全表检查的结果，每一处问题都标明了行和列。"
                                      "确认后点“开始导入”，所有党员在一次操作中写入。"),
    summary=QT_TRANSLATE_NOOP("ImportWizard", "“{file}”工作表“{sheet}”：将新增 {imported} 名、更新 {updated} 名，"
                              "无变化 {unchanged} 名；跳过 {skipped} 行，待定 {undecided} 行。"
                              "共 {errors} 处错误、{warnings} 处提醒。"),
    done=QT_TRANSLATE_NOOP("ImportWizard", "已导入：新增 {imported} 名，更新 {updated} 名；无变化 {unchanged} 名，"
                           "跳过 {skipped} 行。"),
    nothing=QT_TRANSLATE_NOOP("ImportWizard", "检查结果中没有要新增或更新的党员，没有写入任何数据。"),
    targets=branch_choices, row_name=QT_TRANSLATE_NOOP("ImportWizard", "姓名"),
    choice_labels={ri.ADD: QT_TRANSLATE_NOOP("ImportWizard", "作为新党员新增"),
                   ri.UPDATE: QT_TRANSLATE_NOOP("ImportWizard", "是同一人，更新库中记录"),
                   ri.SKIPPED: QT_TRANSLATE_NOOP("ImportWizard", "跳过本行")})


def site_choices(store: Store, org_uuid: str | None) -> list[tuple[str, str]]:
    """(label, uuid) of the activity sites at or below an org (the village's name when several
    villages are offered)."""
    rows = sites.sites_of(store, org_uuid)
    several = len({r["org_uuid"] for r in rows}) > 1
    return [(f"{r['village_name']} {r['name']}" if several else r["name"], r["uuid"]) for r in rows]


ASSETS = Importer(
    module=assets_import, template="assets",
    template_file=QT_TRANSLATE_NOOP("ImportWizard", "活动场所资产清单导入模板.xlsx"),
    title=QT_TRANSLATE_NOOP("ImportWizard", "从 Excel 导入资产"),
    file_subtitle=QT_TRANSLATE_NOOP("ImportWizard", "选择本村已有的资产清单或固定资产登记表（Excel 或 WPS 保存的 .xlsx 文件）"
                                    "和要登记到的活动场所。"),
    file_hint=QT_TRANSLATE_NOOP("ImportWizard", "“存放地点”须是该活动场所已有的功能室；已在台账中的资产（编号相同，或名称、"
                                "规格型号、购置日期相同）不会重复登记。导入前会先检查全表、列出每一处问题，确认后才写入，"
                                "写入前自动备份数据库。旧版 .xls 文件请先在 WPS 或 Excel 中另存为 .xlsx。"),
    target_label=QT_TRANSLATE_NOOP("ImportWizard", "登记到活动场所"),
    target_missing=QT_TRANSLATE_NOOP("ImportWizard", "请选择要登记到的活动场所"),
    report_subtitle=QT_TRANSLATE_NOOP("ImportWizard", "下面是全表检查的结果，每一处问题都标明了行和列。"
                                      "确认后点“开始导入”，所有新资产在一次操作中登记。"),
    summary=QT_TRANSLATE_NOOP("ImportWizard", "“{file}”工作表“{sheet}”：将新增 {imported} 项（{value} 元），"
                              "已在台账 {unchanged} 项；跳过 {skipped} 行。共 {errors} 处错误、{warnings} 处提醒。"),
    done=QT_TRANSLATE_NOOP("ImportWizard", "已导入：新增 {imported} 项，已在台账 {unchanged} 项，跳过 {skipped} 行。"),
    nothing=QT_TRANSLATE_NOOP("ImportWizard", "检查结果中没有要新增的资产，没有写入任何数据。"),
    targets=site_choices,
    facts=lambda plan: {"value": yuan(plan.value_fen())})


DUES = Importer(
    module=dues_import, template="dues", template_file=QT_TRANSLATE_NOOP("ImportWizard", "党费收缴登记表导入模板.xlsx"),
    title=QT_TRANSLATE_NOOP("ImportWizard", "从 Excel 导入党费记录"),
    file_subtitle=QT_TRANSLATE_NOOP("ImportWizard", "选择以往用 Excel 或 WPS 记的党费收缴登记表（每月一列）或交费明细"
                                    "（每笔一行），和要补录到的党支部。"),
    file_hint=QT_TRANSLATE_NOOP("ImportWizard", "党员按身份证号、没有身份证号的按姓名对应，须已在花名册中并已设定党费标准。"
                                "已在台账中的月份不会重复登记，已上缴或已结账的期间不能补录。表中没写年度的登记表"
                                "按党费页面所选的年度导入。导入前会先检查全表、列出每一处问题，确认后才写入，"
                                "写入前自动备份数据库。"),
    target_label=QT_TRANSLATE_NOOP("ImportWizard", "补录到党支部"),
    target_missing=QT_TRANSLATE_NOOP("ImportWizard", "请选择要补录到的党支部"),
    report_subtitle=QT_TRANSLATE_NOOP("ImportWizard", "下面是全表检查的结果，每一处问题都标明了行和列。"
                                      "确认后点“开始导入”，所有交费在一次操作中记入台账。"),
    summary=QT_TRANSLATE_NOOP("ImportWizard", "“{file}”工作表“{sheet}”（年度 {year}）：将导入 {imported} 行，"
                              "共 {payments} 笔、{amount} 元；已在台账 {unchanged} 行，跳过 {skipped} 行。"
                              "共 {errors} 处错误、{warnings} 处提醒。"),
    done=QT_TRANSLATE_NOOP("ImportWizard", "已导入：{imported} 行，已在台账 {unchanged} 行，跳过 {skipped} 行。"
                           "收据编号接续本支部的编号，每笔交费的备注注明“补录”和原表的行号。"),
    nothing=QT_TRANSLATE_NOOP("ImportWizard", "检查结果中没有要补录的交费，没有写入任何数据。"),
    targets=branch_choices, row_name=QT_TRANSLATE_NOOP("ImportWizard", "姓名"),
    facts=lambda plan: {"amount": yuan(plan.amount_fen()), "year": plan.year or "—"})


class ImportWizard(QWizard):
    """``result`` is the importer's result after a successful import (else None). The target
    (branch, site …) is ``target`` when given, else the only one under ``org_uuid``."""

    def __init__(self, store: Store, settings, importer: Importer = ROSTER, *, org_uuid: str | None = None,
                 target: str | None = None, path: str | Path | None = None, today: dt.date | None = None,
                 parent=None):
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.importer = importer
        self.core = importer.module
        self.store = store
        self.settings = settings
        self.today = today
        self.sheet: Sheet | None = None
        self.guess = None
        self.mapping: list[str | None] = []
        self.plan = None
        self.result = None
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
        self.setWindowTitle(self.tr(importer.title))
        ui.filePage.setSubTitle(self.tr(importer.file_subtitle))
        ui.fileHintLabel.setText(self.tr(importer.file_hint))
        ui.targetLabel.setText(self.tr(importer.target_label))
        ui.reportPage.setSubTitle(self.tr(importer.report_subtitle))
        scope = (scope_org(store) or {}).get("uuid")
        fill_combo(ui.targetCombo, importer.targets(store, scope), self.tr("请选择"))
        select_value(ui.targetCombo, target or self._default_target(org_uuid or scope))
        ui.browseButton.clicked.connect(self.browse)
        ui.templateButton.clicked.connect(self.save_template)
        ui.fileEdit.editingFinished.connect(self._file_changed)
        ui.headerFromSpin.valueChanged.connect(lambda _: self._header_rows_changed())
        ui.headerToSpin.valueChanged.connect(lambda _: self._header_rows_changed())
        for table in (ui.mappingTable, ui.previewTable, ui.problemsTable, ui.decisionsTable):
            table.verticalHeader().setVisible(False)
        if path:
            ui.fileEdit.setText(str(path))
            self._file_changed()
        self.resize(1000, 640)

    def _default_target(self, org_uuid: str | None) -> str:
        if not org_uuid:
            return ""
        found = [u for _, u in self.importer.targets(self.store, org_uuid)]
        return found[0] if len(found) == 1 else ""

    def save_template(self) -> Path | None:
        """“下载空白模板…”: this register's blank import template, saved where the clerk says."""
        from djdesk.core.excel.exports import export_template
        from djdesk.ui.excel_export import ask_xlsx_path

        path = ask_xlsx_path(self, self.tr("保存空白导入模板"), self.tr(self.importer.template_file))
        if path is None:
            return None
        try:
            export_template(self.importer.template, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("没有保存"), exc.message)
            return None
        QMessageBox.information(self, self.tr("已保存"), self.tr(
            "空白导入模板已保存到：\n{0}\n填好后在“Excel 文件”中选择它导入。").format(path))
        return path

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
        if not combo_value(self.ui.targetCombo):
            self.ui.fileErrorLabel.setText(self.tr(self.importer.target_missing))
            return False
        if self.ui.sheetCombo.count() == 0:
            return False
        sheet_name = combo_value(self.ui.sheetCombo)
        from djdesk.core.excel.reader import read_sheet

        try:
            self.sheet = run_in_worker(self, self.tr("正在读取表格…"), lambda p: read_sheet(path, sheet_name, p))
            self.guess = self.core.detect(self.sheet)
        except Cancelled:
            return False
        except UserError as exc:
            self.ui.fileErrorLabel.setText(exc.message)
            return False
        self.mapping = self.core.remembered_mapping(self.settings, self.guess) or list(self.guess.mapping)
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
        choices = [(self.tr("（不导入）"), "")] + [(label, key) for key, label in self.core.FIELD_LABELS.items()]
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
        self.guess = self.core.header_at(self.sheet, tuple(range(first, last + 1)))
        self.mapping = list(self.guess.mapping)
        self._fill_mapping()

    def current_mapping(self) -> list[str | None]:
        return [combo_value(c) or None for c in self._combos]

    def set_mapping(self, column: int, field: str | None) -> None:
        """Choose what a column (0 = A) imports as, as the clerk does with its combo."""
        select_value(self._combos[column], field or "")

    # ----- page 3: preview --------------------------------------------------------------------

    def _fill_preview(self) -> None:
        labels = self.core.FIELD_LABELS
        rows = self.core.preview(self.sheet, self.guess.header_rows, self.mapping)
        keys = [k for k in labels if k in self.mapping]
        table = self.ui.previewTable
        table.clear()
        table.setColumnCount(len(keys) + 1)
        table.setHorizontalHeaderLabels([self.tr("行")] + [labels[k] for k in keys])
        table.setRowCount(len(rows))
        for i, (row_number, values) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(str(row_number)))
            for j, key in enumerate(keys, 1):
                text = values.get(key, "")
                item = QTableWidgetItem(text)
                if text.startswith("⚠"):
                    item.setForeground(QBrush(QColor(LEVEL_COLORS[importing.ERROR])))
                    item.setToolTip(text)
                table.setItem(i, j, item)
        table.resizeColumnsToContents()

    # ----- page 4: the check report -----------------------------------------------------------

    def _check(self) -> bool:
        db_path, target, core = self.store.path, combo_value(self.ui.targetCombo), self.core
        sheet, rows, mapping, notes, today = self.sheet, self.guess.header_rows, self.mapping, self.guess.notes, self.today
        options = self.importer.check_options

        def job(progress):
            store = Store.open(db_path, lock=False)
            try:
                return core.check_import(store, sheet, target, header_rows=rows, mapping=mapping, notes=notes,
                                         today=today, progress=progress, **options)
            finally:
                store.close()

        try:
            self.plan = run_in_worker(self, self.tr("正在检查全表…"), job)
        except Cancelled:
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法检查"), exc.message)
            return False
        self.core.remember_mapping(self.settings, self.guess.headers, self.mapping)
        return True

    def _fill_report(self) -> None:
        plan = self.plan
        self.ui.summaryLabel.setText(self.tr(self.importer.summary).format(
            file=plan.path.name, sheet=plan.sheet, errors=len(plan.problems_of(importing.ERROR)),
            warnings=len(plan.problems_of(importing.WARNING)), **plan.counts(), **self.importer.facts(plan)))
        levels = {importing.ERROR: self.tr("错误"), importing.WARNING: self.tr("提醒"),
                  importing.DECISION: self.tr("待定"), importing.INFO: self.tr("说明")}
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

        undecided = [r for r in plan.rows if r.choices]
        self.ui.decisionsLabel.setText(self.tr("以下 {0} 行需要您决定（不选择则跳过）：").format(len(undecided))
                                       if undecided else "")
        self.ui.decisionsTable.setVisible(bool(undecided))
        table = self.ui.decisionsTable
        headers = (self.tr("行"), self.tr(self.importer.row_name), self.tr("情况"), self.tr("处理"))
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(undecided))
        self._decision_combos = {}
        for i, r in enumerate(undecided):
            table.setItem(i, 0, QTableWidgetItem(str(r.row)))
            table.setItem(i, 1, QTableWidgetItem(r.name))
            question = QTableWidgetItem(r.question)
            question.setToolTip(r.question)
            table.setItem(i, 2, question)
            combo = QComboBox()
            combo.setObjectName(f"decision{r.row}")
            fill_combo(combo, [(self.tr(self.importer.choice_labels[k]), k) for k in r.choices])
            select_value(combo, self.core.SKIPPED)
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
        counts, core = plan.counts(decisions), self.core
        if counts["imported"] + counts.get("updated", 0) == 0:
            QMessageBox.information(self, self.tr("没有可导入的内容"), self.tr(self.importer.nothing))
            return False

        def job(progress):
            store = Store.open(db_path)
            try:
                store.use_session(session)
                return core.apply_plan(store, plan, decisions, today=today, progress=progress)
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
                self.core.check_mapping(mapping)
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
            fields = dataclasses.asdict(r)
            fields["skipped"] += fields.pop("undecided", 0)          # undecided rows were skipped
            lines = [self.tr(self.importer.done).format(**fields)]
            if r.backup_path:
                lines.append(self.tr("导入前的数据已自动备份到：{0}").format(r.backup_path))
            self.ui.resultLabel.setText("\n\n".join(lines))
        super().initializePage(page)


def run_import(parent, store: Store, importer: Importer, *, org_uuid: str | None = None, target: str | None = None,
               today: dt.date | None = None):
    """Open the wizard for ``importer`` over ``parent`` (modal) with the window's settings (one
    writer of settings.json; a fresh Settings without a window); the result, or None when nothing
    was imported."""
    settings = getattr(parent.window(), "settings", None)
    if settings is None:
        from djdesk.core.settings import Settings

        settings = Settings()
    wizard = ImportWizard(store, settings, importer, org_uuid=org_uuid, target=target, today=today, parent=parent)
    wizard.exec()
    return wizard.result
