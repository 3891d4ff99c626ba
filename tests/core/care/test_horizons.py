"""Today's headings follow the date an item is about: a birthday five days away is This week, not Today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kolcrm.core.care import reminders
from kolcrm.core.care.horizons import Horizon, horizon, occasion_on
from kolcrm.core.festivals import festival_date
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.vocabulary import Occasion, ReminderKind, Status

TODAY = date(2026, 11, 10)  # no greeted festival within two weeks

pytestmark = pytest.mark.usefixtures("any_db")


def kol_born(days_ahead: int, name: str = "周雨子") -> int:
    day = TODAY + timedelta(days=days_ahead)
    return kols.save_kol(KolRecord(display_name=name, birthday=date(1995, day.month, day.day)))


def birthday_reminders(today: date = TODAY):
    reminders.refresh(today)
    return [r for r in reminders.due(today) if r.kind is ReminderKind.BIRTHDAY]


def test_the_heading_is_the_date_the_item_is_about():
    assert horizon(TODAY - timedelta(days=3), TODAY) is Horizon.TODAY  # overdue stays in sight
    assert horizon(TODAY, TODAY) is Horizon.TODAY
    assert horizon(TODAY + timedelta(days=1), TODAY) is Horizon.THIS_WEEK
    assert horizon(TODAY + timedelta(days=7), TODAY) is Horizon.THIS_WEEK
    assert horizon(TODAY + timedelta(days=8), TODAY) is Horizon.LATER


def test_a_birthday_five_days_away_is_due_now_but_listed_this_week_and_not_counted():
    kol_born(5)
    [reminder] = birthday_reminders()
    assert reminder.due_on == TODAY  # the gift needs the week: the reminder is raised now
    assert reminder.occasion_on == reminder.about_on == TODAY + timedelta(days=5)
    assert horizon(reminder.about_on, TODAY) is Horizon.THIS_WEEK
    assert reminders.open_count(TODAY) == 0


def test_a_birthday_today_is_under_today_and_counted():
    kol_born(0)
    [reminder] = birthday_reminders()
    assert horizon(reminder.about_on, TODAY) is Horizon.TODAY
    assert reminders.open_count(TODAY) == 1


def test_a_birthday_twelve_days_away_is_later():
    kol_born(12)
    [reminder] = birthday_reminders()
    assert reminder.due_on == TODAY + timedelta(days=5)
    assert horizon(reminder.about_on, TODAY) is Horizon.LATER


def test_festival_greetings_are_listed_by_the_festival_day():
    kols.save_kol(KolRecord(display_name="Aria", status=Status.ACTIVE))
    spring = festival_date(Occasion.SPRING_FESTIVAL, 2027)
    today = spring - timedelta(days=10)
    reminders.refresh(today)
    [greeting] = [r for r in reminders.due(today) if r.kind is ReminderKind.FESTIVAL]
    assert greeting.due_on == today and greeting.occasion_on == spring
    assert horizon(greeting.about_on, today) is Horizon.LATER
    assert reminders.open_count(today) == 0
    assert reminders.open_count(spring) == 1  # on the day it is Today's, if still open


def test_tasks_and_other_reminders_keep_their_due_date():
    reminders.add_task(TODAY, "Call the agency")
    [task] = reminders.due(TODAY)
    assert task.occasion_on is None and task.about_on == TODAY
    assert reminders.open_count(TODAY) == 1
    assert occasion_on("thank_you:12") is None and occasion_on("birthday:not-a-date:3") is None
