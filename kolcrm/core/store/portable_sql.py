"""Raw SQL the team engine's execute_sql cannot bridge alone: new rows' ids, and statements on a raw cursor.

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


def reserve_ids(table: str, count: int) -> list[int]:
    """`count` ids for rows a bulk writer inserts with their id given, in ascending order.

    SQLite: the ids after the largest, safe while the caller holds the write lock (BEGIN IMMEDIATE). PostgreSQL:
    drawn from the table's identity sequence, which other writers draw from too; an id written by hand past the
    sequence would make the next ordinary insert collide with it.
    """
    if count <= 0:
        return []
    if dialect.is_postgres():
        rows = database.execute_sql(
            "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)", (table, count)
        ).fetchall()
        return sorted(int(row[0]) for row in rows)
    first = int(database.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])
    return list(range(first, first + count))


class PortableCursor:
    """A cursor of the open book that takes SQLite-spelled statements on either engine (see execute_many)."""

    def __init__(self) -> None:
        self.cursor = database.cursor()
        self.postgres = dialect.is_postgres()

    def _sql(self, sql: str) -> str:
        if not self.postgres:
            return sql
        from kolcrm.core.store.postgres import to_postgres

        return to_postgres(sql)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.cursor.execute(self._sql(sql), params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        execute_many(sql, rows, self.cursor)
