"""The demo database shows every stage and each practice the seeds teach, built through the real services."""

from __future__ import annotations

from kolcrm.core.collaborations import deliverables
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.fee_policy import paid_as_asked
from kolcrm.core.collaborations.list_query import DealFilter, list_deals
from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.vocabulary import Stage


def test_demo_deals_cover_every_stage_and_the_seed_practices(any_db):
    populate_demo(40, seed=3)
    rows = list_deals()
    assert {row.stage for row in rows} == set(Stage)
    records = [collaborations.get_collaboration(row.id) for row in rows]
    paid_first = [
        r
        for r in records
        if r.is_first and r.stage is Stage.COMPLETED and paid_as_asked(r) and not r.kol_offered_discount
    ]
    assert paid_first and paid_first[0].paid_total == paid_first[0].requested_fee
    offered = [r for r in records if not r.is_first and r.kol_offered_discount]
    assert offered and offered[0].agreed_fee < offered[0].requested_fee
    assert list_deals(DealFilter(overdue_only=True))
    assert any(deliverables.compliance_warnings(row.id) for row in rows)


def test_demo_adds_deals_only_once(any_db):
    populate_demo(20, seed=1)
    before = len(list_deals())
    populate_demo(20, seed=2)
    assert len(list_deals()) == before == 11


def test_the_demo_holds_one_exclusivity_conflict(any_db):
    from kolcrm.core import clock
    from kolcrm.core.collaborations.conflicts import ConflictKind, current_conflicts

    populate_demo(40, seed=3)
    (conflict,) = current_conflicts(clock.today())
    assert conflict.shared == "skincare" and conflict.kind in (ConflictKind.IN_WINDOW, ConflictKind.COVERS)
    assert {conflict.deal.title, conflict.other.title} == {"直播专场 Live-stream special", "运动防晒 Sport sunscreen"}


def test_the_demo_has_outreach_in_every_stage_and_one_follow_up_due(any_db):
    from kolcrm.core import clock
    from kolcrm.core.kols import outreach
    from kolcrm.core.vocabulary.outreach import OutreachStage

    populate_demo(40, seed=3)
    counts = outreach.stage_counts()
    assert all(counts[stage] >= 1 for stage in OutreachStage)
    (due,) = outreach.follow_ups(clock.today())
    assert due.touches == 1


def test_the_demo_has_a_ghosting_case(any_db):
    from kolcrm.core import clock
    from kolcrm.core.care.fulfilment import ghosted_items

    populate_demo(40, seed=3)
    (ghosted,) = ghosted_items(clock.today())
    assert ghosted[0].description.startswith("口红试色装")
