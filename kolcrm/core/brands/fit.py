"""How well a KOL fits a brand (0–100), part by part: categories, image and values, audience, engagement quality.

Seed: choose KOLs whose image, values and audience fit the brand. Each part says why it scored what it did; the
points come from fit_rule, the same rule fit_scores applies to every KOL at once for the list.
"""

from __future__ import annotations

from kolcrm.core import i18n
from kolcrm.core.brands import fit_rule as rule
from kolcrm.core.brands.fit_rule import BrandTargets
from kolcrm.core.care.records import HealthPart
from kolcrm.core.errors import NotFoundError
from kolcrm.core.store.db import database


def fit_score(kol_id: int, brand_id: int) -> tuple[int, tuple[HealthPart, ...]]:
    brand = rule.brand_targets(brand_id)
    kol = database.execute_sql("SELECT tier, engagement_rate FROM kol WHERE id = ?", (kol_id,)).fetchone()
    if kol is None:
        raise NotFoundError(i18n.translate("BrandFit", "That KOL no longer exists"))
    labels = database.execute_sql("SELECT kind, label FROM kol_label WHERE kol_id = ?", (kol_id,)).fetchall()
    categories = {rule.word_key(label) for kind, label in labels if kind == "category"}
    values = {rule.word_key(label) for kind, label in labels if kind == "value"}
    parts = (
        _overlap(
            i18n.translate("BrandFit", "Shared categories"),
            rule.CATEGORIES_MAX,
            brand.categories,
            categories,
            i18n.translate("BrandFit", "The brand lists no categories: half marks"),
            i18n.translate("BrandFit", "None of the brand's categories ({words})"),
        ),
        _overlap(
            i18n.translate("BrandFit", "Image and values"),
            rule.VALUES_MAX,
            brand.values,
            values,
            i18n.translate("BrandFit", "The brand lists no values tags: half marks"),
            i18n.translate("BrandFit", "None of the brand's values tags ({words})"),
        ),
        _audience(kol_id, brand),
        _engagement(kol[0], kol[1]),
    )
    return rule.total(part.points for part in parts), parts


def _overlap(
    name: str, maximum: int, wanted: frozenset[str], has: set[str], none_listed: str, none_shared: str
) -> HealthPart:
    """A label part; `none_listed` and `none_shared` ("… ({words})") are the translated explanations of no points."""
    shared = sorted(wanted & has)
    points = rule.overlap_points(maximum, len(wanted), len(shared))
    if not wanted:
        why = none_listed
    elif shared:
        why = i18n.translate("BrandFit", "Shared: {words}").format(words=", ".join(shared))
    else:
        why = none_shared.format(words=", ".join(sorted(wanted)))
    return HealthPart(name, points, maximum, why)


def _audience(kol_id: int, brand: BrandTargets) -> HealthPart:
    """Compared with the KOL's biggest account (ties: the first added), as fit_scores does."""
    name, maximum = i18n.translate("BrandFit", "Audience match"), rule.AUDIENCE_MAX
    row = database.execute_sql(
        "SELECT audience_female_pct, audience_age_bands, audience_cities FROM platform_account WHERE kol_id = ?"
        " ORDER BY followers DESC, id LIMIT 1",
        (kol_id,),
    ).fetchone()
    if row is None or not brand.has_audience_targets:
        return HealthPart(
            name,
            rule.audience_points([]),
            maximum,
            i18n.translate("BrandFit", "No audience figures to compare: half marks"),
        )
    female_pct, bands, cities = row[0], rule.json_object(row[1]), set(rule.json_list(row[2]))
    matches, reasons = [], []
    if brand.female_pct is not None and female_pct is not None:
        matches.append(rule.female_match(female_pct, brand.female_pct))
        reasons.append(
            i18n.translate("BrandFit", "{female}% female vs {wanted}% wanted").format(
                female=f"{female_pct:g}", wanted=f"{brand.female_pct:g}"
            )
        )
    if brand.age_bands and bands:
        share = rule.age_share(bands, brand.age_bands)
        matches.append(rule.age_match(share))
        reasons.append(
            i18n.translate("BrandFit", "{share}% in {bands}").format(
                share=f"{share:g}", bands=", ".join(brand.age_bands)
            )
        )
    if brand.cities and cities:
        shared = sorted(set(brand.cities) & cities)
        matches.append(rule.city_match(bool(shared)))
        if shared:
            reasons.append(i18n.translate("BrandFit", "cities: {cities}").format(cities=", ".join(shared)))
        else:
            reasons.append(i18n.translate("BrandFit", "cities: none in common"))
    if not matches:
        return HealthPart(
            name,
            rule.audience_points([]),
            maximum,
            i18n.translate("BrandFit", "The account has no audience figures: half marks"),
        )
    return HealthPart(name, rule.audience_points(matches), maximum, i18n.translate("BrandFit", "; ").join(reasons))


def _engagement(tier: int, rate: float) -> HealthPart:
    healthy = rule.healthy_engagement(tier)
    return HealthPart(
        i18n.translate("BrandFit", "Engagement quality"),
        rule.engagement_points(tier, rate),
        rule.ENGAGEMENT_MAX,
        i18n.translate("BrandFit", "{rate}% engagement; {healthy}% is healthy for the tier").format(
            rate=f"{rate:.2f}", healthy=f"{healthy:g}"
        ),
    )
