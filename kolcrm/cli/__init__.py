"""The command line: `kolcrm` opens the app; subcommands are thin wrappers over the same core services.

One module per command family (demo, deals, contracts, imports, exports, backup, merge, erase, encryption, team),
each with its COMMANDS, `add_parser(commands)` and `run(args)`. They import their services when a command runs, so
opening the app through `kolcrm` pays for none of them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from kolcrm import __version__
from kolcrm.cli import backup, book, contracts, deals, demo, encryption, erase, exports, imports, merge, team
from kolcrm.cli.arguments import Subcommands
from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store.paths import resolve_location


class CommandFamily(Protocol):
    """What each module of FAMILIES provides (a module matches a Protocol by its top-level names)."""

    @property
    def COMMANDS(self) -> tuple[str, ...]: ...

    def add_parser(self, commands: Subcommands) -> object: ...

    def run(self, args: argparse.Namespace) -> int: ...


FAMILIES: tuple[CommandFamily, ...] = (demo, deals, contracts, imports, exports, backup, merge, erase, encryption, team)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kolcrm", description="A desktop CRM for KOL relationships.")
    parser.add_argument("--version", action="version", version=f"kolcrm {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $KOLCRM_DB or the user data dir)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="the demo database: the app opens it (created on first use), a command uses it",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for family in FAMILIES:
        family.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _run(argv)
        finally:  # inside the try: a pipe closed early shows here, not in the interpreter's own flush at exit
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        # Whoever read our output went away (`kolcrm … | head -1`): end quietly, as a `cat` would. Python's
        # docs: point stdout at devnull, so the flush at exit does not fail once more.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 141  # 128 + SIGPIPE: what the shell reports for a command that pipe ended


# Exit codes, the same for every command (README, Command line): 0 done; 1 done, with some items refused (and
# listed); 2 refused, nothing done (a usage error, a file or database that cannot be used, an unknown id).
EXIT_DONE, EXIT_SOME_REFUSED, EXIT_REFUSED = 0, 1, 2

# How long a command waits for another program writing to the same database before it gives up (exit 2).
WRITE_WAIT_SECONDS = 60.0


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    two_books = book.conflict(args)
    if two_books:
        _speak_chosen_language()
        parser.error(two_books)  # exit 2, as any usage error
    try:
        for family in FAMILIES:
            if args.command in family.COMMANDS:
                _speak_chosen_language()
                _ask_passphrases_on_the_terminal()
                with _waiting_for_other_writers():
                    return family.run(args)
        return _open_app(args)
    except DatabaseOpenError as exc:  # DatabaseBusyError too: another writer kept the file past the wait
        print(f"kolcrm: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("kolcrm: " + i18n.translate("CLI", "interrupted; nothing half-written was kept"), file=sys.stderr)
        return 130
    except Exception as exc:
        from kolcrm.core.store.db import is_busy

        if not is_busy(exc):
            raise
        # A statement outside any transaction outwaited too: one line, never a traceback.
        message = i18n.translate("CLI", "another program kept the database busy; try again when it has finished")
        print("kolcrm: " + message, file=sys.stderr)
        return EXIT_REFUSED


def _waiting_for_other_writers() -> AbstractContextManager[None]:
    """Commands wait for another kolcrm's write (an import, the app saving) instead of failing; KOLCRM_WRITE_WAIT
    (seconds) shortens or lengthens the wait."""
    from kolcrm.core.store.db import waiting_for_other_writers

    try:
        seconds = float(os.environ.get("KOLCRM_WRITE_WAIT", "") or WRITE_WAIT_SECONDS)
    except ValueError:
        seconds = WRITE_WAIT_SECONDS

    def tell() -> None:
        print(
            i18n.translate("CLI", "Another kolcrm is writing to this database; waiting…"), file=sys.stderr, flush=True
        )

    return waiting_for_other_writers(max(seconds, 0.0), tell)


def _ask_passphrases_on_the_terminal() -> None:
    """An encrypted book without KOLCRM_PASSPHRASE or a keychain entry: its passphrase is asked on the terminal."""
    from kolcrm.core.store import passphrases

    # Without a terminal nobody is asked: the refusal then says to set KOLCRM_PASSPHRASE (exit 2).
    passphrases.set_asker(encryption.TerminalAsker() if encryption.interactive() else None)
    if encryption.interactive():  # a team server's password neither in the URL nor in ~/.pgpass or PGPASSWORD
        from kolcrm.core.store import team as server_books

        server_books.set_password_asker(team.ask_server_password)


def _speak_chosen_language() -> None:
    """Messages and summaries in the language of KOLCRM_LANG or Preferences (QtCore only, no display needed)."""
    from kolcrm.language import chosen_language, install_for_cli

    install_for_cli(chosen_language())


def _open_app(args: argparse.Namespace) -> int:
    from kolcrm.app import run_app  # Qt is imported only when a window is wanted

    return run_app(resolve_location(args.db, demo=args.demo), demo=args.demo)  # type: ignore[arg-type]
