"""What an import is told (options), what its dry run found (the plan) and what it did (the result)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kolcrm.core.kols.duplicates import DuplicatePair
    from kolcrm.exchange.imports.reading import SourceTable

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ERRORS_KEPT = 10_000  # a million bad rows must not become a million report lines in memory


@dataclass
class ImportOptions:
    """The user's choices for one file: which column feeds which field, values fixed for every row, rates."""

    mapping: dict[str, str | list[str]]
    fixed: dict[str, str] = field(default_factory=dict)  # field key → raw text, as if every row held it
    fractions: dict[str, bool] = field(default_factory=dict)  # rate header → True when 0.052 means 5.2 %
    scales: dict[str, int] = field(default_factory=dict)  # header → multiplier: 粉丝量(万) holds 10,000s
    # 1.234,5 and 45.000 (European Excel): None = decided by the file (a semicolon-separated CSV writes them so).
    decimal_comma: bool | None = None

    def mapping_keys(self) -> list[str]:
        """Every field key the mapping feeds, and the fixed ones."""
        keys = [key for value in self.mapping.values() for key in ([value] if isinstance(value, str) else value)]
        return [key for key in keys if key] + list(self.fixed)


@dataclass(frozen=True)
class RowError:
    """A cell (or a row, when column is "") that was not imported, and why."""

    line: int
    column: str
    reason: str
    value: str = ""


@dataclass(frozen=True)
class Notice:
    """Something the import did on the user's behalf that they should know: a repaired cell, a merged row."""

    line: int
    column: str
    text: str


@dataclass
class ImportPlan:
    headers: list[str]
    options: ImportOptions
    columns: dict[str, list[int]]  # field key → columns
    destinations: dict[str, str] = field(default_factory=dict)  # header → where its values go, for the report
    added: int = 0  # KOLs the import creates
    updated: int = 0  # KOLs already here that it updates
    rows_read: int = 0
    rows_refused: int = 0  # rows with no identity at all: the only rows not imported
    merged_rows: int = 0  # rows that were the same account as an earlier row of the file
    accounts: int = 0
    new_custom_fields: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    errors_total: int = 0
    notices_total: int = 0
    cancelled: bool = False
    table: SourceTable | None = None  # the file, streamed again by the import

    def add_error(self, error: RowError) -> None:
        self.errors_total += 1
        if len(self.errors) < ERRORS_KEPT:
            self.errors.append(error)

    def add_notice(self, notice: Notice) -> None:
        self.notices_total += 1
        if len(self.notices) < ERRORS_KEPT:
            self.notices.append(notice)


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    cancelled: bool = False
    refused: bool = False  # --strict and the plan had errors: nothing was written
    # Every KOL the import added or updated; None when there were too many to keep a list of (check them all).
    kol_ids: list[int] | None = field(default_factory=list)
    plan: ImportPlan | None = None  # what the writing pass found (the file is read again when it writes)
    possible_duplicates: list[DuplicatePair] = field(default_factory=list)  # in the book, after the import
