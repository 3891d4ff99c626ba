"""Encrypted kolcrm files (SQLCipher): telling one from a plain SQLite file, and connecting to it with its key.

SQLCipher comes with the optional extra kolcrm[encryption] (the sqlcipher3 bindings). Without it plain files work
exactly as before (they never go through SQLCipher) and an encrypted one is refused with a message saying what to
install. A plain SQLite file always starts with "SQLite format 3\\0"; an encrypted one starts with its random salt,
and so does any file that is no database at all: only the key tells them apart, so a key that opens nothing means
"the wrong passphrase, or not a kolcrm database", never "open it as a plain file".

SQLCipher derives the page key from the passphrase and the file's salt (its first 16 bytes) with 256,000 rounds of
PBKDF2, about a tenth of a second, at every connection. kolcrm derives it once per file in this process (same
algorithm, SQLCipher 4's defaults) and hands SQLCipher the raw key, so a worker thread's connection, a check or a
backup of the open book costs no second derivation.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError

# sqlcipher3 (the encryption extra) is imported the first time an encrypted file or its errors are met: a plain
# book opens without it, and its import is 3 ms of start-up. Its absence is only an error once an encrypted file is.
_sqlcipher: ModuleType | bool | None = False  # False: not looked for yet

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher writes whole pages, and a page is at least 512 bytes: a file of another size is no encrypted database.
SMALLEST_PAGE = 512
SQLITE_NOTADB = 26  # what SQLite answers when the key does not decrypt page 1
# SQLCipher 4's defaults, which every file kolcrm encrypts uses: PBKDF2-HMAC-SHA512, this many rounds, 32-byte key.
KDF_ITERATIONS = 256_000
SALT_BYTES = 16
_derived: dict[tuple[str, bytes], str] = {}  # (passphrase, salt) → raw key and salt in hex, derived once

# The errors of either driver, for code that handles raw connections (ERRORS, DATABASE_ERRORS, OPERATIONAL_ERRORS,
# looked up by the module's __getattr__): sqlcipher3's exceptions are its own classes, not subclasses of sqlite3's.
_ERROR_BASES: dict[str, type[Exception]] = {
    "ERRORS": sqlite3.Error,
    "DATABASE_ERRORS": sqlite3.DatabaseError,
    "OPERATIONAL_ERRORS": sqlite3.OperationalError,
}


def _sqlcipher_module() -> ModuleType | None:
    global _sqlcipher
    if _sqlcipher is False:
        try:
            from sqlcipher3 import dbapi2

            _sqlcipher = dbapi2
        except ImportError:  # pragma: no cover - depends on what is installed
            _sqlcipher = None
    return cast("ModuleType | None", _sqlcipher)


def __getattr__(name: str) -> tuple[type[Exception], ...]:
    if name not in _ERROR_BASES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _errors(name)


def database_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """Either driver's database errors and `more`, for an except clause (where mypy reads no starred tuple)."""
    return (*_errors("DATABASE_ERRORS"), *more)


def _errors(name: str) -> tuple[type[Exception], ...]:
    base = _ERROR_BASES[name]
    module = _sqlcipher_module()
    return (base, getattr(module, base.__name__)) if module is not None else (base,)


class EncryptedDatabaseError(DatabaseOpenError):
    """An encrypted file kolcrm cannot open now (no SQLCipher, no passphrase, or a wrong one). It was not changed."""


class EncryptionUnavailableError(EncryptedDatabaseError):
    """SQLCipher (kolcrm[encryption]) is not installed."""


class PassphraseNeededError(EncryptedDatabaseError):
    """No passphrase could be had: none in KOLCRM_PASSPHRASE or the keychain, and nobody could be asked."""


class WrongPassphraseError(EncryptedDatabaseError):
    """The passphrase given does not open the file (or the file is no kolcrm database at all)."""


def available() -> bool:
    return _sqlcipher_module() is not None


def driver(path: str | Path) -> ModuleType:
    """sqlcipher3's DB-API module, or EncryptionUnavailableError naming the file and what to install."""
    module = _sqlcipher_module()
    if module is None:
        raise EncryptionUnavailableError(
            i18n.translate(
                "Encryption",
                "{path} is an encrypted kolcrm database (or not a database at all), and this kolcrm cannot open"
                ' encrypted files: install kolcrm[encryption] (pip install "kolcrm[encryption]"). The file was'
                " left untouched.",
            ).format(path=path)
        )
    return module


