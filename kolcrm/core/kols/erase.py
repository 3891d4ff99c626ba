"""Erasing a KOL permanently (a data-portability request): from every table and the search index, at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import peewee

from kolcrm.core import i18n
from kolcrm.core.errors import NotFoundError
from kolcrm.core.kols.trash import empty_trash, erase_kol
from kolcrm.core.store import dialect, search
from kolcrm.core.store.db import database


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing a KOL removes, for the confirmation the user reads first."""

    kol_id: int
    display_name: str
    counts: dict[str, int] = field(default_factory=dict)  # plain English words (keys) → how many; see count_phrases
    contract_files: tuple[str, ...] = ()  # generated PDFs on disk: kolcrm forgets them but does not delete files
    # After the erase: why some of the erased text may still be in the database files, in the user's language
    # ("" when none is: the usual case).
    traces_left: str = ""


# ErasurePreview.counts key → the count in words, in the user's language ("3 deals", "3 个合作").
_PHRASES: Mapping[str, Callable[[int], str]] = {
    "platform accounts": lambda n: i18n.translate("Erase", "%n platform accounts", None, n),
    "history entries": lambda n: i18n.translate("Erase", "%n history entries", None, n),
    "deals": lambda n: i18n.translate("Erase", "%n deals", None, n),
    "payments": lambda n: i18n.translate("Erase", "%n payments", None, n),
    "contract records": lambda n: i18n.translate("Erase", "%n contract records", None, n),
    "gifts": lambda n: i18n.translate("Erase", "%n gifts", None, n),
    "perks": lambda n: i18n.translate("Erase", "%n perks", None, n),
    "risks": lambda n: i18n.translate("Erase", "%n risks", None, n),
    "reminders": lambda n: i18n.translate("Erase", "%n reminders", None, n),
    "custom field values": lambda n: i18n.translate("Erase", "%n custom field values", None, n),
    "attached files": lambda n: i18n.translate("Erase", "%n attached files", None, n),
}


def count_phrases(preview: ErasurePreview) -> list[str]:
    """What goes with the KOL, one phrase per kind of record there is any of: ["3 deals", "1 gift"]."""
    return [_PHRASES[what](count) for what, count in preview.counts.items() if count]


def erasure_preview(kol_id: int) -> ErasurePreview:
    row = database.execute_sql("SELECT display_name FROM kol WHERE id = ?", (kol_id,)).fetchone()
    if row is None:
        raise NotFoundError(i18n.translate("KOLs", "No KOL with id {id}").format(id=kol_id))
    deals = "SELECT id FROM collaboration WHERE kol_id = ?"

    def count(sql: str, times: int = 1) -> int:
        rows: int = database.execute_sql(sql, (kol_id,) * times).fetchone()[0]
        return rows

    counts = {
        "platform accounts": count("SELECT count(*) FROM platform_account WHERE kol_id = ?"),
        "history entries": count("SELECT count(*) FROM interaction WHERE kol_id = ?"),
        "deals": count("SELECT count(*) FROM collaboration WHERE kol_id = ?"),
        "payments": count(f"SELECT count(*) FROM payment WHERE collaboration_id IN ({deals})"),
        "contract records": count(f"SELECT count(*) FROM contract WHERE collaboration_id IN ({deals})"),
        "gifts": count("SELECT count(*) FROM gift WHERE kol_id = ?"),
        "perks": count("SELECT count(*) FROM perk WHERE kol_id = ?"),
        "risks": count(f"SELECT count(*) FROM risk WHERE kol_id = ? OR collaboration_id IN ({deals})", 2),
        "reminders": count(f"SELECT count(*) FROM reminder WHERE kol_id = ? OR collaboration_id IN ({deals})", 2),
        "custom field values": count("SELECT count(*) FROM kol_custom_value WHERE kol_id = ?"),
        "attached files": count("SELECT count(*) FROM attachment WHERE kol_id = ?"),
    }
    files = tuple(
        path
        for (path,) in database.execute_sql(
            f"SELECT file_path FROM contract WHERE collaboration_id IN ({deals}) AND file_path != ''", (kol_id,)
        )
    )
    return ErasurePreview(kol_id, row[0], counts, files)


def erase_kol_everywhere(kol_id: int) -> ErasurePreview:
    """Remove a KOL from every table and from the search index, in one transaction; returns what went.

    Then no byte of their text is left in the database files: the search index is rewritten without them, freed
    pages are overwritten (secure_delete), the file is rebuilt from the remaining rows (VACUUM: older copies from
    before an edit sit in free space that secure_delete never saw) and the -wal is emptied. When that last part
    cannot be done, the result says so in `traces_left`.
    Generated contract PDFs are files the user may have sent out: they are listed in the result, not deleted.
    """
    preview = erasure_preview(kol_id)
    with _secure_delete():
        with database.atomic():
            _delete_rows(kol_id)
            erase_kol(kol_id)  # the KOL row and its search documents
            search.purge_removed_text(database)
    return replace(preview, traces_left=_scrub_file())


