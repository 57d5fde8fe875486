"""The 检查 dialog and button over every section (core.checks): a site and a dues finding listed
with their section; the full list computed on a worker when the quick count left sections out."""

from __future__ import annotations

import pytest

from djdesk.core import checks
from djdesk.core.settings import Settings
from djdesk.ui.small_dialogs import ChecksDialog
from test_checks import village  # noqa: F401  (the fixture: 李家村 without a site, 李四 unpaid since 2025-08)

SECTION_COLUMN = 4          # shown second (moved in the header), kept last in the model


def rows(dialog) -> list[list[str]]:
    t = dialog.ui.checksTable
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def open_dialog(qtbot, store, org_uuid=None, name="红星乡党委") -> ChecksDialog:
    dialog = ChecksDialog(store, org_uuid, name, Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_lists_a_site_and_a_dues_finding_with_their_section(qtbot, store, village):
    dialog = open_dialog(qtbot, store)
    assert dialog.left_out == ()
    header = dialog.ui.checksTable.horizontalHeader()
    labels = [dialog.ui.checksTable.horizontalHeaderItem(header.logicalIndex(v)).text() for v in range(5)]
    assert labels == ["级别", "板块", "组织", "问题", "依据"]
    found = rows(dialog)
    site = [r for r in found if r[SECTION_COLUMN] == "活动场所"]
    assert site == [["提示", "李家村", "李家村尚未登记村级组织活动场所", site[0][3], "活动场所"]]
    lapse = [r for r in found if r[SECTION_COLUMN] == "党费" and r[2].startswith("李四连续")]
    assert lapse and lapse[0][:2] == ["需处理", "李家村党支部"] and "《中国共产党章程》第九条" in lapse[0][3]
    assert {r[SECTION_COLUMN] for r in found} == {"组织设置", "三会一课", "党费", "活动场所"}
    # rows come org by org: the village's lines before the branch's
    orgs = [r[1] for r in found]
    assert orgs == sorted(orgs, key=["李家村", "李家村党支部"].index)
    assert "需处理的问题" in dialog.ui.summaryLabel.text()


def test_a_big_subtree_shows_the_quick_list_then_the_full_one_from_a_worker(qtbot, store, village, monkeypatch):
    monkeypatch.setattr(checks, "QUICK_MAX_BRANCHES", 0)
    dialog = open_dialog(qtbot, store)
    assert dialog.left_out == ("meetings", "dues")
    assert {r[SECTION_COLUMN] for r in rows(dialog)} == {"组织设置", "活动场所"}
    assert "正在检查三会一课、党费…" in dialog.ui.summaryLabel.text()
    qtbot.waitUntil(lambda: dialog.left_out == (), timeout=5000)
    found = rows(dialog)
    assert {r[SECTION_COLUMN] for r in found} == {"组织设置", "三会一课", "党费", "活动场所"}
    assert len(found) == len(checks.all_warnings(store, settings=Settings()))
    assert "正在检查" not in dialog.ui.summaryLabel.text()


@pytest.fixture
def window(qtbot, store, village):
    from djdesk.ui.main_window import MainWindow

    w = MainWindow(store, Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded)
    return w


def test_the_button_counts_every_section_for_a_township(qtbot, window, store):
    expected = len([w for w in checks.all_warnings(store, window.org_uuid, Settings()) if w.level == "warning"])
    assert expected > 6          # more than the org rules alone: 三会一课 and 党费 are in
    qtbot.waitUntil(lambda: window.check_button.text() == f"检查：{expected} 条需处理", timeout=3000)


def test_above_the_limit_the_button_says_its_count_is_partial(qtbot, window, store, monkeypatch):
    monkeypatch.setattr(checks, "QUICK_MAX_BRANCHES", 0)
    window._update_check_button()
    quick = [w for w in checks.all_warnings(store, window.org_uuid, Settings(), sections=("org", "sites"))
             if w.level == "warning"]
    assert window.check_button.text() == f"检查：{len(quick)} 条以上需处理"
    assert "党费和三会一课" in window.check_button.toolTip()
