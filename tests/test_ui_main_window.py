"""The main window on a real village database: tree, sections, roster, search, checks, banner."""

from __future__ import annotations

import datetime as dt

import pytest

from djdesk import __version__
from djdesk.core import members, orgs
from djdesk.core.database import scope_org
from djdesk.core.settings import Settings
from djdesk.ui.main_window import SECTIONS, MainWindow
from djdesk.ui.org_tree import KIND_ROLE, NAME_ROLE
from djdesk.ui.qt import QApplication, QMessageBox, Qt, QTimer

PEOPLE = (  # name, ID number (valid), category
    ("张三丰", "11010519491231002X", "正式"),
    ("李四", "110105197003070018", "正式"),
    ("王五", "110105198807150026", "预备"),
)


def branch_of(store) -> str:
    return next(n.uuid for n in orgs.tree(store) if n.kind == "branch")


def add_people(store, branch, people=PEOPLE):
    uuids = []
    for name, id_number, category in people:
        gender = "男" if int(id_number[16]) % 2 else "女"
        values = dict(org_uuid=branch, name=name, id_number=id_number, gender=gender, ethnicity="汉族",
                      category=category,
                      join_date="2010-07-01" if category == "正式" else "2026-03-01",
                      conversion_date="2011-07-01" if category == "正式" else "")
        uuids.append(members.add_member(store, values, today=dt.date(2026, 11, 23)))
    return uuids


@pytest.fixture
def window(qtbot, store):
    add_people(store, branch_of(store))
    w = MainWindow(store, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded)
    return w


def tree_rows(w) -> list[tuple[str, str, int]]:
    """(name, kind tag, depth) of every org in the tree, expanded or not."""
    model, out = w.org_tree.tree_model, []

    def walk(parent, depth):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append((index.data(NAME_ROLE), index.data(KIND_ROLE), depth))
            walk(index, depth + 1)
    walk(w.org_tree.rootIndex(), 0)
    return out


def roster_names(w) -> list[str]:
    model = w.roster_page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_opens_with_org_tree_roster_and_counts(window):
    assert tree_rows(window) == [("红星乡党委", "乡镇党委", 0), ("李家村", "村", 1), ("李家村党支部", "党支部", 2)]
    assert window.org_tree.current_org()[1] == "李家村"          # the installation's scope
    assert window.windowTitle() == f"党建桌面 {__version__} — 李家村"
    assert sorted(roster_names(window)) == sorted(p[0] for p in PEOPLE)
    model = window.roster_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["姓名", "性别", "年龄", "民族", "学历", "入党时间", "类别", "所在支部", "党小组",
                       "联系电话", "身份证号", "状态"]
    row = roster_names(window).index("张三丰")
    assert [model.index(row, c).data() for c in (1, 3, 6, 7, 10, 11)] == [
        "女", "汉族", "正式", "李家村党支部", "11010519491231002X", "在册"]
    age = dt.date.today().year - 1949 - (1 if (dt.date.today().month, dt.date.today().day) < (12, 31) else 0)
    assert model.index(row, 2).data() == str(age)
    assert "在册党员 3 名（正式 2，预备 1），女党员 2 名" in window.status_label.text()
    assert window.roster_page.count_label.text() == "共 3 人"


def test_selecting_an_org_filters_the_sections(window, store):
    village = scope_org(store)["uuid"]
    second = orgs.add_org(store, village, {"kind": "branch", "name": "李家村第二党支部"})
    add_people(store, second, [("赵六", "110105196001010017", "正式")])
    window.load()
    window.org_tree.select_org(second)
    assert roster_names(window) == ["赵六"]
    assert "李家村第二党支部：在册党员 1 名" in window.status_label.text()
    assert window.pages[4].page is None             # a section is built when first shown …
    window.tabs.setCurrentIndex(1)
    meetings = window.meetings_page.page
    assert meetings is not None and meetings.branch_combo.currentText() == "李家村第二党支部"
    window.tabs.setCurrentIndex(4)                  # … and then shows the org selected before
    assert window.pages[4].page.org_label.text() == "当前组织：李家村第二党支部"
    window.org_tree.select_org(village)
    assert len(roster_names(window)) == 4


def test_every_section_is_built_when_first_shown(qtbot, window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["花名册", "三会一课", "党费", "活动场所", "报表", "数据交换"]
    assert [s[0] for s in SECTIONS] == titles
    assert window.tabs.tabToolTip(2) == "党费缴纳标准核定、按月收缴台账、补缴提醒和年度汇总。"
    for i in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        lazy = window.tabs.currentWidget()
        assert lazy.page is not None, titles[i]
        qtbot.waitUntil(lazy.page.isVisible)                  # shown once the tab is current


def test_search_by_pinyin_initials_and_digits(window, qtbot):
    page = window.roster_page
    qtbot.keyClicks(page.search, "zsf")
    qtbot.waitUntil(lambda: roster_names(window) == ["张三丰"], timeout=2000)
    page.search.clear()
    qtbot.keyClicks(page.search, "19700307")
    qtbot.waitUntil(lambda: roster_names(window) == ["李四"], timeout=2000)
    page.search.clear()
    page.search.setText("王")                   # Chinese goes in with setText (TECH-NOTES)
    qtbot.waitUntil(lambda: roster_names(window) == ["王五"], timeout=2000)
    assert page.count_label.text() == "共 1 人"


def test_filters_category_and_gender(window):
    page = window.roster_page
    page.category.setCurrentIndex(page.category.findData("预备"))
    assert roster_names(window) == ["王五"]
    page.category.setCurrentIndex(0)
    page.gender.setCurrentIndex(page.gender.findData("男"))
    assert roster_names(window) == ["李四"]


def test_sorting_a_column_requeries(window):
    table = window.roster_page.table
    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)          # 入党时间, newest first
    assert roster_names(window)[0] == "王五"
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)           # 姓名 by pinyin: li, wang, zhang
    assert roster_names(window) == ["李四", "王五", "张三丰"]


