"""The one language setting shared by the GUI, the core's messages and the CLI, and the catalogues behind it.

Order of choice: ``KOLCRM_LANG`` for one run, then Preferences → Language (kept in the user's settings file, which
the CLI reads too), then the system locale. Only Simplified Chinese and English exist; any other locale reads
English. Uses QtCore alone (QTranslator, QSettings, QLocale), so the CLI needs no display.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kolcrm.core import i18n
from kolcrm.resources import resource_path

CHINESE = "zh_CN"
ENGLISH = "en"
SYSTEM = "system"
CHOICES = (SYSTEM, CHINESE, ENGLISH)
LANGUAGE_KEY = "language"

# Kept alive here: Qt holds translators by pointer, a collected QTranslator would leave a dangling one installed.
_installed: list[QTranslator] = []


def user_settings() -> QSettings:
    """The per-user settings file (window layout, language, recent choices), shared by the GUI and the CLI."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kolcrm", "kolcrm")


def normalise(code: str | None) -> str | None:
    """ "zh", "zh-CN", "zh_CN.UTF-8", "Chinese" → zh_CN; "en", "en_GB" → en; "system"/"" → None; others None."""
    text = (code or "").strip().lower().replace("-", "_").split(".")[0]
    if text.startswith("zh") or text in {"chinese", "cn", "中文", "简体中文"}:
        return CHINESE
    if text.startswith("en") or text in {"c", "posix", "english"}:
        return ENGLISH
    return None


def system_language() -> str:
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def stored_choice(settings: QSettings | None = None) -> str:
    """What Preferences says: system, zh_CN or en."""
    value = str((settings or user_settings()).value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in CHOICES else SYSTEM


def store_choice(choice: str, settings: QSettings | None = None) -> None:
    target = settings or user_settings()
    target.setValue(LANGUAGE_KEY, choice if choice in CHOICES else SYSTEM)
    target.sync()


def chosen_language(settings: QSettings | None = None) -> str:
    """The language this run speaks: zh_CN or en."""
    forced = normalise(os.environ.get("KOLCRM_LANG"))
    if forced:
        return forced
    choice = stored_choice(settings)
    return choice if choice != SYSTEM else system_language()


def catalogue_path(language: str = CHINESE) -> Path:
    """kolcrm's compiled catalogue: resources/translations/kolcrm_zh_CN.qm, or kolcrm_en.qm (plural forms)."""
    return resource_path("translations", f"kolcrm_{language}.qm")


def qt_catalogue_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_for_gui(language: str) -> str:
    """Install kolcrm's and Qt's catalogues on the running QCoreApplication; returns the language in force.

    English installs a catalogue too: the plural forms ("1 KOL", "2 KOLs") that the English source cannot hold.
    """
    remove_installed()
    mine = _load(str(catalogue_path(language)), "")
    if mine is None and language == CHINESE:  # a checkout without compiled catalogues: better English than a mix
        language, mine = ENGLISH, _load(str(catalogue_path(ENGLISH)), "")
    translators = [mine]
    if language == CHINESE:
        translators.insert(0, _load(f"qtbase_{CHINESE}", qt_catalogue_dir()))  # 取消 / 打开 on Qt's own buttons
    for translator in translators:
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == CHINESE
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    i18n.install(_qt_lookup, language)
    return language


def install_for_cli(language: str) -> str:
    """Route the core's and the CLI's messages through the catalogue without a QCoreApplication."""
    remove_installed()
    mine = _load(str(catalogue_path(language)), "")
    if mine is None and language == CHINESE:
        language, mine = ENGLISH, _load(str(catalogue_path(ENGLISH)), "")
    if mine is None:
        i18n.install(None)
        return ENGLISH
    _installed.append(mine)
    i18n.install(_translator_lookup(mine), language)
    return language


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


def _translator_lookup(translator: QTranslator) -> Callable[[str, str, int], str]:
    def lookup(context: str, text: str, n: int) -> str:
        translated = translator.translate(context, text, None, n) or ""
        return translated.replace("%n", str(n)) if translated and n >= 0 else translated

    return lookup
