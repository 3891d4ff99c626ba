"""Number cells of an imported sheet, as platforms and agencies export them: 29.0b · 1.2M+ · 10万+ · 600K-800K.

kolcrm.core.numbers reads what a person types into a form; a sheet adds full-width characters, 'NaN' from
pandas, 'TBD' and '保密' for figures nobody knows, "at least" marks, ranges, and mistakes that the form parser
would swallow (it drops every comma, so '12,34,5' would become 12345). Here a comma must group thousands, and
anything unreadable raises ValueError with a reason for the import report. Nothing is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import ftfy

from kolcrm.core import i18n

__all__ = [
    "Count",
    "Fee",
    "Figure",
    "clean",
    "is_no_value",
    "looks_numeric",
    "parse_count",
    "parse_fee",
    "parse_figure",
    "parse_rate",
    "repair_mojibake",
]


@dataclass(frozen=True)
class Figure:
    """Any number from a sheet; a percentage is in percent points ('3.2%' → 3.2)."""

    value: Decimal  # the value, or the lower end of a range
    upper: Decimal | None = None
    at_least: bool = False  # '10万+': the value is a floor


@dataclass(frozen=True)
class Count:
    """A follower-like count: a whole number of 0 or more."""

    value: int
    upper: int | None = None
    at_least: bool = False


@dataclass(frozen=True)
class Fee:
    amount: Decimal  # exact; an integral amount is quantized to 1 ('12000', never '1.2E+4')
    currency: str
    upper: Decimal | None = None
    at_least: bool = False


# Cells that mean "no figure": pandas writes NaN, Excel its error values, people TBD, a dash or 保密 (confidential).
_NO_VALUE = frozenset(
    {"", "tbd", "tba", "n/a", "na", "n.a.", "n.a", "nan", "null", "none", "-", "--", "---", "—", "——", "–", "/",
     "?", "??", "#n/a", "#value!", "#div/0!", "#ref!", "#num!", "#null!", "#name?",
     "保密", "暂无", "无", "未知", "待定", "面议", "不详", "待定价", "暂无数据"}
)  # fmt: skip
NO_VALUES = _NO_VALUE  # the plain spellings, casefolded (is_no_value also reads full-width ones and 'NaN%')
_NO_VALUE_LONGEST = max(map(len, _NO_VALUE)) + 2  # past this length a cell cannot be one of them

_MULTIPLIERS: dict[str, Decimal] = {word: Decimal(factor) for word, factor in {
    "k": 10**3, "千": 10**3, "thousand": 10**3,
    "w": 10**4, "万": 10**4,
    "m": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "million": 10**6, "百万": 10**6,
    "千万": 10**7,
    "亿": 10**8,
    "b": 10**9, "bn": 10**9, "billion": 10**9,
}.items()}  # fmt: skip
_SUFFIX = "|".join(sorted(map(re.escape, _MULTIPLIERS), key=len, reverse=True))
_END = rf"([+-]?)(\.[0-9]+|[0-9][0-9,]*(?:\.[0-9]+)?)\s*({_SUFFIX})?\s*(%)?"
_FIGURE = re.compile(
    rf"^(≥|>=|>)?\s*{_END}(?:\s*(?:-|~|–|—|〜|to|至|到)\s*{_END})?\s*(\+|及以上|以上|\+以上)?$",
    re.IGNORECASE | re.ASCII,
)
_THOUSANDS = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")
# '12 345' (a space grouping thousands) reads as 12345, as the form parser does.
_SPACE_IN_NUMBER = re.compile(r"(?<=[0-9]) (?=[0-9]{3}(?![0-9]))")
_FIGURE_LIMIT = Decimal(10) ** 20  # beyond any metric
_MOST_DIGITS = 24  # characters of one number, commas and point included
_ONE, _CENT = Decimal(1), Decimal("0.01")
_COUNT_LIMIT = Decimal(10) ** 15  # beyond any follower count or fee

_CURRENCY_WORDS = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "CN¥": "CNY", "S$": "SGD", "A$": "AUD", "C$": "CAD",
    "$": "USD", "¥": "CNY", "€": "EUR", "£": "GBP", "₩": "KRW",
    "人民币": "CNY", "块钱": "CNY", "元": "CNY", "块": "CNY", "美元": "USD", "美金": "USD", "港币": "HKD",
    "港元": "HKD", "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "rmb": "CNY",
}  # fmt: skip
# Currency codes are recognised in any case; other three-letter words only in capitals ('500 max' is no currency).
_KNOWN_CODES = ("CNY", "USD", "HKD", "EUR", "GBP", "JPY", "KRW", "TWD", "SGD", "AUD", "CAD", "MYR", "THB", "IDR",
                "PHP", "VND", "INR", "CHF", "NZD", "AED", "RUB")  # fmt: skip
_CURRENCY = re.compile(
    "(?i:"
    + "|".join(sorted(map(re.escape, [*_CURRENCY_WORDS, *_KNOWN_CODES]), key=len, reverse=True))
    + ")"
    + r"|(?<![A-Za-z])(?!MIL|MLN)[A-Z]{3}(?![A-Za-z])",
    re.ASCII,
)
# '5000元/条': a price per post.
_PER_PIECE = re.compile(r"\s*/\s*(?:条|篇|次|个|支|期|条视频|post|video|piece)$", re.IGNORECASE)

# UTF-8 read as Latin-1/Windows-1252 turns each lead byte (C2–F4) into one of Â…ô followed by a continuation byte
# (80–BF) shown as a Latin-1 sign or a Windows-1252 letter/punctuation: 'Ã´', 'å°', 'æŠ'. A lone ¥, é or ü cannot be.
_MAYBE_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_MOJIBAKE_FIXES = ftfy.TextFixerConfig(
    # Only the encoding: full-width punctuation, curly quotes, line breaks and HTML entities are the user's.
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


_Parsed = tuple[Decimal, Decimal | None, bool, bool]  # value, upper end, at least, written with a %


def clean(text: str) -> str:
    """Full-width digits, commas and signs to ASCII (NFKC); surrounding spaces trimmed."""
    if text.isascii():  # NFKC leaves ASCII as it is: skip the work on most cells
        return text.strip()
    return unicodedata.normalize("NFKC", text).strip()


def is_no_value(text: str) -> bool:
    """True for a cell that holds no value: '', TBD, N/A, NaN, NaN%, -, —, #N/A, 保密, 暂无, 面议…"""
    stripped = text.strip()
    return len(stripped) <= _NO_VALUE_LONGEST and _cleaned(stripped) is None


