"""What the dashboard charts: spend by month, ROI by KOL, engagement rate against fee, KPI progress per campaign.

Plain data only (the charts are drawn in ui/dashboard); money stays Decimal per currency, never mixed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from kolcrm.core.campaigns.kpis import kpi_progress
from kolcrm.core.campaigns.results import kol_results
from kolcrm.core.campaigns.service import list_campaigns
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import CampaignStatus

ACTIVE_CAMPAIGN_STATUSES = (CampaignStatus.PLANNED, CampaignStatus.LAUNCHED)


@dataclass(frozen=True)
class MonthSpend:
    month: str  # "2026-09"
    currency: str
    amount: Decimal


@dataclass(frozen=True)
class KolRoi:
    kol_id: int
    name: str
    roi: Decimal  # (sales − cost) / cost, as a fraction
    cost: Decimal
    sales: Decimal
    currency: str = "CNY"  # of cost and sales


@dataclass(frozen=True)
class FeePoint:
    """One deal: the KOL's main-account engagement rate (percent) against the agreed fee."""

    kol_id: int
    name: str
    engagement_rate: float
    fee: Decimal
    currency: str


@dataclass(frozen=True)
class KpiBar:
    label: str
    percent: float | None  # None: not measured yet (or no target)


@dataclass(frozen=True)
class CampaignKpis:
    campaign_id: int
    name: str
    kpis: tuple[KpiBar, ...]


def spend_by_month() -> list[MonthSpend]:
    """Paid payments of live deals, summed per calendar month (of the paid date) and currency, oldest first."""
    rows = database.execute_sql(
        "SELECT substr(p.paid_on, 1, 7), c.currency, p.amount FROM payment p"
        " JOIN collaboration c ON c.id = p.collaboration_id JOIN kol k ON k.id = c.kol_id"
        " WHERE p.paid_on IS NOT NULL AND c.deleted_at IS NULL AND k.deleted_at IS NULL"
    ).fetchall()
    totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for month, currency, amount in rows:
        totals[(month, currency)] += Decimal(amount)
    return [MonthSpend(month, currency, amount) for (month, currency), amount in sorted(totals.items())]


def roi_by_kol(limit: int = 10) -> list[KolRoi]:
    """The KOLs with measured deals, best ROI first (ties: lower cost first); KOLs without a cost are left out."""
    rows = database.execute_sql(
        "SELECT DISTINCT k.id, k.display_name FROM kol k"
        " JOIN collaboration c ON c.kol_id = k.id AND c.deleted_at IS NULL AND c.stage != 'cancelled'"
        " JOIN deliverable d ON d.collaboration_id = c.id"
        " JOIN metric_capture m ON m.deliverable_id = d.id"
        " WHERE k.deleted_at IS NULL"
    ).fetchall()
    ranked = []
    for kol_id, name in rows:
        results = kol_results(kol_id)
        if results.roi is not None:
            ranked.append(KolRoi(kol_id, name, results.roi, results.cost, results.sales, results.currency or "CNY"))
    ranked.sort(key=lambda item: (-item.roi, item.cost, item.kol_id))
    return ranked[:limit]


def engagement_vs_fee() -> list[FeePoint]:
    """One point per live, uncancelled deal with an agreed fee, from its KOL's main account."""
    rows = database.execute_sql(
        "SELECT k.id, k.display_name, k.engagement_rate, c.agreed_fee, c.currency FROM collaboration c"
        " JOIN kol k ON k.id = c.kol_id"
        " WHERE c.agreed_fee IS NOT NULL AND c.deleted_at IS NULL AND c.stage != 'cancelled'"
        " AND k.deleted_at IS NULL AND k.main_platform != ''"
        " ORDER BY c.id"
    ).fetchall()
    return [FeePoint(kol_id, name, rate, Decimal(fee), currency) for kol_id, name, rate, fee, currency in rows]


def campaign_kpi_progress() -> list[CampaignKpis]:
    """Each planned or launched campaign with its KPIs' progress in percent of target."""
    campaigns = []
    for record in list_campaigns():
        if record.status not in ACTIVE_CAMPAIGN_STATUSES or not record.kpis:
            continue
        bars = tuple(
            KpiBar(row.label, round(row.progress * 100, 1) if row.progress is not None else None)
            for row in kpi_progress(record)
        )
        campaigns.append(CampaignKpis(record.id or 0, record.name, bars))
    return campaigns
