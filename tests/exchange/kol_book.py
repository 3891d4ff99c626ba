"""A KOL book built through the core services, with a row in every table a KOL reaches (for export tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from kolcrm.contracts.service import generate_contract
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.care import gifts, perks, reminders, risks
from kolcrm.core.care.records import BlackoutPeriod, GiftRecord, PerkRecord, RiskRecord, SchedulingRecord
from kolcrm.core.care.scheduling import save_scheduling
from kolcrm.core.collaborations import deliverables
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.kols import interactions
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord, RateCardItem
from kolcrm.core.vocabulary import (
    ApprovalState,
    ContentType,
    GiftKind,
    InteractionKind,
    InvoiceIssuer,
    InvoiceType,
    Occasion,
    PerkKind,
    Priority,
    RiskCategory,
    Stage,
    Status,
)

TODAY = date.today()


@dataclass
class Book:
    li: int  # 李佳琦, with everything
    chen: int  # Mia Chen, a second KOL with one deal
    brand: int
    deal: int
    second_deal: int
    deliverable: int
    reminder: int


def li_record(**changes) -> KolRecord:
    values = {
        "display_name": "李佳琦",
        "real_name": "李佳琦",
        "status": Status.ACTIVE,
        "categories": ["美妆", "护肤"],
        "value_tags": ["真实分享"],
        "city": "上海",
        "agency": "美ONE",
        "wechat_id": "lijiaqi_wx",
        "legal_id_number": "11010519491231002X",  # a handover package carries the contract details
        "payee_bank": "招商银行上海分行",
        "payee_account": "6225880123456789",
        "agency_legal_name": "美腕（上海）网络科技有限公司",  # and the agency's details, as a contract names it
        "agency_uscc": "91310000MA1FL1GM4T",
        "agency_address": "上海市长宁区",
        "phone": "+86 138 0000 0000",
        "email": "li@example.com",
        "birthday": date(1992, 5, 7),
        "accounts": [
            AccountRecord(
                "Douyin",
                "@lijiaqi",
                url="https://www.douyin.com/user/lijiaqi",
                followers=75_000_000,
                engagement_rate=3.2,
                rate_card=[RateCardItem("Video 21–60 s", Decimal("300000.50"))],
            ),
            AccountRecord("Weibo", "李佳琦Austin", followers=30_000_000),
        ],
    }
    values.update(changes)
    return KolRecord(**values)


def build_book(tmp_path: Path) -> Book:
    li = kols.save_kol(li_record())
    chen = kols.save_kol(
        KolRecord(
            display_name="Mia Chen",
            real_name="Mia Chen",
            accounts=[AccountRecord("Instagram", "miachen", followers=120_000)],
        )
    )
    interactions.add_interaction(
        li, InteractionRecord(TODAY - timedelta(days=3), InteractionKind.CALL, "经纪人回复：可以接受72小时审稿")
    )
    brand = brands.save_brand(BrandRecord(name="花西子", brand_values="东方美学"))
    deal = collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=li,
            title="春季口红",
            stage=Stage.CONTRACTED,
            requested_fee=Decimal("30000.00"),
            agreed_fee=Decimal("30000.00"),
            fee_includes_tax=False,  # tax terms travel with the deal
            tax_rate=Decimal("6"),
            invoice_type=InvoiceType.VAT_SPECIAL,
            invoice_issuer=InvoiceIssuer.KOL,
            withholds_income_tax=True,
            start_on=TODAY - timedelta(days=5),
            end_on=TODAY + timedelta(days=30),
            deliverables=[
                DeliverableRecord(platform="Douyin", due_on=TODAY + timedelta(days=10), brief="突出口红质地"),
                DeliverableRecord(platform="Xiaohongshu", content_type=ContentType.IMAGE_POST),
            ],
            payments=[
                PaymentRecord(Decimal("15000.00"), TODAY + timedelta(days=7)),
                PaymentRecord(Decimal("15000.00"), TODAY + timedelta(days=40)),
            ],
        )
    )
    item = collaborations.get_collaboration(deal).deliverables[0].id
    deliverables.review_step(item, ApprovalState.SUBMITTED, actor="李佳琦")
    generate_contract(deal, tmp_path / "contract.pdf")
    second_deal = collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=chen,
            title="Autumn launch",
            requested_fee=Decimal(8000),
            agreed_fee=Decimal(8000),
            deliverables=[DeliverableRecord(platform="Instagram", due_on=TODAY + timedelta(days=3))],
        )
    )
    gifts.save_gift(
        GiftRecord(li, GiftKind.GIFT, Occasion.MID_AUTUMN, "月饼礼盒", cost=Decimal("388.00"), collaboration_id=deal)
    )
    perks.save_perk(PerkRecord(li, PerkKind.FREE_WEIBO_STORY, TODAY, Decimal("5000"), note="免费加了一条微博故事"))
    save_scheduling(
        li,
        SchedulingRecord(
            Priority.FIRST_CALL, 21, [BlackoutPeriod(TODAY + timedelta(days=40), TODAY + timedelta(days=50), "双11")]
        ),
    )
    risks.save_risk(RiskRecord(RiskCategory.COMPLIANCE, "广告标注", 2, 3, kol_id=li))
    risks.save_risk(RiskRecord(RiskCategory.DELIVERY, "Late draft", 2, 2, collaboration_id=deal))
    reminder = reminders.add_task(TODAY + timedelta(days=2), "寄样品给李佳琦", kol_id=li)
    reminders.add_task(TODAY + timedelta(days=4), "Confirm the brief", collaboration_id=deal)
    return Book(li, chen, brand, deal, second_deal, item, reminder)
