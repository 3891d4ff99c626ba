"""Sheet values as platforms and agencies export them: suffixes, at-least marks, ranges, no-values, currencies,
rates as fractions, mojibake — in Chinese and English, by example and by Hypothesis."""

from __future__ import annotations

from decimal import Decimal

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kolcrm.exchange.imports import numbers
from kolcrm.exchange.imports.numbers import (
    Count,
    Fee,
    Figure,
    clean,
    is_no_value,
    looks_numeric,
    parse_count,
    parse_fee,
    parse_figure,
    parse_rate,
    repair_mojibake,
)

MULTIPLIERS = {
    "k": 10**3, "K": 10**3, "千": 10**3,
    "w": 10**4, "W": 10**4, "万": 10**4,
    "m": 10**6, "M": 10**6, "百万": 10**6,
    "千万": 10**7,
    "亿": 10**8,
    "b": 10**9, "B": 10**9,
}  # fmt: skip
NO_VALUES = ["", "  ", "TBD", "N/A", "n/a", "NA", "n.a.", "NaN", "NaN%", "nan", "null", "None", "-", "--", "—",
             "——", "/", "?", "#N/A", "#VALUE!", "保密", "暂无", "无", "未知", "待定", "面议", "不详", "－", "？",
             " N/A "]  # fmt: skip
RANGE_SEPARATORS = ["-", "~", "–", "—", " to ", "至", "到", "～", " - "]


# -- figures and counts ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [("29.0b", 29_000_000_000), ("2.5B", 2_500_000_000), ("1.2亿", 120_000_000), ("4.5M", 4_500_000),
     ("475.8m", 475_800_000), ("3百万", 3_000_000), ("1千万", 10_000_000), ("3.5w", 35_000), ("1.2万", 12_000),
     ("12.3k", 12_300), ("5千", 5_000), ("12,345", 12_345), ("１２，３４５", 12_345), ("１.２万", 12_000),
     ("12 345", 12_345), ("1.5 million", 1_500_000), ("2 billion", 2_000_000_000), ("3.2bn", 3_200_000_000)],
)  # fmt: skip
def test_counts_with_suffixes_in_chinese_and_english(text, value):
    assert parse_count(text) == Count(value)
    assert parse_figure(text) == Figure(Decimal(value))


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.2M+", 1_200_000), ("10万+", 100_000), ("12.5万+", 125_000), ("10w+", 100_000), ("1万以上", 10_000),
     ("≥5k", 5_000), (">=5k", 5_000), ("100K +", 100_000)],
)  # fmt: skip
def test_a_plus_means_at_least_and_keeps_the_value(text, value):
    assert parse_count(text) == Count(value, at_least=True)
    assert parse_figure(text) == Figure(Decimal(value), at_least=True)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("600K-800K", 600_000, 800_000), ("600K–800K", 600_000, 800_000), ("600K to 800K", 600_000, 800_000),
     ("60万~80万", 600_000, 800_000), ("60万～80万", 600_000, 800_000), ("60-80万", 600_000, 800_000),
     ("60万至80万", 600_000, 800_000), ("1-5k", 1_000, 5_000), ("500-1.2k", 500, 1_200),
     ("1.2M - 1.5M", 1_200_000, 1_500_000), ("1,000-2,000", 1_000, 2_000), ("5万-5万", 50_000, 50_000)],
)  # fmt: skip
def test_ranges_keep_both_ends_and_the_lower_is_the_value(text, low, high):
    assert parse_count(text) == Count(low, high)
    assert parse_figure(text) == Figure(Decimal(low), Decimal(high))


def test_a_range_can_be_at_least_too():
    assert parse_count("600K-800K+") == Count(600_000, 800_000, at_least=True)


@pytest.mark.parametrize("text", ["800K-600K", "80万~60万", "5 to 3"])
def test_a_range_upside_down_is_refused(text):
    with pytest.raises(ValueError, match="upper end"):
        parse_count(text)


