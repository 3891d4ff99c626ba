"""Text as typed in the collaboration editor ⇄ CollaborationRecord. Parse errors come back as FieldProblems.

Money and percentages stay exact Decimals all the way (numbers.parse_percent returns a float: not for money).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.collaborations.fee_policy import fee_policy_problem
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.collaborations.stages import explain, stage_blockers
from kolcrm.core.collaborations.validation import validate_collaboration
from kolcrm.core.errors import FieldProblem
from kolcrm.core.kols.validation import visible
from kolcrm.core.money import to_text
from kolcrm.core.numbers import parse_money, parse_quantity
from kolcrm.core.vocabulary import Stage

DEAL_TEXT_FIELDS = ("title", "campaign_name", "exclusivity_category", "usage_rights", "payment_terms", "discount_note")
FEE_FIELDS = ("requested_fee", "agreed_fee")
PERCENT_FIELDS = ("service_fee_pct", "rebate_pct")


def parse_fee(field: str, text: str, currency: str) -> tuple[Decimal | None, FieldProblem | None]:
    """'¥30,000' · '3万' · '30000.50 USD' → the amount; '' → None. An amount in another currency is a problem."""
    try:
        parsed = parse_money(text, currency)
    except ValueError:
        message = i18n.translate("Collaborations", "“{text}” is not an amount (e.g. 30000, 3万, ¥30,000)")
        return None, FieldProblem(field, message.format(text=visible(text)))
    if parsed is None:
        return None, None
    amount, written_in = parsed
    if written_in != currency:
        message = i18n.translate(
            "Collaborations", "This amount is in {written} but the deal is in {currency}: change one of them"
        ).format(written=written_in, currency=currency)
        return amount, FieldProblem(field, message)
    return amount, None


def parse_exact_percent(field: str, text: str) -> tuple[Decimal, FieldProblem | None]:
    """'10%' or '10' → Decimal('10') percent points, exactly; '' → 0."""
    try:
        value = parse_quantity(text.strip().rstrip("%％").strip())
    except ValueError:
        message = i18n.translate("Collaborations", "“{text}” is not a percentage (e.g. 5 or 5.5 %)")
        return Decimal(0), FieldProblem(field, message.format(text=visible(text)))
    return (Decimal(0) if value is None else value), None


def record_from_form(
    values: Mapping[str, str],
    base: CollaborationRecord,
    *,
    known_problems: Sequence[FieldProblem] = (),
    is_first: bool | None = None,
    stored_stage: Stage | None = None,
) -> tuple[CollaborationRecord, list[FieldProblem]]:
    """`base` (what the editor's pickers hold) with the typed text parsed in; every problem found, in order.

    `known_problems` are the editor's own (no KOL picked, a bad table cell): a rule about the same field is not
    repeated. `is_first` is None while brand or KOL is unknown, so the first-deal rule waits for both.
    """
    problems: list[FieldProblem] = []
    fees: dict[str, Decimal | None] = {}
    for key in FEE_FIELDS:
        fees[key], problem = parse_fee(key, values.get(key, ""), base.currency)
        problems.extend([problem] if problem else [])
    percents: dict[str, Decimal] = {}
    for key in PERCENT_FIELDS:
        percents[key], problem = parse_exact_percent(key, values.get(key, ""))
        problems.extend([problem] if problem else [])
    tax_rate: Decimal | None = None  # blank: no rate stated
    if values.get("tax_rate", "").strip():
        tax_rate, problem = parse_exact_percent("tax_rate", values["tax_rate"])
        problems.extend([problem] if problem else [])
    texts = {key: values.get(key, "") for key in DEAL_TEXT_FIELDS}
    # Field names come from the tuples above, so the checker cannot pair them with field types: each group's
    # value type is checked where it is parsed.
    changes: dict[str, Any] = {**texts, **fees, **percents, "tax_rate": tax_rate}
    record = replace(base, **changes)
    problems.extend(known_problems)
    parsed = {p.field for p in problems}
    problems.extend(p for p in validate_collaboration(record) if p.field not in parsed)
    if is_first is not None:
        policy = fee_policy_problem(record, is_first)
        if policy:
            problems.append(FieldProblem("fee_policy", policy.message))
    blockers = stage_blockers(record, record.stage, stored_stage)
    if blockers:
        problems.append(FieldProblem("stage", explain(record.stage, blockers)))
    return record, problems


def form_from_record(record: CollaborationRecord) -> dict[str, str]:
    """The editor's text for a stored deal; record_from_form gives the same amounts back."""
    values = {key: getattr(record, key) for key in DEAL_TEXT_FIELDS}
    for key in PERCENT_FIELDS:
        values[key] = to_text(getattr(record, key))
    values["tax_rate"] = to_text(record.tax_rate) if record.tax_rate is not None else ""
    for key in FEE_FIELDS:
        amount = getattr(record, key)
        values[key] = amount_text(amount) if amount is not None else ""
    return values


def amount_text(amount: Decimal) -> str:
    """30000 → '30,000'; 1234.5 → '1,234.50': as people write a fee, and as parse_money reads it back."""
    return f"{amount:,.2f}".removesuffix(".00")
