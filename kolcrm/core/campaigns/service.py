"""Campaigns: a goal with KPIs, the brand's own channel posts aligned with the KOL plan, and a readiness check.

Seed, mistakes No 1–3: align the brand's Weibo/WeChat with the campaign, set a clear goal with proper KPIs, and
prepare logistics and customer support for the sales influx before launching.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.campaigns.records import BrandPostRecord, CampaignRecord, KpiRecord, ReadinessItem
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.money import amount_problem, currency_problem, to_text
from kolcrm.core.store import versions
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import execute_many, insert_returning_id
from kolcrm.core.vocabulary import CampaignStatus, Goal, Platform

# The seed's KPI set per goal, proposed when the goal is chosen (the user edits it). The units are words the user
# reads and may change: proposed in the user's language (a currency code stays a code).
PROPOSED_KPIS: dict[Goal, tuple[tuple[str, str], ...]] = {
    Goal.AWARENESS: (
        ("brand_new_followers", QT_TRANSLATE_NOOP("Campaigns", "followers")),
        ("interactions", QT_TRANSLATE_NOOP("Campaigns", "interactions")),
        ("brand_mentions", QT_TRANSLATE_NOOP("Campaigns", "mentions")),
    ),
    Goal.PRODUCT: (
        ("product_mentions", QT_TRANSLATE_NOOP("Campaigns", "mentions")),
        ("store_visits", QT_TRANSLATE_NOOP("Campaigns", "visits")),
        ("sales", "CNY"),
    ),
    Goal.IMAGE_SHIFT: (
        ("likes_and_reposts", QT_TRANSLATE_NOOP("Campaigns", "likes + reposts")),
        ("comment_notes", QT_TRANSLATE_NOOP("Campaigns", "notes")),
    ),
}
SALES_GOALS = frozenset({Goal.PRODUCT})  # the goals that convert: their launch is gated by the readiness checklist
# The checklist a new campaign starts with: the user's own text once proposed, so it is written in their language.
READINESS_DEFAULTS = (
    QT_TRANSLATE_NOOP("Campaigns", "Logistics informed and stock ready"),
    QT_TRANSLATE_NOOP("Campaigns", "Delivery promise set (same / next day)"),
    QT_TRANSLATE_NOOP("Campaigns", "Customer support staffed in the e-commerce chat"),
    QT_TRANSLATE_NOOP("Campaigns", "Landing page / store ready"),
    QT_TRANSLATE_NOOP("Campaigns", "Contact person named"),
)


class ReadinessIncomplete(ValidationError):
    """Launching with unchecked readiness items: the user must confirm, and the message names them."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        items = i18n.translate("Campaigns", "; ").join(missing)
        message = i18n.translate("Campaigns", "Not ready for the sales influx: {items}").format(items=items)
        super().__init__(message, field="status")


def needs_sales_readiness(goal: Goal | str) -> bool:
    """Only a campaign that sells gets a sales influx to be ready for; awareness and image campaigns do not."""
    return Goal(goal) in SALES_GOALS


def readiness_missing(record: CampaignRecord) -> list[str]:
    """The unchecked readiness items that matter: none for a campaign whose goal is not sales."""
    if not needs_sales_readiness(record.goal):
        return []
    return [item.item for item in record.readiness if not item.done]


def propose_kpis(goal: Goal) -> list[KpiRecord]:
    return [
        KpiRecord(metric=metric, unit=unit if unit == "CNY" else i18n.translate("Campaigns", unit))
        for metric, unit in PROPOSED_KPIS[Goal(goal)]
    ]


def default_readiness() -> list[ReadinessItem]:
    return [ReadinessItem(i18n.translate("Campaigns", item)) for item in READINESS_DEFAULTS]


