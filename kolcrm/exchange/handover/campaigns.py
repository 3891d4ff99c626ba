"""Campaigns in a handover package: written with their KPIs, brand posts and readiness checklist, checked with
the campaign editor's rules, restored once only, and each deal put back in its campaign.

A package names every campaign by its id in the sending database; the deals carry that id. On import each
campaign gets an id here, and the deals are linked through the map package id → id here, so a deal is in the same
campaign after the handover as before it (and importing the package again adds nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.records import BrandPostRecord, CampaignRecord, KpiRecord, ReadinessItem
from kolcrm.core.clock import utc_now
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import METRIC_FIELDS, CampaignStatus, Goal
from kolcrm.exchange.handover.fields import FieldReader, shown
from kolcrm.exchange.handover.rows import first_id, insert_row
from kolcrm.exchange.handover.summary import HandoverSummary


# -- export --------------------------------------------------------------------------------------------------
def _rows(sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
    cursor = database.execute_sql(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def campaigns_for_package(campaign_ids: Iterable[int] | None) -> list[dict[str, Any]]:
    """The campaigns (every one when `campaign_ids` is None), each with its KPIs, brand posts and checklist."""
    if campaign_ids is None:
        where, params = "", []
    else:
        params = sorted(set(campaign_ids))
        where = f" WHERE c.id IN ({','.join('?' * len(params)) or 'NULL'})"
    rows = _rows(
        "SELECT c.*, b.name AS brand_name FROM campaign c JOIN brand b ON b.id = c.brand_id" + where + " ORDER BY c.id",
        params,
    )
    for row in rows:
        row["kpis"] = _rows(
            "SELECT metric, target, unit, manual_actual, note, position FROM kpi WHERE campaign_id = ?"
            " ORDER BY position, id",
            (row["id"],),
        )
        row["brand_posts"] = _rows(
            "SELECT channel, planned_on, posted_on, description FROM brand_post WHERE campaign_id = ?"
            " ORDER BY planned_on, id",
            (row["id"],),
        )
        row["readiness"] = [
            {**item, "done": bool(item["done"])}
            for item in _rows(
                "SELECT item, owner, done, position FROM readiness_item WHERE campaign_id = ? ORDER BY position, id",
                (row["id"],),
            )
        ]
    return rows


def add_metric_captures(kol: dict[str, Any]) -> None:
    """Every deliverable of the KOL's deals gets its captured results (T+7, T+21…), oldest first."""
    for deal in kol["deals"]:
        for item in deal["deliverables"]:
            item["metric_captures"] = _rows(
                f"SELECT captured_on, {', '.join(METRIC_FIELDS)}, sales, note, created_at FROM metric_capture"
                " WHERE deliverable_id = ? ORDER BY captured_on, id",
                (item["id"],),
            )


# -- checking ------------------------------------------------------------------------------------------------
_SECTIONS = ("kpis", "brand_posts", "readiness")


def campaign_shape_problem(campaign: Any) -> str | None:
    """What makes a package's campaign unusable for the import to key on, or None."""
    if not isinstance(campaign, dict) or not isinstance(campaign.get("id"), int):
        return i18n.translate("Handover", "has a campaign without its id")
    for name in ("name", "brand_name", "created_at"):
        if not isinstance(campaign.get(name), str) or not campaign[name].strip():
            return i18n.translate("Handover", "has a campaign without {field}").format(field=name)
    goal, status = campaign.get("goal"), campaign.get("status", CampaignStatus.PLANNED)
    if not (isinstance(goal, str) and goal in set(Goal) and isinstance(status, str) and status in set(CampaignStatus)):
        return i18n.translate("Handover", "has a campaign with an unknown goal or status")
    for section in _SECTIONS:
        rows = campaign.get(section, [])
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            return i18n.translate("Handover", "has a campaign with unreadable {section}").format(section=section)
    return None


