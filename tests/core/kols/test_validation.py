"""What the editor says about bad input: the field, and in words what is wrong. Parsers never crash."""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kolcrm.core.errors import ValidationError
from kolcrm.core.kols.form import ACCOUNT_COLUMNS, KOL_TEXT_FIELDS, form_from_record, record_from_form
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.numbers import parse_money, parse_percent, parse_quantity
from kolcrm.core.vocabulary import Platform, Status, Tier

TODAY = date(2026, 11, 23)


def problems_for(values: dict[str, str] | None = None, *accounts: dict[str, str]) -> dict[str, str]:
    """field → message for a form with a valid name unless `values` says otherwise."""
    _, problems = record_from_form({"display_name": "李佳琦", **(values or {})}, list(accounts), today=TODAY)
    return {p.field: p.message for p in problems}


def douyin(**cells: str) -> dict[str, str]:
    return {"platform": "Douyin", "handle": "lijiaqi", **cells}


def test_a_complete_valid_form_has_no_problems() -> None:
    record, problems = record_from_form(
        {
            "display_name": " 李佳琦 ",
            "status": "active",
            "categories": "美妆，护肤、美妆",
            "birthday": "1992/06/07",
            "email": "li@example.com",
            "phone": "+86 (138) 0000-0001",
        },
        [douyin(followers="1.2亿", engagement_rate="3.5%", audience_age_bands="18-24：45%, 25-34: 30%",
                rate_card="Video 21–60 s: ¥30,000；直播: 5000 USD", figures_checked_on="2024.05.01")],
        today=TODAY,
    )  # fmt: skip

    assert problems == []
    assert record.display_name == "李佳琦"
    assert record.categories == ["美妆", "护肤"]
    assert record.birthday == date(1992, 6, 7)
    account = record.accounts[0]
    assert account.followers == 120_000_000
    assert account.engagement_rate == 3.5
    assert account.audience_age_bands == {"18-24": 45.0, "25-34": 30.0}
    assert account.rate_card == [
        RateCardItem("Video 21–60 s", Decimal("30000"), "CNY"),
        RateCardItem("直播", Decimal("5000"), "USD"),
    ]
    assert account.figures_checked_on == date(2024, 5, 1)


@pytest.mark.parametrize("name", ["", "   ", "\u3000"])
def test_empty_name(name: str) -> None:
    assert problems_for({"display_name": name}) == {"display_name": "Display name cannot be empty"}


def test_overlong_name() -> None:
    assert "longer than 100 characters" in problems_for({"display_name": "李" * 101})["display_name"]


def test_negative_followers() -> None:
    message = problems_for({}, douyin(followers="-5"))["accounts[0].followers"]
    assert "lijiaqi" in message
    assert "cannot be negative" in message


def test_absurd_followers_are_refused_before_the_database_sees_them(any_db: str) -> None:
    record, problems = record_from_form({"display_name": "李佳琦"}, [douyin(followers="100000000000亿")], today=TODAY)

    assert "accounts[0].followers" in {p.field for p in problems}
    with pytest.raises(ValidationError, match="followers"):
        save_kol(record)


@pytest.mark.parametrize("rate", ["100.5%", "101", "-1%"])
def test_engagement_outside_0_to_100_percent(rate: str) -> None:
    message = problems_for({}, douyin(engagement_rate=rate))["accounts[0].engagement_rate"]
    assert "between 0 % and 100 %" in message


@pytest.mark.parametrize("email", ["lijiaqi", "li@", "li@example", "li jia@example.com", "li@@example.com"])
def test_malformed_email(email: str) -> None:
    message = problems_for({"email": email})["email"]
    assert email in message
    assert "not an email address" in message


@pytest.mark.parametrize("phone", ["+86 138 0000 0001", "(021) 5555-0101", "+1 (415) 555-0100", "021-55550101"])
def test_phone_numbers_as_people_write_them(phone: str) -> None:
    assert problems_for({"phone": phone}) == {}


@pytest.mark.parametrize("phone", ["call her agent", "138 0000 000x", "+", "12"])
def test_phone_that_is_not_a_number(phone: str) -> None:
    assert problems_for({"phone": phone}) == {"phone": "Phone may hold only digits, spaces, +, - and brackets"}


