"""Every record the user types into refuses an invisible control character with a message naming the field:
notes, gifts, perks, campaigns and brands, as KOLs and deals do (a NUL once broke search)."""

from __future__ import annotations

from datetime import date

import pytest

from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.campaigns.records import CampaignRecord
from kolcrm.core.campaigns.service import save_campaign
from kolcrm.core.care.gifts import save_gift
from kolcrm.core.care.perks import save_perk
from kolcrm.core.care.records import GiftRecord, PerkRecord
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols.interactions import add_interaction
from kolcrm.core.kols.records import InteractionRecord, KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import GiftKind, Goal, InteractionKind, PerkKind

NUL = "\x00"


@pytest.fixture
def people(db) -> tuple[int, int]:
    return save_kol(KolRecord(display_name="小鹿")), save_brand(BrandRecord(name="岚山护肤"))


def refused(action) -> str:
    with pytest.raises(ValidationError) as caught:
        action()
    assert "U+0000" in caught.value.message
    return caught.value.field


def test_each_kind_of_record_refuses_a_nul_naming_the_field(people: tuple[int, int]) -> None:
    kol, brand = people
    day = date(2026, 11, 1)
    rows_before = database.execute_sql(
        "SELECT (SELECT count(*) FROM interaction) + (SELECT count(*) FROM gift)"
    ).fetchone()

    assert (
        refused(lambda: add_interaction(kol, InteractionRecord(day, InteractionKind.NOTE, f"聊了{NUL}档期"))) == "text"
    )
    assert (
        refused(lambda: save_gift(GiftRecord(kol, GiftKind.GIFT, description=f"月饼{NUL}礼盒"), day)) == "description"
    )
    assert (
        refused(lambda: save_perk(PerkRecord(kol, PerkKind.EXTRA_CONTENT, day, note=f"多发{NUL}一条"), day)) == "note"
    )
    assert refused(lambda: save_campaign(CampaignRecord(brand, f"双11{NUL}", Goal.PRODUCT))) == "name"
    assert refused(lambda: save_brand(BrandRecord(name="岚山", brand_values=f"天然{NUL}"))) == "brand_values"

    after = database.execute_sql("SELECT (SELECT count(*) FROM interaction) + (SELECT count(*) FROM gift)").fetchone()
    assert after == rows_before  # nothing half-written


def test_line_breaks_stay_allowed_where_text_runs_over_lines(people: tuple[int, int]) -> None:
    kol, _brand = people
    assert add_interaction(kol, InteractionRecord(date(2026, 11, 1), InteractionKind.NOTE, "第一行\n第二行\t备注"))
