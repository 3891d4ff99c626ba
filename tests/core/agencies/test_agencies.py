"""Agencies as records: made from the names KOLs hold, edited with a checked code, renamed with their KOLs following
(search included), never deleted from under a KOL, and a KOL's contract group fills them without clearing them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kolcrm.core.agencies import service as agencies
from kolcrm.core.agencies.records import AgencyRecord
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.store import search
from kolcrm.core.store.db import database


@pytest.fixture
def three(any_db):
    ids = [kols.save_kol(KolRecord(display_name=name, agency="如涵控股")) for name in ("小鹿", "阿花", "大雄")]
    kols.save_kol(KolRecord(display_name="独立达人"))
    brand = save_brand(BrandRecord(name="花西子"))
    deal = collaborations.save_collaboration(
        CollaborationRecord(brand_id=brand, kol_id=ids[0], title="口红种草", requested_fee=Decimal(5000))
    )
    return ids, deal


def test_a_name_on_kols_is_an_agency_with_its_kols_and_their_deals(three) -> None:
    ids, deal = three
    (ruhan,) = agencies.list_agencies()
    assert (ruhan.name, ruhan.kol_count, ruhan.deal_count) == ("如涵控股", 3, 1)
    assert [k.display_name for k in agencies.kols_of(ruhan.id or 0)] == ["小鹿", "阿花", "大雄"]
    assert [(d.id, d.title, d.kol_name, d.brand_name) for d in agencies.deals_of(ruhan.id or 0)] == [
        (deal, "口红种草", "小鹿", "花西子")
    ]
    assert ids


def test_renaming_an_agency_renames_it_on_its_kols_and_in_search(three) -> None:
    ids, _deal = three
    ruhan = agencies.agency_named("如涵控股")
    assert ruhan is not None
    ruhan.name, ruhan.uscc = "如涵 Ruhnn", "91310104ma1fr7nd3j"
    agencies.save_agency(ruhan)
    assert {kols.get_kol(kol_id).agency for kol_id in ids} == {"如涵 Ruhnn"}
    assert agencies.get_agency(ruhan.id or 0).uscc == "91310104MA1FR7ND3J"
    sql, params = search.matching_ids_sql("Ruhnn")
    assert sorted(row[0] for row in database.execute_sql(f"SELECT id FROM kol WHERE {sql}", params)) == sorted(ids)
    assert [a.name for a in agencies.list_agencies()] == ["如涵 Ruhnn"], "the old name is not made again"


def test_an_agency_is_refused_a_taken_name_a_wrong_code_and_deletion_while_kols_name_it(three) -> None:
    with pytest.raises(ValidationError, match="already an agency named 如涵控股"):
        agencies.save_agency(AgencyRecord(name="如涵控股"))
    with pytest.raises(ValidationError, match="check digit"):
        agencies.save_agency(AgencyRecord(name="谦寻", uscc="91310104MA1FR7ND3K"))
    ruhan = agencies.agency_named("如涵控股")
    assert ruhan is not None
    with pytest.raises(ValidationError, match="3 KOLs name 如涵控股"):
        agencies.delete_agency(ruhan.id or 0)
    empty = agencies.save_agency(AgencyRecord(name="谦寻", contact_name="王经理", notes="直播电商\n头部主播"))
    agencies.delete_agency(empty)
    assert agencies.agency_named("谦寻") is None


def test_a_kols_contract_group_fills_the_agency_and_an_empty_one_clears_nothing(three) -> None:
    ids, _deal = three
    record = kols.get_kol(ids[0])
    record.agency_legal_name, record.agency_address = "杭州如涵控股股份有限公司", "杭州市余杭区"
    kols.save_kol(record)
    assert kols.get_kol(ids[1]).agency_legal_name == "杭州如涵控股股份有限公司", "shared by the agency's KOLs"
    kols.save_kol(KolRecord(display_name="新人", agency="如涵控股"))  # an import or a script: no details given
    ruhan = agencies.agency_named("如涵控股")
    assert ruhan is not None and (ruhan.legal_name, ruhan.address) == ("杭州如涵控股股份有限公司", "杭州市余杭区")
    kols.save_kol(KolRecord(display_name="MCN 新签", agency="无忧传媒", agency_uscc="91310104MA1FR7ND3J"))
    wuyou = agencies.agency_named("无忧传媒")
    assert wuyou is not None and wuyou.uscc == "91310104MA1FR7ND3J"
