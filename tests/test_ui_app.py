"""Start-up, error handling, the worker runner and printing."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import time

import pytest

from djdesk.core import orgs, paths
from djdesk.core.errors import Cancelled, UserError
from djdesk.core.settings import Settings
from djdesk.ui import app, errors
from djdesk.ui.qt import QApplication, QMessageBox, QProgressDialog, QPushButton, Qt, QTimer


def run_djdesk(*args, env_extra=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "djdesk", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def run_code(code: str, db) -> subprocess.CompletedProcess:
    """Run ``code`` in a new Python on the offscreen platform, with the database path as argv[1]."""
    return subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)


def test_self_test_opens_the_window_and_exits_0(store):
    store.close()
    out = run_djdesk("--self-test", "--db", store.path)
    assert out.returncode == 0, out.stderr
    assert "党建桌面自检通过" in out.stdout
    assert out.stderr == ""                          # Qt chatter goes to the log, not the console


def test_self_test_can_stop_at_the_first_paint_of_the_window(store):
    """What the start-up benchmark compares with a bare QMainWindow (issue #2: start to window shown)."""
    store.close()
    out = run_djdesk("--self-test", "shown", "--db", store.path)
    assert out.returncode == 0, out.stderr
    assert re.search(r"窗口 [0-9.]+ 秒显示，未等待数据载入", out.stdout), out.stdout
    assert re.search(r"数据 [0-9.]+ 秒载入", run_djdesk("--self-test", "--db", store.path).stdout)
    # the start-up benchmark's clock: seconds from launch to the first paint and to the data
    out = run_djdesk("--self-test", "--db", store.path, env_extra={"DJDESK_LAUNCHED_AT": repr(time.time())})
    shown, data = map(float, re.search(r"^startup-seconds shown=([0-9.]+) data=([0-9.]+)$", out.stdout, re.M).groups())
    assert 0 < shown <= data < 60


def test_self_test_without_a_database_creates_the_demo(tmp_path):
    data = tmp_path / "data"
    out = run_djdesk("--self-test", "--lang", "en", env_extra={"DJDESK_DATA_DIR": str(data)})
    assert out.returncode == 0, out.stderr
    assert (data / "demo.sqlite").exists()
    assert not (data / "demo.sqlite.partial").exists()


def test_self_test_fails_fast_on_an_unexpected_error_instead_of_waiting_on_a_dialog(store):
    store.close()
    code = ("import sys; from djdesk.ui import app, main_window\n"
            "def broken(self, org_uuid=None): raise RuntimeError('boom')\n"
            "main_window.MainWindow.load = broken\n"
            "sys.exit(app.main(['--self-test', '--db', sys.argv[1]]))")
    out = run_code(code, store.path)
    assert out.returncode == errors.EXIT_UNEXPECTED
    assert "党建桌面自检失败：RuntimeError: boom" in out.stderr


def test_startup_does_not_import_heavy_libraries(store):
    store.close()
    code = ("import sys; from djdesk.ui.app import main; rc = main(['--self-test', '--db', sys.argv[1]]);"
            "heavy = sorted(m for m in ('reportlab', 'openpyxl', 'pypinyin', 'sqlite_utils', 'PySide6.QtPdf')"
            " if m in sys.modules); print('HEAVY', heavy); sys.exit(rc)")
    out = run_code(code, store.path)
    assert out.returncode == 0, out.stderr
    assert "HEAVY []" in out.stdout


def test_missing_database_gives_a_chinese_message_and_non_zero_exit(tmp_path, monkeypatch, qapp):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)     # main() installs its own hook
    missing = tmp_path / "nowhere.sqlite"
    assert app.main(["--db", str(missing)]) == 2
    assert shown == [f"找不到数据库文件：{missing}"]
    assert not missing.exists()


def test_user_errors_show_their_message(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    try:
        raise UserError("文件已存在，请换一个文件名。")
    except UserError:
        errors.handle_exception(*sys.exc_info())
    assert shown == ["文件已存在，请换一个文件名。"]


def test_bugs_are_logged_and_the_dialog_names_the_log_file(qapp, monkeypatch):
    from djdesk.core.logs import setup_logging

    setup_logging()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    try:
        {}["missing"]
    except KeyError:
        errors.handle_exception(*sys.exc_info())
    for handler in logging.getLogger("djdesk").handlers:
        handler.flush()
    assert len(shown) == 1
    assert str(paths.log_path()) in shown[0]
    assert "test_ui_app.py" in shown[0] and "KeyError" in shown[0]
    assert "Traceback" not in shown[0]
    log = paths.log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "KeyError: 'missing'" in log


def test_known_environment_failures_get_plain_messages():
    import sqlite3

    assert "另一个程序" in errors.known_problem(sqlite3.OperationalError("database is locked"))
    assert "磁盘空间已满" in errors.known_problem(sqlite3.OperationalError("database or disk is full"))
    assert errors.known_problem(ValueError("x")) is None


def test_worker_shows_progress_after_half_a_second_and_cancel_works(qapp, qtbot):
    from djdesk.ui.tasks import run_in_worker

    def job(progress):
        for i in range(500):
            progress.step(i, 500)
            time.sleep(0.01)
        return "finished"

    seen = {}

    def early():
        seen["early"] = any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog))

    def cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        seen["late"] = bool(dialogs)
        if dialogs:
            button = dialogs[0].findChild(QPushButton)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            seen["button"] = button.text()
    QTimer.singleShot(200, early)
    QTimer.singleShot(1200, cancel)
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        run_in_worker(None, "测试", job)
    assert seen == {"early": False, "late": True, "button": "取消"}
    assert time.perf_counter() - started < 4           # stopped well before the 5 s of work


