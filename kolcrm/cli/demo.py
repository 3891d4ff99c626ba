"""`kolcrm demo`: fill a database with realistic demo KOLs (and, on a new one, deals, campaigns and care)."""

from __future__ import annotations

import argparse
import sys

from kolcrm.cli.arguments import Subcommands, positive_int
from kolcrm.cli.book import add_book_options, chosen_database
from kolcrm.core import i18n

COMMANDS = ("demo",)


def add_parser(commands: Subcommands) -> None:
    demo = commands.add_parser("demo", help="fill a database with realistic demo KOLs")
    add_book_options(demo)
    demo.add_argument("--kols", type=positive_int, default=80, metavar="N", help="how many KOLs (default 80)")
    demo.add_argument("--seed", type=int, default=7, help="random seed, for repeatable data")


def run(args: argparse.Namespace) -> int:
    from kolcrm.core.demo.kols import populate_demo
    from kolcrm.core.store.db import close_database, open_database

    path = open_database(chosen_database(args))

    def progress(done: int, total: int) -> None:
        if total >= 5000:
            counted = i18n.translate("CLI", "{done} / {total} KOLs").format(done=f"{done:,}", total=f"{total:,}")
            print(f"\r  {counted}", end="", file=sys.stderr, flush=True)

    from kolcrm.core.store.db import database

    def deal_count() -> int:
        count: int = database.execute_sql("SELECT count(*) FROM collaboration").fetchone()[0]
        return count

    try:
        deals_before = deal_count()
        populate_demo(args.kols, seed=args.seed, progress=progress)
        deals_added = deal_count() - deals_before
    finally:
        close_database()
    if args.kols >= 5000:
        print(file=sys.stderr)
    kols = args.kols  # a plain name: lupdate drops a call whose count is an expression
    if deals_added:
        added = i18n.translate("CLI", "Added %n demo KOLs and {deals} collaborations to {path}", None, kols)
    else:
        added = i18n.translate("CLI", "Added %n demo KOLs to {path}", None, kols)
    print(added.format(deals=f"{deals_added:,}", path=path))
    return 0
