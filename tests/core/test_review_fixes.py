"""Bugs found in review, each pinned by the behaviour a user would have seen."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kolcrm.contracts import service
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.records import CampaignRecord
from kolcrm.core.care import gifts, health, reminders
from kolcrm.core.care.records import GiftRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.vocabulary import GiftKind, Goal, Occasion, ReminderKind, Stage

TODAY = date.today()


@pytest.fixture
def deal(db) -> int:
    kol = kols.save_kol(KolRecord(display_name="李佳琦"))
    brand = brands.save_brand(BrandRecord(name="花西子"))
    return collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title="春季口红",
            requested_fee=Decimal(30000),
            agreed_fee=Decimal(30000),
            start_on=TODAY,
            end_on=TODAY + timedelta(days=30),
            deliverables=[DeliverableRecord(platform="Douyin")],
            payments=[
                PaymentRecord(Decimal(10000), TODAY - timedelta(days=2)),
                PaymentRecord(Decimal(20000), TODAY + timedelta(days=20)),
            ],
        )
    )


def test_saving_a_deal_keeps_its_payments_so_a_closed_reminder_stays_closed(deal):
    reminders.refresh(TODAY)
    [overdue] = [r for r in reminders.due(TODAY, 0) if r.kind is ReminderKind.PAYMENT]
    reminders.mark_done(overdue.id)
    record = collaborations.get_collaboration(deal)
    ids = [p.id for p in record.payments]
    record.notes = "edited"
    collaborations.save_collaboration(record)
    assert [p.id for p in collaborations.get_collaboration(deal).payments] == ids
    reminders.refresh(TODAY)
    assert [r for r in reminders.due(TODAY, 0) if r.kind is ReminderKind.PAYMENT] == []


def test_a_payment_cannot_be_saved_as_paid_in_the_future(deal):
    record = collaborations.get_collaboration(deal)
    record.payments[1].paid_on = TODAY + timedelta(days=60)
    with pytest.raises(ValidationError, match="future date"):
        collaborations.save_collaboration(record)


def test_a_contract_is_not_drafted_while_the_schedule_misses_the_fee(deal):
    record = collaborations.get_collaboration(deal)
    record.payments = record.payments[:1]
    collaborations.save_collaboration(record)
    with pytest.raises(ValidationError, match="adds up to ¥10,000, not the agreed fee ¥30,000"):
        service.contract_data(deal)


def test_a_planned_gift_is_not_yet_a_thank_you(deal):
    kol = collaborations.get_collaboration(deal).kol_id
    gifts.save_gift(
        GiftRecord(
            kol,
            GiftKind.GIFT,
            Occasion.AFTER_COLLABORATION,
            "花",
            planned_on=TODAY + timedelta(days=30),
            collaboration_id=deal,
        )
    )
    from kolcrm.core.store.db import database

    database.execute_sql("UPDATE collaboration SET stage = 'completed' WHERE id = ?", (deal,))
    database.execute_sql(
        "INSERT INTO stage_change (collaboration_id, from_stage, to_stage, changed_at) VALUES (?, 'published', 'completed', ?)",
        (deal, (TODAY - timedelta(days=10)).isoformat() + "T12:00:00+00:00"),
    )
    reminders.refresh(TODAY)
    assert any(r.kind is ReminderKind.THANK_YOU for r in reminders.due(TODAY, 0))
    assert health.health_score(kol, TODAY).parts[1].points == 0


def test_reopening_a_cancelled_deal_records_where_it_came_from(deal):
    collaborations.move_stage(deal, Stage.CANCELLED)
    collaborations.move_stage(deal, Stage.PROSPECT)
    assert collaborations.stage_history(deal)[-1][1:] == ("cancelled", "prospect")


def test_a_brand_with_campaigns_is_refused_with_a_message(db):
    brand = brands.save_brand(BrandRecord(name="Only campaigns"))
    campaigns.save_campaign(CampaignRecord(brand_id=brand, name="x", goal=Goal.AWARENESS))
    with pytest.raises(ValidationError, match="campaigns"):
        brands.delete_brand(brand)


def test_a_deal_in_a_campaign_travels_in_a_handover_package(deal, tmp_path):
    from kolcrm.core.store.db import close_database, database, open_database
    from kolcrm.exchange.handover.service import export_handover, import_handover

    brand = collaborations.get_collaboration(deal).brand_id
    campaigns.set_campaign(
        deal, campaigns.save_campaign(CampaignRecord(brand_id=brand, name="春季", goal=Goal.PRODUCT))
    )
    package = tmp_path / "book.kolcrm-handover"
    export_handover(package)
    close_database()
    open_database(tmp_path / "other.db")
    import_handover(package)
    # Since package format 2 the campaign travels too, and the deal arrives in it (issue 14, problem 7).
    rows = database.execute_sql(
        "SELECT k.title, c.name FROM collaboration k LEFT JOIN campaign c ON c.id = k.campaign_id"
    ).fetchall()
    assert rows == [("春季口红", "春季")]
