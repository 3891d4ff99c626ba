"""One sheet row → an Entry: the KOL's fields, its accounts (one per platform), custom values and metrics.

A cell that cannot be read is dropped and reported (line, column, value, reason); the rest of the row still
counts. Text cells are repaired when they are mojibake (reported too). Fixed values fill every row's gaps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from kolcrm.core.kols.validation import MAX_FOLLOWERS, MAX_NAME_LENGTH, handle_key
from kolcrm.core.vocabulary import Platform
from kolcrm.exchange.imports.cells import parse_cell
from kolcrm.exchange.imports.numbers import NO_VALUES, Count, Fee, Figure, is_no_value, parse_figure, repair_mojibake
from kolcrm.exchange.imports.plan import ImportOptions, Notice, RowError

ACCOUNT_FIELDS = frozenset({"handle", "url", "followers", "engagement_rate", "fee"})
_KOL_TEXT = frozenset({"display_name", "real_name", "city", "agency", "agent_name", "agent_contact", "wechat_id",
                       "phone", "email"})  # fmt: skip
_REPEATING = frozenset({"platform", "followers", "engagement_rate", "fee", "fee_format", "city", "agency",
                        "categories", "value_tags", "languages", "status", "tier", "birthday", "last_contact",
                        "rate_card"})  # fmt: skip
_CACHED_VALUES = 4096  # per column: bounded, so a column of unique figures cannot grow memory with the file
_CHECKS: dict[str, tuple[Callable[[str], bool], str]] = {
    "email": (lambda v: "@" in v and "." in v.rsplit("@", 1)[-1] and " " not in v, "is not an email address"),
    "wechat_id": (lambda v: not any(ch.isspace() for ch in v), "a WeChat ID has no spaces"),
}


@dataclass(slots=True)
class AccountEntry:
    platform: str
    handle: str
    key: tuple[str, str]
    url: str | None = None
    followers: Count | None = None
    engagement_rate: float | None = None
    fees: list[tuple[str, Fee]] = field(default_factory=list)
    metrics: dict[str, Figure] = field(default_factory=dict)

    def absorb(self, later: AccountEntry) -> None:
        """The same account seen again further down the file: the later row's figures win."""
        self.handle = later.handle
        if later.url is not None:
            self.url = later.url
        if later.followers is not None:
            self.followers = later.followers
        if later.engagement_rate is not None:
            self.engagement_rate = later.engagement_rate
        fees = dict(self.fees)
        fees.update(later.fees)
        self.fees = list(fees.items())
        self.metrics.update(later.metrics)


@dataclass(slots=True)
class Entry:
    line: int
    profile: dict[str, Any] = field(default_factory=dict)  # kol columns → values to store
    categories: list[str] | None = None
    value_tags: list[str] | None = None
    notes: list[str] = field(default_factory=list)
    last_contact: date | None = None
    customs: dict[str, str] = field(default_factory=dict)  # custom field name → cell text (parsed on write)
    accounts: list[AccountEntry] = field(default_factory=list)
    ref: str = ""
    name_from_handle: bool = False  # no name column: the first handle names a new KOL
    from_fixed: set[str] = field(default_factory=set)  # profile fields filled by a value fixed for the file

    @property
    def name(self) -> str:
        return str(self.profile.get("display_name", ""))

    def absorb(self, later: Entry) -> None:
        """A later row about the same KOL: its non-empty values win, lists and accounts add up."""
        later_profile = dict(later.profile)
        if later.name_from_handle and "display_name" in self.profile:
            later_profile.pop("display_name", None)
        for key in later.from_fixed:  # a value fixed for the file never overrides a cell of an earlier row
            if key in self.profile and key not in self.from_fixed:
                later_profile.pop(key, None)
        self.from_fixed = (self.from_fixed | later.from_fixed) - (later_profile.keys() - later.from_fixed)
        self.profile.update(later_profile)
        # The later row wins, as it does when the rows fall in different batches (an update replaces the labels).
        if later.categories is not None:
            self.categories = later.categories
        if later.value_tags is not None:
            self.value_tags = later.value_tags
        self.notes.extend(note for note in later.notes if note not in self.notes)
        if later.last_contact and (self.last_contact is None or later.last_contact > self.last_contact):
            self.last_contact = later.last_contact
        self.customs.update(later.customs)
        mine = {account.key: account for account in self.accounts}
        for account in later.accounts:
            if account.key in mine:
                mine[account.key].absorb(account)
            else:
                self.accounts.append(account)
                mine[account.key] = account


