"""A KOL's deals seen from their record: counts, money paid, punctuality, the first-deal promise, events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from kolcrm.core import clock, i18n
from kolcrm.core.collaborations.fee_policy import fee_line, paid_as_asked
from kolcrm.core.collaborations.payments import Punctuality, punctuality
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.collaborations.service import get_collaboration
from kolcrm.core.money import stored_amount, sums_by_currency
from kolcrm.core.numbers import format_money
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import ApprovalState, ContentType, Stage, platform_label


@dataclass(frozen=True)
class DealLine:
    id: int
    title: str
    brand_name: str
    stage: Stage
    is_first: bool
    fee_line: str
    overdue: bool


@dataclass(frozen=True)
class KolDealSummary:
    collaborations: int  # live deals that were not cancelled
    paid: dict[str, Decimal]
    punctuality: Punctuality
    first_deals: int
    first_deals_paid_as_asked: int
    overdue_payments: int
    deals: list[DealLine]

    @property
    def every_first_deal_paid_as_asked(self) -> bool:
        return self.first_deals == self.first_deals_paid_as_asked


def kol_deal_summary(kol_id: int, today: date | None = None) -> KolDealSummary:
    today = today or clock.today()
    records = _records(kol_id)
    running = [r for r in records if r.stage is not Stage.CANCELLED]
    payments = [p for r in running for p in r.payments]
    firsts = [r for r in running if r.is_first]
    return KolDealSummary(
        collaborations=len(running),
        paid=sums_by_currency((p.amount, r.currency) for r in running for p in r.payments if p.paid_on),
        punctuality=punctuality(payments, today),
        first_deals=len(firsts),
        first_deals_paid_as_asked=sum(paid_as_asked(r) for r in firsts),
        overdue_payments=sum(p.is_overdue(today) for p in payments),
        deals=[
            DealLine(
                id=r.id or 0,
                title=r.title,
                brand_name=r.brand_name,
                stage=r.stage,
                is_first=r.is_first,
                fee_line=fee_line(r),
                overdue=r.stage is not Stage.CANCELLED and any(p.is_overdue(today) for p in r.payments),
            )
            for r in records
        ],
    )


@dataclass(frozen=True)
class DealEvent:
    """A stage change, a payment or a review step, shown in the KOL's history beside the notes."""

    on: date
    at: str  # for ordering within a day (UTC timestamp or the date)
    kind: str  # "stage" | "payment" | "review"
    text: str
    collaboration_id: int
    row_id: int = 0  # steps saved within the same second keep the order they were taken in


def deal_events(kol_id: int) -> list[DealEvent]:
    """Every event of the KOL's live deals, newest first."""
    events: list[DealEvent] = []
    for cid, title, changed_at, from_stage, to_stage, row_id in database.execute_sql(
        "SELECT c.id, c.title, s.changed_at, s.from_stage, s.to_stage, s.id FROM stage_change s"
        " JOIN collaboration c ON c.id = s.collaboration_id WHERE c.kol_id = ? AND c.deleted_at IS NULL",
        (kol_id,),
    ):
        if not from_stage:
            text = i18n.translate("Collaborations", "“{title}” created as {stage}").format(
                title=title, stage=Stage(to_stage).label.lower()
            )
        else:
            text = i18n.translate("Collaborations", "“{title}” moved from {old} to {new}").format(
                title=title, old=Stage(from_stage).label.lower(), new=Stage(to_stage).label.lower()
            )
        events.append(DealEvent(_local_date(changed_at), changed_at, "stage", text, cid, row_id))
    for cid, title, currency, amount, paid_on, method in database.execute_sql(
        "SELECT c.id, c.title, c.currency, p.amount, p.paid_on, p.method FROM payment p"
        " JOIN collaboration c ON c.id = p.collaboration_id"
        " WHERE c.kol_id = ? AND c.deleted_at IS NULL AND p.paid_on IS NOT NULL",
        (kol_id,),
    ):
        paid = format_money(stored_amount(amount) or Decimal(0), currency)
        if method:
            text = i18n.translate("Collaborations", "Paid {amount} by {method} for “{title}”").format(
                amount=paid, method=method, title=title
            )
        else:
            text = i18n.translate("Collaborations", "Paid {amount} for “{title}”").format(amount=paid, title=title)
        events.append(DealEvent(date.fromisoformat(paid_on), paid_on, "payment", text, cid))
    for cid, title, platform, content_type, state, happened_at, actor, note, row_id in database.execute_sql(
        "SELECT c.id, c.title, d.platform, d.content_type, a.state, a.happened_at, a.actor, a.note, a.id"
        " FROM approval_step a JOIN deliverable d ON d.id = a.deliverable_id"
        " JOIN collaboration c ON c.id = d.collaboration_id WHERE c.kol_id = ? AND c.deleted_at IS NULL",
        (kol_id,),
    ):
        what = i18n.translate("Collaborations", "{platform} {content_type} for “{title}”").format(
            platform=platform_label(platform), content_type=ContentType(content_type).label.lower(), title=title
        )
        text = _review_text(ApprovalState(state), what, actor, note)
        events.append(DealEvent(_local_date(happened_at), happened_at, "review", text, cid, row_id))
    events.sort(key=lambda e: (e.on, e.at, e.row_id), reverse=True)
    return events


def _review_text(state: ApprovalState, what: str, actor: str, note: str) -> str:
    """One review step in words: one template per shape, so a translation may order the parts its own way."""
    if state is ApprovalState.SUBMITTED:
        if actor:
            text = i18n.translate("Collaborations", "Draft submitted by {actor}: {what}")
        else:
            text = i18n.translate("Collaborations", "Draft submitted: {what}")
    elif state is ApprovalState.CHANGES_REQUESTED:
        if actor:
            text = i18n.translate("Collaborations", "Changes requested by {actor} on {what}: {note}")
        else:
            text = i18n.translate("Collaborations", "Changes requested on {what}: {note}")
    elif state is ApprovalState.APPROVED:
        if actor and note:
            text = i18n.translate("Collaborations", "Approved by {actor}: {what} ({note})")
        elif actor:
            text = i18n.translate("Collaborations", "Approved by {actor}: {what}")
        elif note:
            text = i18n.translate("Collaborations", "Approved: {what} ({note})")
        else:
            text = i18n.translate("Collaborations", "Approved: {what}")
    elif note:
        text = i18n.translate("Collaborations", "Published: {what} {note}")
    else:
        text = i18n.translate("Collaborations", "Published: {what}")
    return text.format(actor=actor, what=what, note=note)


def _records(kol_id: int) -> list[CollaborationRecord]:
    ids = [
        row[0]
        for row in database.execute_sql(
            "SELECT id FROM collaboration WHERE kol_id = ? AND deleted_at IS NULL ORDER BY id DESC", (kol_id,)
        )
    ]
    return [get_collaboration(collaboration_id) for collaboration_id in ids]


def _local_date(timestamp: str) -> date:
    return datetime.fromisoformat(timestamp).astimezone().date()
