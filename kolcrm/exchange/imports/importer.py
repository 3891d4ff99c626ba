"""Importing KOLs from a sheet: a dry run that says what will happen, then one transaction that does it.

plan_import() reads every row, reports the cells it cannot read (line, column, reason) and matches rows
to KOLs already here by (platform, handle); apply_import() writes all accepted rows with the raw cursor
(peewee's insert path is ~10× slower, TRAPS.md) inside one `database.atomic()`, so a failure or a cancel
leaves the database as it was. An update fills the mapped fields from the row's non-empty cells and keeps
everything else: an empty cell never erases what the CRM already knows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kolcrm.core import clock
from kolcrm.core.brands import fit_scores
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.validation import handle_key, validate_kol
from kolcrm.core.store.db import database
from kolcrm.exchange.imports.cells import parse_cell
from kolcrm.exchange.imports.mapping import FIELDS, Mapping, check_mapping
from kolcrm.exchange.imports.plan import (
    PROFILE_COLUMNS,
    Cancelled,
    ImportPlan,
    ImportResult,
    PlannedRow,
    Progress,
    RowError,
    StalePlanError,
    existing_accounts,
)
from kolcrm.exchange.imports.reading import ImportFileError, SourceTable
from kolcrm.exchange.imports.writer import BATCH, ImportWriter, WriteCancelled, reindex

__all__ = [
    "BATCH",
    "PROFILE_COLUMNS",
    "Cancelled",
    "ImportFileError",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "Progress",
    "RowError",
    "StalePlanError",
    "apply_import",
    "format_report",
    "plan_import",
    "reindex",
]

_ACCOUNT_PROBLEM_FIELDS = {"platform": "platform", "handle": "handle", "url": "url", "followers": "followers",
                           "engagement_rate": "engagement_rate", "rate_card": "fee"}  # fmt: skip


def plan_import(
    table: SourceTable,
    mapping: Mapping,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    """The dry run: what would be added, updated and refused. Writes nothing. Raises only ImportFileError."""
    fields = check_mapping(mapping, table.headers)
    column_of = {key: table.headers[column] for key, column in fields.items()}
    plan = ImportPlan(table.headers, fields, fee_column=column_of.get("fee", ""))
    existing = existing_accounts()
    seen: dict[tuple[str, str], int] = {}
    total = len(table.rows)
    today = clock.today()
    for done, (line, cells) in enumerate(table.rows, start=1):
        if done % 1000 == 0:
            if cancelled is not None and cancelled():
                plan.cancelled = True
                return plan
            if progress is not None:
                progress(done, total)
        plan.rows_read += 1
        try:
            _plan_row(plan, line, cells, column_of, existing, seen, today)
        except Exception as exc:  # a row is never allowed to stop the import of the others
            plan.errors.append(RowError(line, "", f"the row cannot be read ({type(exc).__name__}: {exc})"))
    if progress is not None:
        progress(total, total)
    return plan


def _plan_row(
    plan: ImportPlan,
    line: int,
    cells: list[str],
    column_of: dict[str, str],
    existing: dict[tuple[str, str], tuple[int, int, str, bool]],
    seen: dict[tuple[str, str], int],
    today: date,
) -> None:
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    for key, column in plan.fields.items():
        text = cells[column] if column < len(cells) else ""
        if not text.strip():
            continue
        try:
            value = parse_cell(key, text)
        except ValueError as exc:
            errors.append(RowError(line, column_of[key], str(exc)))
            continue
        if value is not None:
            values[key] = value
    extra = [cell for cell in cells[len(plan.headers) :] if cell.strip()]
    if extra:
        errors.append(RowError(line, "", f"the row has {len(cells)} cells but the header only {len(plan.headers)}"))
    if errors:
        plan.errors.extend(errors)
        return

    account_key: tuple[str, str] | None = None
    if "platform" in values or "handle" in values:
        for key in ("platform", "handle"):
            if key not in values:
                plan.errors.append(RowError(line, column_of[key], f"{FIELDS[key]} is empty but the row has an account"))
                return
        account_key = (str(values["platform"]), handle_key(values["handle"]))
    elif any(key in values for key in ("url", "followers", "engagement_rate", "fee")):
        plan.errors.append(
            RowError(line, column_of.get("handle", ""), "Platform and Handle are empty: the figures need an account")
        )
        return

    problems = validate_kol(_record(values, plan.fee_column), today)
    for problem in problems:
        if problem.field == "display_name" and "display_name" not in values:
            continue  # judged below: an update may leave the name as it is
        key = problem.field.rsplit(".", 1)[-1]
        key = _ACCOUNT_PROBLEM_FIELDS.get(key, key) if problem.field.startswith("accounts[") else key
        plan.errors.append(RowError(line, column_of.get(key, ""), problem.message))
    if problems and any(not (p.field == "display_name" and "display_name" not in values) for p in problems):
        return

    match = existing.get(account_key) if account_key else None
    if account_key is not None:
        if account_key in seen:
            plan.errors.append(
                RowError(line, column_of["handle"], f"the same {account_key[0]} account as line {seen[account_key]}")
            )
            return
        seen[account_key] = line
    if match is not None:
        kol_id, account_id, name, trashed = match
        if trashed:
            plan.errors.append(
                RowError(
                    line, column_of["handle"], f"this account belongs to {name}, who is in the trash: restore first"
                )
            )
            return
        plan.to_update.append(PlannedRow(line, values, kol_id, account_id, values.get("display_name", name)))
    elif "display_name" not in values:
        plan.errors.append(RowError(line, column_of.get("display_name", ""), "Name is empty (a new KOL needs one)"))
    else:
        plan.to_add.append(PlannedRow(line, values, name=values["display_name"]))


def _record(values: dict[str, Any], fee_column: str) -> KolRecord:
    """The row as a KolRecord, so the core's validate_kol judges it by the same rules as the editor."""
    record = KolRecord(
        display_name=values.get("display_name", "—"),
        **{key: values[key] for key in PROFILE_COLUMNS[1:] if key in values},
        birthday=values.get("birthday"),
    )
    if "platform" in values:
        fee = values.get("fee")
        record.accounts.append(
            AccountRecord(
                platform=values["platform"],
                handle=values["handle"],
                url=values.get("url", ""),
                followers=values.get("followers", 0),
                engagement_rate=values.get("engagement_rate", 0.0),
                rate_card=[RateCardItem(values.get("fee_format", fee_column), fee[0], fee[1])] if fee else [],
            )
        )
    return record


