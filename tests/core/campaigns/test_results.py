"""Results after publishing, computed by hand: engagement rate, CPM, CPE, cost per conversion, ROI, KPI actuals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.campaigns import metrics, results
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.kpis import kpi_progress
from kolcrm.core.campaigns.records import CampaignRecord, KpiRecord, MetricCapture
from kolcrm.core.campaigns.results import Results
from kolcrm.core.care import reminders
from kolcrm.core.collaborations import deliverables
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import service as kols
from kolcrm.core.kols import value
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.vocabulary import ApprovalState, Goal, ReminderKind

TODAY = date.today()


@pytest.fixture
def published(any_db) -> tuple[int, int, int]:
    """A deal of ¥30,000 + 10 % service fee (true cost ¥33,000) with two posts (quantities 2 and 1), one published."""
    kol = kols.save_kol(KolRecord(display_name="李佳琦"))
    brand = brands.save_brand(BrandRecord(name="花西子"))
    deal = collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title="春季口红",
            requested_fee=Decimal(30000),
            agreed_fee=Decimal(30000),
            service_fee_pct=Decimal(10),
            deliverables=[DeliverableRecord(platform="Douyin", quantity=2), DeliverableRecord(platform="Weibo")],
        )
    )
    item = collaborations.get_collaboration(deal).deliverables[0].id
    deliverables.review_step(item, ApprovalState.SUBMITTED)
    deliverables.review_step(item, ApprovalState.APPROVED)
    deliverables.set_disclosure(item, True, "广告")
    deliverables.publish(item, TODAY - timedelta(days=7))
    return brand, deal, item


def capture(item: int, **figures) -> None:
    metrics.add_capture(MetricCapture(deliverable_id=item, captured_on=TODAY, **figures))


def test_ratios_by_hand(published):
    _brand, deal, item = published
    capture(
        item,
        views=120_000,
        reach=80_000,
        likes=5_000,
        comments=300,
        shares=200,
        saves=900,
        conversions=150,
        sales=Decimal(45_000),
    )
    post = results.deliverable_results(deal)[item]
    assert post.cost == Decimal("22000.00")  # two thirds of ¥33,000
    assert post.engagement_rate == Decimal("8.00")  # 6,400 / 80,000
    assert post.cpm == Decimal("183.33")  # 22,000 × 1,000 / 120,000
    assert post.cpe == Decimal("3.44")  # 22,000 / 6,400
    assert post.cost_per_conversion == Decimal("146.67")
    assert post.roi == Decimal("1.0455")  # (45,000 − 22,000) / 22,000
    whole = results.deal_results(deal)
    assert whole.cost == Decimal("33000.00") and whole.roi == Decimal("0.3636")


def test_missing_and_zero_figures_give_no_number_not_an_error(published):
    _brand, deal, item = published
    unmeasured = results.deal_results(deal)
    assert (unmeasured.cpm, unmeasured.roi, unmeasured.engagement_rate) == (None, None, None)
    capture(item, likes=10)
    zero = results.deal_results(deal)
    assert zero.cpm is None and zero.cost_per_conversion is None
    assert zero.roi == Decimal("-1.0000"), "measured, nothing sold: the whole cost is lost"
    assert Results(Decimal(0), views=10, measured=True).roi is None, "zero cost: ROI cannot be said"


def test_the_latest_capture_counts_and_every_capture_is_kept(published):
    _brand, deal, item = published
    metrics.add_capture(MetricCapture(item, TODAY - timedelta(days=14), views=1_000))
    metrics.add_capture(MetricCapture(item, TODAY, views=3_000))
    assert [c.views for c in metrics.captures(item)] == [1_000, 3_000]
    assert results.deal_results(deal).views == 3_000


def test_captures_are_checked(published):
    _brand, deal, item = published
    unpublished = collaborations.get_collaboration(deal).deliverables[1].id
    with pytest.raises(ValidationError, match="published deliverable"):
        metrics.add_capture(MetricCapture(unpublished, TODAY, views=1))
    with pytest.raises(ValidationError, match="future"):
        metrics.add_capture(MetricCapture(item, TODAY + timedelta(days=1), views=1))
    with pytest.raises(ValidationError, match="zero or more"):
        metrics.add_capture(MetricCapture(item, TODAY, views=-5))


def test_kpi_actuals_and_variance(published):
    brand, deal, item = published
    record = CampaignRecord(brand_id=brand, name="新品", goal=Goal.PRODUCT, kpis=[
        KpiRecord("sales", Decimal(60_000), "CNY"), KpiRecord("product_mentions", Decimal(100), manual_actual=Decimal(120)),
    ])  # fmt: skip
    campaign = campaigns.save_campaign(record)
    campaigns.set_campaign(deal, campaign)
    capture(item, views=1, sales=Decimal(45_000))
    sales, mentions = kpi_progress(campaigns.get_campaign(campaign))
    assert (sales.actual, sales.variance, sales.counted) == (Decimal(45_000), Decimal(-15_000), True)
    assert sales.progress == pytest.approx(0.75)
    assert (mentions.actual, mentions.variance, mentions.counted) == (Decimal(120), Decimal(20), False)


def test_results_are_due_at_t_plus_7_and_21(published):
    _brand, _deal, item = published
    reminders.refresh(TODAY)
    due = [r.subject for r in reminders.due(TODAY, 0) if r.kind is ReminderKind.METRICS]
    assert due == ["Capture the T+7 results of 李佳琦's Douyin post for “春季口红”"]
    capture(item, views=5)
    reminders.refresh(TODAY)
    assert [r for r in reminders.due(TODAY, 0) if r.kind is ReminderKind.METRICS] == []


def test_value_estimate_by_hand(any_db):
    kol = kols.save_kol(KolRecord(display_name="Douyin Dora", accounts=[AccountRecord(
        "Douyin", "dora", followers=1_000_000, engagement_rate=3.0,
        rate_card=[RateCardItem("Video 21–60 s", Decimal(40_000))])]))  # fmt: skip
    brand = brands.save_brand(BrandRecord(name="Stride"))
    from kolcrm.core.store.db import database

    database.execute_sql("UPDATE brand SET average_order_value = '299' WHERE id = ?", (brand,))
    estimate = value.value_estimate(kol, brand)
    assert (estimate.expected_reach, estimate.expected_engagements) == (200_000, 6_000)  # 20 % reach on Douyin
    assert (estimate.cpm, estimate.cpe, estimate.break_even_conversions) == (Decimal("200.00"), Decimal("6.67"), 134)
    assert value.value_estimate(kols.save_kol(KolRecord(display_name="No accounts"))) is None


def test_totals_never_add_up_two_currencies_and_leave_out_trashed_kols(published):
    from kolcrm.core.kols import trash

    brand, deal, item = published
    capture(item, views=1_000, likes=100, comments=50, shares=10, saves=40)
    other_kol = kols.save_kol(KolRecord(display_name="Dollar Dan"))
    usd = collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=other_kol,
            title="US launch",
            currency="USD",
            requested_fee=Decimal(5_000),
            agreed_fee=Decimal(5_000),
        )
    )
    campaign = campaigns.save_campaign(
        CampaignRecord(brand_id=brand, name="混合", goal=Goal.IMAGE_SHIFT, kpis=[KpiRecord("likes_and_reposts")])
    )
    campaigns.set_campaign(deal, campaign)
    campaigns.set_campaign(usd, campaign)
    outcome = results.campaign_results(campaign)
    assert (outcome.currency, outcome.cost, outcome.other_currency_deals) == ("CNY", Decimal("33000.00"), 1)
    [likes] = kpi_progress(campaigns.get_campaign(campaign))
    assert likes.actual == 110, "likes + reposts, not every engagement"
    trash.trash_kols([collaborations.get_collaboration(deal).kol_id])
    assert results.campaign_results(campaign).cost == 0


def test_a_blank_field_in_a_newer_capture_keeps_the_last_value(published):
    _brand, deal, item = published
    metrics.add_capture(MetricCapture(item, TODAY - timedelta(days=3), store_visits=3_000))
    metrics.add_capture(MetricCapture(item, TODAY, sales=Decimal(500)))
    outcome = results.deal_results(deal)
    assert (outcome.store_visits, outcome.sales) == (3_000, Decimal(500))


def test_metrics_import_refuses_sales_in_another_currency(published, tmp_path):
    from kolcrm.exchange.imports.metrics import plan_import, write_captures
    from kolcrm.exchange.imports.reading import read_table

    brand, deal, item = published
    campaign = campaigns.save_campaign(CampaignRecord(brand_id=brand, name="导入", goal=Goal.PRODUCT))
    campaigns.set_campaign(deal, campaign)
    csv_file = tmp_path / "results.csv"
    csv_file.write_text(
        f"deliverable,captured_on,播放量,销售额\n{item},{TODAY},1000,$5000\n{item},{TODAY},1200,¥800\n",
        encoding="utf-8",
    )
    plan = plan_import(read_table(csv_file), campaign)
    assert [(p.line, p.column) for p in plan.problems] == [(2, "销售额")]
    assert "USD" in plan.problems[0].reason
    write_captures([capture for _line, capture in plan.good])
    assert [(c.views, c.sales) for c in metrics.captures(item)] == [(1200, Decimal(800))]
