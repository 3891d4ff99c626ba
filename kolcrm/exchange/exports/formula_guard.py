"""Which exported text a spreadsheet would run as a formula, and the apostrophe that keeps it text.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@`, and (through DDE tricks) one starting with a tab
or a carriage return. It also looks past what a person does not see: leading spaces, control and format
characters (a zero-width space, a BOM), and it reads the full-width forms a Chinese or Japanese input method types
(`＝`, `＋`, `－`, `＠`) as the ASCII ones. So the first visible character is taken through Unicode NFKC (which maps
`＝`, `﹦`, `₊`, `﹣`, `＠`… to `=`, `+`, `-`, `@`) before it is checked.

A negative plain number ("-5", "-12.5") is left alone: a spreadsheet reads it as that number, nothing runs, and an
apostrophe would only show. "+86 138 0013 8000" is not a plain number (a spreadsheet would try it as a formula, or
drop the plus): it is guarded, so it reads as typed, and kolcrm's importer takes the apostrophe off again.

The guard and its removal are exact inverses (`unguard(guard(text)) == text`): a cell that already starts with an
apostrophe followed by formula-like text gets one more, so the importer's removal of one gives it back as typed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

GUARD = "'"
_FORMULA = frozenset("=+-@")
_DDE = frozenset("\t\r")
# First characters (or none: an empty cell) that start no formula, so the cell needs no further look: printable
# ASCII but the formula characters and the apostrophe (see the note on inverses), then every visible character
# `needs_guard` meets that starts none (李, 上…). A cache of Unicode facts, so it only grows, and stays small.
PLAIN_FIRST = {"", *(chr(code) for code in range(0x21, 0x7F))} - _FORMULA - {GUARD}
_PLAIN_NUMBER = re.compile(r"-[0-9]+(?:\.[0-9]+)?")


@lru_cache(maxsize=1024)
def _visible_formula_start(char: str) -> bool | None:
    """True: `char` starts a formula; False: a visible character that does not; None: look at the next one."""
    if char in _DDE:
        return True
    if char.isspace() or unicodedata.category(char)[0] == "C":  # spaces, controls, zero-width and format marks
        return None
    return unicodedata.normalize("NFKC", char).lstrip()[:1] in _FORMULA


def starts_like_formula(text: str) -> bool:
    """Whether a spreadsheet would take `text` for a formula (plain numbers such as "-5" included)."""
    if text[:1] in PLAIN_FIRST:
        return False
    for position, char in enumerate(text):
        verdict = _visible_formula_start(char)
        if verdict is not None:
            if not verdict and position == 0 and char != GUARD:
                PLAIN_FIRST.add(char)
            return verdict
    return False


def needs_guard(text: str) -> bool:
    """Whether a text cell needs the leading apostrophe (see the module's notes)."""
    first = text[:1]
    if first in PLAIN_FIRST:
        return False
    if first == GUARD:
        return starts_like_formula(text.lstrip(GUARD))
    return starts_like_formula(text) and _PLAIN_NUMBER.fullmatch(text) is None


def guard(value: Any) -> Any:
    """A text cell a spreadsheet would run gets a leading apostrophe; any other value passes unchanged."""
    if value.__class__ is str and value[:1] not in PLAIN_FIRST and needs_guard(value):
        return GUARD + value
    return value


def unguard(text: str) -> str:
    """What `guard` was given: the apostrophe it added taken off (a kolcrm export read back)."""
    if text[:1] == GUARD and starts_like_formula(text.lstrip(GUARD)):
        return text[1:]
    return text
