"""KPI targets against actuals: what kolcrm counts from the captures, and what the user enters by hand."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kolcrm.core.campaigns.records import CampaignRecord, KpiRecord
from kolcrm.core.campaigns.results import Results, campaign_results

# metric key → (label, how the actual is found). "manual": the user enters it (brand-side figures kolcrm cannot see).
METRICS: dict[str, tuple[str, str]] = {
    "brand_new_followers": ("New followers on the brand's Weibo/WeChat", "manual"),
    "interactions": ("Interactions with KOL posts", "engagements"),
    "brand_mentions": ("Brand mentions", "manual"),
    "product_mentions": ("Product mentions", "manual"),
    "store_visits": ("Store visits", "store_visits"),
    "sales": ("Sales", "sales"),
    "conversions": ("Conversions (orders, sign-ups, downloads)", "conversions"),
    "likes_and_reposts": ("Likes and reposts of KOL posts", "likes_and_shares"),
    "comment_notes": ("What the comments say (qualitative)", "manual"),
    "reach": ("Reach", "reach"),
    "views": ("Views", "views"),
    "kol_new_followers": ("New followers from KOL posts", "new_followers"),
}


@dataclass(frozen=True)
class KpiProgress:
    kpi: KpiRecord
    label: str
    actual: Decimal | None  # None: not measured yet
    counted: bool  # True when kolcrm counted it from captures, False when entered by hand

    @property
    def variance(self) -> Decimal | None:
        """Actual − target (negative: short of the target)."""
        if self.actual is None or self.kpi.target is None:
            return None
        return self.actual - self.kpi.target

    @property
    def progress(self) -> float | None:
        """Share of the target reached, 0–1+ (for progress bars); None when it cannot be said."""
        if self.actual is None or not self.kpi.target:
            return None
        return float(self.actual / self.kpi.target)


def kpi_progress(record: CampaignRecord, results: Results | None = None) -> list[KpiProgress]:
    results = results if results is not None else campaign_results(record.id or 0)
    rows = []
    for kpi in record.kpis:
        label, source = METRICS.get(kpi.metric, (kpi.metric, "manual"))
        if source == "manual":
            rows.append(KpiProgress(kpi, label, kpi.manual_actual, False))
        else:
            value = getattr(results, source)
            rows.append(KpiProgress(kpi, label, Decimal(value) if results.measured else None, True))
    return rows
