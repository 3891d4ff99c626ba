"""Schema v4 (collaborations) upgrades a v3 file — the last kolcrm without deals — keeping every row."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.list_query import list_deals
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.kols.list_query import KolFilter, count
from kolcrm.core.store import migrations
from kolcrm.core.store.db import APPLICATION_ID, database, open_database
from tests.core.store.fixture_dump import dump_as

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v3.db"
TABLES = ("kol", "kol_label", "platform_account", "rate_card_entry", "interaction", "brand", "kol_search_doc")


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table the fixture had, read with plain sqlite3 (not through the code under test)."""
    return dump_as(FIXTURE, path, TABLES, order="rowid")


@pytest.fixture
def v3_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v3_file_without_deals(v3_file: Path) -> None:
    conn = sqlite3.connect(v3_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'collaboration'").fetchone()
    conn.close()


def test_v3_upgrades_in_place_with_every_row_and_a_backup(v3_file: Path) -> None:
    before = dump(v3_file)
    assert sum(len(rows) for rows in before.values()) > 10

    open_database(v3_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    database.close()
    assert dump(v3_file) == before
    assert dump(v3_file.with_name("kolcrm.db.v3.bak")) == before
    open_database(v3_file)
    assert count(KolFilter(text="口红")) == 1


def test_an_upgraded_file_takes_collaborations_for_its_old_kols(v3_file: Path) -> None:
    open_database(v3_file)
    deal = CollaborationRecord(
        brand_id=1, kol_id=1, title="老数据上的新合作", requested_fee=Decimal(30000), agreed_fee=Decimal(30000)
    )
    deal_id = collaborations.save_collaboration(deal)
    assert [(row.id, row.kol_name, row.brand_name) for row in list_deals()] == [
        (deal_id, "李佳琦", "岚山护肤 Lanshan Skincare")
    ]
