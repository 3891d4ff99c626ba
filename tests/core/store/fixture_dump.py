"""Reading a fixture database's rows with plain sqlite3, limited to the columns its schema version had.

Later versions may add columns (with defaults) to old tables: the rows a user had must still read the same.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path


@cache
def original_columns(fixture: Path, table: str) -> str:
    conn = sqlite3.connect(f"{fixture.as_uri()}?mode=ro&immutable=1", uri=True)  # never touch the committed file
    try:
        return ", ".join(row[1] for row in conn.execute(f"PRAGMA table_info({table})"))
    finally:
        conn.close()


def dump_as(fixture: Path, path: Path, tables: tuple[str, ...], order: str = "rowid") -> dict[str, list[tuple]]:
    """Every row of `tables` in `path`, with the columns `fixture` had."""
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT {original_columns(fixture, table)} FROM {table} ORDER BY {order}").fetchall()
            for table in tables
        }
    finally:
        conn.close()