@pytest.mark.parametrize("text", NO_VALUES)
def test_cells_without_a_value_read_as_none(text):
    assert is_no_value(text)
    assert parse_figure(text) is None
    assert parse_count(text) is None
    assert parse_rate(text) is None
    assert parse_fee(text) is None
    assert not looks_numeric(text)


@pytest.mark.parametrize("text", ["0", "Nana", "北京", "@na", "none of them", "无锡"])
def test_values_that_only_look_like_no_value_are_values(text):
    assert not is_no_value(text)


@pytest.mark.parametrize("text", ["-1.18w", "-5000", "−3k", "-10万+"])
def test_negative_counts_are_refused_with_a_reason(text):
    with pytest.raises(ValueError, match="negative"):
        parse_count(text)
    assert parse_figure(text) is not None and parse_figure(text).value < 0  # a generic figure may be negative


@pytest.mark.parametrize("text", ["0.4", "12.5", "999.9"])
def test_a_fraction_of_a_follower_is_refused(text):
    with pytest.raises(ValueError, match="whole number"):
        parse_count(text)


def test_large_counts_round_to_whole_numbers():
    assert parse_count("12.3456k") == Count(12_346)
    assert parse_count("1.23456789万") == Count(12_346)


@pytest.mark.parametrize(
    "text", ["12,34,5", "abc", "1,5", "1e5", "12..3", "1.2.3", "万", "k", "3%k", "12 万 5", "1-2-3", "≥", "+"]
)
def test_unreadable_numbers_are_refused(text):
    with pytest.raises(ValueError):
        parse_count(text)
    assert not looks_numeric(text)


def test_the_reason_names_the_cell_and_the_commas():
    with pytest.raises(ValueError, match="“12,34,5”: the commas do not group thousands"):
        parse_figure("12,34,5")
    with pytest.raises(ValueError, match="too large"):
        parse_count("9" * 40)
    with pytest.raises(ValueError, match="percentage, not a count"):
        parse_count("3.2%")


def test_figures_include_percentages_and_decimals():
    assert parse_figure("3.2%") == Figure(Decimal("3.2"))
    assert parse_figure("3-5%") == Figure(Decimal(3), Decimal(5))
    assert parse_figure("0.052") == Figure(Decimal("0.052"))
    assert parse_figure("1.50") == Figure(Decimal("1.5"))
    assert str(parse_figure("1.2万").value) == "12000"  # never 12000.0 or 1.2E+4
    assert parse_figure("1234567890123456789") == Figure(Decimal("1234567890123456789"))


@pytest.mark.parametrize("text", ["12,345", "1.2万", "29.0b", "10万+", "600K-800K", "3.2%", "0.045", "-3"])
def test_looks_numeric(text):
    assert looks_numeric(text)


@pytest.mark.parametrize("text", ["@abc", "李佳琦", "NaN", "N/A", "", "2024-05-20", "https://x.com/a"])
def test_does_not_look_numeric(text):
    assert not looks_numeric(text)


def test_clean_makes_full_width_ascii_and_trims():
    assert clean("　１２，３４５％ ") == "12,345%"
    assert clean("  abc ") == "abc"


# -- rates ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "fraction", "expected"),
    [("1.39%", None, 1.39), ("1.39", None, 1.39), ("1.39", False, 1.39), ("0.052", True, 5.2),
     ("0.045", True, 4.5), ("0.052", False, 0.052), ("0.052", None, 0.052), ("5.2%", True, 5.2),
     ("１.３９％", None, 1.39), ("3-5%", None, 3.0), ("0", True, 0.0), ("1", True, 100.0), ("100%", None, 100.0)],
)  # fmt: skip
def test_rates_in_percent_points(text, fraction, expected):
    assert parse_rate(text, fraction) == pytest.approx(expected)


