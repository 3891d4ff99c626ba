"""Payments of a deal: recording one as paid, and how punctually a KOL has been paid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kolcrm.core import clock, i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.collaborations.records import PaymentRecord
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.store.db import database
from kolcrm.core.store.models import Collaboration, Payment


def mark_paid(payment_id: int, paid_on: date, method: str = "", reference: str = "", today: date | None = None) -> None:
    if paid_on > (today or clock.today()):
        raise ValidationError(
            i18n.translate("Collaborations", "A payment cannot be marked paid on a future date"), field="paid_on"
        )
    with database.atomic():
        row = Payment.get_or_none(Payment.id == payment_id)
        if row is None:
            raise NotFoundError(i18n.translate("Collaborations", "Payment {id} does not exist").format(id=payment_id))
        row.paid_on = paid_on.isoformat()
        row.method = method.strip() or row.method
        row.reference = reference.strip() or row.reference
        row.save()
        Collaboration.update(updated_at=utc_now()).where(Collaboration.id == row.collaboration_id).execute()


@dataclass(frozen=True)
class Punctuality:
    on_time: int
    late: int  # paid after the due date, or past due and still unpaid

    @property
    def rate(self) -> float | None:
        """Share paid on time, 0–1; None while no payment has come due."""
        counted = self.on_time + self.late
        return self.on_time / counted if counted else None


def punctuality(payments: list[PaymentRecord], today: date) -> Punctuality:
    on_time = late = 0
    for payment in payments:
        if payment.due_on is None:
            continue
        if payment.paid_on is not None:
            on_time, late = (on_time + 1, late) if payment.paid_on <= payment.due_on else (on_time, late + 1)
        elif payment.due_on < today:
            late += 1
    return Punctuality(on_time, late)


def overdue_kol_ids(today: date) -> set[int]:
    rows = database.execute_sql(
        "SELECT DISTINCT c.kol_id FROM payment p JOIN collaboration c ON c.id = p.collaboration_id"
        " WHERE p.paid_on IS NULL AND p.due_on < ? AND c.deleted_at IS NULL AND c.stage != 'cancelled'",
        (today.isoformat(),),
    )
    return {row[0] for row in rows}