def test_duplicate_handle_within_one_record() -> None:
    problems = problems_for(
        {}, douyin(handle="@LiJiaqi"), douyin(handle="lijiaqi"), {"platform": "Weibo", "handle": "lijiaqi"}
    )
    assert list(problems) == ["accounts[1].handle"]
    assert "listed twice" in problems["accounts[1].handle"]


def test_unknown_status_is_a_problem_and_the_record_keeps_a_real_status() -> None:
    record, problems = record_from_form({"display_name": "李佳琦", "status": "retired"}, [], today=TODAY)
    assert {p.field: p.message for p in problems} == {"status": "Unknown status “retired”"}
    assert record.status is Status.PROSPECT


@pytest.mark.parametrize("text", ["1992-13-01", "next tuesday", "92/6/7", "1992-02-30"])
def test_bad_birthday_text(text: str) -> None:
    message = problems_for({"birthday": text})["birthday"]
    assert f"“{text}” is not a date" in message
    assert "YYYY-MM-DD" in message


@pytest.mark.parametrize("text", ["1899-12-31", "2026-11-24"])
def test_birthday_outside_1900_to_today(text: str) -> None:
    assert problems_for({"birthday": text}) == {"birthday": "Birthday must be a date between 1900 and today"}


@pytest.mark.parametrize("text", ["lots", "1.2万万", "12,3k followers", "1e6", "--5"])
def test_unparseable_followers_text(text: str) -> None:
    message = problems_for({}, douyin(followers=text))["accounts[0].followers"]
    assert f"“{text}” is not a number" in message
    assert "1.2万" in message, "the message shows what a number looks like"


def test_every_problem_is_reported_at_once() -> None:
    problems = problems_for(
        {"display_name": "", "email": "nope", "birthday": "someday", "wechat_id": "li jia"},
        douyin(followers="lots", engagement_rate="200%", rate_card="Video 21–60 s"),
        {"platform": "MySpace", "handle": ""},
    )
    assert set(problems) == {
        "display_name", "email", "birthday", "wechat_id", "accounts[0].followers", "accounts[0].engagement_rate",
        "accounts[0].rate_card", "accounts[1].platform", "accounts[1].handle",
    }  # fmt: skip
    assert "unknown platform “MySpace”" in problems["accounts[1].platform"]
    assert "handle cannot be empty" in problems["accounts[1].handle"]


def test_save_refuses_what_validation_refuses(any_db: str) -> None:
    with pytest.raises(ValidationError) as raised:
        save_kol(KolRecord(display_name="李佳琦", accounts=[AccountRecord("Douyin", "li", followers=-1)]))
    assert raised.value.field == "accounts[0].followers"


# --- Property tests: text from the keyboard never crashes a parser ----------------------------------------------

NUMBER_LIKE = st.text(alphabet="0123456789.,，+- kKwWmM千万百亿¥$€£元块%％HK\u3000\u00a0٣１", max_size=20)


@given(st.one_of(st.text(), NUMBER_LIKE))
def test_parse_quantity_only_ever_raises_value_error(text: str) -> None:
    try:
        value = parse_quantity(text)
    except ValueError:
        return
    assert value is None or isinstance(value, Decimal)
    assert value is None or value.is_finite()


@given(st.one_of(st.text(), NUMBER_LIKE))
def test_parse_percent_and_money_only_ever_raise_value_error(text: str) -> None:
    for parse in (parse_percent, parse_money):
        try:
            parse(text)
        except ValueError:
            pass


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    values=st.fixed_dictionaries({name: st.text(max_size=30) for name in (*KOL_TEXT_FIELDS, "birthday", "categories")}),
    rows=st.lists(
        st.fixed_dictionaries({column: st.one_of(st.text(max_size=30), NUMBER_LIKE) for column in ACCOUNT_COLUMNS}),
        max_size=3,
    ),
)
def test_record_from_form_reports_problems_instead_of_raising(
    values: dict[str, str], rows: list[dict[str, str]]
) -> None:
    record, problems = record_from_form(values, rows, today=TODAY)
    assert all(p.field and p.message for p in problems)
    assert len(record.accounts) == len(rows)