def test_rates_over_100_or_negative_are_refused():
    with pytest.raises(ValueError, match="over 100"):
        parse_rate("101")
    with pytest.raises(ValueError, match=r"0\.052 means 5\.2"):
        parse_rate("5.2", fraction=True)
    with pytest.raises(ValueError, match="negative"):
        parse_rate("-1%")
    with pytest.raises(ValueError, match="percentage"):
        parse_rate("high")


# -- fees -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("¥30,000", "30000", "CNY"), ("￥30,000", "30000", "CNY"), ("30000元", "30000", "CNY"), ("3万", "30000", "CNY"),
     ("3万元", "30000", "CNY"), ("1.2万", "12000", "CNY"), ("RMB 5,000", "5000", "CNY"), ("rmb5000", "5000", "CNY"),
     ("CNY 5000", "5000", "CNY"), ("人民币5000", "5000", "CNY"), ("5000人民币", "5000", "CNY"),
     ("5000元/条", "5000", "CNY"), ("5000 USD", "5000", "USD"), ("$5,000", "5000", "USD"), ("US$1.2k", "1200", "USD"),
     ("USD 1.5M", "1500000", "USD"), ("500美元", "500", "USD"), ("HK$1,000", "1000", "HKD"), ("€200", "200", "EUR"),
     ("£300.50", "300.5", "GBP"), ("5000 JPY", "5000", "JPY"), ("30000.50 usd", "30000.5", "USD"),
     ("¥3000元", "3000", "CNY"), ("1.2k", "1200", "CNY")],
)  # fmt: skip
def test_fees_with_their_currency(text, amount, currency):
    fee = parse_fee(text)
    assert fee == Fee(Decimal(amount), currency)
    assert str(fee.amount) == amount


def test_fee_ranges_and_at_least():
    assert parse_fee("$500-$800") == Fee(Decimal(500), "USD", Decimal(800))
    assert parse_fee("¥3万-5万") == Fee(Decimal(30_000), "CNY", Decimal(50_000))
    assert parse_fee("3-5万元") == Fee(Decimal(30_000), "CNY", Decimal(50_000))
    assert parse_fee("500 - 800 USD") == Fee(Decimal(500), "USD", Decimal(800))
    assert parse_fee("1万+") == Fee(Decimal(10_000), "CNY", at_least=True)
    assert parse_fee("1万元以上") == Fee(Decimal(10_000), "CNY", at_least=True)
    assert parse_fee("5000", default_currency="USD") == Fee(Decimal(5000), "USD")


@pytest.mark.parametrize(
    ("text", "reason"),
    [("30000.005", "two decimal places"), ("-500", "negative"), ("$500 RMB", "two currencies"),
     ("5%", "percentage"), ("abc", "not an amount"), ("500 max", "not an amount"), ("¥", "no amount"),
     ("¥8万-5万", "upper end"), ("1" * 30, "too large")],
)  # fmt: skip
def test_unreadable_fees_are_refused_with_a_reason(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_fee(text)


# -- mojibake -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("broken", "fixed"),
    [("CÃ´te d'Ivoire", "Côte d'Ivoire"), ("æŠ–éŸ³", "抖音"), ("å°\x8fçº¢ä¹¦", "小红书"),
     ("ç¾\x8eå¦\x86å\x8d\x9aä¸»", "美妆博主"), ("åŒ—äº¬", "北京"), ("è¾¾äºº", "达人"), ("ç²‰ä¸\x9d", "粉丝"), ("ï¼Œ", "，"), ("SÃ£o Paulo", "São Paulo")],
)  # fmt: skip
def test_mojibake_is_repaired(broken, fixed):
    assert repair_mojibake(broken) == fixed


@pytest.mark.parametrize(
    "text",
    ["小红书达人：李佳琦，粉丝１２万！", "Café au lait – “quoted”", "Zoë\r\nline two", "São Paulo", "a &amp; b",
     "ＡＢＣ全角", "ﬁne ligature", "naïve résumé", "Ünïcödé"],
)  # fmt: skip
def test_good_text_is_left_as_it_is(text):
    assert repair_mojibake(text) == text


