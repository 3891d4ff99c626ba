"""The relationship history: notes, calls, meetings, messages and emails with a KOL, newest first."""

from __future__ import annotations

from datetime import date

from kolcrm.core import i18n
from kolcrm.core.brands import fit_scores
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols.records import InteractionRecord
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.store import search, versions
from kolcrm.core.store.db import database
from kolcrm.core.store.models import Interaction, Kol
from kolcrm.core.vocabulary import InteractionKind

MAX_TEXT_LENGTH = 20_000


def checked_text(text: str, field: str = "text", when_empty: str = "") -> str:
    """A note's text, stripped, or a ValidationError: empty (`when_empty` says what to write), too long, or holding
    a control character. The timeline's notes and outreach messages are read alike."""
    text = text.strip()
    if not text:
        raise ValidationError(when_empty or i18n.translate("KOLs", "Write something before saving the note"), field)
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError(
            i18n.translate("KOLs", "A note holds at most {limit} characters").format(limit=f"{MAX_TEXT_LENGTH:,}"),
            field=field,
        )
    invisible = control_character_problem(field, text, i18n.translate("KOLs", "The note"), multiline=True)
    if invisible:
        raise ValidationError([invisible])
    return text


def add_interaction(kol_id: int, record: InteractionRecord) -> int:
    text = checked_text(record.text)
    if record.kind not in set(InteractionKind):
        raise ValidationError(
            i18n.translate("KOLs", "Unknown kind of interaction “{kind}”").format(kind=record.kind), field="kind"
        )
    if record.follow_up_on is not None and record.follow_up_on < record.occurred_on:
        raise ValidationError(
            i18n.translate("KOLs", "The follow-up date is before the interaction"), field="follow_up_on"
        )
    with database.atomic():
        if not Kol.select().where(Kol.id == kol_id).exists():
            raise NotFoundError(i18n.translate("KOLs", "KOL {id} does not exist").format(id=kol_id))
        row = Interaction.create(
            kol=kol_id,
            occurred_on=record.occurred_on.isoformat(),
            kind=InteractionKind(record.kind),
            text=text,
            follow_up_on=record.follow_up_on.isoformat() if record.follow_up_on else None,
            created_at=utc_now(),
            created_by=versions.current_person(),
        )
        _refresh_last_contact(kol_id)
        search.reindex_kol(database, kol_id)
    return row.id


def delete_interaction(interaction_id: int) -> None:
    with database.atomic():
        row = Interaction.get_or_none(Interaction.id == interaction_id)
        if row is None:
            return
        row.delete_instance()
        _refresh_last_contact(row.kol_id)
        search.reindex_kol(database, row.kol_id)


def history(kol_id: int, limit: int | None = None) -> list[InteractionRecord]:
    query = (
        Interaction.select()
        .where(Interaction.kol == kol_id)
        .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
    )
    if limit:
        query = query.limit(limit)
    return [
        InteractionRecord(
            id=row.id,
            kol_id=kol_id,
            occurred_on=date.fromisoformat(row.occurred_on),
            kind=InteractionKind(row.kind),
            text=row.text,
            follow_up_on=date.fromisoformat(row.follow_up_on) if row.follow_up_on else None,
            created_by=row.created_by,
        )
        for row in query
    ]


def _refresh_last_contact(kol_id: int) -> None:
    # The edit time moves, but nothing the brand fit reads does: scores that were fresh stay fresh.
    with fit_scores.kols_changing():
        _set_last_contact(kol_id)


def _set_last_contact(kol_id: int) -> None:
    database.execute_sql(
        "UPDATE kol SET last_contact = coalesce((SELECT max(occurred_on) FROM interaction WHERE kol_id = ?), ''),"
        " updated_at = ? WHERE id = ?",
        (kol_id, utc_now(), kol_id),
    )
