"""Money as exact decimals with a currency: checks, the deal's true cost, and sums per currency."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from kolcrm.core import i18n
from kolcrm.core.errors import FieldProblem
from kolcrm.core.numbers import format_money

CENT = Decimal("0.01")
# Larger than any endorsement fee; keeps a slip like "3e20" from turning into a silly figure on a contract.
MAX_AMOUNT = Decimal("1000000000000")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def amount_problem(field: str, amount: Decimal | None, what: str, allow_zero: bool = True) -> FieldProblem | None:
    """Why `amount` cannot be stored as money, or None. `what` names it for the user, already translated
    ("Agreed fee")."""
    if amount is None:
        return None
    if not amount.is_finite():
        return FieldProblem(field, i18n.translate("Money", "{what} is not a number").format(what=what))
    if amount < 0 or (amount == 0 and not allow_zero):
        if allow_zero:
            return FieldProblem(field, i18n.translate("Money", "{what} must be zero or more").format(what=what))
        return FieldProblem(field, i18n.translate("Money", "{what} must be more than zero").format(what=what))
    if amount > MAX_AMOUNT:
        return FieldProblem(
            field, i18n.translate("Money", "{what} is larger than {limit}").format(what=what, limit=f"{MAX_AMOUNT:,}")
        )
    if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
        return FieldProblem(field, i18n.translate("Money", "{what} has more than two decimal places").format(what=what))
    return None


def currency_problem(field: str, code: str) -> FieldProblem | None:
    if not _CURRENCY.match(code):
        return FieldProblem(
            field,
            i18n.translate(
                "Money", "“{code}” is not a currency code (three capital letters, e.g. CNY, USD, EUR)"
            ).format(code=code),
        )
    return None


def percent_problem(field: str, value: Decimal, what: str) -> FieldProblem | None:
    """Why `value` is no percentage, or None. `what` names it for the user, already translated ("Service fee")."""
    if not value.is_finite() or not (0 <= value <= 100):
        return FieldProblem(field, i18n.translate("Money", "{what} must be between 0 and 100 %").format(what=what))
    return None


def true_cost(
    agreed_fee: Decimal, service_fee_pct: Decimal, rebate_pct: Decimal, tax_on_top_pct: Decimal = Decimal(0)
) -> Decimal:
    """What the deal really costs the brand: the fee, plus the channel's service fee, less the rebate (返点), plus
    the tax on a fee agreed without it (不含税).

    Never raises: the editor asks while the user types, so a fee of a hundred digits (a slip the validators will
    name) gets a figure as large, not a traceback; a value that is no number gives NaN.
    """
    if not all(value.is_finite() for value in (agreed_fee, service_fee_pct, rebate_pct, tax_on_top_pct)):
        return Decimal("NaN")
    with localcontext() as context:
        context.prec = 80
        cost = agreed_fee * (1 + service_fee_pct / 100 - rebate_pct / 100 + tax_on_top_pct / 100)
        if cost.adjusted() >= context.prec - 2:  # to the cent it would need more digits than the context has
            return cost
        return cost.quantize(CENT, rounding=ROUND_HALF_UP)


def stored_amount(text: object) -> Decimal | None:
    """An amount as stored (to_text's form) read back; None when the stored text is no amount money may be.

    The validators keep such text out, but a file edited by another program or written by an older kolcrm may
    hold "abc" or "1e400": a list then shows no figure and a contract says the fee is missing, rather than failing
    in a decimal.InvalidOperation traceback.
    """
    if text is None:
        return None
    try:
        amount = Decimal(str(text).strip())
    except (InvalidOperation, ValueError):
        return None
    if not amount.is_finite() or abs(amount) > MAX_AMOUNT:
        return None
    return amount


def stored_percent(text: object) -> Decimal:
    """A stored percentage (service fee, rebate) read back; 0 when it is no number from 0 to 100."""
    try:
        value = Decimal(str(text).strip())
    except (InvalidOperation, ValueError):
        return Decimal(0)
    return value if value.is_finite() and 0 <= value <= 100 else Decimal(0)


def to_text(amount: Decimal) -> str:
    """The stored form: a plain decimal string with no exponent ('30000', '1234.5')."""
    return format(amount.normalize(), "f") if amount == amount.to_integral() else format(amount, "f")


def sums_by_currency(amounts: Iterable[tuple[Decimal, str]]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for amount, currency in amounts:
        totals[currency] = totals.get(currency, Decimal(0)) + amount
    return totals


def format_totals(totals: dict[str, Decimal]) -> str:
    """'¥60,000 + $5,000'; '¥0' when nothing."""
    if not totals:
        return format_money(Decimal(0), "CNY")
    return " + ".join(format_money(amount, currency) for currency, amount in sorted(totals.items()))