def test_rule_warnings_are_visible(window, qtbot):
    # a branch with 2 full members is below the minimum of 3 (支部工作条例)
    qtbot.waitUntil(lambda: "条需处理" in window.check_button.text(), timeout=3000)
    seen = {}

    def inspect():
        dialog = QApplication.activeModalWidget()
        table = dialog.ui.checksTable
        seen["rows"] = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
        dialog.reject()
    QTimer.singleShot(0, inspect)
    qtbot.mouseClick(window.check_button, Qt.MouseButton.LeftButton)
    too_small = [r for r in seen["rows"] if "少于 3 名" in r[2]]
    assert too_small and too_small[0][1] == "李家村党支部" and "支部工作条例" in too_small[0][3]


def test_demo_database_shows_a_banner_that_creates_a_real_database(qtbot, tmp_path, monkeypatch):
    from djdesk.core.demo import create_demo
    from djdesk.ui import first_run_dialog

    demo = create_demo(tmp_path / "demo.sqlite", scale="township", seed=1)
    settings = Settings()
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded)
    assert w.windowTitle().endswith("（演示数据）")
    assert "当前为演示数据" in w.demo_banner.findChildren(type(w.status_label))[0].text()
    target = tmp_path / "mine" / "李家村.sqlite"
    monkeypatch.setattr(first_run_dialog, "suggested_path", lambda: target)

    def fill():
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog.ui.villageRadio.isChecked()
            qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)                       # empty: refused inline
            assert dialog.ui.townshipNameError.text() == "请填写乡镇党委名称"
            dialog.ui.townshipNameEdit.setText("红星乡党委")
            dialog.ui.villageNameEdit.setText("李家村")
            qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, fill)
    qtbot.mouseClick(w.findChild(type(w.check_button), "newVillageButton"), Qt.MouseButton.LeftButton)
    assert w.store.path == target and target.exists()
    assert w.demo_banner is None
    assert w.windowTitle() == f"党建桌面 {__version__} — 李家村"
    assert settings.get("last_db") == str(target)
    assert Settings().get("last_db") == str(target)                 # remembered on disk
    assert [r[0] for r in tree_rows(w)] == ["红星乡党委", "李家村", "李家村党支部"]
    w.store.close()


def test_about_names_the_data_and_log_files(window, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(text=text))
    window.show_about()
    assert str(window.store.path) in shown["text"] and "djdesk.log" in shown["text"]


def test_open_database_switches_the_window(window, tmp_path, monkeypatch):
    from djdesk.core.database import NewDatabase, create_database
    from djdesk.core.errors import UserError
    from djdesk.ui.qt import QFileDialog

    other = tmp_path / "other.sqlite"
    create_database(other, NewDatabase(role="township", township_name="青石镇党委")).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.open_database()
    assert window.store.path == other
    assert window.windowTitle() == f"党建桌面 {__version__} — 青石镇党委"
    assert Settings().get("last_db") == str(other)
    not_ours = tmp_path / "notes.sqlite"
    not_ours.write_bytes(b"this is not a database at all" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_ours), ""))
    with pytest.raises(UserError):                      # shown by the error hook in the app
        window.open_database()
    assert window.store.path == other                    # still on the good one


def test_settings_dialog_offers_the_languages(qtbot):
    from djdesk.ui.small_dialogs import SettingsDialog

    d = SettingsDialog(Settings())
    qtbot.addWidget(d)
    combo = d.ui.languageCombo
    assert [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == [("中文", "zh"), ("English", "en")]
    assert d.language() == "zh"


def test_org_tree_model_passes_the_model_tester(tmp_path, qtmodeltester):
    from djdesk.core.demo import create_demo
    from djdesk.ui.org_tree import OrgTreeModel

    demo = create_demo(tmp_path / "demo.sqlite", scale="township", seed=1)
    nodes = orgs.tree(demo)
    model = OrgTreeModel(nodes)
    qtmodeltester.check(model)
    index = model.index_of(nodes[-1].uuid)
    assert index.data(NAME_ROLE) == nodes[-1].name
    assert model.parent(index).data(NAME_ROLE) == next(n.name for n in nodes if n.uuid == nodes[-1].parent_uuid)
    demo.close()


def test_a_window_started_without_being_painted_still_opens_its_database(qtbot):
    """Started minimised, the window gets no paint; it announces itself anyway, so app.py opens
    the database (issue #2's start-up: the database opens after the window's first paint)."""
    from djdesk.ui.main_window import PAINT_WAIT_MS

    w = MainWindow(None, Settings())
    qtbot.addWidget(w)                       # never shown
    with qtbot.waitSignal(w.first_painted, timeout=PAINT_WAIT_MS + 2000):
        pass
    assert w.store is None and w.windowTitle() == "党建桌面"
