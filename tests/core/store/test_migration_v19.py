"""Schema v19 (the agency's registered name, 统一社会信用代码 and address on a KOL) upgrades a v18 file keeping every
row: its attached files read back whole and the KOL's free-text agency stays; the new details start empty."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.attachments import service as attachments
from kolcrm.core.attachments.records import Target
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v18.db"


@pytest.fixture
def v18_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v18_file_with_attached_files(v18_file: Path) -> None:
    conn = sqlite3.connect(v18_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 18
        assert conn.execute("SELECT count(*) FROM attachment_content").fetchone()[0] == 2
        assert "agency_uscc" not in [row[1] for row in conn.execute("PRAGMA table_info(kol)")]
    finally:
        conn.close()


def test_v18_file_keeps_every_row_and_its_files_and_takes_agency_details(v18_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v18_file, tables)

    open_database(v18_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 19
    kol_id = database.execute_sql("SELECT kol_id FROM attachment WHERE kind = 'media_kit'").fetchone()[0]
    kit = attachments.attachments_of(Target(kol_id))[0]
    assert attachments.content(kit.id) == "媒体资料 media kit, fixture v18".encode()
    record = get_kol(kol_id)
    assert (record.agency, record.agency_legal_name, record.agency_uscc) == ("如涵控股", "", "")
    record.agency_legal_name, record.agency_uscc = "杭州如涵控股股份有限公司", "91330100MA2AXXXX0X"
    with pytest.raises(Exception, match="统一社会信用代码"):
        save_kol(record)
    database.close()
    assert dump_as(FIXTURE, v18_file, tables) == before
