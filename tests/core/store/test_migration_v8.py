"""Schema v8 (the fit scores' tables) upgrades a v7 file — campaigns, care, deals — keeping every row.

kolcrm 7 created kol_fit and kol_fit_build at run time, once the user chose a brand for the Fit column, so a v7
file may hold them or not: v8 makes them part of the schema either way, empty (they are derived, and rebuilt
when the list shows fit), with the same rule giving the same scores afterwards.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.brands import fit_scores
from kolcrm.core.brands.fit import fit_score
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.care import reminders
from kolcrm.core.store import migrations
from kolcrm.core.store.db import APPLICATION_ID, database, open_database
from tests.core.store.fixture_dump import dump_as

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v7.db"
FIT_TABLES = ("kol_fit", "kol_fit_build")
# Every table the v7 fixture holds apart from the search index's FTS tables (v8 does not touch them) and the fit
# tables (derived: they start over).
TABLES = ("kol", "kol_label", "platform_account", "rate_card_entry", "interaction", "brand", "collaboration",
          "stage_change", "deliverable", "approval_step", "payment", "company_profile", "contract", "gift", "perk",
          "scheduling_priority", "blackout_period", "risk", "reminder", "setting", "campaign", "kpi", "brand_post",
          "readiness_item", "metric_capture", "kol_search_doc")  # fmt: skip


def header(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


def rows_of(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
    finally:
        conn.close()


@pytest.fixture(params=["fit tables made at run time", "fit never used"])
def v7_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    if request.param == "fit never used":
        conn = sqlite3.connect(copy)
        conn.executescript("DROP TABLE kol_fit; DROP TABLE kol_fit_build;")
        conn.close()
    return copy


def test_the_fixture_is_a_v7_file_with_rows_in_every_table() -> None:
    conn = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        empty = [name for name in names if not conn.execute(f"SELECT count(*) FROM '{name}'").fetchone()[0]]
    finally:
        conn.close()
    assert header(FIXTURE) == (7, APPLICATION_ID)
    assert empty == []
    assert set(TABLES) | set(FIT_TABLES) == {name for name in names if not name.startswith("kol_search")} | {
        "kol_search_doc"
    }


def test_v7_upgrades_to_v8_with_every_row_and_a_backup(v7_file: Path) -> None:
    before = dump_as(FIXTURE, v7_file, TABLES)
    had_fit = _has_table(v7_file, "kol_fit")

    open_database(v7_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    database.close()
    assert header(v7_file) == (migrations.SCHEMA_VERSION, APPLICATION_ID)
    assert dump_as(FIXTURE, v7_file, TABLES) == before
    backup = v7_file.with_name("kolcrm.db.v7.bak")
    assert backup.stat().st_mode & 0o777 == 0o600
    assert header(backup) == (7, APPLICATION_ID)
    assert dump_as(FIXTURE, backup, TABLES) == before
    assert _has_table(backup, "kol_fit") == had_fit
    if had_fit:
        assert rows_of(backup, "kol_fit") == [(1, 1, 60), (1, 2, 24), (1, 4, 15)]  # the copy keeps what v7 stored


def test_the_fit_tables_are_part_of_the_schema_empty_and_score_as_before(v7_file: Path) -> None:
    open_database(v7_file)

    columns = {table: [row[1:4] for row in database.execute_sql(f"PRAGMA table_info({table})")] for table in FIT_TABLES}
    assert columns == {
        "kol_fit": [("brand_id", "INTEGER", 1), ("kol_id", "INTEGER", 1), ("score", "INTEGER", 1)],
        "kol_fit_build": [("brand_id", "INTEGER", 0), ("source", "TEXT", 1)],
    }
    index = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'kol_fit_by_score'").fetchone()
    assert index is not None and "(brand_id, score, kol_id)" in index[0]
    plan = database.execute_sql("EXPLAIN QUERY PLAN SELECT max(updated_at) FROM kol WHERE deleted_at IS NULL")
    assert "kol_live_updated_at" in plan.fetchall()[-1][3]  # the stamp's latest edit: an index lookup, no scan
    assert [database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FIT_TABLES] == [0, 0]
    assert not fit_scores.is_fresh(1)  # nothing stored: the list builds the scores when it shows fit

    assert fit_scores.build(1) == 3  # the live KOLs; 健身小鹿 stays in the trash
    assert fit_scores.scores(1, [1, 2, 3, 4]) == {1: 60, 2: 24, 4: 15} == {k: fit_score(k, 1)[0] for k in (1, 2, 4)}
    assert fit_scores.is_fresh(1)


def test_the_upgraded_campaign_and_care_rows_read_back_through_the_services(v7_file: Path) -> None:
    open_database(v7_file)

    assert campaigns.campaign_deal_ids(1) == [1]
    reminders.refresh()  # the rules run on an upgraded file


def _has_table(path: Path, name: str) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None
    finally:
        conn.close()
