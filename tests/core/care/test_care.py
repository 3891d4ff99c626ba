"""Relationship care rules with fixed dates: festivals, birthdays (lunar too), thank-yous, payments, health, risks."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.care import gifts, health, perks, reminders, risks, scheduling
from kolcrm.core.care.records import BlackoutPeriod, GiftRecord, PerkRecord, RiskRecord, SchedulingRecord
from kolcrm.core.care.risks import RiskConfirmationNeeded
from kolcrm.core.clock import pinned
from kolcrm.core.collaborations import deliverables
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.errors import ValidationError
from kolcrm.core.festivals import festival_date, next_birthday, parse_lunar
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.store import settings
from kolcrm.core.vocabulary import (
    ApprovalState,
    GiftKind,
    Occasion,
    PerkKind,
    Priority,
    ReminderKind,
    RiskCategory,
    Stage,
    Status,
)


# -- dates ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("occasion", "year", "expected"),
    [
        (Occasion.SPRING_FESTIVAL, 2026, date(2026, 2, 17)),
        (Occasion.SPRING_FESTIVAL, 2027, date(2027, 2, 6)),
        (Occasion.MID_AUTUMN, 2026, date(2026, 9, 25)),
        (Occasion.MID_AUTUMN, 2027, date(2027, 9, 15)),
        (Occasion.DRAGON_BOAT, 2027, date(2027, 6, 9)),
    ],
)
def test_festival_dates_come_from_the_calendar(occasion, year, expected):
    assert festival_date(occasion, year) == expected


def test_birthdays_wrap_at_the_year_end_and_lunar_ones_move():
    assert next_birthday(date(2026, 12, 30), solar=date(1990, 1, 2)) == date(2027, 1, 2)
    assert next_birthday(date(2026, 12, 30), solar=date(1990, 12, 30)) == date(2026, 12, 30)
    assert next_birthday(date(2027, 3, 1), solar=date(1992, 2, 29)) == date(2028, 2, 29)
    assert next_birthday(date(2026, 3, 1), solar=date(1992, 2, 29)) == date(2027, 2, 28)
    # 正月初一 is Spring Festival: in late December the next one is in February.
    assert next_birthday(date(2026, 12, 30), lunar="01-01") == date(2027, 2, 6)
    assert next_birthday(date(2026, 1, 5), lunar="08-15") == date(2026, 9, 25)  # the Mid-Autumn day
    assert next_birthday(date(2026, 9, 26), lunar="08-15") == date(2027, 9, 15)
    assert parse_lunar("L04-05") == (4, 5, True)
    with pytest.raises(ValueError, match="lunar month"):
        parse_lunar("13-01")


def test_a_bad_lunar_birthday_is_refused_on_the_kol(any_db):
    with pytest.raises(ValidationError) as refused:
        kols.save_kol(KolRecord(display_name="李", lunar_birthday="8/15"))
    assert refused.value.field == "lunar_birthday"


# -- reminders ----------------------------------------------------------------------------------------------
@pytest.fixture
def kol(any_db) -> int:
    return kols.save_kol(KolRecord(display_name="李佳琦", status=Status.ACTIVE))


@pytest.fixture
def brand(any_db) -> int:
    return brands.save_brand(BrandRecord(name="花西子"))


def completed_deal(brand: int, kol: int, on: date) -> int:
    """A deal taken through to completion on `on` (paid, posted with its label)."""
    with pinned_day(on - timedelta(days=20)):
        deal = collaborations.save_collaboration(
            CollaborationRecord(
                brand_id=brand,
                kol_id=kol,
                title="春季口红",
                stage=Stage.CONTRACTED,
                requested_fee=Decimal(1000),
                agreed_fee=Decimal(1000),
                start_on=on - timedelta(days=20),
                end_on=on,
                deliverables=[DeliverableRecord(platform="Douyin")],
                payments=[PaymentRecord(Decimal(1000), on - timedelta(days=5), on - timedelta(days=5))],
            )
        )
    item = collaborations.get_collaboration(deal).deliverables[0].id
    deliverables.review_step(item, ApprovalState.SUBMITTED)
    deliverables.review_step(item, ApprovalState.APPROVED)
    deliverables.set_disclosure(item, True, "广告")
    deliverables.publish(item, on - timedelta(days=2))
    collaborations.move_stage(deal, Stage.PUBLISHED)
    with pinned_day(on):
        collaborations.move_stage(deal, Stage.COMPLETED)
    return deal


def pinned_day(day: date):
    from datetime import datetime, time

    return pinned(datetime.combine(day, time(12)))


def subjects(today: date, kind: ReminderKind | None = None, upcoming_days: int = 0) -> list[str]:
    """What is due or overdue on `today` (optionally of one kind), after the rules have run."""
    reminders.refresh(today)
    return [r.subject for r in reminders.due(today, upcoming_days) if kind is None or r.kind is kind]


def test_a_completed_deal_without_a_thank_you_raises_one_until_a_gift_is_linked(kol, brand):
    done_on = date(2026, 3, 2)
    deal = completed_deal(brand, kol, done_on)
    assert subjects(done_on, ReminderKind.THANK_YOU) == [], "the thank-you is due N days after completion"
    due_day = done_on + timedelta(days=settings.get_int("thank_you_days"))
    assert subjects(due_day, ReminderKind.THANK_YOU) == ["Thank 李佳琦 for “春季口红”"]

    gifts.save_gift(
        GiftRecord(kol, GiftKind.THANK_YOU_NOTE, Occasion.AFTER_COLLABORATION, sent_on=due_day, collaboration_id=deal),
        today=due_day,
    )
    assert subjects(due_day, ReminderKind.THANK_YOU) == []


def test_the_thank_you_delay_is_a_setting(kol, brand):
    settings.set_int("thank_you_days", 2)
    completed_deal(brand, kol, date(2026, 3, 2))
    assert subjects(date(2026, 3, 4), ReminderKind.THANK_YOU) == ["Thank 李佳琦 for “春季口红”"]
    with pytest.raises(ValidationError):
        settings.set_int("thank_you_days", -1)


def test_festival_greetings_two_weeks_ahead_for_active_kols_only(kol):
    kols.save_kol(KolRecord(display_name="Paused Pat", status=Status.PAUSED))
    spring_2027 = festival_date(Occasion.SPRING_FESTIVAL, 2027)
    assert subjects(spring_2027 - timedelta(days=30), ReminderKind.FESTIVAL) == []
    assert subjects(spring_2027 + timedelta(days=1), ReminderKind.FESTIVAL) == [], "no greeting after the festival"
    assert subjects(spring_2027 - timedelta(days=14), ReminderKind.FESTIVAL) == ["Spring Festival greetings for 李佳琦"]
    mid_autumn_2026 = festival_date(Occasion.MID_AUTUMN, 2026)
    assert subjects(mid_autumn_2026 - timedelta(days=14), ReminderKind.FESTIVAL) == [
        "Mid-Autumn Festival greetings for 李佳琦"
    ]


def test_birthday_reminders_fall_a_week_before_the_right_day(any_db):
    kols.save_kol(KolRecord(display_name="Solar Sam", birthday=date(1990, 1, 2)))
    kols.save_kol(KolRecord(display_name="月亮", lunar_birthday="01-01"))
    assert subjects(date(2026, 12, 26), ReminderKind.BIRTHDAY) == ["Solar Sam's birthday on 2027-01-02"]
    assert subjects(date(2027, 1, 30), ReminderKind.BIRTHDAY) == ["月亮's lunar birthday on 2027-02-06"]


def test_payments_due_and_overdue_and_deliverables_due_soon(kol, brand):
    today = date(2026, 5, 10)
    collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title="直播",
            requested_fee=Decimal(2000),
            agreed_fee=Decimal(2000),
            deliverables=[
                DeliverableRecord(platform="Douyin", due_on=today + timedelta(days=3)),
                DeliverableRecord(platform="Weibo", due_on=today + timedelta(days=20)),
            ],
            payments=[
                PaymentRecord(Decimal(1000), today - timedelta(days=2)),
                PaymentRecord(Decimal(1000), today + timedelta(days=30)),
            ],
        )
    )
    assert subjects(today, ReminderKind.PAYMENT) == ["Pay 李佳琦 ¥1,000 for “直播” (overdue)"]
    assert subjects(today, ReminderKind.DELIVERABLE, upcoming_days=7) == ["Douyin post by 李佳琦 due for “直播”"]
    assert reminders.open_count(today) == 1, "the badge counts what is due now; the deliverable is upcoming"


def test_contract_and_exclusivity_ends_within_two_weeks(kol, brand):
    today = date(2026, 5, 10)
    collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title="夏季",
            stage=Stage.CONTRACTED,
            requested_fee=Decimal(1),
            agreed_fee=Decimal(1),
            start_on=today - timedelta(days=30),
            end_on=today + timedelta(days=5),
            exclusivity_category="彩妆",
            exclusivity_days_after=7,
            deliverables=[DeliverableRecord(platform="Douyin")],
        )
    )
    reminders.refresh(today)
    kinds = {r.kind for r in reminders.due(today, upcoming_days=14)}
    assert {ReminderKind.CONTRACT_END, ReminderKind.EXCLUSIVITY_END} <= kinds


def test_done_stays_done_snooze_hides_and_refresh_never_duplicates(kol):
    today = festival_date(Occasion.SPRING_FESTIVAL, 2027) - timedelta(days=14)
    reminders.refresh(today)
    reminders.refresh(today)
    [greeting] = reminders.due(today)
    reminders.snooze(greeting.id, today + timedelta(days=2), today=today)
    assert reminders.due(today) == []
    assert [r.id for r in reminders.due(today + timedelta(days=2))] == [greeting.id]
    reminders.mark_done(greeting.id)
    reminders.refresh(today + timedelta(days=2))
    assert reminders.due(today + timedelta(days=2)) == []
    reminders.reopen(greeting.id)
    assert [r.id for r in reminders.due(today + timedelta(days=2))] == [greeting.id]


def test_a_users_own_task(kol):
    task = reminders.add_task(date(2026, 5, 1), "寄样品 send samples", kol_id=kol)
    assert [(r.id, r.kind, r.kol_name) for r in reminders.due(date(2026, 5, 1))] == [
        (task, ReminderKind.TASK, "李佳琦")
    ]
    with pytest.raises(ValidationError):
        reminders.add_task(date(2026, 5, 1), "  ")


# -- gifts, perks, scheduling --------------------------------------------------------------------------------
def test_gift_suggestions_never_repeat_what_the_kol_received(kol):
    first = gifts.suggestions(kol, Occasion.MID_AUTUMN)[0]
    gifts.save_gift(GiftRecord(kol, GiftKind.GIFT, Occasion.MID_AUTUMN, f"  {first.upper()} "), today=date(2026, 1, 1))
    assert first not in gifts.suggestions(kol, Occasion.MID_AUTUMN)
    assert [g.description for g in gifts.gifts_for(kol)] == [first.upper()]


def test_gift_rules(kol):
    with pytest.raises(ValidationError, match="Say what was given"):
        gifts.save_gift(GiftRecord(kol, GiftKind.GIFT, Occasion.OTHER))
    with pytest.raises(ValidationError, match="future"):
        gifts.save_gift(
            GiftRecord(kol, GiftKind.GIFT, description="花", sent_on=date(2026, 5, 2)), today=date(2026, 5, 1)
        )
    with pytest.raises(ValidationError, match="two decimal"):
        gifts.save_gift(GiftRecord(kol, GiftKind.GIFT, description="花", cost=Decimal("1.234")))


def test_the_perk_ledger_includes_kol_offered_discounts(kol, brand):
    collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title="首单",
            requested_fee=Decimal(30000),
            agreed_fee=Decimal(27000),
            kol_offered_discount=True,
            discount_note="老朋友九折",
        )
    )
    perks.save_perk(
        PerkRecord(kol, PerkKind.FREE_WECHAT_MOMENT, date(2026, 1, 5), Decimal("1500")), today=date(2026, 2, 1)
    )
    ledger = perks.perks_for(kol)
    assert {p.kind for p in ledger} == {PerkKind.KOL_OFFERED_DISCOUNT, PerkKind.FREE_WECHAT_MOMENT}
    discount = next(p for p in ledger if p.kind is PerkKind.KOL_OFFERED_DISCOUNT)
    assert (discount.estimated_value, discount.id) == (Decimal(3000), None)
    totals = perks.totals([(Decimal(388), "CNY")], ledger)
    assert totals.perks_value == {"CNY": Decimal(4500)} and totals.spent_on_gifts == {"CNY": Decimal(388)}
    with pytest.raises(ValidationError, match="recorded on the deal"):
        perks.save_perk(PerkRecord(kol, PerkKind.KOL_OFFERED_DISCOUNT, date(2026, 1, 5)))


def test_scheduling_priority_and_blackouts_round_trip(kol):
    double_11 = BlackoutPeriod(date(2026, 11, 1), date(2026, 11, 11), "双11 全部排满")
    scheduling.save_scheduling(kol, SchedulingRecord(Priority.FIRST_CALL, 10, [double_11]))
    assert scheduling.get_scheduling(kol) == SchedulingRecord(Priority.FIRST_CALL, 10, [double_11])
    assert scheduling.in_blackout(kol, date(2026, 11, 5)) == double_11
    with pytest.raises(ValidationError, match="ends before it starts"):
        scheduling.save_scheduling(
            kol, SchedulingRecord(blackouts=[BlackoutPeriod(date(2026, 2, 2), date(2026, 2, 1))])
        )


# -- health and risks --------------------------------------------------------------------------------------
def test_the_health_score_shows_its_parts(kol, brand):
    today = date(2026, 3, 20)
    completed_deal(brand, kol, date(2026, 3, 2))
    before = health.health_score(kol, today)
    assert [p.name for p in before.parts] == [
        "Recent contact",
        "Thank-yous after deals",
        "Fees paid as asked and on time",
        "Perks received",
        "Open risks",
        "Content for items sent",
    ]
    assert before.total == round(sum(p.points for p in before.parts))
    thanks = before.parts[1]
    assert (thanks.points, thanks.explanation) == (0, "0 of 1 completed deal followed by a thank-you or gift")
    deal = collaborations.get_collaboration(1).id
    gifts.save_gift(
        GiftRecord(kol, GiftKind.THANK_YOU_NOTE, Occasion.AFTER_COLLABORATION, sent_on=today, collaboration_id=deal),
        today=today,
    )
    risks.save_risk(RiskRecord(RiskCategory.REPUTATIONAL, "争议言论", 3, 5, kol_id=kol))
    after = health.health_score(kol, today)
    assert after.parts[1].points == 20
    assert after.parts[4].points == 0 and "3×5" in after.parts[4].explanation


def test_contracting_with_a_severe_open_risk_needs_confirmation(kol, brand):
    risks.save_risk(
        RiskRecord(RiskCategory.AUDIENCE_AUTHENTICITY, "疑似刷粉", 4, 4, kol_id=kol, mitigation="看后台数据")
    )
    ready = CollaborationRecord(
        brand_id=brand,
        kol_id=kol,
        title="签约",
        requested_fee=Decimal(1),
        agreed_fee=Decimal(1),
        start_on=date(2026, 1, 1),
        end_on=date(2026, 2, 1),
        deliverables=[DeliverableRecord(platform="Douyin")],
    )
    deal = collaborations.save_collaboration(ready)
    with pytest.raises(RiskConfirmationNeeded) as asked:
        collaborations.move_stage(deal, Stage.CONTRACTED)
    assert "疑似刷粉" in asked.value.message and "看后台数据" in asked.value.message and "4×4=16" in asked.value.message
    assert collaborations.get_collaboration(deal).stage is Stage.PROSPECT
    collaborations.move_stage(deal, Stage.CONTRACTED, confirmed_risks=True)
    assert collaborations.get_collaboration(deal).stage is Stage.CONTRACTED

    ready.id, ready.title, ready.stage = None, "second", Stage.CONTRACTED
    ready.deliverables = [DeliverableRecord(platform="Douyin")]
    with pytest.raises(RiskConfirmationNeeded):
        collaborations.save_collaboration(ready)
    risks.save_risk(RiskRecord(RiskCategory.AUDIENCE_AUTHENTICITY, "疑似刷粉", 4, 3, kol_id=kol))  # 12: below the bar
    [severe] = [r for r in risks.risks_for_kol(kol) if r.severity >= 15]
    severe.status = "mitigated"  # type: ignore[assignment]
    risks.save_risk(severe)
    collaborations.save_collaboration(ready)


def test_skipping_straight_past_contracted_still_asks_about_a_severe_risk(kol, brand):
    risks.save_risk(RiskRecord(RiskCategory.COMPLIANCE, "未标注广告前科", 5, 3, kol_id=kol))
    deal = collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand,
            kol_id=kol,
            title="跳过",
            requested_fee=Decimal(1),
            agreed_fee=Decimal(1),
            start_on=date(2026, 1, 1),
            end_on=date(2026, 2, 1),
            deliverables=[DeliverableRecord(platform="Douyin")],
        )
    )
    with pytest.raises(RiskConfirmationNeeded):
        collaborations.move_stage(deal, Stage.IN_PRODUCTION)


def test_the_health_total_rounds_halves_up():
    from kolcrm.core.care.records import HealthPart, HealthScore

    assert HealthScore((HealthPart("a", 36.25, 50, ""), HealthPart("b", 36.25, 50, ""))).total == 73
