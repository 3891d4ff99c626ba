"""Bulk edits: fifty KOLs tagged, given a status, an outreach stage, an owner and a custom value in one transaction,
found by search and filters at once, and put back exactly by one undo (a tag they had before stays)."""

from __future__ import annotations

import pytest

from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import bulk_edit, custom_fields
from kolcrm.core.kols.list_query import KolFilter, fetch_page
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store import search
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Status
from kolcrm.core.vocabulary.outreach import OutreachStage


@pytest.fixture
def fifty(any_db):
    ids = [save_kol(KolRecord(display_name=f"达人{n:02d}", categories=["美妆"] if n % 2 else [])) for n in range(50)]
    save_kol(KolRecord(display_name="Not selected"))
    return ids


def test_fifty_kols_tagged_and_set_at_once_then_undone_exactly(fifty) -> None:
    tier = custom_fields.define_field("Contract tier", "choice", ["A", "B"])
    kept = fifty[1]
    custom_fields.set_values(kept, {tier.id: "B"})
    change = bulk_edit.BulkChange(
        add_categories=("双11", "美妆"), remove_value_tags=(), status=Status.ACTIVE,
        outreach_stage=OutreachStage.CONTACTED, owner=" 韩梅梅 ", custom={tier.id: "A"},
    )  # fmt: skip

    receipt = bulk_edit.apply_bulk(fifty, change)

    assert receipt.count == 50
    assert all("双11" in get_kol(kol_id).categories for kol_id in fifty[:5])
    assert len(fetch_page(KolFilter(tag="双11"), limit=100)) == 50
    assert len(fetch_page(KolFilter(outreach="contacted"), limit=100)) == 50
    sql, params = search.matching_ids_sql("双11")
    assert database.execute_sql(f"SELECT count(*) FROM kol WHERE {sql}", params).fetchone()[0] == 50
    assert {get_kol(kol_id).owner for kol_id in fifty} == {"韩梅梅"}
    assert custom_fields.values_for(kept) == {tier.id: "A"}

    bulk_edit.undo_bulk(receipt)

    assert fetch_page(KolFilter(tag="双11"), limit=100) == []
    assert get_kol(fifty[1]).categories == ["美妆"], "a tag the KOL had before the change stays"
    assert {get_kol(kol_id).status for kol_id in fifty} == {Status.PROSPECT}
    assert {get_kol(kol_id).owner for kol_id in fifty} == {""}
    assert custom_fields.values_for(kept) == {tier.id: "B"} and custom_fields.values_for(fifty[0]) == {}
    assert fetch_page(KolFilter(outreach="contacted"), limit=100) == []


def test_a_refused_value_writes_nothing(fifty) -> None:
    tier = custom_fields.define_field("Contract tier", "choice", ["A", "B"])
    with pytest.raises(ValidationError):
        bulk_edit.apply_bulk(fifty, bulk_edit.BulkChange(add_categories=("ok",), custom={tier.id: "Z"}))
    with pytest.raises(ValidationError):
        bulk_edit.apply_bulk(fifty, bulk_edit.BulkChange(add_categories=("bad\x00tag",)))
    assert database.execute_sql("SELECT count(*) FROM kol_label WHERE label = 'ok'").fetchone()[0] == 0
