"""Is this file a healthy kolcrm database? PRAGMA integrity_check and foreign_key_check on a read-only connection.

Used before a restore (the backup) and by File → Backups… → Check database and `kolcrm check` (the live file).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store.db import SQLITE_HEADER

MAX_INTEGRITY_LINES = 100
BUSY_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True)
class CheckReport:
    """What PRAGMA integrity_check and foreign_key_check found; `problems` is empty when the file is healthy."""

    path: Path
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        if self.ok:
            return i18n.translate("Backup", "{path}: no problems found (integrity and foreign keys checked).").format(
                path=self.path
            )
        count = len(self.problems)  # a plain name: lupdate drops a call whose count is an expression
        lines = [i18n.translate("Backup", "{path}: %n problems found:", None, count).format(path=self.path)]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


def check_database(path: str | os.PathLike[str]) -> CheckReport:
    """Integrity and foreign-key check on a read-only connection. Raises DatabaseOpenError if it cannot be read."""
    target = Path(path).expanduser().absolute()
    require_sqlite_file(target)
    try:
        with closing(read_only(target)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            problems = _integrity_problems(conn)
            if not problems:  # on a damaged file the foreign-key check reads garbage or fails
                problems = _foreign_key_problems(conn)
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            i18n.translate("Backup", "{path} cannot be read as an SQLite database ({reason})").format(
                path=target, reason=exc
            )
        ) from exc
    return CheckReport(target, problems)


def read_only(path: Path) -> sqlite3.Connection:
    # Without a -wal the main file holds every committed page: immutable reads it without creating -shm beside a
    # file that may be a backup on a read-only disk. With a -wal the app may be writing: read it normally.
    wal_exists = Path(f"{path}-wal").exists()
    return sqlite3.connect(
        f"{path.as_uri()}?mode=ro{'' if wal_exists else '&immutable=1'}", uri=True, timeout=BUSY_TIMEOUT_SECONDS
    )


def require_sqlite_file(path: Path) -> None:
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
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(i18n.translate("Backup", "{path} is not an SQLite database file").format(path=path))


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
