"""Collaborations: create and edit a deal with its deliverables and payments, move it through the pipeline.

One user action is one call and one transaction. Every rule (fee policy, stage requirements) is checked
here, so the editor, the board and the command line cannot disagree.
"""

from __future__ import annotations

import copy
import dataclasses
from datetime import date
from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.care.records import RiskRecord
from kolcrm.core.care.risks import RiskConfirmationNeeded, severe_open_risks, severe_open_risks_for_kol
from kolcrm.core.clock import utc_now
from kolcrm.core.collaborations.conflicts import check_new_conflicts
from kolcrm.core.collaborations.fee_policy import fee_policy_problem, is_first_collaboration
from kolcrm.core.collaborations.records import (
    CollaborationRecord,
    DeliverableRecord,
    PaymentRecord,
    deliverable_record,
)
from kolcrm.core.collaborations.stages import explain, stage_blockers
from kolcrm.core.collaborations.validation import validate_collaboration
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.money import stored_amount, stored_percent, to_text
from kolcrm.core.store import versions
from kolcrm.core.store.db import database
from kolcrm.core.store.models import Brand, Collaboration, Deliverable, Kol, Payment, StageChange
from kolcrm.core.vocabulary import (
    ApprovalState,
    ContentType,
    DealChannel,
    InvoiceIssuer,
    InvoiceType,
    Stage,
    platform_label,
)


def save_collaboration(
    record: CollaborationRecord,
    confirmed_risks: bool = False,
    overwrite: bool = False,
    confirmed_conflicts: bool = False,
) -> int:
    """Create (record.id is None) or update a deal with its deliverables and payments, all or nothing.

    The caller's record is left as it was when the save is refused; on success it gets the new ids and the row
    version its save left. Someone's newer save of the deal refuses this one (versions.EditConflict) unless
    `overwrite`. A save that would make an exclusivity conflict the deal did not have raises
    ConflictConfirmationNeeded (conflicts.py) unless `confirmed_conflicts`.
    """
    given, record = record, copy.deepcopy(record)
    problems = validate_collaboration(record)
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        row = _existing_row(record.id) if record.id is not None else None
        if record.id is not None:
            record.row_version = versions.claim("collaboration", record.id, record.row_version, force=overwrite)
        _load_parties(record)
        _carry_stored_state(record)
        checks = [fee_policy_problem(record, is_first_collaboration(record.brand_id, record.kol_id, record.id))]
        current = Stage(row.stage) if row is not None else None
        blockers = stage_blockers(record, Stage(record.stage), current)
        if blockers:
            checks.append(FieldProblem("stage", explain(Stage(record.stage), blockers)))
        checks.extend(_removed_deliverables_with_history(record))
        if any(checks):
            raise ValidationError([check for check in checks if check])
        if not confirmed_risks and _enters_contract(current, Stage(record.stage)):
            # The KOL as saved now (it may have changed) and, for an existing deal, the deal's own risks.
            deal_risks = [r for r in severe_open_risks(record.id) if r.collaboration_id] if record.id else []
            _confirm_risks(deal_risks + severe_open_risks_for_kol(record.kol_id))
        if not confirmed_conflicts:
            check_new_conflicts(record, _enters_contract(current, Stage(record.stage)))
        now = utc_now()
        row = row or Collaboration(created_at=now)
        _copy_fields(record, row)
        row.updated_at = now
        row.save()
        if current != record.stage:
            StageChange.create(
                collaboration=row.id, from_stage=current or "", to_stage=Stage(record.stage), changed_at=now
            )
        _save_deliverables(row.id, record.deliverables)
        _save_payments(row.id, record.payments)
        if given.id is None:
            versions.sign("collaboration", row.id)
            record.row_version = 1
    given.id, given.row_version = row.id, record.row_version
    for saved_deliverable, original_deliverable in zip(record.deliverables, given.deliverables, strict=True):
        original_deliverable.id = saved_deliverable.id
    for saved_payment, original_payment in zip(record.payments, given.payments, strict=True):
        original_payment.id = saved_payment.id
    return row.id


