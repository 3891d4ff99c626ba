"""Amounts in words: exact cases, and a round trip through a small reader of each notation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kolcrm.contracts.words import amount_in_chinese, amount_in_english

CN_DIGIT = {ch: n for n, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
CN_ALLOWED = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
EN_VALUES = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
} | {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n > 1}
EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def read_chinese(text: str) -> Decimal:
    """The amount a Chinese financial numeral states (the test's own independent reader)."""
    text = text.removesuffix("整")
    whole_text, _, fraction = text.rpartition("元")
    fraction = fraction.removeprefix("零")  # 壹元零陆分: the empty 角 is spoken
    cents = 0
    for digit, unit in zip(fraction[::2], fraction[1::2], strict=True):
        cents += CN_DIGIT[digit] * {"角": 10, "分": 1}[unit]
    return Decimal(_read_integer(whole_text)) + Decimal(cents) / 100


def _read_integer(text: str) -> int:
    if "亿" in text:
        high, _, low = text.rpartition("亿")
        return _read_integer(high) * 10**8 + _read_integer(low)
    if "万" in text:
        high, _, low = text.rpartition("万")
        return _read_integer(high) * 10**4 + _read_integer(low)
    total, digit = 0, 0
    for ch in text:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        else:
            total += digit * {"拾": 10, "佰": 100, "仟": 1000}[ch]
            digit = 0
    return total + digit


def read_english(text: str) -> Decimal:
    words, _, cents = text.partition(" and ")
    total = current = 0
    for word in words.replace("-", " ").split():
        if word == "hundred":
            current *= 100
        elif word in EN_SCALES:
            total += current * EN_SCALES[word]
            current = 0
        else:
            current += EN_VALUES[word]
    return Decimal(total + current) + (Decimal(cents.removesuffix("/100")) / 100 if cents else 0)


@pytest.mark.parametrize(
    ("amount", "chinese"),
    [
        ("30000", "叁万元整"),
        ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
        ("0", "零元整"),
        ("0.06", "陆分"),
        ("0.5", "伍角"),
        ("100.06", "壹佰元零陆分"),
        ("10", "壹拾元整"),
        ("1010", "壹仟零壹拾元整"),
        ("1001", "壹仟零壹元整"),
        ("20001", "贰万零壹元整"),
        ("100000000", "壹亿元整"),
        ("100010000", "壹亿零壹万元整"),
        ("110000000", "壹亿壹仟万元整"),
        ("1000000000000", "壹万亿元整"),
        ("123456789012.34", "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"),
        ("1.005", "壹元零壹分"),  # rounded half up to the cent
    ],
)
def test_chinese_exact(amount: str, chinese: str) -> None:
    assert amount_in_chinese(Decimal(amount)) == chinese


@pytest.mark.parametrize(
    ("amount", "english"),
    [
        ("30000", "thirty thousand"),
        ("1234.56", "one thousand two hundred thirty-four and 56/100"),
        ("0", "zero"),
        ("0.06", "zero and 06/100"),
        ("115", "one hundred fifteen"),
        ("1000000000000", "one trillion"),
        ("2000300", "two million three hundred"),
    ],
)
def test_english_exact(amount: str, english: str) -> None:
    assert amount_in_english(Decimal(amount)) == english


@pytest.mark.parametrize("bad", [Decimal("-1"), Decimal("1e16"), Decimal("NaN"), Decimal("Infinity")])
def test_out_of_range_amounts_raise_value_error(bad: Decimal) -> None:
    with pytest.raises(ValueError):
        amount_in_chinese(bad)
    with pytest.raises(ValueError):
        amount_in_english(bad)


amounts = st.decimals(min_value=0, max_value=Decimal("999999999999999.99"), places=2, allow_nan=False)


@given(amounts)
def test_chinese_round_trip(amount: Decimal) -> None:
    text = amount_in_chinese(amount)
    assert set(text) <= CN_ALLOWED
    assert text.endswith("整") == (amount == amount.to_integral_value())
    assert ("零零" not in text and not text.startswith("零")) or text == "零元整"
    assert read_chinese(text) == amount


@given(amounts)
def test_english_round_trip(amount: Decimal) -> None:
    text = amount_in_english(amount)
    assert read_english(text) == amount
    assert (" and " in text) == (amount != amount.to_integral_value())
