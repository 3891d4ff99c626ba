"""Opening the one SQLite file: checks that refuse foreign or newer files, pragmas, 0600 creation, migration.

The dependency goes one way: this module opens the file and runs migrations.migrate on it; the migrations work
on the connection they are given and never import this module.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError, NewerDatabaseError
from kolcrm.core.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

# Models bind to this deferred database; open_database() points it at a file, once, at the edge.
database = SqliteDatabase(None)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -16000,
}

__all__ = ["APPLICATION_ID", "PRAGMAS", "SQLITE_HEADER", "check_schema", "close_database", "database", "open_database"]

SQLITE_HEADER = b"SQLite format 3\x00"


def open_database(path: str | os.PathLike[str]) -> Path:
    """Check, create if missing (mode 0600), connect and migrate. Raises DatabaseOpenError with a reason."""
    target = Path(path).expanduser().absolute()
    if target.exists():
        _check_existing(target)
    else:
        _create_empty(target)
    close_database()
    # init() without pragmas would keep the previous ones (TRAPS.md): always pass them.
    database.init(str(target), pragmas=PRAGMAS, check_same_thread=False)
    try:
        database.connect(reuse_if_open=True)
        migrate(database, target)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        close_database()
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} cannot be opened as a kolcrm database: {reason}").format(
                path=target, reason=exc
            )
        ) from exc
    except BaseException:
        close_database()
        raise
    return target


def open_memory_database() -> None:
    """An empty, migrated database in memory: a dry run against a file that does not exist yet creates none."""
    open_memory_database_empty()
    migrate(database, None)


def open_memory_copy(path: str | os.PathLike[str]) -> None:
    """The file's book copied into memory and brought to this schema there: a dry run on a file an older kolcrm
    wrote must neither migrate it nor leave a backup beside it. Raises DatabaseOpenError."""
    target = Path(path).expanduser().absolute()
    open_memory_database_empty()
    try:
        source = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
        try:
            source.backup(database.connection())
        finally:
            source.close()
        migrate(database, None)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        close_database()
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} cannot be opened as a kolcrm database: {reason}").format(
                path=target, reason=exc
            )
        ) from exc


def open_memory_database_empty() -> None:
    close_database()
    database.init(":memory:", pragmas={key: value for key, value in PRAGMAS.items() if key != "journal_mode"},
                  check_same_thread=False)  # fmt: skip
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


def close_database() -> None:
    if database.database is not None and not database.is_closed():
        database.close()


def _create_empty(target: Path) -> None:
    if any(parent.exists() and not parent.is_dir() for parent in target.parents):
        raise DatabaseOpenError(
            i18n.translate("Database", "Cannot create a database at {path}: a part of that path is a file, not a folder").format(
                path=target
            )
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as exc:
        raise DatabaseOpenError(
            i18n.translate("Database", "Cannot create a database at {path}: {reason}").format(
                path=target, reason=exc.strerror or exc
            )
        ) from exc


def _check_existing(target: Path) -> None:
    if target.is_dir():
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} is a folder, not a kolcrm database file").format(path=target)
        )
    if not target.is_file():  # a FIFO would block the read below forever; /dev/null is no database either
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} is not a regular file, so it cannot be a kolcrm database").format(path=target)
        )
    try:
        with open(target, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(
            i18n.translate("Database", "Cannot read {path}: {reason}").format(path=target, reason=exc.strerror or exc)
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(
            i18n.translate(
                "Database", "{path} is not a kolcrm database (it is not an SQLite file); it was left untouched"
            ).format(path=target)
        )
    if header:
        check_schema(target)
    else:
        try:  # an empty file becomes our database: it gets the same private mode as one we create
            target.chmod(0o600)
        except OSError:
            pass  # a file we do not own: the write check below explains the problem
    if not os.access(target, os.W_OK) or not os.access(target.parent, os.W_OK):
        raise DatabaseOpenError(
            i18n.translate(
                "Database",
                "{path} is read-only (or its folder is): kolcrm needs to write beside it. "
                "Copy the file somewhere writable and open the copy.",
            ).format(path=target)
        )


def check_schema(target: Path) -> None:
    # Read-only on a WAL file makes SQLite create -wal/-shm beside a file we may refuse, and fails outright in a
    # read-only folder ("attempt to write a readonly database"). Without a -wal the main file holds every
    # committed page, so read it as immutable: no sidecar files, no locks.
    wal_exists = target.with_name(f"{target.name}-wal").exists()
    try:
        conn = sqlite3.connect(f"{target.as_uri()}?mode=ro{'' if wal_exists else '&immutable=1'}", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} is damaged or not a kolcrm database ({reason}); it was left untouched").format(
                path=target, reason=exc
            )
        ) from exc
    if app_id != APPLICATION_ID and (tables or version):
        raise DatabaseOpenError(
            i18n.translate(
                "Database", "{path} is an SQLite file of another program, not a kolcrm database; it was left untouched"
            ).format(path=target)
        )
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            i18n.translate(
                "Database",
                "{path} was saved by a newer kolcrm (schema version {version}; this kolcrm knows up to {known})."
                " Update kolcrm to open it; the file was left untouched.",
            ).format(path=target, version=version, known=SCHEMA_VERSION)
        )
