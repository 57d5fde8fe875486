"""Meeting kinds and their templates for an organisation (forms/meeting_kinds_dialog.ui).

A township can set, say, the 党课 frequency for all its branches (RULES.md §2 leaves it to local
rules); a branch can keep its own agenda templates; user-defined kinds are added here. Everything
the dialog changed is written by core ``meetings.apply_kind_changes`` in one transaction."""

from __future__ import annotations

from djdesk.core import meetings as mt
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store
from djdesk.ui.fields import combo_value, fill_combo, select_value, show_error
from djdesk.ui.forms.ui_meeting_kinds_dialog import Ui_MeetingKindsDialog
from djdesk.ui.qt import QDialog, QDialogButtonBox, QListWidgetItem, Qt

EDITABLE = ("name", "frequency", "audience", "votes", "counts_as_life", "template_title", "template_agenda",
            "template_minutes")


def _values(kind: mt.MeetingKind) -> dict:
    return {"name": kind.name, "frequency": kind.frequency, "audience": kind.audience, "votes": int(kind.votes),
            "counts_as_life": int(kind.counts_as_life), "template_title": kind.template_title,
            "template_agenda": kind.template_agenda, "template_minutes": kind.template_minutes}


class MeetingKindsDialog(QDialog):
    def __init__(self, store: Store, org_uuid: str, org_name: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_MeetingKindsDialog()
        self.ui.setupUi(self)
        self.store, self.org_uuid = store, org_uuid
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.scopeLabel.setText(self.tr("以下设置适用于“{0}”及其下级组织；下级组织可以另行设置，以最近一级的设置为准。"
                                      "党课的召开频次全国没有统一规定，默认每季度一次。").format(org_name))
        fill_combo(ui.frequencyCombo, [(label, code) for code, label in mt.FREQUENCIES.items()])
        fill_combo(ui.audienceCombo, [(label, code) for code, label in mt.AUDIENCES.items()])
        self.kinds = {k.code: k for k in mt.kinds_for(store, org_uuid)}
        self.original = {code: _values(k) for code, k in self.kinds.items()}
        self.values = {code: dict(v) for code, v in self.original.items()}
        self.new: list[dict] = []
        self.removed: list[str] = []
        self._loading = False
        for code, kind in self.kinds.items():
            self._add_item(kind.name, code)
        ui.kindsList.currentItemChanged.connect(lambda current, _previous: self._show(current))
        for widget in (ui.nameEdit, ui.titleTemplateEdit):
            widget.textEdited.connect(lambda _text: self._store_form())
        for widget in (ui.frequencyCombo, ui.audienceCombo):
            widget.currentIndexChanged.connect(lambda _i: self._store_form())
        for widget in (ui.votesCheck, ui.lifeCheck):
            widget.toggled.connect(lambda _on: self._store_form())
        for widget in (ui.agendaTemplateEdit, ui.minutesTemplateEdit):
            widget.textChanged.connect(self._store_form)
        ui.addKindButton.clicked.connect(self.add_kind)
        ui.removeKindButton.clicked.connect(self.remove_kind)
        show_error(ui.errorLabel, None)
        ui.kindsList.setCurrentRow(0)

    def _add_item(self, name: str, key: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.ui.kindsList.addItem(item)
        return item

    def _key(self, item) -> str | None:
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current(self) -> dict | None:
        key = self._key(self.ui.kindsList.currentItem())
        if key is None:
            return None
        return self.new[int(key[3:])] if key.startswith("new") else self.values[key]

    def _show(self, item) -> None:
        key = self._key(item)
        values = self._current()
        if values is None:
            return
        self._loading = True
        ui = self.ui
        builtin = key in mt.KINDS
        ui.nameEdit.setText(values["name"])
        select_value(ui.frequencyCombo, values["frequency"])
        select_value(ui.audienceCombo, values["audience"])
        ui.votesCheck.setChecked(bool(values["votes"]))
        ui.lifeCheck.setChecked(bool(values["counts_as_life"]))
        ui.titleTemplateEdit.setText(values["template_title"])
        ui.agendaTemplateEdit.setPlainText(values["template_agenda"])
        ui.minutesTemplateEdit.setPlainText(values["template_minutes"])
        for widget in (ui.nameEdit, ui.audienceCombo, ui.votesCheck, ui.lifeCheck):
            widget.setEnabled(not builtin)
        kind = self.kinds.get(key)
        ui.sourceLabel.setText(kind.source if kind else self.tr("本组织自定义"))
        removable = key.startswith("new") or (kind is not None and not kind.builtin
                                              and kind.setting_org_uuid == self.org_uuid)
        ui.removeKindButton.setEnabled(removable)
        self._loading = False

    def _store_form(self) -> None:
        values = self._current()
        if self._loading or values is None:
            return
        ui = self.ui
        values.update(name=ui.nameEdit.text().strip() or values["name"], frequency=combo_value(ui.frequencyCombo),
                      audience=combo_value(ui.audienceCombo), votes=int(ui.votesCheck.isChecked()),
                      counts_as_life=int(ui.lifeCheck.isChecked()), template_title=ui.titleTemplateEdit.text(),
                      template_agenda=ui.agendaTemplateEdit.toPlainText(),
                      template_minutes=ui.minutesTemplateEdit.toPlainText())
        if ui.nameEdit.text().strip():
            ui.kindsList.currentItem().setText(values["name"])

    def add_kind(self) -> None:
        self.new.append({"name": self.tr("新会议类型"), "frequency": "none", "audience": "branch", "votes": 0,
                         "counts_as_life": 1, "template_title": "", "template_agenda": "", "template_minutes": ""})
        item = self._add_item(self.new[-1]["name"], f"new{len(self.new) - 1}")
        self.ui.kindsList.setCurrentItem(item)
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    def remove_kind(self) -> None:
        item = self.ui.kindsList.currentItem()
        key = self._key(item)
        if key is None:
            return
        if key.startswith("new"):
            self.new[int(key[3:])] = None   # keep the indexes of the other new kinds
        else:
            self.removed.append(key)
        self.ui.kindsList.takeItem(self.ui.kindsList.row(item))

    def changes(self) -> tuple[dict[str, dict], list[dict], list[str]]:
        settings = {code: {k: v for k, v in values.items() if k in EDITABLE}
                    for code, values in self.values.items()
                    if code not in self.removed and values != self.original[code]}
        return settings, [v for v in self.new if v is not None], list(self.removed)

    def save(self) -> None:
        settings, new, removed = self.changes()
        try:
            mt.apply_kind_changes(self.store, self.org_uuid, settings, new, removed)
        except ValidationError as exc:
            show_error(self.ui.errorLabel, "\n".join(exc.problems.values()))
            return
        except UserError as exc:
            show_error(self.ui.errorLabel, exc.message)
            return
        self.accept()
