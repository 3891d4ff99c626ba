"""The command line: `kolcrm` opens the app; subcommands are thin wrappers over the same core services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kolcrm import __version__
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store.paths import resolve_database_path
from kolcrm.core.vocabulary import Stage


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kolcrm", description="A desktop CRM for KOL relationships.")
    parser.add_argument("--version", action="version", version=f"kolcrm {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $KOLCRM_DB or the user data dir)")
    parser.add_argument("--demo", action="store_true", help="open the app on a demo database, created on first use")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill a database with realistic demo KOLs")
    demo.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    demo.add_argument("--kols", type=_positive_int, default=80, metavar="N", help="how many KOLs (default 80)")
    demo.add_argument("--seed", type=int, default=7, help="random seed, for repeatable data")

    deals = commands.add_parser("deals", help="list collaborations (tab-separated), e.g. the overdue ones")
    deals.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    deals.add_argument("--stage", choices=[stage.value for stage in Stage], help="only deals in this stage")
    deals.add_argument("--overdue", action="store_true", help="only deals with a payment past due and unpaid")

    contract = commands.add_parser("contract", help="generate the contract PDF of one collaboration")
    contract.add_argument("id", type=_positive_int, metavar="ID", help="collaboration id (see `kolcrm deals`)")
    contract.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    contract.add_argument("--lang", choices=("zh", "en", "both"), default="both", help="language (default both)")
    contract.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")

    batch = commands.add_parser("contracts", help="generate the contracts of every deal in a stage into a folder")
    batch.add_argument(
        "--stage", choices=[stage.value for stage in Stage], default="contracted", help="(default contracted)"
    )
    batch.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the PDFs (created if missing)")
    batch.add_argument("--lang", choices=("zh", "en", "both"), default="both", help="language (default both)")
    batch.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    from kolcrm.cli import backup as cli_backup
    from kolcrm.cli import exports as cli_export
    from kolcrm.cli import imports as cli_import

    cli_import.add_parser(commands)
    cli_export.add_parser(commands)
    cli_backup.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args)
        if args.command == "deals":
            return _deals(args)
        if args.command == "contract":
            return _contract(args)
        if args.command == "contracts":
            return _contracts(args)
        from kolcrm.cli import backup as cli_backup
        from kolcrm.cli import exports as cli_export
        from kolcrm.cli import imports as cli_import

        if args.command == "import":
            return cli_import.run(args)
        if args.command == "export":
            return cli_export.run(args)
        if args.command in cli_backup.COMMANDS:
            return cli_backup.run(args)
        return _open_gui(args)
    except DatabaseOpenError as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kolcrm: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130


def _demo(args: argparse.Namespace) -> int:
    from kolcrm.core.demo.kols import populate_demo
    from kolcrm.core.store.db import close_database, open_database

    path = open_database(resolve_database_path(args.db))

    def progress(done: int, total: int) -> None:
        if total >= 5000:
            print(f"\r  {done:,} / {total:,} KOLs", end="", file=sys.stderr, flush=True)

    from kolcrm.core.store.db import database

    def deal_count() -> int:
        return database.execute_sql("SELECT count(*) FROM collaboration").fetchone()[0]

    try:
        deals_before = deal_count()
        populate_demo(args.kols, seed=args.seed, progress=progress)
        deals_added = deal_count() - deals_before
    finally:
        close_database()
    if args.kols >= 5000:
        print(file=sys.stderr)
    also = f" and {deals_added} collaborations" if deals_added else ""
    print(f"Added {args.kols:,} demo KOLs{also} to {path}")
    return 0


def _deals(args: argparse.Namespace) -> int:
    from kolcrm.core.collaborations.list_query import DealFilter, list_deals
    from kolcrm.core.numbers import format_money
    from kolcrm.core.store.db import close_database, open_database

    open_database(resolve_database_path(args.db))
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
        print("\t".join(str(cell).replace("\t", " ").replace("\n", " ") for cell in cells))
    return 0


def _contract(args: argparse.Namespace) -> int:
    from kolcrm.contracts.service import ContractWriteError, generate_contract
    from kolcrm.core.errors import NotFoundError, ValidationError
    from kolcrm.core.store.db import close_database, open_database

    open_database(resolve_database_path(args.db))
    try:
        version = generate_contract(args.id, Path(args.output), args.lang)
    except (NotFoundError, ValidationError, ContractWriteError) as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return 2
    finally:
        close_database()
    print(f"Wrote {version.number} ({version.size:,} bytes, sha256 {version.sha256[:12]}…) to {version.file_path}")
    return 0


def _contracts(args: argparse.Namespace) -> int:
    from kolcrm.contracts.service import ContractWriteError, export_contracts, ids_in_stage
    from kolcrm.core.store.db import close_database, open_database

    open_database(resolve_database_path(args.db))

    def progress(done: int, total: int) -> None:
        print(f"\r  {done:,} / {total:,} contracts", end="", file=sys.stderr, flush=True)

    try:
        ids = ids_in_stage(Stage(args.stage))
        result = export_contracts(ids, Path(args.output), args.lang, progress=progress)
    except ContractWriteError as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return 2
    finally:
        close_database()
    print(file=sys.stderr)
    print(f"Wrote {len(result.written):,} contracts to {Path(args.output).absolute()}")
    for collaboration_id, title, reason in result.failed:
        print(f"kolcrm: #{collaboration_id} {title}: {reason}", file=sys.stderr)
    return 1 if result.failed else 0


def _open_gui(args: argparse.Namespace) -> int:
    from kolcrm.app import run_app  # Qt is imported only when a window is wanted

    return run_app(resolve_database_path(args.db, demo=args.demo), demo=args.demo)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
