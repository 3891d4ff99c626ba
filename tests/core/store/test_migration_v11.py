"""Schema v11 (team mode) upgrades a v10 file keeping every row: each KOL, deal, brand and campaign starts at row
version 1, changed by nobody yet, and every KOL without an owner."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v10.db"


@pytest.fixture
def v10_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v10_file(v10_file: Path) -> None:
    conn = sqlite3.connect(v10_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 10
        assert conn.execute("SELECT count(*) FROM kol").fetchone()[0] >= 3
        assert "row_version" not in [row[1] for row in conn.execute("PRAGMA table_info(kol)")]
    finally:
        conn.close()


def test_v10_file_keeps_every_row_and_gains_versions_people_and_owners(v10_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v10_file, tables)

    open_database(v10_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 11
    for table in ("kol", "collaboration", "brand", "campaign"):
        rows = database.execute_sql(f"SELECT DISTINCT row_version, changed_by FROM {table}").fetchall()
        assert rows in ([], [(1, "")]), table
    assert database.execute_sql("SELECT DISTINCT owner FROM kol").fetchall() == [("",)]
    database.close()
    assert dump_as(FIXTURE, v10_file, tables) == before
