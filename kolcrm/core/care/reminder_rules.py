"""The rules that raise reminders by themselves. Each yields (rule key, kind, due date, subject, KOL, deal).

A rule key names the occasion once ("thank_you:12", "festival:spring_festival:2027:5"), so running the rules
again never duplicates a reminder and one marked done stays done. The subject is written in the user's language
each time the rules run (an open reminder's subject is rewritten then), the key never.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

from kolcrm.core import i18n
from kolcrm.core.festivals import festival_date, next_birthday
from kolcrm.core.money import stored_amount
from kolcrm.core.numbers import format_money
from kolcrm.core.store import settings
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Occasion, ReminderKind, platform_label

Due = tuple[str, ReminderKind, date, str, int | None, int | None]

FESTIVAL_LEAD_DAYS = 14  # greetings and gifts go out two weeks before the festival
BIRTHDAY_LEAD_DAYS = 7
DELIVERABLE_HORIZON_DAYS = 7
PAYMENT_HORIZON_DAYS = 7
CONTRACT_END_HORIZON_DAYS = 14
UNSIGNED_CONTRACT_DAYS = 7  # a sent contract the KOL has not signed after a week (contracts/signing.py)
LOOK_BACK_DAYS = 60  # older occasions that were never handled are not raised again
GREETED_FESTIVALS = (Occasion.SPRING_FESTIVAL, Occasion.MID_AUTUMN)


def all_due(today: date) -> Iterator[Due]:
    yield from thank_yous(today)
    yield from festivals(today)
    yield from birthdays(today)
    yield from deliverables(today)
    yield from payments(today)
    yield from contract_ends(today)
    yield from unsigned_contracts(today)
    yield from risk_reviews(today)
    yield from result_captures(today)
    yield from outreach_follow_ups(today)
    yield from ghosting(today)


def thank_yous(today: date) -> Iterator[Due]:
    """A completed deal with no thank-you (any gift linked to it) within N days of completion."""
    days = settings.get_int("thank_you_days")
    rows = database.execute_sql(
        "SELECT c.id, c.kol_id, k.display_name, c.title, max(s.changed_at) FROM collaboration c"
        " JOIN kol k ON k.id = c.kol_id JOIN stage_change s ON s.collaboration_id = c.id AND s.to_stage = 'completed'"
        " WHERE c.stage = 'completed' AND c.deleted_at IS NULL AND k.deleted_at IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM gift g WHERE g.collaboration_id = c.id AND g.sent_on IS NOT NULL)"
        " GROUP BY c.id, c.kol_id, k.display_name, c.title"  # PostgreSQL wants every plain column named here
    )
    for cid, kol_id, name, title, completed_at in rows:
        completed = datetime.fromisoformat(completed_at).astimezone().date()
        if completed >= today - timedelta(days=LOOK_BACK_DAYS + days):
            due = completed + timedelta(days=days)
            subject = i18n.translate("Reminders", "Thank {name} for “{title}”").format(name=name, title=title)
            yield f"thank_you:{cid}", ReminderKind.THANK_YOU, due, subject, kol_id, cid


def festivals(today: date) -> Iterator[Due]:
    """Two weeks before Spring Festival and Mid-Autumn, for every active KOL (nobody else is greeted)."""
    window: list[tuple[Occasion, int, date]] = []
    for year in (today.year, today.year + 1):
        for occasion in GREETED_FESTIVALS:
            day = festival_date(occasion, year)
            due = max(day - timedelta(days=FESTIVAL_LEAD_DAYS), today)
            if day >= today and due <= today + timedelta(days=FESTIVAL_LEAD_DAYS):  # no greeting after the day
                window.append((occasion, year, due))
    if not window:
        return
    active = database.execute_sql(
        "SELECT id, display_name FROM kol WHERE status = 'active' AND deleted_at IS NULL"
    ).fetchall()
    for occasion, year, due in window:
        for kol_id, name in active:
            subject = _greetings(occasion, name)
            yield f"festival:{occasion.value}:{year}:{kol_id}", ReminderKind.FESTIVAL, due, subject, kol_id, None


def _greetings(occasion: Occasion, name: str) -> str:
    if occasion is Occasion.SPRING_FESTIVAL:
        return i18n.translate("Reminders", "Spring Festival greetings for {name}").format(name=name)
    if occasion is Occasion.MID_AUTUMN:
        return i18n.translate("Reminders", "Mid-Autumn Festival greetings for {name}").format(name=name)
    festival = occasion.label.split(" (")[0].split("（")[0]
    return i18n.translate("Reminders", "{festival} greetings for {name}").format(festival=festival, name=name)


def birthdays(today: date) -> Iterator[Due]:
    """A week before each KOL's birthday, on the right solar date when they keep it in the lunar calendar."""
    # Solar birthdays are picked by month-day in SQL (a scan of 100k KOLs in Python took 0.6 s); lunar ones are
    # few and each needs the calendar, so they are all looked at.
    days = [today + timedelta(days=offset) for offset in range(BIRTHDAY_LEAD_DAYS * 2 + 1)]
    month_days = sorted(
        {day.strftime("%m-%d") for day in days}
        | ({"02-29"} if any(d.strftime("%m-%d") == "02-28" for d in days) else set())
    )
    marks = ",".join("?" * len(month_days))
    rows = database.execute_sql(
        "SELECT id, display_name, birthday, lunar_birthday FROM kol WHERE deleted_at IS NULL"
        " AND status != 'do_not_contact' AND (lunar_birthday != ''"
        f" OR (birthday IS NOT NULL AND substr(birthday, 6, 5) IN ({marks})))",
        month_days,
    )
    for kol_id, name, solar, lunar in rows:
        try:
            day = next_birthday(today, date.fromisoformat(solar) if solar else None, lunar)
        except ValueError:
            continue  # a malformed lunar date is refused at input; an old one must not stop every reminder
        if day is None or day > today + timedelta(days=BIRTHDAY_LEAD_DAYS * 2):
            continue
        due = max(day - timedelta(days=BIRTHDAY_LEAD_DAYS), today)  # first seen late: due now, not "overdue"
        if lunar:
            subject = i18n.translate("Reminders", "{name}'s lunar birthday on {date}")
        else:
            subject = i18n.translate("Reminders", "{name}'s birthday on {date}")
        yield (
            f"birthday:{day.isoformat()}:{kol_id}",
            ReminderKind.BIRTHDAY,
            due,
            subject.format(name=name, date=i18n.prose_date(day)),
            kol_id,
            None,
        )


