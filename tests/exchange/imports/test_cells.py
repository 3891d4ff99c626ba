"""One cell for one import field: every kind of field, in Chinese and English, and never an error but ValueError."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kolcrm.core.vocabulary import Platform, Status, Tier
from kolcrm.exchange.imports.cells import LIST_FIELDS, TEXT_FIELDS, parse_cell
from kolcrm.exchange.imports.numbers import Count, Fee, Figure

FIELDS = [
    *sorted(TEXT_FIELDS | LIST_FIELDS), "notes", "followers", "engagement_rate", "fee", "platform", "status", "tier", "birthday", "last_contact",
    "rate_card", "followers@Douyin", "metric:Posts", "custom:Bio",
]  # fmt: skip


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("text", ["NaN", "N/A", "TBD", "-", "—", "保密", "暂无", "", "  "])
def test_no_value_is_none_for_every_field(field, text):
    assert parse_cell(field, text) is None


def test_text_fields_are_single_lines_and_keep_what_was_typed():
    assert parse_cell("city", "  北京 ") == "北京"
    assert parse_cell("display_name", "Li\tJiaqi\n") == "Li Jiaqi"
    assert parse_cell("handle", "@li.jiaqi") == "@li.jiaqi"  # the core's handle_key normalises the '@'
    assert parse_cell("handle@Douyin", "@abc") == "@abc"
    assert parse_cell("kol_ref", " 12 ") == "12"
    assert parse_cell("notes", "line one\nline two\x07") == "line one\nline two"
    assert parse_cell("custom:Bio", "Travel vlogger") == "Travel vlogger"


def test_the_export_apostrophe_guard_is_taken_off():
    assert parse_cell("phone", "'+86 138 0000 0000") == "+86 138 0000 0000"
    assert parse_cell("display_name", "'=SUM(A1)") == "=SUM(A1)"
    assert parse_cell("handle", "'@abc") == "@abc"
    assert parse_cell("display_name", "'Quoted'") == "'Quoted'"


def test_lists_split_and_drop_no_values():
    assert parse_cell("categories", "美妆、护肤/NaN，美妆") == ["美妆", "护肤"]
    assert parse_cell("languages", "English; 中文 | -") == ["English", "中文"]
    assert parse_cell("value_tags", "/") is None


def test_numbers_by_field():
    assert parse_cell("followers", "10万+") == Count(100_000, at_least=True)
    assert parse_cell("followers", "600K-800K") == Count(600_000, 800_000)
    assert parse_cell("followers@Xiaohongshu", "1.2w") == Count(12_000)
    assert parse_cell("engagement_rate", "1.39%") == pytest.approx(1.39)
    assert parse_cell("engagement_rate", "0.052", fraction=True) == pytest.approx(5.2)
    assert parse_cell("engagement_rate", "0.052") == pytest.approx(0.052)
    assert parse_cell("fee", "¥3万") == Fee(Decimal(30_000), "CNY")
    assert parse_cell("fee", "面议") is None
    assert parse_cell("metric:Avg likes", "1.2k") == Figure(Decimal(1200))
    with pytest.raises(ValueError, match="negative"):
        parse_cell("followers", "-1.18w")


@pytest.mark.parametrize("field", ["followers", "fee"])
def test_cells_that_would_need_a_guess_are_refused(field):
    with pytest.raises(ValueError):
        parse_cell(field, {"followers": "0.4", "fee": "30000.005"}[field])


@pytest.mark.parametrize(
    ("text", "platform"),
    [("抖音", Platform.DOUYIN), ("抖音号", Platform.DOUYIN), ("Douyin", Platform.DOUYIN), ("小红书", Platform.XIAOHONGSHU),
     ("小红书账号", Platform.XIAOHONGSHU), ("XHS", Platform.XIAOHONGSHU), ("b站", Platform.BILIBILI),
     ("B站", Platform.BILIBILI), ("bilibili", Platform.BILIBILI), ("哔哩哔哩", Platform.BILIBILI),
     ("IG", Platform.INSTAGRAM), ("ig", Platform.INSTAGRAM), ("Instagram", Platform.INSTAGRAM),
     ("Instagram ID", Platform.INSTAGRAM), ("tt", Platform.TIKTOK), ("TikTok", Platform.TIKTOK),
     ("youtube", Platform.YOUTUBE), ("YouTube channel", Platform.YOUTUBE), ("油管", Platform.YOUTUBE),
     ("微博", Platform.WEIBO), ("公众号", Platform.WECHAT), ("Taobao Live", Platform.TAOBAO_LIVE),
     ("Twitter", Platform.X), ("ｔｉｋｔｏｋ", Platform.TIKTOK)],
)  # fmt: skip
def test_platforms_by_their_names_and_aliases(text, platform):
    assert parse_cell("platform", text) is platform


def test_an_unknown_platform_is_refused():
    with pytest.raises(ValueError, match="unknown platform"):
        parse_cell("platform", "Myspace")


@pytest.mark.parametrize(
    ("text", "status"),
    [("active", Status.ACTIVE), ("Do not contact", Status.DO_NOT_CONTACT), ("do_not_contact", Status.DO_NOT_CONTACT),
     ("合作中", Status.ACTIVE), ("潜在", Status.PROSPECT), ("暂停", Status.PAUSED)],
)  # fmt: skip
def test_statuses(text, status):
    assert parse_cell("status", text) is status


@pytest.mark.parametrize("text", ["已建联", "未建联", "已回复", "Replied"])
def test_outreach_states_are_not_statuses(text):
    with pytest.raises(ValueError, match="outreach"):
        parse_cell("status", text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [("头部", Tier.HEAD), ("头部达人", Tier.HEAD), ("超头部", Tier.HEAD), ("Head", Tier.HEAD), ("Top", Tier.HEAD),
     ("Mega", Tier.HEAD), ("Head KOL", Tier.HEAD), ("腰部", Tier.MID), ("腰部达人", Tier.MID), ("Mid", Tier.MID),
     ("Mid-tier", Tier.MID), ("mid tier", Tier.MID), ("Macro", Tier.MID), ("尾部", Tier.MICRO), ("Micro", Tier.MICRO),
     ("micro-influencer", Tier.MICRO), ("KOC", Tier.KOC), ("Nano", Tier.KOC), ("素人", Tier.KOC),
     ("Nano influencers", Tier.KOC)],
)  # fmt: skip
def test_tiers_in_chinese_and_english(text, tier):
    assert parse_cell("tier", text) is tier


def test_tier_labels_of_the_export_read_back():
    for tier in Tier:
        expected = None if tier is Tier.UNKNOWN else tier
        assert parse_cell("tier", tier.label) is expected


@pytest.mark.parametrize("text", ["Tier 1", "肩部", "big"])
def test_an_unknown_tier_is_refused(text):
    with pytest.raises(ValueError, match="unknown tier"):
        parse_cell("tier", text)


@pytest.mark.parametrize("field", ["birthday", "last_contact"])
@pytest.mark.parametrize(
    "text",
    ["2024-05-20", "2024/5/20", "2024.5.20", "2024年5月20日", "2024 年 5 月 20 日", "20240520", "2024-05-20 10:30",
     "2024-05-20T10:30:00", "2024-05-20T10:30:00+08:00", "２０２４－０５－２０"],
)  # fmt: skip
def test_dates_year_first(field, text):
    assert parse_cell(field, text) == date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "reason"),
    [("05/06/2024", "either way round"), ("6.5.2024", "either way round"), ("2024-02-30", "not a date that exists"),
     ("31/02/2024", "not a date that exists"), ("1/2/24", "year in full"), ("5月20日", "not a date"),
     ("yesterday", "not a date"), ("20-Foo-2024", "not a date"), ("123", "not a date")],
)  # fmt: skip
def test_dates_that_cannot_be_read_surely_are_refused(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_cell("birthday", text)


@pytest.mark.parametrize(
    "text",
    ["5/20/2024", "20/05/2024", "20.05.2024", "20-May-2024", "May 20 2024", "May 20th, 2024", "20 May 2024", "45432"],
)
def test_dates_with_only_one_reading_are_read(text):
    """A day past 12 says which number is the day; a month's name says the month; 45432 is Excel's day number."""
    assert parse_cell("last_contact", text) == date(2024, 5, 20)


def test_rate_cards_as_the_export_and_people_write_them():
    cell = "Video 21–60 s: ¥30,000; Image post: 12000 CNY；直播：3万元\n¥5000"
    assert parse_cell("rate_card", cell) == [
        ("Video 21–60 s", Fee(Decimal(30_000), "CNY")),
        ("Image post", Fee(Decimal(12_000), "CNY")),
        ("直播", Fee(Decimal(30_000), "CNY")),
        ("", Fee(Decimal(5_000), "CNY")),
    ]
    assert parse_cell("rate_card", "Video 1:30: $500-$800; Story: 面议") == [
        ("Video 1:30", Fee(Decimal(500), "USD", Decimal(800))),
    ]
    assert parse_cell("rate_card", "; ;") is None
    with pytest.raises(ValueError, match="Image post: “abc”"):
        parse_cell("rate_card", "Video: ¥3000; Image post: abc")


def test_an_unknown_field_is_an_error():
    with pytest.raises(ValueError, match="unknown field"):
        parse_cell("favourite_colour", "blue")


@settings(max_examples=500)
@given(
    field=st.sampled_from(FIELDS),
    text=st.text() | st.text(alphabet="0123456789,.-/:：;+%kw万年月日 ¥$@'"),
    fraction=st.sampled_from([None, True, False]),
)
def test_any_text_in_any_field_raises_only_value_error(field, text, fraction):
    try:
        parse_cell(field, text, fraction=fraction)
    except ValueError:
        pass
