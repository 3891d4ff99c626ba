"""Upcoming deliverables across KOLs for the Schedule view: one query, first-call KOLs first within a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kolcrm.core.store import dialect
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import ApprovalState, ContentType, Priority, Stage


@dataclass(frozen=True)
class ScheduledDeliverable:
    deliverable_id: int
    due_on: date
    platform: str
    content_type: ContentType
    quantity: int
    state: ApprovalState
    collaboration_id: int
    title: str
    stage: Stage
    kol_id: int
    kol_name: str
    priority: Priority
    lead_time_days: int | None  # None: the KOL's lead time was never recorded
    blackout: str | None  # the blackout period(s) the due date falls in ("" when unnamed); None when free

    def days_ahead(self, today: date) -> int:
        return (self.due_on - today).days

    def inside_lead_time(self, today: date) -> bool:
        """Due sooner than the KOL usually needs to be booked."""
        return self.lead_time_days is not None and self.days_ahead(today) < self.lead_time_days


_RANK = " ".join(f"WHEN '{p.value}' THEN {p.rank}" for p in Priority)


def upcoming(today: date, days: int) -> list[ScheduledDeliverable]:
    """Unpublished deliverables due from today to today + days on live deals; by day, then priority rank."""
    # The blackouts come from subqueries, not a join grouped by deliverable: PostgreSQL refuses the ungrouped
    # columns such a GROUP BY leaves, and names SQLite's group_concat string_agg.
    labels = "string_agg" if dialect.is_postgres() else "group_concat"
    blackouts = "FROM blackout_period b WHERE b.kol_id = k.id AND d.due_on BETWEEN b.starts_on AND b.ends_on"
    rows = database.execute_sql(
        "SELECT d.id, d.due_on, d.platform, d.content_type, d.quantity, d.state, c.id, c.title, c.stage,"
        " k.id, k.display_name, coalesce(sp.priority, 'standard'), sp.lead_time_days,"
        f" (SELECT count(*) {blackouts}), (SELECT {labels}(nullif(b.label, ''), ' · ') {blackouts})"
        " FROM deliverable d JOIN collaboration c ON c.id = d.collaboration_id JOIN kol k ON k.id = c.kol_id"
        " LEFT JOIN scheduling_priority sp ON sp.kol_id = k.id"
        " WHERE d.due_on BETWEEN ? AND ? AND d.state != 'published'"
        " AND c.stage NOT IN ('cancelled', 'completed') AND c.deleted_at IS NULL AND k.deleted_at IS NULL"
        f" ORDER BY d.due_on, CASE coalesce(sp.priority, 'standard') {_RANK} ELSE 0 END DESC,"
        " k.display_name, d.position, d.id",
        (today.isoformat(), (today + timedelta(days=days)).isoformat()),
    )
    return [
        ScheduledDeliverable(
            deliverable_id=row[0],
            due_on=date.fromisoformat(row[1]),
            platform=row[2],
            content_type=ContentType(row[3]),
            quantity=row[4],
            state=ApprovalState(row[5]),
            collaboration_id=row[6],
            title=row[7],
            stage=Stage(row[8]),
            kol_id=row[9],
            kol_name=row[10],
            priority=Priority(row[11]),
            lead_time_days=row[12],
            blackout=(row[14] or "") if row[13] else None,
        )
        for row in rows
    ]
