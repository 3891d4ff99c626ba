"""`kolcrm encrypt` and `kolcrm decrypt`: thin wrappers over kolcrm.core.store.encryption; and the terminal's way
of asking for a passphrase, which every command uses to open an encrypted book.

The passphrase comes from KOLCRM_PASSPHRASE, else it is asked on the terminal (twice when it is a new one). Without
either (a script, a pipe) the command is refused, exit 2: kolcrm never waits on a prompt nobody can answer.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kolcrm.cli.arguments import Subcommands
from kolcrm.cli.book import add_book_options, existing_database
from kolcrm.core import i18n
from kolcrm.core.store.passphrases import ENVIRONMENT, Answer

COMMANDS = ("encrypt", "decrypt", "passphrase")
NEW_PASSPHRASE = "KOLCRM_NEW_PASSPHRASE"  # `kolcrm passphrase` from a script: the new one (the old: KOLCRM_PASSPHRASE)
EXIT_DONE, EXIT_REFUSED = 0, 2
TRIES = 3  # a terminal asks again after a wrong passphrase, as sudo does, then gives up (exit 2)


def add_parser(commands: Subcommands) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt the database in place (SQLCipher); passphrase from KOLCRM_PASSPHRASE or asked twice."
        " A lost passphrase cannot be recovered",
    )
    add_book_options(encrypt)
    decrypt = commands.add_parser("decrypt", help="turn an encrypted database back into a plain SQLite file")
    add_book_options(decrypt)
    change = commands.add_parser(
        "passphrase",
        help="change the passphrase of an encrypted database (re-encrypts it in place); the current one from"
        " KOLCRM_PASSPHRASE, the keychain or a prompt, the new one from KOLCRM_NEW_PASSPHRASE or asked twice",
    )
    add_book_options(change)


def run(args: argparse.Namespace) -> int:
    path = existing_database(args)  # nothing to convert in a file that is not there
    if args.command == "encrypt":
        return _encrypt(path)
    if args.command == "decrypt":
        return _decrypt(path)
    if args.command == "passphrase":
        return _change(path)
    raise ValueError(f"not an encryption command: {args.command!r}")


def _encrypt(path: Path) -> int:
    from kolcrm.core.store import cipher, encryption
    from kolcrm.exchange.backup import plain_copies

    if not cipher.available():
        return _refuse(
            i18n.translate("CLI", "encrypting needs SQLCipher: install kolcrm[encryption]; nothing was changed")
        )
    if not cipher.is_plain(path):
        return _refuse(
            i18n.translate("CLI", "{path} is already encrypted (or not a kolcrm database); nothing was changed").format(
                path=path
            )
        )
    passphrase = os.environ.get(ENVIRONMENT) or ask_new_passphrase(path)
    if passphrase is None:
        return EXIT_REFUSED
    result = encryption.encrypt_database(path, passphrase)
    print(
        i18n.translate("CLI", "Encrypted {path} ({rows} rows in {tables} tables, checked).").format(
            path=path, rows=result.rows, tables=result.tables
        )
    )
    print(
        i18n.translate(
            "CLI",
            "Keep the passphrase safe: without it nobody, not even kolcrm, can open this database again.",
        )
    )
    copies = plain_copies(path)
    if copies:
        count = len(copies)
        print(
            i18n.translate(
                "CLI",
                "%n earlier copies of this database are not encrypted (backups, and copies kept by a restore or an"
                " upgrade); delete them or keep them somewhere safe:",
                None,
                count,
            )
        )
        for copy in copies:
            print(f"  {copy}")
    return EXIT_DONE


def _decrypt(path: Path) -> int:
    from kolcrm.core.store import encryption, passphrases

    passphrase = passphrases.unlock(path)  # KOLCRM_PASSPHRASE, the keychain, or the terminal; wrong: exit 2
    result = encryption.decrypt_database(path, passphrase)
    print(
        i18n.translate(
            "CLI", "Decrypted {path}: it is a plain SQLite file again ({rows} rows in {tables} tables, checked)."
        ).format(path=path, rows=result.rows, tables=result.tables)
    )
    return EXIT_DONE


def _change(path: Path) -> int:
    from kolcrm.core.store import cipher, encryption, passphrases

    if cipher.is_plain(path):
        return _refuse(
            i18n.translate("CLI", "{path} is not encrypted: use kolcrm encrypt; nothing was changed").format(path=path)
        )
    current = passphrases.unlock(path)  # KOLCRM_PASSPHRASE, the keychain, or the terminal; wrong: exit 2
    new = os.environ.get(NEW_PASSPHRASE) or ask_new_passphrase(path, NEW_PASSPHRASE)
    if new is None:
        return EXIT_REFUSED
    if new == current:
        return _refuse(i18n.translate("CLI", "the new passphrase is the current one; nothing was changed"))
    result = encryption.change_passphrase(path, current, new)
    print(
        i18n.translate("CLI", "Changed the passphrase of {path} ({rows} rows in {tables} tables, checked).").format(
            path=path, rows=result.rows, tables=result.tables
        )
    )
    print(
        i18n.translate(
            "CLI",
            "Backups taken before keep the old passphrase; the keychain, if it remembered the old one, now has the"
            " new one.",
        )
    )
    return EXIT_DONE


def ask_new_passphrase(path: Path, variable: str = ENVIRONMENT) -> str | None:
    """A new passphrase typed twice on the terminal; None (said on stderr) when nobody can type or they differ."""
    if not interactive():
        print(
            "kolcrm: "
            + i18n.translate("CLI", "a passphrase is needed: set {variable}, or run the command in a terminal").format(
                variable=variable
            ),
            file=sys.stderr,
        )
        return None
    first = getpass.getpass(i18n.translate("CLI", "New passphrase for {name}: ").format(name=path.name))
    if not first:
        _refuse(i18n.translate("CLI", "the passphrase cannot be empty; nothing was changed"))
        return None
    second = getpass.getpass(i18n.translate("CLI", "The same passphrase again: "))
    if second != first:
        _refuse(i18n.translate("CLI", "the two passphrases differ; nothing was changed"))
        return None
    return first


class TerminalAsker:
    """passphrases.Asker for the command line: getpass on a terminal, up to TRIES times; nobody on a pipe."""

    def __init__(self) -> None:
        self.asked = 0

    def __call__(self, path: Path, problem: str | None) -> Answer | None:
        if not interactive():
            return None
        if problem is not None:
            print(problem, file=sys.stderr)
        if self.asked >= TRIES:
            return None
        self.asked += 1
        typed = getpass.getpass(i18n.translate("CLI", "Passphrase for {name}: ").format(name=path.name))
        return Answer(typed) if typed else None


def interactive() -> bool:
    """A person at a terminal can answer (getpass would otherwise read a script's input, or wait forever)."""
    return sys.stdin is not None and sys.stdin.isatty()


def _refuse(message: str) -> int:
    print(f"kolcrm: {message}", file=sys.stderr)
    return EXIT_REFUSED