def get_collaboration(collaboration_id: int) -> CollaborationRecord:
    row: Collaboration | None = (
        # Selecting the ids too: peewee replaces brand_id with the joined (partial) Brand otherwise.
        Collaboration.select(Collaboration, Brand.id, Brand.name, Kol.id, Kol.display_name)
        .join(Brand)
        .switch(Collaboration)
        .join(Kol)
        .where(Collaboration.id == collaboration_id)
        .first()
    )
    if row is None:
        raise NotFoundError(
            i18n.translate("Collaborations", "Collaboration {id} does not exist").format(id=collaboration_id)
        )
    record = CollaborationRecord(
        id=row.id,
        brand_id=row.brand.id,
        kol_id=row.kol.id,
        brand_name=row.brand.name,
        kol_name=row.kol.display_name,
        title=row.title,
        stage=Stage(row.stage),
        campaign_name=row.campaign_name,
        start_on=_date(row.start_on),
        end_on=_date(row.end_on),
        exclusivity_category=row.exclusivity_category,
        exclusivity_days_before=row.exclusivity_days_before,
        exclusivity_days_after=row.exclusivity_days_after,
        usage_rights=row.usage_rights,
        usage_rights_months=row.usage_rights_months,
        payment_terms=row.payment_terms,
        notes=row.notes,
        channel=DealChannel(row.channel),
        service_fee_pct=stored_percent(row.service_fee_pct),
        rebate_pct=stored_percent(row.rebate_pct),
        review_window_hours=row.review_window_hours,
        currency=row.currency,
        requested_fee=_money(row.requested_fee),
        agreed_fee=_money(row.agreed_fee),
        kol_offered_discount=bool(row.kol_offered_discount),
        discount_note=row.discount_note,
        fee_includes_tax=bool(row.fee_includes_tax),
        tax_rate=stored_percent(row.tax_rate) if row.tax_rate else None,
        invoice_type=InvoiceType(row.invoice_type or InvoiceType.UNSPECIFIED),
        invoice_issuer=InvoiceIssuer(row.invoice_issuer or InvoiceIssuer.UNSPECIFIED),
        withholds_income_tax=bool(row.withholds_income_tax),
        created_at=row.created_at,
        deleted_at=row.deleted_at,
    )
    record.deliverables = [
        deliverable_record(d)
        for d in Deliverable.select().where(Deliverable.collaboration == row.id).order_by(Deliverable.position)
    ]
    record.payments = [
        _payment_record(p) for p in Payment.select().where(Payment.collaboration == row.id).order_by(Payment.position)
    ]
    record.is_first = row.stage != Stage.CANCELLED and is_first_collaboration(record.brand_id, record.kol_id, row.id)
    stamp = versions.stamp("collaboration", row.id)
    if stamp is not None:
        record.row_version, record.changed_by = stamp.version, stamp.changed_by
    return record


def move_stage(
    collaboration_id: int, target: Stage, confirmed_risks: bool = False, confirmed_conflicts: bool = False
) -> None:
    """The board's drop and the CLI's move: refused, with every reason, when the deal is not ready.

    Contracting while the KOL or deal has an open risk of likelihood × impact ≥ 15 raises
    RiskConfirmationNeeded, which names the risks; call again with confirmed_risks=True once the user agreed.
    Likewise ConflictConfirmationNeeded and confirmed_conflicts, for a deal signed into an exclusivity conflict.
    """
    with database.atomic():
        record = get_collaboration(collaboration_id)
        if record.deleted_at:
            raise NotFoundError(
                i18n.translate("Collaborations", "Collaboration {id} is in the trash").format(id=collaboration_id)
            )
        if record.stage is target:
            return
        blockers = stage_blockers(record, target, record.stage)
        if blockers:
            raise ValidationError(explain(target, blockers), field="stage")
        if not confirmed_risks and _enters_contract(record.stage, target):
            _confirm_risks(severe_open_risks(collaboration_id))
        if not confirmed_conflicts and _enters_contract(record.stage, target):
            check_new_conflicts(dataclasses.replace(record, stage=target), entering_contract=True)
        previous = record.stage
        if record.stage is Stage.CANCELLED:
            # Reopening: the deal counts again, so it must keep the fee rule as a first deal would.
            record.stage = target
            problem = fee_policy_problem(record, is_first_collaboration(record.brand_id, record.kol_id, record.id))
            if problem:
                raise ValidationError([problem])
        now = utc_now()
        Collaboration.update(stage=target, updated_at=now).where(Collaboration.id == collaboration_id).execute()
        StageChange.create(collaboration=collaboration_id, from_stage=previous, to_stage=target, changed_at=now)


