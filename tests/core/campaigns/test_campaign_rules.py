"""Campaign rules through the demo and by hand: the formulas, the launch gate, alignment, KPI proposals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kolcrm.core.campaigns import metrics
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.kpis import kpi_progress
from kolcrm.core.campaigns.records import BrandPostRecord, CampaignRecord, ReadinessItem
from kolcrm.core.campaigns.results import Results, campaign_results
from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.vocabulary import CampaignStatus, Goal, Platform


def _by_goal() -> dict[Goal, CampaignRecord]:
    return {record.goal: record for record in campaigns.list_campaigns()}


def test_hand_computed_results():
    results = Results(Decimal(30000), views=120000, reach=80000, engagements=6400, sales=Decimal(45000), measured=True)
    assert results.cpm == Decimal("250.00")  # 30,000 × 1000 / 120,000
    assert results.cpe == Decimal("4.69")  # 30,000 / 6,400 = 4.6875
    assert results.roi == Decimal("0.5000")  # (45,000 − 30,000) / 30,000
    assert results.engagement_rate == Decimal("8.00")  # 6,400 / 80,000 in percent
    assert results.cost_per_conversion is None  # no conversions: no division
    assert Results(Decimal(30000), views=0, measured=True).cpm is None
    assert Results(Decimal(0), sales=Decimal(100), measured=True).roi is None
    assert Results(Decimal(30000), views=120000).cpm is None, "nothing captured: nothing to compute"


def test_demo_has_one_campaign_per_goal_with_kpi_targets_deals_and_captures(any_db):
    populate_demo(20)
    by_goal = _by_goal()
    assert set(by_goal) == set(Goal)
    for record in by_goal.values():
        assert record.kpis and record.kpis[0].target is not None
        assert campaigns.campaign_deal_ids(record.id or 0)
    awareness = by_goal[Goal.AWARENESS]
    results = campaign_results(awareness.id or 0)
    assert (results.cost, results.views, results.engagements) == (Decimal("30000.00"), 120000, 6400)
    assert (results.cpm, results.cpe, results.roi) == (Decimal("250.00"), Decimal("4.69"), Decimal("0.5000"))
    deal = campaigns.campaign_deal_ids(awareness.id or 0)[0]
    from kolcrm.core.collaborations.service import get_collaboration

    published = get_collaboration(deal).deliverables[0]
    kept = metrics.captures(published.id or 0)
    assert [c.captured_on - (published.published_on or date.min) for c in kept] == [
        timedelta(days=7),
        timedelta(days=21),
    ], "both the T+7 and the T+21 capture are kept"
    interactions = next(p for p in kpi_progress(awareness) if p.kpi.metric == "interactions")
    assert (interactions.actual, interactions.variance) == (Decimal(6400), Decimal(-1600))


def test_demo_shows_the_alignment_warning_and_an_unfinished_checklist(any_db):
    populate_demo(20)
    by_goal = _by_goal()
    assert campaigns.alignment_warnings(by_goal[Goal.PRODUCT])
    assert not campaigns.alignment_warnings(by_goal[Goal.AWARENESS])
    unfinished = [r for r in by_goal.values() if any(not item.done for item in r.readiness)]
    assert [r.status for r in unfinished] == [CampaignStatus.PLANNED]


def _unready_sales_campaign() -> CampaignRecord:
    """The demo's sales campaign, back to planned with its checklist unticked."""
    record = _by_goal()[Goal.PRODUCT]
    record.status = CampaignStatus.PLANNED
    record.readiness = campaigns.default_readiness()
    campaigns.save_campaign(record)
    return campaigns.get_campaign(record.id or 0)


def test_launch_gate_names_what_is_missing_and_needs_a_confirmation(any_db):
    populate_demo(20)
    record = _unready_sales_campaign()
    record.status = CampaignStatus.LAUNCHED
    with pytest.raises(campaigns.ReadinessIncomplete) as refused:
        campaigns.save_campaign(record)
    assert "Landing page / store ready" in refused.value.missing
    assert "Delivery promise" in str(refused.value)
    assert campaigns.get_campaign(record.id or 0).status == CampaignStatus.PLANNED
    campaigns.save_campaign(record, confirmed_unready=True)
    assert campaigns.get_campaign(record.id or 0).status == CampaignStatus.LAUNCHED


@pytest.mark.parametrize("goal", [Goal.IMAGE_SHIFT, Goal.AWARENESS])
def test_campaigns_that_do_not_sell_launch_without_the_sales_readiness_gate(any_db, goal):
    populate_demo(20)
    record = _by_goal()[goal]
    record.status = CampaignStatus.PLANNED
    record.readiness = campaigns.default_readiness()  # nothing ticked
    campaigns.save_campaign(record)
    assert not campaigns.needs_sales_readiness(goal)
    assert campaigns.readiness_missing(record) == []
    record.status = CampaignStatus.LAUNCHED
    campaigns.save_campaign(record)  # no ReadinessIncomplete, no confirmation needed
    assert campaigns.get_campaign(record.id or 0).status == CampaignStatus.LAUNCHED


