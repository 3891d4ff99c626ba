"""`kolcrm copy SOURCE TARGET` (a whole book between a file and a team's server, either way) and `kolcrm kols`
(the KOL list as tab-separated lines, with the GUI list's search: for scripts, and for checking that a file and
a server answer alike)."""

from __future__ import annotations

import argparse
import sys

from kolcrm.cli.arguments import Subcommands
from kolcrm.cli.book import add_book_options, existing_database
from kolcrm.core import i18n
from kolcrm.core.store.server import ServerBook

COMMANDS = ("copy", "kols")
KOLS_PAGE = 500


def add_parser(commands: Subcommands) -> None:
    copy = commands.add_parser(
        "copy", help="copy a whole book into an empty database: a file ↔ postgresql://user@host/db"
    )
    copy.add_argument("source", help="a kolcrm file, or a team database's postgresql:// URL")
    copy.add_argument("target", help="a new file, or the postgresql:// URL of an empty database")
    kols = commands.add_parser("kols", help="list KOLs (tab-separated), as the app's list shows them")
    add_book_options(kols)
    kols.add_argument("--search", metavar="TEXT", default="", help="the list's search (names, handles, notes…)")


def ask_server_password(book: ServerBook) -> str | None:
    """The password of a team server, typed on the terminal (not echoed); None after an empty answer."""
    import getpass

    prompt = i18n.translate("CLI", "Password of {user} for {url}: ").format(user=book.user, url=book)
    try:
        return getpass.getpass(prompt) or None
    except (EOFError, KeyboardInterrupt):
        return None


def run(args: argparse.Namespace) -> int:
    return _copy(args) if args.command == "copy" else _kols(args)


def _copy(args: argparse.Namespace) -> int:
    from kolcrm.exchange.copying import copy_book

    counts = copy_book(args.source, args.target)
    print("table\tsource\ttarget")
    for count in counts:
        print(f"{count.table}\t{count.source}\t{count.target}")
    total = sum(count.target for count in counts)
    print("kolcrm: " + i18n.translate("CLI", "copied {rows} rows in {tables} tables").format(
        rows=total, tables=len(counts)), file=sys.stderr)  # fmt: skip
    return 0


def _kols(args: argparse.Namespace) -> int:
    from kolcrm.core.kols import list_query
    from kolcrm.core.store.db import close_database, open_database

    open_database(existing_database(args))
    try:
        kol_filter = list_query.KolFilter(text=args.search)
        print("id\tname\treal_name\tstatus\ttier\tplatform\tfollowers\tengagement\tlast_contact\tcity")
        after = None
        while True:
            page = list_query.fetch_page(kol_filter, after=after, limit=KOLS_PAGE)
            for row in page:
                cells = (row.id, row.display_name, row.real_name, row.status, row.tier, row.main_platform,
                         row.followers, row.engagement_rate, row.last_contact, row.city)  # fmt: skip
                print("\t".join(str(cell).replace("\t", " ").replace("\n", " ") for cell in cells))
            if len(page) < KOLS_PAGE:
                break
            after = page[-1]
    finally:
        close_database()
    return 0
