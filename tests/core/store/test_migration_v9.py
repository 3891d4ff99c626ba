"""Schema v9 (custom fields, account metrics, approximate figures) upgrades a v8 file keeping every row.

The new tables start empty; the new columns of old rows take their defaults: an account's followers and a rate
card's fee are exact ("at least" off, no upper end) until an import says otherwise.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.brands import fit_scores
from kolcrm.core.kols import custom_fields
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.list_query import KolFilter, count
from kolcrm.core.store import migrations
from kolcrm.core.store.db import APPLICATION_ID, database, open_database
from tests.core.store.fixture_dump import dump_as

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v8.db"
NEW_TABLES = ("custom_field", "kol_custom_value", "account_metric")
# Every table of the v8 fixture apart from the search index's FTS tables (v9 does not touch them) and the fit
# scores (WITHOUT ROWID: dumped by their key below).
TABLES = ("kol", "kol_label", "platform_account", "rate_card_entry", "interaction", "brand", "collaboration",
          "stage_change", "deliverable", "approval_step", "payment", "company_profile", "contract", "gift", "perk",
          "scheduling_priority", "blackout_period", "risk", "reminder", "setting", "campaign", "kpi", "brand_post",
          "readiness_item", "metric_capture", "kol_search_doc", "kol_fit_build")  # fmt: skip


def header(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


def fit_rows(path: Path) -> list[tuple[int, int, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT brand_id, kol_id, score FROM kol_fit ORDER BY brand_id, kol_id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def v8_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v8_file_with_rows_in_every_table() -> None:
    conn = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        empty = [name for name in names if not conn.execute(f"SELECT count(*) FROM '{name}'").fetchone()[0]]
    finally:
        conn.close()
    assert header(FIXTURE) == (8, APPLICATION_ID)
    assert empty == []
    assert set(TABLES) | {"kol_fit"} == {name for name in names if not name.startswith("kol_search")} | {
        "kol_search_doc"
    }


def test_v8_upgrades_to_v9_with_every_row_and_a_backup(v8_file: Path) -> None:
    before = dump_as(FIXTURE, v8_file, TABLES)
    scores = fit_rows(v8_file)

    open_database(v8_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    database.close()
    assert header(v8_file) == (migrations.SCHEMA_VERSION, APPLICATION_ID)
    assert dump_as(FIXTURE, v8_file, TABLES) == before
    assert fit_rows(v8_file) == scores == [(1, 1, 60), (1, 2, 24), (1, 4, 15)]
    backup = v8_file.with_name("kolcrm.db.v8.bak")
    assert backup.stat().st_mode & 0o777 == 0o600
    assert header(backup) == (8, APPLICATION_ID)
    assert dump_as(FIXTURE, backup, TABLES) == before


def test_the_new_tables_exist_empty_and_the_new_columns_take_their_defaults(v8_file: Path) -> None:
    open_database(v8_file)

    assert [database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] for table in NEW_TABLES] == [0, 0, 0]
    accounts = database.execute_sql("SELECT DISTINCT followers_at_least, followers_upper FROM platform_account")
    assert accounts.fetchall() == [(0, None)]
    fees = database.execute_sql("SELECT DISTINCT fee_at_least, fee_upper FROM rate_card_entry")
    assert fees.fetchall() == [(0, None)]
    index = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'kol_custom_value_by_field'").fetchone()
    assert index is not None and "(field_id, value, kol_id)" in index[0]


def test_an_upgraded_file_takes_custom_fields_and_keeps_its_fit_scores_fresh(v8_file: Path) -> None:
    open_database(v8_file)
    assert fit_scores.is_fresh(1)  # v9 touches neither the KOLs nor the brand
    live = count(KolFilter())

    status = custom_fields.define_field("建联状态", "choice", ["已建联", "未建联"])
    record = kols.get_kol(1)
    assert record.custom == {}
    record.custom = {status.id: "已建联"}
    kols.save_kol(record)

    assert kols.get_kol(1).custom == {status.id: "已建联"}
    assert count(KolFilter(text="已建联")) == 1
    assert count(KolFilter()) == live
