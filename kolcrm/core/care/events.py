"""Relationship care on the KOL's history timeline: gifts sent, perks received, risks recorded."""

from __future__ import annotations

from datetime import date, datetime

from kolcrm.core import i18n
from kolcrm.core.collaborations.by_kol import DealEvent
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import GiftKind, PerkKind, RiskCategory


def care_events(kol_id: int) -> list[DealEvent]:
    """Newest first; each carries the deal it belongs to (0 when none)."""
    events: list[DealEvent] = []
    for gid, kind, description, sent_on, cid in database.execute_sql(
        "SELECT id, kind, description, sent_on, collaboration_id FROM gift WHERE kol_id = ? AND sent_on IS NOT NULL",
        (kol_id,),
    ):
        sent = (
            i18n.translate("Care", "Sent: {kind} — {description}")
            if description
            else i18n.translate("Care", "Sent: {kind}")
        )
        text = sent.format(kind=GiftKind(kind).label, description=description)
        events.append(DealEvent(date.fromisoformat(sent_on), sent_on, "gift", text, cid or 0, gid))
    for pid, kind, received_on, note, cid in database.execute_sql(
        "SELECT id, kind, received_on, note, collaboration_id FROM perk WHERE kol_id = ?", (kol_id,)
    ):
        received = (
            i18n.translate("Care", "Received: {kind} — {note}") if note else i18n.translate("Care", "Received: {kind}")
        )
        text = received.format(kind=PerkKind(kind).label, note=note)
        events.append(DealEvent(date.fromisoformat(received_on), received_on, "perk", text, cid or 0, pid))
    for rid, category, description, likelihood, impact, created_at, cid in database.execute_sql(
        "SELECT id, category, description, likelihood, impact, created_at, collaboration_id FROM risk"
        " WHERE kol_id = ? OR collaboration_id IN (SELECT id FROM collaboration WHERE kol_id = ? AND deleted_at IS NULL)",
        (kol_id, kol_id),
    ):
        on = datetime.fromisoformat(created_at).astimezone().date()
        text = i18n.translate("Care", "Risk noted ({category}, {likelihood}×{impact}): {description}").format(
            category=RiskCategory(category).label.lower(), likelihood=likelihood, impact=impact, description=description
        )
        events.append(DealEvent(on, created_at, "risk", text, cid or 0, rid))
    events.sort(key=lambda e: (e.on, e.at, e.row_id), reverse=True)
    return events
