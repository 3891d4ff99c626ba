"""`kolcrm copy SOURCE TARGET`: a whole book from one database into another (SQLite file ↔ PostgreSQL URL).

Moving a personal book onto the team's server, or a team's book into a file, is the same copy: every table of
the current schema, row for row with its ids, written in ONE transaction on the target, which must hold no book
yet (an empty database, or a file that does not exist). Afterwards the rows of every table are counted on both
sides; the copy is kept only when they all match. The search index is rebuilt on the target from the copied
rows, and a server's id sequences are moved past the copied ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import peewee

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store import cipher, dialect, passphrases, pg_schema
from kolcrm.core.store.db import close_database, database, open_database
from kolcrm.core.store.migrations import SCHEMA_VERSION
from kolcrm.core.store.server import ServerBook, is_server_url

BATCH_ROWS = 2000
DERIVED_TABLES = ("kol_search_doc",)  # rebuilt from the copied rows on the target


class CopyError(DatabaseOpenError):
    """The copy was refused or did not match: nothing was kept on the target."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


def copy_book(source: str, target: str, progress: Callable[[str, int], None] | None = None) -> list[TableCount]:
    """Copy the book at `source` into `target` (paths or postgresql:// URLs). Returns the per-table counts."""
    tables = [name for kind, name, _sql in pg_schema.sqlite_statements() if kind == "table"]
    tables = [name for name in tables if name not in DERIVED_TABLES]
    with _reader(source) as read:
        _refuse_a_book_in(target)
        open_database(target)
        try:
            counts = _copy_tables(tables, read, progress)
        except peewee.DatabaseError as exc:  # the target refused a row: the transaction took nothing with it
            raise CopyError(
                i18n.translate("Copy", "The copy stopped and nothing was kept: {reason}").format(
                    reason=(str(exc).strip().splitlines() or [type(exc).__name__])[0]
                )
            ) from exc
        finally:
            close_database()
    return counts


def _copy_tables(tables: list[str], read: _Reader, progress: Callable[[str, int], None] | None) -> list[TableCount]:
    from kolcrm.core.store import search

    counts = []
    with database.atomic("IMMEDIATE"):
        if _live_rows("kol") or _live_rows("brand"):
            raise CopyError(i18n.translate("Copy", "The target already holds a book: copy into an empty database"))
        server = dialect.is_postgres()
        cursor = database.cursor()
        for table in tables:
            columns = _target_columns(table)
            placeholders = ", ".join("%s" if server else "?" for _ in columns)
            # executemany in batches: psycopg pipelines them, sqlite3 steps one prepared statement (a 100,000-KOL
            # book copies in seconds, not the minutes of a statement per row).
            insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"
            copied = 0
            for rows in read.batches(table, columns):
                cursor.executemany(insert, [_for_server(row) for row in rows] if server else rows)
                copied += len(rows)
                if progress is not None:
                    progress(table, copied)
            counts.append(TableCount(table, read.count(table), _count(table)))
        search.rebuild_all(database)
        if dialect.is_postgres():
            _move_sequences_past_copied_ids(tables)
        wrong = [count for count in counts if count.source != count.target]
        if wrong:
            raise CopyError(
                i18n.translate("Copy", "The copy did not match ({tables}); nothing was kept").format(
                    tables=", ".join(f"{c.table} {c.source}≠{c.target}" for c in wrong)
                )
            )
    if dialect.is_postgres():
        # Statistics for the new rows now, not when autovacuum comes by: without them the first searches on the
        # copied book were planned as if its tables were empty (p95 414 ms at 100,000 KOLs, 48 ms after).
        database.execute_sql("ANALYZE")
    return counts


def _for_server(row: tuple[Any, ...]) -> tuple[Any, ...]:
    # PostgreSQL text holds no NUL: the pinyin sort key's separator goes as \x01 (see postgres.py), and the rebuild
    # of the search index below writes the key afresh anyway.
    return tuple(value.replace("\x00", "\x01") if isinstance(value, str) else value for value in row)


def _live_rows(table: str) -> bool:
    return database.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None


