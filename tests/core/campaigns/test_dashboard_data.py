"""The dashboard's figures against hand-computed expectations: spend by month, ROI by KOL, fee points, KPI progress."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.campaigns import dashboard as dashboard_data
from kolcrm.core.campaigns.dashboard import CampaignKpis, FeePoint, KpiBar, MonthSpend
from kolcrm.core.campaigns.records import CampaignRecord, KpiRecord
from kolcrm.core.campaigns.service import save_campaign
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id
from kolcrm.core.vocabulary import CampaignStatus, Goal

NOW = "2026-01-01T00:00:00+00:00"


def kol(name: str, engagement: float = 2.5) -> int:
    account = AccountRecord(platform="Douyin", handle=name, followers=50_000, engagement_rate=engagement)
    return save_kol(KolRecord(display_name=name, accounts=[account]))


def deal(brand: int, kol_id: int, fee: str | None, currency: str = "CNY", stage: str = "published", **extra) -> int:
    columns = {"brand_id": brand, "kol_id": kol_id, "title": "deal", "stage": stage, "agreed_fee": fee,
               "currency": currency, "created_at": NOW, "updated_at": NOW, **extra}  # fmt: skip
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    return insert_returning_id(f"INSERT INTO collaboration ({names}) VALUES ({marks})", list(columns.values()))


def pay(deal_id: int, amount: str, paid_on: str | None) -> None:
    database.execute_sql(
        "INSERT INTO payment (collaboration_id, amount, paid_on) VALUES (?, ?, ?)", (deal_id, amount, paid_on)
    )


def capture(deal_id: int, sales: str, views: int = 10_000) -> None:
    deliverable = insert_returning_id(
        "INSERT INTO deliverable (collaboration_id, platform, content_type) VALUES (?, 'Douyin', 'short_video')",
        (deal_id,),
    )
    database.execute_sql(
        "INSERT INTO metric_capture (deliverable_id, captured_on, views, likes, sales, created_at)"
        " VALUES (?, '2026-10-10', ?, 100, ?, ?)",
        (deliverable, views, sales, NOW),
    )


@pytest.fixture
def brand(any_db) -> int:
    return save_brand(BrandRecord(name="岚山"))


def test_empty_database_gives_empty_charts(any_db):
    assert dashboard_data.spend_by_month() == []
    assert dashboard_data.roi_by_kol() == []
    assert dashboard_data.engagement_vs_fee() == []
    assert dashboard_data.campaign_kpi_progress() == []


def test_spend_sums_paid_payments_per_month_and_currency(brand):
    a = kol("阿")
    cny = deal(brand, a, "40000")
    pay(cny, "15000", "2026-09-28")
    pay(cny, "15000", "2026-10-03")
    pay(cny, "5000", None)  # not paid yet: not spent
    pay(deal(brand, a, "1000.50", currency="USD"), "1000.50", "2026-10-15")
    pay(deal(brand, a, "999", deleted_at=NOW), "999", "2026-10-01")  # in the trash
    pay(deal(brand, a, "2500.25"), "2500.25", "2026-10-30")
    assert dashboard_data.spend_by_month() == [
        MonthSpend("2026-09", "CNY", Decimal("15000")),
        MonthSpend("2026-10", "CNY", Decimal("17500.25")),
        MonthSpend("2026-10", "USD", Decimal("1000.50")),
    ]


def test_roi_ranks_measured_kols_and_leaves_out_what_cannot_be_computed(brand):
    good, poor, unmeasured, free, cancelled = (kol(n) for n in ("好", "差", "未测", "免费", "取消"))
    capture(deal(brand, good, "10000"), sales="25000")  # (25,000 − 10,000) / 10,000 = 1.5
    capture(deal(brand, poor, "20000"), sales="10000")  # (10,000 − 20,000) / 20,000 = −0.5
    deal(brand, unmeasured, "5000")  # no capture: no ROI
    capture(deal(brand, free, None), sales="900")  # no cost: ROI undefined
    capture(deal(brand, cancelled, "1000", stage="cancelled"), sales="99999")
    ranked = dashboard_data.roi_by_kol()
    assert [(row.name, row.roi, row.cost, row.sales) for row in ranked] == [
        ("好", Decimal("1.5"), Decimal("10000"), Decimal("25000")),
        ("差", Decimal("-0.5"), Decimal("20000"), Decimal("10000")),
    ]
    assert [row.name for row in dashboard_data.roi_by_kol(limit=1)] == ["好"]


def test_fee_points_take_the_main_accounts_engagement_and_each_agreed_fee(brand):
    a, b = kol("阿", engagement=3.2), kol("贝", engagement=1.1)
    deal(brand, a, "8000")
    deal(brand, a, "12000", currency="USD")
    deal(brand, b, "30000")
    deal(brand, b, None)  # no agreed fee yet
    deal(brand, b, "500", stage="cancelled")
    no_account = save_kol(KolRecord(display_name="无号"))
    deal(brand, no_account, "100")  # no account: no engagement to plot
    assert dashboard_data.engagement_vs_fee() == [
        FeePoint(a, "阿", 3.2, Decimal("8000"), "CNY"),
        FeePoint(a, "阿", 3.2, Decimal("12000"), "USD"),
        FeePoint(b, "贝", 1.1, Decimal("30000"), "CNY"),
    ]


def test_kpi_progress_covers_planned_and_launched_campaigns_only(brand):
    a = kol("阿")
    measured = deal(brand, a, "10000")
    capture(measured, sales="25000", views=8000)
    kpis = [
        KpiRecord("sales", target=Decimal(50000)),  # counted: 25,000 of 50,000 = 50 %
        KpiRecord("brand_mentions", target=Decimal(80), manual_actual=Decimal(100)),  # by hand: 125 %
        KpiRecord("views", target=Decimal(3)),  # measured per campaign: 8,000 / 3 = 266,666.7 %
        KpiRecord("product_mentions", target=Decimal(10)),  # not entered yet
    ]
    planned = save_campaign(CampaignRecord(brand, "春季 Spring", Goal.PRODUCT, kpis=kpis))
    database.execute_sql("UPDATE collaboration SET campaign_id = ? WHERE id = ?", (planned, measured))
    launched = save_campaign(
        CampaignRecord(brand, "Launched", Goal.AWARENESS, status=CampaignStatus.LAUNCHED,
                       kpis=[KpiRecord("reach", target=Decimal(100))]),
        confirmed_unready=True,
    )  # fmt: skip
    save_campaign(CampaignRecord(brand, "Done", Goal.PRODUCT, status=CampaignStatus.COMPLETED, kpis=kpis))
    save_campaign(CampaignRecord(brand, "No KPIs", Goal.PRODUCT))
    progress = {row.campaign_id: row for row in dashboard_data.campaign_kpi_progress()}
    assert set(progress) == {planned, launched}
    assert progress[planned] == CampaignKpis(
        planned,
        "春季 Spring",
        (
            KpiBar("Sales", 50.0),
            KpiBar("Brand mentions", 125.0),
            KpiBar("Views", 266666.7),
            KpiBar("Product mentions", None),
        ),
    )
    assert progress[launched].kpis == (KpiBar("Reach", None),)  # no deals measured yet
