"""Schema v20 (agencies as records) upgrades a v19 file keeping every row: each agency name in use becomes one record,
taking the company details one of its KOLs carried; every KOL keeps its agency field and its own copy."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.agencies import service as agencies
from kolcrm.core.kols.service import get_kol
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v19.db"


@pytest.fixture
def v19_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v19_file_with_two_agency_names(v19_file: Path) -> None:
    conn = sqlite3.connect(v19_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 19
        assert conn.execute("SELECT count(DISTINCT agency) FROM kol WHERE agency != ''").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'agency'").fetchone()[0] == 0
    finally:
        conn.close()


def test_v19_file_keeps_every_row_and_each_agency_name_becomes_a_record(v19_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v19_file, tables)

    open_database(v19_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 20
    found = {a.name: a for a in agencies.list_agencies()}
    assert sorted(found) == ["Starlight MCN", "如涵控股"]
    ruhan = found["如涵控股"]
    assert (ruhan.legal_name, ruhan.uscc, ruhan.address, ruhan.kol_count) == (
        "杭州如涵控股股份有限公司", "91310104MA1FR7ND3J", "杭州市余杭区", 2  # the third is in the trash
    )  # fmt: skip
    assert found["Starlight MCN"].legal_name == "" and found["Starlight MCN"].kol_count == 1
    first = database.execute_sql("SELECT min(id) FROM kol").fetchone()[0]
    assert get_kol(first).agency_legal_name == "杭州如涵控股股份有限公司", "every KOL of the agency reads its details"
    database.execute_sql("DELETE FROM agency")
    database.close()
    assert dump_as(FIXTURE, v19_file, tables) == before
