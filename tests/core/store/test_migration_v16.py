"""Schema v16 (a KOL's ID number, address and payee account) upgrades a v15 file keeping every row: every KOL
gains empty contract details, and the company keeps its 统一社会信用代码."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.contracts.company import get_company
from kolcrm.core.kols.service import get_kol
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v15.db"


@pytest.fixture
def v15_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v15_file_with_a_company_uscc(v15_file: Path) -> None:
    conn = sqlite3.connect(v15_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 15
        assert conn.execute("SELECT uscc FROM company_profile").fetchone()[0] == "91310000MA1FL1GM4T"
        assert "legal_id_number" not in [row[1] for row in conn.execute("PRAGMA table_info(kol)")]
    finally:
        conn.close()


def test_v15_file_keeps_every_row_and_its_kols_gain_empty_contract_details(v15_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v15_file, tables)

    open_database(v15_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 16
    kol = get_kol(database.execute_sql("SELECT min(id) FROM kol").fetchone()[0])
    assert (kol.legal_id_number, kol.legal_address, kol.payee_bank, kol.payee_account) == ("", "", "", "")
    assert get_company().uscc == "91310000MA1FL1GM4T"
    database.close()
    assert dump_as(FIXTURE, v15_file, tables) == before
