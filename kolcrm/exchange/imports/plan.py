"""What an import passes between its dry run and its write: the plan, its rows and errors, and the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kolcrm.core.store.db import database
from kolcrm.exchange.imports.reading import ImportFileError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PROFILE_COLUMNS = ("display_name", "real_name", "city", "agency", "agent_name", "agent_contact", "wechat_id",
                   "phone", "email")  # fmt: skip


class StalePlanError(ImportFileError):
    """The database changed between the dry run and the import: nothing was written."""


@dataclass(frozen=True)
class RowError:
    line: int
    column: str  # the sheet's header ("" when the problem is the row as a whole)
    reason: str


@dataclass
class PlannedRow:
    line: int
    values: dict[str, Any]  # field key → parsed value, for the row's non-empty mapped cells
    kol_id: int | None = None  # the KOL an update row matched
    account_id: int | None = None
    name: str = ""  # for the report: the KOL's name (the sheet's, or the existing one)


@dataclass
class ImportPlan:
    headers: list[str]
    fields: dict[str, int]  # field key → column
    fee_column: str = ""  # a fee without a format cell is filed under the fee column's header
    to_add: list[PlannedRow] = field(default_factory=list)
    to_update: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0
    cancelled: bool = False

    @property
    def error_lines(self) -> int:
        return len({error.line for error in self.errors})


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    cancelled: bool = False
    refused: bool = False  # --strict and the plan had errors: nothing was written


def existing_accounts() -> dict[tuple[str, str], tuple[int, int, str, bool]]:
    """(platform, handle_key) → (kol id, account id, KOL name, in the trash) for every account here."""
    rows = database.execute_sql(
        "SELECT pa.platform, pa.handle_key, pa.kol_id, pa.id, k.display_name, k.deleted_at IS NOT NULL"
        " FROM platform_account pa JOIN kol k ON k.id = pa.kol_id"
    )
    return {(platform, key): (kol_id, account_id, name, bool(trashed))
            for platform, key, kol_id, account_id, name, trashed in rows}  # fmt: skip
