"""Schema v12 (a KOL's change history) upgrades a v11 file keeping every row: the row versions, who changed and the
owners a team left stay as they were, the history starts empty, and every older note was written by nobody named."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.kols import change_log
from kolcrm.core.kols.ownership import set_owner
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v11.db"


@pytest.fixture
def v11_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v11_file_a_team_has_used(v11_file: Path) -> None:
    conn = sqlite3.connect(v11_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 11
        assert conn.execute("SELECT owner, row_version, changed_by FROM kol ORDER BY id LIMIT 1").fetchone() == (
            "李雷",
            3,
            "李雷",
        )
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'kol_change'").fetchone() is None
    finally:
        conn.close()


def test_v11_file_keeps_every_row_and_starts_an_empty_change_history(v11_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v11_file, tables)

    open_database(v11_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 12
    assert database.execute_sql("SELECT count(*) FROM kol_change").fetchone()[0] == 0
    assert database.execute_sql("SELECT DISTINCT created_by FROM interaction").fetchall() == [("",)]
    first = database.execute_sql("SELECT min(id) FROM kol").fetchone()[0]
    set_owner([first], "王芳")  # the upgraded file records changes from now on
    assert [(c.what, c.detail) for c in change_log.changes(first)] == [("owner", "王芳")]
    database.close()
    after = dump_as(FIXTURE, v11_file, tables)
    kol_before = {row[0]: row for row in before["kol"]}
    for row in after["kol"]:  # the KOL given to 王芳 moved on: its owner, version and stamp
        if row[0] != first:
            assert row == kol_before[row[0]]
    assert {table: rows for table, rows in after.items() if table != "kol"} == {
        table: rows for table, rows in before.items() if table != "kol"
    }
