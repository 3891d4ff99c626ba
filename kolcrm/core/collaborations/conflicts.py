"""Exclusivity conflicts: one rule for the editor, the board and `kolcrm conflicts`.

A signed deal with an exclusivity category binds its KOL from `days_before` before the deal starts to `days_after`
after it ends (the contract's exclusivity clause). Another brand's deal with that KOL conflicts with the window when
their dates meet it and they share a category term; a deal's terms are its own exclusivity category and its brand's
categories. Two competing brands (brand categories sharing a term) both booked with one KOL at overlapping times
conflict too, with or without a clause. Terms come from splitting on the separators people type: "彩妆（口红、粉底）"
is 彩妆, 口红 and 粉底, so a 口红 deal meets it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kolcrm.core import i18n
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.errors import ValidationError
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Stage

# A deal binds once it is signed: its clause is then the KOL's promise. A prospect's planned dates bind nobody yet.
BINDING = frozenset({Stage.CONTRACTED, Stage.IN_PRODUCTION, Stage.PUBLISHED, Stage.COMPLETED})
_SEPARATORS = re.compile(r"[\s,，、;；/|()（）\[\]【】]+")


class ConflictKind(StrEnum):
    IN_WINDOW = "in_window"  # the deal falls inside the other deal's exclusivity window
    COVERS = "covers"  # the deal's own exclusivity window covers the other deal
    COMPETING = "competing"  # both booked, for brands in a shared category, at overlapping times


def category_terms(text: str) -> frozenset[str]:
    return frozenset(term.casefold() for term in _SEPARATORS.split(text) if term.strip())


@dataclass(frozen=True)
class DealTerms:
    """What the rule reads of one deal."""

    id: int | None
    kol_id: int
    kol_name: str
    brand_id: int
    brand_name: str
    title: str
    stage: Stage
    start_on: date | None
    end_on: date | None
    category: str  # the deal's exclusivity category, "" when it has no clause
    days_before: int
    days_after: int
    brand_categories: str  # the brand's categories, one per line

    @property
    def dates(self) -> tuple[date, date] | None:
        return (self.start_on, self.end_on) if self.start_on and self.end_on else None

    @property
    def window(self) -> tuple[date, date] | None:
        """The days the clause binds the KOL, when the deal is signed and has one."""
        if self.stage not in BINDING or not self.category.strip() or self.dates is None:
            return None
        return self.dates[0] - timedelta(days=self.days_before), self.dates[1] + timedelta(days=self.days_after)

    def terms(self) -> frozenset[str]:
        return category_terms(self.category) | category_terms(self.brand_categories)


@dataclass(frozen=True)
class Conflict:
    deal: DealTerms
    other: DealTerms
    kind: ConflictKind
    shared: str  # the category term the two meet on, as typed in the binding deal or brand
    starts_on: date  # the window (or for competing brands, the overlap) the conflict is about
    ends_on: date

    @property
    def key(self) -> tuple[int | None, int | None, str]:
        """The same conflict whichever of the two deals it is told from."""
        low, high = sorted((self.deal.id or 0, self.other.id or 0))
        return low, high, self.kind if self.kind is ConflictKind.COMPETING else "window"

    def describe(self) -> str:
        """One sentence naming the other deal, the category and the window."""
        values = {
            "kol": self.deal.kol_name,
            "brand": self.other.brand_name,
            "title": self.other.title,
            "category": self.shared,
            "start": self.starts_on.isoformat(),
            "end": self.ends_on.isoformat(),
        }
        if self.kind is ConflictKind.IN_WINDOW:
            text = i18n.translate(
                "Conflicts",
                "{kol} is exclusive to {brand} for “{category}” from {start} to {end} (deal “{title}”)",
            )
        elif self.kind is ConflictKind.COVERS:
            text = i18n.translate(
                "Conflicts",
                "This deal's exclusivity for “{category}” ({start} – {end}) covers {brand}'s deal “{title}” with {kol}",
            )
        else:
            text = i18n.translate(
                "Conflicts",
                "{kol} is also booked for {brand}, a competing brand in “{category}”, from {start} to {end}"
                " (deal “{title}”)",
            )
        return text.format(**values)


class ConflictConfirmationNeeded(ValidationError):
    """Saving or contracting a deal would make an exclusivity conflict: the user must confirm, reading which."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        lines = "\n".join(f"• {conflict.describe()}" for conflict in conflicts)
        message = i18n.translate("Conflicts", "This deal meets another brand's exclusivity:\n{conflicts}")
        super().__init__(message.format(conflicts=lines), field="exclusivity_category")


def _overlap(first: tuple[date, date], second: tuple[date, date]) -> tuple[date, date] | None:
    start, end = max(first[0], second[0]), min(first[1], second[1])
    return (start, end) if start <= end else None


def _shared_term(binding_text: str, terms: frozenset[str]) -> str | None:
    """The first term of `binding_text` (as typed) that is among `terms`."""
    for term in _SEPARATORS.split(binding_text):
        if term.strip() and term.casefold() in terms:
            return term.strip()
    return None


