"""How campaign figures read on screen: counts with separators, money with its sign, "—" for what is unknown."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kolcrm.core.numbers import format_money

DASH = "—"
BRAND_POST_COLOUR = "#e3eefc"  # brand's own posts on the timeline
KOL_POST_COLOUR = "#fdf3e1"  # KOL deliverables on the timeline
WARNING_COLOUR = "#b3261e"


def number(value: Decimal | int | None) -> str:
    if value is None:
        return DASH
    value = Decimal(value)
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def signed(value: Decimal | None) -> str:
    if value is None:
        return DASH
    return ("+" if value > 0 else "") + number(value)


def money(value: Decimal | None, currency: str = "CNY") -> str:
    return DASH if value is None else format_money(value, currency)


def percent(value: Decimal | None, scale: int = 1) -> str:
    """A percentage (scale=1) or a fraction shown as one (scale=100)."""
    if value is None:
        return DASH
    return f"{Decimal(value) * scale:,.2f} %"


def day(value: date | None) -> str:
    return value.isoformat() if value else DASH


def span(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return DASH
    return f"{day(start)} → {day(end)}"
