"""How a contract states money and tax: the fee in words and figures, table cells, the compensation clause's tax
sentences (含税/不含税, the invoice and its issuer, individual income tax withheld)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from kolcrm.contracts.data import ContractData
from kolcrm.contracts.layout import money, safe_words
from kolcrm.contracts.words import amount_in_chinese, amount_in_english


def amount_phrase(code: str, amount: Decimal, lang: str) -> str:
    """An amount as the clause states it: 人民币柒万伍仟元整（¥75,000.00）, in words first as Chinese contracts write
    renminbi; CNY 75,000.00 (CNY seventy-five thousand) in English; other currencies in figures (大写 numerals
    count 元)."""
    if lang == "zh":
        if code == "CNY":
            return f"人民币{safe_words(amount_in_chinese, amount)}（¥{money(amount)}）"
        return f"{code} {money(amount)}"
    return f"{code} {money(amount)} ({code} {safe_words(amount_in_english, amount)})"


def figures(code: str, langs: tuple[str, ...], amount: Decimal) -> str:
    """An amount in a table cell: ¥75,000.00 in a Chinese contract, CNY 75,000.00 in an English one."""
    if langs[0] == "zh" and code == "CNY":
        return f"¥{money(amount)}"
    return f"{code} {money(amount)}"


def tax_terms(data: ContractData, phrase: Callable[..., str], lang: str) -> str:
    """The compensation clause's sentences on tax, from the [phrases] texts `phrase` fills: with or without tax and
    the rate, the invoice and who issues it, income tax withheld for a KOL paid as a person. An English sentence
    ends with a space before the next one."""
    rated = "_rate" if data.tax_rate is not None else ""
    sentences = [phrase(f"tax_{'included' if data.fee_includes_tax else 'excluded'}{rated}")]
    if data.invoice_type != "unspecified":
        issuer = phrase(f"issuer_{data.invoice_issuer}")
        sentences.append(phrase(f"invoice_{data.invoice_type}", extra={"issuer": issuer}))
    if data.withholds_income_tax:
        sentences.append(phrase("withholding"))
    return "".join(sentences) if lang == "zh" else " ".join(sentences) + " "
