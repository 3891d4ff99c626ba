"""Plain records of a brand (or client): its values and target audience, the yardstick for a KOL's fit."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class BrandRecord:
    name: str
    brand_values: str = ""
    target_audience: str = ""
    categories: list[str] = field(default_factory=list)
    official_channels: str = ""
    # The target audience in figures, for the fit score, and the order value for break-even estimates.
    target_female_pct: float | None = None
    target_age_bands: list[str] = field(default_factory=list)  # e.g. ["18-24", "25-34"]
    target_city_tiers: list[str] = field(default_factory=list)  # e.g. ["上海", "一线城市"]
    average_order_value: Decimal | None = None
    row_version: int | None = None  # the version it was read at: a save over a newer change is refused
    changed_by: str = ""  # read back only: who saved it last
    id: int | None = None
