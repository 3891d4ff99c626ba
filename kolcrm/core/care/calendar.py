"""The content calendar for one month: deliverables due, the brand's own posts, KOLs' blackout periods, festivals
and the shopping festivals planners work around (618, Double 11), and the exclusivity windows as bands."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from kolcrm.core import i18n
from kolcrm.core.collaborations.conflicts import active_windows
from kolcrm.core.festivals import festival_date
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Occasion, platform_label

DELIVERABLE, BRAND_POST, BLACKOUT, FESTIVAL, WINDOW = "deliverable", "brand_post", "blackout", "festival", "window"
# Shopping festivals by fixed date: planners book around them whatever the lunar calendar does.
_SHOPPING = {
    (6, 18): QT_TRANSLATE_NOOP("Calendar", "618 shopping festival"),
    (11, 11): QT_TRANSLATE_NOOP("Calendar", "Double 11 (双11)"),
    (12, 12): QT_TRANSLATE_NOOP("Calendar", "Double 12 (双12)"),
}


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: str
    text: str
    deliverable_id: int | None = None
    collaboration_id: int | None = None


def month_grid(year: int, month: int) -> list[date]:
    """The 42 days a month view shows: from the Monday on or before the 1st, six weeks."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=offset) for offset in range(42)]


def month_entries(year: int, month: int) -> dict[date, list[CalendarEntry]]:
    days = month_grid(year, month)
    start, end = days[0], days[-1]
    found: dict[date, list[CalendarEntry]] = defaultdict(list)
    rows = database.execute_sql(
        "SELECT d.id, d.due_on, d.platform, c.id, c.title, k.display_name FROM deliverable d"
        " JOIN collaboration c ON c.id = d.collaboration_id JOIN kol k ON k.id = c.kol_id"
        " WHERE d.due_on BETWEEN ? AND ? AND c.stage != 'cancelled' AND c.deleted_at IS NULL AND k.deleted_at IS NULL"
        " ORDER BY d.due_on, k.display_name, d.id",
        (start.isoformat(), end.isoformat()),
    )
    for did, due, platform, cid, title, name in rows:
        day = date.fromisoformat(due)
        found[day].append(CalendarEntry(day, DELIVERABLE, f"{name} · {platform_label(platform)} · {title}", did, cid))
    rows = database.execute_sql(
        "SELECT p.planned_on, p.channel, p.description, b.name FROM brand_post p JOIN campaign m ON m.id = p.campaign_id"
        " JOIN brand b ON b.id = m.brand_id WHERE p.planned_on BETWEEN ? AND ? ORDER BY p.planned_on, p.id",
        (start.isoformat(), end.isoformat()),
    )
    for planned, channel, description, brand in rows:
        day = date.fromisoformat(planned)
        text = i18n.translate("Calendar", "{brand}'s own post on {channel}").format(brand=brand, channel=channel)
        found[day].append(CalendarEntry(day, BRAND_POST, f"{text}{' · ' + description if description else ''}"))
    rows = database.execute_sql(
        "SELECT b.starts_on, b.ends_on, b.label, k.display_name FROM blackout_period b JOIN kol k ON k.id = b.kol_id"
        " WHERE k.deleted_at IS NULL AND b.starts_on <= ? AND b.ends_on >= ?",
        (end.isoformat(), start.isoformat()),
    )
    for first, last, label, name in rows:
        for day in _days(max(date.fromisoformat(first), start), min(date.fromisoformat(last), end)):
            text = i18n.translate("Calendar", "{name} booked out").format(name=name) + (f": {label}" if label else "")
            found[day].append(CalendarEntry(day, BLACKOUT, text))
    for day in days:
        if (day.month, day.day) in _SHOPPING:
            found[day].append(CalendarEntry(day, FESTIVAL, i18n.translate("Calendar", _SHOPPING[(day.month, day.day)])))
    for year_shown in sorted({start.year, end.year}):
        for occasion in (Occasion.SPRING_FESTIVAL, Occasion.DRAGON_BOAT, Occasion.MID_AUTUMN):
            try:
                day = festival_date(occasion, year_shown)
            except LookupError:
                continue
            if start <= day <= end:
                found[day].append(CalendarEntry(day, FESTIVAL, occasion.label))
    for deal in active_windows(start):
        first, last = deal.window or (start, start)
        for day in _days(max(first, start), min(last, end)):
            text = i18n.translate("Calendar", "{kol} exclusive to {brand}: {category}").format(
                kol=deal.kol_name, brand=deal.brand_name, category=deal.category
            )
            found[day].append(CalendarEntry(day, WINDOW, text, None, deal.id))
    return dict(found)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
