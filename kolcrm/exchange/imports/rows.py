"""One sheet row → an Entry: the KOL's fields, its accounts (one per platform), custom values and metrics.

A cell that cannot be read is dropped and reported (line, column, value, reason); the rest of the row still
counts. Text cells are repaired when they are mojibake (reported too). Fixed values fill every row's gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.kols.validation import handle_key
from kolcrm.exchange.imports.cell_values import PLAIN_TEXT, figure_text, plain_text, read_value
from kolcrm.exchange.imports.cells import parse_cell
from kolcrm.exchange.imports.entries import AccountEntry, Entry
from kolcrm.exchange.imports.field_keys import ACCOUNT_FIELDS
from kolcrm.exchange.imports.plan import ImportOptions, Notice, RowError

_KOL_TEXT = frozenset({"display_name", "real_name", "city", "agency", "agent_name", "agent_contact", "wechat_id",
                       "phone", "email"})  # fmt: skip
_REPEATING = frozenset({"platform", "followers", "engagement_rate", "fee", "fee_format", "city", "agency",
                        "categories", "value_tags", "languages", "status", "tier", "birthday", "last_contact",
                        "rate_card"})  # fmt: skip
_CACHED_VALUES = 4096  # per column: bounded, so a column of unique figures cannot grow memory with the file


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
                    -1,
                    i18n.translate("Import", "{field} (fixed)").format(field=key),
                    key,
                    key.partition("@")[0],
                    "",
                    1,
                    key.startswith(("custom:", "metric:")),
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
                column_name = i18n.translate("Import", "column {number}").format(number=index + 1)
                reason = i18n.translate("Import", "the cell has no header: not imported")
                errors.append(RowError(line, column_name, reason, cells[index].strip()[:80]))
        self._accounts(entry, values, errors)
        if "display_name" not in entry.profile and entry.accounts and not self.has_name:
            entry.profile["display_name"] = entry.accounts[0].handle.strip()
            entry.name_from_handle = True
        if not entry.profile.get("display_name") and not entry.accounts and not entry.ref:
            reason = i18n.translate("Import", "the row has no name, no account and no KOL #: it cannot be imported")
            errors.append(RowError(line, "", reason))
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
        if cache is None and key in PLAIN_TEXT:
            known = plain_text(key, text)
        else:
            cached = cache.get(text) if cache is not None else None
            if cached is None:
                cached = read_value(column.base, column.header, column.scale, self.options, text)
                if cache is not None and len(cache) < _CACHED_VALUES:
                    cache[text] = cached
            known = cached
        value, reason, repaired = known
        if repaired is not None:
            repair = i18n.translate("Import", "repaired garbled text “{before}” → “{after}”")
            notices.append(Notice(entry.line, column.header, repair.format(before=text[:40], after=repaired[:40])))
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
                reason = (
                    i18n.translate("Import", "the account has no handle")
                    if not handle
                    else i18n.translate(
                        "Import", "the account has no platform (map a Platform column or set one for the file)"
                    )
                )
                for key in sorted(figures):
                    if key == "metrics":
                        continue
                    header, text = self.sources.get((qualifier, key), ("", ""))
                    errors.append(RowError(entry.line, header, reason, text))
                if not qualifier and values.get(("", "metrics")):  # kept on the KOL instead of dropped
                    for name, figure in values[("", "metrics")].items():
                        entry.customs[name] = figure_text(figure)
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