def read_header(path: Path) -> bytes:
    """The first 16 bytes. Never call on a file this process has open (closing a descriptor drops its locks)."""
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def might_be_encrypted(path: Path) -> bool:
    """No SQLite header, and whole pages: what an encrypted kolcrm file looks like; only its key can confirm it."""
    try:
        size = path.stat().st_size
        header = read_header(path)
    except OSError:
        return False
    return size >= SMALLEST_PAGE and size % SMALLEST_PAGE == 0 and header != SQLITE_HEADER


def is_plain(path: Path) -> bool:
    """The file starts with SQLite's header (a plain database, perhaps damaged). Same caveat as read_header."""
    try:
        return read_header(path) == SQLITE_HEADER
    except OSError:
        return False


def salt_of(path: Path) -> bytes | None:
    """The salt of an encrypted file (its first 16 bytes); None for a missing, empty or plain file. Same caveat as
    read_header: never on a file this process has open."""
    try:
        header = read_header(path)
    except OSError:
        return None
    return header if len(header) == SALT_BYTES and header != SQLITE_HEADER else None


def key_literal(passphrase: str, salt: bytes | None) -> str:
    """What PRAGMA key / ATTACH … KEY take: the raw key derived for `salt` (cached), or the passphrase itself when
    the salt is not known (SQLCipher then derives it, for a new file from a salt it draws)."""
    if salt is None:
        return sql_literal(passphrase)
    derived = _derived.get((passphrase, salt))
    if derived is None:
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
        derived = _derived[(passphrase, salt)] = key.hex() + salt.hex()
    return f"\"x'{derived}'\""


def new_key_literal(passphrase: str) -> str:
    """The key for a new encrypted file, with a fresh salt SQLCipher writes at its start (derived once, here)."""
    return key_literal(passphrase, os.urandom(SALT_BYTES))


def apply_key(conn: Any, key: str) -> None:
    """Key a fresh sqlcipher3 connection with a key_literal; must come before any other statement."""
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not SQLCipher's lines on stderr
    conn.execute(f"PRAGMA key = {key}")


def sql_literal(text: str) -> str:
    """A string literal for PRAGMA key / ATTACH … KEY, which take no bound parameter."""
    return "'" + text.replace("'", "''") + "'"


def connect(
    path: str | Path,
    passphrase: str | None,
    *,
    read_only: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
) -> sqlite3.Connection:
    """A DB-API connection to a file this process has not open (or ":memory:"): the standard sqlite3 one when
    `passphrase` is None, a keyed SQLCipher one otherwise. Both speak the same API; the SQLCipher one raises the
    classes in ERRORS. `read_only` opens it as read_only_uri says."""
    name = read_only_uri(Path(path)) if read_only else str(path)
    if passphrase is None:
        return sqlite3.connect(name, uri=read_only, timeout=timeout, check_same_thread=check_same_thread)
    salt = None if str(path) == ":memory:" else salt_of(Path(path))
    conn = driver(path).connect(name, uri=read_only, timeout=timeout, check_same_thread=check_same_thread)
    try:
        apply_key(conn, key_literal(passphrase, salt))
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def read_only_uri(path: Path) -> str:
    """Without a -wal the main file holds every committed page: `immutable` reads it without making -shm beside it."""
    wal_exists = Path(f"{path}-wal").exists()
    return f"{path.as_uri()}?mode=ro{'' if wal_exists else '&immutable=1'}"


def opens(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` decrypts `path` (read-only: the file is not touched). Raises DatabaseOpenError when
    the file cannot be read at all."""
    try:
        conn = connect(path, passphrase, read_only=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except _errors("DATABASE_ERRORS") as exc:
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
            return False
        raise DatabaseOpenError(
            i18n.translate("Database", "Cannot read {path}: {reason}").format(path=path, reason=exc)
        ) from exc
    return True


def wrong_passphrase(path: Path, source: str | None = None) -> WrongPassphraseError:
    if source:
        return WrongPassphraseError(
            i18n.translate(
                "Encryption",
                "wrong passphrase for {path} (the one in {source}), or it is not a kolcrm database; it was left"
                " untouched",
            ).format(path=path, source=source)
        )
    return WrongPassphraseError(
        i18n.translate(
            "Encryption", "wrong passphrase for {path}, or it is not a kolcrm database; it was left untouched"
        ).format(path=path)
    )
