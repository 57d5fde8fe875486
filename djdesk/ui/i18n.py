"""Interface language: Chinese source strings, English as a Qt translation.

Chinese is the default on every OS locale (a clerk's PC may run an English Windows); the source
strings in code and forms are Chinese, so Chinese always works even without any .qm file.
English comes from ``resources/translations/djdesk_en.qm``, compiled from ``djdesk_en.ts`` with
``pyside6-lrelease`` (``make translations``; tests/test_ui_i18n.py checks the .qm is current).
Qt's own strings (standard buttons, context menus) come from Qt's ``qtbase_*.qm``.
"""

from __future__ import annotations

from pathlib import Path

from djdesk.core import paths
from djdesk.ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"zh": "中文", "en": "English"}
_QT_LOCALES = {"zh": "zh_CN", "en": "en"}

# Translators installed on the application, kept so a language switch can remove them.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def qm_path(language: str) -> Path:
    return translations_dir() / f"djdesk_{language}.qm"


def set_language(language: str) -> None:
    """Install the translators for a language; widgets built afterwards use it."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(_QT_LOCALES[language])
    QLocale.setDefault(locale)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != "zh":
        ours = QTranslator(app)
        if ours.load(str(qm_path(language))):
            app.installTranslator(ours)
            _installed.append(ours)
