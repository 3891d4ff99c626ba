"""No lost edits: a record carries the row version it was read at, and saving over a newer change is refused.

Two account managers open the same KOL; the first saves (the row version goes from 3 to 4); the second's save,
still at 3, must not silently overwrite it. claim() bumps the version only if it is still the one the editor
read, in the same transaction as the save, and otherwise raises EditConflict naming who changed the record and
when ("李雷 changed this KOL at 14:02"), so the editor can reload, compare or overwrite (claim with force=True).
On SQLite the same rule guards two windows or a window and an import on one file.
"""

from __future__ import annotations

import getpass
import os
import weakref
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.clock import today, utc_now
from kolcrm.core.errors import ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.store import dialect, engine
from kolcrm.core.store.engine import database

VERSIONED_TABLES = ("kol", "collaboration", "brand", "campaign", "gift", "perk", "risk")
PERSON_VARIABLE = "KOLCRM_USER"
# The login role of each open server book, asked once: a save under load waits for every round trip it makes.
_server_roles: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()

_WHAT = {
    "kol": QT_TRANSLATE_NOOP("Versions", "this KOL"),
    "collaboration": QT_TRANSLATE_NOOP("Versions", "this collaboration"),
    "brand": QT_TRANSLATE_NOOP("Versions", "this brand"),
    "campaign": QT_TRANSLATE_NOOP("Versions", "this campaign"),
    "gift": QT_TRANSLATE_NOOP("Versions", "this gift"),
    "perk": QT_TRANSLATE_NOOP("Versions", "this perk"),
    "risk": QT_TRANSLATE_NOOP("Versions", "this risk"),
}


class EditConflict(ValidationError):
    """Someone saved the record after it was read: nothing was written."""

    def __init__(self, table: str, record_id: int, changed_by: str, changed_at: str, version: int) -> None:
        self.table, self.record_id, self.version = table, record_id, version
        self.changed_by, self.changed_at = changed_by, changed_at
        who = changed_by or i18n.translate("Versions", "Someone")
        super().__init__(
            i18n.translate("Versions", "{who} changed {what} at {when}: reload it, or save over their change.").format(
                who=who, what=i18n.translate("Versions", _WHAT[table]), when=_local_time(changed_at)
            )
        )


@dataclass(frozen=True)
class Stamp:
    """Who changed a record last, when, and the version that change left."""

    version: int
    changed_by: str
    changed_at: str


def current_person() -> str:
    """Who is making changes: $KOLCRM_USER (a display name a team chose), else on a server its login role, else
    the computer's user name."""
    chosen = os.environ.get(PERSON_VARIABLE, "").strip()
    if chosen:
        return chosen
    if dialect.is_postgres():
        server = engine.current()
        if server not in _server_roles:
            _server_roles[server] = str(database.execute_sql("SELECT current_user").fetchone()[0])
        return _server_roles[server]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the change is still recorded, unnamed
        return ""


def stamp(table: str, record_id: int) -> Stamp | None:
    _check(table)
    row = database.execute_sql(
        f"SELECT row_version, changed_by, updated_at FROM {table} WHERE id = ?", (record_id,)
    ).fetchone()
    return Stamp(int(row[0]), row[1] or "", row[2] or "") if row else None


def claim(table: str, record_id: int, read_version: int | None, force: bool = False) -> int:
    """Take the record for this save: its version goes up by one and names the current person. Call inside the
    save's transaction, before writing. `read_version` None (a new record, or an older caller) claims
    unconditionally; so does `force` (the person chose to save over the other change). Returns the new version."""
    _check(table)
    person, now = current_person(), utc_now()
    # The new version comes back with the update on a server (one round trip, not two); SQLite reads it after,
    # as some of its libraries predate RETURNING (see portable_sql.py).
    returning = " RETURNING row_version" if dialect.is_postgres() else ""
    if read_version is None or force:
        cursor = database.execute_sql(
            f"UPDATE {table} SET row_version = row_version + 1, changed_by = ?, updated_at = ? WHERE id = ?"
            + returning,
            (person, now, record_id),
        )
    else:
        cursor = database.execute_sql(
            f"UPDATE {table} SET row_version = row_version + 1, changed_by = ?, updated_at = ?"
            " WHERE id = ? AND row_version = ?" + returning,
            (person, now, record_id, read_version),
        )
        if cursor.rowcount == 0:
            current = stamp(table, record_id)
            if current is not None:
                raise EditConflict(table, record_id, current.changed_by, current.changed_at, current.version)
    if returning:
        row = cursor.fetchone()
        return int(row[0]) if row else 0
    latest = stamp(table, record_id)
    return latest.version if latest else 0


def claim_many(table: str, record_ids: list[int]) -> None:
    """claim() unconditionally for records a bulk change rewrote (an import, a merge, a handover package): an
    editor open on one of them is told when it saves, instead of saving over the change unseen."""
    _check(table)
    person, now = current_person(), utc_now()
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        database.execute_sql(
            f"UPDATE {table} SET row_version = row_version + 1, changed_by = ?, updated_at = ?"
            f" WHERE id IN ({', '.join('?' * len(chunk))})",
            (person, now, *chunk),
        )


def sign(table: str, record_id: int) -> None:
    """Name the current person as the one who added the record (it stays at its first version)."""
    _check(table)
    database.execute_sql(f"UPDATE {table} SET changed_by = ? WHERE id = ?", (current_person(), record_id))


def _check(table: str) -> None:
    if table not in VERSIONED_TABLES:  # table names are spliced into SQL: only these
        raise ValueError(f"{table} has no row version")


def _local_time(stamp_text: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp_text)
    except ValueError:
        return stamp_text
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%H:%M") if local.date() == today() else local.strftime("%Y-%m-%d %H:%M")