def _count(table: str) -> int:
    return int(database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0])


def _target_columns(table: str) -> list[str]:
    if dialect.is_postgres():
        rows = database.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = ? ORDER BY ordinal_position",
            (table,),
        ).fetchall()
    else:
        rows = [(row[1],) for row in database.execute_sql(f"PRAGMA table_info({table})").fetchall()]
    return [row[0] for row in rows]


def _move_sequences_past_copied_ids(tables: list[str]) -> None:
    for table in tables:
        if "id" not in _target_columns(table):  # keyed by another table's id (scheduling_priority): no sequence
            continue
        sequence = database.execute_sql("SELECT pg_get_serial_sequence(?, 'id')", (table,)).fetchone()[0]
        if sequence:
            database.execute_sql(
                f"SELECT setval(?, GREATEST((SELECT max(id) FROM {table}), 1), (SELECT count(*) > 0 FROM {table}))",
                (sequence,),
            )


def _refuse_a_book_in(target: str) -> None:
    if not is_server_url(target) and Path(target).expanduser().exists():
        raise CopyError(
            i18n.translate("Copy", "{path} already exists: copy into a new file or an empty team database").format(
                path=target
            )
        )


class _Reader:
    """Rows of the source book, table by table, in batches (a 100,000-KOL book is not held in memory at once)."""

    def __init__(self, connection: Any, server: bool) -> None:
        self.connection = connection
        self.server = server

    def batches(self, table: str, columns: list[str]) -> Iterator[list[tuple[Any, ...]]]:
        # On a server, a named cursor streams the rows (a plain one would fetch the whole table first).
        cursor = self.connection.cursor(name=f"copy_{table}") if self.server else self.connection.cursor()
        order = " ORDER BY id" if "id" in columns else ""
        cursor.execute(f"SELECT {', '.join(columns)} FROM {table}{order}")
        while True:
            rows = cursor.fetchmany(BATCH_ROWS)
            if not rows:
                return
            yield [tuple(row) for row in rows]

    def count(self, table: str) -> int:
        cursor = self.connection.cursor()
        cursor.execute(f"SELECT count(*) FROM {table}")
        return int(cursor.fetchone()[0])


@contextmanager
def _reader(source: str) -> Iterator[_Reader]:
    """A read-only connection to the source, outside the models' proxy (which the target uses)."""
    if is_server_url(source):
        from kolcrm.core.store.postgres import KolcrmPostgres

        engine = KolcrmPostgres(ServerBook.parse(source).url)
        engine.connect()
        try:
            version = pg_schema.server_version(engine)
            _check_version(source, version)
            engine.execute_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")  # one snapshot for the whole copy
            yield _Reader(cast(Any, engine).connection(), server=True)
        finally:
            engine.close()
        return
    path = Path(source).expanduser()
    if not path.is_file():
        raise CopyError(i18n.translate("Copy", "There is no kolcrm book at {path}").format(path=source))
    key = passphrases.unlock(path) if cipher.might_be_encrypted(path) else None
    try:
        connection = cipher.connect(path, key, read_only=True)
    except cipher.DATABASE_ERRORS as exc:
        raise CopyError(
            i18n.translate("Copy", "{path} cannot be read: {reason}").format(path=source, reason=exc)
        ) from exc
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        _check_version(source, version)
        connection.execute("BEGIN")  # one snapshot of the file for the whole copy
        yield _Reader(connection, server=False)
    finally:
        connection.close()


def _check_version(source: str, version: int) -> None:
    if version == 0:
        raise CopyError(i18n.translate("Copy", "There is no kolcrm book at {path}").format(path=_shown(source)))
    if version != SCHEMA_VERSION:
        raise CopyError(
            i18n.translate(
                "Copy",
                "{source} is at schema version {version}, this kolcrm at {known}: open it once with this kolcrm"
                " (which upgrades it), then copy.",
            ).format(source=_shown(source), version=version, known=SCHEMA_VERSION)
        )


def _shown(location: str) -> str:
    return str(ServerBook.parse(location)) if is_server_url(location) else location
