"""The 数据交换 section (issue #7): USB handoff between a village and its township.

``ExchangePage(store)`` adapts to the installation's role (``meta.role``):

- **village**: enrolment (import the township's ``.djenrol`` after comparing its fingerprint with
  the printed sheet), export of the village's package to a USB stick (written, read back and
  verified before the page says the stick may be removed), loading the township's receipt
  (回执), importing the township's return package after a field-by-field preview, conflicts,
  and the history of packages sent and received;
- **township**: the tracking board (per village: last package, overdue, receipts), enrolment
  of villages (enrolment files; a first package is accepted only after the clerk types the
  village's fingerprint), import of one or many packages with a summary per package (or core's
  refusal message), conflicts with review and reverse, return packages, the history.

Everything shown comes from ``djdesk.core.sync``; work that touches a stick or the whole
database runs on a worker (``tasks.run_in_worker``) with its own Store. Every refusal shows
core's Chinese message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from djdesk.core import orgs
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.store import Store
from djdesk.core.sync import enrol, identity, merge, package, township
from djdesk.core.sync.container import PackageRefused
from djdesk.ui.errors import show_user_error
from djdesk.ui.exchange_dialogs import FingerprintDialog, PreviewDialog, counts_text
from djdesk.ui.exchange_labels import HIDDEN, RecordNames, field_label, record_name, table_label, value_text
from djdesk.ui.qt import (QT_TRANSLATE_NOOP, QAbstractItemView, QBrush, QColor, QFileDialog, QGroupBox, QHBoxLayout,
                          QHeaderView, QLabel, QMessageBox, QPushButton, Qt, QTableWidget, QTableWidgetItem,
                          QTabWidget, QVBoxLayout, QWidget, Signal)
from djdesk.ui.tasks import run_in_worker, run_read

UUID_ROLE = Qt.ItemDataRole.UserRole
# township.TrackingRow.state, for the board
STATE_LABELS = {"未登记": QT_TRANSLATE_NOOP("ExchangePage", "未登记"), "待首包": QT_TRANSLATE_NOOP("ExchangePage", "待首包"),
                "逾期": QT_TRANSLATE_NOOP("ExchangePage", "逾期"), "正常": QT_TRANSLATE_NOOP("ExchangePage", "正常")}
RED, GREEN, GREY = "#c0392b", "#1e7b34", "#7f8c8d"


def write_job(db_path: Path, session, work):
    """A worker job running ``work(store, progress)`` on its own writable Store acting as the
    window's account (STYLE.md #4); reads go through ``tasks.run_read``."""
    def job(progress):
        store = Store.open(db_path, daily_backup=False)
        try:
            store.use_session(session)
            return work(store, progress)
        finally:
            store.close()
    return job


def make_table(object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], keys: list | None = None,
               colors: list[str | None] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if keys is not None:
                item.setData(UUID_ROLE, keys[r])
            if colors is not None and colors[r]:
                item.setForeground(QBrush(QColor(colors[r])))
            table.setItem(r, c, item)


def selected_key(table: QTableWidget):
    rows = table.selectionModel().selectedRows()
    return table.item(rows[0].row(), 0).data(UUID_ROLE) if rows else None


def day(text: str | None) -> str:
    return (text or "")[:10] or "—"


@dataclass
class ImportOutcome:
    """One file of an import: its counts, or why it was not imported."""

    path: Path
    sender: str = ""
    counts: dict | None = None
    problem: str = ""
    receipt: str = ""


