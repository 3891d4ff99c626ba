"""Backups beside the database: online copies, daily/weekly rotation, integrity checks and a careful restore.

Backups live in `<db dir>/backups/<db stem>-YYYYmmdd-HHMMSS-<kind>.db` (folder 0700, files 0600); the time in
the name is UTC, so names sort by age whatever the time zone; screens show local time. Each copy comes from
SQLite's online backup API on a separate read-only connection, so it holds committed rows only, even while the
app is writing, and is written to a temporary file that is renamed into place only once complete.

Rotation keeps the 7 newest daily and 4 newest weekly backups and the 10 newest taken when the app closed.
Manual backups ("Back up now", `kolcrm backup`) are never deleted automatically: someone made each on purpose,
often right before a risky change, so only they decide when it can go.
"""

from __future__ import annotations

import glob
import os
import re
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kolcrm.core import clock, i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store.db import APPLICATION_ID, check_schema, close_database, database, open_database
from kolcrm.exchange.database_check import check_database, read_only

KINDS = ("manual", "daily", "weekly", "on_close")
KEEP = {"daily": 7, "weekly": 4, "on_close": 10}  # manual: kept until the user deletes them
WEEK = timedelta(days=7)
STAMP_FORMAT = "%Y%m%d-%H%M%S"
BACKUP_FOLDER = "backups"
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_SECONDS = 3600


class BackupError(Exception):
    """A backup that could not be taken or restored, and why. The current database was left as it was."""


class RestoreRefused(BackupError):
    """The chosen file is not a backup kolcrm can restore (damaged, foreign, or from a newer kolcrm)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    time: datetime  # UTC, aware
    size: int


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    replaced: Path | None  # where the previous file was moved (None when there was no database yet)


def backups_folder(db_path: str | os.PathLike[str]) -> Path:
    return _absolute(db_path).parent / BACKUP_FOLDER


def backup_now(db_path: str | os.PathLike[str], kind: str = "manual", now: datetime | None = None) -> Path:
    """A consistent copy of the database in the backups folder, mode 0600; returns its path."""
    if kind not in KINDS:
        raise ValueError(f"Unknown backup kind {kind!r}; expected one of {', '.join(KINDS)}")
    source = _absolute(db_path)
    if not source.is_file():
        raise BackupError(i18n.translate("Backup", "There is no database at {path} to back up").format(path=source))
    folder = backups_folder(source)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            i18n.translate("Backup", "Cannot create the backups folder {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    target = _free_name(folder, source.stem, _utc(now), kind)
    partial = _copy_to_temporary(source, folder, prefix=f".{target.stem}-")
    try:
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            i18n.translate("Backup", "Cannot write the backup {path}: {reason}").format(
                path=target, reason=exc.strerror or exc
            )
        ) from exc
    return target


def backup_if_due(db_path: str | os.PathLike[str], now: datetime | None = None) -> Path | None:
    """A daily backup if none was taken today (local date), a weekly one if the last is 7+ days old; rotates.

    Returns the newest backup taken, or None when none was due.
    """
    moment = _utc(now)
    backups = list_backups(db_path)
    today = moment.astimezone().date()
    taken: Path | None = None
    if not any(b.kind == "daily" and b.time.astimezone().date() == today for b in backups):
        taken = backup_now(db_path, "daily", moment)
    weeklies = [b.time for b in backups if b.kind == "weekly"]
    if not weeklies or moment - max(weeklies) >= WEEK:
        taken = backup_now(db_path, "weekly", moment)
    if taken is not None:
        rotate(db_path)
    return taken


def rotate(db_path: str | os.PathLike[str]) -> list[Path]:
    """Delete backups beyond what KEEP allows (newest kept), and copies a crash left half-written. Returns deleted."""
    deleted: list[Path] = []
    by_kind: dict[str, list[BackupInfo]] = {}
    for backup in list_backups(db_path):  # newest first
        by_kind.setdefault(backup.kind, []).append(backup)
    for kind, keep in KEEP.items():
        for old in by_kind.get(kind, [])[keep:]:
            old.path.unlink(missing_ok=True)
            deleted.append(old.path)
    folder = backups_folder(db_path)
    stem = _absolute(db_path).stem
    for partial in folder.glob(f".{glob.escape(stem)}-*{PARTIAL_SUFFIX}") if folder.is_dir() else ():
        if time.time() - partial.stat().st_mtime > STALE_PARTIAL_SECONDS:  # a younger one may be in progress
            partial.unlink(missing_ok=True)
            deleted.append(partial)
    return deleted


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """This database's backups, newest first. Other files in the folder are ignored, never touched."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(_absolute(db_path).stem)
    found: list[tuple[datetime, int, BackupInfo]] = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if not match or not entry.is_file():
            continue
        moment = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        found.append((moment, int(match["n"] or 1), BackupInfo(entry, match["kind"], moment, entry.stat().st_size)))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [info for _moment, _n, info in found]


