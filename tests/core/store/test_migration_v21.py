"""Schema v21 (outreach) upgrades a v20 file keeping every row: its agencies stay as they were, and every KOL starts
not contacted, with no messages sent."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.agencies import service as agencies
from kolcrm.core.kols import outreach
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from kolcrm.core.vocabulary.outreach import OutreachStage
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v20.db"


@pytest.fixture
def v20_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v20_file_with_an_agencys_contact(v20_file: Path) -> None:
    conn = sqlite3.connect(v20_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 20
        assert conn.execute("SELECT contact_name FROM agency WHERE name = '如涵控股'").fetchone()[0] == "王经理"
        assert "outreach_stage" not in [row[1] for row in conn.execute("PRAGMA table_info(kol)")]
    finally:
        conn.close()


def test_v20_file_keeps_every_row_and_its_kols_start_not_contacted(v20_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v20_file, tables)

    open_database(v20_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 21
    live = database.execute_sql("SELECT count(*) FROM kol WHERE deleted_at IS NULL").fetchone()[0]
    assert outreach.stage_counts()[OutreachStage.NONE] == live
    ruhan = agencies.agency_named("如涵控股")
    assert ruhan is not None and (ruhan.contact_name, ruhan.notes) == ("王经理", "直播档期提前两周")
    database.close()
    assert dump_as(FIXTURE, v20_file, tables) == before
