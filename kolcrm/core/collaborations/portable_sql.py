"""Raw SQL the team engine's execute_sql cannot bridge alone: a new row's id, and statements run many times.

sqlite3's cursor has lastrowid; psycopg's has none, and PostgreSQL hands the id back through RETURNING. SQLite
learnt RETURNING only in 3.35, older than some systems' libraries (and SQLCipher builds), so it keeps lastrowid.
A cursor's executemany goes to the driver directly, past the bridge of placeholders in postgres.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kolcrm.core.store import dialect
from kolcrm.core.store.db import database


def insert_returning_id(sql: str, params: Sequence[Any]) -> int:
    """Run one `INSERT INTO … VALUES (…)` into a table with an `id` column and give the new row's id."""
    if dialect.is_postgres():
        row = database.execute_sql(sql + " RETURNING id", params).fetchone()
        return int(row[0])
    return int(database.execute_sql(sql, params).lastrowid)


def execute_many(sql: str, rows: Iterable[Sequence[Any]], cursor: Any = None) -> None:
    """Run one statement, written for SQLite, once per row (on `cursor`, or a new one of the open book)."""
    if dialect.is_postgres():
        from kolcrm.core.store.postgres import to_postgres

        sql = to_postgres(sql)
    rows = list(rows)
    if rows:
        (cursor or database.cursor()).executemany(sql, rows)
