"""Importing KOLs from a sheet: a dry run that says what will happen, then one transaction that does it.

plan_import() reads every row, reports the cells it cannot read (line, column, reason) and matches rows
to KOLs already here by (platform, handle); apply_import() writes all accepted rows with the raw cursor
(peewee's insert path is ~10× slower, TRAPS.md) inside one `database.atomic()`, so a failure or a cancel
leaves the database as it was. An update fills the mapped fields from the row's non-empty cells and keeps
everything else: an empty cell never erases what the CRM already knows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kolcrm.core import search
from kolcrm.core.clock import utc_now
from kolcrm.core.db import database
from kolcrm.core.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.validation import handle_key, validate_kol
from kolcrm.core.vocabulary import Status, tier_for_followers
from kolcrm.exchange.cells import parse_cell
from kolcrm.exchange.mapping import FIELDS, Mapping, check_mapping
from kolcrm.exchange.reading import ImportFileError, SourceTable

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
BATCH = 5000
PROFILE_COLUMNS = ("display_name", "real_name", "city", "agency", "agent_name", "agent_contact", "wechat_id",
                   "phone", "email")  # fmt: skip
_ACCOUNT_PROBLEM_FIELDS = {"platform": "platform", "handle": "handle", "url": "url", "followers": "followers",
                           "engagement_rate": "engagement_rate", "rate_card": "fee"}  # fmt: skip


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


class _Cancel(Exception):
    """Raised inside the transaction so that it rolls back."""


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
    existing = _existing_accounts()
    seen: dict[tuple[str, str], int] = {}
    total = len(table.rows)
    today = date.today()
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


def _existing_accounts() -> dict[tuple[str, str], tuple[int, int, str, bool]]:
    """(platform, handle_key) → (kol id, account id, KOL name, in the trash) for every account here."""
    rows = database.execute_sql(
        "SELECT pa.platform, pa.handle_key, pa.kol_id, pa.id, k.display_name, k.deleted_at IS NOT NULL"
        " FROM platform_account pa JOIN kol k ON k.id = pa.kol_id"
    )
    return {(platform, key): (kol_id, account_id, name, bool(trashed))
            for platform, key, kol_id, account_id, name, trashed in rows}  # fmt: skip


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
    writer = _Writer(plan, total, progress, cancelled)
    try:
        with database.atomic():
            writer.check_plan_is_current()
            writer.add_rows()
            writer.update_rows()
    except _Cancel:
        result.cancelled = True
        return result
    result.added, result.updated = len(plan.to_add), len(plan.to_update)
    if progress is not None:
        progress(total, total)
    return result


class _Writer:
    def __init__(self, plan: ImportPlan, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.plan, self.total, self.progress, self.cancelled = plan, total, progress, cancelled
        self.done = 0
        self.now = utc_now()
        self.today = date.today().isoformat()
        self.cursor = database.cursor()

    def tick(self, rows: int) -> None:
        self.done += rows
        if self.cancelled is not None and self.cancelled():
            raise _Cancel
        if self.progress is not None:
            self.progress(self.done, self.total)

    def check_plan_is_current(self) -> None:
        existing = _existing_accounts()
        for row in self.plan.to_add:
            if "platform" in row.values and (row.values["platform"], handle_key(row.values["handle"])) in existing:
                raise StalePlanError("A KOL was added since the dry run: run the dry run again; nothing was written")
        accounts = {(kol_id, account_id) for kol_id, account_id, _name, _trashed in existing.values()}
        for row in self.plan.to_update:
            if (row.kol_id, row.account_id) not in accounts:
                raise StalePlanError("A KOL changed since the dry run: run the dry run again; nothing was written")

    # -- new KOLs ------------------------------------------------------------------------------------------
    def add_rows(self) -> None:
        kol_id = database.execute_sql("SELECT coalesce(max(id), 0) FROM kol").fetchone()[0] + 1
        account_id = database.execute_sql("SELECT coalesce(max(id), 0) FROM platform_account").fetchone()[0] + 1
        rows = self.plan.to_add
        for start in range(0, len(rows), BATCH):
            kols, labels, accounts, rates, notes, documents = [], [], [], [], [], []
            for row in rows[start : start + BATCH]:
                v = row.values
                followers, engagement, main_platform, tier = 0, 0.0, "", 0
                handles: list[str] = []
                if "platform" in v:
                    followers, engagement = v.get("followers", 0), v.get("engagement_rate", 0.0)
                    main_platform, tier = str(v["platform"]), int(tier_for_followers(followers))
                    handle = v["handle"]
                    handles.append(handle)
                    accounts.append((account_id, kol_id, main_platform, handle, handle_key(handle), v.get("url", ""),
                                     followers, engagement))  # fmt: skip
                    if "fee" in v:
                        fee, currency = v["fee"]
                        rates.append((account_id, v.get("fee_format", self.plan.fee_column), str(fee), currency))
                    account_id += 1
                kols.append((kol_id, v["display_name"], v.get("real_name", ""), str(v.get("status", Status.PROSPECT)),
                             tier, v.get("city", ""), "\n".join(v.get("languages", ())), v.get("agency", ""),
                             v.get("agent_name", ""), v.get("agent_contact", ""), v.get("wechat_id", ""),
                             v.get("phone", ""), v.get("email", ""),
                             v["birthday"].isoformat() if "birthday" in v else None, main_platform, followers,
                             engagement, self.now, self.now))  # fmt: skip
                tags = [("category", label) for label in v.get("categories", ())]
                tags += [("value", label) for label in v.get("value_tags", ())]
                labels.extend((kol_id, kind, label) for kind, label in tags)
                if "notes" in v:
                    notes.append((kol_id, self.today, "note", v["notes"], self.now))
                names = [v.get(key, "") for key in ("display_name", "real_name", "city", "agency", "wechat_id")]
                body = search.compose_body(names, handles, [label for _kind, label in tags], [v.get("notes", "")])
                documents.append((kol_id, body))
                kol_id += 1
            self._insert(kols, labels, accounts, rates, notes)
            search.insert_documents(database, documents)
            self.tick(len(kols))

    def _insert(self, kols: list, labels: list, accounts: list, rates: list, notes: list) -> None:
        cursor = self.cursor
        cursor.executemany(
            "INSERT INTO kol (id, display_name, real_name, status, tier, city, languages, agency, agent_name,"
            " agent_contact, wechat_id, phone, email, birthday, main_platform, followers, engagement_rate,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            kols,
        )
        cursor.executemany("INSERT INTO kol_label (kol_id, kind, label) VALUES (?,?,?)", labels)
        cursor.executemany(
            "INSERT INTO platform_account (id, kol_id, platform, handle, handle_key, url, followers, engagement_rate)"
            " VALUES (?,?,?,?,?,?,?,?)",
            accounts,
        )
        cursor.executemany("INSERT INTO rate_card_entry (account_id, format, fee, currency) VALUES (?,?,?,?)", rates)
        cursor.executemany(
            "INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) VALUES (?,?,?,?,?)", notes
        )

    # -- KOLs already here ---------------------------------------------------------------------------------
    def update_rows(self) -> None:
        rows = self.plan.to_update
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            statements: dict[str, list[tuple]] = {}  # SQL → parameters, run in first-seen order
            for row in chunk:
                for sql, params in self._updates(row):
                    statements.setdefault(sql, []).append(params)
            for sql, params in statements.items():
                self.cursor.executemany(sql, params)
            kol_ids = sorted({row.kol_id for row in chunk if row.kol_id is not None})
            self._refresh_main_account(kol_ids)
            reindex(kol_ids)
            self.tick(len(chunk))

    def _updates(self, row: PlannedRow) -> list[tuple[str, tuple]]:
        """The statements that merge one row into its KOL; same-shaped rows share SQL, so they batch."""
        v, statements = row.values, []
        profile: dict[str, Any] = {key: v[key] for key in PROFILE_COLUMNS if key in v}
        if "status" in v:
            profile["status"] = str(v["status"])
        if "languages" in v:
            profile["languages"] = "\n".join(v["languages"])
        if "birthday" in v:
            profile["birthday"] = v["birthday"].isoformat()
        profile["updated_at"] = self.now
        assignments = ", ".join(f"{column} = ?" for column in profile)
        statements.append((f"UPDATE kol SET {assignments} WHERE id = ?", (*profile.values(), row.kol_id)))
        for key, kind in (("categories", "category"), ("value_tags", "value")):
            if key in v:
                statements.append(("DELETE FROM kol_label WHERE kol_id = ? AND kind = ?", (row.kol_id, kind)))
        for key, kind in (("categories", "category"), ("value_tags", "value")):
            for label in v.get(key, ()):
                statements.append(
                    ("INSERT OR IGNORE INTO kol_label (kol_id, kind, label) VALUES (?,?,?)", (row.kol_id, kind, label))
                )
        account = {key: v[key] for key in ("url", "followers", "engagement_rate") if key in v}
        if account:
            assignments = ", ".join(f"{column} = ?" for column in account)
            statements.append(
                (f"UPDATE platform_account SET {assignments} WHERE id = ?", (*account.values(), row.account_id))
            )
        if "fee" in v:
            fee, currency = v["fee"]
            fee_format = v.get("fee_format", self.plan.fee_column)
            statements.append(
                (
                    "UPDATE rate_card_entry SET fee = ?, currency = ? WHERE account_id = ? AND format = ?",
                    (str(fee), currency, row.account_id, fee_format),
                )
            )
            statements.append(
                (
                    "INSERT INTO rate_card_entry (account_id, format, fee, currency) SELECT ?, ?, ?, ?"
                    " WHERE NOT EXISTS (SELECT 1 FROM rate_card_entry WHERE account_id = ? AND format = ?)",
                    (row.account_id, fee_format, str(fee), currency, row.account_id, fee_format),
                )
            )
        if "notes" in v:  # importing the same sheet twice must not repeat its notes
            statements.append(
                (
                    "INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) SELECT ?, ?, 'note', ?, ?"
                    " WHERE NOT EXISTS (SELECT 1 FROM interaction WHERE kol_id = ? AND text = ?)",
                    (row.kol_id, self.today, v["notes"], self.now, row.kol_id, v["notes"]),
                )
            )
        return statements

    def _refresh_main_account(self, kol_ids: list[int]) -> None:
        """Followers, engagement, platform and tier on the KOL row follow the largest account (as save_kol)."""
        main: dict[int, tuple[int, str, float]] = {}
        for first in range(0, len(kol_ids), 500):
            part = kol_ids[first : first + 500]
            marks = ",".join("?" * len(part))
            for kol_id, platform, followers, engagement in database.execute_sql(
                f"SELECT kol_id, platform, followers, engagement_rate FROM platform_account"
                f" WHERE kol_id IN ({marks}) ORDER BY kol_id, position, id",
                part,
            ):
                if kol_id not in main or followers > main[kol_id][0]:
                    main[kol_id] = (followers, platform, engagement)
        self.cursor.executemany(
            "UPDATE kol SET main_platform = ?, followers = ?, engagement_rate = ?,"
            " tier = CASE WHEN tier_is_manual THEN tier ELSE ? END WHERE id = ?",
            [
                (platform, followers, engagement, int(tier_for_followers(followers)), kol_id)
                for kol_id, (followers, platform, engagement) in main.items()
            ],
        )


def reindex(kol_ids: list[int]) -> None:
    """search.reindex_kol for many KOLs at once: a few statements per 500 KOLs instead of ~12 per KOL.

    Mirrors search.remove_document and search._documents (external-content and contentless FTS5 tables need
    the old text to delete it); a candidate to move into kolcrm.core.search as reindex_kols().
    """
    has_words = bool(database.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'kol_search_words'").fetchone())
    cursor = database.cursor()
    for first in range(0, len(kol_ids), 500):
        part = kol_ids[first : first + 500]
        marks = ",".join("?" * len(part))
        old = database.execute_sql(
            f"SELECT kol_id, body FROM kol_search_doc WHERE kol_id IN ({marks})", part
        ).fetchall()
        cursor.executemany("INSERT INTO kol_search(kol_search, rowid, body) VALUES ('delete', ?, ?)", old)
        if has_words:
            cursor.executemany(
                "INSERT INTO kol_search_words(kol_search_words, rowid, body) VALUES ('delete', ?, ?)",
                [(kol_id, search.word_text(body)) for kol_id, body in old],
            )
        cursor.executemany(
            "INSERT INTO kol_search_cjk(kol_search_cjk, rowid, grams) VALUES ('delete', ?, ?)",
            [(kol_id, search.cjk_grams(body)) for kol_id, body in old],
        )
        cursor.executemany("DELETE FROM kol_search_doc WHERE kol_id = ?", [(kol_id,) for kol_id, _body in old])
        grouped: dict[str, dict[int, list[str]]] = {}
        for table, column in (("platform_account", "handle"), ("kol_label", "label"), ("interaction", "text")):
            grouped[table] = {}
            for kol_id, value in database.execute_sql(
                f"SELECT kol_id, {column} FROM {table} WHERE kol_id IN ({marks}) ORDER BY id", part
            ):
                grouped[table].setdefault(kol_id, []).append(value)
        documents = [
            (kol_id, search.compose_body(names, *(grouped[t].get(kol_id, []) for t in grouped)))
            for kol_id, *names in database.execute_sql(
                f"SELECT id, display_name, real_name, city, agency, wechat_id FROM kol WHERE id IN ({marks})"
                " ORDER BY id",
                part,
            )
        ]
        search.insert_documents(database, documents)


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
