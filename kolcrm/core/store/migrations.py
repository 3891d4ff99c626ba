"""Versioned schema: PRAGMA user_version and ordered steps that each upgrade one version.

Steps are written in SQL, not derived from today's models, so a step keeps meaning what it meant when it
shipped. All pending steps run in one transaction; a copy of the file is taken first. The steps work on the
connection they are given and know nothing of the app's database proxy: db.open_database() calls migrate().
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from kolcrm.core import i18n
from kolcrm.core.errors import NewerDatabaseError
from kolcrm.core.store import schema_sql, schema_sql_v7_on, search

# "KOLC": marks a file as ours, so another program's SQLite file is never migrated by mistake.
APPLICATION_ID = 0x4B4F4C43

# The list sorts on these; partial indexes over live (not trashed) KOLs keep LIMIT queries at ~0.2 ms.
_SORT_COLUMNS = ("display_name", "tier", "main_platform", "followers", "engagement_rate", "last_contact")


def _run_script(db: SqliteDatabase, script: str) -> None:
    """Each statement of a step's SQL, inside the caller's transaction (executescript would commit it)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute_sql(statement)


def _v1_initial_tables(db: SqliteDatabase) -> None:
    _run_script(db, schema_sql.V1_TABLES)


def _v2_search_index_and_list_indexes(db: SqliteDatabase) -> None:
    """Full-text search (trigram + CJK bigrams) over every existing KOL, and indexes for the list."""

    for column in _SORT_COLUMNS:
        db.execute_sql(f"CREATE INDEX kol_live_{column} ON kol({column}, id) WHERE deleted_at IS NULL")
    db.execute_sql("CREATE INDEX kol_deleted ON kol(deleted_at) WHERE deleted_at IS NOT NULL")
    search.create_tables(db)
    search.rebuild_all(db)


def _v3_word_prefix_search(db: SqliteDatabase) -> None:
    """Typing the first letters of a Latin name ("Ch") becomes an index lookup instead of a full scan."""

    search.create_word_prefix_table(db)


def _v4_collaborations(db: SqliteDatabase) -> None:
    """Deals between a brand and a KOL: deliverables with their review history, payments, stage changes."""
    _run_script(db, schema_sql.V4_TABLES)


def _v5_contracts(db: SqliteDatabase) -> None:
    """The brand company's details for contract headers, and a record of every contract generated."""
    _run_script(db, schema_sql.V5_TABLES)


def _v6_relationship_care(db: SqliteDatabase) -> None:
    """Gifts and thank-yous, perks received, scheduling priority, risks, reminders; lunar birthdays; settings."""
    _run_script(db, schema_sql.V6_TABLES)


def _v7_campaigns(db: SqliteDatabase) -> None:
    """Campaigns with goals and KPIs, brand posts, readiness; metric captures; the brand's target audience."""
    _run_script(db, schema_sql_v7_on.V7_TABLES)


def _v8_fit_scores(db: SqliteDatabase) -> None:
    """The stored fit scores the KOL list sorts by (created at run time before v8; they start over empty)."""
    _run_script(db, schema_sql_v7_on.V8_TABLES)


def _v9_custom_fields_and_account_metrics(db: SqliteDatabase) -> None:
    """Custom fields on KOLs, dated account metrics, and approximate figures ("10万+", "600K-800K") from sheets."""
    _run_script(db, schema_sql_v7_on.V9_TABLES)


def _v10_pinyin_search_and_name_order(db: SqliteDatabase) -> None:
    """Chinese names, cities and agencies become findable by pinyin, and the list sorts names in pinyin order
    (kol.name_order, filled with the search documents, which are all written again)."""
    db.execute_sql("ALTER TABLE kol ADD COLUMN name_order TEXT NOT NULL DEFAULT ''")
    db.execute_sql("CREATE INDEX kol_live_name_order ON kol(name_order, id) WHERE deleted_at IS NULL")
    search.rebuild_all(db)


def _v11_row_versions_people_and_owners(db: SqliteDatabase) -> None:
    """Team mode: a row version and who changed it last on KOLs, deals, brands and campaigns; a KOL's owner."""
    _run_script(db, schema_sql_v7_on.V11_TABLES)


def _v12_kol_change_history(db: SqliteDatabase) -> None:
    """Who changed what: a KOL's changes as rows of its history, and who wrote each note."""
    _run_script(db, schema_sql_v7_on.V12_TABLES)


def _v13_care_row_versions(db: SqliteDatabase) -> None:
    """Gifts, perks and risks carry a row version and who changed them last."""
    _run_script(db, schema_sql_v7_on.V13_TABLES)


