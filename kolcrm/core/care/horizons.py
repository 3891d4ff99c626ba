"""Which heading of the Today view a reminder belongs under: Today, This week or Later, by the date it is about.

A birthday or festival reminder falls due ahead of its day (a gift needs a week, greetings two), but what a person
reads is the day itself: "Yuzi's birthday on 20 Nov" five days away belongs under This week, not under Today.
Every other reminder is about its due date. The badge (open_count) counts the Today heading, so the two agree.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from kolcrm.core.care.reminder_rules import GREETED_FESTIVALS
from kolcrm.core.festivals import festival_date
from kolcrm.core.vocabulary import Occasion

WEEK_DAYS = 7


class Horizon(StrEnum):
    TODAY = "today"  # due today or overdue
    THIS_WEEK = "this_week"
    LATER = "later"


def occasion_on(rule_key: str | None) -> date | None:
    """The day a generated reminder is about, from its key ("birthday:2026-11-20:5"); None for the others."""
    if not rule_key:
        return None
    parts = rule_key.split(":")
    try:
        if parts[0] == "birthday" and len(parts) == 3:
            return date.fromisoformat(parts[1])
        if parts[0] == "festival" and len(parts) == 4:
            return festival_date(Occasion(parts[1]), int(parts[2]))
    except ValueError:  # a key from an older rule: it is about its due date
        return None
    return None


def horizon(day: date, today: date) -> Horizon:
    """The heading for an item about `day` (overdue items stay under Today)."""
    if day <= today:
        return Horizon.TODAY
    return Horizon.THIS_WEEK if day <= today + timedelta(days=WEEK_DAYS) else Horizon.LATER


def not_yet_sql(today: date) -> tuple[str, list[object]]:
    """A SQL condition (on reminder r) true for generated reminders whose day is still ahead, and its parameters."""
    clauses = ["(r.rule_key LIKE 'birthday:%' AND substr(r.rule_key, 10, 10) > ?)"]
    parameters: list[object] = [today.isoformat()]
    for year in (today.year - 1, today.year, today.year + 1):
        for occasion in GREETED_FESTIVALS:
            if festival_date(occasion, year) > today:
                clauses.append("substr(r.rule_key, 1, ?) = ?")
                prefix = f"festival:{occasion.value}:{year}:"
                parameters += [len(prefix), prefix]
    return "(" + " OR ".join(clauses) + ")", parameters