def looks_numeric(text: str) -> bool:
    """Whether parse_figure reads a number in the cell (a cell with no value is not numeric)."""
    if is_no_value(text):
        return False
    try:
        return parse_figure(text) is not None
    except ValueError:
        return False


def parse_figure(text: str) -> Figure | None:
    """'29.0b' → 29000000000; '3.2%' → 3.2; '10万+' → at least 100000; '600K-800K' → 600000 up to 800000."""
    cleaned = _cleaned(text)
    if cleaned is None:
        return None
    if cleaned.isdigit() and cleaned.isascii() and len(cleaned) <= 20:  # most cells: skip the grammar
        return Figure(Decimal(int(cleaned)))
    value, upper, at_least, _ = _parse(text, _number_text(cleaned))
    return Figure(value, upper, at_least)


def parse_count(text: str) -> Count | None:
    """'475.8m' → 475800000; '1.2M+' → at least 1200000; 'NaN' or '' → None. Rounded to a whole number."""
    cleaned = _cleaned(text)
    if cleaned is None:
        return None
    if cleaned.isdigit() and cleaned.isascii() and len(cleaned) <= 15:  # most cells: skip the grammar
        return Count(int(cleaned))
    value, upper, at_least, percent = _parse(text, _number_text(cleaned))
    if percent:
        raise ValueError(i18n.translate("Import", "“{value}” is a percentage, not a count").format(value=_shown(text)))
    if value < 0 or (upper is not None and upper < 0):
        raise ValueError(
            i18n.translate("Import", "“{value}” is negative: a count cannot be below 0").format(value=_shown(text))
        )
    return Count(_whole(text, value), None if upper is None else _whole(text, upper), at_least)