def test_clean_cells_never_reach_ftfy(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("ftfy called on a clean cell")

    monkeypatch.setattr(numbers.ftfy, "fix_text", refuse)
    for text in ["hello", "", "@handle_123", "李佳琦", "粉丝１２万！", "“quoted” – dash", "Ｉｎｓ"]:
        assert repair_mojibake(text) == text
    assert ftfy.fix_text is refuse


# -- properties -----------------------------------------------------------------------------------------------
suffixes = st.sampled_from(sorted(MULTIPLIERS))


@given(n=st.integers(0, 10**6), suffix=suffixes, style=st.sampled_from(["{n}{s}", "{n:,}{s}", "{n} {s}", "{n}{s}+"]))
def test_any_int_with_any_suffix_reads_as_n_times_the_multiplier(n, suffix, style):
    text = style.format(n=n, s=suffix)
    expected = n * MULTIPLIERS[suffix]
    assert parse_count(text) == Count(expected, at_least=text.endswith("+"))
    assert parse_figure(text).value == expected
    full_width = text.translate(str.maketrans("0123456789,+", "０１２３４５６７８９，＋"))
    assert parse_count(full_width) == parse_count(text)


@given(n=st.integers(0, 10**6), tenths=st.integers(0, 9), suffix=suffixes)
def test_decimals_with_suffixes_are_exact(n, tenths, suffix):
    assert parse_figure(f"{n}.{tenths}{suffix}").value == Decimal(f"{n}.{tenths}") * MULTIPLIERS[suffix]


@given(
    ends=st.lists(st.integers(0, 10**6), min_size=2, max_size=2),
    suffix=suffixes,
    separator=st.sampled_from(RANGE_SEPARATORS),
    both=st.booleans(),
)
def test_ranges_keep_their_order(ends, suffix, separator, both):
    low, high = sorted(ends)
    text = f"{low}{suffix if both else ''}{separator}{high}{suffix}"
    count = parse_count(text)
    assert count == Count(low * MULTIPLIERS[suffix], high * MULTIPLIERS[suffix])
    assert count.upper is not None and count.value <= count.upper
    if low < high:
        with pytest.raises(ValueError):
            parse_count(f"{high}{suffix}{separator}{low}{suffix}")


@given(amount=st.decimals(min_value=0, max_value=10**9, places=2), currency=st.sampled_from(["¥", "$", "€", "£"]))
def test_amounts_keep_every_cent(amount, currency):
    fee = parse_fee(f"{currency}{amount:,}")
    assert fee is not None and fee.amount == amount
    assert "E" not in str(fee.amount)


NUMBER_LIKE = st.text(alphabet="0123456789０１,，. -−–~～+%％kKwWmMbB万亿千百 $¥￥元USDrmbto到至以上≥>/条NaN")


@settings(max_examples=500)
@given(text=st.text() | NUMBER_LIKE)
def test_parsers_raise_only_value_error_on_any_text(text):
    for parse in (parse_figure, parse_count, parse_fee, parse_rate):
        try:
            parse(text)
        except ValueError:
            pass
    for fraction in (True, False):
        try:
            parse_rate(text, fraction)
        except ValueError:
            pass
    is_no_value(text)
    looks_numeric(text)
    clean(text)
    repair_mojibake(text)


@settings(max_examples=500)
@given(text=st.text() | st.text(alphabet=st.characters(max_codepoint=0x2FF)))
def test_repair_mojibake_is_idempotent(text):
    once = repair_mojibake(text)
    assert repair_mojibake(once) == once


cjk_text = st.text(
    alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
    | st.sampled_from("，。！？：；“”（）《》、\n\r\n 　１２３ＡＢ")
)


@given(text=cjk_text)
def test_repair_mojibake_leaves_chinese_text_unchanged(text):
    assert repair_mojibake(text) == text