def trash_collaboration(collaboration_id: int) -> bool:
    """Delete = hide until restored (Ctrl+Z); emptying the trash erases it. Returns whether it moved."""
    with database.atomic():
        moved = (
            Collaboration.update(deleted_at=utc_now())
            .where((Collaboration.id == collaboration_id) & Collaboration.deleted_at.is_null())
            .execute()
        )
    return bool(moved)


def restore_collaboration(collaboration_id: int) -> bool:
    with database.atomic():
        restored = (
            Collaboration.update(deleted_at=None)
            .where((Collaboration.id == collaboration_id) & Collaboration.deleted_at.is_null(False))
            .execute()
        )
    return bool(restored)


def stage_history(collaboration_id: int) -> list[tuple[str, str, str]]:
    """(changed_at UTC, from, to), oldest first."""
    query = StageChange.select().where(StageChange.collaboration == collaboration_id).order_by(StageChange.id)
    return [(row.changed_at, row.from_stage, row.to_stage) for row in query]


# -- internals ---------------------------------------------------------------------------------------------
def _enters_contract(current: Stage | None, target: Stage) -> bool:
    """Signing happens when a deal reaches contracted or beyond from before it (or is created there)."""
    signed = Stage.CONTRACTED.rank
    return target.rank >= signed and (current is None or current.rank < signed)


def _confirm_risks(risks: list[RiskRecord]) -> None:
    if risks:
        raise RiskConfirmationNeeded(risks)


def _existing_row(collaboration_id: int) -> Collaboration:
    row = Collaboration.get_or_none(Collaboration.id == collaboration_id)
    if row is None:
        raise NotFoundError(
            i18n.translate("Collaborations", "Collaboration {id} no longer exists").format(id=collaboration_id)
        )
    return row


def _load_parties(record: CollaborationRecord) -> None:
    brand = Brand.get_or_none(Brand.id == record.brand_id)
    if brand is None:
        raise ValidationError(
            i18n.translate("Collaborations", "Choose the brand this collaboration is for"), field="brand_id"
        )
    kol = Kol.get_or_none(Kol.id == record.kol_id)
    if kol is None or kol.deleted_at is not None:
        raise ValidationError(
            i18n.translate("Collaborations", "Choose a KOL (one that is not in the trash)"), field="kol_id"
        )
    record.brand_name, record.kol_name = brand.name, kol.display_name


def _carry_stored_state(record: CollaborationRecord) -> None:
    """The review state of a deliverable lives in the database, not in the editor's copy of it."""
    if record.id is None:
        return
    stored = {row.id: row for row in Deliverable.select().where(Deliverable.collaboration == record.id)}
    for deliverable in record.deliverables:
        row = stored.get(deliverable.id or 0)
        if row is None:
            deliverable.id = None
            deliverable.state = ApprovalState.NOT_SUBMITTED
            deliverable.disclosure_confirmed = False
            deliverable.published_on, deliverable.published_url = None, ""
        else:
            deliverable.state = ApprovalState(row.state)
            deliverable.disclosure_confirmed = bool(row.disclosure_confirmed)
            deliverable.published_on, deliverable.published_url = _date(row.published_on), row.published_url


def _removed_deliverables_with_history(record: CollaborationRecord) -> list[FieldProblem]:
    if record.id is None:
        return []
    kept = {d.id for d in record.deliverables if d.id is not None}
    reviewed = (
        Deliverable.select()
        .where(
            (Deliverable.collaboration == record.id)
            & (Deliverable.state != ApprovalState.NOT_SUBMITTED)
            & Deliverable.id.not_in(list(kept) or [0])
        )
        .order_by(Deliverable.position)
    )
    return [FieldProblem("deliverables", _reviewed_deliverable_text(row)) for row in reviewed]


def _reviewed_deliverable_text(row: Deliverable) -> str:
    state = ApprovalState(row.state).label  # as the deliverable views show it
    if row.due_on:
        return i18n.translate(
            "Collaborations",
            "The {platform} deliverable due {date} has a review history ({state}) and cannot be removed",
        ).format(platform=platform_label(row.platform), date=row.due_on, state=state)
    return i18n.translate(
        "Collaborations", "The {platform} deliverable has a review history ({state}) and cannot be removed"
    ).format(platform=platform_label(row.platform), state=state)


