"""The field rules of a collaboration record, its deliverables and payments (the ones that need no database)."""

from __future__ import annotations

import re
from decimal import Decimal

from kolcrm.core import clock, i18n
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.errors import FieldProblem
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.money import amount_problem, currency_problem, percent_problem
from kolcrm.core.numbers import format_money
from kolcrm.core.vocabulary import ContentType, DealChannel, InvoiceIssuer, Platform, Stage

MAX_TITLE_LENGTH = 200
MAX_TEXT_LENGTH = 20_000
MAX_DAYS = 3650
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def validate_collaboration(record: CollaborationRecord) -> list[FieldProblem]:
    problems: list[FieldProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(field, message))

    problems.extend(_control_characters(record))
    title = record.title.strip()
    if not title:
        problem(
            "title", i18n.translate("Collaborations", "Give the collaboration a title (e.g. “Spring lipstick launch”)")
        )
    elif len(title) > MAX_TITLE_LENGTH:
        problem(
            "title",
            i18n.translate("Collaborations", "Title is longer than {limit} characters").format(limit=MAX_TITLE_LENGTH),
        )
    if record.stage not in set(Stage):
        problem("stage", i18n.translate("Collaborations", "Unknown stage “{stage}”").format(stage=record.stage))
    if record.channel not in set(DealChannel):
        problem(
            "channel", i18n.translate("Collaborations", "Unknown channel “{channel}”").format(channel=record.channel)
        )
    if record.start_on and record.end_on and record.end_on < record.start_on:
        problem("end_on", i18n.translate("Collaborations", "The end date is before the start date"))
    if not 0 <= record.exclusivity_days_before <= MAX_DAYS:
        message = i18n.translate("Collaborations", "Exclusivity before the deal must be between 0 and {limit} days")
        problem("exclusivity_days_before", message.format(limit=MAX_DAYS))
    if not 0 <= record.exclusivity_days_after <= MAX_DAYS:
        message = i18n.translate("Collaborations", "Exclusivity after the deal must be between 0 and {limit} days")
        problem("exclusivity_days_after", message.format(limit=MAX_DAYS))
    if not 0 <= record.usage_rights_months <= 1200:
        problem(
            "usage_rights_months", i18n.translate("Collaborations", "Usage rights must last between 0 and 1,200 months")
        )
    if not 0 <= record.review_window_hours <= 24 * 60:
        problem(
            "review_window_hours",
            i18n.translate("Collaborations", "The review window must be between 0 and 1,440 hours"),
        )
    for checked in (
        percent_problem("service_fee_pct", record.service_fee_pct, i18n.translate("Collaborations", "Service fee")),
        percent_problem("rebate_pct", record.rebate_pct, i18n.translate("Collaborations", "Rebate (返点)")),
        currency_problem("currency", record.currency),
        amount_problem("requested_fee", record.requested_fee, i18n.translate("Collaborations", "Requested fee")),
        amount_problem("agreed_fee", record.agreed_fee, i18n.translate("Collaborations", "Agreed fee")),
        percent_problem("tax_rate", record.tax_rate, i18n.translate("Collaborations", "Tax rate"))
        if record.tax_rate is not None
        else None,
    ):
        if checked:
            problems.append(checked)
    if record.withholds_income_tax and InvoiceIssuer(record.invoice_issuer) is InvoiceIssuer.AGENCY:
        problem(
            "withholds_income_tax",
            i18n.translate(
                "Collaborations",
                "The agency issues the invoice, so the fee is its income: the brand withholds no individual income tax",
            ),
        )
    text_fields = (
        ("notes", i18n.translate("Collaborations", "Notes")),
        ("payment_terms", i18n.translate("Collaborations", "Payment terms")),
        ("usage_rights", i18n.translate("Collaborations", "Usage rights")),
        ("discount_note", i18n.translate("Collaborations", "Discount note")),
    )
    for name, what in text_fields:
        if len(getattr(record, name)) > MAX_TEXT_LENGTH:
            message = i18n.translate("Collaborations", "{field} holds at most {limit} characters")
            problem(name, message.format(field=what, limit=f"{MAX_TEXT_LENGTH:,}"))
    for index, deliverable in enumerate(record.deliverables):
        problems.extend(_validate_deliverable(deliverable, index))
    problems.extend(_validate_payments(record))
    return problems


