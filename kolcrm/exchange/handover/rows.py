"""Writing a package's rows: only the columns the table has, never the package's own id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id

_COLUMNS: dict[str, list[str]] = {}


def _columns(table: str) -> list[str]:
    if table not in _COLUMNS:
        # The cursor's description names the columns on both engines (SQLite's PRAGMA table_info has no PG twin).
        _COLUMNS[table] = [column[0] for column in database.execute_sql(f"SELECT * FROM {table} LIMIT 0").description]
    return _COLUMNS[table]


def insert_row(table: str, row: dict[str, Any], defaults: dict[str, Any] | None = None, **values: Any) -> int:
    """Insert the package row's columns this table has (an older package simply lacks newer ones); never its id."""
    merged = {**(defaults or {}), **{k: v for k, v in row.items() if not isinstance(v, list | dict)}, **values}
    merged.pop("id", None)
    columns = [name for name in _columns(table) if name in merged]
    return insert_returning_id(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [merged[name] for name in columns],
    )


def first_id(sql: str, params: Sequence[Any]) -> int | None:
    """The first column of the query's first row (an id or a count), or None."""
    row = database.execute_sql(sql, list(params)).fetchone()
    return row[0] if row else None


def same(column: str, value: Any) -> tuple[str, tuple[Any, ...]]:
    """`column` equal to `value`, NULL matching NULL: SQLite's `column IS ?` (PostgreSQL reads IS only before NULL,
    and SQLite learnt IS NOT DISTINCT FROM only in 3.39)."""
    return (f"{column} IS NULL", ()) if value is None else (f"{column} = ?", (value,))
