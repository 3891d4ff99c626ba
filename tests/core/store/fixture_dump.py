"""Reading a fixture database's rows with plain sqlite3, limited to the columns its schema version had.

Later versions may add columns (with defaults) to old tables: the rows a user had must still read the same.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

# Derived from the rows and rewritten by migrations that change what is searchable (v10 adds pinyin): that every
# KOL still has its document is what must hold; the search tests check what the documents find.
DERIVED_COLUMNS = {"kol_search_doc": "kol_id"}


@cache
def original_columns(fixture: Path, table: str) -> str:
    if table in DERIVED_COLUMNS:
        return DERIVED_COLUMNS[table]
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
            table: conn.execute(
                f"SELECT {original_columns(fixture, table)} FROM {table} ORDER BY {_order(conn, table, order)}"
            ).fetchall()
            for table in tables
        }
    finally:
        conn.close()


def _order(conn: sqlite3.Connection, table: str, order: str) -> str:
    """`order`, or every column for a WITHOUT ROWID table (kol_custom_value has no rowid to order by)."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0] or ""
    if "WITHOUT ROWID" in sql.upper() and order == "rowid":
        return ", ".join(str(i + 1) for i in range(len(conn.execute(f"SELECT * FROM {table} LIMIT 0").description)))
    return order
