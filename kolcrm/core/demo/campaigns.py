"""Demo campaigns, one per goal, on the demo brands and deals: KPIs, captured results, brand posts, readiness.

The product campaign has no brand post in its window (the alignment warning shows) and the image campaign's
checklist is unfinished (launching it asks first). Built through the same services as the GUI.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kolcrm.core import clock
from kolcrm.core.campaigns import metrics
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.records import BrandPostRecord, CampaignRecord, KpiRecord, MetricCapture, ReadinessItem
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import CampaignStatus, Goal, Platform


def add_demo_campaigns(today: date | None = None) -> int:
    """Returns how many campaigns were added (none without the demo deals)."""
    today = today or clock.today()
    deals = dict(database.execute_sql("SELECT title, id FROM collaboration WHERE deleted_at IS NULL").fetchall())
    brand_ids = [row[0] for row in database.execute_sql("SELECT id FROM brand ORDER BY id LIMIT 2")]
    if len(brand_ids) < 2 or not deals:
        return 0
    skin, sport = brand_ids

    def d(days: int) -> date:
        return today + timedelta(days=days)

    def deal(prefix: str) -> int | None:
        return next((cid for title, cid in deals.items() if title.startswith(prefix)), None)

    def done(owner: str) -> list[ReadinessItem]:
        return [ReadinessItem(item.item, owner, True) for item in campaigns.default_readiness()]

    with database.atomic():
        awareness = campaigns.save_campaign(
            CampaignRecord(
                skin, "春季新品声量 Spring serum awareness", Goal.AWARENESS, product="春季精华液 Spring serum",
                start_on=d(-60), end_on=d(-20), budget=Decimal(60000), status=CampaignStatus.COMPLETED,
                kpis=_kpis(Goal.AWARENESS, {"brand_new_followers": ("5000", "4200"), "interactions": ("8000", None),
                                            "brand_mentions": ("300", "340")}),
                brand_posts=[
                    BrandPostRecord(Platform.WEIBO, d(-42), "官微预热：新品成分揭秘", d(-42)),
                    BrandPostRecord(Platform.WECHAT, d(-40), "公众号长文：春季护肤指南", d(-40)),
                    BrandPostRecord(Platform.XIAOHONGSHU, d(-35), "品牌号转发达人笔记", d(-35)),
                ],
                readiness=done("Anna Wu"),
            )
        )  # fmt: skip
        product = campaigns.save_campaign(
            CampaignRecord(
                skin, "防晒季带货 Sunscreen season sales", Goal.PRODUCT, product="清透防晒乳 SPF50",
                start_on=d(-30), end_on=d(20), budget=Decimal(180000), status=CampaignStatus.LAUNCHED,
                kpis=_kpis(Goal.PRODUCT, {"product_mentions": ("500", "180"), "store_visits": ("4000", None),
                                          "sales": ("250000", None)}),
                # The brand's own post comes after the campaign has ended: nothing aligned, the warning shows.
                brand_posts=[BrandPostRecord(Platform.WEIBO, d(24), "官微上新预告 (planned too late)")],
                readiness=done("Kevin Li"),
                notes="天猫旗舰店同步上新 · Tmall flagship store listing live",
            )
        )  # fmt: skip
        readiness = [ReadinessItem(i.item) for i in campaigns.default_readiness()]
        readiness[0].owner, readiness[0].done = "仓库 王强", True
        readiness[4].owner, readiness[4].done = "Anna Wu", True
        readiness[2].owner = "客服主管 Linda"
        image = campaigns.save_campaign(
            CampaignRecord(
                sport, "专业跑者形象 Serious-runner image", Goal.IMAGE_SHIFT, product="Cloud 跑鞋系列",
                start_on=d(-20), end_on=d(25), budget=Decimal(120000),
                kpis=_kpis(Goal.IMAGE_SHIFT, {"likes_and_reposts": ("40000", None)}),
                brand_posts=[
                    BrandPostRecord(Platform.DOUYIN, d(6), "品牌号发布跑者故事短片"),
                    BrandPostRecord(Platform.WEIBO, d(8), "官微话题 #每一公里都算数#"),
                ],
                readiness=readiness,  # incomplete: launching it asks first
            )
        )  # fmt: skip
        for campaign_id, prefixes in (
            (awareness, ("春季精华液",)),
            (product, ("防晒季", "直播专场")),
            (image, ("双11跑鞋", "健身房穿搭")),
        ):
            for prefix in prefixes:
                collaboration_id = deal(prefix)
                if collaboration_id is not None:
                    campaigns.set_campaign(collaboration_id, campaign_id)
        _capture_published(today)
    return 3


def _kpis(goal: Goal, figures: dict[str, tuple[str, str | None]]) -> list[KpiRecord]:
    proposed = campaigns.propose_kpis(goal)
    for kpi in proposed:
        target, actual = figures.get(kpi.metric, (None, None))
        kpi.target = Decimal(target) if target else None
        kpi.manual_actual = Decimal(actual) if actual else None
    if goal == Goal.IMAGE_SHIFT:
        proposed[-1].note = "评论多提到“专业”“缓震”，少提“价格” · comments mention pro, cushioning"
    return proposed


def _capture_published(today: date) -> None:
    """Results at T+7 and T+21 where those days have passed, else today's reading."""
    rows = database.execute_sql(
        "SELECT d.id, d.published_on FROM deliverable d JOIN collaboration c ON c.id = d.collaboration_id"
        " WHERE d.state = 'published' AND c.campaign_id IS NOT NULL ORDER BY d.id"
    ).fetchall()
    for index, (deliverable_id, published) in enumerate(rows):
        published_on = date.fromisoformat(published) if published else today
        days = [n for n in metrics.CAPTURE_DAYS if published_on + timedelta(days=n) <= today] or [
            (today - published_on).days
        ]
        scale = 1 + index  # the deals differ in size
        for n, day in enumerate(days, start=1):
            grown = Decimal(n) / len(days)  # results grow between captures
            metrics.add_capture(
                MetricCapture(
                    deliverable_id, published_on + timedelta(days=day),
                    views=int(120000 * scale * grown), reach=int(80000 * scale * grown),
                    likes=int(4800 * scale * grown), comments=int(900 * scale * grown),
                    shares=int(400 * scale * grown), saves=int(300 * scale * grown),
                    new_followers=int(650 * scale * grown), link_clicks=int(2100 * scale * grown),
                    store_visits=int(1500 * scale * grown), conversions=int(180 * scale * grown),
                    sales=(Decimal(45000) * scale * grown).quantize(Decimal(1)), note=f"T+{day}",
                ),
                today,
            )  # fmt: skip
