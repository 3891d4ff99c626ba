"""`kolcrm contract ID` and `kolcrm contracts --stage`: bilingual contract PDFs, one deal or a whole stage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kolcrm.cli.arguments import Subcommands, positive_int
from kolcrm.cli.book import add_book_options, existing_database
from kolcrm.core import i18n
from kolcrm.core.vocabulary import Stage

COMMANDS = ("contract", "contracts")


def add_parser(commands: Subcommands) -> None:
    contract = commands.add_parser("contract", help="generate the contract PDF of one collaboration")
    contract.add_argument("id", type=positive_int, metavar="ID", help="collaboration id (see `kolcrm deals`)")
    contract.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    contract.add_argument("--lang", choices=("zh", "en", "both"), default="both", help="language (default both)")
    add_book_options(contract)

    batch = commands.add_parser("contracts", help="generate the contracts of every deal in a stage into a folder")
    batch.add_argument(
        "--stage", choices=[stage.value for stage in Stage], default="contracted", help="(default contracted)"
    )
    batch.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the PDFs (created if missing)")
    batch.add_argument("--lang", choices=("zh", "en", "both"), default="both", help="language (default both)")
    add_book_options(batch)


def run(args: argparse.Namespace) -> int:
    return _contract(args) if args.command == "contract" else _contracts(args)


def _contract(args: argparse.Namespace) -> int:
    from kolcrm.contracts.service import ContractWriteError, generate_contract
    from kolcrm.core.errors import NotFoundError, ValidationError
    from kolcrm.core.store.db import close_database, open_database

    open_database(existing_database(args))  # a contract is drafted from a book: never create an empty one
    try:
        version = generate_contract(args.id, Path(args.output), args.lang)
    except (NotFoundError, ValidationError, ContractWriteError) as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return 2
    finally:
        close_database()
    print(
        i18n.translate("CLI", "Wrote {number} ({size} bytes, sha256 {sha}…) to {path}").format(
            number=version.number, size=f"{version.size:,}", sha=version.sha256[:12], path=version.file_path
        )
    )
    return 0


def _contracts(args: argparse.Namespace) -> int:
    from kolcrm.contracts.service import ContractWriteError, export_contracts, ids_in_stage
    from kolcrm.core.store.db import close_database, open_database

    open_database(existing_database(args))  # a contract is drafted from a book: never create an empty one

    def progress(done: int, total: int) -> None:
        counted = i18n.translate("CLI", "{done} / {total} contracts").format(done=f"{done:,}", total=f"{total:,}")
        print(f"\r  {counted}", end="", file=sys.stderr, flush=True)

    try:
        ids = ids_in_stage(Stage(args.stage))
        result = export_contracts(ids, Path(args.output), args.lang, progress=progress)
    except ContractWriteError as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return 2
    finally:
        close_database()
    print(file=sys.stderr)
    written = len(result.written)
    print(
        i18n.translate("CLI", "Wrote %n contracts to {path}", None, written).format(path=Path(args.output).absolute())
    )
    for collaboration_id, title, reason in result.failed:
        print(f"kolcrm: #{collaboration_id} {title}: {reason}", file=sys.stderr)
    return 1 if result.failed else 0