@dataclass(frozen=True)
class _Column:
    index: int
    header: str
    key: str  # the field key as mapped ("followers@Douyin", "custom:Bio")
    base: str  # the field without its platform ("followers")
    platform: str  # the @qualifier's platform, "" for the row's own
    scale: int = 1  # 粉丝量(万): a cell of 12.5 means 125,000
    open_ended: bool = False  # a custom: or metric: column (set by RowReader)


class RowReader:
    """Turns rows into Entries under one set of options; parses the fixed values once."""

    def __init__(self, headers: list[str], columns: dict[str, list[int]], options: ImportOptions):
        self.headers = headers
        self.options = options
        self.columns: list[_Column] = []
        for key, indexes in columns.items():
            base, _, qualifier = key.partition("@")
            platform = (
                str(parse_cell("platform", qualifier))
                if qualifier and not key.startswith(("custom:", "metric:"))
                else ""
            )
            for index in indexes:
                scale = (
                    options.scales.get(headers[index], 1)
                    if base in ("followers", "fee") or key.startswith("metric:")
                    else 1
                )
                open_ended = key.startswith(("custom:", "metric:"))
                column = _Column(index, headers[index], key, base if platform else key, platform, scale, open_ended)
                self.columns.append(column)
        self.columns.sort(key=lambda column: column.index)
        self.width = len(headers)
        self.fixed: list[tuple[_Column, str]] = [
            (
                _Column(
                    -1, f"{key} (fixed)", key, key.partition("@")[0], "", 1, key.startswith(("custom:", "metric:"))
                ),
                text,
            )
            for key, text in options.fixed.items()
            if text.strip()
        ]
        self.has_name = "display_name" in columns or "display_name" in options.fixed
        self.qualified = any(column.platform for column in self.columns)
        # Sheets repeat platforms, cities, tiers, fees and follower figures: each distinct cell is parsed once.
        self.caches: dict[int, dict[str, tuple[Any, str, str | None]]] = {
            column.index: {} for column in self.columns if column.base in _REPEATING
        }

    def read(self, line: int, cells: list[str], errors: list[RowError], notices: list[Notice]) -> Entry | None:
        """The row's entry, or None when it has no identity (reported as a row error)."""
        entry = Entry(line)
        values: dict[tuple[str, str], Any] = {}  # (platform qualifier, base field) → value
        self.sources: dict[tuple[str, str], tuple[str, str]] = {}  # the same key → (header, cell text)
        width = len(cells)
        cell = self._cell
        filled: set[str] = set()
        if self.fixed:
            for column in self.columns:
                text = cells[column.index] if column.index < width else ""
                if text and not text.isspace():
                    cell(entry, values, column, text, errors, notices)
                    filled.add(column.key)
        else:  # the usual case, without the bookkeeping fixed values need
            for column in self.columns:
                if column.index < width:
                    text = cells[column.index]
                    if text and not text.isspace():
                        cell(entry, values, column, text, errors, notices)
        for column, text in self.fixed:
            if column.key not in filled:
                before = set(entry.profile)
                self._cell(entry, values, column, text, errors, notices)
                entry.from_fixed |= set(entry.profile) - before
        for index in range(self.width, width):  # a stray cell right of the header: nothing to map it to
            if cells[index].strip():
                errors.append(RowError(line, f"column {index + 1}", "the cell has no header: not imported",
                                       cells[index].strip()[:80]))  # fmt: skip
        self._accounts(entry, values, errors)
        if "display_name" not in entry.profile and entry.accounts and not self.has_name:
            entry.profile["display_name"] = entry.accounts[0].handle.strip()
            entry.name_from_handle = True
        if not entry.profile.get("display_name") and not entry.accounts and not entry.ref:
            errors.append(RowError(line, "", "the row has no name, no account and no KOL #: it cannot be imported"))
            return None
        return entry

    def _cell(
        self,
        entry: Entry,
        values: dict[tuple[str, str], Any],
        column: _Column,
        text: str,
        errors: list[RowError],
        notices: list[Notice],
    ) -> None:
        key = column.base
        cache = self.caches.get(column.index)
        if cache is None and key in _PLAIN_TEXT:
            known = _plain_text(key, text)
        else:
            cached = cache.get(text) if cache is not None else None
            if cached is None:
                cached = self._read_value(column, text)
                if cache is not None and len(cache) < _CACHED_VALUES:
                    cache[text] = cached
            known = cached
        value, reason, repaired = known
        if repaired is not None:
            notices.append(
                Notice(entry.line, column.header, f"repaired garbled text “{text[:40]}” → “{repaired[:40]}”")
            )
            text = repaired
        if reason:
            errors.append(RowError(entry.line, column.header, reason, text.strip()[:80]))
            return
        if value is None:
            return
        if column.open_ended:
            if key[0] == "c":  # custom:
                entry.customs[key[7:]] = value
            else:  # metric:
                values.setdefault((column.platform, "metrics"), {})[key[7:]] = value
            return
        if key in _KOL_TEXT:
            entry.profile[key] = value
        elif key == "fee":  # one fee per fee column, filed under the column's header unless a format is given
            values.setdefault((column.platform, "fee"), []).append((column.header, value))
            self.sources[(column.platform, "fee")] = (column.header, text.strip()[:80])
        elif key in ACCOUNT_FIELDS or key == "platform":
            values[(column.platform, key)] = value
            self.sources[(column.platform, key)] = (column.header, text.strip()[:80])
        elif key == "categories":
            entry.categories = value
        elif key == "value_tags":
            entry.value_tags = value
        elif key == "languages":
            entry.profile["languages"] = "\n".join(value)
        elif key == "status":
            entry.profile["status"] = str(value)
        elif key == "tier":
            entry.profile["tier"] = int(value)
        elif key == "birthday":
            entry.profile["birthday"] = value.isoformat()
        elif key == "last_contact":
            entry.last_contact = value
        elif key == "notes":
            entry.notes.append(value)
        elif key == "kol_ref":
            entry.ref = str(value)
        elif key == "rate_card":
            values[(column.platform, "rate_card")] = value
            self.sources[(column.platform, "rate_card")] = (column.header, text.strip()[:80])
        elif key == "fee_format":
            values[(column.platform, "fee_format")] = value

    def _read_value(self, column: _Column, text: str) -> tuple[Any, str, str | None]:
        """(value or None, the reason it cannot be read or "", the repaired text when it was mojibake)."""
        key = column.base
        if self.options.decimal_comma and (key in _NUMERIC or key.startswith("metric:")) and _EUROPEAN.search(text):
            text = _EUROPEAN_COMMA.sub(".", _EUROPEAN_THOUSANDS.sub("", text))  # 1.234,5 → 1234.5
        repaired = repair_mojibake(text)
        if repaired == text:
            repaired_text = None
        else:
            repaired_text, text = repaired, repaired
        try:
            if key.startswith("custom:"):
                # A custom field keeps words such as 无 / none (a yes-no column: 有 / 无); only what spreadsheets
                # write for an empty cell is empty.
                blank = text.strip().casefold() in _EMPTY_CELL
                return (None if blank else " ".join(text.split())), "", repaired_text
            if key.startswith("metric:"):
                figure = parse_figure(text)
                if figure is not None and column.scale != 1:
                    upper = figure.upper * column.scale if figure.upper is not None else None
                    figure = Figure(figure.value * column.scale, upper, figure.at_least)
                return figure, "", repaired_text
            if column.scale != 1 and key in ("followers", "fee") and _BARE_NUMBER.match(text.strip()):
                value = _scaled(key, text, column.scale)
            else:
                fraction = self.options.fractions.get(column.header) if key == "engagement_rate" else None
                value = parse_cell(key, text, fraction=fraction)
        except ValueError as exc:
            return None, str(exc), repaired_text
        if value is None:
            return None, "", repaired_text
        return value, _problem(key, value), repaired_text

    def _accounts(self, entry: Entry, values: dict[tuple[str, str], Any], errors: list[RowError]) -> None:
        if not self.qualified:  # most sheets: one account per row, on the row's platform
            handle, platform = values.get(("", "handle")), values.get(("", "platform"))
            if handle and platform:
                account = AccountEntry(str(platform), handle, (str(platform), handle_key(handle)))
                account.url = values.get(("", "url"))
                account.followers = values.get(("", "followers"))
                account.engagement_rate = values.get(("", "engagement_rate"))
                fees = values.get(("", "fee"), ())
                for header, fee in fees:
                    fee_format = values.get(("", "fee_format")) if len(fees) == 1 else None
                    account.fees.append((fee_format or header, fee))
                account.fees.extend(values.get(("", "rate_card"), ()))
                account.metrics = values.get(("", "metrics"), {})
                entry.accounts.append(account)
                return
        platforms = sorted({qualifier for qualifier, key in values if qualifier})
        row_platform = values.get(("", "platform"))
        for qualifier in ["", *platforms]:
            platform = str(row_platform) if not qualifier and row_platform else qualifier
            handle = values.get((qualifier, "handle"))
            figures = [key for q, key in values if q == qualifier and key not in ("platform", "fee_format")]
            if not figures:
                continue
            if not handle or not platform:
                missing = "handle" if not handle else "platform (map a Platform column or set one for the file)"
                for key in sorted(figures):
                    if key == "metrics":
                        continue
                    header, text = self.sources.get((qualifier, key), ("", ""))
                    errors.append(RowError(entry.line, header, f"not imported: the account has no {missing}", text))
                if not qualifier and values.get(("", "metrics")):  # kept on the KOL instead of dropped
                    for name, figure in values[("", "metrics")].items():
                        entry.customs[name] = _figure_text(figure)
                continue
            account = AccountEntry(platform, handle, (platform, handle_key(handle)))
            account.url = values.get((qualifier, "url"))
            account.followers = values.get((qualifier, "followers"))
            account.engagement_rate = values.get((qualifier, "engagement_rate"))
            fees = values.get((qualifier, "fee"), [])
            for header, fee in fees:  # a fee with no format cell is filed under its column's header (报价, Fee (CNY))
                fee_format = values.get((qualifier, "fee_format")) if len(fees) == 1 else None
                account.fees.append((fee_format or header, fee))
            account.fees.extend(values.get((qualifier, "rate_card"), ()))
            account.metrics = values.get((qualifier, "metrics"), {})
            same = next((known for known in entry.accounts if known.key == account.key), None)
            if same is not None:  # "Handle" and "Instagram handle" naming one account: one account
                same.absorb(account)
            else:
                entry.accounts.append(account)


