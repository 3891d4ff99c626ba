"""The one language setting shared by the GUI, the core's messages and the CLI, and the CLI's catalogue. No Qt.

Order of choice: ``KOLCRM_LANG`` for one run, then Preferences → Language (a one-word file in the user's config
folder, which the CLI reads too), then the system locale. Only Simplified Chinese and English exist; any other
locale reads English. The GUI installs Qt's translators itself (kolcrm/ui/translators.py); the CLI reads the same
catalogue from its Qt Linguist source (.ts, XML), so a command needs neither Qt nor a display.
"""

from __future__ import annotations

import locale
import os
from functools import cache
from pathlib import Path

from platformdirs import user_config_path

from kolcrm.core import i18n
from kolcrm.resources import resource_path

CHINESE = "zh_CN"
ENGLISH = "en"
SYSTEM = "system"
CHOICES = (SYSTEM, CHINESE, ENGLISH)

# (context, source) → the forms of its translation: one for Chinese, [singular, plural] for English plurals.
Catalogue = dict[tuple[str, str], list[str]]


def normalise(code: str | None) -> str | None:
    """ "zh", "zh-CN", "zh_CN.UTF-8", "Chinese" → zh_CN; "en", "en_GB", "C" → en; "system"/"" and others → None."""
    text = (code or "").strip().lower().replace("-", "_").split(".")[0]
    if text.startswith("zh") or text in {"chinese", "cn", "中文", "简体中文"}:
        return CHINESE
    if text.startswith("en") or text in {"c", "posix", "english"}:
        return ENGLISH
    return None


def system_language() -> str:
    """Chinese when the user's locale is Chinese (LC_ALL, LC_MESSAGES, LANG, then the platform's), else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        found = normalise(os.environ.get(variable))
        if found:
            return found
    try:
        code = locale.getlocale()[0]
    except ValueError:  # a malformed locale in the environment
        code = None
    return normalise(code) or ENGLISH


def choice_file() -> Path:
    """Where Preferences keeps the choice: <user config>/kolcrm/language (honours XDG_CONFIG_HOME on Linux)."""
    return user_config_path("kolcrm", appauthor=False) / "language"


def stored_choice() -> str:
    """What Preferences says: system, zh_CN or en."""
    try:
        value = choice_file().read_text(encoding="utf-8").strip()
    except OSError:
        return SYSTEM
    return value if value in CHOICES else SYSTEM


def store_choice(choice: str) -> None:
    target = choice_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text((choice if choice in CHOICES else SYSTEM) + "\n", encoding="utf-8")


def chosen_language() -> str:
    """The language this run speaks: zh_CN or en."""
    forced = normalise(os.environ.get("KOLCRM_LANG"))
    if forced:
        return forced
    choice = stored_choice()
    return choice if choice != SYSTEM else system_language()


def catalogue_path(language: str = CHINESE, suffix: str = ".qm") -> Path:
    """kolcrm's catalogue: resources/translations/kolcrm_zh_CN, or kolcrm_en (plural forms only)."""
    return resource_path("translations", f"kolcrm_{language}{suffix}")


def install_for_cli(language: str) -> str:
    """Route the core's and the CLI's messages through the catalogue; returns the language in force."""
    catalogue = _read_catalogue(catalogue_path(language, ".ts"))
    if not catalogue and language == CHINESE:  # a checkout without its catalogue: English, not a mix
        language, catalogue = ENGLISH, _read_catalogue(catalogue_path(ENGLISH, ".ts"))
    i18n.install(_lookup(catalogue, plural_forms=2 if language == ENGLISH else 1) if catalogue else None, language)
    return language


def uninstall() -> None:
    i18n.install(None)


@cache
def _read_catalogue(path: Path) -> Catalogue:
    """The finished translations of a Qt Linguist file (~2,000 messages parse in about 20 ms)."""
    import xml.etree.ElementTree as ET  # the CLI's catalogue only: the GUI reads .qm files (~3 ms at start)

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    catalogue: Catalogue = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            if all(forms):
                catalogue[(name, message.findtext("source") or "")] = forms
    return catalogue


def _lookup(catalogue: Catalogue, plural_forms: int) -> i18n.Lookup:
    def lookup(context: str, text: str, n: int) -> str:
        forms = catalogue.get((context, text))
        if not forms:
            return ""
        chosen = forms[0] if plural_forms == 1 or n == 1 or len(forms) == 1 else forms[1]
        return chosen.replace("%n", str(n)) if n >= 0 else chosen

    return lookup
