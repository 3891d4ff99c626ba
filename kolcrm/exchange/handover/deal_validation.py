"""A package's deals through the deal editor's rules: the deal, its deliverables and their results, payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, cast

from kolcrm.core import i18n
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord, PaymentRecord
from kolcrm.core.collaborations.validation import validate_collaboration, validate_url
from kolcrm.core.vocabulary import (
    DEFAULT_DISCLOSURE_LABEL,
    METRIC_FIELDS,
    ApprovalState,
    ContentType,
    DealChannel,
    InvoiceIssuer,
    InvoiceType,
    Stage,
)
from kolcrm.exchange.handover.fields import FieldReader, shown

MAX_FIGURE = 10**12  # the capture form's bound (campaigns.metrics.add_capture)


def check_deals(deals: list[dict[str, Any]], kol: str, problems: list[str], today: date) -> None:
    for deal in deals:
        _deal(deal, kol, problems, today)


def _deal(deal: dict[str, Any], kol: str, problems: list[str], today: date) -> None:
    where = i18n.translate("Handover", "{kol}, deal “{title}”").format(kol=kol, title=shown(deal["title"]))
    reader = FieldReader(deal, where, problems)
    record = CollaborationRecord(
        brand_id=0,
        kol_id=0,
        title=reader.text("title"),
        stage=Stage(reader.text("stage", Stage.PROSPECT)),
        campaign_name=reader.text("campaign_name"),
        start_on=reader.day("start_on"),
        end_on=reader.day("end_on"),
        exclusivity_category=reader.text("exclusivity_category"),
        exclusivity_days_before=reader.integer("exclusivity_days_before"),
        exclusivity_days_after=reader.integer("exclusivity_days_after"),
        usage_rights=reader.text("usage_rights"),
        usage_rights_months=reader.integer("usage_rights_months"),
        payment_terms=reader.text("payment_terms"),
        notes=reader.text("notes"),
        channel=_channel(reader.text("channel", DealChannel.DIRECT)),
        service_fee_pct=_percent(reader, "service_fee_pct"),
        rebate_pct=_percent(reader, "rebate_pct"),
        review_window_hours=reader.integer("review_window_hours", 72),
        currency=reader.text("currency", "CNY"),
        requested_fee=reader.money("requested_fee", i18n.translate("Collaborations", "Requested fee")),
        agreed_fee=reader.money("agreed_fee", i18n.translate("Collaborations", "Agreed fee")),
        kol_offered_discount=reader.flag("kol_offered_discount"),
        discount_note=reader.text("discount_note"),
        # A package from before kolcrm 14 has no tax terms: its fees were stated with tax included.
        fee_includes_tax=reader.flag("fee_includes_tax") if "fee_includes_tax" in deal else True,
        tax_rate=reader.decimal("tax_rate") if deal.get("tax_rate") not in ("", None) else None,
        invoice_type=_choice(reader, "invoice_type", InvoiceType),
        invoice_issuer=_choice(reader, "invoice_issuer", InvoiceIssuer),
        withholds_income_tax=reader.flag("withholds_income_tax"),
    )
    reader.text("brand_name")
    reader.optional_integer("campaign_id")
    reader.moment("created_at")
    reader.moment("updated_at")
    reader.moment("deleted_at", required=False)
    for change in deal.get("stage_changes", []):
        step = FieldReader(change, where, problems)
        for name in ("from_stage", "to_stage"):
            value = step.text(name)
            if value not in set(Stage) and (value or name == "to_stage"):
                step.refuse(name, i18n.translate("Collaborations", "Unknown stage “{stage}”").format(stage=value))
        step.moment("changed_at")
        step.keep_read_only()
    record.deliverables = [
        _deliverable(item, index, where, problems, today) for index, item in enumerate(deal.get("deliverables", []))
    ]
    for index, payment in enumerate(deal.get("payments", [])):
        paid = _payment(payment, index, where, problems)
        if paid is not None:
            record.payments.append(paid)
    for contract in deal.get("contracts", []):
        version = FieldReader(contract, where, problems)
        version.integer("version", 1)
        for name in ("number", "language", "sha256", "file_path"):
            version.text(name)
        version.integer("size")
        version.moment("created_at")
        version.keep_read_only()
    reader.report(validate_collaboration(record))
    reader.keep_read_only()


def _channel(value: str) -> DealChannel:
    # An unknown channel is passed on as it is: the editor's rule names it.
    return DealChannel(value) if value in set(DealChannel) else cast(DealChannel, value)


def _choice(reader: FieldReader, name: str, kind: type[InvoiceType] | type[InvoiceIssuer]) -> Any:
    value = reader.text(name) or kind.UNSPECIFIED
    if value not in set(kind):
        reader.refuse(name, i18n.translate("Handover", "“{value}” is not one of kolcrm's choices").format(value=value))
        return kind.UNSPECIFIED
    return kind(value)


def _percent(reader: FieldReader, name: str) -> Decimal:
    value = reader.decimal(name, "0")
    return value if value is not None else Decimal(0)


def _deliverable(item: dict[str, Any], index: int, deal: str, problems: list[str], today: date) -> DeliverableRecord:
    where = i18n.translate("Handover", "{deal}, deliverable {number}").format(deal=deal, number=index + 1)
    reader = FieldReader(item, where, problems)
    record = DeliverableRecord(
        platform=reader.text("platform"),
        content_type=ContentType(reader.text("content_type", ContentType.SHORT_VIDEO)),
        quantity=reader.integer("quantity", 1),
        due_on=reader.day("due_on"),
        brief=reader.text("brief"),
        kol_idea=reader.text("kol_idea"),
        disclosure_label=reader.text("disclosure_label", DEFAULT_DISCLOSURE_LABEL),
        state=ApprovalState(reader.text("state", ApprovalState.NOT_SUBMITTED)),
        disclosure_confirmed=reader.flag("disclosure_confirmed"),
        published_on=reader.day("published_on"),
        published_url=reader.text("published_url"),
    )
    reader.integer("position")
    url = validate_url("published_url", record.published_url)
    if url:
        reader.report([url])
    for step in item.get("approval_steps", []):
        review = FieldReader(step, where, problems)
        state = review.text("state")
        if state not in set(ApprovalState):
            review.refuse("state", i18n.translate("Handover", "“{value}” is not a review state").format(value=state))
        review.moment("happened_at")
        review.text("actor")
        review.text("note")
        review.keep_read_only()
    captures = item.get("metric_captures", [])
    if captures and record.state != ApprovalState.PUBLISHED:
        reader.refuse(
            "metric_captures", i18n.translate("Campaigns", "Results are captured for a published deliverable")
        )
    for capture in captures:
        _capture(capture, where, problems, today)
    reader.keep_read_only()
    return record


def _capture(capture: dict[str, Any], deliverable: str, problems: list[str], today: date) -> None:
    where = i18n.translate("Handover", "{deliverable}, results of {day}").format(
        deliverable=deliverable, day=shown(capture.get("captured_on"))
    )
    reader = FieldReader(capture, where, problems)
    captured = reader.day("captured_on", required=True)
    if captured and captured > today:
        reader.refuse("captured_on", i18n.translate("Campaigns", "Results cannot be captured in the future"))
    for name in METRIC_FIELDS:
        value = reader.optional_integer(name)
        if value is not None and not 0 <= value <= MAX_FIGURE:
            reader.refuse(
                name, i18n.translate("Handover", "must be between 0 and {limit}").format(limit=f"{MAX_FIGURE:,}")
            )
    reader.money("sales", i18n.translate("Campaigns", "Sales"))
    reader.text("note")
    reader.moment("created_at")
    reader.keep_read_only()


def _payment(payment: dict[str, Any], index: int, deal: str, problems: list[str]) -> PaymentRecord | None:
    what = i18n.translate("Collaborations", "Payment {number}").format(number=index + 1)
    reader = FieldReader(payment, f"{deal}, {what}", problems)
    if payment.get("amount") is None:
        reader.refuse("amount", i18n.translate("Handover", "the amount is missing"))
    amount = reader.money("amount", what, allow_zero=False)
    due_on, paid_on = reader.day("due_on"), reader.day("paid_on")
    method, reference = reader.text("method"), reader.text("reference")
    reader.integer("position")
    reader.keep_read_only()
    return PaymentRecord(amount, due_on, paid_on, method, reference) if amount is not None else None
