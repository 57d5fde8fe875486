"""Add or edit one meeting record (forms/meeting_dialog.ui).

The dialog holds a core ``MeetingDraft`` and shows what core says about it: the derived 应到/
实到 figures and quorum (``meetings.check_meeting``, re-run a moment after each change), the
problems by field in red after a first click on 保存, the warnings in amber. Saving is one call,
``meetings.save_meeting``: the meeting, its attendance, votes, grades and attachment changes in
one transaction. No SQL here.
"""

from __future__ import annotations

import datetime as dt

from djdesk.core import meetings as mt
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, normalise_date_text, select_value, show_error
from djdesk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from djdesk.ui.meeting_attendance import AttendanceGrid
from djdesk.ui.meeting_files import AttachmentViewer, thumbnail
from djdesk.ui.qt import (QAbstractItemView, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFileDialog,
                          QHeaderView, QListWidgetItem, QMessageBox, Qt, QTableWidgetItem, QTimer)

CHECK_AFTER_MS = 250
FIELD_WIDGETS = {"kind": "kindCombo", "group_uuid": "groupCombo", "title": "titleEdit", "held_on": "dateEdit",
                 "start_time": "startEdit", "end_time": "endEdit", "place": "placeEdit", "host": "hostEdit",
                 "recorder": "recorderEdit", "lecturer": "lecturerEdit", "topic": "topicEdit",
                 "agenda": "agendaEdit", "minutes": "minutesEdit", "decisions": "decisionsEdit"}
LINE_FIELDS = ("title", "place", "host", "recorder", "lecturer", "topic", "start_time", "end_time")
TEXT_FIELDS = ("agenda", "minutes", "decisions")
VOTE_COLUMNS = ("subject", "vote_type", "method", "votes_for", "votes_against", "votes_abstain",
                "written_for", "written_against", "written_abstain")
ERROR_STYLE = "border: 1px solid #c62828;"
TABS = {"attendance": 0, "content": 1, "votes": 2, "grades": 3, "attachments": 4}


