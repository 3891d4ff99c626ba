"""Which SQL engine the open book runs on, for the few statements that must differ between SQLite and PostgreSQL.

Most SQL in kolcrm is written once, in SQLite's spelling: postgres.py bridges placeholders, lock words, `INSERT OR
IGNORE` and `rowid`. Where a statement cannot be bridged (FTS5 search, PRAGMA, sqlite_master, json_each…), the
service branches on is_postgres() and keeps both spellings side by side.
"""

from __future__ import annotations

import sys

from kolcrm.core.store import engine


def is_postgres() -> bool:
    """True while the open book is a team's book on a PostgreSQL server."""
    # Not imported yet means no server was ever opened: a file's start-up does not import the server engine to ask.
    postgres = sys.modules.get("kolcrm.core.store.postgres")
    return postgres is not None and isinstance(engine.current(), postgres.KolcrmPostgres)


def table_exists(name: str) -> bool:
    """Whether the open book has a table `name` (in place of a look at sqlite_master)."""
    if is_postgres():
        return engine.database.execute_sql("SELECT to_regclass(?) IS NOT NULL", (name,)).fetchone()[0] is True
    return engine.database.execute_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None
