"""What a KOL is likely worth before signing: expected reach and engagements, CPM, CPE, break-even conversions."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from kolcrm.core import i18n
from kolcrm.core.errors import NotFoundError
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import platform_label

# Share of followers a sponsored post typically reaches, by platform (feed algorithms differ); a planning figure.
REACH_SHARE = {"Douyin": 0.20, "Kuaishou": 0.20, "Xiaohongshu": 0.15, "Weibo": 0.10, "WeChat": 0.08,
               "Bilibili": 0.25, "Taobao Live": 0.05}  # fmt: skip
DEFAULT_REACH_SHARE = 0.10


@dataclass(frozen=True)
class ValueEstimate:
    fee: Decimal
    currency: str
    expected_reach: int
    expected_engagements: int
    cpm: Decimal | None
    cpe: Decimal | None
    break_even_conversions: int | None  # orders at the brand's average order value that pay the fee back
    explanation: str


def value_estimate(kol_id: int, brand_id: int | None = None, fee: Decimal | None = None) -> ValueEstimate | None:
    """From the main account's followers, engagement and rate card; None when there is no account or fee."""
    account = database.execute_sql(
        "SELECT id, platform, followers, engagement_rate FROM platform_account WHERE kol_id = ?"
        " ORDER BY followers DESC, id LIMIT 1",  # a tie: the first added, on either engine
        (kol_id,),
    ).fetchone()
    if account is None:
        if not database.execute_sql("SELECT 1 FROM kol WHERE id = ?", (kol_id,)).fetchone():
            raise NotFoundError(i18n.translate("KOLs", "KOL {id} does not exist").format(id=kol_id))
        return None
    account_id, platform, followers, engagement = account
    currency = "CNY"
    if fee is None:
        rate = database.execute_sql(
            "SELECT fee, currency FROM rate_card_entry WHERE account_id = ? ORDER BY id LIMIT 1", (account_id,)
        ).fetchone()
        if rate is None:
            return None
        fee, currency = Decimal(rate[0]), rate[1]
    share = REACH_SHARE.get(platform, DEFAULT_REACH_SHARE)
    reach = int(followers * share)
    engagements = int(reach * engagement / 100)
    aov = None
    if brand_id is not None:
        row = database.execute_sql("SELECT average_order_value FROM brand WHERE id = ?", (brand_id,)).fetchone()
        aov = Decimal(row[0]) if row and row[0] else None
    figures = {
        "followers": f"{followers:,}",
        "platform": platform_label(platform),
        "share": f"{share:.0%}",
        "reach": f"{reach:,}",
        "engagement": f"{engagement:.2f}",
        "engagements": f"{engagements:,}",
    }
    if aov:
        explanation = i18n.translate(
            "KOLs",
            "{followers} followers on {platform} × {share} typical reach = {reach}; × {engagement}% engagement ="
            " {engagements} engagements; {fee} ÷ average order {aov} = break-even orders",
        ).format(**figures, fee=fee, aov=aov)
    else:
        explanation = i18n.translate(
            "KOLs",
            "{followers} followers on {platform} × {share} typical reach = {reach}; × {engagement}% engagement ="
            " {engagements} engagements",
        ).format(**figures)
    return ValueEstimate(
        fee=fee,
        currency=currency,
        expected_reach=reach,
        expected_engagements=engagements,
        cpm=(fee * 1000 / reach).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if reach else None,
        cpe=(fee / engagements).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if engagements else None,
        break_even_conversions=int((fee / aov).to_integral_value(rounding=ROUND_CEILING)) if aov else None,
        explanation=explanation,
    )
