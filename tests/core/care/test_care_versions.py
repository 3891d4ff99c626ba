"""Gifts, perks and risks a team shares: a save over a colleague's newer change is refused (nothing written),
naming them, and saves over it only when the person chooses to."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kolcrm.core.care import gifts, perks, risks
from kolcrm.core.care.records import GiftRecord, PerkRecord, RiskRecord
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.versions import EditConflict
from kolcrm.core.vocabulary import GiftKind, Occasion, PerkKind, RiskCategory


@pytest.fixture
def kol_id(any_db) -> int:
    return save_kol(KolRecord(display_name="小鹿"))


def _two_copies(save, get, record):
    record_id = save(record)
    return get(record_id), get(record_id)


@pytest.mark.parametrize("kind", ["gift", "perk", "risk"])
def test_the_second_of_two_saves_from_the_same_version_is_refused_until_it_overwrites(
    kol_id: int, monkeypatch, kind: str
) -> None:
    if kind == "gift":
        save, get = gifts.save_gift, gifts.get_gift
        first = GiftRecord(kol_id=kol_id, kind=GiftKind.GIFT, occasion=Occasion.MID_AUTUMN, description="月饼礼盒")
        field, theirs_value, mine_value = "description", "月饼礼盒（双黄）", "茶叶礼盒"
    elif kind == "perk":
        save, get = perks.save_perk, perks.get_perk
        first = PerkRecord(kol_id=kol_id, kind=PerkKind.FREE_WEIBO_STORY, received_on=date(2026, 11, 2),
                           estimated_value=Decimal("3000"))  # fmt: skip
        field, theirs_value, mine_value = "note", "主动转发", "双11前发的"
    else:
        save, get = risks.save_risk, risks.get_risk
        first = RiskRecord(category=RiskCategory.AUDIENCE_AUTHENTICITY, description="粉丝数据异常", likelihood=2, impact=3,
                           kol_id=kol_id)  # fmt: skip
        field, theirs_value, mine_value = "mitigation", "第三方审计", "暂停合作"
    theirs, mine = _two_copies(save, get, first)
    monkeypatch.setenv("KOLCRM_USER", "李雷")
    setattr(theirs, field, theirs_value)
    save(theirs)
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    setattr(mine, field, mine_value)

    with pytest.raises(EditConflict, match="李雷 changed this"):
        save(mine)
    assert getattr(get(mine.id), field) == theirs_value  # nothing written

    save(mine, overwrite=True)
    assert getattr(get(mine.id), field) == mine_value
    save(mine)  # the record now holds the version its save left: saving again is fine
