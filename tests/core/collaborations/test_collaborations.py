"""Collaborations in the core: the first-deal fee rule, stages, review and disclosure, money, overdue, totals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import deliverables, payments
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.by_kol import deal_events, kol_deal_summary
from kolcrm.core.collaborations.fee_policy import fee_line
from kolcrm.core.collaborations.list_query import DealFilter, list_deals
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols import trash
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import ApprovalState, ContentType, Stage

TODAY = date.today()


@pytest.fixture
def parties(any_db):
    kol = save_kol(KolRecord(display_name="李佳琦"))
    brand = brands.save_brand(BrandRecord(name="花西子"))
    return brand, kol


def deal(brand: int, kol: int, **fields) -> CollaborationRecord:
    values = {"title": "春季口红 Spring lipstick", "requested_fee": Decimal(30000), "agreed_fee": Decimal(30000)}
    values.update(fields)
    return CollaborationRecord(brand_id=brand, kol_id=kol, **values)


def ready_to_contract(brand: int, kol: int, **fields) -> CollaborationRecord:
    values = {
        "start_on": TODAY - timedelta(days=10),
        "end_on": TODAY + timedelta(days=30),
        "deliverables": [
            DeliverableRecord(platform="Douyin", due_on=TODAY + timedelta(days=5), brief="突出口红质地"),
            DeliverableRecord(platform="Xiaohongshu", content_type=ContentType.IMAGE_POST),
        ],
    }
    values.update(fields)
    return deal(brand, kol, **values)


def row_count(table: str) -> int:
    return database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- the first-deal fee rule ----------------------------------------------------------------------------------
def test_a_first_deal_below_the_asked_fee_is_refused_with_the_reason(parties):
    brand, kol = parties
    with pytest.raises(ValidationError) as refused:
        collaborations.save_collaboration(deal(brand, kol, agreed_fee=Decimal(25000)))
    assert refused.value.field == "agreed_fee"
    assert "first collaboration with 李佳琦" in refused.value.message
    assert "¥30,000" in refused.value.message and "without haggling" in refused.value.message
    assert row_count("collaboration") == 0


def test_a_discount_the_kol_offered_is_kept_as_such_not_as_negotiation(parties):
    brand, kol = parties
    record = deal(brand, kol, agreed_fee=Decimal(27000), kol_offered_discount=True, discount_note="老朋友九折")
    saved = collaborations.get_collaboration(collaborations.save_collaboration(record))
    assert saved.is_first and saved.kol_offered_discount and saved.discount_note == "老朋友九折"
    assert "agreed ¥27,000 (discount offered by the KOL)" in fee_line(saved)
    assert kol_deal_summary(kol).every_first_deal_paid_as_asked


def test_later_deals_may_differ_and_the_difference_stays_visible(parties):
    brand, kol = parties
    collaborations.save_collaboration(deal(brand, kol))
    second = collaborations.save_collaboration(deal(brand, kol, title="秋冬", agreed_fee=Decimal(26000)))
    record = collaborations.get_collaboration(second)
    assert not record.is_first
    assert fee_line(record) == "requested ¥30,000 · agreed ¥26,000 (¥4,000 below the ask) · nothing paid yet"


def test_first_is_per_brand_and_a_cancelled_deal_does_not_count(parties):
    brand, kol = parties
    other_brand = brands.save_brand(BrandRecord(name="Stride 步履"))
    cancelled = collaborations.save_collaboration(deal(brand, kol, stage=Stage.CANCELLED))
    assert not collaborations.get_collaboration(cancelled).is_first
    with pytest.raises(ValidationError, match="first collaboration"):
        collaborations.save_collaboration(deal(brand, kol, agreed_fee=Decimal(1)))
    collaborations.save_collaboration(deal(brand, kol))
    with pytest.raises(ValidationError, match="first collaboration"):
        collaborations.save_collaboration(deal(other_brand, kol, agreed_fee=Decimal(1)))


def test_an_agreed_fee_needs_the_requested_fee_first(parties):
    brand, kol = parties
    with pytest.raises(ValidationError) as refused:
        collaborations.save_collaboration(deal(brand, kol, requested_fee=None))
    assert refused.value.field == "requested_fee"


def test_the_discount_flag_is_dropped_when_there_is_no_discount(parties):
    brand, kol = parties
    saved = collaborations.save_collaboration(deal(brand, kol, kol_offered_discount=True, discount_note="x"))
    record = collaborations.get_collaboration(saved)
    assert not record.kol_offered_discount and record.discount_note == ""


def test_reopening_a_cancelled_first_deal_keeps_the_fee_rule(parties):
    brand, kol = parties
    first = collaborations.save_collaboration(deal(brand, kol, stage=Stage.CANCELLED))
    collaborations.save_collaboration(deal(brand, kol, title="other", agreed_fee=Decimal(30000)))
    # The other deal is now the first; the cancelled one below the ask may not come back as the first.
    cheap = collaborations.save_collaboration(deal(brand, kol, title="cheap", agreed_fee=Decimal(30000)))
    record = collaborations.get_collaboration(cheap)
    record.agreed_fee = Decimal(20000)
    collaborations.save_collaboration(record)  # a later deal: allowed
    collaborations.move_stage(first, Stage.PROSPECT)
    assert collaborations.get_collaboration(first).stage is Stage.PROSPECT


# -- stages -----------------------------------------------------------------------------------------------
def test_contracting_needs_fees_dates_and_deliverables(parties):
    brand, kol = parties
    bare = collaborations.save_collaboration(deal(brand, kol))
    with pytest.raises(ValidationError) as refused:
        collaborations.move_stage(bare, Stage.CONTRACTED)
    assert "start and end dates" in refused.value.message and "at least one deliverable" in refused.value.message
    assert collaborations.get_collaboration(bare).stage is Stage.PROSPECT
    ready = collaborations.save_collaboration(ready_to_contract(brand, kol, title="ready"))
    collaborations.move_stage(ready, Stage.CONTRACTED)
    assert collaborations.get_collaboration(ready).stage is Stage.CONTRACTED
    assert [(old, new) for _at, old, new in collaborations.stage_history(ready)] == [
        ("", "prospect"),
        ("prospect", "contracted"),
    ]


def test_saving_an_unready_deal_straight_into_contracted_is_refused_whole(parties):
    brand, kol = parties
    with pytest.raises(ValidationError) as refused:
        collaborations.save_collaboration(deal(brand, kol, stage=Stage.CONTRACTED))
    assert refused.value.field == "stage"
    assert row_count("collaboration") == 0 and row_count("stage_change") == 0


def test_completing_needs_every_post_published_and_the_fee_paid(parties):
    brand, kol = parties
    record = ready_to_contract(
        brand,
        kol,
        stage=Stage.CONTRACTED,
        deliverables=[DeliverableRecord(platform="Douyin")],
        payments=[PaymentRecord(Decimal(30000), due_on=TODAY)],
    )
    deal_id = collaborations.save_collaboration(record)
    with pytest.raises(ValidationError) as refused:
        collaborations.move_stage(deal_id, Stage.COMPLETED)
    assert "1 deliverable not published yet" in refused.value.message
    assert "¥30,000 of the agreed fee is still unpaid" in refused.value.message
    item = collaborations.get_collaboration(deal_id).deliverables[0].id
    for step in (ApprovalState.SUBMITTED, ApprovalState.APPROVED):
        deliverables.review_step(item, step, "Anna")
    deliverables.set_disclosure(item, True, "广告")
    deliverables.publish(item, TODAY, "https://v.douyin.com/abc")
    payments.mark_paid(collaborations.get_collaboration(deal_id).payments[0].id, TODAY, "银行转账")
    collaborations.move_stage(deal_id, Stage.COMPLETED)
    with pytest.raises(ValidationError, match="cannot be cancelled"):
        collaborations.move_stage(deal_id, Stage.CANCELLED)


# -- review and disclosure --------------------------------------------------------------------------------
def _reviewed_item(brand: int, kol: int) -> tuple[int, int]:
    deal_id = collaborations.save_collaboration(ready_to_contract(brand, kol))
    return deal_id, collaborations.get_collaboration(deal_id).deliverables[0].id or 0


def test_the_review_history_is_appended_never_overwritten(parties):
    item = _reviewed_item(*parties)[1]
    deliverables.review_step(item, ApprovalState.SUBMITTED, "KOL")
    deliverables.review_step(item, ApprovalState.CHANGES_REQUESTED, "Anna", "口播加上成分")
    deliverables.review_step(item, ApprovalState.SUBMITTED, "KOL")
    deliverables.review_step(item, ApprovalState.APPROVED, "Anna")
    steps = deliverables.approval_history(item)
    assert [s.state for s in steps] == ["submitted", "changes_requested", "submitted", "approved"]
    assert (steps[1].actor, steps[1].note) == ("Anna", "口播加上成分")


def test_review_steps_follow_the_order_and_a_change_request_says_what(parties):
    item = _reviewed_item(*parties)[1]
    with pytest.raises(ValidationError, match="cannot become"):
        deliverables.review_step(item, ApprovalState.APPROVED, "Anna")
    deliverables.review_step(item, ApprovalState.SUBMITTED)
    with pytest.raises(ValidationError, match="Say what should change"):
        deliverables.review_step(item, ApprovalState.CHANGES_REQUESTED, "Anna", "  ")
    assert [s.state for s in deliverables.approval_history(item)] == ["submitted"]


def test_publishing_needs_a_confirmed_ad_label_and_an_approved_draft(parties):
    deal_id, item = _reviewed_item(*parties)
    deliverables.review_step(item, ApprovalState.SUBMITTED)
    deliverables.review_step(item, ApprovalState.APPROVED)
    with pytest.raises(ValidationError, match="advertising label") as refused:
        deliverables.publish(item, TODAY, "https://v.douyin.com/abc")
    assert refused.value.field == "disclosure_confirmed"
    assert collaborations.get_collaboration(deal_id).deliverables[0].state is ApprovalState.APPROVED
    deliverables.set_disclosure(item, True, "广告")
    with pytest.raises(ValidationError, match="not a web address"):
        deliverables.publish(item, TODAY, "v.douyin.com/abc")
    deliverables.publish(item, TODAY, "https://v.douyin.com/abc")
    assert deliverables.compliance_warnings(deal_id) == []
    deliverables.set_disclosure(item, False)  # the live post turned out to carry no label
    warnings = deliverables.compliance_warnings(deal_id)
    assert [w.id for w in warnings] == [item]
    assert [row.unlabelled for row in list_deals()] == [1]


def test_publishing_before_approval_is_refused(parties):
    item = _reviewed_item(*parties)[1]
    deliverables.set_disclosure(item, True, "广告")
    with pytest.raises(ValidationError, match="Approve the draft"):
        deliverables.publish(item, TODAY)


def test_a_reviewed_deliverable_cannot_be_dropped_from_the_deal(parties):
    deal_id, item = _reviewed_item(*parties)
    deliverables.review_step(item, ApprovalState.SUBMITTED, "KOL")
    record = collaborations.get_collaboration(deal_id)
    record.deliverables = record.deliverables[1:]
    with pytest.raises(ValidationError, match="review history"):
        collaborations.save_collaboration(record)
    assert len(collaborations.get_collaboration(deal_id).deliverables) == 2


def test_editing_a_deal_keeps_its_deliverables_review_state(parties):
    deal_id, item = _reviewed_item(*parties)
    deliverables.review_step(item, ApprovalState.SUBMITTED, "KOL")
    record = collaborations.get_collaboration(deal_id)
    record.deliverables[0].state = ApprovalState.PUBLISHED  # the editor's copy cannot move the review
    record.deliverables[0].brief = "新的 brief"
    collaborations.save_collaboration(record)
    saved = collaborations.get_collaboration(deal_id).deliverables[0]
    assert (saved.id, saved.state, saved.brief) == (item, ApprovalState.SUBMITTED, "新的 brief")


# -- money --------------------------------------------------------------------------------------------------
def test_money_is_exact_decimal_with_its_currency(parties):
    brand, kol = parties
    record = deal(
        brand,
        kol,
        currency="USD",
        requested_fee=Decimal("0.30"),
        agreed_fee=Decimal("0.30"),
        payments=[PaymentRecord(Decimal("0.10"), paid_on=TODAY), PaymentRecord(Decimal("0.20"), paid_on=TODAY)],
    )
    deal_id = collaborations.save_collaboration(record)
    saved = collaborations.get_collaboration(deal_id)
    assert saved.paid_total == Decimal("0.30") == saved.agreed_fee  # 0.1 + 0.2 as floats would not be
    assert kol_deal_summary(kol).paid == {"USD": Decimal("0.30")}
    assert database.execute_sql("SELECT agreed_fee FROM collaboration").fetchone() == ("0.30",)


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"agreed_fee": Decimal("-1")}, "agreed_fee", "zero or more"),
        ({"requested_fee": Decimal("100.005"), "agreed_fee": None}, "requested_fee", "two decimal places"),
        ({"currency": "rmb"}, "currency", "not a currency code"),
        ({"service_fee_pct": Decimal(120)}, "service_fee_pct", "between 0 and 100"),
        ({"title": "  "}, "title", "title"),
        ({"start_on": TODAY, "end_on": TODAY - timedelta(days=1)}, "end_on", "before the start"),
        ({"payments": [PaymentRecord(Decimal(0))]}, "payments[0].amount", "more than zero"),
        ({"payments": [PaymentRecord(Decimal(40000))]}, "payments", "more than the agreed fee"),
        ({"deliverables": [DeliverableRecord(platform="Myspace")]}, "deliverables[0].platform", "unknown platform"),
    ],
)
def test_bad_input_names_the_field(parties, fields, field, words):
    brand, kol = parties
    with pytest.raises(ValidationError) as refused:
        collaborations.save_collaboration(deal(brand, kol, **fields))
    assert any(p.field == field and words in p.message for p in refused.value.problems), refused.value.problems
    assert row_count("collaboration") == 0


# -- overdue payments and a KOL's totals ------------------------------------------------------------------
def test_overdue_payments_are_flagged_in_both_lists_until_paid(parties):
    brand, kol = parties
    overdue = PaymentRecord(Decimal(10000), due_on=TODAY - timedelta(days=3))
    later = PaymentRecord(Decimal(20000), due_on=TODAY + timedelta(days=30))
    deal_id = collaborations.save_collaboration(deal(brand, kol, payments=[overdue, later]))
    collaborations.save_collaboration(deal(brand, kol, title="no payments yet"))
    assert [row.overdue for row in list_deals()] == [False, True]
    assert [row.id for row in list_deals(DealFilter(overdue_only=True))] == [deal_id]
    assert kol_list.fetch_row(kol).overdue_payment
    payments.mark_paid(collaborations.get_collaboration(deal_id).payments[0].id, TODAY, "支付宝", "AP-1")
    assert list_deals(DealFilter(overdue_only=True)) == []
    assert not kol_list.fetch_row(kol).overdue_payment


def test_a_kols_record_shows_count_totals_punctuality_and_first_deals(parties):
    brand, kol = parties
    other = brands.save_brand(BrandRecord(name="Stride"))
    early, late = TODAY - timedelta(days=40), TODAY - timedelta(days=20)
    collaborations.save_collaboration(
        deal(brand, kol, payments=[PaymentRecord(Decimal(30000), due_on=late, paid_on=early)])
    )
    collaborations.save_collaboration(
        deal(
            other,
            kol,
            currency="USD",
            requested_fee=Decimal(5000),
            agreed_fee=Decimal(4000),
            kol_offered_discount=True,
            payments=[
                PaymentRecord(Decimal(2000), due_on=early, paid_on=late),  # paid late
                PaymentRecord(Decimal(2000), due_on=TODAY - timedelta(days=1)),  # overdue
            ],
        )
    )
    collaborations.save_collaboration(deal(brand, kol, title="cancelled", stage=Stage.CANCELLED))
    summary = kol_deal_summary(kol)
    assert summary.collaborations == 2
    assert summary.paid == {"CNY": Decimal(30000), "USD": Decimal(2000)}
    assert (summary.punctuality.on_time, summary.punctuality.late) == (1, 2)
    assert summary.punctuality.rate == pytest.approx(1 / 3)
    assert (summary.first_deals, summary.first_deals_paid_as_asked) == (2, 2)
    assert summary.overdue_payments == 1
    assert [d.overdue for d in summary.deals] == [False, True, False]


def test_the_history_shows_stage_changes_payments_and_reviews(parties):
    brand, kol = parties
    deal_id, item = _reviewed_item(brand, kol)
    record = collaborations.get_collaboration(deal_id)
    record.payments = [PaymentRecord(Decimal(30000), due_on=TODAY, paid_on=TODAY, method="银行转账")]
    collaborations.save_collaboration(record)
    deliverables.review_step(item, ApprovalState.SUBMITTED, "KOL")
    deliverables.review_step(item, ApprovalState.CHANGES_REQUESTED, "Anna", "加字幕")
    collaborations.move_stage(deal_id, Stage.CONTRACTED)
    texts = [event.text for event in deal_events(kol)]
    assert "“春季口红 Spring lipstick” moved from prospect to contracted" in texts
    assert "Paid ¥30,000 by 银行转账 for “春季口红 Spring lipstick”" in texts
    assert any(t.startswith("Changes requested by Anna") and t.endswith("加字幕") for t in texts)
    assert texts.index("“春季口红 Spring lipstick” moved from prospect to contracted") < texts.index(
        "“春季口红 Spring lipstick” created as prospect"
    )


# -- deleting ----------------------------------------------------------------------------------------------
def test_a_deleted_deal_can_be_restored_and_is_erased_with_the_trash(parties):
    brand, kol = parties
    deal_id = collaborations.save_collaboration(ready_to_contract(brand, kol))
    assert collaborations.trash_collaboration(deal_id)
    assert list_deals() == []
    assert collaborations.restore_collaboration(deal_id)
    assert [row.id for row in list_deals()] == [deal_id]
    collaborations.trash_collaboration(deal_id)
    trash.empty_trash()
    assert row_count("collaboration") == 0 and row_count("deliverable") == 0


def test_a_brand_with_deals_cannot_be_deleted(parties):
    brand, kol = parties
    collaborations.save_collaboration(deal(brand, kol))
    with pytest.raises(ValidationError, match="1 collaboration"):
        brands.delete_brand(brand)
    assert brands.get_brand(brand).name == "花西子"


def test_erasing_a_kol_erases_their_deals(parties):
    brand, kol = parties
    collaborations.save_collaboration(ready_to_contract(brand, kol, payments=[PaymentRecord(Decimal(1))]))
    trash.trash_kols([kol])
    assert list_deals() == []  # a trashed KOL's deals leave the board with them
    trash.empty_trash()
    for table in ("collaboration", "deliverable", "payment", "stage_change"):
        assert row_count(table) == 0


def test_a_payment_cannot_be_marked_paid_in_the_future(parties):
    brand, kol = parties
    deal_id = collaborations.save_collaboration(deal(brand, kol, payments=[PaymentRecord(Decimal(100))]))
    payment = collaborations.get_collaboration(deal_id).payments[0].id
    with pytest.raises(ValidationError, match="future"):
        payments.mark_paid(payment, date(2026, 3, 3), today=date(2026, 3, 2))
    assert collaborations.get_collaboration(deal_id).payments[0].paid_on is None


def test_true_cost_adds_the_service_fee_and_takes_off_the_rebate_exactly():
    from kolcrm.core.money import true_cost

    assert true_cost(Decimal(30000), Decimal(10), Decimal("3.5")) == Decimal("31950.00")
    assert true_cost(Decimal("9" * 30), Decimal(10), Decimal(0)) > 0  # a typing slip, not an exception


def test_tax_terms_are_kept_checked_and_a_fee_without_tax_costs_the_tax_on_top(parties):
    from kolcrm.core.money import true_cost
    from kolcrm.core.vocabulary import InvoiceIssuer, InvoiceType

    brand, kol = parties
    record = deal(brand, kol, agreed_fee=Decimal(30000), requested_fee=Decimal(30000), service_fee_pct=Decimal(10),
                  fee_includes_tax=False, tax_rate=Decimal("6"), invoice_type=InvoiceType.VAT_SPECIAL,
                  invoice_issuer=InvoiceIssuer.KOL, withholds_income_tax=True)  # fmt: skip
    saved = collaborations.get_collaboration(collaborations.save_collaboration(record))

    assert (saved.fee_includes_tax, saved.tax_rate, saved.invoice_type, saved.invoice_issuer) == (
        False, Decimal("6"), InvoiceType.VAT_SPECIAL, InvoiceIssuer.KOL
    )  # fmt: skip
    assert saved.withholds_income_tax and saved.tax_on_top == Decimal("6")
    assert true_cost(saved.agreed_fee, saved.service_fee_pct, saved.rebate_pct, saved.tax_on_top) == Decimal("34800.00")
    saved.fee_includes_tax = True  # with tax included, the rate costs nothing on top
    assert saved.tax_on_top == 0

    with pytest.raises(ValidationError, match="Tax rate"):
        collaborations.save_collaboration(deal(brand, kol, tax_rate=Decimal("106")))
    with pytest.raises(ValidationError, match="withholds no individual income tax"):
        collaborations.save_collaboration(
            deal(brand, kol, invoice_issuer=InvoiceIssuer.AGENCY, withholds_income_tax=True)
        )
