"""What one row says about one KOL (Entry) and each of its accounts (AccountEntry), and how two rows merge."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kolcrm.exchange.imports.numbers import Count, Fee, Figure


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