def restore_backup(backup: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> RestoreResult:
    """Replace the database with a checked backup; the replaced file is moved aside, never deleted.

    Refuses (RestoreRefused) a damaged, foreign or newer file before touching anything. An older backup is
    migrated when it is reopened. On any failure the current database is put back as it was.
    """
    source = _absolute(backup)
    target = _absolute(db_path)
    _refuse_unless_restorable(source, target)
    staged = _copy_to_temporary(source, target.parent, prefix=f".{target.name}.restoring-")
    try:
        target_was_open = database.database is not None and Path(database.database) == target
        if target_was_open:
            close_database()
        try:
            replaced = _move_aside(target) if target.exists() else None
        except BackupError:  # _move_aside undid its own moves: the database is in place, reopen it as it was
            if target_was_open:
                open_database(target)
            raise
        try:
            os.replace(staged, target)
            open_database(target)
        except BaseException as exc:
            _put_back(target, replaced)
            if target_was_open:
                open_database(target)
            if isinstance(exc, (OSError, DatabaseOpenError)):
                raise BackupError(
                    i18n.translate(
                        "Backup", "Could not restore {name}; the database was left as it was: {reason}"
                    ).format(name=source.name, reason=exc)
                ) from exc
            raise
    finally:
        staged.unlink(missing_ok=True)
    return RestoreResult(target, replaced)


# --- restore steps -------------------------------------------------------------------------------------------


def _refuse_unless_restorable(source: Path, target: Path) -> None:
    if target.exists() and source.exists() and source.samefile(target):
        raise RestoreRefused(
            i18n.translate("Backup", "{path} is the database itself, not a backup of it").format(path=source)
        )
    try:
        report = check_database(source)
        check_schema(source)  # the same refusals open_database gives: another program's file, a newer kolcrm
        with closing(read_only(source)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except (DatabaseOpenError, sqlite3.DatabaseError) as exc:
        raise RestoreRefused(
            i18n.translate("Backup", "{name} cannot be restored: {reason}").format(name=source.name, reason=exc)
        ) from exc
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
    if app_id != APPLICATION_ID:  # check_schema lets an empty SQLite file through: it is no backup of ours
        raise RestoreRefused(
            i18n.translate("Backup", "{name} is not a kolcrm backup (an empty or foreign SQLite file)").format(
                name=source.name
            )
        )


def _move_aside(target: Path) -> Path:
    aside = _unused(target.with_name(f"{target.name}.replaced-{_utc(None).strftime(STAMP_FORMAT)}"))
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):  # the -wal may hold the newest committed rows: it travels along
            part = Path(f"{target}{suffix}")
            if part.exists():
                os.rename(part, f"{aside}{suffix}")
                moved.append((part, Path(f"{aside}{suffix}")))
    except OSError as exc:
        for original, now_at in reversed(moved):
            os.rename(now_at, original)
        raise BackupError(
            i18n.translate("Backup", "Cannot move {path} aside, so nothing was restored: {reason}").format(
                path=target, reason=exc.strerror or exc
            )
        ) from exc
    return aside


def _put_back(target: Path, replaced: Path | None) -> None:
    close_database()
    for suffix in ("-wal", "-shm", ""):
        Path(f"{target}{suffix}").unlink(missing_ok=True)  # the restored copy (never the replaced file)
    if replaced is not None:
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{replaced}{suffix}").exists():
                os.rename(f"{replaced}{suffix}", f"{target}{suffix}")


# --- helpers ---------------------------------------------------------------------------------------------------


def _copy_to_temporary(source: Path, folder: Path, prefix: str) -> Path:
    """Online-backup `source` into a new 0600 file in `folder`, as one self-contained file (no -wal)."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=PARTIAL_SUFFIX)  # mkstemp creates it 0600
    os.close(fd)
    partial = Path(name)
    try:
        with closing(read_only(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)  # all pages in one step: one read transaction, so one consistent snapshot
            dst.execute("PRAGMA journal_mode = delete")
            dst.commit()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(partial, 0o600)
    except (sqlite3.Error, OSError) as exc:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        raise BackupError(
            i18n.translate("Backup", "Could not copy {path}: {reason}").format(path=source, reason=exc)
        ) from exc
    return partial


def _name_pattern(stem: str) -> re.Pattern[str]:
    kinds = "|".join(KINDS)
    return re.compile(rf"{re.escape(stem)}-(?P<stamp>\d{{8}}-\d{{6}})-(?P<kind>{kinds})(?:-(?P<n>\d+))?\.db")


def _free_name(folder: Path, stem: str, moment: datetime, kind: str) -> Path:
    base = f"{stem}-{moment.strftime(STAMP_FORMAT)}-{kind}"
    candidate, n = folder / f"{base}.db", 1
    while candidate.exists():  # two backups of one kind in one second: number the later ones
        n += 1
        candidate = folder / f"{base}-{n}.db"
    return candidate


def _unused(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _utc(moment: datetime | None) -> datetime:
    """Aware UTC, to the second. A naive `now` is taken as local time, as datetime.astimezone() does."""
    moment = clock.now() if moment is None else moment.astimezone(UTC)
    return moment.replace(microsecond=0)


def _absolute(path: str | os.PathLike[str]) -> Path:
    return Path(path).expanduser().absolute()
