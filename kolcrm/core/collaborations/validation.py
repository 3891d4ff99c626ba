"""The field rules of a collaboration record, its deliverables and payments (the ones that need no database)."""

from __future__ import annotations

import re
from decimal import Decimal

from kolcrm.core import clock
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.errors import FieldProblem
from kolcrm.core.money import amount_problem, currency_problem, percent_problem
from kolcrm.core.numbers import format_money
from kolcrm.core.vocabulary import ContentType, DealChannel, Platform, Stage

MAX_TITLE_LENGTH = 200
MAX_TEXT_LENGTH = 20_000
MAX_DAYS = 3650
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def validate_collaboration(record: CollaborationRecord) -> list[FieldProblem]:
    problems: list[FieldProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message))

    title = record.title.strip()
    if not title:
        problem("title", "Give the collaboration a title (e.g. “Spring lipstick launch”)")
    elif len(title) > MAX_TITLE_LENGTH:
        problem("title", f"Title is longer than {MAX_TITLE_LENGTH} characters")
    if record.stage not in set(Stage):
        problem("stage", f"Unknown stage “{record.stage}”")
    if record.channel not in set(DealChannel):
        problem("channel", f"Unknown channel “{record.channel}”")
    if record.start_on and record.end_on and record.end_on < record.start_on:
        problem("end_on", "The end date is before the start date")
    for name, value, what in (
        ("exclusivity_days_before", record.exclusivity_days_before, "Exclusivity before the deal"),
        ("exclusivity_days_after", record.exclusivity_days_after, "Exclusivity after the deal"),
    ):
        if not 0 <= value <= MAX_DAYS:
            problem(name, f"{what} must be between 0 and {MAX_DAYS} days")
    if not 0 <= record.usage_rights_months <= 1200:
        problem("usage_rights_months", "Usage rights must last between 0 and 1,200 months")
    if not 0 <= record.review_window_hours <= 24 * 60:
        problem("review_window_hours", "The review window must be between 0 and 1,440 hours")
    for checked in (
        percent_problem("service_fee_pct", record.service_fee_pct, "Service fee"),
        percent_problem("rebate_pct", record.rebate_pct, "Rebate (返点)"),
        currency_problem("currency", record.currency),
        amount_problem("requested_fee", record.requested_fee, "Requested fee"),
        amount_problem("agreed_fee", record.agreed_fee, "Agreed fee"),
    ):
        if checked:
            problems.append(checked)
    for name in ("notes", "payment_terms", "usage_rights", "discount_note"):
        if len(getattr(record, name)) > MAX_TEXT_LENGTH:
            problem(name, f"{name.replace('_', ' ').capitalize()} holds at most {MAX_TEXT_LENGTH:,} characters")
    for index, deliverable in enumerate(record.deliverables):
        problems.extend(_validate_deliverable(deliverable, index))
    problems.extend(_validate_payments(record))
    return problems


def _validate_deliverable(deliverable: DeliverableRecord, index: int) -> list[FieldProblem]:
    where = f"Deliverable {index + 1}"
    prefix = f"deliverables[{index}]"
    problems = []
    if deliverable.platform not in set(Platform):
        problems.append(FieldProblem(f"{prefix}.platform", f"{where}: unknown platform “{deliverable.platform}”"))
    if deliverable.content_type not in set(ContentType):
        problems.append(
            FieldProblem(f"{prefix}.content_type", f"{where}: unknown content type “{deliverable.content_type}”")
        )
    if not 1 <= deliverable.quantity <= 1000:
        problems.append(FieldProblem(f"{prefix}.quantity", f"{where}: quantity must be between 1 and 1,000"))
    if len(deliverable.brief) > MAX_TEXT_LENGTH or len(deliverable.kol_idea) > MAX_TEXT_LENGTH:
        problems.append(FieldProblem(f"{prefix}.brief", f"{where}: brief and idea hold {MAX_TEXT_LENGTH:,} characters"))
    return problems


def _validate_payments(record: CollaborationRecord) -> list[FieldProblem]:
    problems = []
    for index, payment in enumerate(record.payments):
        checked = amount_problem(f"payments[{index}].amount", payment.amount, f"Payment {index + 1}", allow_zero=False)
        if checked:
            problems.append(checked)
        if payment.paid_on is not None and payment.paid_on > clock.today():
            problems.append(
                FieldProblem(f"payments[{index}].paid_on", f"Payment {index + 1} cannot be paid on a future date")
            )
    if record.payments and record.agreed_fee is None:
        problems.append(FieldProblem("payments", "Agree a fee before scheduling payments"))
    elif record.payments and not problems:
        scheduled = sum((p.amount for p in record.payments), Decimal(0))
        if record.agreed_fee is not None and scheduled > record.agreed_fee:
            problems.append(
                FieldProblem(
                    "payments",
                    f"Payments add up to {format_money(scheduled, record.currency)}, more than the agreed fee "
                    f"{format_money(record.agreed_fee, record.currency)}",
                )
            )
    return problems


def validate_url(field: str, url: str) -> FieldProblem | None:
    if url.strip() and not _URL.match(url.strip()):
        return FieldProblem(field, f"“{url.strip()}” is not a web address (expected https://…)")
    return None


def validate_payment(payment: PaymentRecord, field: str = "payment") -> FieldProblem | None:
    return amount_problem(f"{field}.amount", payment.amount, "Payment", allow_zero=False)