def empty_trash_everywhere() -> tuple[int, str]:
    """Empty the trash the way erase_kol_everywhere erases one KOL: none of the trashed KOLs' or deals' text stays
    in the database files. Returns how many KOLs went and what is left and why ("" when nothing)."""
    with _secure_delete():
        with database.atomic():
            emptied = empty_trash()
            search.purge_removed_text(database)
    return emptied, _scrub_file()


@contextmanager
def _secure_delete() -> Iterator[None]:
    """SQLite overwrites freed pages meanwhile; a server's files are the server's to scrub (see _scrub_file)."""
    if dialect.is_postgres():
        yield
        return
    previous = database.execute_sql("PRAGMA secure_delete").fetchone()[0]
    database.execute_sql("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA secure_delete = {int(previous)}")


def _delete_rows(kol_id: int) -> None:
    deals = "SELECT id FROM collaboration WHERE kol_id = ?"
    deliverables = f"SELECT id FROM deliverable WHERE collaboration_id IN ({deals})"
    # Spelled out rather than left to ON DELETE CASCADE, so a connection without foreign keys erases too.
    statements = (
        "DELETE FROM attachment_content WHERE attachment_id IN (SELECT id FROM attachment WHERE kol_id = ?)",
        "DELETE FROM attachment WHERE kol_id = ?",  # before the contracts and deliverables they may hang on
        "DELETE FROM sent_item WHERE kol_id = ?",
        f"DELETE FROM approval_step WHERE deliverable_id IN ({deliverables})",
        f"DELETE FROM deliverable WHERE collaboration_id IN ({deals})",
        f"DELETE FROM stage_change WHERE collaboration_id IN ({deals})",
        f"DELETE FROM payment WHERE collaboration_id IN ({deals})",
        f"DELETE FROM contract WHERE collaboration_id IN ({deals})",
        f"DELETE FROM risk WHERE kol_id = ? OR collaboration_id IN ({deals})",
        f"DELETE FROM reminder WHERE kol_id = ? OR collaboration_id IN ({deals})",
        "DELETE FROM gift WHERE kol_id = ?",
        "DELETE FROM perk WHERE kol_id = ?",
        # Another KOL's gift or perk linked to one of these deals stays theirs, unlinked.
        f"UPDATE gift SET collaboration_id = NULL WHERE collaboration_id IN ({deals})",
        f"UPDATE perk SET collaboration_id = NULL WHERE collaboration_id IN ({deals})",
        "DELETE FROM blackout_period WHERE kol_id = ?",
        "DELETE FROM scheduling_priority WHERE kol_id = ?",
        "DELETE FROM rate_card_entry WHERE account_id IN (SELECT id FROM platform_account WHERE kol_id = ?)",
        "DELETE FROM platform_account WHERE kol_id = ?",
        "DELETE FROM kol_label WHERE kol_id = ?",
        "DELETE FROM kol_custom_value WHERE kol_id = ?",
        "DELETE FROM interaction WHERE kol_id = ?",
        "DELETE FROM kol_change WHERE kol_id = ?",  # who changed them: their names are in its details
        "DELETE FROM collaboration WHERE kol_id = ?",
    )
    for statement in statements:
        # One plain ? per use: psycopg has no numbered ?1 to name the id once.
        database.execute_sql(statement, (kol_id,) * statement.count("?"))


def _scrub_file() -> str:
    """Rebuild the file from live rows and empty the -wal; "" when done, else what is left and why (translated)."""
    if dialect.is_postgres():
        # The server keeps dead row versions until its vacuum reuses them, and its WAL and backups are its own.
        return i18n.translate(
            "Erase",
            "The team database's server may keep older copies of the text in its files and backups"
            " until its own maintenance overwrites them",
        )
    if database.in_transaction():  # VACUUM cannot run inside one: a caller's transaction keeps the old pages
        return i18n.translate(
            "Erase", "The file was not compacted (a transaction was open): older copies of the text may remain in it"
        )
    try:
        database.execute_sql("VACUUM")
    except peewee.DatabaseError as exc:  # busy beyond the timeout, a full disk: the rows are gone all the same
        return i18n.translate(
            "Erase", "The file could not be compacted ({reason}): older copies of the text may remain in it"
        ).format(reason=exc)
    # TRUNCATE waits (busy_timeout) for readers, then empties the -wal, which held every page the KOL was ever on.
    busy = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        return i18n.translate(
            "Erase",
            "Another program has the database open, so its -wal file keeps a copy of the erased text"
            " until that program closes the database",
        )
    return ""
