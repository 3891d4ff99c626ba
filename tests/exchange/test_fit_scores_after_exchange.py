"""An import or a handover restore leaves every brand's stored fit scores stale, so the list rebuilds them right.

Both write many KOLs with raw SQL, some with edit times the content stamp cannot tell apart: they mark the scores
stale themselves (no widget has to), and the rebuild gives fit_score's totals.
"""

from __future__ import annotations

from pathlib import Path

from kolcrm.core.brands import fit_scores
from kolcrm.core.brands.fit import fit_score
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.store.db import database, open_database
from kolcrm.exchange.handover.service import export_handover, import_handover
from kolcrm.exchange.imports.importer import apply_import, plan_import
from kolcrm.exchange.imports.mapping import guess_mapping
from kolcrm.exchange.imports.reading import read_table


def brand() -> int:
    return save_brand(
        BrandRecord(name="岚山", categories=["护肤", "美妆"], brand_values="natural", target_female_pct=80)
    )


def kol(name: str, handle: str, categories: list[str]) -> int:
    account = AccountRecord(platform="Douyin", handle=handle, followers=120_000, engagement_rate=2.5)
    return kols.save_kol(KolRecord(display_name=name, city="上海", categories=categories, accounts=[account]))


def scores_right_after_the_lists_rebuild(brand_id: int) -> bool:
    if not fit_scores.is_fresh(brand_id):
        fit_scores.build(brand_id)
    live = [row[0] for row in database.execute_sql("SELECT id FROM kol WHERE deleted_at IS NULL")]
    return fit_scores.scores(brand_id, live) == {kol_id: fit_score(kol_id, brand_id)[0] for kol_id in live}


def test_an_import_marks_the_scores_stale_and_the_rebuild_is_right(any_db, tmp_path: Path) -> None:
    brand_id = brand()
    kol("小美", "xiaomei", ["游戏"])
    fit_scores.build(brand_id)
    sheet = tmp_path / "kols.csv"
    sheet.write_text(
        "昵称,平台,账号,粉丝数,类目\n小美,抖音,xiaomei,200000,护肤\n新人,抖音,newcomer,5000,美妆\n", "utf-8"
    )
    table = read_table(sheet)
    result = apply_import(plan_import(table, guess_mapping(table.headers)))
    assert (result.added, result.updated) == (1, 1)

    assert not fit_scores.is_fresh(brand_id)
    assert scores_right_after_the_lists_rebuild(brand_id)


def test_a_handover_merge_the_stamp_cannot_see_still_marks_the_scores_stale(any_db: str, tmp_path: Path) -> None:
    other = open_database(tmp_path / "colleague.db")
    kol("小美", "xiaomei", ["护肤", "美妆"])  # the colleague tagged her with the brand's categories
    package = tmp_path / "book.kolcrm-handover"
    export_handover(package)

    open_database(any_db)  # a team's book receives a file book's package as a file book does
    brand_id = brand()
    kol_id = kol("小美", "xiaomei", ["游戏"])
    fit_scores.build(brand_id)
    before = fit_scores.scores(brand_id, [kol_id])[kol_id]
    import_handover(package)  # merged: her tags are added, her profile (and edit time) stays as it was here

    assert database.execute_sql("SELECT count(*) FROM kol").fetchone()[0] == 1
    assert not fit_scores.is_fresh(brand_id)
    assert scores_right_after_the_lists_rebuild(brand_id)
    assert fit_scores.scores(brand_id, [kol_id])[kol_id] > before
    assert other.exists()