def apply_import(
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    strict: bool = False,
) -> ImportResult:
    """Write every accepted row of the plan in one transaction; with `strict`, nothing if any row had an error."""
    result = ImportResult(errors=list(plan.errors))
    if plan.cancelled:
        result.cancelled = True
        return result
    if strict and plan.errors:
        result.refused = True
        return result
    total = len(plan.to_add) + len(plan.to_update)
    writer = ImportWriter(plan, total, progress, cancelled)
    try:
        with database.atomic():
            writer.check_plan_is_current()
            writer.add_rows()
            writer.update_rows()
            fit_scores.mark_all_stale()  # new KOLs, tags, followers, engagement: every brand rescored when shown
    except WriteCancelled:
        result.cancelled = True
        return result
    result.added, result.updated = len(plan.to_add), len(plan.to_update)
    if progress is not None:
        progress(total, total)
    return result


def format_report(plan: ImportPlan, result: ImportResult | None = None, limit: int | None = None) -> str:
    """The summary the CLI prints and the tests read: counts, then each error as line, column, reason."""
    lines: list[str] = []
    if result is None:
        lines.append(f"Dry run: {len(plan.to_add):,} to add, {len(plan.to_update):,} to update, "
                     f"{plan.error_lines:,} rows with errors (of {plan.rows_read:,} rows read)")  # fmt: skip
    elif result.cancelled:
        lines.append("Cancelled: nothing was imported")
    elif result.refused:
        lines.append(f"Nothing imported (--strict): {plan.error_lines:,} rows have errors")
    else:
        lines.append(f"Imported: {result.added:,} added, {result.updated:,} updated, "
                     f"{plan.error_lines:,} rows with errors skipped")  # fmt: skip
    errors = plan.errors if limit is None else plan.errors[:limit]
    for error in errors:
        where = f"line {error.line}" + (f", column “{error.column}”" if error.column else "")
        lines.append(f"  {where}: {error.reason}")
    if len(errors) < len(plan.errors):
        lines.append(f"  … and {len(plan.errors) - len(errors):,} more")
    return "\n".join(lines)
