"""Encrypting a plain book, decrypting an encrypted one, changing its passphrase: in place, and safely.

One connection takes the file for the whole conversion (out of WAL, which SQLite refuses while another program has
it open, then an exclusive lock that keeps every other reader and writer out), writes the converted book beside it
under a temporary name with SQLCipher's sqlcipher_export, and checks that copy with a fresh connection: it opens with
its key (or as plain SQLite), passes the integrity checks, and every table holds as many rows as in the original.
Only then one os.replace puts it at the path, so the path holds the whole original or the whole converted book at
every instant; the -wal/-shm left of the original go last. A kill leaves at most the temporary copy, which
remove_interrupted deletes (the next conversion, restore, or start of the app).

The caller closes the database first when it is this process's (a second connection closing its descriptor would
drop the app's locks) and reopens it afterwards.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store import cipher, passphrases
from kolcrm.core.store.db import let_go
from kolcrm.core.store.leftovers import CONVERTING, PARTIAL_SUFFIX, remove_interrupted
from kolcrm.core.store.paths import sync_folder

BUSY_TIMEOUT_SECONDS = 5.0
STEPS = 4  # counted, exported, verified, in place: what progress(done, STEPS) reports

Progress = Callable[[int, int], None]


class ConversionError(DatabaseOpenError):
    """A conversion that was refused or failed; the database at the path is the original, unchanged in content."""


@dataclass(frozen=True)
class ConversionResult:
    path: Path
    tables: int
    rows: int  # rows in the book's tables, the same before and after (that was checked)


def encrypt_database(
    path: str | os.PathLike[str], passphrase: str, progress: Progress | None = None
) -> ConversionResult:
    """Encrypt the plain book at `path` with `passphrase`. Raises ConversionError (or DatabaseOpenError)."""
    target = _absolute(path)
    _require_passphrase(passphrase)
    if not cipher.is_plain(target):
        raise ConversionError(
            i18n.translate("Encryption", "{path} is already encrypted (or not a kolcrm database); nothing was changed")
            .format(path=target)
        )  # fmt: skip
    cipher.driver(target)
    result = _convert(target, None, passphrase, progress)
    passphrases.learn(target, passphrase)
    return result


def decrypt_database(
    path: str | os.PathLike[str], passphrase: str, progress: Progress | None = None
) -> ConversionResult:
    """Turn the encrypted book at `path` back into a plain SQLite file; forgets its passphrase in the keychain."""
    target = _absolute(path)
    key = _unlock_encrypted(target, passphrase)
    result = _convert(target, key, None, progress)
    passphrases.forget(target)
    passphrases.forget_in_keychain(target)
    return result


def change_passphrase(
    path: str | os.PathLike[str], old: str, new: str, progress: Progress | None = None
) -> ConversionResult:
    """Re-encrypt the book at `path` under `new`; a keychain entry for it is updated to `new`."""
    target = _absolute(path)
    _require_passphrase(new)
    key = _unlock_encrypted(target, old)
    result = _convert(target, key, new, progress)
    passphrases.learn(target, new)
    if passphrases.keychain_passphrase(target) is not None:
        passphrases.remember_in_keychain(target, new)
    return result


# --- the conversion ---------------------------------------------------------------------------------------------


def _convert(
    target: Path, source_key: str | None, target_key: str | None, progress: Progress | None
) -> ConversionResult:
    step = progress or (lambda _done, _total: None)
    let_go(target)  # this process's own connection would not keep SQLCipher's (another SQLite library's) out
    remove_interrupted(target)
    # mkstemp makes the file 0600, and SQLCipher writing into it keeps that mode.
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}{CONVERTING}{os.getpid()}-",
                                suffix=PARTIAL_SUFFIX)  # fmt: skip
    os.close(fd)
    staged = Path(name)
    salt = cipher.salt_of(target)  # read before connecting (see cipher.read_header)
    try:
        with closing(
            cipher.driver(target).connect(str(target), isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
        ) as conn:
            if source_key is None:
                conn.execute("PRAGMA cipher_log_level = NONE")
            else:
                cipher.apply_key(conn, cipher.key_literal(source_key, salt))
            _take(conn, target)
            counts = _row_counts(conn)
            step(1, STEPS)
            key = "''" if target_key is None else cipher.new_key_literal(target_key)  # '': a plain copy
            conn.execute(f"ATTACH DATABASE ? AS converted KEY {key}", (str(staged),))
            conn.execute("SELECT sqlcipher_export('converted')")
            for pragma in ("application_id", "user_version"):  # sqlcipher_export copies neither
                value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                conn.execute(f"PRAGMA converted.{pragma} = {value}")
            conn.execute("DETACH DATABASE converted")
            step(2, STEPS)
            _verify(staged, target_key, counts, target)
            step(3, STEPS)
            _fsync(staged)
            os.replace(staged, target)  # the one step that changes what the path holds, and it is atomic
            sync_folder(target.parent)
        # The original's leftovers, now that nothing holds it: none should exist (it left WAL), but none may stay.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        step(4, STEPS)
    except cipher.ERRORS as exc:
        raise ConversionError(
            i18n.translate("Encryption", "Could not convert {path}; the database was left as it was: {reason}").format(
                path=target, reason=exc
            )
        ) from exc
    finally:
        for suffix in ("", "-journal"):
            Path(f"{staged}{suffix}").unlink(missing_ok=True)
    return ConversionResult(target, len(counts), sum(counts.values()))


def _take(conn: Any, target: Path) -> None:
    """Hold the file alone until the connection closes. Leaving WAL mode is refused while another connection
    (another kolcrm, the app) has the file open, and folds the -wal into the file; the exclusive locking mode then
    keeps every other reader and writer waiting, so nothing is written to the original after it was copied."""
    try:
        mode = conn.execute("PRAGMA journal_mode = delete").fetchone()[0]
    except cipher.OPERATIONAL_ERRORS:
        mode = None
    if str(mode).lower() != "delete":
        raise ConversionError(
            i18n.translate(
                "Encryption", "{path} is open in another kolcrm or program; close it and try again. Nothing changed."
            ).format(path=target)
        )
    conn.execute("PRAGMA locking_mode = exclusive")
    conn.execute("BEGIN EXCLUSIVE")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute(f"PRAGMA user_version = {version}")  # a write: the exclusive lock is taken, and kept
    conn.execute("COMMIT")


def _row_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    """Rows of every real table (a full-text index is counted through its shadow tables, which hold its data)."""
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
            " AND rootpage > 0 AND name NOT LIKE 'sqlite_stat%' ORDER BY name"
        )
    ]
    return {name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]) for name in names}


def _verify(staged: Path, key: str | None, expected: dict[str, int], target: Path) -> None:
    """The converted copy, read by a fresh connection as the app will open it: right kind of file, whole, every row."""
    problems: list[str] = []
    if cipher.is_plain(staged) != (key is None):
        # An "encrypted" copy that starts with SQLite's header would be plaintext, and the other way round.
        problems.append(i18n.translate("Encryption", "the copy is not of the expected kind (encrypted or plain)"))
    with closing(cipher.connect(staged, key)) as conn:
        if key is not None:
            problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        checked = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
        if checked != ["ok"]:
            problems += checked
        found = _row_counts(conn)
    if found != expected:
        differing = sorted(name for name in expected.keys() | found.keys() if expected.get(name) != found.get(name))
        problems.append(", ".join(differing))
    if problems:
        raise ConversionError(
            i18n.translate(
                "Encryption", "The converted copy of {path} did not match the original ({problems}); nothing changed"
            ).format(path=target, problems="; ".join(problems[:5]))
        )


# --- helpers ---------------------------------------------------------------------------------------------------


def _unlock_encrypted(target: Path, passphrase: str) -> str:
    if not target.is_file() or cipher.is_plain(target):
        raise ConversionError(
            i18n.translate("Encryption", "{path} is not encrypted; nothing was changed").format(path=target)
        )
    return passphrases.unlock(target, passphrase)


def _require_passphrase(passphrase: str) -> None:
    if not passphrase or "\x00" in passphrase:
        raise ConversionError(i18n.translate("Encryption", "The passphrase cannot be empty; nothing was changed"))


def _absolute(path: str | os.PathLike[str]) -> Path:
    target = Path(path).expanduser().absolute()
    if not target.is_file():
        raise ConversionError(i18n.translate("Encryption", "there is no database at {path}").format(path=target))
    return target


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


__all__ = [
    "STEPS",
    "ConversionError",
    "ConversionResult",
    "change_passphrase",
    "decrypt_database",
    "encrypt_database",
    "remove_interrupted",
]