def save_campaign(record: CampaignRecord, confirmed_unready: bool = False, overwrite: bool = False) -> int:
    """Create or update a campaign with its KPIs, posts and checklist; someone's newer save of it refuses this one
    (versions.EditConflict) unless `overwrite`."""
    problems = _validate(record)
    if problems:
        raise ValidationError(problems)
    claimed = record.row_version
    with database.atomic():
        if not database.execute_sql("SELECT 1 FROM brand WHERE id = ?", (record.brand_id,)).fetchone():
            raise ValidationError(i18n.translate("Campaigns", "Choose the brand of the campaign"), field="brand_id")
        previous = None
        if record.id is not None:
            row = database.execute_sql("SELECT status FROM campaign WHERE id = ?", (record.id,)).fetchone()
            if row is None:
                raise NotFoundError(i18n.translate("Campaigns", "Campaign {id} no longer exists").format(id=record.id))
            previous = CampaignStatus(row[0])
            claimed = versions.claim("campaign", record.id, record.row_version, force=overwrite)
            other_brand = database.execute_sql(
                "SELECT count(*) FROM collaboration WHERE campaign_id = ? AND brand_id != ?",
                (record.id, record.brand_id),
            ).fetchone()[0]
            if other_brand:
                raise ValidationError(
                    i18n.translate(
                        "Campaigns",
                        "%n deals in this campaign are for its current brand: remove them before changing it",
                        None,
                        other_brand,
                    ),
                    field="brand_id",
                )
        if record.status == CampaignStatus.LAUNCHED and previous != CampaignStatus.LAUNCHED and not confirmed_unready:
            missing = readiness_missing(record)
            if missing:
                raise ReadinessIncomplete(missing)
        values = (
            record.brand_id, record.name.strip(), record.product.strip(), Goal(record.goal),
            record.start_on.isoformat() if record.start_on else None, record.end_on.isoformat() if record.end_on else None,
            to_text(record.budget) if record.budget is not None else None, record.currency,
            CampaignStatus(record.status), record.notes.strip(),
        )  # fmt: skip
        now = utc_now()
        if record.id is None:
            record.id = insert_returning_id(
                "INSERT INTO campaign (brand_id, name, product, goal, start_on, end_on, budget, currency, status, notes,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, now, now),
            )
            versions.sign("campaign", record.id)
            claimed = 1
        else:
            database.execute_sql(
                "UPDATE campaign SET brand_id=?, name=?, product=?, goal=?, start_on=?, end_on=?, budget=?, currency=?,"
                " status=?, notes=?, updated_at=? WHERE id = ?",
                (*values, now, record.id),
            )
        _replace_children(record)
    record.row_version = claimed  # only once saved: a refused save leaves the record as it was read
    return record.id or 0