def deliverables(today: date) -> Iterator[Due]:
    horizon = (today + timedelta(days=DELIVERABLE_HORIZON_DAYS)).isoformat()
    rows = database.execute_sql(
        "SELECT d.id, d.due_on, d.platform, c.id, c.title, c.kol_id, k.display_name FROM deliverable d"
        " JOIN collaboration c ON c.id = d.collaboration_id JOIN kol k ON k.id = c.kol_id"
        " WHERE d.state != 'published' AND d.due_on IS NOT NULL AND d.due_on <= ? AND d.due_on >= ?"
        " AND c.stage NOT IN ('cancelled', 'completed') AND c.deleted_at IS NULL AND k.deleted_at IS NULL",
        (horizon, (today - timedelta(days=LOOK_BACK_DAYS)).isoformat()),
    )
    for did, due_on, platform, cid, title, kol_id, name in rows:
        subject = i18n.translate("Reminders", "{platform} post by {name} due for “{title}”").format(
            platform=platform_label(platform), name=name, title=title
        )
        yield f"deliverable:{did}:{due_on}", ReminderKind.DELIVERABLE, date.fromisoformat(due_on), subject, kol_id, cid


def payments(today: date) -> Iterator[Due]:
    horizon = (today + timedelta(days=PAYMENT_HORIZON_DAYS)).isoformat()
    rows = database.execute_sql(
        "SELECT p.id, p.due_on, p.amount, c.currency, c.id, c.title, c.kol_id, k.display_name FROM payment p"
        " JOIN collaboration c ON c.id = p.collaboration_id JOIN kol k ON k.id = c.kol_id"
        " WHERE p.paid_on IS NULL AND p.due_on IS NOT NULL AND p.due_on <= ?"
        " AND c.stage != 'cancelled' AND c.deleted_at IS NULL AND k.deleted_at IS NULL",
        (horizon,),
    )
    for pid, due_on, amount, currency, cid, title, kol_id, name in rows:
        if due_on < today.isoformat():
            subject = i18n.translate("Reminders", "Pay {name} {amount} for “{title}” (overdue)")
        else:
            subject = i18n.translate("Reminders", "Pay {name} {amount} for “{title}”")
        value = stored_amount(amount)  # text another program stored ("abc") shows as a dash, never a traceback
        shown = format_money(value, currency) if value is not None else "—"
        subject = subject.format(name=name, amount=shown, title=title)
        yield f"payment:{pid}:{due_on}", ReminderKind.PAYMENT, date.fromisoformat(due_on), subject, kol_id, cid