def test_worker_runs_off_the_gui_thread_and_returns_the_result(qapp):
    import threading

    from djdesk.ui.tasks import run_in_worker

    assert threading.current_thread() is threading.main_thread()
    assert run_in_worker(None, "测试", lambda progress: threading.current_thread() is threading.main_thread()) \
        is False
    with pytest.raises(UserError):                      # an error in the job comes back to the caller
        run_in_worker(None, "测试", lambda progress: (_ for _ in ()).throw(UserError("坏文件")))


def test_print_roster_renders_in_a_worker_and_previews(store, qtbot):
    from djdesk.core import members
    from djdesk.ui.main_window import MainWindow

    branch = next(n.uuid for n in orgs.tree(store) if n.kind == "branch")
    for name, id_number in (("张三丰", "11010519491231002X"), ("李四", "110105197003070018")):
        gender = "男" if int(id_number[16]) % 2 else "女"
        members.add_member(store, dict(org_uuid=branch, name=name, gender=gender, ethnicity="汉族",
                                       category="正式", id_number=id_number))
    w = MainWindow(store, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded)
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "document"):
            QTimer.singleShot(20, look)
            return
        seen["pages"] = dialog.document.pageCount()
        seen["path"] = dialog.pdf_path
        seen["title"] = dialog.windowTitle()
        dialog.reject()
    QTimer.singleShot(0, look)
    qtbot.mouseClick(w.roster_page.print_button, Qt.MouseButton.LeftButton)
    assert seen["pages"] >= 1
    assert seen["title"] == "党员花名册 — 李家村"
    assert seen["path"].parent == paths.data_dir() / "prints"
    text = subprocess.run(["pdftotext", str(seen["path"]), "-"], capture_output=True, text=True).stdout
    assert "张三丰" in text and "红星乡党委 / 李家村" in text


def test_preview_save_as_copies_the_pdf(qtbot, tmp_path, monkeypatch):
    from djdesk.core.reports.roster import render_roster
    from djdesk.ui.pdf_preview import PdfPreviewDialog
    from djdesk.ui.qt import QFileDialog

    pdf = render_roster(tmp_path / "r.pdf", "红星乡党委 / 李家村", []).path
    d = PdfPreviewDialog(pdf, "预览", ["字体中没有“𠮷”"])
    qtbot.addWidget(d)
    assert d.document.pageCount() == 1
    target = tmp_path / "out" / "花名册"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == pdf.read_bytes()
    assert [p.name for p in saved.parent.iterdir()] == ["花名册.pdf"]


def test_the_window_is_painted_before_the_database_is_opened(store):
    """The database is opened only after the window's first paint, and until then neither the store
    nor the section pages have been imported (issue #2: the window appears while the database opens).
    The window icon is set between the two: after the paint (start-up stays lean), before any login
    or read-only question over the window."""
    store.close()
    code = ("import sys; from djdesk.ui import app\n"
            "real = app.open_database\n"
            "def spy(app_, window, *rest):\n"
            "    print('PAINTED', window._painted, 'LOADED', sorted(m for m in ('djdesk.core.store',"
            " 'djdesk.ui.roster_page', 'djdesk.ui.org_tree') if m in sys.modules))\n"
            "    print('ICON', [s.width() for s in window.windowIcon().availableSizes()])\n"
            "    real(app_, window, *rest)\n"
            "app.open_database = spy\n"
            "sys.exit(app.main(['--self-test', '--db', sys.argv[1]]))")
    out = run_code(code, store.path)
    assert out.returncode == 0, out.stderr
    assert "PAINTED True LOADED []" in out.stdout
    assert "ICON [16, 24, 32, 48, 64, 128, 256]" in out.stdout
    assert "党建桌面自检通过" in out.stdout


def test_the_app_icon_has_every_drawn_size(qapp):
    icon = app.app_icon()
    assert [(s.width(), s.height()) for s in icon.availableSizes()] == [(n, n) for n in app.ICON_SIZES]
    small = icon.pixmap(16).toImage()
    assert (small.width(), small.height()) == (16, 16)
    assert small.pixelColor(0, 0).alpha() < 64                       # rounded corner
    edge = small.pixelColor(8, 14)                                    # the red square under the character
    assert edge.alpha() > 240 and edge.red() > 2 * edge.green()
