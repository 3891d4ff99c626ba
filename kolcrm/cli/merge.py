"""`kolcrm merge KEEP OTHER`: two KOLs who are one person become one; `kolcrm duplicates` suggests such pairs.

KEEP and OTHER are KOL ids or accounts written `platform:handle` (`douyin:@lulu`). Without --yes the merge shows
both sides and asks on a terminal; it refuses (exit 1, nothing written) when nobody can answer. Exit 2: an id or
account that is not there, or a pair the merge refuses (the same KOL twice, one in the trash).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kolcrm.cli.arguments import Subcommands, positive_int

if TYPE_CHECKING:
    from kolcrm.core.kols.merge import MergePreview, MergeReceipt, MergeSide

COMMANDS = ("merge", "duplicates")


def add_parser(commands: Subcommands) -> None:
    merge = commands.add_parser(
        "merge",
        help="merge two KOLs who are one person (everything moves to KEEP; OTHER goes to the trash)",
        description="Move every account, deal, history entry, gift, perk, risk, reminder, label and custom value of"
        " OTHER to KEEP. KEEP's profile fields are kept; only its empty ones are filled from OTHER. OTHER goes to the"
        " trash with a note saying where everything went.",
    )
    merge.add_argument("keep", metavar="KEEP", help="the KOL to keep: an id, or platform:handle (douyin:@lulu)")
    merge.add_argument("other", metavar="OTHER", help="the KOL merged into KEEP: an id, or platform:handle")
    merge.add_argument("--yes", action="store_true", help="merge without asking")
    merge.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    duplicates = commands.add_parser(
        "duplicates",
        help="list KOLs that may be one person (tab-separated)",
        description="Pairs of live KOLs with the same phone, WeChat ID or email, or the same name in the same city.",
    )
    duplicates.add_argument("--limit", type=positive_int, default=100, help="at most this many pairs (default 100)")
    duplicates.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")


def run(args: argparse.Namespace) -> int:
    from kolcrm.core.errors import NotFoundError, ValidationError
    from kolcrm.core.store.db import close_database, open_database
    from kolcrm.core.store.paths import resolve_database_path

    path = resolve_database_path(getattr(args, "db", None))
    if not Path(path).exists():  # an unknown id in a file that is not there: say so, and create none
        print(f"kolcrm: there is no database at {path}", file=sys.stderr)
        return 2
    open_database(path)
    try:
        if args.command == "duplicates":
            return _duplicates(args.limit)
        return _merge(args)
    except (NotFoundError, ValidationError) as exc:
        print(f"kolcrm: {exc}", file=sys.stderr)
        return 2
    finally:
        close_database()


def _merge(args: argparse.Namespace) -> int:
    from kolcrm.core.kols.merge import merge_kols, preview_merge

    keep_id, other_id = resolve_kol(args.keep), resolve_kol(args.other)
    preview = preview_merge(keep_id, other_id)
    if not args.yes:
        print("\n".join(preview_lines(preview)))
        if not sys.stdin.isatty():
            print("kolcrm: nothing merged: run it again with --yes to merge without being asked", file=sys.stderr)
            return 1
        answer = input(f"\nMerge {preview.other.display_name} into {preview.keep.display_name}? [y/N] ")
        if answer.strip().casefold() not in ("y", "yes"):
            print("Nothing merged.")
            return 1
    print("\n".join(receipt_lines(merge_kols(keep_id, other_id))))
    return 0


def resolve_kol(text: str) -> int:
    """A KOL id, or the owner of the account `platform:handle` (platform in any letter case). Raises NotFoundError."""
    from kolcrm.core.errors import NotFoundError
    from kolcrm.core.kols.validation import handle_key
    from kolcrm.core.store.db import database
    from kolcrm.core.vocabulary import Platform

    if text.strip().isdigit():
        return int(text)
    platform_text, sep, handle = text.partition(":")
    from kolcrm.exchange.imports.cells import parse_platform  # the import's names: 抖音, 小红书, b站, ig…

    try:
        platform = parse_platform(platform_text)
    except ValueError:
        platform = None
    if not sep or platform is None or not handle_key(handle):
        known = ", ".join(p.value.lower() for p in Platform)
        raise NotFoundError(f"“{text}” is neither a KOL id nor platform:handle (platforms: {known})")
    row = database.execute_sql(
        "SELECT kol_id FROM platform_account WHERE platform = ? AND handle_key = ?",
        (platform.value, handle_key(handle)),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"No KOL has the {platform.value} account “{handle.strip()}”")
    kol_id: int = row[0]
    return kol_id


def preview_lines(preview: MergePreview) -> list[str]:
    from kolcrm.core.kols.merge import COUNT_WORDS, FIELD_WORDS

    keep, other = preview.keep, preview.other
    width = max(len(words) for words in COUNT_WORDS.values())
    lines = [
        f"Keep:  {_who(keep)}",
        f"Merge: {_who(other)} — everything below moves to {keep.display_name}, then it goes to the trash",
        "",
        f"{'':{width}}  {'keep':>6}  {'merge':>6}",
        *(
            f"{words:{width}}  {keep.counts[key]:>6}  {other.counts[key]:>6}"
            for key, words in COUNT_WORDS.items()
            if keep.counts[key] or other.counts[key]
        ),
        "",
    ]
    if other.accounts:
        lines.append(f"Accounts moving: {'; '.join(other.accounts)}")
    if other.deals:
        lines.append(f"Deals moving: {'; '.join(other.deals)}")
    if preview.filled:
        filled = "; ".join(f"{FIELD_WORDS[key]} {value}" for key, value in preview.filled.items())
        lines.append(f"Filled in on {keep.display_name}: {filled}")
    if preview.differs:
        kept = "; ".join(f"{FIELD_WORDS[key]} {mine} (not {theirs})" for key, (mine, theirs) in preview.differs.items())
        lines.append(f"{keep.display_name} keeps its own: {kept}")
    if preview.custom_filled:
        lines.append(f"Custom values added: {'; '.join(f'{k} = {v}' for k, v in preview.custom_filled.items())}")
    if preview.custom_differs:
        kept = "; ".join(f"{k} = {mine} (not {theirs})" for k, (mine, theirs) in preview.custom_differs.items())
        lines.append(f"Custom values kept: {kept}")
    if preview.labels_added:
        lines.append(f"Labels added: {', '.join(preview.labels_added)}")
    return lines


def receipt_lines(receipt: MergeReceipt) -> list[str]:
    from kolcrm.core.kols.merge import COUNT_WORDS, FIELD_WORDS

    moved = ", ".join(f"{COUNT_WORDS[key]} {count}" for key, count in receipt.counts.items() if count)
    return [
        f"Merged {receipt.other_name} (KOL #{receipt.other_id}) into {receipt.keep_name} (KOL #{receipt.keep_id}).",
        f"Moved: {moved or 'nothing but the profile'}.",
        *(
            [f"Filled in: {'; '.join(f'{FIELD_WORDS[key]} {value}' for key, value in receipt.filled.items())}."]
            if receipt.filled
            else []
        ),
        f"{receipt.other_name} (KOL #{receipt.other_id}) is in the trash; its history says where everything went.",
    ]


def _who(side: MergeSide) -> str:
    return f"{side.display_name} (KOL #{side.kol_id})"


def _duplicates(limit: int) -> int:
    from kolcrm.core.kols.duplicates import find_possible_duplicates

    print("keep_id\tkeep_name\tother_id\tother_name\treason")
    for pair in find_possible_duplicates(limit=limit):
        cells = (pair.keep_id, pair.keep_name, pair.other_id, pair.other_name, pair.reason)
        print("\t".join(str(cell).replace("\t", " ").replace("\n", " ") for cell in cells))
    return 0
