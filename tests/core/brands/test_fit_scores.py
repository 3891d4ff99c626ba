"""The stored fit scores the KOL list sorts by: one rule with fit_score on the demo book, kept right by the services.

No widget here: each test changes data through a core service, then reads the scores as the list does (a brand
whose scores are stale is rebuilt first, as the KOL area does off the GUI thread) and compares them with
fit.fit_score, the explanation the KOL pane shows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kolcrm.core import clock
from kolcrm.core.brands import fit_rule, fit_scores
from kolcrm.core.brands import service as brands
from kolcrm.core.brands.fit import fit_score
from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.kols import erase, interactions, trash
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import InteractionKind


def live_kols() -> list[int]:
    return [row[0] for row in database.execute_sql("SELECT id FROM kol WHERE deleted_at IS NULL ORDER BY id")]


def brand_ids() -> list[int]:
    return [row[0] for row in database.execute_sql("SELECT id FROM brand ORDER BY id")]


def expected(brand_id: int) -> dict[int, int]:
    """What the KOL pane explains: fit_score's total for every live KOL."""
    return {kol_id: fit_score(kol_id, brand_id)[0] for kol_id in live_kols()}


def stored(brand_id: int) -> dict[int, int]:
    """Every score the list sorted by fit would show, walking its pages through the (brand, score, kol) index."""
    found: dict[int, int] = {}
    after = None
    while page := fit_scores.fetch_page(KolFilter(), brand_id, descending=True, after=after, limit=97):
        found.update((row.id, score) for row, score in page)
        after = (page[-1][1], page[-1][0].id)
    return found


def as_the_list_shows(brand_id: int) -> dict[int, int]:
    if not fit_scores.is_fresh(brand_id):
        fit_scores.build(brand_id)
    return stored(brand_id)


def fit_rows_of(kol_id: int) -> int:
    return database.execute_sql("SELECT count(*) FROM kol_fit WHERE kol_id = ?", (kol_id,)).fetchone()[0]


@pytest.fixture
def demo(any_db):
    """The demo book (KOLs, both brands, deals, care, campaigns), a few KOLs in the trash, every brand scored."""
    populate_demo(kols=160, seed=11)
    trash.trash_kols(live_kols()[::40])
    for brand_id in brand_ids():
        fit_scores.build(brand_id)
    return brand_ids()


def assert_fresh_and_right(brand_ids: list[int]) -> None:
    for brand_id in brand_ids:
        assert fit_scores.is_fresh(brand_id), brand_id
        assert stored(brand_id) == expected(brand_id), brand_id


# -- one rule ----------------------------------------------------------------------------------------------------
def test_the_bulk_scores_of_every_live_demo_kol_equal_fit_score_for_every_demo_brand(demo):
    trashed = [row[0] for row in database.execute_sql("SELECT id FROM kol WHERE deleted_at IS NOT NULL")]
    assert len(demo) == 2 and len(trashed) == 4
    for brand_id in demo:
        explained = expected(brand_id)
        assert len(explained) == 156
        assert fit_scores.compute_scores(brand_id) == explained
        assert stored(brand_id) == explained  # what the list sorts by: the same scores, trashed KOLs left out
        # Every part varies across the demo KOLs, so a change to how either path scores any part shows here.
        parts = [fit_score(kol_id, brand_id)[1] for kol_id in explained]
        for index in range(4):
            assert len({part[index].points for part in parts}) > 1, (brand_id, parts[0][index].name)
        assert len(set(explained.values())) > 10


def test_both_paths_read_the_brand_and_the_labels_through_the_one_rule(any_db):
    brand_id = brands.save_brand(
        brands.BrandRecord(name="Words", categories=["  Skin Care ", "护肤"], brand_values="Natural；honest / 真实")
    )
    kol_id = kols.save_kol(KolRecord(display_name="K", categories=["SKIN CARE"], value_tags=["真实", "natural"]))
    targets = fit_rule.brand_targets(brand_id)
    assert targets.categories == {"skin care", "护肤"} and targets.values == {"natural", "honest", "真实"}
    total, parts = fit_score(kol_id, brand_id)
    assert [part.points for part in parts[:2]] == [15.0, 16.7]  # 1 of 2 categories; 2 of 3 values
    assert fit_scores.compute_scores(brand_id) == {kol_id: total}


