"""KPI targets against actuals: what kolcrm counts from the captures, and what the user enters by hand."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.campaigns.records import CampaignRecord, KpiRecord
from kolcrm.core.campaigns.results import Results, campaign_results
from kolcrm.core.i18n import QT_TRANSLATE_NOOP

# metric key → (label, how the actual is found). "manual": the user enters it (brand-side figures kolcrm cannot see).
_METRICS: dict[str, tuple[str, str]] = {
    "brand_new_followers": (QT_TRANSLATE_NOOP("Campaigns", "New followers on the brand's Weibo/WeChat"), "manual"),
    "interactions": (QT_TRANSLATE_NOOP("Campaigns", "Interactions with KOL posts"), "engagements"),
    "brand_mentions": (QT_TRANSLATE_NOOP("Campaigns", "Brand mentions"), "manual"),
    "product_mentions": (QT_TRANSLATE_NOOP("Campaigns", "Product mentions"), "manual"),
    "store_visits": (QT_TRANSLATE_NOOP("Campaigns", "Store visits"), "store_visits"),
    "sales": (QT_TRANSLATE_NOOP("Campaigns", "Sales"), "sales"),
    "conversions": (QT_TRANSLATE_NOOP("Campaigns", "Conversions (orders, sign-ups, downloads)"), "conversions"),
    "likes_and_reposts": (QT_TRANSLATE_NOOP("Campaigns", "Likes and reposts of KOL posts"), "likes_and_shares"),
    "comment_notes": (QT_TRANSLATE_NOOP("Campaigns", "What the comments say (qualitative)"), "manual"),
    "reach": (QT_TRANSLATE_NOOP("Campaigns", "Reach"), "reach"),
    "views": (QT_TRANSLATE_NOOP("Campaigns", "Views"), "views"),
    "kol_new_followers": (QT_TRANSLATE_NOOP("Campaigns", "New followers from KOL posts"), "new_followers"),
}


class _Metrics(Mapping[str, tuple[str, str]]):
    """The KPI metrics with their labels in the user's language, looked up when read (the language can change)."""

    def __getitem__(self, key: str) -> tuple[str, str]:
        label, source = _METRICS[key]
        return i18n.translate("Campaigns", label), source

    def __iter__(self) -> Iterator[str]:
        return iter(_METRICS)

    def __len__(self) -> int:
        return len(_METRICS)


METRICS: Mapping[str, tuple[str, str]] = _Metrics()


def metric_label(metric: str) -> str:
    """The KPI's name as the user reads it; an unknown key (from an older file) as stored."""
    return METRICS[metric][0] if metric in METRICS else metric


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
