"""Demo collaborations in every stage, built through the same services a user's clicks go through.

They show the practices the seeds teach: a first deal paid as asked, a later one where the KOL offered a
discount, a draft sent back with a note and approved, an overdue payment to chase, and a published post
whose ad label is missing (a compliance warning).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from kolcrm.core import clock
from kolcrm.core.clock import pinned
from kolcrm.core.collaborations import deliverables
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import ApprovalState, ContentType, DealChannel, Platform, Stage


def add_demo_collaborations(today: date | None = None) -> int:
    """Returns how many deals were added (none when there are too few KOLs or no brands)."""
    today = today or clock.today()
    kol_ids = [
        row[0] for row in database.execute_sql("SELECT id FROM kol WHERE deleted_at IS NULL ORDER BY id LIMIT 12")
    ]
    brand_ids = [row[0] for row in database.execute_sql("SELECT id FROM brand ORDER BY id LIMIT 2")]
    if len(kol_ids) < 10 or len(brand_ids) < 2:
        return 0
    skin, sport = brand_ids

    def d(days: int) -> date:
        return today + timedelta(days=days)

    added = 0
    with database.atomic():
        # 1. A first deal, paid exactly as the KOL asked, completed.
        with _at(d(-70)):
            first = _deal(skin, kol_ids[0], "春季精华液种草 Spring serum launch", Stage.IN_PRODUCTION, 30000, 30000, d(-60), d(-20),
                      [_item(Platform.XIAOHONGSHU, ContentType.IMAGE_POST, d(-40), "突出天然成分，不要夸大功效",
                             "用早晚护肤流程来讲，配一段空瓶记录")],
                      [PaymentRecord(Decimal(15000), d(-55), d(-56), "银行转账", "HT-2026-031"),
                       PaymentRecord(Decimal(15000), d(-25), d(-26), "银行转账", "HT-2026-047")])  # fmt: skip
        _review_and_publish(first, reviewer="Anna Wu", ask="请补充成分表截图")
        with _at(d(-40), hour=18):
            collaborations.move_stage(first, Stage.PUBLISHED)
        with _at(d(-20)):
            collaborations.move_stage(first, Stage.COMPLETED)
        # 2. The second deal with the same KOL: the KOL offered a discount of their own accord.
        with _at(d(-3)):
            _deal(skin, kol_ids[0], "秋冬面霜 Autumn cream", Stage.CONTRACTED, 30000, 27000, d(5), d(45),
                       [_item(Platform.XIAOHONGSHU, ContentType.IMAGE_POST, d(20), "秋冬保湿场景", ""),
                        _item(Platform.WEIBO, ContentType.STORY, d(22), "转发笔记", "")],
                       [PaymentRecord(Decimal(13500), d(10)), PaymentRecord(Decimal(13500), d(50))],
                       offered="达人主动提出老客户九折，感谢准时付款")  # fmt: skip
        # 3. An overdue payment to chase, on a deal in production.
        with _at(d(-25)):
            _deal(sport, kol_ids[1], "双11跑鞋测评 Double 11 running shoes", Stage.IN_PRODUCTION, 80000, 80000, d(-20), d(15),
              [_item(Platform.DOUYIN, ContentType.SHORT_VIDEO, d(6), "跑步实测，真实体验", "想拍一条晨跑vlog，从穿鞋到10公里"),
               _item(Platform.DOUYIN, ContentType.LIVE_STREAM, d(12), "直播间挂购物车", "")],
              [PaymentRecord(Decimal(40000), d(-9)), PaymentRecord(Decimal(40000), d(20))],
              channel=DealChannel.DOUYIN_XINGTU, service_fee=Decimal(5))  # fmt: skip
        # 4. Published, but the live post lost its ad label: a compliance warning.
        with _at(d(-35)):
            unlabelled = _deal(skin, kol_ids[2], "防晒季 Sunscreen season", Stage.IN_PRODUCTION, 12000, 12000, d(-30), d(10),
                           [_item(Platform.XIAOHONGSHU, ContentType.IMAGE_POST, d(-5), "户外防晒场景", "露营日记")],
                           [PaymentRecord(Decimal(6000), d(-25), d(-26), "支付宝"), PaymentRecord(Decimal(6000), d(15))],
                           channel=DealChannel.XIAOHONGSHU_PUGONGYING, service_fee=Decimal(10))  # fmt: skip
        _review_and_publish(unlabelled, reviewer="Anna Wu")
        with _at(d(-5), hour=18):
            collaborations.move_stage(unlabelled, Stage.PUBLISHED)
        deliverable = collaborations.get_collaboration(unlabelled).deliverables[0].id or 0
        deliverables.set_disclosure(deliverable, False, "广告")  # the account manager checked: no label on the post
        # 5. Earlier stages, one deal each, and a cancelled one.
        with _at(d(-2)):
            _deal(sport, kol_ids[3], "Yoga week 瑜伽周", Stage.PROSPECT, None, None, None, None, [], [])
        with _at(d(-7)):
            _deal(sport, kol_ids[4], "Marathon season vlog", Stage.CONTACTED, 20000, None, None, None, [], [])
        with _at(d(-12)):
            _deal(skin, kol_ids[5], "敏感肌修护 Sensitive-skin repair", Stage.NEGOTIATING, 45000, None, d(14), d(60),
              [_item(Platform.BILIBILI, ContentType.SHORT_VIDEO, d(40), "成分科普", "")], [])  # fmt: skip
        with _at(d(-15)):
            _deal(skin, kol_ids[6], "直播专场 Live-stream special", Stage.CONTRACTED, 150000, 150000, d(10), d(11),
              [_item(Platform.TAOBAO_LIVE, ContentType.LIVE_STREAM, d(10), "专场直播，坑位费+佣金", "")],
              [PaymentRecord(Decimal(75000), d(3)), PaymentRecord(Decimal(75000), d(25))],
              channel=DealChannel.AGENCY, service_fee=Decimal(8), rebate=Decimal(3))  # fmt: skip
        # 5b. A sports brand's sunscreen post inside that deal's skincare exclusivity: the conflict the check names
        # (saved over the warning, as a manager who plans to ask 岚山 for a waiver would).
        with _at(d(-5)):
            _deal(sport, kol_ids[6], "运动防晒 Sport sunscreen", Stage.NEGOTIATING, 20000, None, d(20), d(30),
              [_item(Platform.XIAOHONGSHU, ContentType.IMAGE_POST, d(25), "户外跑步场景", "")], [],
              category="防晒 skincare")  # fmt: skip
        with _at(d(-30)):
            _deal(sport, kol_ids[7], "Trail running collab", Stage.CANCELLED, 18000, 18000, None, None, [], [])
        # 6. A draft under review: the brief leaves room for the KOL's own idea.
        with _at(d(-14)):
            in_review = _deal(sport, kol_ids[8], "健身房穿搭 Gym outfits", Stage.IN_PRODUCTION, 25000, 25000, d(-10), d(20),
                          [_item(Platform.XIAOHONGSHU, ContentType.IMAGE_POST, d(4), "三套穿搭，突出面料", "拍“一周健身穿搭”合集")],
                          [PaymentRecord(Decimal(25000), d(25))])  # fmt: skip
        deliverable = collaborations.get_collaboration(in_review).deliverables[0].id or 0
        with _at(d(-3)):
            deliverables.review_step(deliverable, ApprovalState.SUBMITTED, "KOL")
        with _at(d(-2)):
            deliverables.review_step(
                deliverable, ApprovalState.CHANGES_REQUESTED, "Anna Wu", "第二套换成新款，注明面料成分"
            )
        with _at(d(-1)):
            deliverables.review_step(deliverable, ApprovalState.SUBMITTED, "KOL")
        added = 11
    return added


def _item(platform: Platform, content_type: ContentType, due: date, brief: str, idea: str) -> DeliverableRecord:
    return DeliverableRecord(platform=platform, content_type=content_type, due_on=due, brief=brief, kol_idea=idea)


def _deal(
    brand_id: int,
    kol_id: int,
    title: str,
    stage: Stage,
    requested: int | None,
    agreed: int | None,
    start: date | None,
    end: date | None,
    items: list[DeliverableRecord],
    schedule: list[PaymentRecord],
    offered: str = "",
    channel: DealChannel = DealChannel.DIRECT,
    service_fee: Decimal = Decimal(0),
    rebate: Decimal = Decimal(0),
    category: str | None = None,
) -> int:
    record = CollaborationRecord(
        brand_id=brand_id,
        kol_id=kol_id,
        title=title,
        stage=stage,
        start_on=start,
        end_on=end,
        requested_fee=Decimal(requested) if requested is not None else None,
        agreed_fee=Decimal(agreed) if agreed is not None else None,
        kol_offered_discount=bool(offered),
        discount_note=offered,
        deliverables=items,
        payments=schedule,
        channel=channel,
        service_fee_pct=service_fee,
        rebate_pct=rebate,
        exclusivity_category=category or ("同类护肤品 skincare" if brand_id % 2 else "运动鞋服 sportswear"),
        exclusivity_days_before=15,
        exclusivity_days_after=30,
        usage_rights="品牌官方微博、微信、天猫旗舰店 · brand's own channels",
        usage_rights_months=6,
        payment_terms="50% 签约后，50% 发布后 · 50% on signing, 50% on publication",
    )
    return collaborations.save_collaboration(record, confirmed_conflicts=True)


def _review_and_publish(collaboration_id: int, reviewer: str, ask: str = "") -> None:
    """Review each post over the days before it is due, then publish it on its due date."""
    for item in collaborations.get_collaboration(collaboration_id).deliverables:
        deliverable, due = item.id or 0, item.due_on or clock.today()
        with _at(due - timedelta(days=6)):
            deliverables.review_step(deliverable, ApprovalState.SUBMITTED, "KOL")
        if ask:
            with _at(due - timedelta(days=5)):
                deliverables.review_step(deliverable, ApprovalState.CHANGES_REQUESTED, reviewer, ask)
            with _at(due - timedelta(days=4)):
                deliverables.review_step(deliverable, ApprovalState.SUBMITTED, "KOL")
        with _at(due - timedelta(days=2)):
            deliverables.review_step(deliverable, ApprovalState.APPROVED, reviewer)
        with _at(due, hour=12):
            deliverables.set_disclosure(deliverable, True, "广告")
            deliverables.publish(deliverable, due, f"https://www.xiaohongshu.com/explore/{deliverable:08d}")


def _at(day: date, hour: int = 10) -> AbstractContextManager[None]:
    return pinned(datetime.combine(day, time(hour)))