def parse_rate(text: str, fraction: bool | None = None) -> float | None:
    """Percent points: '1.39%' → 1.39; a bare '0.052' → 5.2 when fraction is True, else 0.052.

    fraction=True: a number without a % sign is a fraction of 1 (a spreadsheet's 0.052 for 5.2 %).
    fraction=False: it is already in percent points. None: as written, which is also percent points.
    A range reads as its lower end. 'NaN%' or '' → None.
    """
    cleaned = _cleaned(text)
    if cleaned is None:
        return None
    value, _, _, percent = _parse(text, _number_text(cleaned), "percentage")
    scaled = fraction is True and not percent
    if scaled:
        value *= 100
    if value < 0:
        raise ValueError(
            i18n.translate("Import", "“{value}” is negative: a rate cannot be below 0 %").format(value=_shown(text))
        )
    if value > 100:
        message = (
            i18n.translate("Import", "“{value}” is over 100 % (the column holds fractions, where 0.052 means 5.2 %)")
            if scaled
            else i18n.translate("Import", "“{value}” is over 100 %")
        )
        raise ValueError(message.format(value=_shown(text)))
    return float(value)


def parse_fee(text: str, default_currency: str = "CNY") -> Fee | None:
    """'¥30,000' → 30000 CNY; '5000 USD'; '3万元/条' → 30000 CNY; '$500-$800'; '1万+'; '面议' or '' → None."""
    cleaned = _cleaned(text)
    if cleaned is None:
        return None
    if cleaned.isdigit() and cleaned.isascii() and len(cleaned) <= 15:  # most cells: skip the grammar
        return Fee(Decimal(int(cleaned)), default_currency)
    prepared = _PER_PIECE.sub("", _number_text(cleaned))
    currencies: set[str] = set()

    def take(match: re.Match[str]) -> str:
        word = match.group()
        currencies.add(_CURRENCY_WORDS.get(word) or _CURRENCY_WORDS.get(word.casefold()) or word.upper())
        return " "

    amount_text = _CURRENCY.sub(take, prepared)
    if len(currencies) > 1:
        first, *rest = sorted(currencies)
        second = " and ".join(rest)  # three or more: rare enough to list as written
        raise ValueError(
            i18n.translate("Import", "“{value}” names two currencies ({first} and {second})").format(
                value=_shown(text), first=first, second=second
            )
        )
    if not amount_text.strip():
        raise ValueError(
            i18n.translate("Import", "“{value}” has no amount (e.g. ¥30,000 · 3万 · 5000 USD)").format(
                value=_shown(text)
            )
        )
    value, upper, at_least, percent = _parse(text, amount_text.strip(), "amount")
    if percent:
        raise ValueError(
            i18n.translate("Import", "“{value}” is a percentage, not an amount").format(value=_shown(text))
        )
    if value < 0 or (upper is not None and upper < 0):
        raise ValueError(
            i18n.translate("Import", "“{value}” is negative: a fee cannot be below 0").format(value=_shown(text))
        )
    currency = currencies.pop() if currencies else default_currency
    return Fee(_amount(text, value), currency, None if upper is None else _amount(text, upper), at_least)


def repair_mojibake(text: str) -> str:
    """UTF-8 read as Latin-1 or Windows-1252 put back: 'CÃ´te d'Ivoire' → 'Côte d'Ivoire', 'æŠ–éŸ³' → '抖音'.

    Text that cannot be such mojibake (ASCII, or no misread lead byte followed by a misread continuation byte)
    comes back at once, without ftfy: this runs on every text cell of a file.
    """
    if text.isascii() or not _MAYBE_MOJIBAKE.search(text):
        return text
    fixed: str = ftfy.fix_text(text, _MOJIBAKE_FIXES)
    return fixed


def _cleaned(text: str) -> str | None:
    """The cell through clean(), or None when it holds no value."""
    cleaned = clean(text)
    if len(cleaned) <= _NO_VALUE_LONGEST:
        key = cleaned.casefold()
        if key in _NO_VALUE or (key.endswith("%") and key.rstrip("%").strip() in _NO_VALUE):  # 'NaN%', a lone '%'
            return None
    return cleaned


def _number_text(cleaned: str) -> str:
    if not cleaned.isascii():
        cleaned = cleaned.replace("−", "-")  # the minus sign, which NFKC keeps
    if " " in cleaned:
        cleaned = _SPACE_IN_NUMBER.sub("", cleaned)
    return cleaned


