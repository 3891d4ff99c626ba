"""Search on a team's PostgreSQL book (the SQLite book's FTS5 tables have no PostgreSQL twin)."""

from __future__ import annotations

from typing import Any


def create_tables(db: Any) -> None:
    db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    db.execute_sql("CREATE INDEX kol_search_doc_trigrams ON kol_search_doc USING gin (body gin_trgm_ops)")
