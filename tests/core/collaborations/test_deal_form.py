"""The collaboration editor's text → a record: exact money and percentages, problems named by field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kolcrm.core.collaborations.form import (
    FEE_FIELDS,
    PERCENT_FIELDS,
    amount_text,
    form_from_record,
    parse_exact_percent,
    parse_fee,
    record_from_form,
)
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.errors import FieldProblem


def _base(currency: str = "CNY") -> CollaborationRecord:
    return CollaborationRecord(brand_id=1, kol_id=1, title="", currency=currency)


def _form(**values: str) -> dict[str, str]:
    return {"title": "春季口红", **values}


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("¥30,000", "CNY", Decimal("30000")),
        ("3万", "CNY", Decimal("30000")),
        ("30000.50 USD", "USD", Decimal("30000.50")),
        ("  12,345.6 ", "CNY", Decimal("12345.6")),
    ],
)
def test_fees_are_read_as_people_write_them(text, currency, amount):
    assert parse_fee("agreed_fee", text, currency) == (amount, None)
    record, problems = record_from_form(_form(agreed_fee=text, requested_fee=text), _base(currency))
    assert record.agreed_fee == amount and record.requested_fee == amount
    assert isinstance(record.agreed_fee, Decimal)
    assert not [p for p in problems if p.field in FEE_FIELDS]


def test_a_fee_in_another_currency_is_kept_but_named_as_a_problem():
    amount, problem = parse_fee("agreed_fee", "30000.50 USD", "CNY")
    assert amount == Decimal("30000.50")
    assert problem == FieldProblem("agreed_fee", "This amount is in USD but the deal is in CNY: change one of them")


@pytest.mark.parametrize("field", FEE_FIELDS)
def test_a_bad_number_gives_a_problem_naming_the_field(field):
    record, problems = record_from_form(_form(**{field: "三万块左右"}), _base())
    assert getattr(record, field) is None
    mine = [p for p in problems if p.field == field]
    assert len(mine) == 1
    assert "“三万块左右” is not an amount" in mine[0].message


@pytest.mark.parametrize("field", PERCENT_FIELDS)
def test_a_bad_percentage_gives_a_problem_naming_the_field(field):
    record, problems = record_from_form(_form(**{field: "ten"}), _base())
    assert getattr(record, field) == Decimal(0)
    assert [p.field for p in problems if "not a percentage" in p.message] == [field]


@pytest.mark.parametrize(
    ("text", "value"),
    [("10%", Decimal("10")), ("10", Decimal("10")), ("10 ％", Decimal("10")), ("5.5 %", Decimal("5.5")), ("", 0)],
)
def test_percentages_are_exact_decimals(text, value):
    parsed, problem = parse_exact_percent("service_fee_pct", text)
    assert problem is None
    assert parsed == value and isinstance(parsed, Decimal)
    # Exact: 0.1 % is Decimal("0.1"), not the float 0.1000000000000000055…
    assert parse_exact_percent("rebate_pct", "0.1%")[0] == Decimal("0.1")


def test_an_empty_agreed_fee_is_none():
    record, problems = record_from_form(_form(requested_fee="30000", agreed_fee=""), _base())
    assert record.agreed_fee is None
    assert record.requested_fee == Decimal("30000")
    assert not [p for p in problems if p.field in FEE_FIELDS]


def test_known_problems_are_not_repeated_by_the_rules():
    known = [FieldProblem("title", "the editor's own words")]
    _record, problems = record_from_form(_form(title=""), _base(), known_problems=known)
    assert [p for p in problems if p.field == "title"] == known


def test_the_first_deal_rule_waits_for_both_parties():
    values = _form(requested_fee="30000", agreed_fee="25000")
    assert not [p for p in record_from_form(values, _base())[1] if p.field == "fee_policy"]
    _record, problems = record_from_form(values, _base(), is_first=True)
    assert [p.field for p in problems if p.field == "fee_policy"] == ["fee_policy"]


def test_form_from_record_round_trips_money_and_percentages():
    record = _base()
    record.title = "春季口红"
    record.requested_fee = Decimal("1234.5")
    record.agreed_fee = None
    record.service_fee_pct = Decimal("7.25")
    values = form_from_record(record)
    assert values["requested_fee"] == amount_text(Decimal("1234.5")) == "1,234.50"
    assert values["agreed_fee"] == ""
    back, _problems = record_from_form(values, _base())
    assert (back.requested_fee, back.agreed_fee, back.service_fee_pct) == (Decimal("1234.5"), None, Decimal("7.25"))


@given(
    fee=st.text(max_size=40),
    other_fee=st.text(alphabet=st.sampled_from("0123456789.,万wk¥$ USDCNY%-+eE"), max_size=20),
    percent=st.text(max_size=20),
    other_percent=st.text(alphabet=st.sampled_from("0123456789.,%％万 -+eE"), max_size=12),
)
def test_any_text_in_the_fee_and_percent_fields_gives_problems_never_an_exception(
    fee, other_fee, percent, other_percent
):
    values = _form(requested_fee=fee, agreed_fee=other_fee, service_fee_pct=percent, rebate_pct=other_percent)
    record, problems = record_from_form(values, _base(), is_first=True)
    assert all(isinstance(p, FieldProblem) and p.message for p in problems)
    for key in FEE_FIELDS:
        assert getattr(record, key) is None or isinstance(getattr(record, key), Decimal)
    for key in PERCENT_FIELDS:
        assert isinstance(getattr(record, key), Decimal)
