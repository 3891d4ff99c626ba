"""Number cells of an imported sheet: the core's parsers, made strict about what a spreadsheet may hold.

kolcrm.core.numbers reads what a person types into a form (1.2万, 3.5w, ¥30,000); a sheet adds full-width
characters, 'NaN' from pandas, and mistakes that the form parser would swallow: it drops every comma, so
'12,34,5' would become 12345. Here a comma must group thousands, and anything unreadable raises ValueError
with a reason for the import report. Nothing is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from kolcrm.core.numbers import parse_money, parse_percent, parse_quantity

# Cells that mean "no figure": pandas writes NaN, Excel users type N/A or a dash.
_NO_VALUE = frozenset({"", "nan", "n/a", "na", "null", "none", "-", "--", "—", "——", "/"})
_DIGIT_RUN = re.compile(r"\d[\d,]*(?:\.\d+)?")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_TOO_LARGE = Decimal(10) ** 15  # beyond any follower count or fee; keeps quantize() inside Decimal's precision
_EXAMPLES = "e.g. 12,345 · 1.2万 · 3.5w · 1.2亿 · 12.3k · 4.5M"


def clean(text: str) -> str:
    """Full-width digits, commas and signs to ASCII (NFKC); surrounding spaces trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def is_no_value(text: str) -> bool:
    return clean(text).casefold() in _NO_VALUE


def parse_count(text: str) -> int | None:
    """'475.8m' → 475800000; 'NaN' or '' → None. A count is rounded to a whole number."""
    cleaned = clean(text)
    if cleaned.casefold() in _NO_VALUE:
        return None
    _check_grouping(text, cleaned)
    try:
        value = parse_quantity(cleaned)
    except ValueError:
        raise ValueError(f"“{text.strip()}” is not a number ({_EXAMPLES})") from None
    if value is None:
        return None
    if abs(value) > _TOO_LARGE:
        raise ValueError(f"“{text.strip()}” is too large to be a count")
    whole = value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if value != whole and abs(value) < 1000:
        # '12.3k' rounds to a count, but '0.4' followers is a slip: report it instead of storing 0.
        raise ValueError(f"“{text.strip()}” is not a whole number of followers")
    return int(whole)


def parse_rate(text: str) -> float | None:
    """'1.39%' or '1.39' → 1.39 (percent points); 'NaN' or '' → None."""
    cleaned = clean(text)
    if cleaned.casefold() in _NO_VALUE:
        return None
    _check_grouping(text, cleaned)
    try:
        value = parse_percent(cleaned)
    except ValueError:
        raise ValueError(f"“{text.strip()}” is not a percentage (e.g. 1.39% or 1.39)") from None
    if value is None or value != value:  # NaN cannot come from a Decimal, but be sure
        return None
    return value


def parse_fee(text: str, default_currency: str = "CNY") -> tuple[Decimal, str] | None:
    """'¥30,000' → (30000, 'CNY'); '5000 USD' → (5000, 'USD'); '3万' → (30000, 'CNY'); 'NaN' or '' → None."""
    cleaned = clean(text)
    if cleaned.casefold() in _NO_VALUE:
        return None
    # NFKC turns the full-width yen sign ￥ into ¥, which the core parser knows.
    _check_grouping(text, cleaned)
    try:
        parsed = parse_money(cleaned, default_currency)
    except ValueError:
        raise ValueError(f"“{text.strip()}” is not an amount (e.g. ¥30,000 · 3万 · 5000 USD)") from None
    if parsed is None:
        return None
    amount, currency = parsed
    if amount != amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
        raise ValueError(f"“{text.strip()}” has more than two decimal places")
    if abs(amount) > _TOO_LARGE:
        raise ValueError(f"“{text.strip()}” is too large to be a fee")
    # 1.2 × 10,000 is Decimal('12000.0'): stored as '12000', never as '1.2E+4'.
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1)), currency
    return amount.normalize(), currency


def _check_grouping(original: str, cleaned: str) -> None:
    for run in _DIGIT_RUN.findall(cleaned):
        if "," in run and not _THOUSANDS.match(run):
            raise ValueError(f"“{original.strip()}”: the commas do not group thousands ({_EXAMPLES})")
