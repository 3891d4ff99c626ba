"""Schema v10 (pinyin search) upgrades a v9 file keeping every row and makes its Chinese names findable by pinyin."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kolcrm.core.kols.list_query import KolFilter, count, fetch_page
from kolcrm.core.store import migrations
from kolcrm.core.store.db import APPLICATION_ID, database, open_database
from tests.core.store.fixture_dump import dump_as
from tests.core.store.test_migrations import _data_tables

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v9.db"


@pytest.fixture
def v9_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_the_fixture_is_a_v9_file_with_custom_values_and_no_pinyin(v9_file: Path) -> None:
    conn = sqlite3.connect(v9_file)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 9
        assert conn.execute("SELECT count(*) FROM kol_custom_value").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM kol_search_doc WHERE body LIKE '%ljq%'").fetchone()[0] == 0
    finally:
        conn.close()


def test_v9_file_keeps_every_row_and_finds_li_jiaqi_by_pinyin(v9_file: Path) -> None:
    tables = _data_tables(FIXTURE)
    before = dump_as(FIXTURE, v9_file, tables)

    open_database(v9_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION >= 10
    for typed in ("ljq", "lijiaqi", "li jia qi", "jiaqi"):
        page = fetch_page(KolFilter(text=typed), limit=10)
        assert [row.display_name for row in page] == ["李佳琦"], typed
    assert count(KolFilter(text="shanghai")) == 1  # the city of 李佳琦, 上海
    by_name = [row.display_name for row in fetch_page(KolFilter(), sort="name", descending=False)]
    assert by_name == ["不要联系", "Emma's Kitchen", "李佳琦"]  # bu…, emma…, li…: pinyin order, set for old rows
    assert count(KolFilter(text="bylx")) == 1  # 不要联系
    database.close()
    assert dump_as(FIXTURE, v9_file, tables) == before
    conn = sqlite3.connect(v9_file)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert Path(f"{v9_file}.v9.bak").exists()
