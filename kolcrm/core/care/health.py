"""A relationship health score (0–100) that shows its working: five parts, each with its points and why."""

from __future__ import annotations

from datetime import date

from kolcrm.core import clock
from kolcrm.core.care.records import HealthPart, HealthScore
from kolcrm.core.care.risks import risks_for_kol
from kolcrm.core.collaborations.by_kol import kol_deal_summary
from kolcrm.core.store.db import database

RECENT_DAYS, STALE_DAYS = 30, 180


def health_score(kol_id: int, today: date | None = None) -> HealthScore:
    today = today or clock.today()
    return HealthScore((_recency(kol_id, today), _thanks(kol_id), _fees(kol_id, today), _perks(kol_id), _risks(kol_id)))


def _recency(kol_id: int, today: date) -> HealthPart:
    row = database.execute_sql("SELECT last_contact FROM kol WHERE id = ?", (kol_id,)).fetchone()
    if not row or not row[0]:
        return HealthPart("Recent contact", 0, 25, "No contact recorded yet")
    days = (today - date.fromisoformat(row[0])).days
    share = 1.0 if days <= RECENT_DAYS else max(0.0, 1 - (days - RECENT_DAYS) / (STALE_DAYS - RECENT_DAYS))
    return HealthPart("Recent contact", round(25 * share, 1), 25, f"Last contact {days} day(s) ago ({row[0]})")


def _thanks(kol_id: int) -> HealthPart:
    completed = database.execute_sql(
        "SELECT c.id, EXISTS (SELECT 1 FROM gift g WHERE g.collaboration_id = c.id AND g.sent_on IS NOT NULL)"
        " FROM collaboration c"
        " WHERE c.kol_id = ? AND c.stage = 'completed' AND c.deleted_at IS NULL",
        (kol_id,),
    ).fetchall()
    if not completed:
        return HealthPart("Thank-yous after deals", 20, 20, "No completed deal waiting for a thank-you")
    thanked = sum(1 for _cid, has_gift in completed if has_gift)
    return HealthPart(
        "Thank-yous after deals",
        round(20 * thanked / len(completed), 1),
        20,
        f"{thanked} of {len(completed)} completed deal(s) followed by a thank-you or gift",
    )


def _fees(kol_id: int, today: date) -> HealthPart:
    summary = kol_deal_summary(kol_id, today)
    if not summary.collaborations:
        return HealthPart("Fees paid as asked and on time", 25, 25, "No deals yet")
    as_asked = summary.first_deals_paid_as_asked / summary.first_deals if summary.first_deals else 1.0
    rate = summary.punctuality.rate
    on_time = 1.0 if rate is None else rate
    points = 10 * as_asked + 15 * on_time
    why = f"{summary.first_deals_paid_as_asked} of {summary.first_deals} first deal(s) paid as asked; " + (
        f"{on_time:.0%} of payments on time" if rate is not None else "no payment due yet"
    )
    if summary.overdue_payments:
        why += f"; {summary.overdue_payments} overdue"
    return HealthPart("Fees paid as asked and on time", round(points, 1), 25, why)


def _perks(kol_id: int) -> HealthPart:
    from kolcrm.core.care.perks import perks_for

    perks = perks_for(kol_id)
    points = 15 * min(len(perks), 3) / 3
    why = f"{len(perks)} perk(s) received" + (f", latest {perks[0].kind.label.lower()}" if perks else "")
    return HealthPart("Perks received", round(points, 1), 15, why)


def _risks(kol_id: int) -> HealthPart:
    open_risks = risks_for_kol(kol_id, include_closed=False)
    if not open_risks:
        return HealthPart("Open risks", 15, 15, "No open risk")
    worst = max(open_risks, key=lambda risk: risk.severity)
    # A 1×1 risk costs little; anything rated 15 or more (what contracting must confirm) costs it all.
    points = max(0.0, 15 * (1 - worst.severity / 15))
    return HealthPart(
        "Open risks",
        round(points, 1),
        15,
        f"{len(open_risks)} open; worst {worst.category.label.lower()} {worst.likelihood}×{worst.impact}",
    )
