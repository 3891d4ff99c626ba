"""Backups beside the database: online copies with a SHA-256 each, daily/weekly rotation, cleaning after a crash.
Restoring one is restore's job.

Backups live in `<db dir>/backups/<db stem>-YYYYmmdd-HHMMSS-<kind>.db` (folder 0700, files 0600), each with its
SHA-256 beside it in `<name>.db.sha256` (`sha256sum -c` reads it); the time in the name is UTC, so names sort by
age whatever the time zone; screens show local time. Each copy comes from SQLite's online backup API, read through
the connection this process already has on the file when it is the app's own database (database_check
.source_connection says why), so it holds committed rows only, and is written to a temporary file that is renamed
into place only once complete.

Rotation keeps the 7 newest daily and 4 newest weekly backups and the 10 newest taken when the app closed.
Manual backups ("Back up now", `kolcrm backup`) are never deleted automatically: someone made each on purpose,
often right before a risky change, so only they decide when it can go.
"""

from __future__ import annotations

import glob
import os
import re
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kolcrm.core import clock, i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store import cipher, encryption
from kolcrm.exchange.database_check import checksum_line, checksum_path, file_passphrase, sha256_of, source_connection

KINDS = ("manual", "daily", "weekly", "on_close")
KEEP = {"daily": 7, "weekly": 4, "on_close": 10}  # manual: kept until the user deletes them
WEEK = timedelta(days=7)
STAMP_FORMAT = "%Y%m%d-%H%M%S"
BACKUP_FOLDER = "backups"
PARTIAL_SUFFIX = ".partial"
RESTORING = ".restoring-"
STALE_PARTIAL_SECONDS = 3600
# Temporary names carry the writing process's id (`<prefix><pid>-<random>.partial`): a copy whose process is gone
# was abandoned (a crash, a kill) and can go at once; one whose process still runs is left until it is an hour old.
_PARTIAL_PID = re.compile(rf"-(?P<pid>\d+)-[a-z0-9_]+{re.escape(PARTIAL_SUFFIX)}$")


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


def backups_folder(db_path: str | os.PathLike[str]) -> Path:
    return absolute(db_path).parent / BACKUP_FOLDER


def backup_now(db_path: str | os.PathLike[str], kind: str = "manual", now: datetime | None = None) -> Path:
    """A consistent copy of the database in the backups folder, mode 0600; returns its path."""
    if kind not in KINDS:
        raise ValueError(f"Unknown backup kind {kind!r}; expected one of {', '.join(KINDS)}")
    source = absolute(db_path)
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
    target = _free_name(folder, source.stem, utc(now), kind)
    partial = copy_to_temporary(source, folder, prefix=f".{target.stem}-")
    try:
        # The checksum goes in first: every backup under its final name has one; restore verifies it.
        _write_atomically(checksum_path(target), checksum_line(sha256_of(partial), target.name).encode("ascii"))
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        checksum_path(target).unlink(missing_ok=True)
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
    moment = utc(now)
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
            checksum_path(old.path).unlink(missing_ok=True)
            deleted.append(old.path)
    return deleted + clean_interrupted(db_path)