def test_only_sales_goals_need_the_readiness_checklist():
    assert campaigns.needs_sales_readiness(Goal.PRODUCT)
    assert {goal for goal in Goal if campaigns.needs_sales_readiness(goal)} == {Goal.PRODUCT}


def test_alignment_warning_needs_a_brand_post_within_the_dates(any_db):
    populate_demo(20)
    brand_id = _by_goal()[Goal.PRODUCT].brand_id
    record = CampaignRecord(brand_id, "Sale", Goal.PRODUCT, start_on=date(2026, 6, 1), end_on=date(2026, 6, 30))
    record.brand_posts = [BrandPostRecord(Platform.WEIBO, date(2026, 7, 2))]
    assert campaigns.alignment_warnings(record), "a post after the campaign does not align it"
    record.brand_posts.append(BrandPostRecord(Platform.WECHAT, date(2026, 6, 10)))
    assert campaigns.alignment_warnings(record) == []
    record.goal, record.brand_posts = Goal.AWARENESS, []
    assert campaigns.alignment_warnings(record) == []


@pytest.mark.parametrize(
    ("goal", "metrics_proposed"),
    [
        (Goal.AWARENESS, ["brand_new_followers", "interactions", "brand_mentions"]),
        (Goal.PRODUCT, ["product_mentions", "store_visits", "sales"]),
        (Goal.IMAGE_SHIFT, ["likes_and_reposts", "comment_notes"]),
    ],
)
def test_kpis_proposed_per_goal(goal, metrics_proposed):
    assert [k.metric for k in campaigns.propose_kpis(goal)] == metrics_proposed


def test_default_readiness_starts_unchecked():
    items = campaigns.default_readiness()
    assert len(items) == 5 and not any(item.done for item in items)
    assert isinstance(items[0], ReadinessItem)


def test_a_campaign_by_hand_keeps_its_kpis_posts_and_checklist_and_gates_its_launch(any_db):
    from kolcrm.core.brands.records import BrandRecord
    from kolcrm.core.brands.service import save_brand
    from kolcrm.core.campaigns.records import KpiRecord

    record = CampaignRecord(
        save_brand(BrandRecord(name="花西子")), "双十一 Singles' Day", Goal.PRODUCT, budget=Decimal("80000.50"),
        start_on=date(2026, 11, 1), end_on=date(2026, 11, 11),
        kpis=[KpiRecord("sales", Decimal(200000), "CNY"), KpiRecord("brand_mentions", manual_actual=Decimal(42))],
        brand_posts=[BrandPostRecord(Platform.WEIBO, date(2026, 11, 2), "预热 teaser")],
        readiness=campaigns.default_readiness(),
    )  # fmt: skip
    record.readiness[0].done = True
    campaign_id = campaigns.save_campaign(record)
    saved = campaigns.get_campaign(campaign_id)
    assert saved.budget == Decimal("80000.50") and saved.start_on == date(2026, 11, 1)
    assert [(k.metric, k.target, k.manual_actual) for k in saved.kpis] == [
        ("sales", Decimal(200000), None),
        ("brand_mentions", None, Decimal(42)),
    ]
    assert [(p.channel, p.planned_on, p.description) for p in saved.brand_posts] == [
        (Platform.WEIBO, date(2026, 11, 2), "预热 teaser")
    ]
    assert [item.done for item in saved.readiness] == [True, False, False, False, False]
    assert campaigns.alignment_warnings(saved) == []
    saved.status = CampaignStatus.LAUNCHED
    with pytest.raises(campaigns.ReadinessIncomplete):
        campaigns.save_campaign(saved)
    campaigns.save_campaign(saved, confirmed_unready=True)
    assert [c.name for c in campaigns.list_campaigns()] == ["双十一 Singles' Day"]
    assert campaigns.get_campaign(campaign_id).status == CampaignStatus.LAUNCHED


def test_the_campaign_list_puts_the_latest_first_and_the_undated_last(any_db):
    from kolcrm.core.brands.records import BrandRecord
    from kolcrm.core.brands.service import save_brand

    brand = save_brand(BrandRecord(name="花西子"))
    for name, start in (("undated", None), ("spring", date(2026, 3, 1)), ("autumn", date(2026, 9, 1))):
        campaigns.save_campaign(CampaignRecord(brand, name, Goal.AWARENESS, start_on=start))
    assert [c.name for c in campaigns.list_campaigns()] == ["autumn", "spring", "undated"]
