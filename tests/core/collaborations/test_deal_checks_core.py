"""What a new user tripped on, in the core: rate card fees, the KOL's own platform, late deliverables,
when a contract may be drafted, and a signed deal's prospect KOL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations import signing, suggestions
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.collaborations.stages import contract_blockers
from kolcrm.core.collaborations.validation import deliverable_warnings, validate_collaboration
from kolcrm.core.kols import rates
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.vocabulary import ContentType, Stage, Status


def _xhs_only_kol() -> int:
    return save_kol(
        KolRecord(
            display_name="小红书达人",
            accounts=[
                AccountRecord(
                    platform="Xiaohongshu",
                    handle="xhs_only",
                    followers=120_000,
                    rate_card=[
                        RateCardItem("Image note", Decimal(8000)),
                        RateCardItem("Video note", Decimal(12000)),
                    ],
                )
            ],
        )
    )


def _deal(kol: int, **fields) -> CollaborationRecord:
    known = [b.id for b in brands.list_brands() if b.name == "花西子"]
    brand = known[0] if known else brands.save_brand(BrandRecord(name="花西子"))
    values = {
        "title": "春季口红",
        "requested_fee": Decimal(8000),
        "agreed_fee": Decimal(8000),
        "start_on": date(2026, 3, 1),
        "end_on": date(2026, 3, 31),
        "deliverables": [DeliverableRecord(platform="Xiaohongshu", content_type=ContentType.IMAGE_POST)],
    }
    values.update(fields)
    return CollaborationRecord(brand_id=brand, kol_id=kol, **values)


def test_the_main_platform_is_the_account_with_most_followers(any_db):
    kol = save_kol(
        KolRecord(
            display_name="两栖达人",
            accounts=[
                AccountRecord(platform="Douyin", handle="dy", followers=5_000),
                AccountRecord(platform="Bilibili", handle="bz", followers=90_000),
            ],
        )
    )
    assert rates.main_platform(kol) == "Bilibili"
    assert suggestions.default_platform(kol) == "Bilibili"
    assert suggestions.default_platform(_xhs_only_kol()) == "Xiaohongshu"
    assert suggestions.default_platform(save_kol(KolRecord(display_name="无账号"))) == "Douyin"


def test_the_rate_that_prices_a_deliverable_is_found_by_platform_and_format(any_db):
    kol = _xhs_only_kol()
    image = rates.rate_for(kol, "Xiaohongshu", ContentType.IMAGE_POST)
    assert image is not None and image.fee == Decimal(8000) and image.currency == "CNY"
    assert rates.rate_for(kol, "Xiaohongshu", ContentType.SHORT_VIDEO).fee == Decimal(12000)
    assert rates.rate_for(kol, "Xiaohongshu", ContentType.LIVE_STREAM) is None, "no line prices a live stream"
    assert rates.rate_for(kol, "Douyin", ContentType.SHORT_VIDEO) is None, "no Douyin account"


def test_the_requested_fee_adds_up_each_deliverable_and_waits_when_a_rate_is_unclear(any_db):
    kol = _xhs_only_kol()
    two_images_and_a_video = [
        DeliverableRecord(platform="Xiaohongshu", content_type=ContentType.IMAGE_POST, quantity=2),
        DeliverableRecord(platform="Xiaohongshu", content_type=ContentType.SHORT_VIDEO),
    ]
    found = suggestions.requested_fee(kol, two_images_and_a_video)
    assert found is not None and found.amount == Decimal(28000) and found.currency == "CNY"
    assert "Image note" in found.source and "× 2" in found.source
    unclear = [DeliverableRecord(platform="Xiaohongshu", content_type=ContentType.LIVE_STREAM)]
    assert suggestions.requested_fee(kol, unclear) is None
    assert suggestions.requested_fee(kol, []) is None


def test_a_deliverable_due_after_the_deal_ends_is_warned_about_not_refused(any_db):
    late = _deal(
        _xhs_only_kol(),
        deliverables=[
            DeliverableRecord(platform="Xiaohongshu", due_on=date(2026, 3, 20)),
            DeliverableRecord(platform="Xiaohongshu", due_on=date(2026, 4, 15)),
        ],
    )
    warnings = deliverable_warnings(late)
    assert [w.field for w in warnings] == ["deliverables[1].due_on"]
    assert "Deliverable 2 is due 2026-04-15, after the deal ends (2026-03-31)" in warnings[0].message
    assert validate_collaboration(late) == [], "a warning, not a refusal: the user may mean it"
    assert collaborations.save_collaboration(late) > 0


def test_a_contract_waits_for_negotiation_and_for_what_it_states(any_db):
    kol = _xhs_only_kol()
    prospect = _deal(kol)
    assert any("Prospect" in reason for reason in contract_blockers(prospect))
    negotiating = _deal(kol, stage=Stage.NEGOTIATING)
    assert contract_blockers(negotiating) == []
    assert contract_blockers(_deal(kol, stage=Stage.CONTRACTED)) == []
    no_dates = _deal(kol, stage=Stage.NEGOTIATING, start_on=None)
    assert contract_blockers(no_dates) == ["a contract needs start and end dates"]
    assert contract_blockers(_deal(kol, stage=Stage.CANCELLED)) == ["the deal is cancelled"]


def test_a_signed_deal_offers_to_make_its_prospect_kol_active(any_db):
    kol = _xhs_only_kol()
    deal_id = collaborations.save_collaboration(_deal(kol, stage=Stage.NEGOTIATING))
    assert signing.kol_to_activate(deal_id) is None, "not signed yet"
    collaborations.move_stage(deal_id, Stage.CONTRACTED)
    waiting = signing.kol_to_activate(deal_id)
    assert waiting is not None and waiting.kol_id == kol and waiting.name == "小红书达人"
    signing.make_active(kol)
    active = get_kol(kol)
    assert active.status is Status.ACTIVE
    assert active.accounts[0].rate_card, "the rest of the KOL is kept as it was"
    assert signing.kol_to_activate(deal_id) is None


@pytest.mark.parametrize("stage", [Stage.CONTRACTED, Stage.IN_PRODUCTION, Stage.PUBLISHED, Stage.COMPLETED])
def test_signed_means_contracted_or_later(stage):
    assert signing.signed(stage)
    assert not signing.signed(Stage.NEGOTIATING) and not signing.signed(Stage.CANCELLED)
