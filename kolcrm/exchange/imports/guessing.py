"""The mapping guess: which field each column of a sheet feeds, from its header and its values together.

Headers as real exports spell them (English and Chinese), values as they are written (@handles, 3.2%, 1.2万,
18-digit IDs, URLs): candidates.py scores what each column could feed; here the keys are handed out (each
built-in field once, per platform), the platform every row shares is suggested, and every column no field took
is kept, as a metric when it holds figures, as a custom field otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kolcrm.core import i18n
from kolcrm.core.vocabulary import Platform, platform_label
from kolcrm.exchange.imports import column_values as kinds
from kolcrm.exchange.imports.candidates import (
    Column,
    domain_platform,
    prefer_usernames_as_handles,
    propose,
)
from kolcrm.exchange.imports.column_values import Cell, read_values
from kolcrm.exchange.imports.field_keys import ACCOUNT_FIELDS, CUSTOM_PREFIX, METRIC_PREFIX, Mapping, field_label
from kolcrm.exchange.imports.header_words import HeaderWords, header_scale, read_header

_ROW_ACCOUNT_FIELDS = frozenset({"url", "followers", "engagement_rate", "fee", "rate_card"})
_SAMPLE_ROWS = 200


@dataclass
class ColumnGuess:
    """What one column is guessed to hold, how sure the guess is and why, with the values it was read from."""

    column: int
    header: str
    fields: list[str]  # keys; [] = nothing to keep (an empty column, row numbers, a repeated summary)
    confidence: float  # 0..1
    reason: str  # a short sentence in the user's language: 'header “粉丝数”', '92% of values look like @handles'
    samples: list[str]  # the first 3 non-empty values
    ask_fraction: bool = False  # numbers all ≤ 1 under a rate header: fraction (0.052 = 5.2 %) or percent?
    scale: int = 1  # the unit the header gives its numbers: 10000 for '粉丝量(万)'


@dataclass
class Guess:
    columns: list[ColumnGuess]
    fixed: dict[str, str]  # suggested values for every row: {"platform": "Weibo"} when every header names Weibo

    def mapping(self) -> Mapping:
        """Header → key ("" for nothing to keep), or a list of keys when the column feeds several fields."""
        result: Mapping = {}
        for column in self.columns:
            keys = column.fields
            result[column.header] = "" if not keys else keys[0] if len(keys) == 1 else list(keys)
        return result


def guess_mapping(headers: list[str], rows: Sequence[Sequence[str]] = ()) -> Mapping:
    """The guessed mapping alone (see guess(): its fixed values, such as the platform, are not in it)."""
    return guess(headers, rows).mapping()


def guess(headers: list[str], rows: Sequence[Sequence[str]]) -> Guess:
    """Which field each column feeds, from its header and its values (rows: sample rows as text, ≤ 200 used)."""
    sample = rows[:_SAMPLE_ROWS]
    memory: dict[str, Cell] = {}
    columns = [
        Column(index, read_header(header), read_values(_cells(sample, index), memory))
        for index, header in enumerate(headers)
    ]
    for column in columns:
        propose(column)
    prefer_usernames_as_handles(columns)
    _assign(columns)
    fixed = _fixed_platform(columns)
    _name_and_handle_stand_in(columns)
    _keep_the_rest(columns, bool(sample))
    return Guess([_column_guess(column) for column in columns], fixed)


def _cells(rows: Sequence[Sequence[str]], index: int) -> list[str]:
    return [row[index] or "" if index < len(row) else "" for row in rows]


def _assign(columns: list[Column]) -> None:
    """Highest scores first; each key at most once; a column takes its best free key."""
    proposals = sorted((p for c in columns for p in c.proposals), key=lambda p: (-p.score, p.column))
    taken: dict[str, int] = {}
    for proposal in proposals:
        column = columns[proposal.column]
        # Several price columns (笔记报价, 视频报价) are one rate card: a fee may be taken again.
        if column.keys or (proposal.key in taken and _base(proposal.key) != "fee"):
            continue
        column.keys = [proposal.key]
        column.reason, column.confidence = proposal.reason, proposal.confidence
        column.from_domain = proposal.from_domain
        taken[proposal.key] = column.index
        for extra in proposal.also:
            if extra not in taken:
                column.keys.append(extra)
                taken[extra] = column.index
    for column in columns:
        if column.keys or not column.proposals:
            continue
        wanted = max(column.proposals, key=lambda p: p.score)
        holder = columns[taken[wanted.key]].words.header if wanted.key in taken else ""
        column.doubt = i18n.translate("Import", "{reason}, but “{holder}” already feeds {field}").format(
            reason=wanted.reason, holder=holder, field=field_label(wanted.key)
        )


def _fixed_platform(columns: list[Column]) -> dict[str, str]:
    """One platform named by every platform-naming header (and URL), and no Platform column: every row's."""
    keys = {key for column in columns for key in column.keys}
    named: set[Platform] = set()
    for column in columns:
        if column.words.platform is not None:
            named.add(column.words.platform)
        domain = domain_platform(column.values) if "url" in {_base(key) for key in column.keys} else None
        if domain is not None:
            named.add(domain)
    platform_columns = [column for column in columns if "platform" in column.keys]
    if platform_columns:
        # The rows say their platform: a URL's domain adds no account of its own, and a platform-named column
        # ('小红书ID') is the row's own account when the Platform column names that platform alone.
        rows_name = set(platform_columns[0].values.platforms)
        _unqualify(
            columns,
            keys,
            lambda column: column.from_domain or (column.words.platform is not None and rows_name == named
                                                  == {column.words.platform}),
        )  # fmt: skip
        return {}
    if len(named) != 1:
        return {}
    _unqualify(columns, keys, lambda column: True)
    platform = next(iter(named))
    _one_handle_for_the_platform(columns, platform)
    return {"platform": platform.value}


