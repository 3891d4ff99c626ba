"""Plain records of a collaboration, its deliverables, payments and review steps (kept apart from the KOL
records so the KOL list starts without building them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from kolcrm.core.vocabulary import (
    DEFAULT_DISCLOSURE_LABEL,
    ApprovalState,
    ContentType,
    DealChannel,
    InvoiceIssuer,
    InvoiceType,
    Stage,
)


@dataclass
class DeliverableRecord:
    platform: str
    content_type: ContentType = ContentType.SHORT_VIDEO
    quantity: int = 1
    due_on: date | None = None
    brief: str = ""
    kol_idea: str = ""
    disclosure_label: str = DEFAULT_DISCLOSURE_LABEL
    # Read back only: the review moves through deliverables.py, never through the editor.
    state: ApprovalState = ApprovalState.NOT_SUBMITTED
    disclosure_confirmed: bool = False
    published_on: date | None = None
    published_url: str = ""
    id: int | None = None


@dataclass
class PaymentRecord:
    amount: Decimal
    due_on: date | None = None
    paid_on: date | None = None
    method: str = ""
    reference: str = ""
    id: int | None = None

    def is_overdue(self, today: date) -> bool:
        return self.paid_on is None and self.due_on is not None and self.due_on < today


@dataclass
class CollaborationRecord:
    brand_id: int
    kol_id: int
    title: str
    stage: Stage = Stage.PROSPECT
    campaign_name: str = ""
    start_on: date | None = None
    end_on: date | None = None
    exclusivity_category: str = ""
    exclusivity_days_before: int = 0
    exclusivity_days_after: int = 0
    usage_rights: str = ""
    usage_rights_months: int = 0
    payment_terms: str = ""
    notes: str = ""
    channel: DealChannel = DealChannel.DIRECT
    service_fee_pct: Decimal = Decimal(0)
    rebate_pct: Decimal = Decimal(0)
    review_window_hours: int = 72
    currency: str = "CNY"
    requested_fee: Decimal | None = None
    agreed_fee: Decimal | None = None
    kol_offered_discount: bool = False
    discount_note: str = ""
    # Tax and invoices: the fee with tax (含税) or without (不含税, the tax on top), the rate in percent, the invoice
    # the brand receives and who issues it, and income tax the brand withholds for a KOL paid as a person.
    fee_includes_tax: bool = True
    tax_rate: Decimal | None = None
    invoice_type: InvoiceType = InvoiceType.UNSPECIFIED
    invoice_issuer: InvoiceIssuer = InvoiceIssuer.UNSPECIFIED
    withholds_income_tax: bool = False
    deliverables: list[DeliverableRecord] = field(default_factory=list)
    payments: list[PaymentRecord] = field(default_factory=list)
    # The row version the record was read at: a save over a newer change is refused (store/versions.py).
    row_version: int | None = None
    # Read back only.
    changed_by: str = ""
    id: int | None = None
    brand_name: str = ""
    kol_name: str = ""
    is_first: bool = False
    created_at: str = ""
    deleted_at: str | None = None

    @property
    def tax_on_top(self) -> Decimal:
        """The tax rate the brand pays on top of a fee agreed without tax (不含税); 0 when the fee includes it."""
        if self.fee_includes_tax or self.tax_rate is None:
            return Decimal(0)
        return self.tax_rate

    @property
    def paid_total(self) -> Decimal:
        return sum((p.amount for p in self.payments if p.paid_on is not None), Decimal(0))


@dataclass
class ApprovalStepRecord:
    state: ApprovalState
    happened_at: str  # UTC ISO timestamp
    actor: str = ""
    note: str = ""


def deliverable_record(row: Any) -> DeliverableRecord:
    """A deliverable as stored (a store.models.Deliverable row) as the record the editor and the pane read."""
    return DeliverableRecord(
        id=row.id,
        platform=row.platform,
        content_type=ContentType(row.content_type),
        quantity=row.quantity,
        due_on=_stored_day(row.due_on),
        brief=row.brief,
        kol_idea=row.kol_idea,
        state=ApprovalState(row.state),
        published_on=_stored_day(row.published_on),
        published_url=row.published_url,
        disclosure_confirmed=bool(row.disclosure_confirmed),
        disclosure_label=row.disclosure_label,
    )


def _stored_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
