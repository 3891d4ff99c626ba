"""The reciprocity ledger: what KOLs give back (scheduling priority, a free WeChat Moment or Weibo story…).

A discount a KOL offered on a deal (recorded by the fee policy) appears here too, derived from the deal so it
is never kept twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from kolcrm.core import clock, i18n
from kolcrm.core.care.records import PerkRecord
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.money import amount_problem, currency_problem, sums_by_currency, to_text
from kolcrm.core.store import versions
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id
from kolcrm.core.vocabulary import PerkKind


def save_perk(record: PerkRecord, today: date | None = None, overwrite: bool = False) -> int:
    """Add or update a perk; an update over someone's newer change is refused unless `overwrite` (see save_gift)."""
    problems = _validate(record, today or clock.today())
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        if not database.execute_sql("SELECT 1 FROM kol WHERE id = ?", (record.kol_id,)).fetchone():
            raise ValidationError(i18n.translate("Care", "Choose the KOL who gave it"), field="kol_id")
        values = (
            record.kol_id,
            record.collaboration_id,
            PerkKind(record.kind),
            record.received_on.isoformat(),
            to_text(record.estimated_value) if record.estimated_value is not None else None,
            record.currency,
            record.note.strip(),
        )
        version = 1
        if record.id is None:
            record.id = insert_returning_id(
                "INSERT INTO perk (kol_id, collaboration_id, kind, received_on, estimated_value, currency, note,"
                " created_at) VALUES (?,?,?,?,?,?,?,?)",
                (*values, utc_now()),
            )
            versions.sign("perk", record.id)
        else:
            # First: a refused save writes nothing (versions.claim raises EditConflict); 0 when the row is gone.
            version = versions.claim("perk", record.id, record.row_version, force=overwrite)
            if (
                not version
                or not database.execute_sql(
                    "UPDATE perk SET kol_id=?, collaboration_id=?, kind=?, received_on=?, estimated_value=?, currency=?,"
                    " note=? WHERE id = ?",
                    (*values, record.id),
                ).rowcount
            ):
                raise NotFoundError(i18n.translate("Care", "Perk {id} no longer exists").format(id=record.id))
    record.row_version = version
    return record.id or 0


def delete_perk(perk_id: int) -> None:
    with database.atomic():
        database.execute_sql("DELETE FROM perk WHERE id = ?", (perk_id,))


def get_perk(perk_id: int) -> PerkRecord | None:
    row = database.execute_sql("SELECT kol_id FROM perk WHERE id = ?", (perk_id,)).fetchone()
    return next((perk for perk in ledger(kol_id=row[0]) if perk.id == perk_id), None) if row else None


def perks_for(kol_id: int) -> list[PerkRecord]:
    return ledger(kol_id=kol_id)


def ledger(kol_id: int | None = None, year: int | None = None) -> list[PerkRecord]:
    """Perks recorded by hand and KOL-offered discounts from deals, newest first."""
    where, params = ["k.deleted_at IS NULL"], []
    if kol_id is not None:
        where.append("k.id = ?")
        params.append(kol_id)
    recorded = database.execute_sql(
        "SELECT p.id, p.kol_id, p.collaboration_id, p.kind, p.received_on, p.estimated_value, p.currency, p.note,"
        " k.display_name, p.row_version FROM perk p JOIN kol k ON k.id = p.kol_id WHERE " + " AND ".join(where),
        params,
    ).fetchall()
    entries = [
        PerkRecord(
            id=row[0],
            kol_id=row[1],
            collaboration_id=row[2],
            kind=PerkKind(row[3]),
            received_on=date.fromisoformat(row[4]),
            estimated_value=Decimal(row[5]) if row[5] is not None else None,
            currency=row[6],
            note=row[7],
            kol_name=row[8],
            row_version=row[9],
        )
        for row in recorded
    ]
    discounts = database.execute_sql(
        "SELECT c.id, c.kol_id, c.requested_fee, c.agreed_fee, c.currency, c.title, c.discount_note, c.created_at,"
        " k.display_name FROM collaboration c JOIN kol k ON k.id = c.kol_id"
        " WHERE c.kol_offered_discount = 1 AND c.deleted_at IS NULL AND c.stage != 'cancelled' AND "
        + " AND ".join(where),
        params,
    ).fetchall()
    for cid, kid, requested, agreed, currency, title, note, created_at, name in discounts:
        entries.append(
            PerkRecord(
                kol_id=kid,
                kind=PerkKind.KOL_OFFERED_DISCOUNT,
                received_on=datetime.fromisoformat(created_at).astimezone().date(),
                estimated_value=Decimal(requested) - Decimal(agreed),
                currency=currency,
                note=(
                    i18n.translate("Care", "On “{title}”: {note}") if note else i18n.translate("Care", "On “{title}”")
                ).format(title=title, note=note),
                collaboration_id=cid,
                kol_name=name,
            )
        )
    if year is not None:
        entries = [entry for entry in entries if entry.received_on.year == year]
    entries.sort(key=lambda entry: (entry.received_on, entry.id or 0), reverse=True)
    return entries


@dataclass(frozen=True)
class CareTotals:
    spent_on_gifts: dict[str, Decimal]
    perks_value: dict[str, Decimal]


def totals(gift_costs: list[tuple[Decimal | None, str]], perks: list[PerkRecord]) -> CareTotals:
    return CareTotals(
        spent_on_gifts=sums_by_currency((cost, currency) for cost, currency in gift_costs if cost is not None),
        perks_value=sums_by_currency(
            (perk.estimated_value, perk.currency) for perk in perks if perk.estimated_value is not None
        ),
    )


def _validate(record: PerkRecord, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if record.kind not in set(PerkKind):
        problems.append(
            FieldProblem("kind", i18n.translate("Care", "Unknown kind of perk “{kind}”").format(kind=record.kind))
        )
    elif record.kind == PerkKind.KOL_OFFERED_DISCOUNT:
        problems.append(
            FieldProblem(
                "kind", i18n.translate("Care", "A KOL-offered discount is recorded on the deal's fees, not here")
            )
        )
    if record.received_on > today:
        problems.append(
            FieldProblem(
                "received_on", i18n.translate("Care", "A perk is recorded once received: the date is in the future")
            )
        )
    for problem in (
        amount_problem("estimated_value", record.estimated_value, i18n.translate("Care", "Estimated value")),
        currency_problem("currency", record.currency),
    ):
        if problem:
            problems.append(problem)
    invisible = control_character_problem("note", record.note, i18n.translate("Care", "The note"), multiline=True)
    if invisible:
        problems.append(invisible)
    if len(record.note) > 20_000:
        problems.append(FieldProblem("note", i18n.translate("Care", "The note is too long")))
    return problems
