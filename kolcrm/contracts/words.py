"""Amounts in words, as contracts state them: Chinese financial numerals (大写) and English cheque style.

The words come from well-kept libraries: cn2an's "rmb" mode writes 大写 as banks and 《支付结算办法》 expect
(壹仟零壹拾元整, 壹元零伍分), num2words the English cardinals. Both are imported on first use: a contract's worker
pays for them once, the app's start never does.
"""

from __future__ import annotations

import importlib
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from types import ModuleType

# Up to 9,999,999,999,999,999.99: groups of 万 and 亿 nest (1万亿 = 10^12), English reaches "trillion".
LIMIT = Decimal(10) ** 16


def _split_cents(amount: Decimal) -> tuple[int, int]:
    """(whole units, cents) of a non-negative amount rounded half-up to the cent; ValueError otherwise."""
    try:
        cents = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise ValueError(f"Not an amount: {amount!r}") from exc
    if not cents.is_finite() or cents < 0:
        raise ValueError(f"Amounts in words must be zero or positive: {amount}")
    if cents >= LIMIT:
        raise ValueError(f"Amount too large to write in words: {amount}")
    whole = int(cents)
    return whole, int((cents - whole) * 100)


@cache
def _cn2an() -> ModuleType:
    return importlib.import_module("cn2an")


@cache
def _num2words() -> ModuleType:
    return importlib.import_module("num2words")


def amount_in_chinese(amount: Decimal) -> str:
    """Chinese financial uppercase: 30000 → 叁万元整, 1234.56 → 壹仟贰佰叁拾肆元伍角陆分, 0.06 → 陆分."""
    whole, cents = _split_cents(amount)
    return str(_cn2an().an2cn(f"{whole}.{cents:02d}", "rmb"))


def amount_in_english(amount: Decimal) -> str:
    """Cheque style: 30000 → "thirty thousand", 1234.56 → "one thousand two hundred thirty-four and 56/100"."""
    whole, cents = _split_cents(amount)
    # num2words writes British English ("one thousand, two hundred and thirty-four"): a cheque's "and" joins only
    # the cents, so the integer part drops its commas and ands.
    text = str(_num2words().num2words(whole, lang="en")).replace(",", "").replace(" and ", " ")
    return f"{text} and {cents:02d}/100" if cents else text
