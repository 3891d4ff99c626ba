"""The payment schedule a contract prints when the deal has no instalments entered: read from its payment terms.

Terms are free text, as account managers write them: "50% 签约后，50% 发布后", "30% on signing, 70% within 15 days of
publication", often both languages in one ("50% 签约后，50% 发布后 · 50% on signing, 50% on publication"). The shares
that add up to 100% become instalments, each with what its share is paid on; anything else (no shares, shares that
do not add up) gives no schedule, and the contract says the whole fee is paid on the terms instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_SHARE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*[%％]")
# What a share is paid on runs to the next separator: a comma, semicolon, slash, middle dot or the next share.
_WHEN_END = re.compile(r"[,，;；、/|·\n]|\d{1,3}(?:\.\d+)?\s*[%％]")


@dataclass(frozen=True)
class Installment:
    amount: Decimal
    when: str  # what it is paid on, as the terms say it ("签约后", "on signing")
    when_other: str = ""  # the same share's words in the terms' other language, when the terms give both


def installments_from_terms(fee: Decimal | None, terms: str) -> list[Installment]:
    """Instalments summing exactly to `fee`, or [] when the terms state no shares that add up to 100%."""
    if fee is None or fee <= 0:
        return []
    shares = [(Decimal(m.group(1)), _when(terms, m.end())) for m in _SHARE.finditer(terms)]
    if not shares:
        return []
    percents = [share for share, _when_text in shares]
    other: list[str] = []
    if sum(percents) == 200 and len(shares) % 2 == 0:
        half = len(shares) // 2
        if percents[:half] != percents[half:]:
            return []
        other = [when for _share, when in shares[half:]]  # the same shares again, in the other language
        shares = shares[:half]
    elif sum(percents) != 100:
        return []
    try:
        amounts = [(fee * share / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for share, _w in shares]
    except InvalidOperation:
        return []
    amounts[-1] += fee - sum(amounts)  # the last instalment takes the cent rounding left over: the total is the fee
    return [
        Installment(amount, when, other[index] if other else "")
        for index, (amount, (_share, when)) in enumerate(zip(amounts, shares, strict=True))
    ]


def _when(terms: str, start: int) -> str:
    end = _WHEN_END.search(terms, start)
    return terms[start : end.start() if end else len(terms)].strip(" ：:")
