"""`kolcrm erase KOL_ID`: remove a KOL permanently, from every table, the search index and the file's free space.

Without --yes it shows what goes and asks on a terminal; it refuses (exit 2, nothing erased) when nobody can
answer or the answer is no, as for no database at the path or no KOL with that id.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kolcrm.cli.arguments import Subcommands, positive_int
from kolcrm.cli.book import add_book_options, existing_database
from kolcrm.core import i18n

if TYPE_CHECKING:
    from kolcrm.core.kols.erase import ErasurePreview

COMMANDS = ("erase",)


def add_parser(commands: Subcommands) -> None:
    erase = commands.add_parser(
        "erase",
        help="erase a KOL permanently, with every deal, note and search entry (cannot be undone)",
        description="Remove the KOL and everything tied to them from every table and the search index, then"
        " overwrite the freed space in the database file, so none of their text is left in it. Generated contract"
        " PDFs stay on disk and are listed.",
    )
    erase.add_argument("kol_id", metavar="KOL_ID", type=positive_int, help="the KOL's id")
    erase.add_argument("--yes", action="store_true", help="erase without asking")
    add_book_options(erase)


def run(args: argparse.Namespace) -> int:
    from kolcrm.core.errors import NotFoundError
    from kolcrm.core.kols import erase
    from kolcrm.core.store.db import close_database, open_database

    path = existing_database(args)  # an id in a file that is not there: create none
    open_database(path)
    try:
        try:
            preview = erase.erasure_preview(args.kol_id)
        except NotFoundError as exc:
            print(f"kolcrm: {exc}", file=sys.stderr)
            return 2
        if not args.yes:
            print(_what_goes(preview))
            if not sys.stdin.isatty():
                message = i18n.translate(
                    "Erase", "nothing erased: run it again with --yes to erase without being asked"
                )
                print("kolcrm: " + message, file=sys.stderr)
                return 2
            question = i18n.translate("Erase", "Erase {name} (KOL #{id}) permanently? This cannot be undone. [y/N] ")
            try:
                answer = input("\n" + question.format(name=preview.display_name, id=preview.kol_id))
            except EOFError:  # Ctrl+D is no answer, so no
                answer = ""
            if answer.strip().casefold() not in ("y", "yes", "是", "好"):
                print(i18n.translate("Erase", "Nothing erased."))
                return 2
        erased = erase.erase_kol_everywhere(args.kol_id)
        print(i18n.translate("Erase", "Erased {name} (KOL #{id}).").format(name=erased.display_name, id=erased.kol_id))
        print(_what_goes(erased, done=True))
        if erased.traces_left:
            print("kolcrm: " + erased.traces_left, file=sys.stderr)
        else:
            print(i18n.translate("Erase", "None of their text is left in the database files."))
        backups = _backups_note(path)
        if backups:
            print(backups)
        return 0
    finally:
        close_database()


def _backups_note(path: Path) -> str:
    """Copies of the book made before the erase still hold the KOL: erase cannot reach into them, the user can."""
    from kolcrm.exchange.backup import backups_folder, list_backups

    count = len(list_backups(path))
    if not count:
        return ""
    return i18n.translate(
        "Erase", "Backups made before the erase may still hold them: %n in {folder}.", None, count
    ).format(folder=backups_folder(path))


def _what_goes(preview: ErasurePreview, done: bool = False) -> str:
    from kolcrm.core.kols.erase import count_phrases

    parts = ", ".join(count_phrases(preview)) or i18n.translate("Erase", "no other records")
    if done:
        lines = [i18n.translate("Erase", "Removed with them: {records}.").format(records=parts)]
    else:
        lines = [
            i18n.translate("Erase", "Erase: {name} (KOL #{id})").format(name=preview.display_name, id=preview.kol_id),
            i18n.translate("Erase", "Goes with them: {records}.").format(records=parts),
        ]
    files = preview.contract_files
    if files:
        count = len(files)
        lines.append(
            i18n.translate(
                "Erase", "%n generated contract PDFs stay on disk; delete them yourself if needed:", None, count
            )
        )
        lines.extend(f"  {path}" for path in files)
    return "\n".join(lines)
