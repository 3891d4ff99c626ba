"""Restoring a backup: refused unless it matches its SHA-256 and passes every check, and never a moment without a
database at the path.

The order, each step safe to be killed after: the backup is copied beside the database (`.<name>.restoring-<pid>-
….partial`) and that copy checked; the current file is made self-contained (its -wal folded in) and given a second
name (`<name>.replaced-<time>`, a hard link or a copy); one os.replace puts the checked copy at the path. A kill
leaves the old database or the restored one in place; clean_interrupted removes the leftovers at the next restore
or rotation.

An encrypted backup is read, checked and staged with its passphrase (the book's own, as backups are encrypted with
the key of their book; else KOLCRM_PASSPHRASE, the keychain or a prompt), and stays encrypted once restored. A plain
backup restored over an encrypted book is encrypted with the book's passphrase first: the book never turns plain.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store import cipher, passphrases
from kolcrm.core.store.db import APPLICATION_ID, check_schema, close_database, open_database, open_passphrase
from kolcrm.core.store.encryption import encrypt_database
from kolcrm.core.store.paths import sync_folder
from kolcrm.exchange.backup import (
    PARTIAL_SUFFIX,
    RESTORING,
    STAMP_FORMAT,
    BackupError,
    RestoreRefused,
    absolute,
    clean_interrupted,
    copy_to_temporary,
    fsync_file,
    same_file,
    temporary_prefix,
    utc,
)
from kolcrm.exchange.database_check import (
    BUSY_TIMEOUT_SECONDS,
    check_connection,
    checksum_problem,
    is_open_here,
    read_only,
    require_sqlite_file,
)


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    replaced: Path | None  # where the previous file is kept (None when there was no database yet)
    encrypted: bool = False  # the restored book is encrypted


def restore_backup(backup: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> RestoreResult:
    """Replace the database with a checked backup; the replaced file is kept aside, never deleted.

    Refuses (RestoreRefused) a backup that does not match its SHA-256, a damaged, foreign or newer file, before
    touching the database. The database path holds a whole database at every instant, the old one or the
    restored one: the checked copy is staged beside it and put in place by one atomic rename. An older backup is
    migrated when it is reopened. On any failure the current database is put back as it was.
    """
    source = absolute(backup)
    target = absolute(db_path)
    clean_interrupted(target)
    key = _refuse_unless_restorable(source, target)
    current_key = _current_passphrase(target)
    staged = copy_to_temporary(source, target.parent, prefix=f".{target.name}{RESTORING}")
    try:
        _verify_staged(staged, source, key)
        if key is None and current_key is not None:
            # A backup from before the book was encrypted: restoring it must not leave the book plain without a word,
            # so the checked copy is encrypted with the book's passphrase before it goes in place.
            _encrypt_staged(staged, source, current_key)
            key = current_key
        replaced = _put_in_place(staged, target, source, current_key)
    finally:
        staged.unlink(missing_ok=True)
    return RestoreResult(target, replaced, encrypted=key is not None)


# --- restore steps -------------------------------------------------------------------------------------------


REFUSAL_ERRORS: tuple[type[Exception], ...] = (DatabaseOpenError, *cipher.DATABASE_ERRORS)


def _refuse_unless_restorable(source: Path, target: Path) -> str | None:
    """The quick refusals, on the backup itself: the database itself, not SQLite, changed since it was taken,
    another program's file, a newer kolcrm's, an empty SQLite file, an encrypted one whose passphrase is wrong.
    Returns the backup's passphrase (None when it is plain)."""
    if target.exists() and source.exists() and same_file(source, target):
        raise RestoreRefused(
            i18n.translate("Backup", "{path} is the database itself, not a backup of it").format(path=source)
        )
    try:
        changed = checksum_problem(source) if source.is_file() else None
        if changed is not None:  # before any passphrase is asked for: a changed file is refused whatever its key
            raise RestoreRefused(
                i18n.translate("Backup", "{name} cannot be restored: {reason}").format(name=source.name, reason=changed)
            )
        key = require_sqlite_file(source)
        check_schema(source, key)  # the same refusals open_database gives: another program's file, a newer kolcrm
        with closing(read_only(source, key)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except REFUSAL_ERRORS as exc:
        raise RestoreRefused(
            i18n.translate("Backup", "{name} cannot be restored: {reason}").format(name=source.name, reason=exc)
        ) from exc
    if app_id != APPLICATION_ID:  # check_schema lets an empty SQLite file through: it is no backup of ours
        raise RestoreRefused(
            i18n.translate("Backup", "{name} is not a kolcrm backup (an empty or foreign SQLite file)").format(
                name=source.name
            )
        )
    return key


def _current_passphrase(target: Path) -> str | None:
    """The key of the book being replaced, to fold its -wal in (see _make_self_contained); None when it is plain,
    missing, or cannot be unlocked (then it is kept aside as it is, like a damaged file)."""
    if is_open_here(target):
        return open_passphrase()
    if not target.is_file() or not cipher.might_be_encrypted(target):
        return None
    try:
        return passphrases.unlock(target)
    except DatabaseOpenError:
        return None


def _encrypt_staged(staged: Path, source: Path, passphrase: str) -> None:
    try:
        encrypt_database(staged, passphrase)
    except DatabaseOpenError as exc:
        raise BackupError(
            i18n.translate("Backup", "Could not restore {name}; the database was left as it was: {reason}").format(
                name=source.name, reason=exc
            )
        ) from exc


def _verify_staged(staged: Path, source: Path, passphrase: str | None) -> None:
    """Every check (pages, links, search indexes, kolcrm's invariants) on the very copy that will be put in place."""
    with closing(cipher.connect(staged, passphrase)) as conn:
        report = check_connection(conn, source)
    if not report.ok:
        more = len(report.problems) - 3
        shown = "; ".join(report.problems[:3])
        if more > 0:
            shown = i18n.translate("Backup", "{problems}; and %n more", None, more).format(problems=shown)
        raise RestoreRefused(
            i18n.translate("Backup", "{name} is damaged and cannot be restored ({problems})").format(
                name=source.name, problems=shown
            )
        )


def _put_in_place(staged: Path, target: Path, source: Path, current_key: str | None) -> Path | None:
    """Keep the current file aside, rename the staged copy over it, reopen. Returns where the old file is kept."""
    was_open = is_open_here(target)
    if was_open:
        close_database()
    replaced: Path | None = None
    placed = False
    try:
        if target.exists():
            replaced = _keep_aside(target, current_key)
        os.replace(staged, target)  # the one step that changes what the path holds, and it is atomic
        placed = True
        sync_folder(target.parent)
        open_database(target)
    except BaseException as exc:
        if placed:
            _put_back(target, replaced)
        elif replaced is not None:
            _forget_aside(target, replaced)
        if was_open:
            open_database(target)
        if isinstance(exc, (OSError, DatabaseOpenError, *cipher.ERRORS)):
            raise BackupError(
                i18n.translate("Backup", "Could not restore {name}; the database was left as it was: {reason}").format(
                    name=source.name, reason=exc
                )
            ) from exc
        raise
    return replaced


def _keep_aside(target: Path, key: str | None) -> Path:
    """A second name for the current file (a hard link, or a copy), made self-contained first. Returns it."""
    aside = _unused(target.with_name(f"{target.name}.replaced-{utc(None).strftime(STAMP_FORMAT)}"))
    wal = Path(f"{target}-wal")
    # Kept first, under a staging name the next clean_interrupted removes: SQLite deletes a -wal when it closes a
    # file, even one it could not read; the -wal of a damaged file is worth keeping beside it.
    kept_wal = target.parent / f".{target.name}{RESTORING}{os.getpid()}-wal{secrets.token_hex(4)}{PARTIAL_SUFFIX}"
    folded = False
    try:
        if wal.exists():
            _link_or_copy(wal, kept_wal)
        folded = _make_self_contained(target, key)
        _link_or_copy(target, aside)
        if kept_wal.exists() and not folded and not wal.exists():
            os.replace(kept_wal, f"{aside}-wal")
        # Anything still beside the file belongs to one SQLite could not read: it goes with it, since SQLite checks
        # a -wal against nothing but itself and would replay this one onto the restored copy.
        for suffix in ("-wal", "-shm"):
            if Path(f"{target}{suffix}").exists():
                os.replace(f"{target}{suffix}", f"{aside}{suffix}")
    except BaseException as exc:
        if kept_wal.exists() and not folded and not wal.exists():
            os.replace(kept_wal, wal)
        _forget_aside(target, aside)
        if isinstance(exc, OSError):
            raise BackupError(
                i18n.translate("Backup", "Cannot keep {path} aside, so nothing was restored: {reason}").format(
                    path=target, reason=exc.strerror or exc
                )
            ) from exc
        raise
    finally:
        kept_wal.unlink(missing_ok=True)
    return aside


def _make_self_contained(target: Path, key: str | None) -> bool:
    """Fold the -wal into the file and leave WAL mode, so the file alone holds every committed row and no -wal is
    left behind for SQLite to replay onto the restored copy. False when SQLite cannot read the file (damaged).

    Raises BackupError while another program has the file open: SQLite refuses to leave WAL mode then, and
    replacing a file another kolcrm is writing would lose what it writes."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            with closing(cipher.connect(target, key, timeout=BUSY_TIMEOUT_SECONDS)) as conn:
                mode = conn.execute("PRAGMA journal_mode = delete").fetchone()[0]
            if mode == "delete":
                return True
        except cipher.OPERATIONAL_ERRORS as exc:
            if getattr(exc, "sqlite_errorcode", None) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                return False
        except cipher.DATABASE_ERRORS:
            return False
        if time.monotonic() > deadline:
            raise BackupError(
                i18n.translate(
                    "Backup",
                    "{path} is open in another kolcrm or program; close it and restore again. Nothing changed.",
                ).format(path=target)
            )
        time.sleep(0.1)


def _link_or_copy(original: Path, second: Path) -> None:
    try:
        os.link(original, second)
    except OSError:  # a file system without hard links (FAT, some network shares): a complete copy, then its name
        fd, name = tempfile.mkstemp(dir=original.parent, prefix=temporary_prefix(f".{original.name}{RESTORING}"),
                                    suffix=PARTIAL_SUFFIX)  # fmt: skip
        os.close(fd)
        try:
            shutil.copyfile(original, name)
            fsync_file(Path(name))
            os.replace(name, second)
        finally:
            Path(name).unlink(missing_ok=True)


def _forget_aside(target: Path, aside: Path) -> None:
    """Undo _keep_aside before the rename: the database is still in place, and so is anything beside it."""
    for suffix in ("-wal", "-shm"):
        if Path(f"{aside}{suffix}").exists() and not Path(f"{target}{suffix}").exists():
            os.rename(f"{aside}{suffix}", f"{target}{suffix}")
    if aside.exists() and same_file(aside, target):
        aside.unlink()


def _put_back(target: Path, replaced: Path | None) -> None:
    close_database()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)  # the restored copy's (never the replaced file's)
    if replaced is None:
        target.unlink(missing_ok=True)
        return
    os.replace(replaced, target)  # atomic again: the path goes from the restored copy straight back to the old one
    for suffix in ("-wal", "-shm"):
        if Path(f"{replaced}{suffix}").exists():
            os.rename(f"{replaced}{suffix}", f"{target}{suffix}")


# --- helpers ---------------------------------------------------------------------------------------------------


def _unused(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate
