"""Opening the one SQLite file: checks that refuse foreign, empty or newer files, pragmas, 0600 creation,
migration, and transactions that take the write lock up front and wait for another writer. An encrypted file
(SQLCipher, see cipher and passphrases) is opened with its passphrase through the same proxy and the same steps.

The dependency goes one way: this module opens the file and runs migrations.migrate on it; the migrations work
on the connection they are given and never import this module.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import peewee
from peewee import SqliteDatabase

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store import cipher, engine, leftovers, passphrases
from kolcrm.core.store.cipher import SQLITE_HEADER
from kolcrm.core.store.creation import create_new
from kolcrm.core.store.engine import database
from kolcrm.core.store.file_checks import check_existing, check_schema
from kolcrm.core.store.migrations import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    backup_before_migration,
    migrate,
    schema_version,
)
from kolcrm.core.store.server import is_server_url


class DatabaseBusyError(DatabaseOpenError):
    """Another program kept the write lock longer than kolcrm waits; this transaction wrote nothing."""


class KolcrmDatabase(SqliteDatabase):
    """Every transaction begins IMMEDIATE: it holds the write lock before its first read. A deferred one that
    reads and then writes cannot wait for another writer (SQLite answers SQLITE_BUSY at once, without calling
    the busy handler, as the reads may be stale); an immediate one waits in BEGIN, where nothing is read yet.
    With a `passphrase` the connection is SQLCipher's, keyed before the pragmas run (journal_mode needs page 1)."""

    passphrase: str | None = None
    salt: bytes | None = None  # read before the first connection: never from the open file (see cipher.read_header)

    def _connect(self) -> Any:
        peewee_side: Any = self  # _connect, _timeout and _add_conn_hooks are peewee internals its stubs omit
        if self.passphrase is None:
            return cast(Any, super())._connect()
        conn = cipher.driver(self.database).connect(
            self.database, timeout=peewee_side._timeout, isolation_level=None, **self.connect_params
        )
        try:
            cipher.apply_key(conn, cipher.key_literal(self.passphrase, self.salt))
            peewee_side._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def begin(self, lock_type: str | None = None) -> None:
        lock = lock_type or "IMMEDIATE"
        if _patience is None:
            super().begin(lock)  # the app: the busy timeout of PRAGMAS, as for any statement
            return
        started = time.monotonic()
        try:
            self._begin_waiting(lock, min(QUIET_WAIT_SECONDS, _patience.seconds))
            return
        except peewee.OperationalError as exc:
            if not is_busy(exc):
                raise
        if _patience.tell is not None:
            _patience.tell()
            _patience.tell = None
        try:
            self._begin_waiting(lock, _patience.seconds - (time.monotonic() - started))
        except peewee.OperationalError as exc:
            if not is_busy(exc):
                raise
            raise DatabaseBusyError(
                i18n.translate(
                    "Database",
                    "Another program kept {path} busy for {seconds} s; kolcrm stopped before writing."
                    " Try again when it has finished.",
                ).format(path=self.database, seconds=f"{_patience.seconds:g}")
            ) from exc

    def _begin_waiting(self, lock: str, seconds: float) -> None:
        """BEGIN with SQLite's busy handler set to `seconds`, then back to the wait the connection had."""
        before = int(SqliteDatabase.execute_sql(self, "PRAGMA busy_timeout").fetchone()[0])
        SqliteDatabase.execute_sql(self, f"PRAGMA busy_timeout = {max(int(seconds * 1000), 0)}")
        try:
            super().begin(lock)
        finally:
            SqliteDatabase.execute_sql(self, f"PRAGMA busy_timeout = {before}")


@dataclass
class _Patience:
    """How long a command waits for another writer, and how it says that it waits (once: `tell` is then None)."""

    seconds: float
    tell: Callable[[], None] | None


# A short wait is not worth a message (the app saving one KOL takes milliseconds); a long one is.
QUIET_WAIT_SECONDS = 1.0
_patience: _Patience | None = None


@contextmanager
def waiting_for_other_writers(seconds: float, tell: Callable[[], None]) -> Iterator[None]:
    """Inside, a transaction waits up to `seconds` for another writer, calling `tell` once when the wait is felt.
    The command line runs its commands so; the app keeps the busy timeout of PRAGMAS (its GUI must not hang)."""
    global _patience
    previous, _patience = _patience, _Patience(seconds, tell)
    try:
        if not database.is_closed():
            database.execute_sql(f"PRAGMA busy_timeout = {_busy_timeout_ms()}")
        yield
    finally:
        _patience = previous
        if not database.is_closed():
            database.execute_sql(f"PRAGMA busy_timeout = {_busy_timeout_ms()}")


def _busy_timeout_ms() -> int:
    """Statements outside a transaction (pragmas at connect, a lone UPDATE) wait as long as a transaction may."""
    return int(_patience.seconds * 1000) if _patience is not None else BUSY_TIMEOUT_MS


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" (SQLITE_BUSY or SQLITE_LOCKED), however peewee wrapped it."""
    for error in (exc, exc.__cause__, exc.__context__, *exc.args):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return True
    return False


# The models' proxy (engine.database) points at this engine while a file is open: open_database() points it at a
# file, once, at the edge (or at a team's server, see team.py).
_database = KolcrmDatabase(None)
engine.use(_database)

BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another writer in the app

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",
    "cache_size": -16000,
}

__all__ = [
    "APPLICATION_ID",
    "PRAGMAS",
    "SQLITE_HEADER",
    "DatabaseBusyError",
    "check_schema",
    "close_database",
    "database",
    "is_busy",
    "open_database",
    "waiting_for_other_writers",
]


def open_database(path: str | os.PathLike[str], passphrase: str | None = None) -> Path:
    """Check, create if missing (mode 0600), connect and migrate. Raises DatabaseOpenError with a reason.

    An encrypted file opens with `passphrase`, else one from passphrases.unlock (KOLCRM_PASSPHRASE, the keychain,
    the asker); a wrong one raises WrongPassphraseError before anything touches the file. A postgresql:// URL opens
    a team's book on its server instead (see team.py); its return value is then the URL's ServerBook."""
    if is_server_url(path):
        from kolcrm.core.store import team

        return team.open_server_book(str(path))  # type: ignore[return-value]
    target = Path(path).expanduser().absolute()
    if not target.exists():
        create_new(target)
    key = check_existing(target, passphrase)
    leftovers.remove_interrupted(target)  # a killed decrypt's plain copy must not outlive it
    close_database()
    use_file_engine()
    # init() without pragmas would keep the previous ones (TRAPS.md): always pass them. `timeout` is the busy
    # wait of the connection itself, in force before the first pragma (journal_mode) runs.
    database.init(str(target), pragmas={**PRAGMAS, "busy_timeout": _busy_timeout_ms()},
                  timeout=max(1, round(_busy_timeout_ms() / 1000)), check_same_thread=False)  # fmt: skip
    _database.passphrase, _database.salt = key, cipher.salt_of(target) if key is not None else None
    try:
        database.connect(reuse_if_open=True)
        _migrate(target)
    except DatabaseBusyError:
        close_database()
        raise
    except cipher.database_errors(peewee.DatabaseError) as exc:  # either driver's, or peewee's wrapping
        close_database()
        if is_busy(exc):
            raise DatabaseBusyError(
                i18n.translate(
                    "Database", "{path} is busy: another program is writing to it. Try again when it has finished."
                ).format(path=target)
            ) from exc
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} cannot be opened as a kolcrm database: {reason}").format(
                path=target, reason=exc
            )
        ) from exc
    except BaseException:
        close_database()
        raise
    return target


