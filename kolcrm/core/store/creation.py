"""A new database appears whole: built and migrated under a temporary name beside its path, then linked into place."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store.migrations import migrate


def create_new(target: Path) -> None:
    """A new database appears whole: it is built and migrated under a temporary name beside the target, then
    linked into place. So the path never holds an empty or half-made file (which the next start would refuse),
    and of two kolcrm creating it at once, one wins and the other opens that file."""
    if any(parent.exists() and not parent.is_dir() for parent in target.parents):
        raise DatabaseOpenError(
            i18n.translate(
                "Database", "Cannot create a database at {path}: a part of that path is a file, not a folder"
            ).format(path=target)
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _remove_stale_new_files(target)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.new-", suffix=".tmp", dir=target.parent)  # mode 0600
        os.close(fd)
    except OSError as exc:
        raise DatabaseOpenError(
            i18n.translate("Database", "Cannot create a database at {path}: {reason}").format(
                path=target, reason=exc.strerror or exc
            )
        ) from exc
    staged = Path(name)
    try:
        fresh = SqliteDatabase(str(staged), pragmas={"foreign_keys": 1})
        try:
            fresh.connect()
            migrate(fresh, None)
        finally:
            fresh.close()
        try:
            os.link(staged, target)  # fails if the name exists: never replaces a file another kolcrm made
        except FileExistsError:
            pass  # another kolcrm created it a moment ago: open that one
        except OSError:  # a file system without hard links (FAT, some network shares)
            if not target.exists():
                os.rename(staged, target)
    except (OSError, sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        raise DatabaseOpenError(
            i18n.translate("Database", "Cannot create a database at {path}: {reason}").format(
                path=target, reason=getattr(exc, "strerror", None) or exc
            )
        ) from exc
    finally:
        staged.unlink(missing_ok=True)
        Path(f"{staged}-journal").unlink(missing_ok=True)


STALE_NEW_FILE_SECONDS = 3600


def _remove_stale_new_files(target: Path) -> None:
    """Temporary files of a creation that was killed; a recent one may belong to a kolcrm creating it now."""
    for leftover in target.parent.glob(f".{target.name}.new-*.tmp*"):
        try:
            if time.time() - leftover.stat().st_mtime > STALE_NEW_FILE_SECONDS:
                leftover.unlink()
        except OSError:
            pass
