"""What the earlier batches of one file did, kept in TEMP tables so an import's memory stays flat.

A row of batch 40 may be the same account as a row of batch 1 (merged: the later row wins, and the report names
the first line), carry the KOL # of an earlier row (the same KOL), or touch a KOL an earlier batch already
counted. Holding that in Python dicts grows with the file (~350 bytes a row); TEMP tables live in SQLite's
temporary store, a separate file that is never the user's database, so a dry run still writes nothing to it. On
PostgreSQL they are the session's own, seen by no one else and gone with the connection.
The tables are named without SQLite's `temp.` schema (PostgreSQL calls it pg_temp): both engines look in the
temporary schema first, and no table of the book has these names.
"""

from __future__ import annotations

from collections.abc import Iterable

from kolcrm.core.store import dialect
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import execute_many

AccountKey = tuple[str, str]  # (platform, handle_key)
_TABLES = {
    "import_account": "key TEXT PRIMARY KEY, kol INTEGER NOT NULL, line INTEGER NOT NULL",
    "import_ref": "ref TEXT PRIMARY KEY, kol INTEGER NOT NULL",
    "import_kol": "kol INTEGER PRIMARY KEY, created INTEGER NOT NULL",
}
_CHUNK = 500


def _text(key: AccountKey) -> str:
    return f"{key[0]}\x1f{key[1]}"


class FileMemory:
    """Accounts (→ KOL and first line), KOL #s (→ KOL) and KOLs already counted, for one pass over a file.

    During a dry run a new KOL is known by a negative ordinal; during the import by its id once written.
    """

    def __init__(self) -> None:
        self.next_ordinal = -1
        # Set by resolve() for the batch in hand, stored by remember() once the batch has its ids.
        self.pending: tuple[dict[AccountKey, int], dict[AccountKey, int], dict[str, int]] = ({}, {}, {})
        without_rowid = "" if dialect.is_postgres() else " WITHOUT ROWID"
        for table, columns in _TABLES.items():
            database.execute_sql(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns}){without_rowid}")
            database.execute_sql(f"DELETE FROM {table}")

    def close(self) -> None:
        for table in _TABLES:
            database.execute_sql(f"DROP TABLE IF EXISTS {table}")

    def new_ordinal(self) -> int:
        ordinal = self.next_ordinal
        self.next_ordinal -= 1
        return ordinal

    # -- lookups, one query per chunk of a batch ------------------------------------------------------------
    def accounts(self, keys: Iterable[AccountKey]) -> dict[AccountKey, tuple[int, int]]:
        """Account → (KOL, the line it was first seen on), for the accounts earlier batches saw."""
        by_text = {_text(key): key for key in keys}
        found: dict[AccountKey, tuple[int, int]] = {}
        for part in _chunks(list(by_text)):
            marks = ",".join("?" * len(part))
            for text, kol, line in database.execute_sql(
                f"SELECT key, kol, line FROM import_account WHERE key IN ({marks})", part
            ):
                found[by_text[text]] = (kol, line)
        return found

    def refs(self, refs: Iterable[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for part in _chunks(list(set(refs))):
            marks = ",".join("?" * len(part))
            found.update(database.execute_sql(f"SELECT ref, kol FROM import_ref WHERE ref IN ({marks})", part))
        return found

    def touched(self, kol_ids: Iterable[int]) -> set[int]:
        """The KOLs here that earlier batches already added or counted as updated."""
        found: set[int] = set()
        for part in _chunks(list(set(kol_ids))):
            marks = ",".join("?" * len(part))
            found.update(kol for (kol,) in database.execute_sql(
                f"SELECT kol FROM import_kol WHERE kol IN ({marks})", part))  # fmt: skip
        return found

    # -- what a batch adds ----------------------------------------------------------------------------------
    def remember(
        self,
        accounts: list[tuple[AccountKey, int, int]],
        refs: list[tuple[str, int]],
        kols: list[tuple[int, bool]],
    ) -> None:
        """accounts: (key, KOL, first line); refs: (KOL #, KOL); kols: (KOL, created by this import)."""
        execute_many(
            "INSERT OR IGNORE INTO import_account (key, kol, line) VALUES (?,?,?)",
            [(_text(key), kol, line) for key, kol, line in accounts],
        )
        execute_many(
            "INSERT INTO import_ref (ref, kol) VALUES (?,?) ON CONFLICT (ref) DO UPDATE SET kol = excluded.kol", refs
        )
        execute_many("INSERT OR IGNORE INTO import_kol (kol, created) VALUES (?,?)", kols)


def _chunks(items: list[str] | list[int]) -> Iterable[list[str] | list[int]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
