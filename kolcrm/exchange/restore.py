"""Restoring a backup: refused unless it matches its SHA-256 and passes every check, and never a moment without a
database at the path.

The order, each step safe to be killed after: the backup is copied beside the database (`.<name>.restoring-<pid>-
….partial`) and that copy checked; the current file is made self-contained (its -wal folded in) and given a second
name (`<name>.replaced-<time>`, a hard link or a copy); one os.replace puts the checked copy at the path. A kill
leaves the old database or the restored one in place; clean_interrupted removes the leftovers at the next restore
or rotation.
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
from kolcrm.core.store.db import APPLICATION_ID, check_schema, close_database, open_database
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
    _refuse_unless_restorable(source, target)
    staged = copy_to_temporary(source, target.parent, prefix=f".{target.name}{RESTORING}")
    try:
        _verify_staged(staged, source)
        replaced = _put_in_place(staged, target, source)
    finally:
        staged.unlink(missing_ok=True)
    return RestoreResult(target, replaced)


# --- restore steps -------------------------------------------------------------------------------------------


def _refuse_unless_restorable(source: Path, target: Path) -> None:
    """The quick refusals, on the backup itself: the database itself, not SQLite, changed since it was taken,
    another program's file, a newer kolcrm's, an empty SQLite file."""
    if target.exists() and source.exists() and same_file(source, target):
        raise RestoreRefused(
            i18n.translate("Backup", "{path} is the database itself, not a backup of it").format(path=source)
        )
    try:
        require_sqlite_file(source)
        changed = checksum_problem(source)
        if changed is not None:
            raise RestoreRefused(
                i18n.translate("Backup", "{name} cannot be restored: {reason}").format(name=source.name, reason=changed)
            )
        check_schema(source)  # the same refusals open_database gives: another program's file, a newer kolcrm
        with closing(read_only(source)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except (DatabaseOpenError, sqlite3.DatabaseError) as exc:
        raise RestoreRefused(
            i18n.translate("Backup", "{name} cannot be restored: {reason}").format(name=source.name, reason=exc)
        ) from exc
    if app_id != APPLICATION_ID:  # check_schema lets an empty SQLite file through: it is no backup of ours
        raise RestoreRefused(
            i18n.translate("Backup", "{name} is not a kolcrm backup (an empty or foreign SQLite file)").format(
                name=source.name
            )
        )


def _verify_staged(staged: Path, source: Path) -> None:
    """Every check (pages, links, search indexes, kolcrm's invariants) on the very copy that will be put in place."""
    with closing(sqlite3.connect(staged)) as conn:
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


def _put_in_place(staged: Path, target: Path, source: Path) -> Path | None:
    """Keep the current file aside, rename the staged copy over it, reopen. Returns where the old file is kept."""
    was_open = is_open_here(target)
    if was_open:
        close_database()
    replaced: Path | None = None
    placed = False
    try:
        if target.exists():
            replaced = _keep_aside(target)
        os.replace(staged, target)  # the one step that changes what the path holds, and it is atomic
        placed = True
        _sync_folder(target.parent)
        open_database(target)
    except BaseException as exc:
        if placed:
            _put_back(target, replaced)
        elif replaced is not None:
            _forget_aside(target, replaced)
        if was_open:
            open_database(target)
        if isinstance(exc, (OSError, DatabaseOpenError, sqlite3.Error)):
            raise BackupError(
                i18n.translate("Backup", "Could not restore {name}; the database was left as it was: {reason}").format(
                    name=source.name, reason=exc
                )
            ) from exc
        raise
    return replaced


def _keep_aside(target: Path) -> Path:
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
        folded = _make_self_contained(target)
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


def _make_self_contained(target: Path) -> bool:
    """Fold the -wal into the file and leave WAL mode, so the file alone holds every committed row and no -wal is
    left behind for SQLite to replay onto the restored copy. False when SQLite cannot read the file (damaged).

    Raises BackupError while another program has the file open: SQLite refuses to leave WAL mode then, and
    replacing a file another kolcrm is writing would lose what it writes."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            with closing(sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS)) as conn:
                mode = conn.execute("PRAGMA journal_mode = delete").fetchone()[0]
            if mode == "delete":
                return True
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                return False
        except sqlite3.DatabaseError:
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


def _sync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder's entry is only on disk once the folder itself is synced."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unused(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate
