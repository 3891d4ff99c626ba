"""The brand's fee rule: on a first collaboration the KOL is paid the fee they asked, without haggling.

Seed: "when it comes to negotiating the KOL fee, don't negotiate … For your first collaboration, pay the fee
they ask." A discount the KOL offers of their own accord is allowed, and kept apart from negotiation.
"""

from __future__ import annotations

from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.errors import FieldProblem
from kolcrm.core.numbers import format_money
from kolcrm.core.store.db import database


def is_first_collaboration(brand_id: int, kol_id: int, collaboration_id: int | None = None) -> bool:
    """First = no earlier live, uncancelled deal between the same brand and KOL (a cancelled one never ran)."""
    sql = (
        "SELECT 1 FROM collaboration WHERE brand_id = ? AND kol_id = ? AND deleted_at IS NULL AND stage != 'cancelled'"
    )
    params: tuple[int, ...] = (brand_id, kol_id)
    if collaboration_id is not None:  # a NULL parameter has no type PostgreSQL could compare with
        sql, params = sql + " AND id < ?", (*params, collaboration_id)
    row = database.execute_sql(sql + " LIMIT 1", params).fetchone()
    return row is None


def fee_policy_problem(record: CollaborationRecord, is_first: bool) -> FieldProblem | None:
    """Why the fees break the rule, in words that explain it; None when they keep it."""
    requested, agreed = record.requested_fee, record.agreed_fee
    if agreed is not None and requested is None:
        return FieldProblem(
            "requested_fee", i18n.translate("Collaborations", "Record the fee the KOL asked for before the agreed fee")
        )
    if not is_first or requested is None or agreed is None or agreed >= requested:
        return None
    if record.kol_offered_discount:
        return None
    asked = format_money(requested, record.currency)
    message = i18n.translate(
        "Collaborations",
        "This is the first collaboration with {kol}: the brand pays the fee the KOL asked ({asked}) without haggling"
        " — it is the start of a long relationship. Set the agreed fee to {asked}, or tick “The KOL offered this"
        " discount” if they proposed it themselves.",
    )
    kol = record.kol_name or i18n.translate("Collaborations", "this KOL")
    return FieldProblem("agreed_fee", message.format(kol=kol, asked=asked))


def discount(record: CollaborationRecord) -> Decimal:
    """How far the agreed fee sits below the requested one (0 when it does not)."""
    if record.requested_fee is None or record.agreed_fee is None:
        return Decimal(0)
    return max(record.requested_fee - record.agreed_fee, Decimal(0))


def paid_as_asked(record: CollaborationRecord) -> bool:
    """Agreed at the asked fee, or below it only because the KOL offered the discount."""
    return discount(record) == 0 or record.kol_offered_discount


def fee_line(record: CollaborationRecord) -> str:
    """'requested ¥30,000 · agreed ¥30,000 · paid ¥30,000 on 2026-03-02' — every difference in plain view."""

    def money(amount: Decimal) -> str:
        return format_money(amount, record.currency)

    requested = money(record.requested_fee) if record.requested_fee is not None else "—"
    agreed = money(record.agreed_fee) if record.agreed_fee is not None else "—"
    parts = [i18n.translate("Collaborations", "requested {amount}").format(amount=requested)]
    if discount(record) and record.kol_offered_discount:
        parts.append(
            i18n.translate("Collaborations", "agreed {amount} (discount offered by the KOL)").format(amount=agreed)
        )
    elif discount(record):
        below = i18n.translate("Collaborations", "agreed {amount} ({difference} below the ask)")
        parts.append(below.format(amount=agreed, difference=money(discount(record))))
    else:
        parts.append(i18n.translate("Collaborations", "agreed {amount}").format(amount=agreed))
    paid = [p for p in record.payments if p.paid_on is not None]
    if paid:
        last = max(p.paid_on for p in paid if p.paid_on is not None)
        paid_text = i18n.translate("Collaborations", "paid {amount} on {date}")
        parts.append(paid_text.format(amount=money(record.paid_total), date=last.isoformat()))
    else:
        parts.append(i18n.translate("Collaborations", "nothing paid yet"))
    return " · ".join(parts)
