"""What a new deal starts with before the user types: the KOL's own platform, the fee their rate card asks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.collaborations.records import DeliverableRecord
from kolcrm.core.kols import rates
from kolcrm.core.kols.rates import RateQuote
from kolcrm.core.numbers import format_money
from kolcrm.core.vocabulary import ContentType, Platform, platform_label


@dataclass(frozen=True)
class FeeSuggestion:
    amount: Decimal
    currency: str
    source: str  # the rate card lines it came from, in words


def default_platform(kol_id: int | None) -> str:
    """A new deliverable's platform: the KOL's main one (most followers), else Douyin for a KOL with no account."""
    found = rates.main_platform(kol_id) if kol_id is not None else None
    return found or Platform.DOUYIN.value


def requested_fee(kol_id: int, deliverables: Sequence[DeliverableRecord]) -> FeeSuggestion | None:
    """The rate card's price of every deliverable times its quantity; None unless each has exactly one rate,
    all in one currency (an ambiguous or missing rate leaves the fee to the user)."""
    quotes: list[tuple[RateQuote, int]] = []
    for deliverable in deliverables:
        quote = rates.rate_for(kol_id, deliverable.platform, ContentType(deliverable.content_type))
        if quote is None:
            return None
        quotes.append((quote, deliverable.quantity))
    if not quotes or len({quote.currency for quote, _ in quotes}) != 1:
        return None
    currency = quotes[0][0].currency
    total = sum((quote.fee * quantity for quote, quantity in quotes), Decimal(0))
    parts = []
    for quote, quantity in quotes:
        line = i18n.translate("Collaborations", "{platform} {format} {fee}").format(
            platform=platform_label(quote.platform), format=quote.format, fee=_fee_text(quote)
        )
        parts.append(line if quantity == 1 else f"{line} × {quantity}")
    return FeeSuggestion(total, currency, i18n.translate("Collaborations", "; ").join(parts))


def _fee_text(quote: RateQuote) -> str:
    fee = format_money(quote.fee, quote.currency)
    if quote.upper is not None:
        return f"{fee}–{format_money(quote.upper, quote.currency)}"
    return f"{fee}+" if quote.at_least else fee
