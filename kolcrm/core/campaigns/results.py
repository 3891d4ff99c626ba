"""After publishing: engagement rate, CPM, CPE, cost per conversion and ROI — per deliverable, deal, KOL, campaign.

Every ratio is None (shown as "—") when its divisor is zero or a figure is missing: no division errors, no
invented zeros.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from kolcrm.core.campaigns.metrics import latest_captures
from kolcrm.core.collaborations.service import get_collaboration
from kolcrm.core.money import true_cost
from kolcrm.core.store.db import database


@dataclass(frozen=True)
class Results:
    """Summed results and what they cost; ratios derived, each None when it cannot be computed."""

    cost: Decimal
    views: int = 0
    reach: int = 0
    engagements: int = 0  # likes + comments + shares + saves
    new_followers: int = 0
    store_visits: int = 0
    conversions: int = 0
    sales: Decimal = Decimal(0)
    measured: bool = False  # at least one capture behind the figures
    likes_and_shares: int = 0
    currency: str = ""  # of cost and sales; '' for an empty total
    other_currency_deals: int = 0  # deals left out of a total because they are paid in another currency

    def __add__(self, other: Results) -> Results:
        if self.currency and other.currency and self.currency != other.currency:
            raise ValueError("Results in different currencies cannot be added")
        return Results(
            self.cost + other.cost,
            self.views + other.views,
            self.reach + other.reach,
            self.engagements + other.engagements,
            self.new_followers + other.new_followers,
            self.store_visits + other.store_visits,
            self.conversions + other.conversions,
            self.sales + other.sales,
            self.measured or other.measured,
            self.likes_and_shares + other.likes_and_shares,
            self.currency or other.currency,
            self.other_currency_deals + other.other_currency_deals,
        )

    @property
    def engagement_rate(self) -> Decimal | None:
        """Engagements per person reached (per view when reach is not reported), in percent."""
        base = self.reach or self.views
        return _ratio(Decimal(self.engagements) * 100, base, "0.01") if self.measured else None

    @property
    def cpm(self) -> Decimal | None:
        return _ratio(self.cost * 1000, self.views, "0.01") if self.measured else None

    @property
    def cpe(self) -> Decimal | None:
        return _ratio(self.cost, self.engagements, "0.01") if self.measured else None

    @property
    def cost_per_conversion(self) -> Decimal | None:
        return _ratio(self.cost, self.conversions, "0.01") if self.measured else None

    @property
    def roi(self) -> Decimal | None:
        """(sales − cost) / cost, as a fraction (0.5 = 50 %)."""
        return _ratio(self.sales - self.cost, self.cost, "0.0001") if self.measured else None


def _ratio(numerator: Decimal, denominator: Decimal | int, places: str) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def deal_cost(collaboration_id: int) -> Decimal:
    record = get_collaboration(collaboration_id)
    if record.agreed_fee is None:
        return Decimal(0)
    return true_cost(record.agreed_fee, record.service_fee_pct, record.rebate_pct)


def deliverable_results(collaboration_id: int) -> dict[int, Results]:
    """Each deliverable with its share of the deal's true cost (by quantity) and its latest capture."""
    rows = database.execute_sql(
        "SELECT id, quantity FROM deliverable WHERE collaboration_id = ? ORDER BY position", (collaboration_id,)
    ).fetchall()
    if not rows:
        return {}
    cost = deal_cost(collaboration_id)
    currency = database.execute_sql("SELECT currency FROM collaboration WHERE id = ?", (collaboration_id,)).fetchone()[
        0
    ]
    units = sum(quantity for _id, quantity in rows) or 1
    latest = latest_captures([deliverable_id for deliverable_id, _q in rows])
    results: dict[int, Results] = {}
    for deliverable_id, quantity in rows:
        share = (cost * quantity / units).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        capture = latest.get(deliverable_id)
        if capture is None:
            results[deliverable_id] = Results(share, currency=currency)
            continue
        results[deliverable_id] = Results(
            currency=currency,
            likes_and_shares=(capture.likes or 0) + (capture.shares or 0),
            cost=share,
            views=capture.views or 0,
            reach=capture.reach or 0,
            engagements=sum(getattr(capture, name) or 0 for name in ("likes", "comments", "shares", "saves")),
            new_followers=capture.new_followers or 0,
            store_visits=capture.store_visits or 0,
            conversions=capture.conversions or 0,
            sales=capture.sales or Decimal(0),
            measured=True,
        )
    return results


def deal_results(collaboration_id: int) -> Results:
    parts = list(deliverable_results(collaboration_id).values())
    if not parts:
        currency = database.execute_sql(
            "SELECT currency FROM collaboration WHERE id = ?", (collaboration_id,)
        ).fetchone()
        return Results(deal_cost(collaboration_id), currency=currency[0] if currency else "")
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    return total


def results_of(collaboration_ids: list[int], currency: str | None = None) -> Results:
    """Per KOL or per campaign: the sum over their live, uncancelled deals in one currency.

    Money in different currencies is never added up: deals in another currency than `currency` (default: that
    of the first deal) are counted in other_currency_deals, so the page can say what the total leaves out.
    """
    total = Results(Decimal(0), currency=currency or "")
    for collaboration_id in collaboration_ids:
        part = deal_results(collaboration_id)
        if total.currency and part.currency != total.currency:
            total = replace(total, other_currency_deals=total.other_currency_deals + 1)
            continue
        total = total + part
    return total


def kol_results(kol_id: int) -> Results:
    return results_of(_ids("c.kol_id = ?", (kol_id,)))


def campaign_results(campaign_id: int) -> Results:
    row = database.execute_sql("SELECT currency FROM campaign WHERE id = ?", (campaign_id,)).fetchone()
    return results_of(_ids("c.campaign_id = ?", (campaign_id,)), row[0] if row else None)


def _ids(where: str, params: tuple[object, ...]) -> list[int]:
    return [
        row[0]
        for row in database.execute_sql(
            # A trashed KOL's deals leave every total with them, as they leave the lists.
            f"SELECT c.id FROM collaboration c JOIN kol k ON k.id = c.kol_id WHERE {where} AND c.deleted_at IS NULL"
            " AND k.deleted_at IS NULL AND c.stage != 'cancelled' ORDER BY c.id",
            params,
        )
    ]
