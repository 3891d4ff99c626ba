"""`kolcrm import FILE`: the same dry run and import as the wizard, printed; exit 2 unreadable, 1 row errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kolcrm.cli.arguments import Subcommands
from kolcrm.exchange.imports.reading import ImportFileError

COMMANDS = ("import",)


def add_parser(commands: Subcommands) -> argparse.ArgumentParser:
    """Register `import` on the CLI's subparsers object."""
    parser = commands.add_parser(
        "import",
        help="import KOLs from a CSV/XLSX file (or a handover package)",
        description="Import KOLs and their platform accounts. Rows matching a KOL already here by platform and"
        " handle update it; rows with errors are listed (line, column, reason) and skipped.",
    )
    parser.add_argument("file", metavar="FILE", help="a .csv (UTF-8 or GB18030; comma, semicolon or tab) or .xlsx")
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    parser.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='column → field, as JSON or a JSON file: {"昵称": "display_name", "粉丝数": "followers"}'
        " (default: guessed from the headers)",
    )
    parser.add_argument("--strict", action="store_true", help="import nothing when any row has an error")
    return parser


def run(args: argparse.Namespace) -> int:
    from kolcrm.core.errors import DatabaseOpenError, ValidationError
    from kolcrm.exchange.handover.package import is_handover

    path = Path(args.file)
    try:
        if is_handover(path):
            return _import_handover(args, path)
        return _import_sheet(args, path)
    except (ImportFileError, ValidationError) as exc:  # HandoverError is a ValidationError
        _end_progress()
        print(f"kolcrm: {exc}", file=sys.stderr)
        return 2
    except DatabaseOpenError as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return 2


def _import_sheet(args: argparse.Namespace, path: Path) -> int:
    from kolcrm.core.store.db import close_database, open_database
    from kolcrm.core.store.paths import resolve_database_path
    from kolcrm.exchange.imports.importer import apply_import, format_report, plan_import
    from kolcrm.exchange.imports.mapping import guess_mapping, load_mapping
    from kolcrm.exchange.imports.reading import read_table

    table = read_table(path)  # before the database: an unreadable file should not create one
    mapping = load_mapping(args.mapping) if args.mapping else guess_mapping(table.headers)
    print(f"{path.name}: {table.describe()}, {len(table.rows):,} rows", file=sys.stderr)
    if not args.mapping:
        shown = ", ".join(f"{header} → {field}" for header, field in mapping.items() if field)
        print(f"Mapping (guessed): {shown}", file=sys.stderr)
    open_database(resolve_database_path(getattr(args, "db", None)))
    try:
        plan = plan_import(table, mapping, progress=_progress)
        _end_progress()
        if args.dry_run:
            print(format_report(plan))
        else:
            result = apply_import(plan, progress=_progress, strict=args.strict)
            _end_progress()
            print(format_report(plan, result))
    finally:
        close_database()
    return 1 if plan.errors else 0


def _import_handover(args: argparse.Namespace, path: Path) -> int:
    from kolcrm.core.store.db import close_database, open_database
    from kolcrm.core.store.paths import resolve_database_path
    from kolcrm.exchange.handover import service as handover

    if args.dry_run:
        print(f"{path.name} is a handover package: it is imported whole (use it without --dry-run)")
        return 0
    open_database(resolve_database_path(getattr(args, "db", None)))
    try:
        summary = handover.import_handover(path, progress=_progress)
    finally:
        close_database()
        _end_progress()
    print("\n".join(summary.lines()))
    return 0


_shown = False


def _progress(done: int, total: int) -> None:
    global _shown
    if total >= 5000:
        _shown = True
        print(f"\r  {done:,} / {total:,} rows", end="", file=sys.stderr, flush=True)


def _end_progress() -> None:
    global _shown
    if _shown:
        print(file=sys.stderr)
        _shown = False
