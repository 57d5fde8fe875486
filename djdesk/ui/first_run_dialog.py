"""Create the clerk's own database (forms/first_run_dialog.ui) with core ``create_database``."""

from __future__ import annotations

from pathlib import Path

from djdesk.core import paths
from djdesk.core.database import NewDatabase, create_database
from djdesk.core.errors import UserError, ValidationError
from djdesk.core.store import Store
from djdesk.ui.fields import show_error
from djdesk.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from djdesk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QDialog, QDialogButtonBox, QFileDialog

DB_FILTER = QT_TRANSLATE_NOOP("Files", "党建桌面数据库 (*.sqlite *.db)")


def db_filter() -> str:
    return QCoreApplication.translate("Files", DB_FILTER)


def suggested_path() -> Path:
    """The default database file if it is free, else a numbered one beside it."""
    path = paths.default_db_path()
    number = 2
    while path.exists():
        path = path.with_name(f"djdesk-{number}.sqlite")
        number += 1
    return path


class FirstRunDialog(QDialog):
    """``role`` is "village" or "township"; after OK, ``store`` is the new open database."""

    def __init__(self, role: str = "village", parent=None):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.store: Store | None = None
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.create)
        ui.buttonBox.rejected.connect(self.reject)
        ui.browseButton.clicked.connect(self.browse)
        (ui.townshipRadio if role == "township" else ui.villageRadio).setChecked(True)
        ui.villageRadio.toggled.connect(lambda _: self._role_changed())
        ui.pathEdit.setText(str(suggested_path()))
        self._role_changed()
        self.show_problems({})

    @property
    def role(self) -> str:
        return "village" if self.ui.villageRadio.isChecked() else "township"

    def _role_changed(self) -> None:
        village = self.role == "village"
        ui = self.ui
        for widget in (ui.villageNameLabel, ui.villageNameEdit, ui.villageCodeLabel, ui.villageCodeEdit,
                       ui.branchNameLabel, ui.branchNameEdit):
            widget.setVisible(village)
        if not village:
            show_error(ui.villageNameError, None)
        self.setWindowTitle(self.tr("新建本村数据库") if village else self.tr("新建乡镇数据库"))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("数据库保存位置"), self.ui.pathEdit.text(),
                                              db_filter())
        if path:
            if not path.lower().endswith((".sqlite", ".db")):
                path += ".sqlite"
            self.ui.pathEdit.setText(path)

    def spec(self) -> NewDatabase:
        ui = self.ui
        village = self.role == "village"
        return NewDatabase(
            role=self.role, township_name=ui.townshipNameEdit.text().strip(),
            township_code=ui.townshipCodeEdit.text().strip(),
            village_name=ui.villageNameEdit.text().strip() if village else "",
            village_code=ui.villageCodeEdit.text().strip() if village else "",
            branch_name=ui.branchNameEdit.text().strip() if village else "")

    def show_problems(self, problems: dict[str, str]) -> None:
        show_error(self.ui.townshipNameError, problems.get("township_name"))
        show_error(self.ui.villageNameError, problems.get("village_name"))
        show_error(self.ui.pathError, problems.get("path") or problems.get("role"))

    def create(self) -> None:
        path = self.ui.pathEdit.text().strip()
        if not path:
            self.show_problems({"path": self.tr("请选择数据库保存位置")})
            return
        try:
            self.store = create_database(Path(path), self.spec())
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except UserError as exc:  # the file already exists, or cannot be created there
            self.show_problems({"path": str(exc)})
            return
        self.accept()
