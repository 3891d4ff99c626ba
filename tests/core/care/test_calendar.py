"""The content calendar's month, with fixed dates: six weeks from the Monday on or before the 1st; a deliverable on
its due day, a blackout on each of its days, 双11 and the Mid-Autumn Festival, an exclusivity window on every day it
covers; moving a deliverable checks it as the editor does and says when it now falls after the deal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.care import calendar, scheduling
from kolcrm.core.care.records import BlackoutPeriod, SchedulingRecord
from kolcrm.core.collaborations import deliverables
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.vocabulary import Stage


@pytest.fixture
def deal(any_db) -> int:
    kol = save_kol(KolRecord(display_name="小鹿"))
    brand = save_brand(BrandRecord(name="花西子"))
    scheduling.save_scheduling(
        kol, SchedulingRecord(blackouts=[BlackoutPeriod(date(2026, 11, 9), date(2026, 11, 11), "双11")])
    )
    return collaborations.save_collaboration(
        CollaborationRecord(brand_id=brand, kol_id=kol, title="双11 口红", stage=Stage.CONTRACTED,
                            requested_fee=Decimal(9000), agreed_fee=Decimal(9000), start_on=date(2026, 11, 1),
                            end_on=date(2026, 11, 20), exclusivity_category="口红", exclusivity_days_after=5,
                            deliverables=[DeliverableRecord("Douyin", due_on=date(2026, 11, 10))]),
        confirmed_conflicts=True,
    )  # fmt: skip


def test_a_month_is_six_weeks_from_a_monday() -> None:
    days = calendar.month_grid(2026, 11)
    assert days[0] == date(2026, 10, 26) and days[0].weekday() == 0 and len(days) == 42
    assert days[-1] == date(2026, 12, 6)


def test_the_month_holds_deliverables_blackouts_festivals_and_windows(deal) -> None:
    found = calendar.month_entries(2026, 11)
    kinds = {day: sorted(entry.kind for entry in entries) for day, entries in found.items()}
    assert kinds[date(2026, 11, 10)] == ["blackout", "deliverable", "window"]
    assert any(e.text.startswith("Double 11") for e in found[date(2026, 11, 11)])
    assert "blackout" in kinds[date(2026, 11, 9)] and "blackout" not in kinds.get(date(2026, 11, 12), [])
    assert "window" in kinds[date(2026, 11, 25)] and "window" not in kinds.get(date(2026, 11, 26), [])
    assert any(e.kind == "festival" for e in calendar.month_entries(2026, 9).get(date(2026, 9, 25), []))
    (item,) = [e for e in found[date(2026, 11, 10)] if e.kind == "deliverable"]
    assert item.text == "小鹿 · Douyin · 双11 口红" and item.collaboration_id == deal


def test_moving_a_deliverable_says_when_it_falls_after_the_deal(deal) -> None:
    item = collaborations.get_collaboration(deal).deliverables[0].id or 0
    assert deliverables.reschedule(item, date(2026, 11, 12)) == []
    assert collaborations.get_collaboration(deal).deliverables[0].due_on == date(2026, 11, 12)
    (warning,) = deliverables.reschedule(item, date(2026, 11, 28))
    assert "after the deal ends" in warning
