"""The committed djdesk/ui/forms/ui_*.py match forms/*.ui (regenerate with `make forms`)."""

from __future__ import annotations

import importlib

from djdesk.ui import build_forms


def test_generated_forms_are_current():
    forms = sorted(build_forms.FORMS_DIR.glob("*.ui"))
    assert len(forms) >= 5
    stale = []
    for ui_file in forms:
        committed = build_forms.OUTPUT_DIR / build_forms.output_name(ui_file)
        fresh = build_forms.compile_form(ui_file)
        if not committed.exists() or build_forms.comparable(committed.read_text(encoding="utf-8")) \
                != build_forms.comparable(fresh):
            stale.append(committed.name)
    assert stale == [], f"run `make forms` to regenerate {stale}"


def test_no_generated_form_without_its_ui_file():
    expected = {build_forms.output_name(p) for p in build_forms.FORMS_DIR.glob("*.ui")}
    present = {p.name for p in build_forms.OUTPUT_DIR.glob("ui_*.py")}
    assert present == expected


def test_generated_forms_import_qt_through_the_one_door():
    for path in build_forms.OUTPUT_DIR.glob("ui_*.py"):
        text = path.read_text(encoding="utf-8")
        assert "from PySide6" not in text, path.name
        assert text.startswith("# GENERATED FILE"), path.name
        importlib.import_module(f"djdesk.ui.forms.{path.stem}")
