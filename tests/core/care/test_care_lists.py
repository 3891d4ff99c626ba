"""The care lists the views read, on both engines: the schedule of deliverables, gifts by year, the KOL's timeline."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.care import events, gifts, health, risks, schedule, scheduling
from kolcrm.core.care.records import BlackoutPeriod, GiftRecord, RiskRecord, SchedulingRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.vocabulary import GiftKind, Occasion, Priority, RiskCategory, Status

TODAY = date(2026, 10, 28)


@pytest.fixture
def book(any_db: str) -> dict[str, int]:
    brand = brands.save_brand(BrandRecord(name="花西子"))
    ids = {
        name: kols.save_kol(KolRecord(display_name=name, status=Status.ACTIVE))
        for name in ("李佳琦 💄", "Emma", "周雨子")
    }
    for name, kol_id in ids.items():
        collaborations.save_collaboration(
            CollaborationRecord(
                brand_id=brand,
                kol_id=kol_id,
                title=f"双11 {name}",
                deliverables=[
                    DeliverableRecord(platform="Douyin", due_on=date(2026, 11, 5)),
                    DeliverableRecord(platform="Weibo", due_on=date(2026, 12, 20)),
                ],
            )
        )
    scheduling.save_scheduling(
        ids["周雨子"],
        SchedulingRecord(
            Priority.FIRST_CALL,
            30,
            [
                BlackoutPeriod(date(2026, 11, 1), date(2026, 11, 11), "双11 全部排满"),
                BlackoutPeriod(date(2026, 11, 3), date(2026, 11, 6), ""),
            ],
        ),
    )
    scheduling.save_scheduling(ids["Emma"], SchedulingRecord(Priority.PREFERRED, 3))
    return ids


def test_the_schedule_puts_first_call_kols_first_and_names_their_blackouts(book: dict[str, int]) -> None:
    rows = schedule.upcoming(TODAY, 14)

    assert [(row.kol_name, row.priority, row.due_on) for row in rows] == [
        ("周雨子", Priority.FIRST_CALL, date(2026, 11, 5)),
        ("Emma", Priority.PREFERRED, date(2026, 11, 5)),
        ("李佳琦 💄", Priority.STANDARD, date(2026, 11, 5)),
    ]
    first, emma, li = rows
    assert first.blackout == "双11 全部排满", "an unnamed period counts but adds no name"
    assert (emma.blackout, li.blackout) == (None, None)
    assert first.inside_lead_time(TODAY) and not emma.inside_lead_time(TODAY)
    assert first.lead_time_days == 30 and li.lead_time_days is None


def test_gifts_are_listed_by_the_year_they_went_out_or_are_planned(book: dict[str, int]) -> None:
    li = book["李佳琦 💄"]
    gifts.save_gift(GiftRecord(li, GiftKind.GIFT, Occasion.MID_AUTUMN, "月饼礼盒 🥮", Decimal("388"), sent_on=TODAY))
    gifts.save_gift(
        GiftRecord(li, GiftKind.GIFT, Occasion.SPRING_FESTIVAL, "年货", planned_on=date(2027, 1, 20)), today=TODAY
    )

    assert [g.description for g in gifts.all_gifts(year=2026)] == ["月饼礼盒 🥮"]
    assert [g.description for g in gifts.all_gifts(year=2027, occasion=Occasion.SPRING_FESTIVAL)] == ["年货"]
    assert [g.description for g in gifts.all_gifts()] == ["年货", "月饼礼盒 🥮"]


def test_the_timeline_and_health_read_gifts_and_risks(book: dict[str, int]) -> None:
    emma = book["Emma"]
    gifts.save_gift(GiftRecord(emma, GiftKind.THANK_YOU_NOTE, description="Card", sent_on=TODAY - timedelta(days=3)))
    risks.save_risk(RiskRecord(RiskCategory.REPUTATIONAL, "Old controversy", 2, 3, kol_id=emma))

    texts = [event.text for event in events.care_events(emma)]

    assert any("Card" in text for text in texts) and any("Old controversy" in text for text in texts)
    parts = {part.name: part for part in health.health_score(emma, TODAY).parts}
    assert parts["Open risks"].points < 15
