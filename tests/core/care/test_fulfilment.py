"""Fulfilment with fixed dates: a sample sent with a 30-day window is ghosted the day after the window, not on its
last day; delivering clears it; the rate, the list flag, the health score and Today all say so."""

from __future__ import annotations

from datetime import date

import pytest

from kolcrm.core.care import fulfilment, health, reminders
from kolcrm.core.care.fulfilment import SentItem, SentKind
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols.list_query import fetch_row
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.vocabulary import ReminderKind

SENT = date(2026, 10, 1)  # + 30 days: due 2026-10-31


@pytest.fixture
def kol(any_db) -> int:
    return save_kol(KolRecord(display_name="小鹿"))


def test_an_item_is_ghosted_only_after_its_window(kol) -> None:
    item_id = fulfilment.save_item(SentItem(kol, SentKind.SAMPLE, "口红试色装", SENT, "一篇小红书笔记"), SENT)
    item = fulfilment.get_item(item_id)
    assert item.due_on == date(2026, 10, 31) and item.window_days == 30
    assert not item.ghosted(date(2026, 10, 31)) and item.ghosted(date(2026, 11, 1))
    assert fulfilment.fulfilment(kol, date(2026, 10, 31)).rate is None
    late = fulfilment.fulfilment(kol, date(2026, 11, 1))
    assert (late.delivered, late.owed, [i.description for i in late.ghosted]) == (0, 1, ["口红试色装"])

    fulfilment.mark_delivered(item_id, date(2026, 11, 3), "https://xhslink.com/abc")
    done = fulfilment.fulfilment(kol, date(2026, 11, 5))
    assert (done.rate, done.ghosted) == (1.0, ())


def test_the_list_the_health_score_and_today_flag_a_ghosting(kol, monkeypatch) -> None:
    from kolcrm.core import clock

    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 10))
    fulfilment.save_item(SentItem(kol, SentKind.PRODUCT, "秋冬面霜正装", SENT), SENT)
    fulfilment.save_item(
        SentItem(kol, SentKind.GIFT, "月饼礼盒", date(2026, 9, 1), delivered_on=date(2026, 9, 5)), SENT
    )
    row = fetch_row(kol)
    assert row is not None and row.ghosting
    part = health.health_score(kol, date(2026, 11, 10)).parts[-1]
    assert (part.name, part.points, part.maximum) == ("Content for items sent", 0, 10)
    assert "1 of 2" in part.explanation and "秋冬面霜正装" in part.explanation
    reminders.refresh(date(2026, 11, 10))
    subjects = [r.subject for r in reminders.for_kol(kol) if r.kind is ReminderKind.GHOSTING]
    assert len(subjects) == 1 and subjects[0].startswith("小鹿 received 秋冬面霜正装 on ")


def test_an_item_is_refused_when_it_makes_no_sense(kol) -> None:
    with pytest.raises(ValidationError, match="Say what was sent"):
        fulfilment.save_item(SentItem(kol, SentKind.SAMPLE, " ", SENT), SENT)
    with pytest.raises(ValidationError, match="future"):
        fulfilment.save_item(SentItem(kol, SentKind.SAMPLE, "样品", date(2026, 12, 1)), SENT)
    with pytest.raises(ValidationError, match="before the item was sent"):
        fulfilment.save_item(SentItem(kol, SentKind.SAMPLE, "样品", SENT, delivered_on=date(2026, 9, 1)), SENT)
