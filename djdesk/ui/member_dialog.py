"""Add or edit one member (forms/member_dialog.ui).

Every check is core's ``members.check_member``: the dialog only collects the widgets' values,
shows each problem in red under its field (for fields the clerk has touched, and all of them
after a first click on 保存) and the warnings in an amber line that does not block saving.
"""

from __future__ import annotations

import datetime as dt

from djdesk.core import codes, idnumber, members, orgs
from djdesk.core.database import scope_org
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store
from djdesk.ui.fields import (combo_value, fill_combo, normalise_date_text, select_value, show_error,
                              tidy_date_edit)
from djdesk.ui.forms.ui_member_dialog import Ui_MemberDialog
from djdesk.ui.qt import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLineEdit, QTimer

# member field -> (input widget, inline error label) names in the form
FIELD_WIDGETS = {
    "name": ("nameEdit", "nameError"),
    "id_number": ("idNumberEdit", "idNumberError"),
    "gender": ("genderCombo", "genderError"),
    "birth_date": ("birthDateEdit", "birthDateError"),
    "ethnicity": ("ethnicityCombo", "ethnicityError"),
    "native_place": ("nativePlaceEdit", "nativePlaceError"),
    "education": ("educationCombo", "educationError"),
    "occupation": ("occupationCombo", "occupationError"),
    "phone": ("phoneEdit", "phoneError"),
    "address": ("addressEdit", "addressError"),
    "org_uuid": ("branchCombo", "branchError"),
    "group_uuid": ("groupCombo", "groupError"),
    "category": ("categoryCombo", "categoryError"),
    "party_post": ("partyPostEdit", "partyPostError"),
    "apply_date": ("applyDateEdit", "applyDateError"),
    "join_date": ("joinDateEdit", "joinDateError"),
    "conversion_date": ("conversionDateEdit", "conversionDateError"),
    "work_start_date": ("workStartDateEdit", "workStartDateError"),
    "is_flowing": ("flowingCheck", None),
    "flowing_to": ("flowingToEdit", "flowingToError"),
    "flowing_since": ("flowingSinceEdit", "flowingSinceError"),
    "hardship": ("hardshipCheck", None),
    "elderly_infirm": ("elderlyCheck", None),
    "note": ("noteEdit", None),
}
VALIDATE_AFTER_MS = 250


def branch_choices(store: Store, root_uuid: str | None) -> list[tuple[str, str]]:
    """(label, uuid) of the branches under a root; a name used twice gets its parent's name."""
    nodes = orgs.tree(store, root_uuid)
    by_uuid = {n.uuid: n for n in nodes}
    branches = [n for n in nodes if n.kind in codes.BRANCH_KINDS]
    seen: dict[str, int] = {}
    for n in branches:
        seen[n.name] = seen.get(n.name, 0) + 1
    out = []
    for n in branches:
        parent = by_uuid.get(n.parent_uuid)
        label = f"{n.name}（{parent.name}）" if seen[n.name] > 1 and parent else n.name
        out.append((label, n.uuid))
    return out


