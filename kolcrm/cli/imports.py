"""`kolcrm import FILE`: the same dry run and import as the wizard, printed; exit 1 when cells or rows were dropped,
2 when nothing was imported (an unreadable file, or --strict refusing one with errors)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from kolcrm.cli.arguments import Subcommands
from kolcrm.cli.book import add_book_options, chosen_database
from kolcrm.core import i18n
from kolcrm.exchange.imports.reading import ImportFileError

if TYPE_CHECKING:
    from kolcrm.exchange.imports.plan import ImportResult

COMMANDS = ("import",)


def add_parser(commands: Subcommands) -> argparse.ArgumentParser:
    """Register `import` on the CLI's subparsers object."""
    parser = commands.add_parser(
        "import",
        help="import KOLs from a CSV/XLSX file (or a handover package)",
        description="Import KOLs and their platform accounts. Rows matching a KOL already here by platform and"
        " handle update it. Columns are guessed from headers and values; a column that fits no field is kept (a"
        " metric of the account or a custom field). A cell that cannot be read is listed (line, column, value,"
        " reason) and dropped; the rest of its row is imported. Exit 1 when cells were dropped, 2 when nothing"
        " could be imported.",
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help="a .csv (UTF-8, GB18030/GBK, UTF-16 or Windows-1252; comma, semicolon or tab) or .xlsx",
    )
    add_book_options(parser)
    parser.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='column → field, as JSON or a JSON file: {"昵称": "display_name", "粉丝数": "followers", "序号": ""}'
        ' (columns it leaves out keep their guess; "" skips a column)',
    )
    parser.add_argument(
        "--set",
        metavar="FIELD=VALUE",
        action="append",
        default=[],
        help="a value for every row, e.g. --set platform=bilibili (repeatable; fills the cells a row leaves empty)",
    )
    parser.add_argument(
        "--rates",
        choices=("auto", "fraction", "percent"),
        default="auto",
        help="engagement columns holding plain numbers ≤ 1: 0.052 means 5.2 %% (fraction) or 0.052 %% (percent);"
        " auto reads them as fractions and says so",
    )
    parser.add_argument("--strict", action="store_true", help="import nothing when any cell has an error")
    return parser


def run(args: argparse.Namespace) -> int:
    import peewee

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
    except peewee.OperationalError as exc:
        if "locked" not in str(exc):
            raise
        _end_progress()
        message = i18n.translate(
            "CLI", "another program is writing to this database; nothing was imported, try again when it has finished"
        )
        print("kolcrm: " + message, file=sys.stderr)
        return 2


def _import_sheet(args: argparse.Namespace, path: Path) -> int:
    from kolcrm.core.store.db import (
        close_database,
        file_schema_version,
        open_database,
        open_memory_copy,
        open_memory_database,
    )
    from kolcrm.core.store.migrations import SCHEMA_VERSION
    from kolcrm.exchange.imports.importer import (
        ImportOptions,
        ImportResult,
        check_options,
        format_report,
        plan_import,
        run_import,
    )
    from kolcrm.exchange.imports.mapping import guess, load_mapping, parse_set
    from kolcrm.exchange.imports.reading import read_table

    # Everything that can refuse the file happens before the database: a refused import creates no file.
    table = read_table(path)
    fixed = parse_set(args.set)
    guessed = guess(table.headers, [cells for _line, cells in table.sample_rows])
    mapping = _with_guesses(load_mapping(args.mapping), guessed.mapping()) if args.mapping else guessed.mapping()
    if "platform" not in _fed_keys(mapping):
        fixed = {**guessed.fixed, **fixed}
    fractions: dict[str, bool] = {}
    for column in guessed.columns:
        if column.ask_fraction and args.rates != "percent":
            fractions[column.header] = True
            if args.rates == "auto":
                message = i18n.translate(
                    "CLI",
                    "Column “{header}”: numbers ≤ 1 read as fractions (0.052 = 5.2 %);"
                    " use --rates percent if they are percent already",
                )
                print(message.format(header=column.header), file=sys.stderr)
    options = ImportOptions(mapping, fixed, fractions)
    check_options(options, table.headers)
    print(f"{path.name}: {table.describe()}", file=sys.stderr)
    if not args.mapping:
        shown = ", ".join(f"{header} → {_keys(keys)}" for header, keys in mapping.items() if keys)
        print(i18n.translate("CLI", "Mapping (guessed): {mapping}").format(mapping=shown), file=sys.stderr)
    if fixed:
        values = ", ".join(f"{key}={value}" for key, value in fixed.items())
        print(i18n.translate("CLI", "Fixed for every row: {values}").format(values=values), file=sys.stderr)
    target = chosen_database(args)
    if args.dry_run or (args.strict and not target.exists()):
        # A dry run writes no file: against a file that does not exist yet it plans on an empty book in memory,
        # against a file an older kolcrm wrote on a copy in memory (opening it would upgrade it).
        if not target.exists():
            open_memory_database()
        elif file_schema_version(target) < SCHEMA_VERSION:
            open_memory_copy(target)
        else:
            open_database(target)
        try:
            plan = plan_import(table, options, progress=_progress)
        finally:
            close_database()
        _end_progress()
        if args.dry_run or plan.errors_total:
            if not args.dry_run:
                print(format_report(plan, ImportResult(refused=True, plan=plan)))
                return 2  # --strict refused the file: nothing was written
            print(format_report(plan))
            return 1 if plan.errors_total else 0
    open_database(target)
    try:
        plan, result = run_import(table, options, progress=_progress, strict=args.strict)
        _end_progress()
        print(format_report(plan, result))
        _print_duplicates(result)
    finally:
        close_database()
    if result.refused:
        return 2  # --strict: a dropped cell refuses the whole file, nothing written
    return 1 if plan.errors_total else 0


