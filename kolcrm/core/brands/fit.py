"""How well a KOL fits a brand (0–100), part by part: categories, image and values, audience, engagement quality.

Seed: choose KOLs whose image, values and audience fit the brand. Each part says why it scored what it did.
"""

from __future__ import annotations

import json
import re

from kolcrm.core.care.records import HealthPart
from kolcrm.core.errors import NotFoundError
from kolcrm.core.store.db import database

# Engagement rates (percent) that count as healthy for a tier: big accounts engage a smaller share.
HEALTHY_ENGAGEMENT = {4: 1.0, 3: 2.0, 2: 3.5, 1: 5.0, 0: 3.0}
_SPLIT = re.compile(r"[,，、;；/\n·]+")


def fit_score(kol_id: int, brand_id: int) -> tuple[int, tuple[HealthPart, ...]]:
    brand = database.execute_sql(
        "SELECT categories, brand_values, target_female_pct, target_age_bands, target_city_tiers FROM brand WHERE id = ?",
        (brand_id,),
    ).fetchone()
    kol = database.execute_sql("SELECT tier, engagement_rate FROM kol WHERE id = ?", (kol_id,)).fetchone()
    if brand is None or kol is None:
        raise NotFoundError("That brand or KOL no longer exists")
    labels = database.execute_sql("SELECT kind, label FROM kol_label WHERE kol_id = ?", (kol_id,)).fetchall()
    categories = {label.casefold() for kind, label in labels if kind == "category"}
    values = {label.casefold() for kind, label in labels if kind == "value"}
    parts = (
        _overlap("Shared categories", 30, _words(brand[0]), categories, "categories"),
        _overlap("Image and values", 25, _words(brand[1]), values, "values tags"),
        _audience(kol_id, brand[2], _json_list(brand[3]), _json_list(brand[4])),
        _engagement(kol[0], kol[1]),
    )
    total = round(sum(part.points for part in parts))
    return total, parts


def _words(text: str) -> set[str]:
    return {word.strip().casefold() for word in _SPLIT.split(text or "") if word.strip()}


def _json_list(text: str) -> list[str]:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []


def _overlap(name: str, maximum: int, wanted: set[str], has: set[str], what: str) -> HealthPart:
    if not wanted:
        return HealthPart(name, maximum / 2, maximum, f"The brand lists no {what}: half marks")
    shared = sorted(wanted & has)
    points = maximum * min(1.0, len(shared) / min(len(wanted), 3))
    why = f"Shared: {', '.join(shared)}" if shared else f"None of the brand's {what} ({', '.join(sorted(wanted))})"
    return HealthPart(name, round(points, 1), maximum, why)


def _audience(kol_id: int, female_target: float | None, ages: list[str], cities: list[str]) -> HealthPart:
    row = database.execute_sql(
        "SELECT audience_female_pct, audience_age_bands, audience_cities FROM platform_account WHERE kol_id = ?"
        " ORDER BY followers DESC LIMIT 1",
        (kol_id,),
    ).fetchone()
    if row is None or (female_target is None and not ages and not cities):
        return HealthPart("Audience match", 15, 30, "No audience figures to compare: half marks")
    scores, reasons = [], []
    if female_target is not None and row[0] is not None:
        gap = abs(row[0] - female_target)
        scores.append(max(0.0, 1 - gap / 50))
        reasons.append(f"{row[0]:g}% female vs {female_target:g}% wanted")
    bands = json.loads(row[1]) if row[1] else {}
    if ages and bands:
        share = sum(float(bands.get(band, 0)) for band in ages)
        scores.append(min(1.0, share / 60))
        reasons.append(f"{share:g}% in {', '.join(ages)}")
    kol_cities = {str(city) for city in (json.loads(row[2]) if row[2] else [])}
    if cities and kol_cities:
        shared = sorted(set(cities) & kol_cities)
        scores.append(1.0 if shared else 0.0)
        reasons.append(f"cities: {', '.join(shared) or 'none in common'}")
    if not scores:
        return HealthPart("Audience match", 15, 30, "The account has no audience figures: half marks")
    return HealthPart("Audience match", round(30 * sum(scores) / len(scores), 1), 30, "; ".join(reasons))


def _engagement(tier: int, rate: float) -> HealthPart:
    healthy = HEALTHY_ENGAGEMENT.get(tier, 3.0)
    points = 15 * min(1.0, rate / healthy) if rate else 0.0
    return HealthPart(
        "Engagement quality", round(points, 1), 15, f"{rate:.2f}% engagement; {healthy:g}% is healthy for the tier"
    )
