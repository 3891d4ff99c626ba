"""Importing KOLs from a sheet: a dry run that says what will happen, then one transaction that does it.

Both stream the file in batches of rows (reading.SourceTable.iter_rows), so a million-row sheet is never held
whole: rows → entries (rows.py) → KOLs resolved per batch against the database (writer.resolve) → written with
the raw cursor (writer.BatchWriter; peewee's insert path is ~10× slower, TRAPS.md). The import is one
`database.atomic()`: a failure, a cancel or --strict with errors leaves the database as it was.

Nothing is silently dropped: an unreadable cell is dropped and reported, the row still imports; a column that
maps to no field becomes a custom field or an account metric; only a row with no identity at all is refused.
"""

from __future__ import annotations

from collections.abc import Iterator

from kolcrm.core import i18n
from kolcrm.core.brands import fit_scores
from kolcrm.core.kols.duplicates import find_possible_duplicates
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import platform_label
from kolcrm.exchange.imports.entries import Entry
from kolcrm.exchange.imports.field_keys import ACCOUNT_FIELDS
from kolcrm.exchange.imports.file_memory import FileMemory
from kolcrm.exchange.imports.mapping import Mapping, check_mapping, field_label, header_scale
from kolcrm.exchange.imports.matching import remember, resolve
from kolcrm.exchange.imports.plan import (
    Cancelled,
    ImportOptions,
    ImportPlan,
    ImportResult,
    Notice,
    Progress,
    RowError,
)
from kolcrm.exchange.imports.reading import ImportFileError, SourceTable
from kolcrm.exchange.imports.rows import RowReader
from kolcrm.exchange.imports.writer import BatchWriter, WriteCancelled

__all__ = [
    "BATCH",
    "Cancelled",
    "ImportFileError",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "NoPlatformError",
    "Progress",
    "RowError",
    "apply_import",
    "check_options",
    "format_report",
    "plan_import",
    "run_import",
]

BATCH = 5000
DUPLICATES_SHOWN = 20