def _fed_keys(mapping: dict[str, str | list[str]]) -> set[str]:
    return {key for value in mapping.values() for key in ([value] if isinstance(value, str) else value) if key}


def _with_guesses(given: dict[str, str | list[str]], guessed: dict[str, str | list[str]]) -> dict[str, str | list[str]]:
    """--mapping names the columns the user wants to decide; the others keep their guess (nothing is left out
    unless mapped to ""). A guess that would feed a field the user gave another column is kept as text."""
    taken = _fed_keys(given)
    merged: dict[str, str | list[str]] = {}
    for header, value in guessed.items():
        if header in given:
            continue
        keys = [value] if isinstance(value, str) else list(value)
        merged[header] = f"custom:{header}" if set(keys) & taken else value
    merged.update(given)
    return merged


def _keys(keys: str | list[str]) -> str:
    return keys if isinstance(keys, str) else " + ".join(keys)


def _print_duplicates(result: ImportResult) -> None:
    if result.possible_duplicates:
        print(i18n.translate("CLI", "Possible duplicates (kolcrm merge KEEP OTHER):"))
        pair_line = i18n.translate("CLI", "{keep_id} {keep_name} and {other_id} {other_name}: {reason}")
        for pair in result.possible_duplicates:
            print("  " + pair_line.format(
                keep_id=pair.keep_id, keep_name=pair.keep_name, other_id=pair.other_id, other_name=pair.other_name,
                reason=pair.reason,
            ))  # fmt: skip


def _import_handover(args: argparse.Namespace, path: Path) -> int:
    from kolcrm.core.store.db import close_database, open_database
    from kolcrm.exchange.handover import service as handover

    if args.dry_run:
        print(
            i18n.translate(
                "CLI", "{file} is a handover package: it is imported whole (use it without --dry-run)"
            ).format(file=path.name)
        )
        return 0
    open_database(chosen_database(args))
    try:
        summary = _import_sealed_or_not(handover, path)
    finally:
        close_database()
        _end_progress()
    if summary is None:
        return 2
    print("\n".join(summary.lines()))
    return 0


def _import_sealed_or_not(handover: ModuleType, path: Path) -> Any:
    """The package imported; an encrypted one with a passphrase at hand, else asked on a terminal (up to three
    tries, as sudo does). None when no passphrase opened it (said on stderr)."""
    from kolcrm.cli.encryption import TRIES, interactive

    passphrase = None
    for attempt in range(TRIES + 1):
        try:
            return handover.import_handover(path, progress=_progress, passphrase=passphrase)
        except handover.SealError as exc:
            print(f"kolcrm: {exc.message}", file=sys.stderr)
            if attempt == TRIES or not interactive():
                return None
            passphrase = getpass.getpass(i18n.translate("CLI", "Passphrase for {name}: ").format(name=path.name))
            if not passphrase:
                return None
    return None


_shown = False


def _progress(done: int, total: int) -> None:
    global _shown
    if total >= 5000 and sys.stderr.isatty():  # a log file gets the report, not a line per batch
        _shown = True
        rows = i18n.translate("CLI", "{done} / {total} rows").format(done=f"{done:,}", total=f"{total:,}")
        print(f"\r  {rows}", end="", file=sys.stderr, flush=True)


def _end_progress() -> None:
    global _shown
    if _shown:
        print(file=sys.stderr)
        _shown = False
