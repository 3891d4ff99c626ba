"""Schema v14 (a deal's tax terms) upgrades a v13 file keeping every row: every deal's fee reads as including tax,
as its contracts said, with no rate, invoice or withholding stated yet."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.collaborations.service import get_collaboration
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from kolcrm.core.vocabulary import InvoiceIssuer, InvoiceType
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v13.db"


@pytest.fixture
def v13_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v13_file_whose_gift_a_colleague_saved(v13_file: Path) -> None:
    conn = sqlite3.connect(v13_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 13
        assert conn.execute("SELECT max(row_version) FROM gift").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM collaboration").fetchone()[0] >= 1
        assert "tax_rate" not in [row[1] for row in conn.execute("PRAGMA table_info(collaboration)")]
    finally:
        conn.close()


def test_v13_file_keeps_every_row_and_its_deals_read_as_fees_including_tax(v13_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v13_file, tables)

    open_database(v13_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 14
    deal = get_collaboration(database.execute_sql("SELECT min(id) FROM collaboration").fetchone()[0])
    assert (deal.fee_includes_tax, deal.tax_rate, deal.invoice_type, deal.invoice_issuer, deal.withholds_income_tax) == (
        True, None, InvoiceType.UNSPECIFIED, InvoiceIssuer.UNSPECIFIED, False
    )  # fmt: skip
    database.close()
    assert dump_as(FIXTURE, v13_file, tables) == before
