"""French and English: pick the language and install Qt's and our translators.

Our translations are ``resources/translations/frontdesk_<lang>.ts`` (edited with Qt
Linguist) compiled to ``.qm`` by the set-up script (``pyside6-lrelease``). English is
the source language and needs no file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

log = logging.getLogger(__name__)

SUPPORTED = ("en", "fr")


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """``fr`` or ``en`` from the setting (``auto`` follows the OS locale)."""
    if setting in SUPPORTED:
        return setting
    locale = system or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and Frontdesk's translators; keep the returned list alive."""
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    ours = QTranslator(app)
    with resources.as_file(resources.path("translations", f"frontdesk_{language}.qm")) as qm:
        if qm.exists() and ours.load(str(qm)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("no compiled translation for %s (run the set-up script)", language)
    return installed
