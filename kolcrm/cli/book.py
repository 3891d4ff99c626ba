"""Which database a command uses: --db, --demo, $KOLCRM_DB or the default file, told on stderr.

Every command that reads or writes a book takes the same two options and asks this module for its file, so the
choice and the line naming it ("kolcrm: using …") live once. The line goes to stderr: stdout stays the command's
output, tab-separated for `kolcrm deals`, ready for a pipe.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store.paths import demo_database_path, resolve_location
from kolcrm.core.store.server import mask_password


def add_book_options(parser: argparse.ArgumentParser) -> None:
    """--db and --demo on a command. SUPPRESS: given before the command (`kolcrm --demo deals`), they still count."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="use the demo database, the one `kolcrm --demo` opens",
    )


def conflict(args: argparse.Namespace) -> str | None:
    """The usage error of naming two databases at once (--db and --demo), or None."""
    if getattr(args, "db", None) and getattr(args, "demo", False):
        return i18n.translate("CLI", "--demo and --db name two different databases: give one of them")
    return None


def chosen_database(args: argparse.Namespace) -> Path:
    """The file a command writes to, which it may create (demo, import, restore); named on stderr. A team's
    postgresql:// URL is returned as it was given (typed Path for the commands that only hand it to
    open_database: it accepts either)."""
    path = _resolve(args)
    _say(i18n.translate("CLI", "using {path}").format(path=_shown(path)))
    return path  # type: ignore[return-value]


def existing_database(args: argparse.Namespace) -> Path:
    """The file a command reads or changes, named on stderr. One that is not there is refused (DatabaseOpenError:
    exit 2) rather than created empty, since there would be nothing to act on. A team's URL: as chosen_database."""
    location = _resolve(args)
    if isinstance(location, str):
        return chosen_database(args)
    path = location
    demo = _demo_beside(args)
    if not path.exists():
        if getattr(args, "demo", False):
            message = i18n.translate(
                "CLI", "there is no demo database yet at {path}: `kolcrm --demo` or `kolcrm demo --demo` creates it"
            )
        elif demo is not None:
            message = i18n.translate("CLI", "there is no database at {path}; the demo book is at {demo} — use --demo")
        else:
            message = i18n.translate("CLI", "there is no database at {path}")
        raise DatabaseOpenError(message.format(path=path, demo=demo))
    if demo is not None and _has_no_kols(path):
        # The first thing a new user tries after `kolcrm --demo`: their own book is still empty.
        _say(
            i18n.translate("CLI", "using {path} (empty; the demo book is at {demo} — use --demo)").format(
                path=path, demo=demo
            )
        )
    else:
        _say(i18n.translate("CLI", "using {path}").format(path=path))
    return path


def _resolve(args: argparse.Namespace) -> Path | str:
    return resolve_location(getattr(args, "db", None), demo=getattr(args, "demo", False))


def _shown(location: Path | str) -> str:
    return mask_password(location) if isinstance(location, str) else str(location)


def _say(line: str) -> None:
    print("kolcrm: " + line, file=sys.stderr, flush=True)


def _demo_beside(args: argparse.Namespace) -> Path | None:
    """The demo book, when the command uses the default one (no --db, no --demo) and a demo book exists."""
    if getattr(args, "db", None) or getattr(args, "demo", False):
        return None
    demo = demo_database_path()
    return demo if demo.is_file() else None


def _has_no_kols(path: Path) -> bool:
    """A readable kolcrm book without a single KOL. Read before the command connects (TRAPS: closing a second
    descriptor on a file this process has open drops its locks); unreadable, encrypted or foreign: not "empty"."""
    try:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("SELECT 1 FROM kol LIMIT 1").fetchone() is None
    except sqlite3.Error:
        return False
    finally:
        conn.close()