def get_campaign(campaign_id: int) -> CampaignRecord:
    row = database.execute_sql(
        "SELECT c.id, c.brand_id, b.name, c.name, c.product, c.goal, c.start_on, c.end_on, c.budget, c.currency,"
        " c.status, c.notes FROM campaign c JOIN brand b ON b.id = c.brand_id WHERE c.id = ?",
        (campaign_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(i18n.translate("Campaigns", "Campaign {id} does not exist").format(id=campaign_id))
    record = CampaignRecord(
        id=row[0], brand_id=row[1], brand_name=row[2], name=row[3], product=row[4], goal=Goal(row[5]),
        start_on=_date(row[6]), end_on=_date(row[7]), budget=Decimal(row[8]) if row[8] is not None else None,
        currency=row[9], status=CampaignStatus(row[10]), notes=row[11],
    )  # fmt: skip
    stamp = versions.stamp("campaign", campaign_id)
    record.row_version, record.changed_by = (stamp.version, stamp.changed_by) if stamp else (None, "")
    record.kpis = [
        KpiRecord(metric, _money(target), unit, _money(actual), note, kpi_id)
        for kpi_id, metric, target, unit, actual, note in database.execute_sql(
            "SELECT id, metric, target, unit, manual_actual, note FROM kpi WHERE campaign_id = ? ORDER BY position",
            (campaign_id,),
        )
    ]
    record.brand_posts = [
        BrandPostRecord(channel, date.fromisoformat(planned), description, _date(posted), post_id)
        for post_id, channel, planned, posted, description in database.execute_sql(
            "SELECT id, channel, planned_on, posted_on, description FROM brand_post WHERE campaign_id = ?"
            " ORDER BY planned_on, id",
            (campaign_id,),
        )
    ]
    record.readiness = [
        ReadinessItem(item, owner, bool(done), item_id)
        for item_id, item, owner, done in database.execute_sql(
            "SELECT id, item, owner, done FROM readiness_item WHERE campaign_id = ? ORDER BY position", (campaign_id,)
        )
    ]
    return record


def list_campaigns(brand_id: int | None = None) -> list[CampaignRecord]:
    where, params = ("WHERE brand_id = ?", (brand_id,)) if brand_id is not None else ("", ())
    # Undated campaigns last on both engines (PostgreSQL puts NULLs first in a descending order, SQLite last).
    order = "ORDER BY start_on IS NULL, start_on DESC, id DESC"
    ids = [row[0] for row in database.execute_sql(f"SELECT id FROM campaign {where} {order}", params)]
    return [get_campaign(campaign_id) for campaign_id in ids]


def delete_campaign(campaign_id: int) -> None:
    """The deals stay (they simply leave the campaign); its KPIs, posts and checklist go."""
    with database.atomic():
        database.execute_sql("DELETE FROM campaign WHERE id = ?", (campaign_id,))


def set_campaign(collaboration_id: int, campaign_id: int | None) -> None:
    with database.atomic():
        if campaign_id is not None:
            row = database.execute_sql(
                "SELECT c.brand_id = k.brand_id FROM campaign c, collaboration k WHERE c.id = ? AND k.id = ?",
                (campaign_id, collaboration_id),
            ).fetchone()
            if row is None:
                raise NotFoundError(i18n.translate("Campaigns", "That campaign or collaboration no longer exists"))
            if not row[0]:
                raise ValidationError(
                    i18n.translate("Campaigns", "The collaboration is for another brand than the campaign"),
                    field="campaign_id",
                )
        database.execute_sql("UPDATE collaboration SET campaign_id = ? WHERE id = ?", (campaign_id, collaboration_id))


def campaign_deal_ids(campaign_id: int) -> list[int]:
    return [
        row[0]
        for row in database.execute_sql(
            "SELECT c.id FROM collaboration c JOIN kol k ON k.id = c.kol_id WHERE c.campaign_id = ?"
            " AND c.deleted_at IS NULL AND k.deleted_at IS NULL ORDER BY c.id",
            (campaign_id,),
        )
    ]


def alignment_warnings(record: CampaignRecord) -> list[str]:
    """A product promotion needs the brand's own channels to carry it in the same window (mistake No 1)."""
    if record.goal != Goal.PRODUCT:
        return []
    start, end = record.start_on or date.min, record.end_on or date.max
    aligned = [post for post in record.brand_posts if start <= post.planned_on <= end]
    if aligned:
        return []
    return [
        i18n.translate(
            "Campaigns",
            "No post on the brand's own channels (Weibo, WeChat…) is planned within the campaign's dates: "
            "followers who come from the KOLs will find a feed that does not tell the same story",
        )
    ]


def _replace_children(record: CampaignRecord) -> None:
    cid = record.id
    for table in ("kpi", "brand_post", "readiness_item"):
        database.execute_sql(f"DELETE FROM {table} WHERE campaign_id = ?", (cid,))
    execute_many(
        "INSERT INTO kpi (campaign_id, metric, target, unit, manual_actual, note, position) VALUES (?,?,?,?,?,?,?)",
        [
            (cid, k.metric, _text(k.target), k.unit.strip(), _text(k.manual_actual), k.note.strip(), i)
            for i, k in enumerate(record.kpis)
        ],
    )
    execute_many(
        "INSERT INTO brand_post (campaign_id, channel, planned_on, posted_on, description) VALUES (?,?,?,?,?)",
        [
            (
                cid,
                p.channel,
                p.planned_on.isoformat(),
                p.posted_on.isoformat() if p.posted_on else None,
                p.description.strip(),
            )
            for p in record.brand_posts
        ],
    )
    execute_many(
        "INSERT INTO readiness_item (campaign_id, item, owner, done, position) VALUES (?,?,?,?,?)",
        [(cid, r.item.strip(), r.owner.strip(), int(r.done), i) for i, r in enumerate(record.readiness)],
    )


def _validate(record: CampaignRecord) -> list[FieldProblem]:
    from kolcrm.core.campaigns.kpis import METRICS

    problems: list[FieldProblem] = []
    if not record.name.strip():
        problems.append(FieldProblem("name", i18n.translate("Campaigns", "Give the campaign a name")))
    if record.goal not in set(Goal):
        problems.append(FieldProblem("goal", i18n.translate("Campaigns", "Choose the campaign's goal")))
    for field, text, what, multiline in (
        ("name", record.name, i18n.translate("Campaigns", "The campaign name"), False),
        ("product", record.product, i18n.translate("Campaigns", "The product"), False),
        ("notes", record.notes, i18n.translate("Campaigns", "The notes"), True),
    ):
        invisible = control_character_problem(field, text, what, multiline)
        if invisible:
            problems.append(invisible)
    if record.start_on and record.end_on and record.end_on < record.start_on:
        problems.append(FieldProblem("end_on", i18n.translate("Campaigns", "The campaign ends before it starts")))
    for problem in (
        amount_problem("budget", record.budget, i18n.translate("Campaigns", "Budget")),
        currency_problem("currency", record.currency),
    ):
        if problem:
            problems.append(problem)
    for index, kpi in enumerate(record.kpis):
        if kpi.metric not in METRICS:
            message = i18n.translate("Campaigns", "Unknown KPI metric “{metric}”").format(metric=kpi.metric)
            problems.append(FieldProblem(f"kpis[{index}].metric", message))
        for name, what in (
            ("target", i18n.translate("Campaigns", "KPI {number} target")),
            ("manual_actual", i18n.translate("Campaigns", "KPI {number} manual actual")),
        ):
            problem = amount_problem(f"kpis[{index}].{name}", getattr(kpi, name), what.format(number=index + 1))
            if problem:
                problems.append(problem)
    for index, post in enumerate(record.brand_posts):
        if post.channel not in set(Platform):
            message = i18n.translate("Campaigns", "Unknown channel “{channel}”").format(channel=post.channel)
            problems.append(FieldProblem(f"brand_posts[{index}].channel", message))
    for index, item in enumerate(record.readiness):
        if not item.item.strip():
            problems.append(
                FieldProblem(f"readiness[{index}].item", i18n.translate("Campaigns", "A checklist item needs a text"))
            )
    return problems


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _money(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None


def _text(value: Decimal | None) -> str | None:
    return to_text(value) if value is not None else None
