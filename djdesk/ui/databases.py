"""Which database the app opens, how (a lock held by another djdesk offers read-only, issue #9),
and the demo database made on first start."""

from __future__ import annotations

import os
from pathlib import Path

from djdesk.core import lock as db_lock
from djdesk.core import paths
from djdesk.core.errors import Cancelled
from djdesk.core.settings import Settings
from djdesk.core.store import Store
from djdesk.ui.qt import QCoreApplication, QMessageBox

translate = QCoreApplication.translate
DEMO_SCALE = "township"
DEMO_SEED = 1


def demo_path() -> Path:
    return paths.data_dir() / "demo.sqlite"


def is_demo(store: Store) -> bool:
    return store.meta.get("demo") == "1"


def startup_candidates(settings: Settings) -> list[Path]:
    """Without --db: the last database used, then the default one, if they exist."""
    out = []
    last = settings.get("last_db")
    if last and Path(last).exists():
        out.append(Path(last))
    default = paths.default_db_path()
    if default.exists() and default not in out:
        out.append(default)
    return out


def ensure_demo(parent=None) -> Path:
    """The demo database, generated on a worker thread the first time (into a temporary name,
    renamed when complete, so an interrupted run never leaves half a demo)."""
    path = demo_path()
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")

    def job(progress):
        from djdesk.core.demo import create_demo

        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        try:
            create_demo(partial, scale=DEMO_SCALE, seed=DEMO_SEED, progress=progress).close()
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return path

    from djdesk.ui.tasks import run_in_worker

    return run_in_worker(parent, QCoreApplication.translate("Databases", "正在生成演示数据，请稍候…"), job)


READ_ONLY, BREAK, CANCEL = "read_only", "break", "cancel"


def ask_locked(exc: db_lock.DatabaseLocked, parent=None) -> str:
    """The database is held by another djdesk: READ_ONLY, BREAK (only offered when the holder is
    another machine, and confirmed) or CANCEL."""
    holder = exc.holder
    box = QMessageBox(parent)
    box.setObjectName("lockedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Databases", "数据库正在被使用"))
    if holder is not None:
        who = translate("Databases", "电脑：{0}\n用户：{1}\n开始时间：{2}").format(
            holder.host, holder.user or translate("Databases", "未知"), holder.since.replace("T", " ")[:16])
    else:
        who = translate("Databases", "另一个程序正在使用它。")
    box.setText(translate("Databases", "数据库“{0}”已被另一个党建桌面打开：\n\n{1}\n\n同一时间只能有一个党建桌面"
                                       "修改它。可以以只读方式打开查看（不能保存修改）。").format(exc.db_path.name, who))
    read_only = box.addButton(translate("Databases", "以只读方式打开"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("readOnlyButton")
    unlock = None
    if holder is not None and not db_lock._same_host(holder.host):
        unlock = box.addButton(translate("Databases", "强制解锁…"), QMessageBox.ButtonRole.DestructiveRole)
        unlock.setObjectName("breakLockButton")
    cancel = box.addButton(translate("Databases", "取消"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return READ_ONLY
    if unlock is not None and clicked is unlock:
        sure = QMessageBox.question(
            parent, translate("Databases", "强制解锁"),
            translate("Databases", "只有确认电脑“{0}”上没有人正在使用这个数据库（例如那台电脑已关机或死机）时，"
                                   "才可以强制解锁。如果两边同时修改，数据可能会丢失。\n\n确定没有人在使用它吗？"
                      ).format(holder.host),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if sure == QMessageBox.StandardButton.Yes:
            return BREAK
    return CANCEL


def open_store(path: str | Path, parent=None, *, interactive: bool = True, create: bool = False) -> Store:
    """Open a database for the window. The daily backup is left to the window's background
    thread (``daily_backup=False``). When another djdesk holds it, ask (``ask_locked``): read-only,
    break the lock, or ``Cancelled``. Non-interactive (--self-test): ``DatabaseLocked`` is raised."""
    path = Path(path)
    for _ in range(3):
        try:
            return Store.open(path, create=create, daily_backup=False)
        except db_lock.DatabaseLocked as exc:
            if not interactive:
                raise
            choice = ask_locked(exc, parent)
            if choice == READ_ONLY:
                return Store.open(path, read_only=True)
            if choice == BREAK:
                if not db_lock.break_lock(path, exc.holder):
                    QMessageBox.warning(parent, translate("Databases", "强制解锁"),
                                        translate("Databases", "锁已经变化（可能那边又打开了数据库），没有解除。"))
                continue
            raise Cancelled() from exc
    raise Cancelled()
