"""The priority a KOL grants the brand, their usual lead time, and when they are fully booked (618, Double 11)."""

from __future__ import annotations

from datetime import date

from kolcrm.core import i18n
from kolcrm.core.care.records import BlackoutPeriod, SchedulingRecord
from kolcrm.core.errors import FieldProblem, ValidationError
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import execute_many
from kolcrm.core.vocabulary import Priority


def get_scheduling(kol_id: int) -> SchedulingRecord:
    row = database.execute_sql(
        "SELECT priority, lead_time_days FROM scheduling_priority WHERE kol_id = ?", (kol_id,)
    ).fetchone()
    blackouts = [
        BlackoutPeriod(date.fromisoformat(start), date.fromisoformat(end), label)
        for start, end, label in database.execute_sql(
            "SELECT starts_on, ends_on, label FROM blackout_period WHERE kol_id = ? ORDER BY starts_on", (kol_id,)
        )
    ]
    if row is None:
        return SchedulingRecord(blackouts=blackouts)
    return SchedulingRecord(Priority(row[0]), row[1], blackouts)


def save_scheduling(kol_id: int, record: SchedulingRecord) -> None:
    problems: list[FieldProblem] = []
    if record.priority not in set(Priority):
        message = i18n.translate("Care", "Unknown priority “{priority}”").format(priority=record.priority)
        problems.append(FieldProblem("priority", message))
    if not 0 <= record.lead_time_days <= 365:
        problems.append(
            FieldProblem("lead_time_days", i18n.translate("Care", "Lead time must be between 0 and 365 days"))
        )
    for index, period in enumerate(record.blackouts):
        if period.ends_on < period.starts_on:
            message = i18n.translate("Care", "Blackout “{label}” ends before it starts").format(label=period.label)
            problems.append(FieldProblem(f"blackouts[{index}]", message))
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        if not database.execute_sql("SELECT 1 FROM kol WHERE id = ?", (kol_id,)).fetchone():
            raise ValidationError(i18n.translate("Care", "That KOL no longer exists"), field="kol_id")
        database.execute_sql(
            "INSERT INTO scheduling_priority (kol_id, priority, lead_time_days) VALUES (?, ?, ?)"
            " ON CONFLICT (kol_id) DO UPDATE SET priority = excluded.priority, lead_time_days = excluded.lead_time_days",
            (kol_id, Priority(record.priority), record.lead_time_days),
        )
        database.execute_sql("DELETE FROM blackout_period WHERE kol_id = ?", (kol_id,))
        execute_many(
            "INSERT INTO blackout_period (kol_id, starts_on, ends_on, label) VALUES (?, ?, ?, ?)",
            [(kol_id, p.starts_on.isoformat(), p.ends_on.isoformat(), p.label.strip()) for p in record.blackouts],
        )


def in_blackout(kol_id: int, day: date) -> BlackoutPeriod | None:
    return next((p for p in get_scheduling(kol_id).blackouts if p.starts_on <= day <= p.ends_on), None)