_WIDE = re.compile("[\uff00-\uffef%％]")  # full-width forms and percent signs: the full no-value check
_EMPTY_CELL = frozenset({"", "nan", "n/a", "#n/a", "null", "-", "--", "—", "——"})
_NUMERIC = frozenset({"followers", "engagement_rate", "fee", "rate_card"})
# Written the European way beyond doubt: a dot before three digits (45.000) or a comma before other than three
# (0,8 · 1.234,50). "12,345" could be either and is read as thousands.
_EUROPEAN = re.compile(r"\d\.\d{3}(?!\d)|\d,(?!\d{3}(?!\d))\d")
_EUROPEAN_THOUSANDS = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_EUROPEAN_COMMA = re.compile(r"(?<=\d),(?=\d)")
# A cell with no unit of its own, in a column whose header gives one (粉丝量(万): 12.5 means 125,000).
_BARE_NUMBER = re.compile(r"^\d+(?:\.\d+)?(?:\s*[-~～–]\s*\d+(?:\.\d+)?)?\+?$")


def _scaled(key: str, text: str, scale: int) -> Count | Fee | None:
    figure = parse_figure(text)
    if figure is None:
        return None
    low = figure.value * scale
    high = figure.upper * scale if figure.upper is not None else None
    if key == "fee":
        return Fee(_cents(low), "CNY", _cents(high) if high is not None else None, figure.at_least)
    whole = Decimal(1)
    count_high = int(high.quantize(whole, ROUND_HALF_UP)) if high is not None else None
    return Count(int(low.quantize(whole, ROUND_HALF_UP)), count_high, figure.at_least)