def contract_ends(today: date) -> Iterator[Due]:
    """Contracts and exclusivity periods that end within two weeks."""
    horizon = today + timedelta(days=CONTRACT_END_HORIZON_DAYS)
    rows = database.execute_sql(
        "SELECT c.id, c.title, c.end_on, c.exclusivity_category, c.exclusivity_days_after, c.kol_id,"
        " k.display_name FROM collaboration c JOIN kol k ON k.id = c.kol_id"
        " WHERE c.stage IN ('contracted', 'in_production', 'published', 'completed') AND c.end_on IS NOT NULL"
        " AND c.deleted_at IS NULL AND k.deleted_at IS NULL"
    )
    for cid, title, end_on, category, days_after, kol_id, name in rows:
        end = date.fromisoformat(end_on)
        if today <= end <= horizon:
            subject = i18n.translate("Reminders", "Contract “{title}” with {name} ends on {date}").format(
                title=title, name=name, date=i18n.prose_date(end)
            )
            yield f"contract_end:{cid}:{end}", ReminderKind.CONTRACT_END, end, subject, kol_id, cid
        exclusivity_end = end + timedelta(days=days_after)
        if category and today <= exclusivity_end <= horizon:
            subject = i18n.translate(
                "Reminders", "{name}'s exclusivity ({category}) for “{title}” ends on {date}"
            ).format(name=name, category=category, title=title, date=i18n.prose_date(exclusivity_end))
            key = f"exclusivity_end:{cid}:{exclusivity_end}"
            yield key, ReminderKind.EXCLUSIVITY_END, exclusivity_end, subject, kol_id, cid


def unsigned_contracts(today: date) -> Iterator[Due]:
    """A contract version sent a week ago (contracts/signing.py) that the KOL has not signed yet."""
    rows = database.execute_sql(
        "SELECT t.id, t.number, t.sent_on, c.id, c.title, c.kol_id, k.display_name FROM contract t"
        " JOIN collaboration c ON c.id = t.collaboration_id JOIN kol k ON k.id = c.kol_id"
        " WHERE t.sent_on IS NOT NULL AND t.signed_on IS NULL AND c.stage != 'cancelled'"
        " AND c.deleted_at IS NULL AND k.deleted_at IS NULL"
    )
    for contract_id, number, sent_on, cid, title, kol_id, name in rows:
        due = date.fromisoformat(sent_on) + timedelta(days=UNSIGNED_CONTRACT_DAYS)
        if today - timedelta(days=LOOK_BACK_DAYS) <= due:
            subject = i18n.translate(
                "Reminders", "Contract {number} for “{title}” was sent to {name} on {date} and is not signed yet"
            ).format(number=number, title=title, name=name, date=i18n.prose_date(date.fromisoformat(sent_on)))
            yield f"unsigned_contract:{contract_id}", ReminderKind.UNSIGNED_CONTRACT, due, subject, kol_id, cid


