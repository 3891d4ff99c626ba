"""Schema v13 (row versions on gifts, perks and risks) upgrades a v12 file keeping every row: each gift, perk and
risk starts at version 1, changed by nobody yet, and a KOL's change history and note writers stay as they were."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.care import gifts
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v12.db"


@pytest.fixture
def v12_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v12_file_with_a_change_history(v12_file: Path) -> None:
    conn = sqlite3.connect(v12_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 12
        assert conn.execute("SELECT count(*) FROM kol_change").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM gift").fetchone()[0] >= 1
        assert "row_version" not in [row[1] for row in conn.execute("PRAGMA table_info(gift)")]
    finally:
        conn.close()


def test_v12_file_keeps_every_row_and_its_care_records_start_at_version_1(v12_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v12_file, tables)

    open_database(v12_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 13
    for table in ("gift", "perk", "risk"):
        rows = database.execute_sql(f"SELECT DISTINCT row_version, changed_by FROM {table}").fetchall()
        assert rows == [(1, "")], table
    gift = gifts.all_gifts()[0]
    assert gift.row_version == 1
    database.close()
    assert dump_as(FIXTURE, v12_file, tables) == before
