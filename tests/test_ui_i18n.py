"""Chinese by default, English from resources/translations/djdesk_en.ts → .qm."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

from djdesk.core.settings import Settings
from djdesk.ui import build_translations, i18n
from djdesk.ui.main_window import MainWindow
from djdesk.ui.qt import QLocale, Qt


def messages(ts_path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_path).getroot()
    return {(ctx.find("name").text, m.find("source").text): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def test_qm_is_compiled_from_the_current_ts(tmp_path):
    fresh = build_translations.release(build_translations.TS_FILE, tmp_path / "djdesk_en.qm")
    assert fresh.read_bytes() == i18n.qm_path("en").read_bytes(), "run python -m djdesk.ui.build_translations"


def test_every_ui_string_has_a_finished_english_translation(tmp_path):
    scratch = tmp_path / "djdesk_en.ts"
    shutil.copy(build_translations.TS_FILE, scratch)
    build_translations.update(scratch)                   # what lupdate finds in the code and forms now
    found = messages(scratch)
    committed = messages(build_translations.TS_FILE)
    assert len(found) > 150
    assert set(found) == set(committed), "run python -m djdesk.ui.build_translations"
    unfinished = [key for key, t in committed.items() if t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert unfinished == []


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


def open_window(qtbot, store):
    w = MainWindow(store, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded)
    return w


def tab_titles(w) -> list[str]:
    return [w.tabs.tabText(i) for i in range(w.tabs.count())]


def test_chinese_is_the_default_whatever_the_locale(qtbot, store):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language(Settings().get("language"))
    w = open_window(qtbot, store)
    assert tab_titles(w) == ["花名册", "三会一课", "党费", "活动场所", "报表", "数据交换"]
    assert w.menuBar().actions()[0].text() == "文件(&F)"


def test_loading_english_translates_the_main_window(qtbot, store, english):
    w = open_window(qtbot, store)
    assert tab_titles(w) == ["Roster", "Meetings", "Dues", "Activity sites", "Reports", "Data exchange"]
    assert w.menuBar().actions()[0].text() == "&File"
    assert w.roster_page.add_button.text() == "Add member"
    model = w.roster_page.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert w.tabs.tabToolTip(4) == "Every register of the selected organisation: preview and print by year, export to Excel, for the binders."


def test_switching_language_in_the_window_rebuilds_it(qtbot, store):
    w = open_window(qtbot, store)
    try:
        w.set_language("en")
        assert tab_titles(w)[0] == "Roster"
        assert w.windowTitle().startswith("djdesk ")
        assert Settings().get("language") == "en"
        assert w.org_tree.current_org()[1] == "李家村"       # the selection survives the rebuild
        w.set_language("zh")
        assert tab_titles(w)[0] == "花名册"
    finally:
        i18n.set_language("zh")
