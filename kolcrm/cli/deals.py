"""`kolcrm deals`: collaborations as tab-separated lines, filtered by stage or to the overdue ones; `kolcrm conflicts`:
the exclusivity conflicts between them (core/collaborations/conflicts.py) that have not ended."""

from __future__ import annotations

import argparse

from kolcrm.cli.arguments import Subcommands
from kolcrm.cli.book import add_book_options, existing_database
from kolcrm.core.vocabulary import Stage

COMMANDS = ("deals", "conflicts")
CONFLICT_COLUMNS = (
    "kol", "deal_id", "deal", "brand", "other_deal_id", "other_deal", "other_brand", "kind", "category", "from", "to"
)  # fmt: skip


def add_parser(commands: Subcommands) -> None:
    deals = commands.add_parser("deals", help="list collaborations (tab-separated), e.g. the overdue ones")
    add_book_options(deals)
    deals.add_argument("--stage", choices=[stage.value for stage in Stage], help="only deals in this stage")
    deals.add_argument("--overdue", action="store_true", help="only deals with a payment past due and unpaid")
    found = commands.add_parser(
        "conflicts", help="list exclusivity conflicts between deals that have not ended (tab-separated)"
    )
    add_book_options(found)


def _cells(cells: tuple[object, ...]) -> str:
    return "\t".join(str(cell).replace("\t", " ").replace("\n", " ") for cell in cells)


def run(args: argparse.Namespace) -> int:
    return _conflicts(args) if args.command == "conflicts" else _deals(args)


def _conflicts(args: argparse.Namespace) -> int:
    from kolcrm.core import clock
    from kolcrm.core.collaborations.conflicts import current_conflicts
    from kolcrm.core.store.db import close_database, open_database

    open_database(existing_database(args))
    try:
        found = current_conflicts(clock.today())
    finally:
        close_database()
    print("\t".join(CONFLICT_COLUMNS))
    for c in found:
        print(_cells((c.deal.kol_name, c.deal.id, c.deal.title, c.deal.brand_name, c.other.id, c.other.title,
                      c.other.brand_name, c.kind.value, c.shared, c.starts_on.isoformat(), c.ends_on.isoformat())))  # fmt: skip
    return 0


def _deals(args: argparse.Namespace) -> int:
    from kolcrm.core.collaborations.list_query import DealFilter, list_deals
    from kolcrm.core.numbers import format_money
    from kolcrm.core.store.db import close_database, open_database

    open_database(existing_database(args))  # listing never creates an empty book to list nothing from
    try:
        rows = list_deals(DealFilter(stage=Stage(args.stage) if args.stage else None, overdue_only=args.overdue))
    finally:
        close_database()
    print("id\tstage\tbrand\tkol\ttitle\tagreed\tpaid\tflags")
    for row in rows:
        flags = ",".join(
            flag
            for flag, on in (("first", row.is_first), ("overdue", row.overdue), ("unlabelled", row.unlabelled))
            if on
        )
        agreed = format_money(row.agreed_fee, row.currency) if row.agreed_fee is not None else ""
        cells = (row.id, row.stage.value, row.brand_name, row.kol_name, row.title, agreed,
                 format_money(row.paid, row.currency), flags)  # fmt: skip
        print(_cells(cells))
    return 0
