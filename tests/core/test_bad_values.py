"""Bad values stay out, and what is typed never crashes: control characters in text, any search, any fee.

Hypothesis runs a few hundred examples per surface here (more under a profile that asks for more).
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.collaborations import form as deal_form
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.collaborations.service import save_collaboration
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import form as kol_form
from kolcrm.core.kols.list_query import KolFilter, count, fetch_page
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.kols.validation import validate_kol
from kolcrm.core.money import MAX_AMOUNT, amount_problem, stored_amount, stored_percent, to_text, true_cost

EXAMPLES = max(300, settings().max_examples)
# Every code point, surrogates and unassigned ones included: what a paste, a broken file or argv can bring.
any_character = st.characters(exclude_categories=[])
any_text = st.text(any_character, max_size=40)
on_a_database = settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])


def is_invisible_control(ch: str) -> bool:
    """What a one-line field refuses, by Unicode's categories: controls, surrogates, line and paragraph separators
    and the two non-characters."""
    return unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029\ufffe\uffff"


# -- text fields ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("display_name", "李\x00佳琦", "Display name holds an invisible control character (U+0000): remove it"),
        ("wechat_id", "wx\x1bid", "WeChat ID holds an invisible control character (U+001B): remove it"),
        ("city", "上海\n浦东", "City holds an invisible control character (U+000A): remove it"),
        ("real_name", "Li\u0085Jia", "Real name holds an invisible control character (U+0085): remove it"),
    ],
)
def test_the_editor_names_the_field_that_holds_a_control_character(
    db: Path, field: str, value: str, message: str
) -> None:
    _record, problems = kol_form.record_from_form({"display_name": "李佳琦", field: value}, [])

    assert [(p.field, p.message) for p in problems] == [(field, message)]


def test_a_handle_with_a_nul_is_refused_and_the_message_does_not_print_the_nul(db: Path) -> None:
    _record, problems = kol_form.record_from_form(
        {"display_name": "Lulu"}, [{"platform": "Douyin", "handle": "lu\x00lu"}]
    )

    assert [p.field for p in problems] == ["accounts[0].handle"]
    assert (
        problems[0].message == "Douyin lu\ufffdlu: the handle holds an invisible control character (U+0000): remove it"
    )


def test_saving_refuses_them_too_so_nothing_reaches_the_file(db: Path) -> None:
    with pytest.raises(ValidationError, match=r"Display name holds an invisible control character \(U\+0000\)"):
        save_kol(KolRecord(display_name="李佳琦\x00"))
    with pytest.raises(ValidationError, match="Categories holds"):
        save_kol(KolRecord(display_name="李佳琦", categories=["美妆\x07"]))

    assert count(KolFilter()) == 0


def test_white_space_around_a_name_is_trimmed_not_refused(db: Path) -> None:
    kol_id = save_kol(KolRecord(display_name="\t李佳琦\n", city=" 上海\r\n"))

    assert (get_kol(kol_id).display_name, get_kol(kol_id).city) == ("李佳琦", "上海")


@on_a_database
@given(name=any_text)
def test_any_name_is_either_refused_with_a_message_or_saved_as_typed(db: Path, name: str) -> None:
    problems = validate_kol(KolRecord(display_name=name))

    has_control = any(is_invisible_control(ch) for ch in name.strip())
    refused_for_it = [p for p in problems if "invisible control character" in p.message]
    assert bool(refused_for_it) == has_control
    if not problems:
        kol_id = save_kol(KolRecord(display_name=name))
        assert get_kol(kol_id).display_name == name.strip()
        assert count(KolFilter(text=name)) >= 1, "what was saved can be found by what was typed"


def test_a_deal_refuses_a_nul_in_its_title_and_keeps_line_breaks_in_its_notes(db: Path) -> None:
    kol = save_kol(KolRecord(display_name="李佳琦"))
    brand = brands.save_brand(BrandRecord(name="花西子"))
    deal = CollaborationRecord(brand_id=brand, kol_id=kol, title="春季\x00口红")

    with pytest.raises(ValidationError, match=r"Title holds an invisible control character \(U\+0000\)"):
        save_collaboration(deal)
    deal.title, deal.notes = "春季口红", "第一行\n\t第二行"
    deal.deliverables = [DeliverableRecord(platform="Douyin", brief="突出质地\x00")]
    with pytest.raises(ValidationError, match=r"Deliverable 1 holds an invisible control character \(U\+0000\)"):
        save_collaboration(deal)
    deal.deliverables[0].brief = "突出质地\n多拍特写"
    assert save_collaboration(deal)


# -- search --------------------------------------------------------------------------------------------------
@pytest.fixture
def book(db: Path) -> Path:
    for name, handle in (("李佳琦", "lijiaqi"), ("Mia Chen", "miachen"), ("朱若怡", "zry_2024"), ("_%\\'\"*", "odd")):
        save_kol(KolRecord(display_name=name, accounts=[AccountRecord("Douyin", handle)]))
    return db


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("\x00", ["李佳琦", "Mia Chen", "朱若怡", "_%\\'\"*"]),  # nothing left to look for: the whole list
        ("李\x00", ["李佳琦"]),
        ("\x00李佳琦", ["李佳琦"]),
        ("Mia\x00Chen", ["Mia Chen"]),
        ("lij\ud800", ["李佳琦"]),
        ('"\x00"', ["_%\\'\"*"]),
        ("\x1bzry\x07", ["朱若怡"]),
    ],
)
def test_a_search_with_control_characters_neither_raises_nor_loses_the_terms_around_them(
    book: Path, query: str, names: list[str]
) -> None:
    found = [row.display_name for row in fetch_page(KolFilter(text=query), sort="name", descending=False)]

    assert sorted(found) == sorted(names)
    assert count(KolFilter(text=query)) == len(names)


@on_a_database
@given(query=any_text)
def test_any_search_text_gives_a_list_and_its_count_never_an_error(book: Path, query: str) -> None:
    rows = fetch_page(KolFilter(text=query), limit=100)
    by_words = fetch_page(KolFilter(text=query), sort="name", descending=False, limit=100, broad=True)

    assert count(KolFilter(text=query)) == len(rows) == len(by_words)


@on_a_database
@given(junk=st.text(st.characters(categories=["Cc", "Cs"]), min_size=1, max_size=5))
def test_a_name_with_control_characters_around_it_is_still_found(book: Path, junk: str) -> None:
    names = [row.display_name for row in fetch_page(KolFilter(text=f"{junk}李佳琦{junk}"), limit=100)]

    assert names == ["李佳琦"]


# -- money ---------------------------------------------------------------------------------------------------
def fee_problems(text: str) -> tuple[Decimal | None, list[str]]:
    base = CollaborationRecord(brand_id=1, kol_id=1, title="春季口红")
    record, problems = deal_form.record_from_form({"title": "春季口红", "agreed_fee": text}, base)
    return record.agreed_fee, [p.message for p in problems if p.field == "agreed_fee"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9" * 40, "Agreed fee is larger than 1,000,000,000,000"),
        ("9" * 400 + "万", "Agreed fee is larger than 1,000,000,000,000"),
        ("abc", "“abc” is not an amount (e.g. 30000, 3万, ¥30,000)"),
        ("1e400", "“1e400” is not an amount (e.g. 30000, 3万, ¥30,000)"),
        ("30000.555", "Agreed fee has more than two decimal places"),
        ("3\x000", "“3\ufffd0” is not an amount (e.g. 30000, 3万, ¥30,000)"),
    ],
)
def test_a_huge_or_malformed_fee_is_a_message(text: str, message: str) -> None:
    assert fee_problems(text)[1] == [message]


@settings(max_examples=EXAMPLES)
@given(text=any_text | st.from_regex(r"\A[¥$]?-?\d{0,40}(\.\d{0,5})?(k|w|万|亿)?( USD)?\Z"))
def test_any_typed_fee_is_an_amount_money_allows_or_a_message(text: str) -> None:
    amount, problems = fee_problems(text)

    if not problems and amount is not None:
        assert 0 <= amount <= MAX_AMOUNT and amount == amount.quantize(Decimal("0.01"))
        assert stored_amount(to_text(amount)) == amount, "stored and read back unchanged"
    if amount is not None:
        true_cost(amount, Decimal("5.5"), Decimal(3))  # the editor shows it while the user types: never raises


@settings(max_examples=EXAMPLES)
@given(
    amount=st.decimals(allow_nan=True, allow_infinity=True)
    | st.decimals(min_value=-(10**30), max_value=10**30, places=3)
    | st.sampled_from([Decimal("sNaN"), Decimal("1e999999"), Decimal("-1e-999999")])
)
def test_money_rules_answer_for_any_decimal(amount: Decimal) -> None:
    problem = amount_problem("fee", amount, "Fee")

    if problem is None:
        assert stored_amount(to_text(amount)) == amount
    true_cost(amount, Decimal(10), Decimal(0))


@settings(max_examples=EXAMPLES)
@given(text=any_text | st.from_type(int) | st.binary(max_size=8) | st.none())
def test_stored_text_reads_back_as_an_amount_or_as_none_never_an_error(text: object) -> None:
    amount = stored_amount(text)
    percent = stored_percent(text)

    assert amount is None or (amount.is_finite() and abs(amount) <= MAX_AMOUNT)
    assert 0 <= percent <= 100


@pytest.mark.parametrize(
    ("fee", "message"),
    [
        ("99999999999999", "Douyin lulu: the fee for “Video” is larger than 1,000,000,000,000"),
        ("30000.555", "Douyin lulu: the fee for “Video” has more than two decimal places"),
    ],
)
def test_a_rate_card_fee_follows_the_money_rules(fee: str, message: str) -> None:
    row = {"platform": "Douyin", "handle": "lulu", "rate_card": f"Video: {fee}"}

    _record, problems = kol_form.record_from_form({"display_name": "Lulu"}, [row])

    assert [p.message for p in problems] == [message]