def _one_handle_for_the_platform(columns: list[Column], platform: Platform) -> None:
    """'抖音号' (handle@Douyin) beside '达人ID' (handle) on a Douyin-only sheet are one account, not two: the
    column its header names for the platform is the handle, the other an id kept as text on the KOL."""
    named = [column for column in columns if f"handle@{platform.value}" in column.keys]
    plain = [column for column in columns if "handle" in column.keys]
    if not named or not plain:
        return
    for column in plain:
        column.keys = [key for key in column.keys if key != "handle"] or [f"custom:{column.words.header}"]
        column.reason = i18n.translate(
            "Import", "{reason}; “{header}” is the {platform} handle: this id is kept as text"
        ).format(reason=column.reason, header=named[0].words.header, platform=platform_label(platform.value))
    named[0].keys = ["handle" if key == f"handle@{platform.value}" else key for key in named[0].keys]


def _unqualify(columns: list[Column], keys: set[str], which: Callable[[Column], bool]) -> None:
    """'handle@Weibo' → 'handle' where the platform is every row's (unless a plain 'handle' column exists)."""
    for column in columns:
        if not which(column):
            continue
        for position, key in enumerate(column.keys):
            base, at, _platform = key.partition("@")
            if at and base in ACCOUNT_FIELDS and base not in keys:
                column.keys[position] = base
                keys.discard(key)
                keys.add(base)


def _name_and_handle_stand_in(columns: list[Column]) -> None:
    """No name column: the handle names the KOL too. No handle column: the name stands for the account too."""
    keys = {key for column in columns for key in column.keys}
    if "display_name" in keys:
        if not any(key == "handle" or key.startswith("handle@") for key in keys) and keys & _ROW_ACCOUNT_FIELDS:
            # 'Youtuber', 'subscribers', 'video views' and a platform: without a handle the account is lost.
            holder = next(column for column in columns if "display_name" in column.keys)
            holder.keys.append("handle")
            holder.reason = i18n.translate(
                "Import", "{reason}; no handle column, so the name stands for the account too"
            ).format(reason=holder.reason)
        return
    holders = [c for c in columns if "handle" in c.keys] or [
        c for c in columns if any(key.startswith("handle@") for key in c.keys)
    ]
    if holders:
        holders[0].keys.append("display_name")
        holders[0].reason = i18n.translate("Import", "{reason}; no name column, so it names the KOL too").format(
            reason=holders[0].reason
        )