def plan_import(
    table: SourceTable,
    options: ImportOptions | Mapping,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    """The dry run: what would be added, updated, merged and dropped. Writes nothing. Raises only ImportFileError."""
    plan = _new_plan(table, _as_options(options))
    _stream(table, plan, progress, cancelled, writer=None)
    return plan


def apply_import(
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    strict: bool = False,
    table: SourceTable | None = None,
) -> ImportResult:
    """Import the file the plan was made from, in one transaction; with `strict`, nothing if any cell had an error.

    The file is read again (streamed), and each row matched against the database as it is now.
    """
    if plan.cancelled:
        return ImportResult(errors=list(plan.errors), cancelled=True, plan=plan)
    if strict and plan.errors:
        return ImportResult(errors=list(plan.errors), refused=True, plan=plan)
    source = table or plan.table
    if source is None:
        raise ImportFileError(i18n.translate("Import", "The plan does not know its file: plan it again"))
    _, result = run_import(source, plan.options, progress, cancelled, strict=strict)
    return result


def run_import(
    table: SourceTable,
    options: ImportOptions | Mapping,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    strict: bool = False,
) -> tuple[ImportPlan, ImportResult]:
    """Read and write in one pass (the CLI's import): the plan it returns is what actually happened."""
    plan = _new_plan(table, _as_options(options))
    writer = BatchWriter(plan, table.path.name)
    result = ImportResult(plan=plan)
    try:
        # IMMEDIATE: the import reads before it writes; a deferred transaction could not wait for another writer
        # (SQLite answers "database is locked" at once, TRAPS.md) — this one waits out the busy timeout.
        with database.atomic("IMMEDIATE"):
            _stream(table, plan, progress, cancelled, writer=writer)
            if plan.cancelled:
                raise WriteCancelled
            if strict and plan.errors_total:
                result.refused = True
                raise WriteCancelled
            fit_scores.mark_all_stale()  # new KOLs, tags, followers, engagement: every brand rescored when shown
    except WriteCancelled:
        result.cancelled = not result.refused
        result.errors = list(plan.errors)
        return plan, result
    result.added, result.updated = plan.added, plan.updated
    result.errors = list(plan.errors)
    result.kol_ids = list(dict.fromkeys(writer.kol_ids)) if writer.kol_ids is not None else None
    if result.kol_ids != []:  # the people a sheet brings may already be here under another name or account
        result.possible_duplicates = find_possible_duplicates(result.kol_ids, limit=DUPLICATES_SHOWN)
    return plan, result


def check_options(options: ImportOptions, headers: list[str]) -> dict[str, list[int]]:
    """Field → columns; raises ImportFileError when the mapping and fixed values cannot import this sheet.

    Account figures with no platform anywhere (no Platform column, none fixed, no header naming one) would
    all be dropped: that is asked about before any row is read, not reported row by row.
    """
    columns = check_mapping(options.mapping, headers, options.fixed)
    account_fields = {*ACCOUNT_FIELDS, "rate_card"}
    # Metrics alone (no handle anywhere) go to custom fields of the KOL: they need no platform.
    unqualified = [
        key for key in columns if key in account_fields or (key.startswith("metric:") and "handle" in columns)
    ]
    if unqualified and "platform" not in columns and not options.fixed.get("platform", "").strip():
        raise NoPlatformError(
            i18n.translate(
                "Import",
                "The sheet has accounts (handles, followers…) but no platform: choose the platform every row is on"
                " (in the wizard: “Every row is on”; on the command line: --set platform=instagram)",
            )
        )
    return columns


def _as_options(options: ImportOptions | Mapping) -> ImportOptions:
    return options if isinstance(options, ImportOptions) else ImportOptions(dict(options))


class NoPlatformError(ImportFileError):
    """The sheet's accounts name no platform, and none was chosen for the file."""


def _new_plan(table: SourceTable, options: ImportOptions) -> ImportPlan:
    columns = check_options(options, table.headers)
    if options.decimal_comma is None:  # European Excel separates with ";" because "," is its decimal mark
        options.decimal_comma = table.kind == "csv" and table.delimiter == ";"
    for header in table.headers:  # 粉丝量(万): the header gives the unit, whoever made the mapping
        if header not in options.scales and header_scale(header) != 1:
            options.scales[header] = header_scale(header)
    plan = ImportPlan(table.headers, options, columns, table=table)
    plan.destinations = destinations(table.headers, options)
    return plan


def destinations(headers: list[str], options: ImportOptions) -> dict[str, str]:
    """Header → where its values go, in words, so the report accounts for every column."""
    result: dict[str, str] = {}
    for header in headers:
        keys = options.mapping.get(header, "")
        keys = [keys] if isinstance(keys, str) else list(keys)
        keys = [key for key in keys if key]
        if not keys:
            result[header] = (
                i18n.translate("Import", "not imported (skipped)")
                if header in options.mapping
                else i18n.translate("Import", "not imported (not mapped)")
            )
        else:
            has_accounts = any(key.partition("@")[0] == "handle" for key in options.mapping_keys())
            result[header] = ", ".join(
                i18n.translate("Import", "Custom field: {name} (no account to hold it)").format(name=key[7:])
                if key.startswith("metric:") and not has_accounts
                else field_label(key)
                for key in keys
            )
    for key, text in options.fixed.items():
        label = i18n.translate("Import", "{field} (fixed)").format(field=field_label(key))
        shown = platform_label(text) if key == "platform" else text  # 小红书, not the stored Xiaohongshu
        result[label] = i18n.translate("Import", "“{value}” for every row").format(value=shown)
    return result


def _stream(
    table: SourceTable,
    plan: ImportPlan,
    progress: Progress | None,
    cancelled: Cancelled | None,
    writer: BatchWriter | None,
) -> None:
    reader = RowReader(table.headers, plan.columns, plan.options)
    memory = FileMemory()
    total = max(int(getattr(table, "estimated_rows", 0) or 0), 1)
    try:
        for batch in _batches(table, reader, plan):
            if cancelled is not None and cancelled():
                plan.cancelled = True
                return
            targets = resolve(batch, plan, memory, dry_run=writer is None)
            if writer is not None:
                writer.write(targets)
            remember(memory, targets)
            if progress is not None:
                progress(plan.rows_read, max(total, plan.rows_read))
    finally:
        memory.close()
    if writer is None:
        plan.new_custom_fields = _new_custom_fields(plan)
    if progress is not None:
        progress(plan.rows_read, plan.rows_read)


def _batches(table: SourceTable, reader: RowReader, plan: ImportPlan) -> Iterator[list[Entry]]:
    batch: list[Entry] = []
    errors: list[RowError] = []
    notices: list[Notice] = []
    for line, cells in table.iter_rows():
        plan.rows_read += 1
        entry = reader.read(line, cells, errors, notices)
        if errors:
            for error in errors:
                plan.add_error(error)
            errors.clear()
        if notices:
            for notice in notices:
                plan.add_notice(notice)
            notices.clear()
        if entry is None:
            plan.rows_refused += 1
            continue
        batch.append(entry)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _new_custom_fields(plan: ImportPlan) -> list[str]:
    names = [key[7:] for key in plan.columns if key.startswith("custom:")]
    if not names:
        return []
    known = {name.casefold() for (name,) in database.execute_sql("SELECT name FROM custom_field")}
    return [name for name in names if name.casefold() not in known]


def format_report(plan: ImportPlan, result: ImportResult | None = None, limit: int | None = None) -> str:
    """The summary the CLI prints and the tests read: counts, where each column went, then every dropped cell."""
    lines: list[str] = []
    shown = result.plan if result is not None and result.plan is not None else plan
    if result is None:
        lines.append(
            i18n.translate(
                "Import", "Dry run: {added} to add, {updated} to update, {refused} rows refused (of {read} rows read)"
            ).format(
                added=f"{plan.added:,}", updated=f"{plan.updated:,}", refused=f"{plan.rows_refused:,}",
                read=f"{plan.rows_read:,}",
            )
        )  # fmt: skip
    elif result.cancelled:
        lines.append(i18n.translate("Import", "Cancelled: nothing was imported"))
    elif result.refused:
        lines.append(
            i18n.translate("Import", "Nothing imported (--strict): {count} cells or rows have errors").format(
                count=f"{shown.errors_total:,}"
            )
        )
    else:
        lines.append(
            i18n.translate(
                "Import", "Imported: {added} added, {updated} updated, {refused} rows refused (of {read} rows read)"
            ).format(
                added=f"{result.added:,}", updated=f"{result.updated:,}", refused=f"{shown.rows_refused:,}",
                read=f"{shown.rows_read:,}",
            )
        )  # fmt: skip
    if shown.merged_rows:
        lines.append(
            i18n.translate(
                "Import", "{count} rows were the same account as an earlier row and were merged into it"
            ).format(count=f"{shown.merged_rows:,}")
        )
    if shown.new_custom_fields:
        names = ", ".join(f"“{name}”" for name in shown.new_custom_fields)
        lines.append(i18n.translate("Import", "New custom fields: {names}").format(names=names))
    lines.append(i18n.translate("Import", "Columns:"))
    for header, where in shown.destinations.items():
        lines.append(f"  {header} → {where}")
    errors = shown.errors if limit is None else shown.errors[:limit]
    if errors:
        lines.append(i18n.translate("Import", "Not imported:"))
    for error in errors:
        lines.append("  " + describe_error(error))
    if shown.errors_total > len(errors):
        more = f"{shown.errors_total - len(errors):,}"
        lines.append("  " + i18n.translate("Import", "… and {count} more").format(count=more))
    notices = shown.notices if limit is None else shown.notices[:limit]
    if notices:
        lines.append(i18n.translate("Import", "Notes:"))
    for notice in notices:
        lines.append("  " + _located(notice.line, notice.column, "", notice.text))
    if shown.notices_total > len(notices):
        more = f"{shown.notices_total - len(notices):,}"
        lines.append("  " + i18n.translate("Import", "… and {count} more").format(count=more))
    return "\n".join(lines)


def describe_error(error: RowError) -> str:
    value = error.value if error.value and error.value not in error.reason else ""
    return _located(error.line, error.column, value, error.reason)


def _located(line: int, column: str, value: str, reason: str) -> str:
    """'line 4, column “Followers” (“12,34”): reason', each part only when there is one."""
    if column and value:
        text = i18n.translate("Import", "line {line}, column “{column}” (“{value}”): {reason}")
    elif column:
        text = i18n.translate("Import", "line {line}, column “{column}”: {reason}")
    elif value:
        text = i18n.translate("Import", "line {line} (“{value}”): {reason}")
    else:
        text = i18n.translate("Import", "line {line}: {reason}")
    return text.format(line=line, column=column, value=value, reason=reason)
