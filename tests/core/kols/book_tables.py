"""The tables of the open book and their references to kol, read from either engine's catalogue (for test_merge),
and a dump of them compared across a merge and its undo."""

from __future__ import annotations

from kolcrm.core.store import dialect
from kolcrm.core.store.db import database


def stored_tables() -> list[str]:
    """The book's own tables: not SQLite's, not the full-text indexes' virtual ones, not the server's version table.

    On the server the index is kept in ordinary tables (kol_search_*): left out like SQLite's virtual ones, but for
    kol_search_doc, which both engines have.
    """
    if not dialect.is_postgres():
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        return [name for (name,) in database.execute_sql(sql)]
    sql = (
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        " AND table_type = 'BASE TABLE' AND table_name <> 'kolcrm_schema'"
    )
    names = [name for (name,) in database.execute_sql(sql)]
    return [name for name in names if not name.startswith("kol_search") or name == "kol_search_doc"]


def columns_and_keys_to_kol(table: str) -> tuple[set[str], set[str]]:
    if dialect.is_postgres():
        columns = {
            row[0]
            for row in database.execute_sql(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND table_name = ?",
                (table,),
            )
        }
        keys = {
            row[0]
            for row in database.execute_sql(
                "SELECT a.attname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid"
                " AND a.attnum = ANY (c.conkey) WHERE c.contype = 'f' AND c.conrelid = to_regclass(?)"
                " AND c.confrelid = to_regclass('kol')",
                (table,),
            )
        }
        return columns, keys
    columns = {row[1] for row in database.execute_sql(f"PRAGMA table_info({table})")}
    keys = {row[3] for row in database.execute_sql(f"PRAGMA foreign_key_list({table})") if row[2] == "kol"}
    return columns, keys


def without_history(tables: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    """The dumped tables less what a merge and its undo add on purpose: "merged" and "merge undone" in the kept
    KOL's history, and the KOLs' row versions (which only move forward), hence the fit scores' stamp of the latest
    edit time (the scores stay fresh: fit_scores.kols_changing takes the new stamp as its own)."""
    tables = {**tables, "kol_change": [row for row in tables["kol_change"] if row[4] not in ("merged", "merge_undone")]}
    tables.pop("kol_fit_build", None)
    names = [column[0] for column in database.execute_sql("SELECT * FROM kol LIMIT 0").description]
    kept = [i for i, name in enumerate(names) if name not in ("row_version", "changed_by", "updated_at")]
    tables["kol"] = sorted((tuple(row[i] for i in kept) for row in tables["kol"]), key=repr)
    return tables
