"""Schema v6 (relationship care) upgrades a v5 file — deals and contracts — keeping every row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kolcrm.contracts.company import get_company
from kolcrm.contracts.service import contract_versions
from kolcrm.core.care import reminders
from kolcrm.core.kols import service as kols
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from tests.core.store.fixture_dump import dump_as

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v5.db"
TABLES = ("kol", "platform_account", "interaction", "brand", "collaboration", "deliverable", "payment",
          "company_profile", "contract")  # fmt: skip


@pytest.fixture
def v5_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_v5_upgrades_with_every_row_and_the_kols_gain_an_empty_lunar_birthday(v5_file: Path) -> None:
    before = dump_as(FIXTURE, v5_file, TABLES)
    assert before["contract"] and before["company_profile"]

    open_database(v5_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert get_company().legal_name == "上海花西子化妆品有限公司"
    assert [v.number for v in contract_versions(1)] == ["KOL-2026-00001-v1"]
    assert kols.get_kol(1).lunar_birthday == ""
    reminders.refresh()  # the rules run on an upgraded file
    database.close()
    assert dump_as(FIXTURE, v5_file, TABLES) == before
