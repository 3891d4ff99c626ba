"""The GUI's translators: kolcrm's compiled catalogue and Qt's own (qtbase_zh_CN: 取消 / 打开), installed on the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kolcrm import language
from kolcrm.core import i18n

# Kept alive here: Qt holds translators by pointer, a collected QTranslator would leave a dangling one installed.
_installed: list[QTranslator] = []


def install_for_gui(chosen: str) -> str:
    """Install kolcrm's and Qt's catalogues on the running QCoreApplication; returns the language in force.

    English installs a catalogue too: the plural forms ("1 KOL", "2 KOLs") that the English source cannot hold.
    """
    remove_installed()
    mine = _load(str(language.catalogue_path(chosen)), "")
    if mine is None and chosen == language.CHINESE:  # a checkout without compiled catalogues: English, not a mix
        chosen, mine = language.ENGLISH, _load(str(language.catalogue_path(language.ENGLISH)), "")
    translators = [mine]
    if chosen == language.CHINESE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translators.insert(0, _load(f"qtbase_{language.CHINESE}", qt_folder))
    for translator in translators:
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if chosen == language.CHINESE
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    i18n.install(_qt_lookup, chosen)
    return chosen


def remove_installed() -> None:
    for translator in _installed:
        if QCoreApplication.instance() is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    i18n.install(None)


def _load(name: str, directory: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, directory) else None


def _qt_lookup(context: str, text: str, n: int) -> str:
    translated = QCoreApplication.translate(context, text, None, n)
    return "" if translated == text and n < 0 else translated
