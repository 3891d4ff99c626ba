"""Schema v17 (a contract version's signing dates) upgrades a v16 file keeping every row: every contract version
reads as drafted, not yet sent, and the KOL's ID number stays as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.contracts import service
from kolcrm.core.kols.service import get_kol
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v16.db"


@pytest.fixture
def v16_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v16_file_with_a_kols_id_number(v16_file: Path) -> None:
    conn = sqlite3.connect(v16_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 16
        assert conn.execute("SELECT count(*) FROM kol WHERE legal_id_number != ''").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM contract").fetchone()[0] >= 1
        assert "sent_on" not in [row[1] for row in conn.execute("PRAGMA table_info(contract)")]
    finally:
        conn.close()


def test_v16_file_keeps_every_row_and_its_contracts_read_as_drafted(v16_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v16_file, tables)

    open_database(v16_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 17
    deal = database.execute_sql("SELECT min(collaboration_id) FROM contract").fetchone()[0]
    version = service.contract_versions(deal)[0]
    assert (version.sent_on, version.signed_on, version.countersigned_on) == (None, None, None)
    kol_id = database.execute_sql("SELECT min(id) FROM kol").fetchone()[0]
    assert get_kol(kol_id).legal_id_number == "11010519491231002X"
    database.close()
    assert dump_as(FIXTURE, v16_file, tables) == before