def check_campaigns(campaigns_data: list[dict[str, Any]], problems: list[str], today: date) -> None:
    """Every campaign value through the campaign editor's rules (campaigns.service)."""
    for campaign in campaigns_data:
        where = i18n.translate("Handover", "campaign “{name}”").format(name=shown(campaign["name"]))
        reader = FieldReader(campaign, where, problems)
        record = CampaignRecord(
            brand_id=0,
            name=reader.text("name"),
            goal=Goal(reader.text("goal")),
            product=reader.text("product"),
            start_on=reader.day("start_on"),
            end_on=reader.day("end_on"),
            budget=reader.money("budget", i18n.translate("Campaigns", "Budget")),
            currency=reader.text("currency", "CNY"),
            status=CampaignStatus(reader.text("status", CampaignStatus.PLANNED)),
            notes=reader.text("notes"),
        )
        reader.text("brand_name")
        reader.moment("created_at")
        reader.moment("updated_at")
        for index, kpi in enumerate(campaign.get("kpis", [])):
            what = i18n.translate("Handover", "{campaign}, KPI {number}").format(campaign=where, number=index + 1)
            row = FieldReader(kpi, what, problems)
            record.kpis.append(
                KpiRecord(
                    metric=row.text("metric"),
                    target=row.money(
                        "target", i18n.translate("Campaigns", "KPI {number} target").format(number=index + 1)
                    ),
                    unit=row.text("unit"),
                    manual_actual=row.money(
                        "manual_actual",
                        i18n.translate("Campaigns", "KPI {number} manual actual").format(number=index + 1),
                    ),
                    note=row.text("note"),
                )
            )
            row.integer("position", index)
            row.keep_read_only()
        for post in campaign.get("brand_posts", []):
            row = FieldReader(post, f"{where}, {shown(post.get('channel'))} {shown(post.get('planned_on'))}", problems)
            planned = row.day("planned_on", required=True)
            record.brand_posts.append(
                BrandPostRecord(
                    channel=row.text("channel"),
                    planned_on=planned or today,
                    description=row.text("description"),
                    posted_on=row.day("posted_on"),
                )
            )
            row.keep_read_only()
        for index, item in enumerate(campaign.get("readiness", [])):
            row = FieldReader(item, f"{where}, {shown(item.get('item', ''))}", problems)
            record.readiness.append(ReadinessItem(row.text("item"), row.text("owner"), row.flag("done")))
            row.integer("position", index)
            row.keep_read_only()
        reader.report(campaigns._validate(record))
        reader.keep_read_only()


def deal_link_problems(data: dict[str, Any]) -> list[str]:
    """A deal is in a campaign of its own brand (campaigns.set_campaign's rule)."""
    brands = {campaign["id"]: campaign["brand_name"].strip() for campaign in data.get("campaigns", [])}
    problems = []
    for kol in data["kols"]:
        for deal in kol["deals"]:
            brand = brands.get(deal.get("campaign_id"))
            if brand is not None and brand != deal["brand_name"].strip():
                kol_name = i18n.translate("Handover", "KOL “{name}”").format(name=shown(kol["profile"]["display_name"]))
                where = i18n.translate("Handover", "{kol}, deal “{title}”").format(
                    kol=kol_name, title=shown(deal["title"])
                )
                problems.append(
                    i18n.translate("Handover", "{record}, {field}: {problem}").format(
                        record=where,
                        field="campaign_id",
                        problem=i18n.translate("Campaigns", "The collaboration is for another brand than the campaign"),
                    )
                )
    return problems


# -- import --------------------------------------------------------------------------------------------------
def restore_campaigns(
    campaigns_data: list[dict[str, Any]], brands: dict[str, int], summary: HandoverSummary
) -> dict[int, int]:
    """Each campaign added once (the same brand, name and creation time is the same campaign); package id → id."""
    ids: dict[int, int] = {}
    for campaign in campaigns_data:
        brand_id = brand_named(campaign["brand_name"], brands, summary)
        present = first_id(
            "SELECT id FROM campaign WHERE brand_id = ? AND name = ? AND created_at = ?",
            (brand_id, campaign["name"], campaign["created_at"]),
        )
        if present is not None:
            ids[campaign["id"]] = present
            summary.campaigns_present += 1
            continue
        campaign_id = insert_row("campaign", campaign, brand_id=brand_id)
        ids[campaign["id"]] = campaign_id
        summary.campaigns_added += 1
        for kpi in campaign.get("kpis", []):
            insert_row("kpi", kpi, campaign_id=campaign_id)
            summary.kpis_added += 1
        for post in campaign.get("brand_posts", []):
            insert_row("brand_post", post, campaign_id=campaign_id)
            summary.posts_added += 1
        for item in campaign.get("readiness", []):
            insert_row("readiness_item", item, campaign_id=campaign_id)
            summary.readiness_added += 1
    return ids


def brand_named(name: str, brands: dict[str, int], summary: HandoverSummary) -> int:
    """The brand of that name here; added when the package used it without listing it."""
    name = name.strip()
    if name not in brands:
        found = first_id("SELECT id FROM brand WHERE name = ?", (name,))
        if found is None:
            now = utc_now()
            found = insert_row("brand", {"name": name, "created_at": now, "updated_at": now})
            summary.brands_added += 1
        brands[name] = found
    return brands[name]
