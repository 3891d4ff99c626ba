"""Is this file a healthy kolcrm database? SQLite's page and link checks, FTS5's own check of every search index,
kolcrm's invariants (every KOL has one search document, no document without a KOL), and a backup's checksum.

Used before a restore (the backup), by File → Backups… → Check database and by `kolcrm check` (the live file).

The checks run on a copy in memory taken with SQLite's online backup API: FTS5's integrity-check is an INSERT,
which a read-only connection refuses, and a file this process has open is read through the connection it already
holds (see source_connection), never through a second descriptor. An encrypted file is checked with its
passphrase, on a copy in memory keyed alike (SQLCipher copies pages only between databases with the same key).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store import cipher, passphrases
from kolcrm.core.store.db import SQLITE_HEADER, database, open_passphrase

MAX_INTEGRITY_LINES = 100
MAX_INVARIANT_LINES = 20
BUSY_TIMEOUT_SECONDS = 5.0
SEARCH_INDEXES = ("kol_search", "kol_search_cjk", "kol_search_words")
CHECKSUM_SUFFIX = ".sha256"


@dataclass(frozen=True)
class CheckReport:
    """What the checks found; `problems` is empty when the file is healthy."""

    path: Path
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        if self.ok:
            return i18n.translate(
                "Backup", "{path}: no problems found (integrity, foreign keys and search index checked)."
            ).format(path=self.path)
        count = len(self.problems)  # a plain name: lupdate drops a call whose count is an expression
        lines = [i18n.translate("Backup", "{path}: %n problems found:", None, count).format(path=self.path)]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


def check_database(path: str | os.PathLike[str]) -> CheckReport:
    """Every check, on a copy in memory. Raises DatabaseOpenError if the file cannot be read."""
    target = Path(path).expanduser().absolute()
    passphrase = file_passphrase(target)
    copy = cipher.connect(":memory:", passphrase)
    try:
        with source_connection(target, passphrase) as source:
            if source.in_transaction:  # the backup API would wait forever for the app's own transaction
                raise DatabaseOpenError(
                    i18n.translate("Backup", "{path} is in the middle of saving a change; check it again then").format(
                        path=target
                    )
                )
            source.backup(copy)
        return check_connection(copy, target)
    except cipher.DATABASE_ERRORS as exc:
        raise DatabaseOpenError(
            i18n.translate("Backup", "{path} cannot be read as an SQLite database ({reason})").format(
                path=target, reason=exc
            )
        ) from exc
    finally:
        copy.close()


def check_connection(conn: sqlite3.Connection, path: Path) -> CheckReport:
    """Every check on a writable connection (FTS5's integrity-check is an INSERT); nothing is changed."""
    problems = _integrity_problems(conn)
    if not problems:  # on a damaged file the later checks read garbage or fail
        problems = _foreign_key_problems(conn) + _search_index_problems(conn) + _search_document_problems(conn)
    return CheckReport(path, problems)


def is_open_here(path: Path) -> bool:
    """Whether `path` is the database this process opened (compared by stat, which opens no descriptor)."""
    name = database.database
    if not name or name == ":memory:":
        return False
    try:
        return os.path.samefile(name, path)
    except OSError:
        return False


def file_passphrase(path: Path) -> str | None:
    """The passphrase `path` is read with: None for a plain file, the open database's own when it is this process's
    database, else one passphrases.unlock finds. Refuses what require_sqlite_file refuses."""
    if is_open_here(path):
        return open_passphrase()
    return require_sqlite_file(path)


@contextmanager
def source_connection(path: Path, passphrase: str | None = None) -> Iterator[sqlite3.Connection]:
    """A connection to read `path` from: this process's own when the file is its database, else a read-only one.

    On POSIX, closing any descriptor on a file drops every lock the process holds on it: a second connection or a
    raw open() of the live file would let another kolcrm believe it is the last user and delete -wal and -shm
    while this process still writes to them. So the live file is only ever read through the open connection.
    """
    if is_open_here(path):
        was_closed = database.is_closed()  # peewee's connection is per thread: this thread may not have one yet
        try:
            yield database.connection()
        finally:
            if was_closed:
                database.close()
        return
    key = require_sqlite_file(path) if passphrase is None else passphrase
    with closing(read_only(path, key)) as conn:
        yield conn


def read_only(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A read-only connection to a file this process has not opened (see source_connection for the live one)."""
    # Without a -wal the main file holds every committed page: immutable reads it without creating -shm beside a
    # file that may be a backup on a read-only disk. With a -wal another program may be writing: read it normally.
    return cipher.connect(path, passphrase, read_only=True, timeout=BUSY_TIMEOUT_SECONDS)


def require_sqlite_file(path: Path) -> str | None:
    """Refuse a missing file, a folder, a device, or a file that is neither a plain SQLite file nor an encrypted one
    this process can unlock (passphrases.unlock: wrong passphrase refused). Returns the passphrase, None when plain.
    Never call on the live file."""
    if not path.is_file():
        raise DatabaseOpenError(
            i18n.translate("Backup", "{path} is not a file that can be checked (missing, a folder or a device)").format(
                path=path
            )
        )
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(
            i18n.translate("Backup", "Cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    if header == SQLITE_HEADER:
        return None
    if not cipher.might_be_encrypted(path):
        raise DatabaseOpenError(i18n.translate("Backup", "{path} is not an SQLite database file").format(path=path))
    return passphrases.unlock(path)


# --- checksums: a backup's SHA-256, written beside it in `sha256sum` format ------------------------------------


def checksum_path(backup: Path) -> Path:
    return Path(f"{backup}{CHECKSUM_SUFFIX}")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checksum_line(digest: str, name: str) -> str:
    """One line `sha256sum -c` understands, so the user can verify a backup without kolcrm."""
    return f"{digest}  {name}\n"


def checksum_problem(backup: Path) -> str | None:
    """Why `backup` does not match the SHA-256 recorded beside it; None when it matches or none was recorded."""
    recorded_at = checksum_path(backup)
    if not recorded_at.is_file():
        return None  # a backup from before checksums, or a file from elsewhere: the checks alone decide
    try:
        recorded = recorded_at.read_text(encoding="ascii").split()[0].lower()
        actual = sha256_of(backup)
    except (OSError, UnicodeDecodeError, IndexError) as exc:
        return i18n.translate("Backup", "its checksum file {checksum} cannot be read ({reason})").format(
            checksum=recorded_at.name, reason=exc
        )
    if recorded != actual:
        return i18n.translate(
            "Backup",
            "it does not match the SHA-256 recorded in {checksum} when it was taken: the file changed since"
            " (damaged on disk or edited)",
        ).format(checksum=recorded_at.name)
    return None


# --- the checks ------------------------------------------------------------------------------------------------


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    try:
        rows = conn.execute(f"PRAGMA integrity_check({MAX_INTEGRITY_LINES})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [i18n.translate("Backup", "integrity check stopped: {reason}").format(reason=exc)]
    # SQLite may pack several findings into one row, under a "*** in database main ***" heading.
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    lines = [line for line in lines if line and not line.startswith("***")]
    return [] if lines == ["ok"] else lines


def _foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for table, rowid, parent, fk_id in conn.execute("PRAGMA foreign_key_check").fetchall():
        columns = [row for row in conn.execute(f'PRAGMA foreign_key_list("{table}")') if row[0] == fk_id]
        child_columns = [row[3] for row in columns]
        value = ""
        if rowid is not None and child_columns:
            selected = ", ".join(f'"{column}"' for column in child_columns)
            found = conn.execute(f'SELECT {selected} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
            value = " " + ", ".join(str(v) for v in found) if found else ""
        if rowid is not None:
            problem = i18n.translate("Backup", "table {table} row {row}: {parent}{value} does not exist")
        else:
            problem = i18n.translate("Backup", "table {table} a row: {parent}{value} does not exist")
        problems.append(problem.format(table=table, row=rowid, parent=parent, value=value))
    return problems


def _search_index_problems(conn: sqlite3.Connection) -> list[str]:
    # PRAGMA integrity_check sees pages and b-trees, not what FTS5 stores inside them: flipped bytes in an index
    # blob pass it. FTS5's own check reads every index structure; rank 1 also compares kol_search with its
    # documents.
    problems = []
    for table in _existing(conn, SEARCH_INDEXES):
        try:
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(
                i18n.translate("Backup", "search index {table} is damaged ({reason}); searches may miss KOLs").format(
                    table=table, reason=exc
                )
            )
    if conn.in_transaction:
        conn.rollback()
    return problems


def _search_document_problems(conn: sqlite3.Connection) -> list[str]:
    if len(_existing(conn, ("kol", "kol_search_doc"))) < 2:
        return []
    problems = []
    unindexed = conn.execute(
        "SELECT id, display_name FROM kol WHERE id NOT IN (SELECT kol_id FROM kol_search_doc) ORDER BY id"
    ).fetchall()
    for kol_id, name in unindexed[:MAX_INVARIANT_LINES]:
        problems.append(
            i18n.translate("Backup", "KOL {id} ({name}) has no search document: search cannot find them").format(
                id=kol_id, name=name
            )
        )
    orphans = conn.execute(
        "SELECT kol_id FROM kol_search_doc WHERE kol_id NOT IN (SELECT id FROM kol) ORDER BY kol_id"
    ).fetchall()
    for (kol_id,) in orphans[:MAX_INVARIANT_LINES]:
        problems.append(
            i18n.translate(
                "Backup", "the search index still holds a document for KOL {id}, who no longer exists"
            ).format(id=kol_id)
        )
    hidden = max(len(unindexed) - MAX_INVARIANT_LINES, 0) + max(len(orphans) - MAX_INVARIANT_LINES, 0)
    if hidden:
        problems.append(i18n.translate("Backup", "and %n more search documents like these", None, hidden))
    return problems


def _existing(conn: sqlite3.Connection, names: tuple[str, ...]) -> list[str]:
    marks = ",".join("?" * len(names))
    found = {row[0] for row in conn.execute(f"SELECT name FROM sqlite_master WHERE name IN ({marks})", names)}
    return [name for name in names if name in found]
