"""Argument types and options shared by the command families."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TypeAlias

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError

# The object `parser.add_subparsers()` returns, on which each command family registers its commands. Quoted:
# argparse's class is generic only in its type stubs, not at run time.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            i18n.translate("CLI", "“{text}” is not a whole number").format(text=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(i18n.translate("CLI", "must be at least 1"))
    return value


def existing_database(db_option: str | None) -> Path:
    """The database a command reads or changes (--db, KOLCRM_DB or the default); one that is not there is refused
    (DatabaseOpenError: exit 2) rather than created empty, since there would be nothing to act on."""
    from kolcrm.core.store.paths import resolve_database_path

    path = resolve_database_path(db_option)
    if not path.exists():
        raise DatabaseOpenError(i18n.translate("CLI", "there is no database at {path}").format(path=path))
    return path
