"""Before a file is opened: refuse what kolcrm must not open (a folder, an empty, foreign, damaged or newer file,
a read-only one) without changing a byte of it, and learn whether it is encrypted."""

from __future__ import annotations

import os
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError, NewerDatabaseError
from kolcrm.core.store import cipher, passphrases
from kolcrm.core.store.cipher import SQLITE_HEADER
from kolcrm.core.store.migrations import APPLICATION_ID, SCHEMA_VERSION


def check_existing(target: Path, passphrase: str | None = None) -> str | None:
    """Refuse what kolcrm must not open; returns the passphrase of an encrypted file (None for a plain one)."""
    if target.is_dir():
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} is a folder, not a kolcrm database file").format(path=target)
        )
    if not target.is_file():  # a FIFO would block the read below forever; /dev/null is no database either
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} is not a regular file, so it cannot be a kolcrm database").format(
                path=target
            )
        )
    try:
        with open(target, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(
            i18n.translate("Database", "Cannot read {path}: {reason}").format(path=target, reason=exc.strerror or exc)
        ) from exc
    if not header:  # kolcrm never leaves an empty file at its path (see _create_new): this one is someone else's
        raise DatabaseOpenError(
            i18n.translate("Database", "{path} is an empty file, not a kolcrm database; it was left untouched").format(
                path=target
            )
        )
    key = None
    if header != SQLITE_HEADER:
        if not cipher.might_be_encrypted(target):
            raise DatabaseOpenError(
                i18n.translate(
                    "Database", "{path} is not a kolcrm database (it is not an SQLite file); it was left untouched"
                ).format(path=target)
            )
        key = passphrases.unlock(target, passphrase)  # never a plain open of it: the key decides, or a refusal
    check_schema(target, key)
    if not os.access(target, os.W_OK) or not os.access(target.parent, os.W_OK):
        raise DatabaseOpenError(
            i18n.translate(
                "Database",
                "{path} is read-only (or its folder is): kolcrm needs to write beside it. "
                "Copy the file somewhere writable and open the copy.",
            ).format(path=target)
        )
    return key


def check_schema(target: Path, passphrase: str | None = None) -> None:
    # Read-only on a WAL file makes SQLite create -wal/-shm beside a file we may refuse, and fails outright in a
    # read-only folder ("attempt to write a readonly database"). Without a -wal the main file holds every
    # committed page, so read it as immutable: no sidecar files, no locks.
    try:
        conn = cipher.connect(target, passphrase, read_only=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except cipher.DATABASE_ERRORS as exc:
        raise DatabaseOpenError(
            i18n.translate(
                "Database", "{path} is damaged or not a kolcrm database ({reason}); it was left untouched"
            ).format(path=target, reason=exc)
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
