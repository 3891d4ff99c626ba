"""Schema v7 (campaigns) upgrades a v6 file — deals, contracts and care — keeping every row."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.records import CampaignRecord
from kolcrm.core.care import gifts, reminders
from kolcrm.core.store import migrations
from kolcrm.core.store.db import database, open_database
from kolcrm.core.vocabulary import Goal
from tests.core.store.fixture_dump import dump_as

FIXTURE = Path(__file__).parents[2] / "fixtures" / "kolcrm_v6.db"
TABLES = ("kol", "brand", "collaboration", "deliverable", "payment", "contract", "gift", "perk", "risk", "reminder")


@pytest.fixture
def v6_file(tmp_path: Path) -> Path:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_v6_upgrades_with_every_row_and_takes_campaigns(v6_file: Path) -> None:
    before = dump_as(FIXTURE, v6_file, TABLES)
    assert before["gift"] and before["risk"] and before["reminder"]

    open_database(v6_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert [(g.description, g.cost) for g in gifts.gifts_for(1)] == [("手写感谢卡", Decimal("88.80"))]
    assert [r.subject for r in reminders.due(date(2026, 4, 10))][:1] == ["寄样品"]
    campaign = campaigns.save_campaign(CampaignRecord(brand_id=1, name="升级后的活动", goal=Goal.AWARENESS))
    campaigns.set_campaign(1, campaign)
    assert campaigns.campaign_deal_ids(campaign) == [1]
    database.close()
    after = dump_as(FIXTURE, v6_file, TABLES)
    assert after["collaboration"] == before["collaboration"], "the campaign link is a new column; old ones unchanged"
    assert {t: rows for t, rows in after.items() if t != "reminder"} == {
        t: r for t, r in before.items() if t != "reminder"
    }
    assert set(before["reminder"]) <= set(after["reminder"])
