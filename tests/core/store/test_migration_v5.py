"""Schema v5 (contracts) upgrades a v4 file — collaborations but no contracts — keeping every row."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.list_query import list_deals
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from kolcrm.core.vocabulary import ApprovalState, DealChannel, Stage
from tests.core.store.fixture_dump import dump_as

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v4.db"
TABLES = (
    "kol",
    "kol_label",
    "platform_account",
    "rate_card_entry",
    "interaction",
    "brand",
    "collaboration",
    "stage_change",
    "deliverable",
    "approval_step",
    "payment",
)


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table the fixture had, read with plain sqlite3 (not through the code under test)."""
    return dump_as(FIXTURE, path, TABLES, order="rowid")


@pytest.fixture
def v4_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_v4_upgrades_with_every_row_of_every_table(v4_file: Path) -> None:
    before = dump(v4_file)
    assert before["collaboration"] and before["payment"] and before["approval_step"]

    open_database(v4_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    database.close()
    assert dump(v4_file) == before
    assert dump(v4_file.with_name("kolcrm.db.v4.bak")) == before


def test_the_upgraded_deal_reads_back_exactly(v4_file: Path) -> None:
    open_database(v4_file)

    deal = collaborations.get_collaboration(1)
    assert (deal.title, deal.kol_name, deal.stage) == ("春季口红 Spring lipstick", "李佳琦", Stage.CONTRACTED)
    assert (deal.requested_fee, deal.agreed_fee, deal.channel) == (
        Decimal(300000),
        Decimal(300000),
        DealChannel.DOUYIN_XINGTU,
    )
    assert [p.amount for p in deal.payments] == [Decimal("149999.50"), Decimal("150000.50")]
    assert deal.payments[0].paid_on == date(2026, 3, 11)
    assert deal.deliverables[0].state is ApprovalState.SUBMITTED
    assert deal.deliverables[0].kol_idea == "想拍一条上班通勤妆"
    assert [row.id for row in list_deals()] == [1]
    assert database.execute_sql("SELECT count(*) FROM contract").fetchone()[0] == 0
