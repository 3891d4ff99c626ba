"""`kolcrm merge KEEP OTHER`: two KOLs who are one person become one; `kolcrm duplicates` suggests such pairs.

KEEP and OTHER are KOL ids or accounts written `platform:handle` (`douyin:@lulu`). Without --yes the merge shows
both sides and asks on a terminal; it refuses (exit 2, nothing written) when nobody can answer or the answer is no,
as for an id or account that is not there, or a pair the merge refuses (the same KOL twice, one in the trash).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from typing import TYPE_CHECKING

from kolcrm.cli.arguments import Subcommands, positive_int
from kolcrm.cli.book import add_book_options, existing_database
from kolcrm.core import i18n

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
    add_book_options(merge)
    duplicates = commands.add_parser(
        "duplicates",
        help="list KOLs that may be one person (tab-separated)",
        description="Pairs of live KOLs with the same phone, WeChat ID or email, or the same name in the same city.",
    )
    duplicates.add_argument("--limit", type=positive_int, default=100, help="at most this many pairs (default 100)")
    add_book_options(duplicates)


def run(args: argparse.Namespace) -> int:
    from kolcrm.core.errors import NotFoundError, ValidationError
    from kolcrm.core.store.db import close_database, open_database

    open_database(existing_database(args))  # an id in a file that is not there: create none
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
            message = i18n.translate("Merge", "nothing merged: run it again with --yes to merge without being asked")
            print("kolcrm: " + message, file=sys.stderr)
            return 2
        question = i18n.translate("Merge", "Merge {other} into {keep}? [y/N] ")
        answer = input("\n" + question.format(other=preview.other.display_name, keep=preview.keep.display_name))
        if answer.strip().casefold() not in ("y", "yes", "是", "好"):
            print(i18n.translate("Merge", "Nothing merged."))
            return 2
    print("\n".join(receipt_lines(merge_kols(keep_id, other_id))))
    return 0


def resolve_kol(text: str) -> int:
    """A KOL id, or the owner of the account `platform:handle` (platform in any letter case). Raises NotFoundError."""
    from kolcrm.core.errors import NotFoundError
    from kolcrm.core.kols.validation import handle_key
    from kolcrm.core.store.db import database
    from kolcrm.core.vocabulary import Platform, platform_label

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
        raise NotFoundError(
            i18n.translate("Merge", "“{text}” is neither a KOL id nor platform:handle (platforms: {known})").format(
                text=text, known=known
            )
        )
    row = database.execute_sql(
        "SELECT kol_id FROM platform_account WHERE platform = ? AND handle_key = ?",
        (platform.value, handle_key(handle)),
    ).fetchone()
    if row is None:
        raise NotFoundError(
            i18n.translate("Merge", "No KOL has the {platform} account “{handle}”").format(
                platform=platform_label(platform.value), handle=handle.strip()
            )
        )
    kol_id: int = row[0]
    return kol_id


def preview_lines(preview: MergePreview) -> list[str]:
    from kolcrm.core.kols.merge import COUNT_WORDS

    keep, other = preview.keep, preview.other
    counted = {key: _count_words(key) for key in COUNT_WORDS}
    width = max(_width(words) for words in counted.values())
    keep_word, merge_word = i18n.translate("Merge", "keep"), i18n.translate("Merge", "merge")  # column headings
    lines = [
        i18n.translate("Merge", "Keep:  {kol}").format(kol=_who(keep)),
        i18n.translate("Merge", "Merge: {kol} — everything below moves to {keep}, then it goes to the trash").format(
            kol=_who(other), keep=keep.display_name
        ),
        "",
        f"{'':{width}}  {_right(keep_word, 6)}  {_right(merge_word, 6)}",
        *(
            f"{_left(words, width)}  {keep.counts[key]:>6}  {other.counts[key]:>6}"
            for key, words in counted.items()
            if keep.counts[key] or other.counts[key]
        ),
        "",
    ]
    if other.accounts:
        lines.append(i18n.translate("Merge", "Accounts moving: {accounts}").format(accounts="; ".join(other.accounts)))
    if other.deals:
        lines.append(i18n.translate("Merge", "Deals moving: {deals}").format(deals="; ".join(other.deals)))
    if preview.filled:
        filled = "; ".join(f"{_field_words(key)} {value}" for key, value in preview.filled.items())
        lines.append(
            i18n.translate("Merge", "Filled in on {name}: {fields}").format(name=keep.display_name, fields=filled)
        )
    if preview.differs:
        not_theirs = i18n.translate("Merge", "{field} {mine} (not {theirs})")
        kept = "; ".join(
            not_theirs.format(field=_field_words(key), mine=mine, theirs=theirs)
            for key, (mine, theirs) in preview.differs.items()
        )
        lines.append(
            i18n.translate("Merge", "{name} keeps its own: {fields}").format(name=keep.display_name, fields=kept)
        )
    if preview.custom_filled:
        added = "; ".join(f"{k} = {v}" for k, v in preview.custom_filled.items())
        lines.append(i18n.translate("Merge", "Custom values added: {values}").format(values=added))
    if preview.custom_differs:
        not_theirs = i18n.translate("Merge", "{field} = {mine} (not {theirs})")
        kept = "; ".join(
            not_theirs.format(field=k, mine=mine, theirs=theirs) for k, (mine, theirs) in preview.custom_differs.items()
        )
        lines.append(i18n.translate("Merge", "Custom values kept: {values}").format(values=kept))
    if preview.labels_added:
        lines.append(i18n.translate("Merge", "Labels added: {labels}").format(labels=", ".join(preview.labels_added)))
    return lines


def receipt_lines(receipt: MergeReceipt) -> list[str]:
    moved = ", ".join(f"{_count_words(key)} {count}" for key, count in receipt.counts.items() if count)
    lines = [
        i18n.translate("Merge", "Merged {other} (KOL #{other_id}) into {keep} (KOL #{keep_id}).").format(
            other=receipt.other_name, other_id=receipt.other_id, keep=receipt.keep_name, keep_id=receipt.keep_id
        ),
        i18n.translate("Merge", "Moved: {moved}.").format(
            moved=moved or i18n.translate("Merge", "nothing but the profile")
        ),
    ]
    if receipt.filled:
        filled = "; ".join(f"{_field_words(key)} {value}" for key, value in receipt.filled.items())
        lines.append(i18n.translate("Merge", "Filled in: {fields}.").format(fields=filled))
    lines.append(
        i18n.translate("Merge", "{name} (KOL #{id}) is in the trash; its history says where everything went.").format(
            name=receipt.other_name, id=receipt.other_id
        )
    )
    return lines


def _count_words(key: str) -> str:
    """What moves, in the user's language (the core's table translates as it is read)."""
    from kolcrm.core.kols.merge import COUNT_WORDS

    return COUNT_WORDS[key]


def _field_words(key: str) -> str:
    from kolcrm.core.kols.merge import FIELD_WORDS

    return FIELD_WORDS[key]


def _width(text: str) -> int:
    """Columns the text takes on a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _left(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _right(text: str, width: int) -> str:
    return " " * max(0, width - _width(text)) + text


def _who(side: MergeSide) -> str:
    return i18n.translate("Merge", "{name} (KOL #{id})").format(name=side.display_name, id=side.kol_id)


def _duplicates(limit: int) -> int:
    from kolcrm.core.kols.duplicates import find_possible_duplicates

    print("keep_id\tkeep_name\tother_id\tother_name\treason")
    for pair in find_possible_duplicates(limit=limit):
        cells = (pair.keep_id, pair.keep_name, pair.other_id, pair.other_name, pair.reason)
        print("\t".join(str(cell).replace("\t", " ").replace("\n", " ") for cell in cells))
    return 0