def _cents(value: Decimal) -> Decimal:
    value = value.quantize(Decimal("0.01"), ROUND_HALF_UP)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


_PLAIN_TEXT = frozenset({"display_name", "real_name", "handle", "url", "email", "phone", "wechat_id", "agent_name",
                         "agent_contact", "kol_ref", "notes"})  # fmt: skip


def _plain_text(key: str, text: str) -> tuple[Any, str, str | None]:
    """_read_value for a text field, without the general parser: names, handles and notes are most cells."""
    stripped = text.strip()
    if len(stripped) <= 12 and (stripped.casefold() in NO_VALUES or (_WIDE.search(stripped) and is_no_value(stripped))):
        return None, "", None
    repaired: str | None = None
    if not stripped.isascii():
        fixed = repair_mojibake(stripped)
        if fixed != stripped:
            repaired = stripped = fixed
    if key == "notes" or not (stripped.isprintable() and "  " not in stripped):
        value = parse_cell(key, stripped)
    else:
        value = stripped
        if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
            value = value[1:]  # kolcrm's own exports guard formula-like cells with an apostrophe
    if value is None:
        return None, "", repaired
    return value, _problem(key, value), repaired


def _problem(key: str, value: Any) -> str:
    if key == "display_name" and len(value) > MAX_NAME_LENGTH:
        return f"a name is at most {MAX_NAME_LENGTH} characters"
    if key == "followers" and isinstance(value, Count) and value.value > MAX_FOLLOWERS:
        return f"followers cannot be more than {MAX_FOLLOWERS:,} (100亿)"
    if key == "engagement_rate" and not 0 <= value <= 100:
        return "an engagement rate is between 0 % and 100 %"
    if key == "platform" and value not in set(Platform):
        return "unknown platform"
    check = _CHECKS.get(key)
    if check is not None and not check[0](value):
        return check[1]
    return ""


def _figure_text(figure: Figure) -> str:
    text = f"{figure.value.normalize():f}"
    if figure.upper is not None:
        return f"{text}-{figure.upper.normalize():f}"
    return text + "+" if figure.at_least else text
