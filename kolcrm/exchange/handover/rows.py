"""Writing a package's rows: only the columns the table has, never the package's own id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kolcrm.core.store.db import database

_COLUMNS: dict[str, list[str]] = {}


def _columns(table: str) -> list[str]:
    if table not in _COLUMNS:
        _COLUMNS[table] = [row[1] for row in database.execute_sql(f"PRAGMA table_info({table})")]
    return _COLUMNS[table]


def insert_row(table: str, row: dict[str, Any], defaults: dict[str, Any] | None = None, **values: Any) -> int:
    """Insert the package row's columns this table has (an older package simply lacks newer ones); never its id."""
    merged = {**(defaults or {}), **{k: v for k, v in row.items() if not isinstance(v, list | dict)}, **values}
    merged.pop("id", None)
    columns = [name for name in _columns(table) if name in merged]
    cursor = database.execute_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [merged[name] for name in columns],
    )
    row_id: int = cursor.lastrowid
    return row_id


def first_id(sql: str, params: Sequence[Any]) -> int | None:
    """The first column of the query's first row (an id or a count), or None."""
    row = database.execute_sql(sql, list(params)).fetchone()
    return row[0] if row else None