class ExchangePage(QWidget):
    changed = Signal()

    def __init__(self, store: Store, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("exchangePage")
        self.store = store
        self._today = today          # the tracking board's "today" (tests); None: the real date
        self.role = store.meta.get("role", "village")
        self.org_uuid: str | None = None
        self.org_name = ""
        self.outcomes: list[ImportOutcome] = []
        self.last_export: package.ExportResult | None = None
        self.last_problem = ""

        self.identity_label = QLabel()
        self.identity_label.setObjectName("identityLabel")
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchangeTabs")
        self.reset_key_button = button(self.tr("重新生成本机密钥…"), "resetKeyButton", lambda: self.reset_key())
        self.reset_key_button.setToolTip(self.tr("只在本机的密钥文件丢失或损坏时使用（例如换了硬盘、数据库复制到了另一台电脑）；"
                                                 "之后需要乡镇重新登记本机。"))
        layout = QVBoxLayout(self)
        top = _row(self.identity_label)
        top.addWidget(self.reset_key_button)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.receipt_button = button(self.tr("载入回执…"), "loadReceiptButton", lambda: self.load_receipt())
        if self.role == "village":
            self._build_village()
        else:
            self._build_township()
        self._build_conflicts()
        self._build_history()
        self.refresh()

    # ----- building --------------------------------------------------------------------------

    def _build_village(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        enrol_group = QGroupBox(self.tr("登记"))
        g = QVBoxLayout(enrol_group)
        self.enrol_label = QLabel()
        self.enrol_label.setObjectName("enrolmentLabel")
        self.enrol_label.setWordWrap(True)
        self.enrol_button = button(self.tr("导入登记文件…"), "importEnrolmentButton", lambda: self.import_enrolment())
        g.addWidget(self.enrol_label)
        g.addLayout(_row(self.enrol_button))
        box.addWidget(enrol_group)

        send_group = QGroupBox(self.tr("把本村的数据交给乡镇"))
        g = QVBoxLayout(send_group)
        hint = hint_label(self.tr("每月把数据包导出到U盘，带到乡镇导入。乡镇导入后会在U盘上写一个回执（…-回执.djrcpt），"
                                  "带回来后点“载入回执…”，双方就都知道数据已送到。身份证号和电话在U盘上是加密的。"))
        self.export_button = button(self.tr("导出数据包到U盘…"), "exportButton", lambda: self.export_package())
        self.export_label = QLabel()
        self.export_label.setObjectName("exportLabel")
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        g.addWidget(hint)
        g.addLayout(_row(self.export_button, self.receipt_button))
        g.addWidget(self.export_label)
        box.addWidget(send_group)

        back_group = QGroupBox(self.tr("乡镇回传的数据"))
        g = QVBoxLayout(back_group)
        hint = hint_label(self.tr("乡镇发回的数据包（…-乡镇回传.djpkg）带有组织机构和更正；导入前会逐项列出要改的内容，确认后才写入。"))
        self.return_button = button(self.tr("导入乡镇回传包…"), "importReturnButton", lambda: self.import_return_package())
        g.addWidget(hint)
        g.addLayout(_row(self.return_button))
        box.addWidget(back_group)
        box.addStretch(1)
        self.tabs.addTab(page, self.tr("收发数据包"))

    def _build_township(self) -> None:
        # tracking board
        page = QWidget()
        box = QVBoxLayout(page)
        self.board = make_table("trackingBoard", [
            self.tr("村（社区）"), self.tr("状态"), self.tr("最近数据包"), self.tr("村里导出"), self.tr("乡镇导入"),
            self.tr("距今"), self.tr("共收到"), self.tr("回传包"), self.tr("回执")])
        self.return_package_button = button(self.tr("给所选村生成回传包…"), "exportReturnButton",
                                            lambda: self.export_return_package())
        self.board_label = QLabel()
        self.board_label.setObjectName("boardLabel")
        box.addWidget(self.board, 1)
        box.addWidget(self.board_label)
        box.addLayout(_row(self.return_package_button, self.receipt_button))
        self.tabs.addTab(page, self.tr("汇报情况"))

        # import
        page = QWidget()
        box = QVBoxLayout(page)
        self.import_button = button(self.tr("导入数据包…"), "importPackagesButton", lambda: self.import_packages())
        hint = hint_label(self.tr("可以一次选择U盘上的多个数据包（.djpkg）。同一个数据包导入两次、或先导入较旧的，结果都一样；"
                                  "每导入一个，都会在U盘上数据包旁边写一个回执，请村里带回去载入。"))
        self.import_table = make_table("importResults", [
            self.tr("文件"), self.tr("单位"), self.tr("结果"), self.tr("新增"), self.tr("更新"), self.tr("无变化"),
            self.tr("冲突"), self.tr("拒收"), self.tr("说明")])
        box.addLayout(_row(self.import_button))
        box.addWidget(hint)
        box.addWidget(self.import_table, 1)
        self.tabs.addTab(page, self.tr("导入数据包"))

        # enrolment
        page = QWidget()
        box = QVBoxLayout(page)
        self.villages_table = make_table("villagesTable", [
            self.tr("村（社区）"), self.tr("代码"), self.tr("登记状态"), self.tr("村的指纹"), self.tr("发登记文件"),
            self.tr("完成登记")])
        self.issue_button = button(self.tr("给所选村发登记文件…"), "issueEnrolmentButton", lambda: self.issue_enrolment())
        self.sheet_button = button(self.tr("打印登记表"), "printSheetButton", lambda: self.print_sheet())
        self.revoke_button = button(self.tr("注销所选村的登记"), "revokeButton", lambda: self.revoke())
        hint = hint_label(self.tr("登记步骤：1. 给村发登记文件，拷到U盘带给村里；2. 村里导入后，导出第一个数据包；"
                                  "3. 在这里导入它时，核对村里屏幕上显示的指纹，一致才完成登记。"))
        box.addWidget(hint)
        box.addWidget(self.villages_table, 1)
        box.addLayout(_row(self.issue_button, self.sheet_button, self.revoke_button))
        self.tabs.addTab(page, self.tr("村的登记"))

    def _build_conflicts(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.conflicts_table = make_table("conflictsTable", [
            self.tr("发现时间"), self.tr("类别"), self.tr("记录"), self.tr("采用的版本"), self.tr("不同的项目")])
        self.conflict_detail = QLabel()
        self.conflict_detail.setObjectName("conflictDetail")
        self.conflict_detail.setWordWrap(True)
        self.conflict_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reverse_button = button(self.tr("恢复另一个版本"), "reverseConflictButton",
                                     lambda: self.resolve_conflict(reverse=True))
        self.accept_button = button(self.tr("保留现在的版本"), "acceptConflictButton",
                                    lambda: self.resolve_conflict(reverse=False))
        self.conflicts_table.itemSelectionChanged.connect(self._show_conflict)
        hint = hint_label(self.tr("双方在互相不知道的情况下改了同一条记录时，采用较晚的修改，另一个版本保存在这里。"
                                  "核对后可以恢复另一个版本（作为一次新的修改，下次交换时对方也会收到）。"))
        box.addWidget(hint)
        box.addWidget(self.conflicts_table, 1)
        box.addWidget(self.conflict_detail)
        box.addLayout(_row(self.reverse_button, self.accept_button))
        self.conflicts: list[dict] = []
        self.tabs.addTab(page, self.tr("冲突"))

    def _build_history(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.history_table = make_table("historyTable", [
            self.tr("时间"), self.tr("方向"), self.tr("对方"), self.tr("序号"), self.tr("文件"), self.tr("记录"),
            self.tr("回执")])
        box.addWidget(self.history_table, 1)
        self.tabs.addTab(page, self.tr("收发记录"))

    # ----- the section interface -----------------------------------------------------------------

    def set_org(self, org_uuid: str | None, org_name: str) -> None:
        """Township: selecting a village in the tree selects it on the board and the enrolment list."""
        self.org_uuid, self.org_name = org_uuid, org_name
        if self.role != "village" and org_uuid:
            for table in (self.board, self.villages_table):
                for r in range(table.rowCount()):
                    if table.item(r, 0).data(UUID_ROLE) == org_uuid:
                        table.selectRow(r)

    def refresh(self) -> None:
        self._show_identity()
        if self.role == "village":
            self._show_enrolment()
        else:
            self._fill_board()
            self._fill_villages()
            for b in (self.import_button, self.issue_button, self.revoke_button, self.return_package_button):
                b.setEnabled(not self.store.read_only)
        self.receipt_button.setEnabled(not self.store.read_only)
        self._fill_conflicts()
        self._fill_history()

    def _show_identity(self) -> None:
        me = self.store.meta
        self.reset_key_button.setVisible(not self.store.read_only)
        unit = self._unit_name(me.get("scope_org_uuid"))
        role = self.tr("村级数据库") if self.role == "village" else self.tr("乡镇数据库")
        if "sync_sign_pub" not in me and not self.store.read_only:
            try:
                identity.ensure_identity(self.store)
            except UserError as exc:
                self.identity_label.setText(self.tr("本机：{0} · {1}　　{2}").format(unit, role, exc.message))
                return
        if "sync_sign_pub" in me:
            fp = identity.fingerprint(me["sync_sign_pub"], me["sync_enc_pub"])
            self.identity_label.setText(self.tr("本机：{0} · {1}　　本机指纹：<b>{2}</b>").format(unit, role, fp))
        else:
            self.identity_label.setText(self.tr("本机：{0} · {1}　　本机还没有密钥（只读打开）").format(unit, role))

    def reset_key(self) -> bool:
        """New key pairs after the key file was lost (core's message says to come here)."""
        sure = QMessageBox.question(self, self.tr("重新生成本机密钥"), self.tr(
            "只有在本机的密钥文件丢失或损坏、无法收发数据包时才需要这样做。\n\n重新生成后本机的指纹会改变，"
            "{0}，确定要重新生成吗？").format(
            self.tr("需要乡镇注销并重新登记本机") if self.role == "village"
            else self.tr("所有村都需要重新导入乡镇的登记文件")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if sure != QMessageBox.StandardButton.Yes:
            return False
        try:
            identity.reset_identity(self.store)
        except UserError as exc:
            show_user_error(exc.message, self)
            return False
        self.refresh()
        QMessageBox.information(self, self.tr("已重新生成密钥"), self.tr("本机的新指纹：{0}").format(self.fingerprint()))
        return True

    def _unit_name(self, uuid: str | None) -> str:
        try:
            return orgs.get_org(self.store, uuid)["name"] if uuid else ""
        except UserError:
            return ""

    def fingerprint(self) -> str:
        return identity.fingerprint(self.store.meta["sync_sign_pub"], self.store.meta["sync_enc_pub"])

    def _folder(self, folder: str | None, title: str) -> Path | None:
        """The given folder, or the one the clerk picks (None: cancelled)."""
        folder = folder or QFileDialog.getExistingDirectory(self, title, "")
        return Path(folder) if folder else None

    def _file(self, path: str | None, title: str, filter_text: str) -> str | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, title, "", filter_text)
        return path or None

    def _run(self, label: str, work, *, write: bool = True):
        """``work(store, progress)`` on a worker with its own Store; a refusal is shown (and kept in
        ``last_problem``) and gives None, as does Cancel."""
        self.last_problem = ""
        try:
            if not write:
                return run_read(self, label, self.store.path, work)
            return run_in_worker(self, label, write_job(self.store.path, self.store.session, work))
        except Cancelled:
            return None
        except UserError as exc:
            self.last_problem = exc.message
            show_user_error(exc.message, self)
            return None

    # ----- village ----------------------------------------------------------------------------------

    def township_peer(self) -> dict | None:
        return next((p for p in enrol.peers(self.store) if p["role"] != "village" and p["status"] == "enrolled"), None)

    def _show_enrolment(self) -> None:
        peer = self.township_peer()
        if peer is None:
            self.enrol_label.setText(self.tr("本机还没有在乡镇登记，不能导出数据包。请把乡镇发来的登记文件（…-登记.djenrol）"
                                             "拷到电脑或插上U盘，点“导入登记文件…”。"))
            self.enrol_label.setStyleSheet(f"color: {RED};")
            self.enrol_button.setEnabled(True)
        else:
            self.enrol_label.setText(self.tr("已在“{0}”登记（{1}）。乡镇的指纹：{2}。\n乡镇第一次导入本机的数据包时，"
                                             "会核对上面显示的本机指纹。").format(
                peer["name"], day(peer["enrolled_at"]), peer["fingerprint"]))
            self.enrol_label.setStyleSheet("")
            self.enrol_button.setEnabled(False)
        self.export_button.setEnabled(peer is not None and not self.store.read_only)
        self.return_button.setEnabled(peer is not None and not self.store.read_only)

    def import_enrolment(self, path: str | None = None) -> bool:
        path = self._file(path, self.tr("选择乡镇发来的登记文件"), self.tr("登记文件 (*.djenrol);;所有文件 (*)"))
        if path is None:
            return False
        try:
            info = enrol.read_enrolment(path)
        except UserError as exc:
            show_user_error(exc.message, self)
            return False
        dialog = FingerprintDialog(
            self.tr("导入登记文件"),
            self.tr("请把下面的指纹与乡镇打印的登记表逐字核对，并在下面照登记表输入一遍。一致才能登记；"
                    "不一致说明这个文件不是乡镇发的，请不要导入。"),
            info.township_name,
            self.tr("给“{0}”（{1}）的登记文件，{2} 发出").format(info.village_name, info.village_code or "—",
                                                          info.issued_at.replace("T", " ")),
            info.township_fingerprint,
            lambda typed: enrol.accept_enrolment(self.store, path, typed), self)
        dialog.ui.fingerprintCaption.setText(self.tr("乡镇的指纹："))
        dialog.ui.typedCaption.setText(self.tr("登记表上的指纹："))
        if not dialog.exec():
            return False
        self.refresh()
        self.changed.emit()
        QMessageBox.information(self, self.tr("登记完成"), self.tr(
            "已在“{0}”登记。现在可以导出第一个数据包；乡镇导入它时会核对本机指纹 {1}。").format(
            info.township_name, self.fingerprint()))
        return True

    def export_package(self, folder: str | None = None) -> package.ExportResult | None:
        target = self._folder(folder, self.tr("选择U盘（或要保存数据包的文件夹）"))
        if target is None:
            return None
        result = self._run(self.tr("正在导出数据包…"), lambda s, p: package.export_package(s, target, progress=p))
        if result is None:
            self.export_label.setStyleSheet(f"color: {RED};")
            self.export_label.setText(self.last_problem)
            return None
        self.last_export = result
        records = sum(result.counts.values())
        text = self.tr("数据包已写入U盘，并已读回校验无误，现在可以安全拔出U盘。\n文件：{0}\n第 {1} 号数据包，"
                       "{2} 条记录，{3} 个附件，{4} KB。").format(
            result.path, result.seq, records, result.blobs, max(result.size // 1024, 1))
        self.export_label.setStyleSheet(f"color: {GREEN};")
        self.export_label.setText(text)
        self.refresh()
        QMessageBox.information(self, self.tr("数据包已写好"), text)
        return result

    def import_return_package(self, path: str | None = None) -> package.ImportResult | None:
        path = self._file(path, self.tr("选择乡镇回传的数据包"), self.tr("数据包 (*.djpkg);;所有文件 (*)"))
        if path is None:
            return None
        source = Path(path)
        plan = self._run(self.tr("正在检查数据包…"), lambda s, p: package.preview_import(s, source), write=False)
        if plan is None:
            return None
        peer = self.township_peer()
        dialog = PreviewDialog(self.tr("乡镇回传的更正"), peer["name"] if peer else "", plan, self.store, self)
        if not dialog.exec():
            return None
        return self._import(source)

    # ----- both roles -----------------------------------------------------------------------------

    def _import(self, source: Path) -> package.ImportResult | None:
        result = self._run(self.tr("正在导入数据包…"), lambda s, p: package.import_package(s, source, progress=p))
        if result is None:
            return None
        self.refresh()
        self.changed.emit()
        lines = [self.tr("已导入“{0}”：{1}。").format(source.name, counts_text(result.counts)),
                 self.tr("导入前的数据已自动备份到：{0}").format(result.backup_path) if result.backup_path
                 else self.tr("没有任何记录需要改动，数据库未变。")]
        if result.receipt_path:
            lines.append(self.tr("回执已写到：{0}").format(result.receipt_path))
        if result.receipt_problem:
            lines.append(result.receipt_problem)
        QMessageBox.information(self, self.tr("导入完成"), "\n".join(lines))
        return result

    def load_receipt(self, path: str | None = None) -> package.ReceiptInfo | None:
        path = self._file(path, self.tr("选择U盘上的回执"), self.tr("回执 (*.djrcpt);;所有文件 (*)"))
        if path is None:
            return None
        try:
            info = package.load_receipt(self.store, path)
        except UserError as exc:
            show_user_error(exc.message, self)
            return None
        self.refresh()
        QMessageBox.information(self, self.tr("回执已载入"), self.tr(
            "“{0}”已于 {1} 导入本机的第 {2} 号数据包：{3}。").format(
            info.by, info.imported_at.replace("T", " "), info.seq, counts_text(info.counts)))
        return info

    # ----- township -----------------------------------------------------------------------------

    def _fill_board(self) -> None:
        rows, keys, colors = [], [], []
        board = township.tracking_board(self.store, today=self._today)
        for r in board:
            receipt = "—"
            if r.receipt_written:
                receipt = self.tr("已写，村已载入") if r.receipt_confirmed else self.tr("已写，村未确认")
            sent = self.tr("第 {0} 号，{1}").format(r.last_sent_seq, day(r.last_sent_at)) if r.last_sent_seq else "—"
            if r.last_sent_seq and r.sent_receipt_loaded:
                sent += self.tr("，已回执")
            rows.append([f"{r.village_name}", self.tr(STATE_LABELS[r.state]) + (self.tr("（{0} 天）").format(r.days_since)
                                                                  if r.overdue and r.days_since is not None else ""),
                         self.tr("第 {0} 号").format(r.last_seq) if r.last_seq else "—", day(r.last_created_at),
                         day(r.last_imported_at), self.tr("{0} 天").format(r.days_since) if r.days_since is not None
                         else "—", str(r.packages_received), sent, receipt])
            keys.append(r.village_uuid)
            colors.append(RED if r.state == "逾期" else GREY if r.state in ("未登记", "待首包") else None)
        fill_table(self.board, rows, keys, colors)
        overdue = sum(r.state == "逾期" for r in board)
        self.board_label.setText(self.tr("共 {0} 个村（社区），正常 {1} 个，逾期 {2} 个，待首包 {3} 个，未登记 {4} 个。"
                                         "超过 {5} 天没有交数据包算逾期。").format(
            len(board), sum(r.state == "正常" for r in board), overdue, sum(r.state == "待首包" for r in board),
            sum(r.state == "未登记" for r in board), township.OVERDUE_DAYS))

    def _fill_villages(self) -> None:
        peers = {}
        for p in enrol.peers(self.store):
            if p["role"] == "village" and (p["org_uuid"] not in peers or p["status"] != "revoked"):
                peers[p["org_uuid"]] = p
        status_text = {"issued": self.tr("已发登记文件，等第一个数据包"), "enrolled": self.tr("已登记"),
                       "revoked": self.tr("已注销")}
        rows, keys = [], []
        for v in township.villages(self.store):
            p = peers.get(v["uuid"])
            status = status_text.get(p["status"], p["status"]) if p else self.tr("未登记")
            rows.append([v["name"], v["code"] or "—", status, (p["fingerprint"] or "—") if p else "—",
                         day(p["issued_at"]) if p else "—", day(p["enrolled_at"]) if p else "—"])
            keys.append(v["uuid"])
        fill_table(self.villages_table, rows, keys)

    def _selected_village(self, table: QTableWidget) -> str | None:
        uuid = selected_key(table)
        if uuid is None:
            show_user_error(self.tr("请先在列表中选择一个村（社区）。"), self)
        return uuid

    def issue_enrolment(self, folder: str | None = None) -> Path | None:
        village = self._selected_village(self.villages_table)
        if village is None:
            return None
        target = self._folder(folder, self.tr("选择把登记文件存到哪里（例如U盘）"))
        if target is None:
            return None
        made = self._run(self.tr("正在写登记文件…"), lambda s, p: enrol.issue_enrolment(s, village, target))
        if made is None:
            return None
        self.refresh()
        QMessageBox.information(self, self.tr("登记文件已写好"), self.tr(
            "登记文件已写到：{0}\n\n请把它带给村里导入。村里会核对乡镇的指纹：{1}（请写在或打印在登记表上一并交给村里）。"
            "\n村里第一次交来数据包时，在“导入数据包”中核对村里屏幕上的指纹后完成登记。").format(made, self.fingerprint()))
        return made

    def print_sheet(self) -> Path | None:
        """The enrolment sheet with both fingerprints (the village's once confirmed), previewed."""
        from djdesk.core.sync_sheet import render_enrolment_sheet
        from djdesk.ui.pdf_preview import print_path
        from djdesk.ui.pdf_preview import PdfPreviewDialog

        village = self._selected_village(self.villages_table)
        if village is None:
            return None
        name = self._unit_name(village)
        out = print_path("数据交换登记表", name)
        result = self._run(self.tr("正在生成登记表…"),
                           lambda s, p: render_enrolment_sheet(s, village, out, p), write=False)
        if result is None:
            return None
        PdfPreviewDialog(result.path, self.tr("数据交换登记表 — {0}").format(name),
                         [w.message for w in result.warnings], parent=self).exec()
        return result.path

    def revoke(self) -> bool:
        village = self._selected_village(self.villages_table)
        if village is None:
            return False
        name = self._unit_name(village)
        sure = QMessageBox.question(self, self.tr("注销登记"), self.tr(
            "确定注销“{0}”的登记吗？注销后不再接收这台电脑的数据包（例如电脑丢失或重装），需要重新发登记文件。").format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if sure != QMessageBox.StandardButton.Yes:
            return False
        try:
            enrol.revoke(self.store, village)
        except UserError as exc:
            show_user_error(exc.message, self)
            return False
        self.refresh()
        return True

    def export_return_package(self, folder: str | None = None) -> package.ExportResult | None:
        village = self._selected_village(self.board)
        if village is None:
            return None
        target = self._folder(folder, self.tr("选择U盘（或要保存回传包的文件夹）"))
        if target is None:
            return None
        result = self._run(self.tr("正在生成回传包…"),
                           lambda s, p: package.export_package(s, target, village, progress=p))
        if result is None:
            return None
        self.refresh()
        QMessageBox.information(self, self.tr("回传包已写好"), self.tr(
            "回传包已写入U盘，并已读回校验无误，现在可以安全拔出U盘。\n文件：{0}\n第 {1} 号，{2} 条记录。").format(
            result.path, result.seq, sum(result.counts.values())))
        return result

    def import_packages(self, paths: list[str] | None = None) -> list[ImportOutcome]:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择U盘上的数据包（可多选）"), "",
                                                    self.tr("数据包 (*.djpkg);;所有文件 (*)"))
            if not paths:
                return []
        outcomes = []
        for p in paths:
            outcome = self._import_one(Path(p))
            if outcome is None:         # cancelled: stop here, keep what was done
                break
            outcomes.append(outcome)
        self.outcomes = outcomes
        self._fill_outcomes()
        self.refresh()
        if any(o.counts is not None for o in outcomes):
            self.changed.emit()
        refused = [o for o in outcomes if o.problem]
        done = [o for o in outcomes if o.counts is not None]
        summary = [self.tr("{0}（{1}）：{2}").format(o.path.name, o.sender, counts_text(o.counts)) for o in done]
        if refused:
            show_user_error("\n\n".join(
                [self.tr("以下数据包没有导入：")] + [o.problem for o in refused] +
                ([self.tr("已导入的：")] + summary if summary else [])), self)
        elif done:
            QMessageBox.information(self, self.tr("导入完成"), "\n".join(
                summary + [self.tr("回执已写到U盘上各数据包旁边，请让村里带回去载入。")]))
        return outcomes

    def _import_one(self, path: Path) -> ImportOutcome | None:
        job = write_job(self.store.path, self.store.session,
                        lambda s, p: package.import_package(s, path, progress=p))
        for _attempt in range(2):
            try:
                result = run_in_worker(self, self.tr("正在导入 {0}…").format(path.name), job)
            except Cancelled:
                return None
            except PackageRefused as exc:
                if exc.code == "awaiting_confirmation" and _attempt == 0:
                    confirmed = self._confirm_first_package(path)
                    if confirmed is None:
                        return ImportOutcome(path, problem=self.tr("“{0}”：没有核对指纹，未导入。").format(path.name))
                    continue
                return ImportOutcome(path, problem=exc.message)
            except UserError as exc:
                return ImportOutcome(path, problem=exc.message)
            return ImportOutcome(path, result.sender, result.counts, "",
                                 str(result.receipt_path or result.receipt_problem or ""))
        return ImportOutcome(path, problem=self.tr("“{0}”：没有核对指纹，未导入。").format(path.name))

    def _confirm_first_package(self, path: Path):
        try:
            pending = enrol.pending_enrolment(self.store, path)
        except UserError as exc:
            show_user_error(exc.message, self)
            return None
        dialog = FingerprintDialog(
            self.tr("核对指纹，完成登记"),
            self.tr("这是“{0}”交来的第一个数据包。请看村里电脑“数据交换”页上显示的本机指纹（或登记表上记下的指纹），"
                    "照着输入到下面。一致才登记并导入；不一致说明这个数据包可能不是该村发出的。").format(pending.village_name),
            pending.village_name, path.name, pending.fingerprint,
            lambda typed: enrol.confirm_enrolment(self.store, path, typed), self)
        dialog.ui.fingerprintCaption.setText(self.tr("数据包的指纹："))
        dialog.ui.typedCaption.setText(self.tr("村里屏幕上的指纹："))
        return dialog.result_value if dialog.exec() else None

    def _fill_outcomes(self) -> None:
        rows, colors = [], []
        for o in self.outcomes:
            c = o.counts or {}
            numbers = [str(c.get(k, 0)) if o.counts is not None else "" for k in
                       ("new", "updated", "unchanged", "conflicting", "refused")]
            rows.append([o.path.name, o.sender, self.tr("已导入") if o.counts is not None else self.tr("拒收"), *numbers,
                         o.problem or (self.tr("回执：{0}").format(o.receipt) if o.receipt else "")])
            colors.append(RED if o.problem else None)
        fill_table(self.import_table, rows, None, colors)

    # ----- conflicts and history --------------------------------------------------------------------

    def _fill_conflicts(self) -> None:
        self.conflicts = merge.list_conflicts(self.store)
        rows = []
        self.conflict_names = RecordNames(self.store)
        for c in self.conflicts:
            table = c["table_name"]
            rows.append([c["detected_at"].replace("T", " "), table_label(table),
                         record_name(c["current"] or c["loser_values"], self.conflict_names),
                         self.tr("本机的修改") if c["winner"] == "local" else self.tr("收到的修改"),
                         "、".join(field_label(table, f) for f in c["fields"] if f not in HIDDEN) or "—"])
        fill_table(self.conflicts_table, rows, [c["id"] for c in self.conflicts])
        index = self.tabs.indexOf(self.conflicts_table.parentWidget())
        self.tabs.setTabText(index, self.tr("冲突（{0}）").format(len(self.conflicts)) if self.conflicts
                             else self.tr("冲突"))
        self._show_conflict()

    def _show_conflict(self) -> None:
        cid = selected_key(self.conflicts_table)
        c = next((c for c in self.conflicts if c["id"] == cid), None)
        self.reverse_button.setEnabled(c is not None and not self.store.read_only)
        self.accept_button.setEnabled(c is not None and not self.store.read_only)
        if c is None:
            self.conflict_detail.setText(self.tr("没有待处理的冲突。") if not self.conflicts else
                                         self.tr("选择一条冲突，查看两个版本的差别。"))
            return
        table = c["table_name"]
        lines = [self.tr("{0}：现在是“{1}”，另一个版本是“{2}”").format(
                     field_label(table, f), value_text(cur, table, f, self.conflict_names),
                     value_text(other, table, f, self.conflict_names))
                 for f, (cur, other) in c["fields"].items() if f not in HIDDEN]
        self.conflict_detail.setText("\n".join(lines) or self.tr("两个版本的内容相同（只是修改时间不同）。"))

    def resolve_conflict(self, reverse: bool) -> bool:
        cid = selected_key(self.conflicts_table)
        if cid is None:
            show_user_error(self.tr("请先选择一条冲突。"), self)
            return False
        try:
            (merge.reverse_conflict if reverse else merge.accept_conflict)(self.store, cid)
        except UserError as exc:
            show_user_error(exc.message, self)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def _fill_history(self) -> None:
        rows = []
        for r in package.package_log(self.store):
            out = r["direction"] == "out"
            if out:
                records = self.tr("{0} 条").format(sum(r["counts"].values()))
                receipt = self.tr("已收到回执 {0}").format(day(r["receipt_at"])) if r["receipt_at"] else \
                    self.tr("未收到回执")
            else:
                records = counts_text(r["counts"])
                receipt = self.tr("回执已写到U盘") if r["receipt_at"] else self.tr("回执未写出")
            rows.append([r["processed_at"].replace("T", " "), self.tr("发出") if out else self.tr("收到"),
                         r["peer_name"], str(r["seq"]), r["file_name"], records, receipt])
        fill_table(self.history_table, rows)


def button(text: str, object_name: str, slot) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(object_name)
    b.clicked.connect(slot)
    return b


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {GREY};")
    return label


def _row(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row