def clean_interrupted(db_path: str | os.PathLike[str]) -> list[Path]:
    """Remove what an interrupted backup or restore left: its temporary copies (once their process is gone or
    they are an hour old, never one still being written) and a `.replaced-` name that is only a second name of
    the database itself. Runs before every restore and at every rotation; returns what it removed."""
    target = absolute(db_path)
    folder = backups_folder(target)
    partials = [
        *target.parent.glob(f".{glob.escape(target.name)}{RESTORING}*{PARTIAL_SUFFIX}"),
        *(folder.glob(f".{glob.escape(target.stem)}-*{PARTIAL_SUFFIX}") if folder.is_dir() else ()),
    ]
    removed = [partial for partial in partials if _abandoned(partial)]
    for partial in removed:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    removed += encryption.remove_interrupted(target)  # a killed kolcrm encrypt or decrypt
    for alias in target.parent.glob(f"{glob.escape(target.name)}.replaced-*"):
        # Killed between keeping the database aside (a hard link) and putting the backup in place: the link is
        # the database itself under a second name. With a -wal of its own it is a damaged file kept with it: it stays.
        if not alias.name.endswith(("-wal", "-shm")) and same_file(alias, target) and not Path(f"{alias}-wal").exists():
            alias.unlink()
            removed.append(alias)
    if folder.is_dir():  # a checksum whose backup was never renamed into place (killed in between)
        for orphan in folder.glob(f"{glob.escape(target.stem)}-*.db.sha256"):
            if not Path(str(orphan).removesuffix(".sha256")).exists() and _age(orphan) > STALE_PARTIAL_SECONDS:
                orphan.unlink(missing_ok=True)
                removed.append(orphan)
    return removed


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """This database's backups, newest first. Other files in the folder are ignored, never touched."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(absolute(db_path).stem)
    found: list[tuple[datetime, int, BackupInfo]] = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if not match or not entry.is_file():
            continue
        moment = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        found.append((moment, int(match["n"] or 1), BackupInfo(entry, match["kind"], moment, entry.stat().st_size)))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [info for _moment, _n, info in found]


def plain_copies(db_path: str | os.PathLike[str]) -> list[Path]:
    """Copies of the book that kolcrm made and that are not encrypted: backups, a file a restore kept aside, the copy
    taken before a migration. Encrypting the book leaves them as they are (they are backups): the user is told."""
    target = absolute(db_path)
    candidates = [info.path for info in list_backups(target)]
    candidates += sorted(target.parent.glob(f"{glob.escape(target.name)}.replaced-*"))
    candidates += sorted(target.parent.glob(f"{glob.escape(target.name)}.v*.bak"))
    return [path for path in candidates if not path.name.endswith(("-wal", "-shm")) and cipher.is_plain(path)]


# --- helpers ---------------------------------------------------------------------------------------------------


COPY_ERRORS: tuple[type[Exception], ...] = (*cipher.ERRORS, OSError, DatabaseOpenError, BackupError)


def copy_to_temporary(source: Path, folder: Path, prefix: str) -> Path:
    """Online-backup `source` into a new 0600 file in `folder`, as one self-contained file (no -wal). The copy of an
    encrypted book is encrypted with the same key: SQLCipher's backup copies the encrypted pages as they are."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=temporary_prefix(prefix), suffix=PARTIAL_SUFFIX)  # 0600
    os.close(fd)
    partial = Path(name)
    try:
        passphrase = file_passphrase(source)
        with source_connection(source, passphrase) as src, closing(cipher.connect(partial, passphrase)) as dst:
            if src.in_transaction:  # the backup API would wait forever for this connection's own transaction
                raise BackupError(
                    i18n.translate("Backup", "A backup cannot be taken while a change is being saved; try again")
                )
            src.backup(dst)  # all pages in one step: one read transaction, so one consistent snapshot
            dst.execute("PRAGMA journal_mode = delete")
            dst.commit()
        fsync_file(partial)
        os.chmod(partial, 0o600)
    except COPY_ERRORS as exc:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        if isinstance(exc, BackupError):
            raise
        raise BackupError(
            i18n.translate("Backup", "Could not copy {path}: {reason}").format(path=source, reason=exc)
        ) from exc
    return partial


def _write_atomically(path: Path, data: bytes) -> None:
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=temporary_prefix(f".{path.name.split('.')[0]}-"),
                                suffix=PARTIAL_SUFFIX)  # fmt: skip
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, path)
    finally:
        Path(name).unlink(missing_ok=True)


def temporary_prefix(prefix: str) -> str:
    return f"{prefix}{os.getpid()}-"


def _abandoned(partial: Path) -> bool:
    """A temporary copy no process is writing: its process is gone, or it is older than any copy takes."""
    age = _age(partial)
    if age > STALE_PARTIAL_SECONDS:
        return True
    match = _PARTIAL_PID.search(partial.name)
    if match is None or os.name != "posix" or int(match["pid"]) == os.getpid():
        return False  # os.kill(pid, 0) would end the process on Windows: there only the age decides
    try:
        os.kill(int(match["pid"]), 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, another user's
        return False
    return False


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


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


def utc(moment: datetime | None) -> datetime:
    """Aware UTC, to the second. A naive `now` is taken as local time, as datetime.astimezone() does."""
    moment = clock.now() if moment is None else moment.astimezone(UTC)
    return moment.replace(microsecond=0)


def absolute(path: str | os.PathLike[str]) -> Path:
    return Path(path).expanduser().absolute()
