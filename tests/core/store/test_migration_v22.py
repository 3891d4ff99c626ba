"""Schema v22 (samples, products and gifts sent) upgrades a v21 file keeping every row: its outreach stays as it was,
and a KOL owes no content until something is sent."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kolcrm.core.care import fulfilment
from kolcrm.core.kols import outreach
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from kolcrm.core.vocabulary.outreach import OutreachStage
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v21.db"


@pytest.fixture
def v21_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v21_file_with_outreach(v21_file: Path) -> None:
    conn = sqlite3.connect(v21_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 21
        assert conn.execute("SELECT touches FROM kol WHERE outreach_stage = 'contacted'").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sent_item'").fetchone()[0] == 0
    finally:
        conn.close()


def test_v21_file_keeps_every_row_and_owes_no_content(v21_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v21_file, tables)

    open_database(v21_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 22
    first = database.execute_sql("SELECT min(id) FROM kol").fetchone()[0]
    assert outreach.summary(first) == (OutreachStage.CONTACTED, date(2026, 11, 20), 2, date(2026, 11, 23))
    assert fulfilment.fulfilment(first).rate is None
    database.close()
    assert dump_as(FIXTURE, v21_file, tables) == before