def conflicts_between(deal: DealTerms, other: DealTerms, deal_booked: bool | None = None) -> list[Conflict]:
    """What `deal` meets in `other` (same KOL, another brand, neither cancelled). `deal_booked`: whether to treat
    `deal` as booked (a deal being signed now); by default, whether its stage binds."""
    same_deal = deal.id is not None and deal.id == other.id
    if same_deal or deal.kol_id != other.kol_id or deal.brand_id == other.brand_id:
        return []
    if Stage.CANCELLED in (deal.stage, other.stage) or deal.dates is None or other.dates is None:
        return []
    found: list[Conflict] = []
    for binding, bound, kind in ((other, deal, ConflictKind.IN_WINDOW), (deal, other, ConflictKind.COVERS)):
        window = binding.window
        if window and bound.dates and _overlap(window, bound.dates):
            term = _shared_term(binding.category, bound.terms())
            if term:
                found.append(Conflict(deal, other, kind, term, *window))
    booked = deal.stage in BINDING if deal_booked is None else deal_booked
    if not found and booked and other.stage in BINDING and (overlap := _overlap(deal.dates, other.dates)):
        term = _shared_term(other.brand_categories, category_terms(deal.brand_categories))
        if term:
            found.append(Conflict(deal, other, ConflictKind.COMPETING, term, *overlap))
    return found


_TERMS_SQL = (
    "SELECT c.id, c.kol_id, k.display_name, c.brand_id, b.name, c.title, c.stage, c.start_on, c.end_on,"
    " c.exclusivity_category, c.exclusivity_days_before, c.exclusivity_days_after, b.categories"
    " FROM collaboration c JOIN kol k ON k.id = c.kol_id JOIN brand b ON b.id = c.brand_id"
    " WHERE c.deleted_at IS NULL AND k.deleted_at IS NULL AND c.stage != 'cancelled'"
)


def _terms(rows: Iterable[tuple[object, ...]]) -> list[DealTerms]:
    def day(value: object) -> date | None:
        return date.fromisoformat(str(value)) if value else None

    return [
        DealTerms(int(str(r[0])), int(str(r[1])), str(r[2]), int(str(r[3])), str(r[4]), str(r[5]), Stage(str(r[6])),
                  day(r[7]), day(r[8]), str(r[9] or ""), int(str(r[10] or 0)), int(str(r[11] or 0)), str(r[12] or ""))
        for r in rows
    ]  # fmt: skip


def record_terms(record: CollaborationRecord) -> DealTerms:
    """A deal as the editor is about to save it (its brand's categories and KOL's name read from the book)."""
    row = database.execute_sql(
        "SELECT (SELECT display_name FROM kol WHERE id = ?), name, categories FROM brand WHERE id = ?",
        (record.kol_id, record.brand_id),
    ).fetchone() or ("", "", "")
    return DealTerms(record.id, record.kol_id, row[0] or "", record.brand_id, row[1], record.title, Stage(record.stage),
                     record.start_on, record.end_on, record.exclusivity_category, record.exclusivity_days_before,
                     record.exclusivity_days_after, row[2])  # fmt: skip


def check_new_conflicts(record: CollaborationRecord, entering_contract: bool) -> None:
    """Refuse (ConflictConfirmationNeeded) a save that would make a conflict the deal did not have as stored, or
    a deal being signed (`entering_contract`) that has any. Called inside the save's transaction."""
    if Stage(record.stage) is Stage.CANCELLED:
        return
    after = conflicts_for(record_terms(record), booked=True if entering_contract else None)
    stored = deal_terms(record.id) if record.id is not None and not entering_contract else None
    before = {conflict.key for conflict in conflicts_for(stored)} if stored else set()
    new = [conflict for conflict in after if conflict.key not in before]
    if new:
        raise ConflictConfirmationNeeded(new)


def deal_terms(collaboration_id: int) -> DealTerms | None:
    found = _terms(database.execute_sql(_TERMS_SQL + " AND c.id = ?", (collaboration_id,)))
    return found[0] if found else None


def conflicts_for(deal: DealTerms, booked: bool | None = None) -> list[Conflict]:
    """Every conflict of `deal` (saved or about to be) with the KOL's other live deals."""
    others = _terms(database.execute_sql(_TERMS_SQL + " AND c.kol_id = ? ORDER BY c.id", (deal.kol_id,)))
    return [found for other in others for found in conflicts_between(deal, other, booked)]


def current_conflicts(today: date) -> list[Conflict]:
    """Every conflict between live deals whose window (or overlap) has not ended by `today`, each pair once, by
    KOL then date: what `kolcrm conflicts` lists and the windows overview flags."""
    by_kol: dict[int, list[DealTerms]] = defaultdict(list)
    for terms in _terms(database.execute_sql(_TERMS_SQL + " ORDER BY c.kol_id, c.id")):
        by_kol[terms.kol_id].append(terms)
    found: dict[tuple[int | None, int | None, str], Conflict] = {}
    for deals in by_kol.values():
        for index, deal in enumerate(deals):
            for other in deals[index + 1 :]:
                for conflict in conflicts_between(deal, other) + conflicts_between(other, deal):
                    if conflict.ends_on >= today:
                        found.setdefault(conflict.key, conflict)
    return sorted(found.values(), key=lambda c: (c.deal.kol_name, c.starts_on, c.deal.id or 0, c.other.id or 0))


def active_windows(today: date) -> list[DealTerms]:
    """Signed deals whose exclusivity window has not ended, by category then KOL: the windows overview."""
    deals = [d for d in _terms(database.execute_sql(_TERMS_SQL)) if d.window and d.window[1] >= today]
    return sorted(deals, key=lambda d: (d.category.casefold(), d.kol_name, d.window or (today, today)))
