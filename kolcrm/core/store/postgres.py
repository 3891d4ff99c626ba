"""The team database: a peewee PostgresqlDatabase that speaks the SQL the rest of kolcrm writes for SQLite.

The services keep one SQL text for both engines; what differs is bridged here, once:
- placeholders: `?` becomes `%s` (and a literal `%` doubles, as psycopg reads `%` in the whole text);
- SQLite's lock words (`atomic("IMMEDIATE")`) begin an ordinary transaction;
- `INSERT OR IGNORE` becomes `INSERT … ON CONFLICT DO NOTHING`, `rowid` the table's `id`;
- values go typeless the way SQLite stores them: True/False as 1/0 (the schema's INTEGER flags), and dates,
  datetimes and decimals as text, which PostgreSQL types from the column they meet.
psycopg is imported when the first connection is made (see store/__init__ for why peewee must not import it).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

import peewee

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError

SQLITE_LOCK_WORDS = {"DEFERRED", "IMMEDIATE", "EXCLUSIVE"}
CONNECT_TIMEOUT_S = 10


def psycopg_module() -> Any:
    """psycopg 3, or DatabaseOpenError saying which extra to install."""
    try:
        import psycopg
    except ImportError as exc:
        raise DatabaseOpenError(
            i18n.translate(
                "Database",
                'A team database needs the PostgreSQL driver: install kolcrm[team] (pip install "kolcrm[team]").',
            )
        ) from exc
    return psycopg


class _Adapter(peewee.Psycopg3Adapter):
    """peewee's psycopg 3 adapter, with psycopg looked up on use instead of at peewee's import."""

    def __init__(self) -> None:
        super().__init__()
        status = psycopg_module().pq.TransactionStatus  # a team database is being opened: psycopg is needed now
        self.txn_idle, self.txn_inerror, self.txn_unknown = status.IDLE, status.INERROR, status.UNKNOWN

    def check_driver(self) -> None:
        psycopg_module()

    def get_binary_type(self) -> Any:
        return psycopg_module().Binary

    def connect(self, db: Any, **params: Any) -> Any:
        psycopg = psycopg_module()
        params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        params.setdefault("application_name", "kolcrm")
        # No parallel workers: starting them took 20-27 ms of a 45 ms search page on a 2-core server, for queries
        # that read a few thousand rows. The address's own options are kept.
        given = psycopg.conninfo.conninfo_to_dict(db.database).get("options") or ""
        params.setdefault("options", f"{given} -c max_parallel_workers_per_gather=0".strip())
        conn = psycopg.connect(conninfo=db.database, **params)
        # No server-side prepared statements: psycopg prepares a query after its fifth run, and PostgreSQL may then
        # plan it once for any value. A search's count is planned for its terms (a rare word and a common letter
        # want different plans): prepared, the common letter's count went from 80 to 260 ms.
        conn.prepare_threshold = None
        _store_like_sqlite(conn)
        return conn

    def server_side_cursor(self, conn: Any) -> Any:
        import uuid

        in_transaction = self.txn_status(conn) == psycopg_module().pq.TransactionStatus.INTRANS
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_transaction)


def _store_like_sqlite(conn: Any) -> None:
    """Dump Python values as the SQLite schema keeps them, typed by PostgreSQL from where they go."""
    from psycopg.adapt import Dumper

    class AsText(Dumper):
        oid = 0  # unknown: the column or the other operand decides, as an untyped literal

        def dump(self, obj: Any) -> bytes:
            return str(obj).encode()

    class FlagAsInteger(Dumper):
        oid = 0

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    for kind in (date, datetime, Decimal):
        conn.adapters.register_dumper(kind, AsText)
    conn.adapters.register_dumper(bool, FlagAsInteger)


_INSERT_OR_IGNORE = re.compile(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_ROWID = re.compile(r"\browid\b", re.IGNORECASE)


def to_postgres(sql: str) -> str:
    """One statement written for SQLite, as PostgreSQL reads it (see the module's docstring)."""
    ignoring = bool(_INSERT_OR_IGNORE.search(sql))
    if ignoring:
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql)
    sql = _ROWID.sub("id", sql)
    out: list[str] = []
    quoted = False
    for character in sql:
        if character == "'":
            quoted = not quoted
        if character == "%":
            out.append("%%")
        elif character == "?" and not quoted:
            out.append("%s")
        else:
            out.append(character)
    text = "".join(out).rstrip().rstrip(";")
    return text + " ON CONFLICT DO NOTHING" if ignoring else text


def _without_nul(value: Any) -> Any:
    # PostgreSQL text cannot hold NUL; SQLite's pinyin sort key (kol.name_order) separates its parts with one. \x01
    # sorts the same under the schema's "C" collation (below every printable character).
    return value.replace("\x00", "\x01") if isinstance(value, str) else value


class KolcrmPostgres(peewee.PostgresqlDatabase):
    psycopg2_adapter = _Adapter  # peewee picks its psycopg2 adapter when it saw no psycopg 3 at import
    psycopg3_adapter = _Adapter

    def execute_sql(self, sql: str, params: Any = None, commit: Any = None) -> Any:
        del commit  # peewee's deprecated argument
        if "?" in sql or ("%" in sql and "%s" not in sql) or _INSERT_OR_IGNORE.search(sql) or _ROWID.search(sql):
            sql = to_postgres(sql)
        if params and any(isinstance(value, str) and "\x00" in value for value in params):
            params = [_without_nul(value) for value in params]
        return cast(Any, super()).execute_sql(sql, params or None)

    def begin(self, isolation_level: Any = None) -> None:
        # atomic("IMMEDIATE") asks SQLite to take its write lock up front; PostgreSQL locks rows as they are written.
        if isinstance(isolation_level, str) and isolation_level.upper() in SQLITE_LOCK_WORDS:
            isolation_level = None
        cast(Any, super()).begin(isolation_level)

    @property
    def database_name(self) -> str:
        """The book's database name on its server, for messages."""
        from kolcrm.core.store.server import ServerBook

        return ServerBook(self.database).name