def _not_a(what: str, original: str) -> ValueError:
    """“…” is not a number / a percentage / an amount, with examples of what would be."""
    if what == "percentage":
        text = i18n.translate("Import", "“{value}” is not a percentage (e.g. 1.39% or 1.39)")
    elif what == "amount":
        text = i18n.translate("Import", "“{value}” is not an amount (e.g. ¥30,000 · 3万 · 5000 USD · 1万+ · ¥3万-5万)")
    else:
        text = i18n.translate(
            "Import",
            "“{value}” is not a number (e.g. 12,345 · 1.2万 · 3.5w · 1.2亿 · 12.3k · 4.5M · 10万+ · 600K-800K)",
        )
    return ValueError(text.format(value=_shown(original)))


def _parse(original: str, text: str, what: str = "number") -> _Parsed:
    """`what` names the kind the cell should be: "number", "percentage" or "amount"."""
    match = _FIGURE.match(text)
    if match is None:
        raise _not_a(what, original)
    prefix, sign1, digits1, suffix1, percent1, sign2, digits2, suffix2, percent2, plus = match.groups()
    for digits in (digits1, digits2):
        if digits and "," in digits and not _THOUSANDS.match(digits):
            raise ValueError(
                i18n.translate(
                    "Import", "“{value}”: the commas do not group thousands (e.g. 12,345 or 1,234,567.5)"
                ).format(value=_shown(original))
            )
    if digits2 is None:
        value = _scaled(original, sign1, digits1, suffix1)
        return value, None, bool(prefix or plus), bool(percent1)
    upper = _scaled(original, sign2, digits2, suffix2)
    value = _scaled(original, sign1, digits1, suffix1 or suffix2)
    if suffix2 and not suffix1 and value > upper:
        value = _scaled(original, sign1, digits1, None)  # '500-1.2k': the lower end was written in full
    if upper < value:
        raise ValueError(
            i18n.translate("Import", "“{value}”: the upper end of the range is below the lower end").format(
                value=_shown(original)
            )
        )
    return value, upper, bool(prefix or plus), bool(percent1 or percent2)


def _scaled(original: str, sign: str, digits: str, suffix: str | None) -> Decimal:
    """The number, exact: 12000 rather than 12000.0 or 1.2E+4, 1.5 rather than 1.50."""
    if len(digits) > _MOST_DIGITS:  # within it, Decimal's 28 digits keep every product exact
        whole_digits = len(digits.partition(".")[0].replace(",", ""))
        message = (
            i18n.translate("Import", "“{value}” is too large")
            if whole_digits > 20
            else i18n.translate("Import", "“{value}” has too many decimals")
        )
        raise ValueError(message.format(value=_shown(original)))
    try:
        number = Decimal(digits.replace(",", "") if "," in digits else digits)
    except InvalidOperation:
        raise _not_a("number", original) from None
    if suffix:
        number *= _MULTIPLIERS[suffix.lower()]
    if number >= _FIGURE_LIMIT:
        raise ValueError(i18n.translate("Import", "“{value}” is too large").format(value=_shown(original)))
    integral = number.to_integral_value()
    number = integral if integral == number else number.normalize()
    return -number if sign == "-" and number else number


def _whole(original: str, value: Decimal) -> int:
    if value > _COUNT_LIMIT:
        raise ValueError(
            i18n.translate("Import", "“{value}” is too large to be a count").format(value=_shown(original))
        )
    whole = int(value)
    if whole != value:
        if value < 1000:
            # '12.3k' rounds to a count, but '0.4' followers is a slip: report it instead of storing 0.
            raise ValueError(i18n.translate("Import", "“{value}” is not a whole number").format(value=_shown(original)))
        whole = int(value.quantize(_ONE, rounding=ROUND_HALF_UP))
    return whole


def _amount(original: str, value: Decimal) -> Decimal:
    if value > _COUNT_LIMIT:
        raise ValueError(i18n.translate("Import", "“{value}” is too large to be a fee").format(value=_shown(original)))
    if value != value.quantize(_CENT, rounding=ROUND_HALF_UP):
        raise ValueError(
            i18n.translate("Import", "“{value}” has more than two decimal places").format(value=_shown(original))
        )
    return value


def _shown(text: str) -> str:
    shown = " ".join(text.split())
    return shown if len(shown) <= 60 else shown[:59] + "…"
