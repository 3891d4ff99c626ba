"""A signed deal makes its KOL a working partner: the question to ask, and the answer carried out."""

from __future__ import annotations

from dataclasses import dataclass

from kolcrm.core.collaborations.service import get_collaboration
from kolcrm.core.errors import NotFoundError
from kolcrm.core.kols import service as kols
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Stage, Status


@dataclass(frozen=True)
class KolToActivate:
    kol_id: int
    name: str


def signed(stage: Stage) -> bool:
    """Contracted or any later stage (a cancelled deal is none of them)."""
    return Stage(stage).rank >= Stage.CONTRACTED.rank


def kol_to_activate(collaboration_id: int) -> KolToActivate | None:
    """The deal's KOL when the deal is signed and they are still a prospect; None otherwise."""
    try:
        record = get_collaboration(collaboration_id)
    except NotFoundError:
        return None
    if record.deleted_at or not signed(record.stage):
        return None
    row = database.execute_sql(
        "SELECT status FROM kol WHERE id = ? AND deleted_at IS NULL", (record.kol_id,)
    ).fetchone()
    if row is None or row[0] != Status.PROSPECT:
        return None
    return KolToActivate(record.kol_id, record.kol_name)


def make_active(kol_id: int) -> None:
    """Set the KOL's status to Active through the KOL service, so its rules and search index follow."""
    record = kols.get_kol(kol_id)
    if record.status is Status.ACTIVE:
        return
    record.status = Status.ACTIVE
    kols.save_kol(record)
