"""Schema v15 (the company's 统一社会信用代码, legal representative, bank and contact) upgrades a v14 file keeping
every row: the company settings keep their name, address and signatory, with the new details empty."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.contracts.company import get_company
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v14.db"


@pytest.fixture
def v14_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v14_file_with_company_settings_and_tax_terms(v14_file: Path) -> None:
    conn = sqlite3.connect(v14_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 14
        assert conn.execute("SELECT legal_name FROM company_profile").fetchone()[0] == "杭州花西子化妆品有限公司"
        assert conn.execute("SELECT count(*) FROM collaboration WHERE tax_rate = '6'").fetchone()[0] == 1
        assert "uscc" not in [row[1] for row in conn.execute("PRAGMA table_info(company_profile)")]
    finally:
        conn.close()


def test_v14_file_keeps_every_row_and_the_company_gains_empty_details(v14_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v14_file, tables)

    open_database(v14_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 15
    company = get_company()
    assert (company.legal_name, company.address, company.signatory) == (
        "杭州花西子化妆品有限公司",
        "杭州市余杭区",
        "张伟",
    )
    assert (company.uscc, company.legal_representative, company.bank_account) == ("", "", "")
    database.close()
    assert dump_as(FIXTURE, v14_file, tables) == before
