"""`kolcrm export {csv,xlsx,vcf,ics,json,handover} -o FILE [--db PATH] [--kol ID]`: thin wrappers over the exports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kolcrm.cli.arguments import Subcommands
from kolcrm.cli.book import add_book_options, existing_database
from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError, NotFoundError, ValidationError

KINDS = ("csv", "xlsx", "vcf", "ics", "json", "handover")


COMMANDS = ("export",)


def add_parser(commands: Subcommands) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        "export",
        help="export KOLs (csv, xlsx), contacts (vcf), the schedule (ics), JSON, or a handover package",
        description="Export KOLs. json: one KOL with --kol, every KOL as a list without it. "
        "handover: one file holding the KOL book, restored elsewhere with `kolcrm import FILE`.",
    )
    parser.add_argument("kind", choices=KINDS, help="what to write")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write it")
    add_book_options(parser)
    parser.add_argument(
        "--kol", type=int, action="append", metavar="ID", help="only this KOL (repeat for several; default all)"
    )
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help="handover: encrypt the package (always done when the database is encrypted); the passphrase comes from "
        "KOLCRM_PACKAGE_PASSPHRASE, else the database's own, else it is asked twice",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Exit 0 written; 2 refused, nothing written (no database there, an unknown --kol, a path that cannot be
    written). An export has no partial outcome: it writes every KOL asked for or no file."""
    from kolcrm.core.store.db import close_database, open_database

    output = Path(args.output).expanduser()
    path = existing_database(args)  # an export never creates an empty book to export from
    try:
        open_database(path)
    except DatabaseOpenError as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return 2
    passphrase = None
    if args.kind == "handover" and getattr(args, "encrypt", False):
        from kolcrm.cli.encryption import ask_new_passphrase
        from kolcrm.exchange.handover.sealing import passphrase_for_sealing

        passphrase = passphrase_for_sealing() or ask_new_passphrase(output, "KOLCRM_PACKAGE_PASSPHRASE")
        if passphrase is None:
            close_database()
            return 2
    try:
        message = _export(args.kind, output, args.kol, passphrase)
    except (NotFoundError, ValidationError) as exc:
        print(f"kolcrm: {exc.message if isinstance(exc, ValidationError) else exc}", file=sys.stderr)
        return 2
    finally:
        close_database()
    print(message)
    return 0


def _export(kind: str, output: Path, kol_ids: list[int] | None, passphrase: str | None = None) -> str:
    from kolcrm.core.kols import erase
    from kolcrm.exchange.exports import calendar as export_calendar
    from kolcrm.exchange.exports import contacts as export_contacts
    from kolcrm.exchange.exports import kol_json
    from kolcrm.exchange.exports import tables as export_tables
    from kolcrm.exchange.handover import service as handover

    if kol_ids is not None:
        for kol_id in kol_ids:  # an unknown id is refused before any file is written
            erase.erasure_preview(kol_id)
    if kind == "json":

        def write(temp: Path, _progress: object, _cancelled: object) -> int:
            ids = kol_ids if kol_ids is not None else kol_json.all_kol_ids()
            data = (
                kol_json.kol_as_json(ids[0])
                if kol_ids is not None and len(ids) == 1
                else [kol_json.kol_as_json(kol_id) for kol_id in ids]
            )
            temp.write_text(kol_json.to_json_text(data) + "\n", encoding="utf-8")
            return len(ids)

        result = export_tables.run_export(output, write, None, lambda: False)
        count = result.count  # a plain name: lupdate drops a call whose count is an expression
        return i18n.translate("CLI", "Wrote %n KOLs as JSON to {path}", None, count).format(path=result.path)
    if kind in ("csv", "xlsx", "vcf"):
        exporter = {
            "csv": export_tables.export_csv,
            "xlsx": export_tables.export_xlsx,
            "vcf": export_contacts.export_vcards,
        }[kind]
        result = exporter(output, kol_ids=kol_ids)
        count = result.count
        if kind == "vcf":
            wrote = i18n.translate("CLI", "Wrote %n contact cards to {path}", None, count)
        else:
            wrote = i18n.translate("CLI", "Wrote %n KOLs to {path}", None, count)
        return wrote.format(path=result.path)
    if kind == "ics":
        result = export_calendar.export_calendar(output, kol_ids=kol_ids)
        count = result.count
        return i18n.translate("CLI", "Wrote %n calendar entries to {path}", None, count).format(path=result.path)
    from kolcrm.exchange.handover.sealing import passphrase_for_sealing

    sealed = passphrase_for_sealing(passphrase) is not None
    result = handover.export_handover(output, kol_ids, passphrase=passphrase)
    count = result.count
    if sealed:
        return i18n.translate(
            "CLI",
            "Wrote an encrypted handover package of %n KOLs to {path}; importing it needs its passphrase",
            None,
            count,
        ).format(path=result.path)
    return i18n.translate("CLI", "Wrote a handover package of %n KOLs to {path}", None, count).format(path=result.path)
