"""Who looks after which KOL: the owner (an account manager) of each, the list of owners, and handing KOLs over.

In a team, giving a departing colleague's KOLs to someone else is how a book changes hands without losing a
relationship: one transaction sets the new owner on every chosen KOL and records who made the change (each KOL's
row version moves on, so an editor open on one of them is told rather than overwriting the new owner)."""

from __future__ import annotations

from collections.abc import Iterable

from kolcrm.core import i18n
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import change_log
from kolcrm.core.store import versions
from kolcrm.core.store.db import database

MAX_OWNER_LENGTH = 100


def owners() -> list[str]:
    """Everyone who owns at least one live KOL, the current person first when they do."""
    rows = database.execute_sql(
        "SELECT DISTINCT owner FROM kol WHERE deleted_at IS NULL AND owner <> '' ORDER BY owner"
    ).fetchall()
    names = [row[0] for row in rows]
    me = versions.current_person()
    return ([me] if me in names else []) + [name for name in names if name != me]


def owner_problem(owner: str) -> str | None:
    """Why `owner` cannot be an owner's name, or None (hand-over here, bulk edit in bulk_edit.py)."""
    owner = owner.strip()
    if len(owner) > MAX_OWNER_LENGTH or any(ord(c) < 32 for c in owner):
        return i18n.translate("KOLs", "An owner's name is one line of at most {n} characters").format(
            n=MAX_OWNER_LENGTH
        )
    return None


def set_owner(kol_ids: Iterable[int], owner: str) -> int:
    """Give the KOLs to `owner` ("" for nobody); returns how many changed hands. All or nothing."""
    owner = owner.strip()
    if problem := owner_problem(owner):
        raise ValidationError(problem)
    given: list[int] = []
    with database.atomic("IMMEDIATE"):
        for kol_id in sorted(set(kol_ids)):
            row = database.execute_sql(
                "SELECT owner FROM kol WHERE id = ? AND deleted_at IS NULL", (kol_id,)
            ).fetchone()
            if row is None or row[0] == owner:
                continue
            versions.claim("kol", kol_id, None)
            database.execute_sql("UPDATE kol SET owner = ? WHERE id = ?", (owner, kol_id))
            given.append(kol_id)
        change_log.record(given, change_log.OWNER, owner)
    return len(given)
