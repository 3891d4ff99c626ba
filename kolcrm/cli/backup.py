"""`kolcrm backup`, `kolcrm restore FILE` and `kolcrm check`: thin wrappers over kolcrm.exchange's backup,
restore and database_check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kolcrm.cli.arguments import Subcommands
from kolcrm.cli.book import add_book_options, chosen_database, existing_database
from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError

COMMANDS = ("backup", "restore", "check")
EXIT_OK, EXIT_PROBLEMS, EXIT_CANNOT_OPEN = 0, 1, 2


def add_parser(commands: Subcommands) -> None:
    """Register the three commands on the `kolcrm` sub-parsers."""
    take = commands.add_parser("backup", help="take a backup now, beside the database in backups/")
    add_book_options(take)

    restore = commands.add_parser(
        "restore", help="replace the database with a checked backup (the current file is kept aside)"
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    add_book_options(restore)

    check = commands.add_parser(
        "check", help="integrity, foreign-key and search-index check; exit 0 healthy, 1 problems, 2 unreadable"
    )
    add_book_options(check)


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "backup":
            return _backup(existing_database(args))
        if args.command == "restore":  # a restore may bring back a database that is not there any more
            return _restore(Path(args.file).expanduser(), chosen_database(args))
        if args.command == "check":
            return _check(existing_database(args))
    except DatabaseOpenError as exc:  # no database there, or a --db that names none: nothing to act on
        print(f"kolcrm: {exc}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    raise ValueError(f"not a backup command: {args.command!r}")


def _backup(db_path: Path) -> int:
    from kolcrm.exchange import backup  # imported when a command runs, not when `kolcrm` starts

    if not db_path.is_file():
        print(
            "kolcrm: " + i18n.translate("CLI", "there is no database at {path} to back up").format(path=db_path),
            file=sys.stderr,
        )
        return EXIT_CANNOT_OPEN
    try:
        path = backup.backup_now(db_path, "manual")
    except backup.BackupError as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return EXIT_CANNOT_OPEN  # no backup was made: refused, as the exit-code rule says
    print(i18n.translate("CLI", "Backed up to {path}").format(path=path))
    return EXIT_OK


def _restore(file: Path, db_path: Path) -> int:
    from kolcrm.core.store.db import close_database
    from kolcrm.exchange import backup, restore  # imported when a command runs, not when `kolcrm` starts

    try:
        result = restore.restore_backup(file, db_path)
    except backup.BackupError as exc:  # refused or failed: either way the database is as it was (exit 2)
        print(f"kolcrm: {exc}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    finally:
        close_database()
    print(i18n.translate("CLI", "Restored {file} into {database}").format(file=file, database=result.database))
    if result.replaced is not None:
        print(i18n.translate("CLI", "The previous database was kept as {path}").format(path=result.replaced))
    return EXIT_OK


def _check(db_path: Path) -> int:
    from kolcrm.exchange import database_check  # imported when a command runs, not when `kolcrm` starts

    try:
        report = database_check.check_database(db_path)
    except DatabaseOpenError as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    print(report.text())
    return EXIT_OK if report.ok else EXIT_PROBLEMS
