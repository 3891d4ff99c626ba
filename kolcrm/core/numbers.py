"""Numbers as people write them in China and abroad: 12,345 · 1.2万 · 3.5w · 1.2亿 · 12.3k · 4.5M · ¥30,000."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kolcrm.core import i18n

_MULTIPLIERS = {
    "": Decimal(1),
    "k": Decimal(1_000),
    "千": Decimal(1_000),
    "w": Decimal(10_000),
    "万": Decimal(10_000),
    "m": Decimal(1_000_000),
    "百万": Decimal(1_000_000),
    "亿": Decimal(100_000_000),
}
_CURRENCY_SIGNS = {"¥": "CNY", "￥": "CNY", "$": "USD", "€": "EUR", "£": "GBP", "HK$": "HKD"}
_NUMBER = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(k|w|m|千|万|百万|亿)?$", re.IGNORECASE)


def parse_quantity(text: str) -> Decimal | None:
    """'1.2万' → 12000; '' → None. Raises ValueError for text that is not a number."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    if not cleaned:
        return None
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(text)
    digits, suffix = match.groups()
    try:
        return Decimal(digits) * _MULTIPLIERS[(suffix or "").lower()]
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def parse_percent(text: str) -> float | None:
    """'3.5%' or '3.5' → 3.5 (percent points); '' → None."""
    cleaned = text.strip().rstrip("%％").strip()
    value = parse_quantity(cleaned)
    return None if value is None else float(value)


def parse_money(text: str, default_currency: str = "CNY") -> tuple[Decimal, str] | None:
    """'¥30,000' → (Decimal('30000'), 'CNY'); '5000 USD' → (Decimal('5000'), 'USD'); '' → None."""
    cleaned = text.strip()
    if not cleaned:
        return None
    currency = default_currency
    for sign, code in sorted(_CURRENCY_SIGNS.items(), key=lambda item: -len(item[0])):
        if cleaned.startswith(sign):
            currency, cleaned = code, cleaned[len(sign) :]
            break
    trailing_code = re.search(r"\s*\b([A-Za-z]{3})$", cleaned)
    if trailing_code:
        currency, cleaned = trailing_code.group(1).upper(), cleaned[: trailing_code.start()]
    for word in ("元", "块"):
        cleaned = cleaned.removesuffix(word)
    amount = parse_quantity(cleaned)
    if amount is None:
        raise ValueError(text)
    return amount, currency


def format_count(value: int) -> str:
    """Follower counts the way the platforms show them: 9,800 · 12.3万 · 1.2亿 to Chinese readers, and
    9,800 · 12.3K · 39.8M · 1.2B in English (an English list showed "3976.1万")."""
    units: tuple[tuple[int, str], ...]
    if i18n.is_chinese():
        units = ((100_000_000, "亿"), (10_000, "万"))
    else:
        units = ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "K"))
    if value >= 10_000:
        for size, suffix in units:
            shown = round(value / size, 1)
            if shown >= 1:  # 999,999 is "1M", not "1000K"
                return f"{shown:.1f}{suffix}".replace(f".0{suffix}", suffix)
    return f"{value:,}"


def format_money(amount: Decimal, currency: str = "CNY") -> str:
    sign = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£"}.get(currency)
    text = f"{amount:,.2f}".removesuffix(".00")
    return f"{sign}{text}" if sign else f"{text} {currency}"
