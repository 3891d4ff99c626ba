"""Reminders: the user's own tasks and those the rules raise; due or overdue ones fill the Today view."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kolcrm.core import clock, i18n
from kolcrm.core.care.horizons import not_yet_sql, occasion_on
from kolcrm.core.care.records import ReminderRecord
from kolcrm.core.care.reminder_rules import all_due
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.store import team
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import execute_many, insert_returning_id
from kolcrm.core.vocabulary import ReminderKind

UPCOMING_DAYS = 7  # Today also shows what falls due within the week


def refresh(today: date | None = None) -> int:
    """Run the rules: add what is newly due, drop open generated reminders whose reason went away.

    One transaction; returns how many reminders are open afterwards. A reminder marked done is never raised again.
    """
    today = today or clock.today()
    if not team.can_write():  # a role that may only read a team's book: the reminders the writers raised stand
        return open_count()
    due = list(all_due(today))
    keys = {item[0] for item in due}
    now = utc_now()
    with database.atomic():
        execute_many(
            "INSERT INTO reminder (rule_key, kind, due_on, subject, kol_id, collaboration_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rule_key) DO UPDATE SET subject = excluded.subject"
            " WHERE reminder.done_at IS NULL",
            [(key, str(kind), day.isoformat(), subject, kol, deal, now) for key, kind, day, subject, kol, deal in due],
        )
        relevant: dict[str, bool] = {}  # per occasion ("festival:mid_autumn:2027"), not per KOL
        stale = []
        for reminder_id, rule_key in database.execute_sql(
            "SELECT id, rule_key FROM reminder WHERE rule_key IS NOT NULL AND done_at IS NULL"
        ):
            if rule_key in keys:
                continue
            occasion = rule_key.rsplit(":", 1)[0]
            if occasion not in relevant:
                relevant[occasion] = _still_relevant(rule_key, today)
            if not relevant[occasion]:
                stale.append(reminder_id)
        for start in range(0, len(stale), 500):
            chunk = stale[start : start + 500]
            database.execute_sql(f"DELETE FROM reminder WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return open_count(today)


def add_task(due_on: date, subject: str, kol_id: int | None = None, collaboration_id: int | None = None) -> int:
    subject = subject.strip()
    if not subject:
        raise ValidationError(i18n.translate("Reminders", "Say what to do"), field="subject")
    with database.atomic():
        reminder_id = insert_returning_id(
            "INSERT INTO reminder (due_on, subject, kind, kol_id, collaboration_id, created_at) VALUES (?,?,?,?,?,?)",
            (due_on.isoformat(), subject[:500], ReminderKind.TASK, kol_id, collaboration_id, utc_now()),
        )
    return reminder_id


def mark_done(reminder_id: int) -> None:
    with database.atomic():
        if (
            not database.execute_sql(
                "UPDATE reminder SET done_at = ? WHERE id = ? AND done_at IS NULL", (utc_now(), reminder_id)
            ).rowcount
            and not database.execute_sql("SELECT 1 FROM reminder WHERE id = ?", (reminder_id,)).fetchone()
        ):
            raise NotFoundError(i18n.translate("Reminders", "Reminder {id} does not exist").format(id=reminder_id))


def reopen(reminder_id: int) -> None:
    """Undo of mark_done."""
    with database.atomic():
        database.execute_sql("UPDATE reminder SET done_at = NULL WHERE id = ?", (reminder_id,))


def snooze(reminder_id: int, until: date, today: date | None = None) -> None:
    if until <= (today or clock.today()):
        raise ValidationError(i18n.translate("Reminders", "Snooze until a later day"), field="until")
    with database.atomic():
        if not database.execute_sql(
            "UPDATE reminder SET snoozed_until = ? WHERE id = ?", (until.isoformat(), reminder_id)
        ).rowcount:
            raise NotFoundError(i18n.translate("Reminders", "Reminder {id} does not exist").format(id=reminder_id))


def due(today: date | None = None, upcoming_days: int = UPCOMING_DAYS) -> list[ReminderRecord]:
    """Open reminders due by today + upcoming_days and not snoozed past today, oldest due first."""
    today = today or clock.today()
    rows = database.execute_sql(
        "SELECT r.id, r.due_on, r.subject, r.kind, r.kol_id, r.collaboration_id, coalesce(k.display_name, ''),"
        " r.rule_key FROM reminder r LEFT JOIN kol k ON k.id = r.kol_id"
        " WHERE r.done_at IS NULL AND r.due_on <= ? AND (r.snoozed_until IS NULL OR r.snoozed_until <= ?)"
        " AND (k.id IS NULL OR k.deleted_at IS NULL) ORDER BY r.due_on, r.id",
        ((today + timedelta(days=upcoming_days)).isoformat(), today.isoformat()),
    )
    return [_record(row) for row in rows]


def _record(row: tuple[Any, ...]) -> ReminderRecord:
    """A row of (id, due_on, subject, kind, kol_id, collaboration_id, kol name, rule_key) as a record."""
    return ReminderRecord(
        row[0],
        date.fromisoformat(row[1]),
        row[2],
        ReminderKind(row[3]),
        row[4],
        row[5],
        row[6],
        row[7] is not None,
        occasion_on(row[7]),
    )


def open_count(today: date | None = None) -> int:
    """Under Today's "Today" heading (the sidebar badge): due now and not about a day still ahead (horizons)."""
    today = today or clock.today()
    ahead, parameters = not_yet_sql(today)
    due: int = database.execute_sql(
        "SELECT count(*) FROM reminder r LEFT JOIN kol k ON k.id = r.kol_id WHERE r.done_at IS NULL AND r.due_on <= ?"
        " AND (r.snoozed_until IS NULL OR r.snoozed_until <= ?) AND (k.id IS NULL OR k.deleted_at IS NULL)"
        f" AND NOT (r.rule_key IS NOT NULL AND {ahead})",  # a task has no key: NULL would drop it
        (today.isoformat(), today.isoformat(), *parameters),
    ).fetchone()[0]
    return due


def for_kol(kol_id: int) -> list[ReminderRecord]:
    rows = database.execute_sql(
        "SELECT id, due_on, subject, kind, kol_id, collaboration_id, '', rule_key FROM reminder"
        " WHERE kol_id = ? AND done_at IS NULL ORDER BY due_on",
        (kol_id,),
    )
    return [_record(row) for row in rows]


def _still_relevant(rule_key: str, today: date) -> bool:
    """A greeting not sent yet stays until its day has passed; the other reminders follow the data."""
    from kolcrm.core.festivals import festival_date
    from kolcrm.core.vocabulary import Occasion

    parts = rule_key.split(":")
    if parts[0] == "birthday":
        return date.fromisoformat(parts[1]) >= today
    if parts[0] == "festival":
        return festival_date(Occasion(parts[1]), int(parts[2])) >= today
    return False
