"""How the Qt-free core speaks the user's language: marked literals looked up through one installed hook.

The core marks every message a person reads as ``i18n.translate("Context", "English text {name}")`` and
formats it with ``.format(...)`` afterwards. ``pyside6-lupdate`` sees those calls (the dotted spelling, positional
arguments only), so the core's messages land in the same Qt Linguist file as the GUI's: one catalogue, one tool for
a translator. The GUI installs ``QCoreApplication.translate`` as the hook and the CLI a ``QTranslator`` loaded with
the same ``.qm``; the core itself never imports Qt. Tables of labels use ``QT_TRANSLATE_NOOP`` (defined here,
because lupdate matches it by name) and are translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

# (context, source text, plural count or -1) -> the text in the user's language, "%n" already replaced.
Lookup = Callable[[str, str, int], str]


def _english(context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_lookup: Lookup = _english
_language = "en"


def install(lookup: Lookup | None, language: str = "en") -> None:
    """Route every core message through `lookup` (None restores English)."""
    global _lookup, _language
    _lookup = lookup or _english
    _language = language if lookup else "en"


def language() -> str:
    """The language messages are produced in: "zh_CN" or "en"."""
    return _language


def is_chinese() -> bool:
    return _language.startswith("zh")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language. With `n` ≥ 0 the text is a plural form and "%n" becomes `n`."""
    del disambiguation  # accepted so the call has Qt's shape, which is what lupdate reads
    try:
        translated = _lookup(context, text, n)
    except Exception:  # a broken catalogue must never cost the user the message itself
        translated = ""
    return translated or _english(context, text, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for the catalogue without translating it now (tables of labels)."""
    del context
    return text


def prose_date(day: date) -> str:
    """A date inside a sentence: 2026年12月6日 in Chinese; ISO (2026-12-06) in English, as in tables."""
    return f"{day.year}年{day.month}月{day.day}日" if is_chinese() else day.isoformat()