# --- Property test: what the editor shows is what it saves ------------------------------------------------------

SEPARATORS = ",，;；、:：\n"
plain_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters=SEPARATORS),
    min_size=1,
    max_size=12,
)
any_name = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=60,
).filter(lambda s: s == s.strip() and s.strip())
label_text = plain_text.filter(lambda s: s == s.strip())
percent = st.floats(min_value=0, max_value=100, allow_nan=False)
fee = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
past_date = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)


@st.composite
def accounts(draw: st.DrawFn, index: int) -> AccountRecord:
    bands = draw(st.dictionaries(st.sampled_from(["13-17", "18-24", "25-34", "35-44", "45+"]), st.floats(0, 20)))
    return AccountRecord(
        platform=draw(st.sampled_from(list(Platform))),
        handle=f"{draw(st.text(string.ascii_letters + string.digits + '._', min_size=1, max_size=12))}_{index}",
        url=draw(st.sampled_from(["", "https://www.douyin.com/user/某人"])),
        followers=draw(st.integers(0, 2_000_000_000)),
        engagement_rate=draw(percent),
        audience_female_pct=draw(st.none() | percent),
        audience_age_bands=bands,
        audience_cities=draw(st.lists(label_text, max_size=3, unique=True)),
        rate_card=[
            RateCardItem(fmt, draw(fee), draw(st.sampled_from(["CNY", "USD", "EUR", "HKD"])))
            for fmt in draw(st.lists(label_text, max_size=3))
        ],
        figures_checked_on=draw(st.none() | past_date),
    )


@st.composite
def kol_records(draw: st.DrawFn) -> KolRecord:
    return KolRecord(
        display_name=draw(any_name.filter(lambda s: len(s) <= 100)),
        real_name=draw(any_name | st.just("")),
        status=draw(st.sampled_from(list(Status))),
        tier_override=draw(st.none() | st.sampled_from(list(Tier))),
        categories=draw(st.lists(label_text, max_size=3, unique=True)),
        value_tags=draw(st.lists(label_text, max_size=3, unique=True)),
        city=draw(any_name | st.just("")),
        languages=draw(st.lists(label_text, max_size=2, unique=True)),
        agency=draw(any_name | st.just("")),
        wechat_id=draw(st.sampled_from(["", "wxid_lijiaqi", "李佳琦_wx"])),
        phone=draw(st.sampled_from(["", "+86 138 0000 0001", "(021) 5555-0101"])),
        email=draw(st.sampled_from(["", "li@example.com", "李@例子.中国"])),
        birthday=draw(st.none() | past_date),
        accounts=[draw(accounts(i)) for i in range(draw(st.integers(0, 3)))],
    )


@settings(deadline=None, max_examples=150)
@given(kol_records())
def test_form_round_trip_gives_the_record_back(record: KolRecord) -> None:
    values, rows = form_from_record(record)

    back, problems = record_from_form(values, rows, today=TODAY)

    assert problems == []
    assert back == record


@settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kol_records())
def test_any_valid_record_saves_and_reads_back(any_db: str, record: KolRecord) -> None:
    from kolcrm.core.kols.trash import empty_trash, trash_kols
    from kolcrm.core.store import versions

    kol_id = save_kol(record, today=TODAY)
    try:
        back = get_kol(kol_id)
        # What the core adds on reading back; everything else must be exactly what was saved.
        back.id, back.tier, back.created_at, back.updated_at = None, Tier.UNKNOWN, "", ""
        assert back.row_version == record.row_version == 1  # the saved record holds the version its save left
        assert back.changed_by == versions.current_person()
        back.changed_by = ""
        for account in back.accounts:
            account.id = None
        for account in record.accounts:
            account.id = None
        assert back == record
    finally:
        trash_kols([kol_id])
        empty_trash()


def test_unknown_tier_text_is_a_field_problem_not_an_exception():
    from kolcrm.core.kols.form import record_from_form

    record, problems = record_from_form({"display_name": "达人", "tier_override": "huge"}, [])
    assert [p.field for p in problems] == ["tier_override"]
    assert "Unknown tier" in problems[0].message
    assert record.tier_override is None