def _keep_the_rest(columns: list[Column], has_rows: bool) -> None:
    """Every column no field took is kept: figures as metrics, anything else as a custom field; empty ones not."""
    keys = {key for column in columns for key in column.keys}
    names: set[str] = {key.casefold() for key in keys if key.startswith((CUSTOM_PREFIX, METRIC_PREFIX))}
    if not keys & {"display_name", "handle"} and not any(key.startswith("handle@") for key in keys):
        _name_from_words(columns, keys)
    for column in columns:
        if column.keys:
            continue
        words, values = column.words, column.values
        if has_rows and not values.present:
            column.reason, column.confidence = i18n.translate("Import", "the column is empty"), 1.0
            continue
        if has_rows and not values.count:
            placeholders = ", ".join(values.samples)
            column.reason = i18n.translate("Import", "only placeholders ({values})").format(values=placeholders)
            column.confidence = 0.9
            continue
        if words.serial_like and values.counts_up():
            column.reason, column.confidence = i18n.translate("Import", "row numbers (1, 2, 3…): nothing to keep"), 0.8
            continue
        if words.summary and _summary_repeated(words, keys):
            column.reason = i18n.translate(
                "Import", "kolcrm's export repeats the accounts here; the account columns carry them"
            )
            column.confidence = 0.9
            continue
        numeric = values.share_all(kinds.NUMBER, without=kinds.LONG_ID | kinds.PHONE | kinds.DATE)
        is_metric = numeric >= 0.6 if values.count else words.metric_like
        prefix = METRIC_PREFIX if is_metric else CUSTOM_PREFIX
        name = _unique_name(_tidy(words.header), prefix, names)
        column.keys = [prefix + name]
        if column.doubt:
            kept = (
                i18n.translate("Import", "{doubt}: kept as a dated metric on the account")
                if is_metric
                else i18n.translate("Import", "{doubt}: kept as a custom field on the KOL")
            )
        else:
            kept = (
                i18n.translate("Import", "no field fits: kept as a dated metric on the account")
                if is_metric
                else i18n.translate("Import", "no field fits: kept as a custom field on the KOL")
            )
        column.reason = kept.format(doubt=column.doubt)
        column.confidence = 0.6 if column.doubt else 0.7


def _name_from_words(columns: list[Column], keys: set[str]) -> None:
    """Nothing names the KOL: the leftmost column of distinct words is the likeliest name."""
    for column in columns:
        values, words = column.values, column.words
        if column.keys or not values.count or words.keep_like or words.metric_like:
            continue
        if (
            values.share(kinds.WORDS | kinds.USERNAME) >= 0.8
            and values.share(kinds.NUMBER) < 0.2
            and values.unique >= 0.8
        ):
            column.keys = ["display_name"]
            column.reason = i18n.translate("Import", "no column is headed as a name; these values look like names")
            column.confidence = 0.3
            keys.add("display_name")
            return


def _summary_repeated(words: HeaderWords, keys: set[str]) -> bool:
    if words.fields:  # 'Main platform' / 'Main handle': the per-account column took the field
        return True
    # 'Accounts' ("Douyin:alice; Weibo:alice_wb"): one row per account (tied by KOL #) carries them all; an older
    # export without KOL # has only the main account in columns, so the summary is kept as a custom field.
    return "kol_ref" in keys and ("handle" in keys or any(key.startswith("handle@") for key in keys))


def _column_guess(column: Column) -> ColumnGuess:
    values = column.values
    bases = {_base(key) for key in column.keys}
    ask = (
        "engagement_rate" in bases
        and bool(values.numbers)
        and not values.share(kinds.PERCENT)
        and not any(sign in column.words.header for sign in ("%", "％"))  # "Engagement %": percent, as it says
        and all(0 <= number <= 1 for number in values.numbers)
        and any(0 < number < 1 for number in values.numbers)
    )
    scale = header_scale(column.words.header) if bases & {"followers", "fee", "metric"} else 1
    reason = column.reason
    if scale != 1:
        reason = i18n.translate("Import", "{reason}; the header gives the unit (×{scale})").format(
            reason=reason, scale=f"{scale:,}"
        )
    if ask:
        reason = i18n.translate(
            "Import", "{reason}; every number is ≤ 1: fractions (0.052 = 5.2 %) or percent?"
        ).format(reason=reason)
    return ColumnGuess(
        column=column.index,
        header=column.words.header,
        fields=list(column.keys),
        confidence=round(column.confidence, 2),
        reason=reason,
        samples=list(values.samples),
        ask_fraction=ask,
        scale=scale,
    )


def _base(key: str) -> str:
    """'followers@Douyin' → 'followers'; 'metric:Avg likes' → 'metric'; 'custom:Bio' → 'custom'."""
    if key.startswith((CUSTOM_PREFIX, METRIC_PREFIX)):
        return key.partition(":")[0]
    return key.partition("@")[0]


def _tidy(header: str) -> str:
    """'avg_comments' → 'Avg comments'; '播放量' stays."""
    text = " ".join(header.replace("_", " ").split())
    return text[:1].upper() + text[1:] if text[:1].isascii() else text


def _unique_name(name: str, prefix: str, names: set[str]) -> str:
    candidate, n = name or "Column", 2
    while (prefix + candidate).casefold() in names:
        candidate, n = f"{name} ({n})", n + 1
    names.add((prefix + candidate).casefold())
    return candidate
