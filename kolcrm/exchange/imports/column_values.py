"""What a column's values look like: handles, percentages, counts, account IDs, web addresses, platforms…

Reads the sample rows the mapping step is given (≤ 200), each distinct cell once, with quick patterns rather
than the exact parsers (which cost ~10× more): a guess needs shapes, the import reads the values exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from kolcrm.core.vocabulary import Platform
from kolcrm.exchange.exports.formula_guard import unguard
from kolcrm.exchange.imports.cells import parse_platform, parse_status, parse_tier
from kolcrm.exchange.imports.numbers import is_no_value

# Kinds of value, as bits: a cell may be several (a plain integer is a NUMBER and an INTEGER).
NUMBER = 1  # any figure: 12,345 · 1.2万 · 29.0b · 10万+ · 600K-800K · ¥3,000 · 3.2%
PERCENT = 1 << 1  # a figure with %
SUFFIX = 1 << 2  # a figure with k/m/b/万/w/亿, a range or a trailing +: a count as platforms show it
MONEY = 1 << 3  # a figure with a currency sign or word
INTEGER = 1 << 4  # digits only (with thousands commas)
LONG_ID = 1 << 5  # 16–20 digits: an account ID, not a number
URL = 1 << 6
EMAIL = 1 << 7
AT_NAME = 1 << 8  # '@cristiano'
USERNAME = 1 << 9  # one ASCII word: letters, digits, '_', '.', '-'
DATE = 1 << 10
PLATFORM = 1 << 11
STATUS = 1 << 12
TIER = 1 << 13
PHONE = 1 << 14
WORDS = 1 << 15  # text with spaces or Chinese: a name, a bio, a note
RATE_CARD = 1 << 16  # 'Video: 30000; Image note: 12000'
DECIMAL = 1 << 17  # a plain figure with decimals
BLANK = 1 << 18  # a placeholder that means "no value": N/A, TBD, -, 保密…
_MAYBE_WORD = 1 << 19  # could be a platform, status or tier: looked up once the column shows it repeats

_FIGURE = re.compile(
    r"^(?:≥|>=|>)?\s*(?P<cur>us\$|hk\$|rmb|cny|usd|hkd|eur|[¥$€£])?\s*"
    r"(?P<num>[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?)\s*"
    r"(?P<suf>千万|百万|thousand|million|billion|mln|mil|bn|mn|k|w|m|b|千|万|亿)?\s*(?P<pct>%)?\s*"
    r"(?P<range>(?:-|~|–|—|〜|to|至|到)\s*[$¥]?\s*[\d.,]+\s*(?:千万|百万|bn|mn|k|w|m|b|千|万|亿)?\s*%?)?\s*"
    r"(?P<plus>\+|\+?以上|及以上)?\s*(?P<cur2>元|块|rmb|cny|usd|hkd|eur|人民币|美元|美金)?\s*"
    r"(?:/\s*(?:条|篇|次|个|支|期|post|video|piece))?$",
    re.IGNORECASE,
)
_MULTIPLIER = {"k": 1e3, "千": 1e3, "thousand": 1e3, "w": 1e4, "万": 1e4, "m": 1e6, "mn": 1e6, "mln": 1e6,
               "mil": 1e6, "million": 1e6, "百万": 1e6, "千万": 1e7, "亿": 1e8, "b": 1e9, "bn": 1e9,
               "billion": 1e9}  # fmt: skip
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^(?:[\w-]+\.)+(?:com|cn|net|tv|me|ly|be)(?:/\S*)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_AT_NAME = re.compile(r"^@[^\s@]{1,60}$")
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,60}$")
_DATE = re.compile(
    r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:[ T]\S+)?$|^\d{4}\d{2}\d{2}$|^\d{1,2}/\d{1,2}/\d{4}$"
)
_PHONE = re.compile(r"^(?:\+?\d{1,3}[\s-]?)?(?:\(\d{1,4}\)[\s-]?)?\d[\d\s-]{6,16}\d$")
_MOBILE_CN = re.compile(r"^1[3-9]\d{9}$")
_RATE_CARD = re.compile(r"[^:：;；]+[:：]\s*(?:[¥$￥]\s*)?\d")
_FIGURE_STARTS = frozenset("+-.≥>¥$€£")
_CURRENCY_STARTS = frozenset({"us", "hk", "rm", "cn", "eu"})
_NO_VALUE_LONGEST = 12  # no placeholder (N/A, #VALUE!, 暂无数据…) is longer
_SPACE = re.compile(r"\s")
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Platform domains: a URL naming one of them suggests the platform.
_DOMAINS: tuple[tuple[str, Platform], ...] = (
    ("youtube.com", Platform.YOUTUBE), ("youtu.be", Platform.YOUTUBE), ("instagram.com", Platform.INSTAGRAM),
    ("tiktok.com", Platform.TIKTOK), ("bilibili.com", Platform.BILIBILI), ("b23.tv", Platform.BILIBILI),
    ("weibo.com", Platform.WEIBO), ("weibo.cn", Platform.WEIBO), ("xiaohongshu.com", Platform.XIAOHONGSHU),
    ("xhslink.com", Platform.XIAOHONGSHU), ("douyin.com", Platform.DOUYIN), ("iesdouyin.com", Platform.DOUYIN),
    ("kuaishou.com", Platform.KUAISHOU), ("zhihu.com", Platform.ZHIHU), ("twitter.com", Platform.X),
    ("x.com", Platform.X), ("mp.weixin.qq.com", Platform.WECHAT),
)  # fmt: skip
_DOMAIN = re.compile(r"^(?:https?://)?([^/?#\s]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    kinds: int
    number: float | None = None  # the figure, suffix applied (3.2 for '3.2%')
    platform: Platform | None = None  # the platform a URL is on, or the cell names


@dataclass
class ColumnValues:
    """The shapes of one column's values: how many of each kind, the figures, the platforms URLs name."""

    present: int = 0  # non-empty cells (placeholders such as N/A included)
    count: int = 0  # cells with a value (placeholders left out)
    distinct: int = 0
    kinds: Counter[int] = field(default_factory=Counter)  # kind bit → cells
    numbers: list[float] = field(default_factory=list)  # the figures without % or a suffix, in order
    small: int = 0  # of those, the ones between 0 and 100 (a rate written without %)
    figures: list[float] = field(default_factory=list)  # every figure (suffix applied), in order
    domains: Counter[Platform] = field(default_factory=Counter)  # the platforms URLs are on
    platforms: Counter[Platform] = field(default_factory=Counter)  # the platforms cells name ('抖音', 'IG')
    samples: list[str] = field(default_factory=list)  # the first three non-empty cells

    def share(self, *kinds: int) -> float:
        """The part of the values (0..1) that are any of these kinds."""
        if not self.count:
            return 0.0
        wanted = 0
        for kind in kinds:
            wanted |= kind
        return sum(cells for bits, cells in self.kinds.items() if bits & wanted) / self.count

    def share_all(self, kinds: int, without: int = 0) -> float:
        """The part of the values that are all these kinds and none of `without`."""
        if not self.count:
            return 0.0
        found = sum(cells for bits, cells in self.kinds.items() if bits & kinds == kinds and not bits & without)
        return found / self.count

    @property
    def unique(self) -> float:
        return self.distinct / self.count if self.count else 0.0

    def median(self) -> float:
        figures = sorted(self.figures)
        return figures[len(figures) // 2] if figures else 0.0

    def counts_up(self) -> bool:
        """Row numbers: 1, 2, 3… (or any run of consecutive integers)."""
        numbers = self.numbers
        if len(numbers) < 2 or self.share(INTEGER) < 1.0:
            return False
        return all(later - earlier == 1 for earlier, later in pairwise(numbers))


def read_values(cells: Iterable[str], memory: dict[str, Cell]) -> ColumnValues:
    """The shapes of a column's cells; `memory` keeps each distinct text's reading across columns."""
    values = ColumnValues()
    occurrences: dict[str, int] = {}
    for raw in cells:
        text = raw.strip()
        if not text:
            continue
        values.present += 1
        if len(values.samples) < 3:
            values.samples.append(text)
        cell = memory.get(text)
        if cell is None:
            cell = memory[text] = classify(text)
        if cell.kinds == BLANK:
            continue
        values.count += 1
        occurrences[text] = occurrences.get(text, 0) + 1
        if cell.number is not None:
            values.figures.append(cell.number)
            if not cell.kinds & (PERCENT | SUFFIX):
                values.numbers.append(cell.number)
                if 0 <= cell.number <= 100:
                    values.small += 1
    values.distinct = len(occurrences)
    # Platforms, statuses and tiers repeat down a column: a column of mostly distinct words (names, notes) is
    # none of them, and skipping it saves the vocabulary look-ups, the slowest part of reading a cell.
    vocabulary = values.distinct <= max(24, values.count // 2)
    for text, times in occurrences.items():
        cell = memory[text]
        if vocabulary and cell.kinds & _MAYBE_WORD:
            cell = memory[text] = _with_vocabulary(text, cell)
        values.kinds[cell.kinds & ~_MAYBE_WORD] += times
        if cell.platform is not None:
            (values.domains if cell.kinds & URL else values.platforms)[cell.platform] += times
    return values


def classify(text: str) -> Cell:
    """The kinds of one stripped, non-empty cell; a placeholder (N/A, -, 保密…) has none."""
    text = unguard(text)  # kolcrm's export guards '+86 138…' against formulas; the import drops the apostrophe
    if len(text) <= _NO_VALUE_LONGEST and is_no_value(text):
        return Cell(BLANK)
    if text.isdigit() and text.isascii():  # the commonest figure: a count or an ID
        return _integer(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).strip()
    first = text[:1]
    if first in _FIGURE_STARTS or first.isdigit() or text[:2].casefold() in _CURRENCY_STARTS:
        figure = _FIGURE.match(text) if len(text) < 40 else None
        if figure is not None and any(ch.isdigit() for ch in figure["num"]):
            return _figure(text, figure)
    kinds = 0
    platform = None
    if "." in text and _URL.match(text):
        kinds |= URL
        platform = _domain_platform(text)
    elif "@" in text:
        if _EMAIL.match(text):
            kinds |= EMAIL
        elif first == "@" and _AT_NAME.match(text):
            kinds |= AT_NAME
    elif first.isdigit() or first in "+(":
        if _DATE.match(text):
            kinds |= DATE
        elif _PHONE.match(text) and sum(ch.isdigit() for ch in text) >= 7:
            kinds |= PHONE
    if not kinds and _USERNAME.match(text):
        kinds |= USERNAME
    if (not text.isascii() and _CJK.search(text)) or _SPACE.search(text):
        kinds |= WORDS
    if ":" in text or "：" in text:
        if _RATE_CARD.match(text) and not kinds & (URL | DATE):
            kinds |= RATE_CARD
    elif len(text) <= 20 and not kinds & (URL | EMAIL | DATE | PHONE) and not _DIGIT.search(text):
        kinds |= _MAYBE_WORD  # no platform, status or tier has a digit or a colon: read_values looks it up
    return Cell(kinds, None, platform)


def _integer(text: str) -> Cell:
    kinds = NUMBER | INTEGER
    if 16 <= len(text) <= 20:
        kinds |= LONG_ID
    elif _MOBILE_CN.match(text):
        kinds |= PHONE
    elif len(text) == 8 and text[:2] in ("19", "20") and "01" <= text[4:6] <= "12" and "01" <= text[6:] <= "31":
        kinds |= DATE  # 20240520
    return Cell(kinds, float(text))


def _figure(text: str, match: re.Match[str]) -> Cell:
    digits = match["num"].replace(",", "")
    try:
        number = float(digits)
    except ValueError:  # a comma run such as '1,,2' the pattern lets through
        return Cell(WORDS if " " in text else USERNAME)
    kinds = NUMBER
    suffix = (match["suf"] or "").casefold()
    if suffix:
        number *= _MULTIPLIER.get(suffix, 1.0)
    if match["pct"]:
        kinds |= PERCENT
    if suffix or match["range"] or match["plus"]:
        kinds |= SUFFIX
    if match["cur"] or match["cur2"]:
        kinds |= MONEY
    plain = digits.lstrip("+-")
    if plain.isdigit() and not kinds & (SUFFIX | PERCENT | MONEY) and "e" not in plain.casefold():
        kinds |= INTEGER
        if 16 <= len(plain) <= 20 and text.isdigit():
            kinds |= LONG_ID
        if _MOBILE_CN.match(text):
            kinds |= PHONE
    elif "." in digits and not kinds & (SUFFIX | PERCENT):
        kinds |= DECIMAL
    return Cell(kinds, number)


def _with_vocabulary(text: str, cell: Cell) -> Cell:
    """The cell, looked up as a platform, a status and a tier."""
    kinds = cell.kinds & ~_MAYBE_WORD
    platform = None
    try:
        platform = parse_platform(text)
    except ValueError:
        pass
    if platform is not None:
        kinds |= PLATFORM
    for kind, parse in ((STATUS, parse_status), (TIER, parse_tier)):
        try:
            if parse(text) is not None:
                kinds |= kind
        except ValueError:
            pass
    return Cell(kinds, cell.number, platform)


def _domain_platform(text: str) -> Platform | None:
    match = _DOMAIN.match(text)
    if match is None:
        return None
    host = match.group(1).casefold().removeprefix("www.")
    for domain, platform in _DOMAINS:
        if host == domain or host.endswith("." + domain):
            return platform
    return None
