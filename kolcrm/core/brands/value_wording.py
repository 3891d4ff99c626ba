"""The Fit & value tab's figures as people read them: 1,682,200 or 168.22万, ¥30,000 or ¥3万, 15%.

value_estimate (core/kols/value) computes the figures; its explanation prints fee and average order as stored
("1682200 ÷ 180"). This words the same sums with every number formatted, in the same catalogue messages.
"""

from __future__ import annotations

from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.kols.value import DEFAULT_REACH_SHARE, REACH_SHARE, ValueEstimate
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import platform_label

WAN, YI = 10_000, 100_000_000
MONEY_SIGNS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£"}


def people_number(value: float | Decimal, decimals: int = 2) -> str:
    """12,345 in English; from 10,000 on, 1.23万 and 1.5亿 in Chinese; trailing zeros dropped (3万, not 3.00万)."""
    number = float(value)
    if i18n.is_chinese() and abs(number) >= WAN:
        unit, suffix = (YI, "亿") if abs(number) >= YI else (WAN, "万")
        return _trimmed(number / unit, decimals) + suffix
    return _trimmed(number, decimals)


def people_money(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return "—"
    sign = MONEY_SIGNS.get(currency)
    text = people_number(amount)
    return f"{sign}{text}" if sign else f"{text} {currency}"


def people_percent(value: float, decimals: int = 2) -> str:
    return _trimmed(value, decimals) + "%"


def value_explanation(kol_id: int, brand_id: int | None, estimate: ValueEstimate) -> str:
    """How `estimate` was reached, from the KOL's biggest account (as value_estimate reads it), numbers formatted."""
    account = database.execute_sql(
        "SELECT platform, followers, engagement_rate FROM platform_account WHERE kol_id = ?"
        " ORDER BY followers DESC, id LIMIT 1",  # a tie: the first added, on either engine
        (kol_id,),
    ).fetchone()
    if account is None:
        return ""
    platform, followers, engagement = account
    figures = {
        "followers": people_number(followers),
        "platform": platform_label(platform),
        "share": people_percent(REACH_SHARE.get(platform, DEFAULT_REACH_SHARE) * 100, 0),
        "reach": people_number(estimate.expected_reach),
        "engagement": _trimmed(engagement, 2),
        "engagements": people_number(estimate.expected_engagements),
    }
    aov = None
    if brand_id is not None:
        row = database.execute_sql("SELECT average_order_value FROM brand WHERE id = ?", (brand_id,)).fetchone()
        aov = Decimal(row[0]) if row and row[0] else None
    if aov and estimate.break_even_conversions is not None:
        return i18n.translate(
            "KOLs",
            "{followers} followers on {platform} × {share} typical reach = {reach}; × {engagement}% engagement ="
            " {engagements} engagements; {fee} ÷ average order {aov} = break-even orders",
        ).format(
            **figures,
            fee=people_money(estimate.fee, estimate.currency),
            aov=people_money(aov, estimate.currency),
        )
    return i18n.translate(
        "KOLs",
        "{followers} followers on {platform} × {share} typical reach = {reach}; × {engagement}% engagement ="
        " {engagements} engagements",
    ).format(**figures)


def _trimmed(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