def _control_characters(record: CollaborationRecord) -> list[FieldProblem]:
    """Text fields holding a control character. The longer texts may hold tabs and line breaks: a handover or an
    older kolcrm may have stored them so, and nothing downstream minds (a contract lays a line break out as a space)."""
    checks = [
        control_character_problem("title", record.title, i18n.translate("Collaborations", "Title")),
        control_character_problem("campaign_name", record.campaign_name, i18n.translate("Collaborations", "Campaign")),
        control_character_problem(
            "exclusivity_category", record.exclusivity_category, i18n.translate("Collaborations", "Exclusivity")
        ),
        control_character_problem(
            "usage_rights", record.usage_rights, i18n.translate("Collaborations", "Usage rights"), multiline=True
        ),
        control_character_problem(
            "payment_terms", record.payment_terms, i18n.translate("Collaborations", "Payment terms"), multiline=True
        ),
        control_character_problem(
            "discount_note", record.discount_note, i18n.translate("Collaborations", "Discount note"), multiline=True
        ),
        control_character_problem("notes", record.notes, i18n.translate("Collaborations", "Notes"), multiline=True),
    ]
    for index, deliverable in enumerate(record.deliverables):
        what = i18n.translate("Collaborations", "Deliverable {number}").format(number=index + 1)
        prefix = f"deliverables[{index}]"
        checks += [
            control_character_problem(f"{prefix}.brief", deliverable.brief, what, multiline=True),
            control_character_problem(f"{prefix}.kol_idea", deliverable.kol_idea, what, multiline=True),
            control_character_problem(f"{prefix}.disclosure_label", deliverable.disclosure_label, what),
            control_character_problem(f"{prefix}.published_url", deliverable.published_url, what),
        ]
    for index, payment in enumerate(record.payments):
        what = i18n.translate("Collaborations", "Payment {number}").format(number=index + 1)
        checks += [
            control_character_problem(f"payments[{index}].method", payment.method, what),
            control_character_problem(f"payments[{index}].reference", payment.reference, what),
        ]
    return [found for found in checks if found]


def _validate_deliverable(deliverable: DeliverableRecord, index: int) -> list[FieldProblem]:
    number = index + 1
    prefix = f"deliverables[{index}]"
    problems = []
    if deliverable.platform not in set(Platform):
        message = i18n.translate("Collaborations", "Deliverable {number}: unknown platform “{platform}”")
        problems.append(
            FieldProblem(f"{prefix}.platform", message.format(number=number, platform=deliverable.platform))
        )
    if deliverable.content_type not in set(ContentType):
        message = i18n.translate("Collaborations", "Deliverable {number}: unknown content type “{content_type}”")
        problems.append(
            FieldProblem(f"{prefix}.content_type", message.format(number=number, content_type=deliverable.content_type))
        )
    if not 1 <= deliverable.quantity <= 1000:
        message = i18n.translate("Collaborations", "Deliverable {number}: quantity must be between 1 and 1,000")
        problems.append(FieldProblem(f"{prefix}.quantity", message.format(number=number)))
    if len(deliverable.brief) > MAX_TEXT_LENGTH or len(deliverable.kol_idea) > MAX_TEXT_LENGTH:
        message = i18n.translate("Collaborations", "Deliverable {number}: brief and idea hold {limit} characters")
        problems.append(FieldProblem(f"{prefix}.brief", message.format(number=number, limit=f"{MAX_TEXT_LENGTH:,}")))
    return problems


def _validate_payments(record: CollaborationRecord) -> list[FieldProblem]:
    problems = []
    for index, payment in enumerate(record.payments):
        what = i18n.translate("Collaborations", "Payment {number}").format(number=index + 1)
        checked = amount_problem(f"payments[{index}].amount", payment.amount, what, allow_zero=False)
        if checked:
            problems.append(checked)
        if payment.paid_on is not None and payment.paid_on > clock.today():
            message = i18n.translate("Collaborations", "Payment {number} cannot be paid on a future date")
            problems.append(FieldProblem(f"payments[{index}].paid_on", message.format(number=index + 1)))
    if record.payments and record.agreed_fee is None:
        problems.append(
            FieldProblem("payments", i18n.translate("Collaborations", "Agree a fee before scheduling payments"))
        )
    elif record.payments and not problems:
        scheduled = sum((p.amount for p in record.payments), Decimal(0))
        if record.agreed_fee is not None and scheduled > record.agreed_fee:
            message = i18n.translate(
                "Collaborations", "Payments add up to {scheduled}, more than the agreed fee {agreed}"
            ).format(
                scheduled=format_money(scheduled, record.currency),
                agreed=format_money(record.agreed_fee, record.currency),
            )
            problems.append(FieldProblem("payments", message))
    return problems


def deliverable_warnings(record: CollaborationRecord) -> list[FieldProblem]:
    """What is allowed but probably a slip: a deliverable due after the deal ends. Shown, never refused."""
    warnings: list[FieldProblem] = []
    if record.end_on is None:
        return warnings
    for index, deliverable in enumerate(record.deliverables):
        if deliverable.due_on is not None and deliverable.due_on > record.end_on:
            message = i18n.translate("Collaborations", "Deliverable {number} is due {due}, after the deal ends ({end})")
            warnings.append(
                FieldProblem(
                    f"deliverables[{index}].due_on",
                    message.format(
                        number=index + 1,
                        due=i18n.prose_date(deliverable.due_on),
                        end=i18n.prose_date(record.end_on),
                    ),
                )
            )
    return warnings


def validate_url(field: str, url: str) -> FieldProblem | None:
    if url.strip() and not _URL.match(url.strip()):
        message = i18n.translate("Collaborations", "“{url}” is not a web address (expected https://…)")
        return FieldProblem(field, message.format(url=url.strip()))
    return None


def validate_payment(payment: PaymentRecord, field: str = "payment") -> FieldProblem | None:
    return amount_problem(
        f"{field}.amount", payment.amount, i18n.translate("Collaborations", "Payment"), allow_zero=False
    )