class MeetingDialog(QDialog):
    """``uuid=None`` makes a new meeting of ``kind`` for ``branch_uuid``; ``saved_uuid`` is set on save."""

    def __init__(self, store: Store, *, uuid: str | None = None, branch_uuid: str | None = None,
                 kind: str = mt.THEME_DAY, group_uuid: str | None = None, day: dt.date | None = None,
                 parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.store, self.uuid, self._today = store, uuid, today
        self.saved_uuid: str | None = None
        self._show_problems = False
        self._loading = True
        self.draft = mt.load_draft(store, uuid) if uuid else mt.new_draft(store, branch_uuid, kind, group_uuid,
                                                                          day or today or dt.date.today())
        self.branch_uuid = self.draft.values["org_uuid"]
        self.kinds = {k.code: k for k in mt.kinds_for(store, self.branch_uuid)}
        self._template = dict(self.draft.values) if uuid is None else {}
        ui = self.ui
        self.grid = AttendanceGrid(self)
        ui.attendanceBox.addWidget(self.grid)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_AFTER_MS)
        self._timer.timeout.connect(self.refresh_check)

        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("保存"))
        ok.setAutoDefault(False)
        ok.setDefault(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        fill_combo(ui.kindCombo, [(k.name, k.code) for k in self.kinds.values()])
        fill_combo(ui.groupCombo, [(g["name"], g["uuid"]) for g in mt.groups_of(store, self.branch_uuid)],
                   self.tr("（不分党小组）"))
        names = [p["name"] for p in mt.expected_people(store, self.branch_uuid, "branch", None,
                                                        (today or dt.date.today()).isoformat())]
        for name in ("hostEdit", "recorderEdit", "lecturerEdit"):
            completer = QCompleter(names, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            getattr(ui, name).setCompleter(completer)
        self._setup_tables()
        self._load()
        ui.kindCombo.setEnabled(uuid is None)      # a stored record keeps its kind (its roster follows it)

        for field in LINE_FIELDS:
            getattr(ui, FIELD_WIDGETS[field]).textEdited.connect(lambda _t: self._changed())
        for field in TEXT_FIELDS:
            getattr(ui, FIELD_WIDGETS[field]).textChanged.connect(self._changed)
        ui.dateEdit.editingFinished.connect(self._date_finished)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.groupCombo.currentIndexChanged.connect(lambda _i: self._roster_changed())
        self.grid.attendance.changed.connect(self._changed)
        ui.allPresentButton.clicked.connect(lambda: self.grid.attendance.mark_unrecorded(mt.PRESENT))
        ui.refreshPeopleButton.clicked.connect(self.refresh_people)
        ui.addGuestButton.clicked.connect(self.add_guest)
        ui.removeGuestButton.clicked.connect(self.remove_guest)
        ui.guestsTable.itemChanged.connect(lambda _item: self._changed())
        ui.addVoteButton.clicked.connect(self.add_vote)
        ui.removeVoteButton.clicked.connect(self.remove_vote)
        ui.votesTable.itemChanged.connect(lambda _item: self._changed())
        ui.saveTemplateButton.clicked.connect(self.save_template)
        ui.addFileButton.clicked.connect(self.add_files)
        ui.viewFileButton.clicked.connect(self.view_file)
        ui.removeFileButton.clicked.connect(self.remove_file)
        ui.filesList.itemDoubleClicked.connect(lambda _item: self.view_file())
        ui.historyButton.clicked.connect(self.show_history)
        ui.historyButton.setVisible(uuid is not None)
        self._loading = False
        self._kind_ui()
        self.refresh_check()
        self.resize(max(self.width(), 1080), max(self.height(), 760))
        self.grid.setFocus()

    # ----- loading ----------------------------------------------------------------------------

    def _setup_tables(self) -> None:
        ui = self.ui
        ui.guestsTable.setColumnCount(2)
        ui.guestsTable.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("单位及职务")])
        ui.guestsTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.guestsTable.verticalHeader().setVisible(False)
        headers = [self.tr("表决事项"), self.tr("类型"), self.tr("方式"), self.tr("赞成"), self.tr("反对"),
                   self.tr("弃权"), self.tr("书面赞成"), self.tr("书面反对"), self.tr("书面弃权"), self.tr("结果")]
        ui.votesTable.setColumnCount(len(headers))
        ui.votesTable.setHorizontalHeaderLabels(headers)
        ui.votesTable.verticalHeader().setVisible(False)
        header = ui.votesTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 9):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(9, 300)
        ui.gradesTable.setColumnCount(3)
        ui.gradesTable.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("类别"), self.tr("评定等次")])
        ui.gradesTable.verticalHeader().setVisible(False)
        ui.gradesTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.gradesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _load(self) -> None:
        ui, v = self.ui, self.draft.values
        select_value(ui.kindCombo, v["kind"])
        select_value(ui.groupCombo, v.get("group_uuid") or "")
        ui.recordNoValue.setText(v.get("record_no") or self.tr("（保存时自动编号）"))
        ui.dateEdit.setText(v["held_on"] or "")
        for field in LINE_FIELDS:
            getattr(ui, FIELD_WIDGETS[field]).setText(v.get(field) or "")
        for field in TEXT_FIELDS:
            getattr(ui, FIELD_WIDGETS[field]).setPlainText(v.get(field) or "")
        self.grid.attendance.set_rows([p for p in self.draft.people if p.get("member_uuid")])
        self._fill_guests([p for p in self.draft.people if not p.get("member_uuid")])
        ui.votesTable.setRowCount(0)
        for vote in self.draft.votes:
            self.add_vote(vote)
        self._fill_grades()
        self._fill_files()
        title = self.tr("编辑会议记录：{0}").format(v["title"]) if self.uuid else self.tr("新建会议记录")
        self.setWindowTitle(title)

    def _fill_guests(self, guests: list[dict]) -> None:
        table = self.ui.guestsTable
        table.blockSignals(True)
        table.setRowCount(0)
        for guest in guests:
            row = table.rowCount()
            table.insertRow(row)
            name = QTableWidgetItem(guest.get("name") or "")
            name.setData(Qt.ItemDataRole.UserRole, guest.get("uuid"))
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(guest.get("note") or ""))
        table.blockSignals(False)

    def _fill_grades(self) -> None:
        table = self.ui.gradesTable
        chosen = {**self.draft.grades, **{k: v for k, v in self.grades().items() if v}}
        people = [p for p in self.grid.attendance.rows if p.get("status") != mt.EXCUSED]
        table.setRowCount(len(people))
        for row, person in enumerate(people):
            table.setItem(row, 0, QTableWidgetItem(person["name"]))
            table.setItem(row, 1, QTableWidgetItem(person.get("category") or ""))
            if person.get("category") == "预备":
                item = QTableWidgetItem(self.tr("预备党员不评定等次"))
                item.setForeground(Qt.GlobalColor.gray)
                table.setItem(row, 2, item)
                table.removeCellWidget(row, 2)
                continue
            combo = QComboBox()
            fill_combo(combo, mt.GRADES, self.tr("未评定"))
            select_value(combo, chosen.get(person["member_uuid"], ""))
            combo.setProperty("member_uuid", person["member_uuid"])
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            table.setCellWidget(row, 2, combo)

    def _fill_files(self) -> None:
        ui = self.ui
        ui.filesList.clear()
        for att in self.draft.attachments:
            if att["uuid"] in self.draft.remove_files:
                continue
            try:
                data = mt.attachment_data(self.store, att["uuid"])
                tip = att["caption"] or att["file_name"]
            except UserError as exc:
                data, tip = None, exc.message
            item = QListWidgetItem(thumbnail(data, att["mime"]), att["file_name"])
            item.setData(Qt.ItemDataRole.UserRole, ("stored", att["uuid"]))
            item.setToolTip(tip)
            ui.filesList.addItem(item)
        for i, new in enumerate(self.draft.add_files):
            item = QListWidgetItem(thumbnail(new.data, mt.sniff_mime(new.data, new.file_name)),
                                   self.tr("{0}（未保存）").format(new.file_name))
            item.setData(Qt.ItemDataRole.UserRole, ("new", i))
            ui.filesList.addItem(item)
        count = ui.filesList.count()
        ui.tabs.setTabText(TABS["attachments"], self.tr("附件（{0}）").format(count) if count else self.tr("附件"))

    # ----- reading the widgets ----------------------------------------------------------------

    def values(self) -> dict:
        ui = self.ui
        v = dict(self.draft.values)
        v["kind"] = combo_value(ui.kindCombo)
        v["group_uuid"] = combo_value(ui.groupCombo) or None
        v["held_on"] = normalise_date_text(ui.dateEdit.text())
        for field in LINE_FIELDS:
            v[field] = getattr(ui, FIELD_WIDGETS[field]).text()
        for field in TEXT_FIELDS:
            v[field] = getattr(ui, FIELD_WIDGETS[field]).toPlainText()
        return v

    def guests(self) -> list[dict]:
        table, out = self.ui.guestsTable, []
        for row in range(table.rowCount()):
            name, note = table.item(row, 0), table.item(row, 1)
            out.append({"uuid": name.data(Qt.ItemDataRole.UserRole) if name else None, "member_uuid": None,
                        "name": name.text() if name else "", "note": note.text() if note else "",
                        "status": mt.GUEST, "category": "", "has_vote": 0, "reason": ""})
        return out

    def votes(self) -> list[dict]:
        table, out = self.ui.votesTable, []
        for row in range(table.rowCount()):
            vote = {"uuid": table.item(row, 0).data(Qt.ItemDataRole.UserRole), "note": ""}
            for column, key in enumerate(VOTE_COLUMNS):
                widget = table.cellWidget(row, column)
                if isinstance(widget, QComboBox):
                    vote[key] = widget.currentText()
                else:
                    item = table.item(row, column)
                    vote[key] = item.text().strip() if item else ""
            out.append(vote)
        return out

    def grades(self) -> dict[str, str]:
        table, out = self.ui.gradesTable, {}
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                out[combo.property("member_uuid")] = combo_value(combo) or ""
        return out

    def current_draft(self) -> mt.MeetingDraft:
        d = self.draft
        return mt.MeetingDraft(self.values(), self.grid.attendance.rows + self.guests(), self.votes(),
                               self.grades(), d.attachments, d.add_files, d.remove_files)

    # ----- live behaviour ---------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._loading and self.isVisible():
            self._timer.start()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _kind(self) -> mt.MeetingKind:
        return self.kinds[combo_value(self.ui.kindCombo)]

    def _kind_ui(self) -> None:
        kind, ui = self._kind(), self.ui
        lecture = kind.code == mt.LECTURE
        for name in ("lecturerLabel", "lecturerEdit", "topicLabel", "topicEdit"):
            getattr(ui, name).setEnabled(lecture or bool(getattr(ui, name.replace("Label", "Edit")).text()))
        group = kind.audience == "group"
        ui.groupCombo.setEnabled(group and ui.groupCombo.count() > 1)
        ui.groupLabel.setEnabled(group)
        ui.tabs.setTabEnabled(TABS["votes"], kind.votes)
        ui.tabs.setTabEnabled(TABS["grades"], kind.code == mt.APPRAISAL)

    def _kind_changed(self) -> None:
        """A new record changes kind: the new kind's template where the fields still hold the old
        one, and the roster of whoever that kind expects."""
        if self._loading:
            return
        kind = self._kind()
        if self.uuid is None:
            group = combo_value(self.ui.groupCombo) or None
            if kind.audience == "group" and not group and self.ui.groupCombo.count() > 1:
                self.ui.groupCombo.blockSignals(True)
                self.ui.groupCombo.setCurrentIndex(1)
                self.ui.groupCombo.blockSignals(False)
            day = self._day() or dt.date.today()
            fresh = mt.new_draft(self.store, self.branch_uuid, kind.code,
                                 combo_value(self.ui.groupCombo) or None, day)
            current = self.values()
            for field in ("title", "agenda", "minutes", "host", "recorder", "lecturer"):
                if (current.get(field) or "") == (self._template.get(field) or ""):
                    widget = getattr(self.ui, FIELD_WIDGETS[field])
                    if field in TEXT_FIELDS:
                        widget.setPlainText(fresh.values[field] or "")
                    else:
                        widget.setText(fresh.values[field] or "")
            self._template = dict(fresh.values)
        if kind.audience != "group":
            select_value(self.ui.groupCombo, "")
        self._kind_ui()
        self._roster_changed()

    def _day(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(normalise_date_text(self.ui.dateEdit.text()))
        except ValueError:
            return None

    def _date_finished(self) -> None:
        self.ui.dateEdit.setText(normalise_date_text(self.ui.dateEdit.text()))
        self._roster_changed()

    def _roster_changed(self) -> None:
        """Kind, group or date changed: a roster nobody has marked yet follows; a marked one stays
        (the clerk can rebuild it with the button)."""
        if self._loading:
            return
        if not any(p.get("status") for p in self.grid.attendance.rows):
            self.refresh_people()
        self._changed()

    def refresh_people(self) -> None:
        draft = self.current_draft()
        if self._day() is None:
            return
        draft.values["held_on"] = self._day().isoformat()
        people = mt.refresh_people(self.store, draft)
        self.grid.attendance.set_rows([p for p in people if p.get("member_uuid")])
        self._fill_grades()
        self._changed()

    def add_guest(self) -> None:
        table = self.ui.guestsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(""))
        table.setItem(row, 1, QTableWidgetItem(""))
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    def remove_guest(self) -> None:
        row = self.ui.guestsTable.currentRow()
        if row >= 0:
            self.ui.guestsTable.removeRow(row)
            self._changed()

    def add_vote(self, vote: dict | None = None) -> None:
        vote = vote or {}
        table = self.ui.votesTable
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        subject = QTableWidgetItem(vote.get("subject") or "")
        subject.setData(Qt.ItemDataRole.UserRole, vote.get("uuid"))
        table.setItem(row, 0, subject)
        kind_combo = QComboBox()
        kind_combo.addItems(list(mt.VOTE_TYPES))
        kind_combo.setCurrentText(vote.get("vote_type") or "表决")
        kind_combo.currentIndexChanged.connect(lambda _i: self._changed())
        table.setCellWidget(row, 1, kind_combo)
        method = QComboBox()
        method.setEditable(True)
        method.addItems(list(mt.VOTE_METHODS))
        method.setCurrentText(vote.get("method") or mt.VOTE_METHODS[0])
        method.currentTextChanged.connect(lambda _t: self._changed())
        table.setCellWidget(row, 2, method)
        for column, key in enumerate(VOTE_COLUMNS[3:], 3):
            item = QTableWidgetItem(str(vote.get(key) or 0))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, column, item)
        result = QTableWidgetItem("")
        result.setFlags(Qt.ItemFlag.ItemIsEnabled)
        table.setItem(row, 9, result)
        table.blockSignals(False)
        if not vote:
            table.setCurrentCell(row, 0)
            table.editItem(subject)
        self._changed()

    def remove_vote(self) -> None:
        row = self.ui.votesTable.currentRow()
        if row >= 0:
            self.ui.votesTable.removeRow(row)
            self._changed()

    # ----- what core says ---------------------------------------------------------------------

    def refresh_check(self) -> mt.MeetingCheck:
        check = mt.check_meeting(self.store, self.current_draft(), self.uuid, self._today)
        t, ui = check.tally, self.ui
        text = self.tr("应到 {0} 人　实到 {1} 人　请假 {2} 人　缺席 {3} 人").format(t.expected, t.present, t.leave, t.absent)
        if t.excused:
            text += self.tr("　不计应到 {0} 人").format(t.excused)
        if t.guests:
            text += self.tr("　列席 {0} 人").format(t.guests)
        if t.unrecorded:
            text += self.tr("　未登记 {0} 人").format(t.unrecorded)
        ui.tallyLabel.setText(text)
        kind = self._kind()
        if kind.votes:
            committee = kind.audience == "committee"
            ok = mt.quorum_ok(t, kind.audience)
            who = self.tr("委员") if committee else self.tr("有表决权的党员")
            ui.quorumLabel.setText(self.tr("应到{0} {1} 名，实到 {2} 名：{3}。通过须赞成票（含书面意见）超过应到{0}的半数，"
                                           "即不少于 {4} 票。").format(
                who, t.expected if committee else t.voting_expected, t.present if committee else t.voting_present,
                self.tr("已达到规定人数，可以表决") if ok else self.tr("未超过半数，不能作出决议"),
                (t.expected if committee else t.voting_expected) // 2 + 1))
            ui.quorumLabel.setStyleSheet("" if ok else "color: #c62828;")
            table = ui.votesTable
            table.blockSignals(True)
            for row, result in enumerate(check.vote_results):
                if row < table.rowCount() and f"votes.{row}" not in check.problems:
                    table.item(row, 9).setText(
                        self.tr("到会人数不足，不能决议") if not result.quorum_ok else
                        self.tr("{0}（赞成 {1} 票，需 {2} 票）").format(
                            self.tr("通过") if result.passed else self.tr("未通过"), result.votes_in_favour,
                            result.needed))
                    table.item(row, 9).setToolTip(result.text)
                elif row < table.rowCount():
                    table.item(row, 9).setText("")
            table.blockSignals(False)
        grades = self.grades()
        graded = [g for g in grades.values() if g]
        counts = "，".join(f"{g} {graded.count(g)} 名" for g in mt.GRADES)
        ui.gradesSummaryLabel.setText(self.tr("已评定 {0} 名：{1}").format(len(graded), counts))
        problems = check.problems if self._show_problems else {}
        self.show_problems(problems)
        show_error(ui.warningsLabel, "\n".join(self.tr("提醒：") + w for w in check.warnings)
                   if self._show_problems else "")
        return check

    def show_problems(self, problems: dict[str, str]) -> None:
        ui = self.ui
        for field, name in FIELD_WIDGETS.items():
            widget = getattr(ui, name)
            widget.setStyleSheet(ERROR_STYLE if field in problems else "")
            widget.setToolTip(problems.get(field, ""))
        rows = {int(k.split(".")[1]): m for k, m in problems.items() if k.startswith("attendance.")}
        members = len(self.grid.attendance.rows)
        self.grid.attendance.set_problems({r: m for r, m in rows.items() if r < members})
        lines = []
        for key, message in problems.items():
            label = mt.FIELD_LABELS.get(key)
            lines.append(f"{label}：{message}" if label and key in FIELD_WIDGETS else message)
        show_error(ui.problemsLabel, "\n".join(lines))

    def _first_problem_tab(self, problems: dict[str, str]) -> None:
        for prefix, tab in (("attendance", "attendance"), ("agenda", "content"), ("minutes", "content"),
                            ("votes", "votes"), ("grades", "grades"), ("attachments", "attachments")):
            if any(k == prefix or k.startswith(prefix + ".") for k in problems):
                self.ui.tabs.setCurrentIndex(TABS[tab])
                return
        for field, name in FIELD_WIDGETS.items():
            if field in problems:
                getattr(self.ui, name).setFocus()
                return

    # ----- actions ----------------------------------------------------------------------------

    def save(self) -> None:
        """Save through core (one transaction); problems stay in the dialog, by field."""
        self._show_problems = True
        self._timer.stop()
        check = self.refresh_check()
        if not check.ok:
            self._first_problem_tab(check.problems)
            return
        try:
            self.saved_uuid = mt.save_meeting(self.store, self.current_draft(), self.uuid, self._today)
        except ValidationError as exc:
            self.show_problems(exc.problems)
            self._first_problem_tab(exc.problems)
            return
        except UserError as exc:
            show_error(self.ui.problemsLabel, exc.message)
            return
        self.accept()

    def save_template(self) -> None:
        """The agenda and minutes as this branch's template for the kind (its own small operation)."""
        kind = self._kind()
        try:
            mt.save_kind_settings(self.store, self.branch_uuid, kind.code, {
                "template_agenda": self.ui.agendaEdit.toPlainText().strip(),
                "template_minutes": self.ui.minutesEdit.toPlainText().strip()})
        except UserError as exc:
            show_error(self.ui.problemsLabel, exc.message)
            return
        self.kinds = {k.code: k for k in mt.kinds_for(self.store, self.branch_uuid)}
        self.ui.templateHint.setText(self.tr("已存为本支部“{0}”的模板，以后新建时自动填入。").format(kind.name))

    def add_files(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("添加附件"), "", self.tr("图片和扫描件 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.pdf);;"
                                                    "所有文件 (*)"))
        problems = []
        for path in paths:
            try:
                self.draft.add_files.append(mt.read_attachment_file(path))
            except UserError as exc:
                problems.append(exc.message)
        self._fill_files()
        if problems:
            show_error(self.ui.problemsLabel, "\n".join(problems))
        self._changed()

    def _selected_file(self):
        item = self.ui.filesList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def view_file(self) -> None:
        selected = self._selected_file()
        if selected is None:
            return
        where, key = selected
        try:
            if where == "new":
                new = self.draft.add_files[key]
                data, name, mime, caption = new.data, new.file_name, mt.sniff_mime(new.data, new.file_name), ""
            else:
                att = next(a for a in self.draft.attachments if a["uuid"] == key)
                data = mt.attachment_data(self.store, key)
                name, mime, caption = att["file_name"], att["mime"], att["caption"]
        except UserError as exc:
            QMessageBox.warning(self, self.tr("附件"), exc.message)
            return
        AttachmentViewer(data, name, mime, caption, parent=self).exec()

    def remove_file(self) -> None:
        selected = self._selected_file()
        if selected is None:
            return
        where, key = selected
        if where == "new":
            del self.draft.add_files[key]
        else:
            self.draft.remove_files.append(key)
        self._fill_files()
        self._changed()

    def show_history(self) -> None:
        from djdesk.ui.meeting_history import MeetingHistoryDialog

        if self.uuid:
            MeetingHistoryDialog(self.store, self.uuid, parent=self).exec()
