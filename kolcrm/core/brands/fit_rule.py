"""The brand-fit rule, written once: the four parts, their maximum points, and how each part earns its points.

fit.fit_score applies it to one KOL and explains every part; fit_scores applies it to every live KOL from a few
grouped queries, so the KOL list can sort by fit in SQL. Both read the brand through brand_targets() and turn
what they found into points with the functions below, so the explanation and the sorted list cannot disagree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.errors import NotFoundError
from kolcrm.core.store.db import database

CATEGORIES_MAX = 30
VALUES_MAX = 25
AUDIENCE_MAX = 30
ENGAGEMENT_MAX = 15
# A label part earns full points when the KOL shares this many of the brand's words (or all, if it lists fewer).
WORDS_FOR_FULL_MARKS = 3
# The audience part is the mean of up to three matches, each 0–1:
FEMALE_GAP_FOR_ZERO = 50.0  # percentage points between the account's female share and the brand's target
AGE_SHARE_FOR_FULL = 60.0  # percent of the account's audience in the brand's age bands
# Engagement rates (percent) that count as healthy for a tier: big accounts engage a smaller share.
HEALTHY_ENGAGEMENT = {4: 1.0, 3: 2.0, 2: 3.5, 1: 5.0, 0: 3.0}
HEALTHY_ENGAGEMENT_OTHERWISE = 3.0

# How a brand's categories and values are split into words (its form joins them with new lines; users type commas).
WORD_SEPARATORS = re.compile(r"[,，、;；/\n·]+")
# The brand columns the score depends on, in the order brand_targets() reads them.
BRAND_FIT_COLUMNS = ("categories", "brand_values", "target_female_pct", "target_age_bands", "target_city_tiers")


@dataclass(frozen=True)
class BrandTargets:
    """What a brand asks of a KOL: its words (compared casefolded) and its target audience in figures."""

    categories: frozenset[str]
    values: frozenset[str]
    female_pct: float | None
    age_bands: tuple[str, ...]
    cities: tuple[str, ...]

    @property
    def has_audience_targets(self) -> bool:
        return self.female_pct is not None or bool(self.age_bands) or bool(self.cities)


def brand_fit_row(brand_id: int) -> tuple[Any, ...] | None:
    """The brand's fit columns as stored (BRAND_FIT_COLUMNS), or None when there is no such brand."""
    row: tuple[Any, ...] | None = database.execute_sql(
        f"SELECT {', '.join(BRAND_FIT_COLUMNS)} FROM brand WHERE id = ?", (brand_id,)
    ).fetchone()
    return row


def brand_targets(brand_id: int) -> BrandTargets:
    row = brand_fit_row(brand_id)
    if row is None:
        raise NotFoundError(i18n.translate("BrandFit", "That brand no longer exists"))
    categories, brand_values, female_pct, age_bands, cities = row
    return BrandTargets(
        words(categories), words(brand_values), female_pct, tuple(json_list(age_bands)), tuple(json_list(cities))
    )


# -- reading text ---------------------------------------------------------------------------------------------
def word_key(text: str) -> str:
    """How a brand's word and a KOL's label are compared: trimmed, case folded (护肤 = 护肤, Skincare = SKINCARE)."""
    return text.strip().casefold()


def words(text: str | None) -> frozenset[str]:
    return frozenset(key for part in WORD_SEPARATORS.split(text or "") if (key := word_key(part)))


def json_list(text: str | None) -> list[str]:
    """A stored JSON list as strings; blank, malformed or not a list: empty."""
    value = _json(text)
    return [str(item) for item in value] if isinstance(value, list) else []


def json_object(text: str | None) -> dict[str, Any]:
    """A stored JSON object; blank, malformed or not an object: empty."""
    value = _json(text)
    return value if isinstance(value, dict) else {}


def _json(text: str | None) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


# -- points, part by part -------------------------------------------------------------------------------------
def overlap_points(maximum: int, wanted: int, shared: int) -> float:
    """Categories or values: the share of the brand's `wanted` words the KOL carries; half marks if it lists none."""
    if not wanted:
        return maximum / 2
    return round(maximum * min(1.0, shared / min(wanted, WORDS_FOR_FULL_MARKS)), 1)


def female_match(audience_female_pct: float, target_female_pct: float) -> float:
    return max(0.0, 1 - abs(audience_female_pct - target_female_pct) / FEMALE_GAP_FOR_ZERO)


def age_share(age_bands: Mapping[str, Any], wanted: Sequence[str]) -> float:
    """Percent of the audience in the wanted bands (fit_scores sums the same bands in SQL)."""
    return sum(float(age_bands.get(band, 0)) for band in wanted)


def age_match(share: float) -> float:
    return min(1.0, share / AGE_SHARE_FOR_FULL)


def city_match(any_shared: bool) -> float:
    return 1.0 if any_shared else 0.0


def audience_points(matches: Sequence[float]) -> float:
    """The mean of the matches that could be compared; none (no targets, no figures): half marks."""
    if not matches:
        return AUDIENCE_MAX / 2
    return round(AUDIENCE_MAX * sum(matches) / len(matches), 1)


def healthy_engagement(tier: int) -> float:
    return HEALTHY_ENGAGEMENT.get(tier, HEALTHY_ENGAGEMENT_OTHERWISE)


def engagement_points(tier: int, rate: float) -> float:
    return round(ENGAGEMENT_MAX * min(1.0, rate / healthy_engagement(tier)), 1) if rate else 0.0


def total(points: Iterable[float]) -> int:
    """The score shown and sorted by: the parts' points (categories, values, audience, engagement) summed, rounded."""
    return round(sum(points))
