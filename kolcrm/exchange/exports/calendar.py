"""The deliverable schedule and open reminders as an iCalendar file (icalendar) that calendar apps import.

Each dated, unpublished deliverable of a live deal is an all-day event on its due date; each open reminder is a
to-do due that day (or, with `reminders_as_events`, an all-day event, for apps that ignore to-dos). UIDs are
stable per deliverable and reminder, so importing a newer file updates the entries instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event, Todo

from kolcrm.core import clock, i18n
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import ApprovalState, ContentType, platform_label
from kolcrm.exchange.exports.tables import Cancelled, ExportCancelled, ExportResult, Progress, run_export

PRODID = "-//kolcrm//KOL schedule//EN"


def deliverable_summary(platform: str, content_type: str, quantity: int, kol_name: str, title: str) -> str:
    """'Douyin short video — 李佳琦 — 春季口红' (with ×2 when more than one is due); 抖音 短视频 in Chinese."""
    kind = ContentType(content_type).label.lower() if content_type in set(ContentType) else content_type
    times = f" ×{quantity}" if quantity > 1 else ""
    return f"{platform_label(platform)} {kind}{times} — {kol_name} — {title}"


def _review_state(state: str) -> str:
    """ "changes requested" (修改意见 in Chinese): the approval state as words."""
    return ApprovalState(state).label.lower() if state in set(ApprovalState) else state.replace("_", " ")


def _deliverables(kol_ids: Sequence[int] | None) -> list[tuple[Any, ...]]:
    where = ""
    params: list[int] = []
    if kol_ids is not None:
        where = f" AND k.id IN ({','.join('?' * len(kol_ids))})"
        params = list(kol_ids)
    rows: list[tuple[Any, ...]] = database.execute_sql(
        "SELECT d.id, d.due_on, d.platform, d.content_type, d.quantity, d.brief, d.state, k.display_name, c.title,"
        " b.name, c.id FROM deliverable d JOIN collaboration c ON c.id = d.collaboration_id"
        " JOIN kol k ON k.id = c.kol_id JOIN brand b ON b.id = c.brand_id"
        " WHERE d.due_on IS NOT NULL AND d.state != 'published' AND d.published_on IS NULL"
        " AND c.stage != 'cancelled' AND c.deleted_at IS NULL AND k.deleted_at IS NULL"
        f"{where} ORDER BY d.due_on, d.id",
        params,
    ).fetchall()
    return rows


def _reminders(kol_ids: Sequence[int] | None) -> list[tuple[Any, ...]]:
    where = ""
    params: list[int] = []
    if kol_ids is not None:
        where = f" AND r.kol_id IN ({','.join('?' * len(kol_ids))})"
        params = list(kol_ids)
    rows: list[tuple[Any, ...]] = database.execute_sql(
        "SELECT r.id, r.due_on, r.subject, r.kind, coalesce(k.display_name, '') FROM reminder r"
        " LEFT JOIN kol k ON k.id = r.kol_id WHERE r.done_at IS NULL AND (k.id IS NULL OR k.deleted_at IS NULL)"
        f"{where} ORDER BY r.due_on, r.id",
        params,
    ).fetchall()
    return rows


def build_calendar(
    kol_ids: Sequence[int] | None = None,
    reminders: bool = True,
    reminders_as_events: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> tuple[Calendar, int]:
    """The calendar and how many entries it holds."""
    report = progress or (lambda _done, _total: None)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", i18n.translate("Export", "KOL schedule"))
    stamp = clock.now().replace(microsecond=0)
    items = _deliverables(kol_ids)
    todos = _reminders(kol_ids) if reminders else []
    total = len(items) + len(todos)
    report(0, total)
    done = 0
    for (
        deliverable_id,
        due_on,
        platform,
        content_type,
        quantity,
        brief,
        state,
        kol_name,
        title,
        brand,
        deal_id,
    ) in items:
        if done % 200 == 0 and cancelled():
            raise ExportCancelled
        day = date.fromisoformat(due_on)
        event = Event()
        event.add("uid", f"kolcrm-deliverable-{deliverable_id}@kolcrm")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", deliverable_summary(platform, content_type, quantity, kol_name, title))
        description = [
            i18n.translate("Export", "Brand: {brand}").format(brand=brand),
            i18n.translate("Export", "Review: {state}").format(state=_review_state(state)),
            i18n.translate("Export", "Deal #{id}").format(id=deal_id),
        ]
        if brief:
            description.append(i18n.translate("Export", "Brief: {brief}").format(brief=brief))
        event.add("description", "\n".join(description))
        event.add("categories", ["Deliverable"])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
        done += 1
        report(done, total)
    for reminder_id, due_on, subject, kind, kol_name in todos:
        if done % 200 == 0 and cancelled():
            raise ExportCancelled
        day = date.fromisoformat(due_on)
        entry = Event() if reminders_as_events else Todo()
        entry.add("uid", f"kolcrm-reminder-{reminder_id}@kolcrm")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", day)
        if reminders_as_events:
            entry.add("dtend", day + timedelta(days=1))
            entry.add("transp", "TRANSPARENT")
        else:
            entry.add("due", day)
            entry.add("status", "NEEDS-ACTION")
        entry.add("summary", subject)
        entry.add("categories", ["Reminder", kind.replace("_", " ")])
        if kol_name:
            entry.add("description", i18n.translate("Export", "KOL: {name}").format(name=kol_name))
        calendar.add_component(entry)
        done += 1
        report(done, total)
    if cancelled():
        raise ExportCancelled
    return calendar, done


def export_calendar(
    path: Path,
    kol_ids: Sequence[int] | None = None,
    reminders: bool = True,
    reminders_as_events: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> ExportResult:
    def write(temp: Path, report: Progress, stop: Cancelled) -> int:
        calendar, count = build_calendar(kol_ids, reminders, reminders_as_events, report, stop)
        temp.write_bytes(calendar.to_ical())
        return count

    return run_export(path, write, progress, cancelled)
