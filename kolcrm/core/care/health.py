"""A relationship health score (0–100) that shows its working: five parts, each with its points and why."""

from __future__ import annotations

from datetime import date

from kolcrm.core import clock, i18n
from kolcrm.core.care.records import HealthPart, HealthScore
from kolcrm.core.care.risks import risks_for_kol
from kolcrm.core.collaborations.by_kol import kol_deal_summary
from kolcrm.core.store.db import database

RECENT_DAYS, STALE_DAYS = 30, 180


def health_score(kol_id: int, today: date | None = None) -> HealthScore:
    today = today or clock.today()
    parts = (_recency(kol_id, today), _thanks(kol_id), _fees(kol_id, today), _perks(kol_id), _risks(kol_id))
    return HealthScore((*parts, _fulfilment(kol_id, today)))


def _recency(kol_id: int, today: date) -> HealthPart:
    row = database.execute_sql("SELECT last_contact FROM kol WHERE id = ?", (kol_id,)).fetchone()
    name = i18n.translate("Care", "Recent contact")
    if not row or not row[0]:
        return HealthPart(name, 0, 20, i18n.translate("Care", "No contact recorded yet"))
    days = (today - date.fromisoformat(row[0])).days
    share = 1.0 if days <= RECENT_DAYS else max(0.0, 1 - (days - RECENT_DAYS) / (STALE_DAYS - RECENT_DAYS))
    why = i18n.translate("Care", "Last contact %n days ago ({date})", None, days).format(date=row[0])
    return HealthPart(name, round(20 * share, 1), 20, why)


def _thanks(kol_id: int) -> HealthPart:
    completed = database.execute_sql(
        "SELECT c.id, EXISTS (SELECT 1 FROM gift g WHERE g.collaboration_id = c.id AND g.sent_on IS NOT NULL)"
        " FROM collaboration c"
        " WHERE c.kol_id = ? AND c.stage = 'completed' AND c.deleted_at IS NULL",
        (kol_id,),
    ).fetchall()
    name = i18n.translate("Care", "Thank-yous after deals")
    if not completed:
        return HealthPart(name, 20, 20, i18n.translate("Care", "No completed deal waiting for a thank-you"))
    thanked = sum(1 for _cid, has_gift in completed if has_gift)
    count = len(completed)  # counts are passed as plain names: lupdate reads the argument only then
    why = i18n.translate("Care", "{thanked} of %n completed deals followed by a thank-you or gift", None, count).format(
        thanked=thanked
    )
    return HealthPart(name, round(20 * thanked / len(completed), 1), 20, why)


def _fees(kol_id: int, today: date) -> HealthPart:
    summary = kol_deal_summary(kol_id, today)
    name = i18n.translate("Care", "Fees paid as asked and on time")
    if not summary.collaborations:
        return HealthPart(name, 25, 25, i18n.translate("Care", "No deals yet"))
    as_asked = summary.first_deals_paid_as_asked / summary.first_deals if summary.first_deals else 1.0
    rate = summary.punctuality.rate
    on_time = 1.0 if rate is None else rate
    points = 10 * as_asked + 15 * on_time
    first_deals = summary.first_deals
    reasons = [
        i18n.translate("Care", "{paid} of %n first deals paid as asked", None, first_deals).format(
            paid=summary.first_deals_paid_as_asked
        ),
        i18n.translate("Care", "{share} of payments on time").format(share=f"{on_time:.0%}")
        if rate is not None
        else i18n.translate("Care", "no payment due yet"),
    ]
    if summary.overdue_payments:
        reasons.append(i18n.translate("Care", "{count} overdue").format(count=summary.overdue_payments))
    return HealthPart(name, round(points, 1), 25, i18n.translate("Care", "; ").join(reasons))


def _perks(kol_id: int) -> HealthPart:
    from kolcrm.core.care.perks import perks_for

    perks = perks_for(kol_id)
    points = 10 * min(len(perks), 3) / 3
    count = len(perks)
    if perks:
        why = i18n.translate("Care", "%n perks received, latest {kind}", None, count).format(
            kind=perks[0].kind.label.lower()
        )
    else:
        why = i18n.translate("Care", "%n perks received", None, count)
    return HealthPart(i18n.translate("Care", "Perks received"), round(points, 1), 10, why)


def _risks(kol_id: int) -> HealthPart:
    open_risks = risks_for_kol(kol_id, include_closed=False)
    name = i18n.translate("Care", "Open risks")
    if not open_risks:
        return HealthPart(name, 15, 15, i18n.translate("Care", "No open risk"))
    worst = max(open_risks, key=lambda risk: risk.severity)
    # A 1×1 risk costs little; anything rated 15 or more (what contracting must confirm) costs it all.
    points = max(0.0, 15 * (1 - worst.severity / 15))
    count = len(open_risks)
    why = i18n.translate("Care", "%n open; worst {category} {likelihood}×{impact}", None, count).format(
        category=worst.category.label.lower(), likelihood=worst.likelihood, impact=worst.impact
    )
    return HealthPart(name, round(points, 1), 15, why)


def _fulfilment(kol_id: int, today: date) -> HealthPart:
    """Content delivered for the samples, products and gifts sent; one ghosted item costs it all."""
    from kolcrm.core.care.fulfilment import fulfilment

    found = fulfilment(kol_id, today)
    name = i18n.translate("Care", "Content for items sent")
    if found.rate is None:
        return HealthPart(name, 10, 10, i18n.translate("Care", "Nothing sent is owed content yet"))
    owed = found.owed
    why = i18n.translate("Care", "{delivered} of %n items sent were posted about", None, owed).format(
        delivered=found.delivered
    )
    if found.ghosted:
        why += i18n.translate("Care", "; nothing posted for {what}").format(what=found.ghosted[0].description)
    return HealthPart(name, 0 if found.ghosted else round(10 * found.rate, 1), 10, why)