# -- the services keep the scores right, no widget involved ------------------------------------------------------
def test_saving_a_kol_rescores_them_and_keeps_the_scores_fresh(demo):
    kol_id = live_kols()[3]
    record = kols.get_kol(kol_id)
    record.categories = ["护肤", "美妆", "运动", "健身"]
    record.value_tags = ["natural", "healthy lifestyle"]
    before = {brand_id: stored(brand_id)[kol_id] for brand_id in demo}
    kols.save_kol(record)
    assert all(stored(brand_id)[kol_id] > before[brand_id] for brand_id in demo)

    new_id = kols.save_kol(
        KolRecord(
            display_name="新来的",
            categories=["运动"],
            accounts=[AccountRecord(platform="Douyin", handle="new-one", followers=50_000, audience_female_pct=45)],
        )
    )
    assert all(new_id in stored(brand_id) for brand_id in demo)
    assert_fresh_and_right(demo)


def test_trash_and_restore_take_the_kols_out_of_the_scores_and_back(demo):
    moved = trash.trash_kols(live_kols()[:5])
    assert not any(kol_id in stored(brand_id) for brand_id in demo for kol_id in moved)
    assert_fresh_and_right(demo)
    trash.restore_kols(moved)
    assert all(kol_id in stored(brand_id) for brand_id in demo for kol_id in moved)
    assert_fresh_and_right(demo)


def test_a_history_note_keeps_the_scores_fresh(demo):
    """Notes move the KOL's edit time but nothing the fit reads: no brand may need a rebuild after one."""
    kol_id = live_kols()[3]
    with clock.pinned(datetime(2030, 1, 2, 9, 0, tzinfo=UTC)):  # later than every edit time so far
        note = interactions.add_interaction(kol_id, InteractionRecord(date(2026, 11, 30), InteractionKind.CALL, "聊了"))
    assert_fresh_and_right(demo)
    with clock.pinned(datetime(2030, 1, 3, 9, 0, tzinfo=UTC)):
        interactions.delete_interaction(note)
    assert_fresh_and_right(demo)


def test_restoring_many_kols_at_once_leaves_one_rebuild_to_the_list(demo, monkeypatch):
    monkeypatch.setattr(fit_scores, "RESCORE_AT_MOST", 3)
    moved = trash.trash_kols(live_kols()[:10])
    trash.restore_kols(moved)
    for brand_id in demo:
        assert not fit_scores.is_fresh(brand_id)
        assert as_the_list_shows(brand_id) == expected(brand_id)


def test_erasing_a_kol_leaves_no_fit_row_of_them(demo):
    live, in_trash = live_kols()[7], live_kols()[8]
    trash.trash_kols([in_trash])
    erase.erase_kol_everywhere(live)
    assert fit_rows_of(live) == 0
    assert_fresh_and_right(demo)
    database.execute_sql("INSERT INTO kol_fit (brand_id, kol_id, score) VALUES (?, ?, 1)", (demo[0], in_trash))
    trash.empty_trash()  # the trashed KOLs are erased: a row a stray write left for one goes too
    assert fit_rows_of(in_trash) == 0
    assert_fresh_and_right(demo)


def test_editing_a_brand_makes_its_scores_stale_and_the_list_rebuilds_them_right(demo):
    lanshan, stride = demo
    record = brands.get_brand(lanshan)
    record.name = "岚山 renamed"
    brands.save_brand(record)
    assert fit_scores.is_fresh(lanshan), "a new name changes no score: nothing to rebuild"

    old = stored(lanshan)
    record.categories = ["运动"]
    record.target_female_pct = 45.0
    brands.save_brand(record)
    assert not fit_scores.is_fresh(lanshan) and fit_scores.is_fresh(stride)
    assert as_the_list_shows(lanshan) == expected(lanshan) != old


def test_deleting_a_brand_deletes_its_scores(any_db):
    brand_id = brands.save_brand(brands.BrandRecord(name="Short-lived", categories=["护肤"]))
    kols.save_kol(KolRecord(display_name="K", categories=["护肤"]))
    fit_scores.build(brand_id)
    brands.delete_brand(brand_id)
    left = database.execute_sql(
        "SELECT (SELECT count(*) FROM kol_fit WHERE brand_id = ?) + (SELECT count(*) FROM kol_fit_build"
        " WHERE brand_id = ?)",
        (brand_id, brand_id),
    ).fetchone()[0]
    assert left == 0


def test_a_change_behind_the_services_back_still_shows_as_stale(demo):
    database.execute_sql(
        "UPDATE kol SET engagement_rate = 0, updated_at = '2999-01-01' WHERE id = ?", (live_kols()[0],)
    )
    for brand_id in demo:
        assert not fit_scores.is_fresh(brand_id)
        assert as_the_list_shows(brand_id) == expected(brand_id)
