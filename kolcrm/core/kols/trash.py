"""Delete is a move to the trash: restorable until the trash is emptied, then erased everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from kolcrm.core.clock import utc_now
from kolcrm.core.kols import change_log
from kolcrm.core.store import search, versions
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Stage


def _fit_scores() -> ModuleType:
    """kolcrm.core.brands.fit_scores, imported on first use: start-up paints the list without it."""
    import kolcrm.core.brands.fit_scores

    return kolcrm.core.brands.fit_scores


@dataclass(frozen=True)
class TrashedKol:
    id: int
    display_name: str
    deleted_at: str


def trash_kols(kol_ids: list[int]) -> list[int]:
    """Move KOLs to the trash; returns the ids that were moved (for undo). Their fit scores go with them."""
    if not kol_ids:
        return []
    now = utc_now()
    moved: list[int] = []
    with database.atomic(), _fit_scores().kols_changing(kol_ids):  # one Delete, one transaction: all or none
        for kol_id in kol_ids:
            cursor = database.execute_sql(
                "UPDATE kol SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (now, kol_id)
            )
            if cursor.rowcount:
                versions.claim("kol", kol_id, None)  # an editor still open on the KOL is told, not obeyed
                moved.append(kol_id)
        change_log.record(moved, change_log.TRASHED)
    return moved


@dataclass(frozen=True)
class LiveDeal:
    kol_name: str
    title: str
    stage: Stage


LIVE_STAGES = (Stage.CONTRACTED, Stage.IN_PRODUCTION, Stage.PUBLISHED)  # signed and not yet completed


def live_deals(kol_ids: list[int]) -> list[LiveDeal]:
    """The signed, unfinished deals of these KOLs: what a Delete would take out of the pipeline with them."""
    if not kol_ids:
        return []
    marks = ",".join("?" * len(kol_ids))
    stages = ",".join("?" * len(LIVE_STAGES))
    rows = database.execute_sql(
        f"SELECT kol.display_name, collaboration.title, collaboration.stage FROM collaboration"
        f" JOIN kol ON kol.id = collaboration.kol_id"
        f" WHERE collaboration.kol_id IN ({marks}) AND collaboration.stage IN ({stages})"
        f" AND collaboration.deleted_at IS NULL ORDER BY kol.display_name, collaboration.id",
        (*kol_ids, *(stage.value for stage in LIVE_STAGES)),
    )
    return [LiveDeal(name, title, Stage(stage)) for name, title, stage in rows]


def restore_kols(kol_ids: list[int]) -> int:
    """Back from the trash, scored again for every brand the list has scores for."""
    with _fit_scores().kols_changing(kol_ids):
        restored: list[int] = []
        for kol_id in kol_ids:
            back = database.execute_sql(
                "UPDATE kol SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", (kol_id,)
            ).rowcount
            if back:
                versions.claim("kol", kol_id, None)
                restored.append(kol_id)
        change_log.record(restored, change_log.RESTORED)
    return len(restored)


def trashed_kols() -> list[TrashedKol]:
    rows = database.execute_sql(
        "SELECT id, display_name, deleted_at FROM kol WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC"
    )
    return [TrashedKol(*row) for row in rows]


@dataclass(frozen=True)
class TrashedDeal:
    id: int
    title: str
    kol_name: str
    brand_name: str
    deleted_at: str


def trashed_collaborations() -> list[TrashedDeal]:
    """Deleted deals, newest first (a deal of a trashed KOL goes and comes back with its KOL, so not here)."""
    rows = database.execute_sql(
        "SELECT c.id, c.title, k.display_name, b.name, c.deleted_at FROM collaboration c"
        " JOIN kol k ON k.id = c.kol_id JOIN brand b ON b.id = c.brand_id"
        " WHERE c.deleted_at IS NOT NULL AND k.deleted_at IS NULL ORDER BY c.deleted_at DESC, c.id DESC"
    )
    return [TrashedDeal(*row) for row in rows]


def trash_count() -> int:
    """KOLs, deals and removed files waiting in the trash, for the sidebar."""
    waiting: int = database.execute_sql(
        "SELECT (SELECT count(*) FROM kol WHERE deleted_at IS NOT NULL)"
        " + (SELECT count(*) FROM collaboration c JOIN kol k ON k.id = c.kol_id"
        " WHERE c.deleted_at IS NOT NULL AND k.deleted_at IS NULL)"
        " + (SELECT count(*) FROM attachment a JOIN kol k ON k.id = a.kol_id"
        " WHERE a.deleted_at IS NOT NULL AND k.deleted_at IS NULL)"
    ).fetchone()[0]
    return waiting


def empty_trash() -> int:
    """Erase every trashed KOL with their accounts, notes and search entries. Returns how many."""
    with database.atomic():
        ids = [row[0] for row in database.execute_sql("SELECT id FROM kol WHERE deleted_at IS NOT NULL")]
        for kol_id in ids:
            _erase(kol_id)
        _fit_scores().forget_kols(ids)  # kol_fit has no foreign key: no row may outlive its KOL
        # Deleted collaborations go with it (their deliverables, reviews and payments cascade).
        database.execute_sql("DELETE FROM collaboration WHERE deleted_at IS NOT NULL")
        from kolcrm.core.attachments.service import empty_removed  # here: the list's start-up needs none of it

        empty_removed()  # files removed from a contract, deliverable or KOL that stays
    return len(ids)


def erase_kol(kol_id: int) -> None:
    """Remove one KOL from every table, the search index and the fit scores (caller may hold a transaction)."""
    with _fit_scores().kols_changing([kol_id]):
        _erase(kol_id)


def _erase(kol_id: int) -> None:
    with database.atomic():
        search.remove_document(database, kol_id)
        # Foreign keys cascade to accounts, rate cards, labels and interactions.
        database.execute_sql("DELETE FROM kol WHERE id = ?", (kol_id,))