def _v14_deal_tax_and_invoices(db: SqliteDatabase) -> None:
    """A deal's tax terms: fee with or without tax, the rate, the invoice and its issuer, income tax withheld."""
    _run_script(db, schema_sql_v7_on.V14_TABLES)


def _v15_company_party_details(db: SqliteDatabase) -> None:
    """The company's 统一社会信用代码, legal representative, bank account and contact, for contracts."""
    _run_script(db, schema_sql_v7_on.V15_TABLES)


def _v16_kol_party_details(db: SqliteDatabase) -> None:
    """A KOL's ID number, address and payee account, for contracts."""
    _run_script(db, schema_sql_v7_on.V16_TABLES)


def _v17_contract_signing(db: SqliteDatabase) -> None:
    """A contract version's dates: sent, signed by the KOL, countersigned by the brand."""
    _run_script(db, schema_sql_v7_on.V17_TABLES)


def _v18_attachments(db: SqliteDatabase) -> None:
    """Files attached to a contract version, a deliverable or a KOL, with their SHA-256, stored in the book."""
    _run_script(db, schema_sql_v7_on.V18_TABLES)


def _v19_agency_party_details(db: SqliteDatabase) -> None:
    """The registered name, 统一社会信用代码 and address of the agency that signs for a KOL, for contracts."""
    _run_script(db, schema_sql_v7_on.V19_TABLES)


def _v20_agencies(db: SqliteDatabase) -> None:
    """Agencies as records: one per agency name the KOLs hold, with the details a KOL's contract group had."""
    _run_script(db, schema_sql_v7_on.V20_TABLES)
    now = db.execute_sql("SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')").fetchone()[0]
    # Per name, the details of its first KOL (by id) that has any; a KOL's own copy stays on its row as it was.
    rows = db.execute_sql(
        "SELECT trim(agency), agency_legal_name, agency_uscc, agency_address FROM kol WHERE trim(agency) != ''"
        " ORDER BY (agency_legal_name || agency_uscc || agency_address) = '', id"
    ).fetchall()
    seen: set[str] = set()
    for name, legal_name, uscc, address in rows:
        if name not in seen:
            seen.add(name)
            db.execute_sql(
                "INSERT INTO agency (name, legal_name, uscc, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (name, legal_name, uscc, address, now, now),
            )


def _v21_outreach(db: SqliteDatabase) -> None:
    """Outreach on each KOL (stage, dates, touches) and the message templates."""
    _run_script(db, schema_sql_v7_on.V21_TABLES)


def _v22_sent_items(db: SqliteDatabase) -> None:
    """Samples, products and gifts sent, what was promised in return and by when, and what was delivered."""
    _run_script(db, schema_sql_v7_on.V22_TABLES)


MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [
    _v1_initial_tables,
    _v2_search_index_and_list_indexes,
    _v3_word_prefix_search,
    _v4_collaborations,
    _v5_contracts,
    _v6_relationship_care,
    _v7_campaigns,
    _v8_fit_scores,
    _v9_custom_fields_and_account_metrics,
    _v10_pinyin_search_and_name_order,
    _v11_row_versions_people_and_owners,
    _v12_kol_change_history,
    _v13_care_row_versions,
    _v14_deal_tax_and_invoices,
    _v15_company_party_details,
    _v16_kol_party_details,
    _v17_contract_signing,
    _v18_attachments,
    _v19_agency_party_details,
    _v20_agencies,
    _v21_outreach,
    _v22_sent_items,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: SqliteDatabase, path: Path | None = None, target: int = SCHEMA_VERSION) -> int:
    """Bring the file up to `target`; returns the version it had. Every row is kept; all or nothing."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise NewerDatabaseError(
            i18n.translate("Database", "This database has schema version {found}; kolcrm knows up to {known}").format(
                found=current, known=SCHEMA_VERSION
            )
        )
    if current >= target:
        return current
    if current > 0 and path is not None:
        backup_before_migration(db, path, current)
    with db.atomic():
        for step in MIGRATIONS[current:target]:
            step(db)
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute_sql(f"PRAGMA user_version = {int(target)}")
    return current


def backup_before_migration(db: SqliteDatabase, path: Path, version: int) -> Path:
    """A consistent copy (SQLite online backup) named after the version it holds, mode 0600."""
    copy = path.with_name(f"{path.name}.v{version}.bak")
    target = sqlite3.connect(copy)
    try:
        db.connection().backup(target)
    finally:
        target.close()
    copy.chmod(0o600)
    return copy