def _migrate(target: Path) -> None:
    """Upgrade an older file holding the write lock: two kolcrm started at once on it upgrade it once, the second
    waiting for the first and then finding the file already at this version."""
    if schema_version(database) >= SCHEMA_VERSION:
        migrate(database, target)  # nothing to do, or the refusal of a file from a newer kolcrm
        return
    with database.atomic("IMMEDIATE"):
        version = schema_version(database)
        if 0 < version < SCHEMA_VERSION:
            # The copy is read through a second connection: a connection inside a write transaction cannot be
            # the source of an online backup (SQLite answers SQLITE_BUSY).
            reader = KolcrmDatabase(f"{target.as_uri()}?mode=ro", uri=True)
            reader.passphrase, reader.salt = _database.passphrase, _database.salt
            try:
                if reader.passphrase is None:
                    backup_before_migration(reader, target, version)
                else:
                    _encrypted_copy_before_migration(reader, target, version)
            finally:
                reader.close()
        migrate(database, None)


def _encrypted_copy_before_migration(reader: SqliteDatabase, target: Path, version: int) -> None:
    # backup_before_migration for an encrypted book: keyed alike (SQLCipher copies pages only so), never plain.
    copy = target.with_name(f"{target.name}.v{version}.bak")
    destination = cipher.connect(copy, _database.passphrase)
    try:
        reader.connection().backup(destination)
    finally:
        destination.close()
    copy.chmod(0o600)


def open_memory_database() -> None:
    """An empty, migrated database in memory: a dry run against a file that does not exist yet creates none."""
    open_memory_database_empty()
    migrate(database, None)


def open_memory_copy(path: str | os.PathLike[str]) -> None:
    """The file's book copied into memory and brought to this schema there: a dry run on a file an older kolcrm
    wrote must neither migrate it nor leave a backup beside it. Raises DatabaseOpenError."""
    target = Path(path).expanduser().absolute()
    # An encrypted book is copied into memory keyed alike: SQLCipher copies pages only between databases keyed so.
    key = passphrases.unlock(target) if cipher.might_be_encrypted(target) else None
    open_memory_database_empty(key)
    try:
        source = cipher.connect(target, key, read_only=True)
        try:
            source.backup(database.connection())
        finally:
            source.close()
        migrate(database, None)
    except cipher.database_errors(peewee.DatabaseError) as exc:  # either driver's, or peewee's wrapping
        close_database()
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} cannot be opened as a kolcrm database: {reason}").format(
                path=target, reason=exc
            )
        ) from exc


def open_memory_database_empty(passphrase: str | None = None) -> None:
    close_database()
    use_file_engine()
    database.init(":memory:", pragmas={key: value for key, value in PRAGMAS.items() if key != "journal_mode"},
                  check_same_thread=False)  # fmt: skip
    _database.passphrase, _database.salt = passphrase, None
    database.connect(reuse_if_open=True)


def file_schema_version(path: str | os.PathLike[str]) -> int:
    """PRAGMA user_version of a kolcrm file, from its header (bytes 60–63): a read-only connection to a WAL file
    would leave -wal and -shm files beside it. Call before this process connects to the file (TRAPS.md)."""
    try:
        with open(Path(path).expanduser(), "rb") as handle:
            header = handle.read(64)
    except OSError:
        return 0
    if len(header) < 64 or not header.startswith(SQLITE_HEADER):
        return 0
    return int.from_bytes(header[60:64], "big")


def open_passphrase() -> str | None:
    """The passphrase of the database open in this process; None when it is plain (or none is open)."""
    return _database.passphrase


def close_database() -> None:
    if database.database is not None and not database.is_closed():
        database.close()


def use_file_engine() -> None:
    """Point the models back at the SQLite engine (after a team database, or in tests that used one)."""
    engine.use(_database)


def let_go(target: Path) -> None:
    """Close the proxy and point it at nothing if it was opened on `target`: a conversion changes how the file
    opens (plain or keyed), so its next use must go through open_database."""
    name = database.database
    with suppress(OSError):
        if name and name != ":memory:" and os.path.samefile(name, target):
            close_database()
            database.init(None)
            _database.passphrase, _database.salt = None, None
