"""The user's brands (or clients): values and target audience, the yardstick for a KOL's fit."""

from __future__ import annotations

import json
from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.brands import fit_scores
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.money import amount_problem, to_text
from kolcrm.core.store import versions
from kolcrm.core.store.db import database
from kolcrm.core.store.models import Brand


def save_brand(record: BrandRecord, overwrite: bool = False) -> int:
    """Create or update a brand; someone's newer save refuses this one (versions.EditConflict) unless `overwrite`."""
    name = record.name.strip()
    if not name:
        raise ValidationError(i18n.translate("Brands", "Brand name cannot be empty"), field="name")
    invisible = [
        problem
        for field, text, what in (
            ("name", name, i18n.translate("Brands", "The brand name")),
            ("brand_values", record.brand_values, i18n.translate("Brands", "The brand values")),
            ("target_audience", record.target_audience, i18n.translate("Brands", "The target audience")),
            ("official_channels", record.official_channels, i18n.translate("Brands", "The official channels")),
            ("categories", " ".join(record.categories), i18n.translate("Brands", "The categories")),
        )
        if (problem := control_character_problem(field, text, what, multiline=field != "name"))
    ]
    if invisible:
        raise ValidationError(invisible)
    if record.target_female_pct is not None and not 0 <= record.target_female_pct <= 100:
        raise ValidationError(
            i18n.translate("Brands", "The female share of the target audience is a percentage (0–100)"),
            field="target_female_pct",
        )
    problem = amount_problem(
        "average_order_value",
        record.average_order_value,
        i18n.translate("Brands", "Average order value"),
        allow_zero=False,
    )
    if problem:
        raise ValidationError([problem])
    claimed = record.row_version
    with database.atomic():
        clash = Brand.select().where((Brand.name == name) & (Brand.id != (record.id or 0))).exists()
        if clash:
            raise ValidationError(
                i18n.translate("Brands", "A brand called “{name}” already exists").format(name=name), field="name"
            )
        now = utc_now()
        brand = Brand(created_at=now) if record.id is None else Brand.get_or_none(Brand.id == record.id)
        if brand is None:
            raise NotFoundError(i18n.translate("Brands", "Brand {id} does not exist").format(id=record.id))
        if record.id is not None:
            claimed = versions.claim("brand", record.id, record.row_version, force=overwrite)
        brand.name = name
        brand.brand_values = record.brand_values.strip()
        brand.target_audience = record.target_audience.strip()
        brand.categories = "\n".join(record.categories)
        brand.official_channels = record.official_channels.strip()
        brand.updated_at = now
        brand.save()
        database.execute_sql(
            "UPDATE brand SET target_female_pct = ?, target_age_bands = ?, target_city_tiers = ?,"
            " average_order_value = ? WHERE id = ?",
            (
                record.target_female_pct,
                json.dumps(record.target_age_bands, ensure_ascii=False) if record.target_age_bands else "",
                json.dumps(record.target_city_tiers, ensure_ascii=False) if record.target_city_tiers else "",
                to_text(record.average_order_value) if record.average_order_value is not None else None,
                brand.id,
            ),
        )
        fit_scores.brand_changed(brand.id)  # a new audience target or category: every KOL's score may move
        if record.id is None:
            versions.sign("brand", brand.id)
            claimed = 1
    record.row_version = claimed  # only once saved: a refused save leaves the record as it was read
    return brand.id


def list_brands() -> list[BrandRecord]:
    return [_record(brand) for brand in Brand.select().order_by(Brand.name)]


def get_brand(brand_id: int) -> BrandRecord:
    brand = Brand.get_or_none(Brand.id == brand_id)
    if brand is None:
        raise NotFoundError(i18n.translate("Brands", "Brand {id} does not exist").format(id=brand_id))
    return _record(brand)


def delete_brand(brand_id: int) -> None:
    """Refused while collaborations name the brand: deleting it would orphan their contracts and payments."""
    with database.atomic():
        deals = database.execute_sql("SELECT count(*) FROM collaboration WHERE brand_id = ?", (brand_id,)).fetchone()[0]
        if not deals:
            has_campaigns = database.execute_sql("SELECT 1 FROM campaign WHERE brand_id = ?", (brand_id,)).fetchone()
            if has_campaigns:
                raise ValidationError(
                    i18n.translate("Brands", "This brand has campaigns; delete them before deleting the brand"),
                    field="name",
                )
        if deals:
            raise ValidationError(
                i18n.translate(
                    "Brands",
                    "This brand has %n collaborations; delete or move them before deleting the brand",
                    None,
                    deals,
                ),
                field="name",
            )
        fit_scores.brand_deleted(brand_id)
        Brand.delete().where(Brand.id == brand_id).execute()


def _record(brand: Brand) -> BrandRecord:
    extra = database.execute_sql(
        "SELECT target_female_pct, target_age_bands, target_city_tiers, average_order_value FROM brand WHERE id = ?",
        (brand.id,),
    ).fetchone()
    return BrandRecord(
        target_female_pct=extra[0],
        target_age_bands=json.loads(extra[1]) if extra[1] else [],
        target_city_tiers=json.loads(extra[2]) if extra[2] else [],
        average_order_value=Decimal(extra[3]) if extra[3] else None,
        id=brand.id,
        name=brand.name,
        brand_values=brand.brand_values,
        target_audience=brand.target_audience,
        categories=[part for part in brand.categories.split("\n") if part],
        official_channels=brand.official_channels,
        row_version=stamp.version if (stamp := versions.stamp("brand", brand.id)) else None,
        changed_by=stamp.changed_by if stamp else "",
    )
