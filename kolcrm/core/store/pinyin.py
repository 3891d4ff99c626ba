"""Pinyin spellings of Chinese names, so typing `zhuruoyi`, `zhu ruo yi` or `zry` finds 朱若怡.

Readings come from pypinyin (its dictionary knows every character in Unicode's CJK blocks; a hand-made table would
not). A character is looked up once per process and cached: the search index is rebuilt for whole imports, where
calling pypinyin per name cost ~26 µs and a cached character ~1 µs. Each character takes its most common reading;
pypinyin's phrase-aware conversion would be slower and names are not phrases.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache


@cache
def _han() -> re.Pattern[str]:
    # Compiled on first use: a class with CJK ranges takes Python's re 1.5 ms to compile, at every start-up.
    return re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


@lru_cache(maxsize=65536)
def _reading(character: str) -> tuple[str, bool]:
    """(toneless reading, whether the character has more than one), "" for anything that is not Han."""
    if not _han().match(character):
        return "", False
    from pypinyin import Style, lazy_pinyin, pinyin  # on first use: its dictionaries cost ~130 ms and ~50 MB

    readings = set(pinyin(character, style=Style.NORMAL, heteronym=True)[0])
    return lazy_pinyin(character, style=Style.NORMAL)[0], len(readings) > 1


@lru_cache(maxsize=65536)
def _in_context(text: str) -> tuple[str, ...]:
    """pypinyin's phrase-aware readings (成都 is cheng du, not cheng dou); cached, as cities and agencies repeat."""
    from pypinyin import Style, lazy_pinyin

    return tuple(reading for reading in lazy_pinyin(text, style=Style.NORMAL, errors="ignore") if reading.isalpha())


def syllables(text: str) -> list[str]:
    """The toneless pinyin of each Han character in `text`, in order; other characters are skipped.

    Characters with one reading are looked up alone (~1 µs); a text with a character of several readings (都, 长,
    曾) goes through pypinyin's phrase dictionary (~17 µs), which knows which reading the phrase takes.
    """
    readings = [_reading(character) for character in text]
    if any(several for _reading_, several in readings):
        return list(_in_context("".join(_han().findall(text))))
    return [reading for reading, _several in readings if reading]


def spellings(text: str) -> list[str]:
    """How someone might type `text` in Latin letters: "zhu ruo yi", "zhuruoyi", "zry"; [] without Han characters."""
    if not _han().search(text):
        return []
    spoken = syllables(text)
    return [" ".join(spoken), "".join(spoken), "".join(s[0] for s in spoken)]


def sort_key(name: str) -> str:
    """Orders names as a Chinese list does: by pinyin, Latin names among them by their letters (阿花, Amy, 白, bob,
    李雷, 朱若怡, Zoe); ties are broken by the name itself, so 李 and 里 stay apart."""
    letters = "".join(_reading(ch)[0] or ch for ch in name.strip()).casefold()
    return f"{letters}\x00{name}"
