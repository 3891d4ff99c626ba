"""Owners: each KOL's account manager, "My KOLs", and handing KOLs over to a colleague in one step."""

from __future__ import annotations

import pytest

from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import ownership
from kolcrm.core.kols.list_query import KolFilter, count, fetch_page
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import get_kol, save_kol


def _kols(owner_by_name: dict[str, str]) -> dict[str, int]:
    return {name: save_kol(KolRecord(display_name=name, owner=owner)) for name, owner in owner_by_name.items()}


def test_my_kols_are_the_ones_i_own_and_the_owners_list_starts_with_me(any_db, monkeypatch) -> None:
    monkeypatch.setenv("KOLCRM_USER", "韩梅梅")
    _kols({"小鹿": "韩梅梅", "Emma": "李雷", "阿花": "韩梅梅", "无主": ""})

    assert ownership.owners() == ["韩梅梅", "李雷"]
    assert count(KolFilter(owner="韩梅梅")) == 2
    assert {row.display_name for row in fetch_page(KolFilter(owner="韩梅梅"))} == {"小鹿", "阿花"}
    assert count(KolFilter(owner="")) == 1  # nobody's yet
    assert KolFilter(owner="韩梅梅").narrowed and not KolFilter().narrowed


def test_handing_kols_over_changes_their_owner_and_records_who_did(any_db, monkeypatch) -> None:
    ids = _kols({"小鹿": "李雷", "Emma": "李雷", "阿花": "韩梅梅"})
    monkeypatch.setenv("KOLCRM_USER", "王经理")
    read_before = get_kol(ids["小鹿"]).row_version

    changed = ownership.set_owner([ids["小鹿"], ids["Emma"], ids["阿花"]], "韩梅梅")

    assert changed == 2  # 阿花 was 韩梅梅's already
    assert count(KolFilter(owner="韩梅梅")) == 3 and count(KolFilter(owner="李雷")) == 0
    after = get_kol(ids["小鹿"])
    assert after.changed_by == "王经理" and after.row_version == read_before + 1  # an open editor is told


def test_an_owner_name_is_one_short_line(any_db) -> None:
    ids = _kols({"小鹿": ""})
    with pytest.raises(ValidationError):
        ownership.set_owner([ids["小鹿"]], "李\n雷")
    assert get_kol(ids["小鹿"]).owner == ""


def test_the_owner_travels_in_a_handover_package(any_db, tmp_path) -> None:
    from kolcrm.core.store.db import open_database
    from kolcrm.exchange.handover.service import export_handover, import_handover

    ids = _kols({"小鹿": "李雷"})
    package = tmp_path / "book.kolcrm-handover"
    export_handover(package, [ids["小鹿"]])
    open_database(tmp_path / "successor.db")

    import_handover(package)

    assert count(KolFilter(owner="李雷")) == 1