class MemberDialog(QDialog):
    """``uuid=None`` adds a member; otherwise edits that member. ``saved_uuid`` is set on save."""

    def __init__(self, store: Store, *, uuid: str | None = None, org_uuid: str | None = None,
                 parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.store = store
        self.uuid = uuid
        self.saved_uuid: str | None = None
        self._today = today
        self._current: dict = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_AFTER_MS)
        self._timer.timeout.connect(self.validate)

        ui = self.ui
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("保存"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

        fill_combo(ui.genderCombo, codes.GENDERS, self.tr("请选择"))
        fill_combo(ui.ethnicityCombo, codes.ETHNICITIES, self.tr("请选择"))
        fill_combo(ui.educationCombo, codes.EDUCATIONS, self.tr("未填"))
        fill_combo(ui.occupationCombo, codes.OCCUPATIONS, self.tr("未填"))
        fill_combo(ui.categoryCombo, codes.CATEGORIES)
        fill_combo(ui.entryKindCombo, members.INITIAL_EVENTS)
        scope = (scope_org(store) or {}).get("uuid")
        fill_combo(ui.branchCombo, branch_choices(store, scope), self.tr("请选择"))
        for name in ("birthDateEdit", "applyDateEdit", "joinDateEdit", "conversionDateEdit",
                     "workStartDateEdit", "flowingSinceEdit", "entryDateEdit"):
            tidy_date_edit(getattr(ui, name))

        if uuid is None:
            self.setWindowTitle(self.tr("新增党员"))
            select_value(ui.ethnicityCombo, "汉族")
            select_value(ui.branchCombo, self._default_branch(org_uuid or scope))
            ui.entryDateEdit.setText((today or dt.date.today()).isoformat())
        else:
            record = members.get_member(store, uuid)
            self.setWindowTitle(self.tr("编辑党员：{0}").format(record["name"]))
            ui.entryGroup.hide()
            self._load(record)
            self._show_all = True  # a stored record's problems and warnings are shown at once
        self._refill_groups(keep=self._current.get("group_uuid"))

        for field, (widget_name, _) in FIELD_WIDGETS.items():
            self._watch(getattr(ui, widget_name), field)
        ui.branchCombo.currentIndexChanged.connect(lambda _: self._refill_groups())
        ui.idNumberEdit.textChanged.connect(self._fill_from_id_number)
        ui.flowingCheck.toggled.connect(self._flowing_toggled)
        ui.entryKindCombo.currentIndexChanged.connect(lambda _: self._entry_kind_changed())
        self._flowing_toggled(ui.flowingCheck.isChecked())
        self._entry_kind_changed()
        self.validate()
        ui.nameEdit.setFocus()
        self.resize(max(self.width(), 900), self.minimumSizeHint().height())

    # ----- loading ----------------------------------------------------------------------------

    def _default_branch(self, org_uuid: str | None) -> str:
        """The selected org if it is a branch, else its only branch (a village usually has one),
        else nothing: the clerk must choose."""
        if not org_uuid:
            return ""
        candidates = [u for _, u in branch_choices(self.store, org_uuid)]
        return candidates[0] if len(candidates) == 1 else ""

    def _load(self, record: dict) -> None:
        self._current = record
        for field, (widget_name, _) in FIELD_WIDGETS.items():
            widget = getattr(self.ui, widget_name)
            value = record.get(field)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                if field != "group_uuid":
                    select_value(widget, value)
            else:
                widget.setText("" if value is None else str(value))

    def _refill_groups(self, keep: str | None = None) -> None:
        branch = combo_value(self.ui.branchCombo)
        current = keep if keep is not None else combo_value(self.ui.groupCombo)
        groups = [(n.name, n.uuid) for n in orgs.tree(self.store, branch) if n.kind == "group"] if branch else []
        self.ui.groupCombo.blockSignals(True)
        fill_combo(self.ui.groupCombo, groups, self.tr("（不分党小组）"))
        index = self.ui.groupCombo.findData(current or "")
        self.ui.groupCombo.setCurrentIndex(max(index, 0))
        self.ui.groupCombo.blockSignals(False)
        self.ui.groupCombo.setEnabled(bool(groups))

    # ----- reading the widgets ----------------------------------------------------------------

    def values(self) -> dict:
        """The member fields as the widgets hold them (dates in ISO form where recognisable)."""
        out = {}
        for field, (widget_name, _) in FIELD_WIDGETS.items():
            widget = getattr(self.ui, widget_name)
            if isinstance(widget, QCheckBox):
                out[field] = 1 if widget.isChecked() else 0
            elif isinstance(widget, QComboBox):
                out[field] = combo_value(widget) or ""
            else:
                text = widget.text()
                out[field] = normalise_date_text(text) if field in members.DATE_FIELDS else text
        return out

    # ----- live behaviour ---------------------------------------------------------------------

    def _watch(self, widget, field: str) -> None:
        def changed(*_):
            self._touched.add(field)
            self._timer.start()
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(changed)

    def _fill_from_id_number(self, text: str) -> None:
        """A valid ID number fills in the birth date and gender when they are still empty."""
        check = idnumber.check_id_number(text, self._today)
        if not check.ok:
            return
        if not self.ui.birthDateEdit.text().strip():
            self.ui.birthDateEdit.setText(check.birth_date.isoformat())
        if not combo_value(self.ui.genderCombo):
            select_value(self.ui.genderCombo, check.gender)
        self._timer.start()

    def _flowing_toggled(self, on: bool) -> None:
        self.ui.flowingToEdit.setEnabled(on)
        self.ui.flowingSinceEdit.setEnabled(on)

    def _entry_kind_changed(self) -> None:
        transfer = combo_value(self.ui.entryKindCombo) == "转入"
        self.ui.counterpartEdit.setEnabled(transfer)
        self.ui.counterpartLabel.setEnabled(transfer)
        self.ui.entryDateLabel.setText(self.tr("转入日期") if transfer else self.tr("登记日期"))

    def _entry_problems(self) -> dict[str, str]:
        """How a new member comes onto the roster (checked by core: members.check_entry)."""
        if self.uuid is not None:
            return {}
        return members.check_entry(combo_value(self.ui.entryKindCombo),
                                   normalise_date_text(self.ui.entryDateEdit.text()),
                                   self.ui.counterpartEdit.text(), self._today)

    def validate(self) -> members.MemberCheck:
        """Run the core check and show its problems and warnings."""
        check = members.check_member(self.store, self.values(), uuid=self.uuid, today=self._today)
        problems = dict(check.problems)
        if self._show_all:
            problems.update(self._entry_problems())
        self.show_problems(problems, check.warnings)
        return check

    def show_problems(self, problems: dict[str, str], warnings: list[str] = ()) -> None:
        visible = problems if self._show_all else {k: v for k, v in problems.items() if k in self._touched}
        unplaced = []
        for field, message in visible.items():
            if field not in FIELD_WIDGETS and field not in ("entry_date", "counterpart"):
                unplaced.append(message)
            elif field in FIELD_WIDGETS and FIELD_WIDGETS[field][1] is None:
                unplaced.append(message)
        for field, (_, error_name) in FIELD_WIDGETS.items():
            if error_name:
                show_error(getattr(self.ui, error_name), visible.get(field))
        show_error(self.ui.entryDateError, visible.get("entry_date"))
        show_error(self.ui.counterpartError, visible.get("counterpart"))
        notes = [*unplaced, *(self.tr("提醒：") + w for w in warnings)] if (self._touched or self._show_all) else []
        show_error(self.ui.warningLabel, "\n".join(notes))

    # ----- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Save through core (one transaction); problems stay in the dialog."""
        self._show_all = True
        self._timer.stop()
        check = self.validate()
        if not check.ok or self._entry_problems():
            self._focus_first_problem(check.problems)
            return
        try:
            if self.uuid is None:
                kind = combo_value(self.ui.entryKindCombo)
                self.saved_uuid = members.add_member(
                    self.store, self.values(), entry=kind,
                    entry_date=normalise_date_text(self.ui.entryDateEdit.text()),
                    counterpart=self.ui.counterpartEdit.text().strip() if kind == "转入" else "",
                    today=self._today)
            else:
                members.update_member(self.store, self.uuid, self.values(), today=self._today)
                self.saved_uuid = self.uuid
        except ValidationError as exc:
            self.show_problems(exc.problems, check.warnings)
            self._focus_first_problem(exc.problems)
            return
        except UserError as exc:   # read-only database or account, disk full …: core's message
            from djdesk.ui.errors import show_user_error

            show_user_error(exc.message, self)
            return
        self.accept()

    def _focus_first_problem(self, problems: dict[str, str]) -> None:
        for field, (widget_name, _) in FIELD_WIDGETS.items():
            if field in problems:
                getattr(self.ui, widget_name).setFocus()
                return
