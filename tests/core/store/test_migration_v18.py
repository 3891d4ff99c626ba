"""Schema v18 (attached files) upgrades a v17 file keeping every row: its signed contract version keeps its dates,
and a file can be attached to it at once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.contracts import service
from kolcrm.core.attachments import service as attachments
from kolcrm.core.attachments.records import Target
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v17.db"


@pytest.fixture
def v17_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v17_file_with_a_signed_contract(v17_file: Path) -> None:
    conn = sqlite3.connect(v17_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 17
        assert conn.execute("SELECT count(*) FROM contract WHERE signed_on IS NOT NULL").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'attachment'").fetchone()[0] == 0
    finally:
        conn.close()


def test_v17_file_keeps_every_row_and_takes_a_signed_scan(v17_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v17_file, tables)

    open_database(v17_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 18
    contract_id, deal, kol_id = database.execute_sql(
        "SELECT t.id, t.collaboration_id, c.kol_id FROM contract t JOIN collaboration c ON c.id = t.collaboration_id"
        " WHERE t.signed_on IS NOT NULL"
    ).fetchone()
    assert service.contract_versions(deal)[0].signed_on == "2026-11-24"
    target = Target(kol_id, contract_id=contract_id)
    assert attachments.attachments_of(target) == []
    attachments.attach(target, "signed.pdf", b"%PDF signed")
    assert [a.file_name for a in attachments.attachments_of(target)] == ["signed.pdf"]
    database.execute_sql("DELETE FROM attachment_content")
    database.execute_sql("DELETE FROM attachment")
    database.close()
    assert dump_as(FIXTURE, v17_file, tables) == before