def _copy_fields(record: CollaborationRecord, row: Collaboration) -> None:
    row.brand_id = record.brand_id
    row.kol_id = record.kol_id
    row.title = record.title.strip()
    row.stage = Stage(record.stage)
    row.campaign_name = record.campaign_name.strip()
    row.start_on = record.start_on.isoformat() if record.start_on else None
    row.end_on = record.end_on.isoformat() if record.end_on else None
    row.exclusivity_category = record.exclusivity_category.strip()
    row.exclusivity_days_before = record.exclusivity_days_before
    row.exclusivity_days_after = record.exclusivity_days_after
    row.usage_rights = record.usage_rights.strip()
    row.usage_rights_months = record.usage_rights_months
    row.payment_terms = record.payment_terms.strip()
    row.notes = record.notes.strip()
    row.channel = DealChannel(record.channel)
    row.service_fee_pct = to_text(record.service_fee_pct)
    row.rebate_pct = to_text(record.rebate_pct)
    row.review_window_hours = record.review_window_hours
    row.currency = record.currency
    row.requested_fee = to_text(record.requested_fee) if record.requested_fee is not None else None
    row.agreed_fee = to_text(record.agreed_fee) if record.agreed_fee is not None else None
    has_discount = (
        record.requested_fee is not None and record.agreed_fee is not None and record.agreed_fee < record.requested_fee
    )
    # The flag means something only while there is a discount to explain.
    row.kol_offered_discount = bool(record.kol_offered_discount and has_discount)
    row.discount_note = record.discount_note.strip() if row.kol_offered_discount else ""
    row.fee_includes_tax = bool(record.fee_includes_tax)
    row.tax_rate = to_text(record.tax_rate) if record.tax_rate is not None else ""
    row.invoice_type = InvoiceType(record.invoice_type)
    row.invoice_issuer = InvoiceIssuer(record.invoice_issuer)
    row.withholds_income_tax = bool(record.withholds_income_tax)


def _save_deliverables(collaboration_id: int, deliverables: list[DeliverableRecord]) -> None:
    kept = [d.id for d in deliverables if d.id is not None]
    Deliverable.delete().where(
        (Deliverable.collaboration == collaboration_id) & Deliverable.id.not_in(kept or [0])
    ).execute()
    for position, item in enumerate(deliverables):
        row = Deliverable.get_or_none(
            (Deliverable.id == (item.id or 0)) & (Deliverable.collaboration == collaboration_id)
        ) or Deliverable(collaboration=collaboration_id)
        row.position = position
        row.platform = item.platform
        row.content_type = ContentType(item.content_type)
        row.quantity = item.quantity
        row.due_on = item.due_on.isoformat() if item.due_on else None
        row.brief = item.brief.strip()
        row.kol_idea = item.kol_idea.strip()
        row.disclosure_label = item.disclosure_label.strip()
        row.save()
        item.id = row.id


def _save_payments(collaboration_id: int, payments: list[PaymentRecord]) -> None:
    """Updated in place by id: a payment keeps its identity (reminders marked done refer to it)."""
    kept = [p.id for p in payments if p.id is not None]
    Payment.delete().where((Payment.collaboration == collaboration_id) & Payment.id.not_in(kept or [0])).execute()
    for position, item in enumerate(payments):
        row = Payment.get_or_none(
            (Payment.id == (item.id or 0)) & (Payment.collaboration == collaboration_id)
        ) or Payment(collaboration=collaboration_id)
        row.amount = to_text(item.amount)
        row.due_on = item.due_on.isoformat() if item.due_on else None
        row.paid_on = item.paid_on.isoformat() if item.paid_on else None
        row.method = item.method.strip()
        row.reference = item.reference.strip()
        row.position = position
        row.save()
        item.id = row.id


def _payment_record(row: Payment) -> PaymentRecord:
    return PaymentRecord(
        id=row.id,
        amount=stored_amount(row.amount) or Decimal(0),  # unreadable stored text: no amount
        due_on=_date(row.due_on),
        paid_on=_date(row.paid_on),
        method=row.method,
        reference=row.reference,
    )


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _money(text: str | None) -> Decimal | None:
    return stored_amount(text)  # text another program stored ("abc") reads as no fee, never a traceback
