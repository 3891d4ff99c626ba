"""What a collaboration must have before it may sit in a stage. The board, the editor and the CLI all ask here."""

from __future__ import annotations

from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.numbers import format_money
from kolcrm.core.vocabulary import ApprovalState, Stage


def stage_blockers(record: CollaborationRecord, target: Stage, current: Stage | None = None) -> list[str]:
    """Everything that keeps `record` out of `target`, each in words; empty when the move is allowed."""
    if target is Stage.CANCELLED:
        if current is Stage.COMPLETED:
            return [i18n.translate("Collaborations", "A completed collaboration cannot be cancelled")]
        return []
    blockers: list[str] = []
    if target.rank >= Stage.CONTRACTED.rank:
        if record.requested_fee is None or record.agreed_fee is None:
            blockers.append(i18n.translate("Collaborations", "a contract needs the requested and the agreed fee"))
        if record.start_on is None or record.end_on is None:
            blockers.append(i18n.translate("Collaborations", "a contract needs start and end dates"))
        if not record.deliverables:
            blockers.append(i18n.translate("Collaborations", "a contract needs at least one deliverable"))
    if target.rank >= Stage.PUBLISHED.rank and not any(d.state is ApprovalState.PUBLISHED for d in record.deliverables):
        blockers.append(i18n.translate("Collaborations", "no deliverable has been published yet"))
    if target is Stage.COMPLETED:
        waiting = [d for d in record.deliverables if d.state is not ApprovalState.PUBLISHED]
        if waiting:
            count = len(waiting)  # a plain name: lupdate reads the count argument only when it is one
            blockers.append(i18n.translate("Collaborations", "%n deliverables not published yet", None, count))
        if record.agreed_fee is not None and record.paid_total < record.agreed_fee:
            owed = format_money(record.agreed_fee - record.paid_total, record.currency)
            blockers.append(
                i18n.translate("Collaborations", "{amount} of the agreed fee is still unpaid").format(amount=owed)
            )
    return blockers


def contract_blockers(record: CollaborationRecord) -> list[str]:
    """Why a contract cannot be drafted for `record` yet, in words; empty when it can.

    A contract is drafted while the deal is negotiated or after it is signed, never for a prospect or a first
    contact, and it needs what a contracted deal needs (the contract states fees, dates and deliverables).
    """
    if record.stage is Stage.CANCELLED:
        return [i18n.translate("Collaborations", "the deal is cancelled")]
    blockers: list[str] = []
    if record.stage.rank < Stage.NEGOTIATING.rank:
        blockers.append(
            i18n.translate("Collaborations", "the deal is still “{stage}”: a contract follows negotiation").format(
                stage=record.stage.label
            )
        )
    blockers += stage_blockers(record, Stage.CONTRACTED)
    schedule = payment_schedule_problem(record)
    if schedule:
        blockers.append(schedule)
    return blockers


def payment_schedule_problem(record: CollaborationRecord) -> str | None:
    """The contract's payment schedule must add up to the fee its compensation clause states (the contract service
    refuses otherwise, and Generate contract… says so before it is clicked)."""
    if not record.payments or record.agreed_fee is None:
        return None
    scheduled = sum((p.amount for p in record.payments), Decimal(0))
    if scheduled == record.agreed_fee:
        return None
    return i18n.translate(
        "Collaborations", "the payment schedule adds up to {scheduled}, not the agreed fee {agreed}"
    ).format(
        scheduled=format_money(scheduled, record.currency),
        agreed=format_money(record.agreed_fee, record.currency),
    )


def explain(target: Stage, blockers: list[str]) -> str:
    """One sentence naming the stage and every blocker ("Cannot move to “Completed”: a; b.")."""
    reasons = i18n.translate("Collaborations", "; ").join(blockers)
    return i18n.translate("Collaborations", "Cannot move to “{stage}”: {reasons}.").format(
        stage=target.label, reasons=reasons
    )
