"""Amounts in words, as contracts state them: Chinese financial numerals (大写) and English cheque style."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Up to 9,999,999,999,999,999.99: groups of 万 and 亿 nest (1万亿 = 10^12), English reaches "trillion".
LIMIT = Decimal(10) ** 16

_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CN_PLACES = ("", "拾", "佰", "仟")

_EN_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


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


def _chinese_below_10000(n: int) -> str:
    """1..9999 with inner zeros collapsed to one 零 and trailing zeros dropped (1010 → 壹仟零壹拾)."""
    out: list[str] = []
    pending_zero = False
    for position in range(3, -1, -1):
        digit = n // 10**position % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_CN_DIGITS[digit] + _CN_PLACES[position])
    return "".join(out)


def _chinese_integer(n: int) -> str:
    """1..10^16-1: 亿 and 万 groups, with a 零 wherever a lower group does not fill its leading place."""
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        text = _chinese_integer(high) + "亿"
        if low:
            text += ("零" if low < 10**7 else "") + _chinese_integer(low)
        return text
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        text = _chinese_below_10000(high) + "万"
        if low:
            text += ("零" if low < 1000 else "") + _chinese_below_10000(low)
        return text
    return _chinese_below_10000(n)


def amount_in_chinese(amount: Decimal) -> str:
    """Chinese financial uppercase: 30000 → 叁万元整, 1234.56 → 壹仟贰佰叁拾肆元伍角陆分, 0.06 → 陆分."""
    whole, cents = _split_cents(amount)
    jiao, fen = divmod(cents, 10)
    text = _chinese_integer(whole) + "元" if whole else ""
    if not cents:
        return (text or "零元") + "整"
    if jiao:
        text += _CN_DIGITS[jiao] + "角"
    elif whole:
        text += "零"  # 壹元零陆分: the empty 角 place is spoken
    if fen:
        text += _CN_DIGITS[fen] + "分"
    return text


def _english_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_EN_ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else ""))
    elif rest:
        parts.append(_EN_ONES[rest])
    return " ".join(parts)


def _english_integer(n: int) -> str:
    if n == 0:
        return "zero"
    parts: list[str] = []
    for scale, name in _EN_SCALES:
        if n >= scale:
            count, n = divmod(n, scale)
            parts.append(f"{_english_below_1000(count) if count < 1000 else _english_integer(count)} {name}")
    if n:
        parts.append(_english_below_1000(n))
    return " ".join(parts)


def amount_in_english(amount: Decimal) -> str:
    """Cheque style: 30000 → "thirty thousand", 1234.56 → "one thousand two hundred thirty-four and 56/100"."""
    whole, cents = _split_cents(amount)
    text = _english_integer(whole)
    return f"{text} and {cents:02d}/100" if cents else text