def risk_reviews(today: date) -> Iterator[Due]:
    horizon = (today + timedelta(days=7)).isoformat()
    rows = database.execute_sql(
        "SELECT r.id, r.review_on, r.description, coalesce(r.kol_id, c.kol_id), r.collaboration_id"
        " FROM risk r LEFT JOIN collaboration c ON c.id = r.collaboration_id"
        " WHERE r.status = 'open' AND r.review_on IS NOT NULL AND r.review_on <= ?",
        (horizon,),
    )
    for rid, review_on, description, kol_id, cid in rows:
        subject = i18n.translate("Reminders", "Review risk: {description}").format(description=description[:80])
        yield (
            f"risk_review:{rid}:{review_on}",
            ReminderKind.RISK_REVIEW,
            date.fromisoformat(review_on),
            subject,
            kol_id,
            cid,
        )


def result_captures(today: date) -> Iterator[Due]:
    """Read a post's results at T+7 and T+21; check a Xiaohongshu note is still live when its protection ends."""
    from kolcrm.core.campaigns.metrics import CAPTURE_DAYS, XIAOHONGSHU_PROTECTION_DAYS

    oldest = (today - timedelta(days=max(CAPTURE_DAYS) + LOOK_BACK_DAYS)).isoformat()
    rows = database.execute_sql(
        "SELECT d.id, d.platform, d.published_on, c.id, c.title, c.kol_id, k.display_name,"
        " (SELECT max(m.captured_on) FROM metric_capture m WHERE m.deliverable_id = d.id)"
        " FROM deliverable d JOIN collaboration c ON c.id = d.collaboration_id JOIN kol k ON k.id = c.kol_id"
        " WHERE d.state = 'published' AND d.published_on >= ? AND c.deleted_at IS NULL AND k.deleted_at IS NULL"
        " AND c.stage != 'cancelled'",
        (oldest,),
    )
    for did, platform, published_on, cid, title, kol_id, name, last_capture in rows:
        published = date.fromisoformat(published_on)
        for days in CAPTURE_DAYS:
            due = published + timedelta(days=days)
            if due <= today + timedelta(days=7) and not (last_capture and last_capture >= due.isoformat()):
                subject = i18n.translate(
                    "Reminders", "Capture the T+{days} results of {name}'s {platform} post for “{title}”"
                ).format(days=days, name=name, platform=platform_label(platform), title=title)
                yield f"metrics:{did}:{days}", ReminderKind.METRICS, due, subject, kol_id, cid
        if platform == "Xiaohongshu":
            due = published + timedelta(days=XIAOHONGSHU_PROTECTION_DAYS)
            if today - timedelta(days=LOOK_BACK_DAYS) <= due <= today + timedelta(days=7):
                subject = i18n.translate(
                    "Reminders", "Check {name}'s Xiaohongshu note for “{title}” is still live (protection period ends)"
                ).format(name=name, title=title)
                yield f"note_live:{did}", ReminderKind.METRICS, due, subject, kol_id, cid


def outreach_follow_ups(today: date) -> Iterator[Due]:
    """A KOL contacted and silent for a few days (kols/outreach.py): follow up, once per last message."""
    from kolcrm.core.kols.outreach import FOLLOW_UP_DAYS, follow_ups

    for item in follow_ups(today):
        touches = item.touches  # a plain name: lupdate drops a call whose count is an expression
        if item.last_touch_on >= today - timedelta(days=LOOK_BACK_DAYS):
            subject = i18n.translate(
                "Reminders", "Follow up with {name}: no reply since {date} (%n messages sent)", None, touches
            ).format(name=item.display_name, date=i18n.prose_date(item.last_touch_on))
            due = item.last_touch_on + timedelta(days=FOLLOW_UP_DAYS)
            yield f"outreach:{item.kol_id}:{item.last_touch_on}", ReminderKind.OUTREACH, due, subject, item.kol_id, None


def ghosting(today: date) -> Iterator[Due]:
    """A sample, product or gift sent and nothing posted within the window (care/fulfilment.py)."""
    from kolcrm.core.care.fulfilment import ghosted_items

    for item, name in ghosted_items(today):
        if item.due_on >= today - timedelta(days=LOOK_BACK_DAYS):
            subject = i18n.translate(
                "Reminders", "{name} received {what} on {date} and has posted nothing: ask about the content"
            ).format(name=name, what=item.description, date=i18n.prose_date(item.sent_on))
            yield f"ghosting:{item.id}", ReminderKind.GHOSTING, item.due_on, subject, item.kol_id, item.collaboration_id
