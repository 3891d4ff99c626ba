"""Brand fit part by part, the value estimate, and the fit cache the KOL list sorts by — all hand-computed."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from kolcrm.core.brands import fit_scores
from kolcrm.core.brands.fit import fit_score
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.clock import pinned, utc_now
from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.errors import NotFoundError
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.kols.value import value_estimate
from kolcrm.core.store.db import database


def brand_with_targets(**targets) -> int:
    brand_id = save_brand(
        BrandRecord(
            name="岚山 Lanshan",
            categories=["护肤", "美妆", "Skincare"],
            brand_values="natural, sustainable, honest",
        )
    )
    values = {"target_female_pct": 80, "target_age_bands": '["18-24", "25-34"]', "target_city_tiers": '["上海"]'}
    values.update(targets)
    for column, value in values.items():
        database.execute_sql(f"UPDATE brand SET {column} = ? WHERE id = ?", (value, brand_id))
    return brand_id


def matching_kol(name: str = "小美") -> int:
    return save_kol(
        KolRecord(
            display_name=name,
            categories=["护肤", "SKINCARE", "游戏"],
            value_tags=["Natural"],
            accounts=[
                AccountRecord(
                    platform="Xiaohongshu",
                    handle=f"{name}-xhs",
                    followers=200_000,  # mid-tier: 2 % engagement is healthy
                    engagement_rate=1.6,
                    audience_female_pct=70,
                    audience_age_bands={"18-24": 30, "25-34": 24, "35+": 46},
                    audience_cities=["上海", "北京"],
                    rate_card=[RateCardItem("图文笔记", Decimal(6000))],
                ),
                # A smaller account with a perfect audience: the biggest account's audience counts.
                AccountRecord(platform="Weibo", handle=f"{name}-wb", followers=5_000, audience_female_pct=80),
            ],
        )
    )


def test_each_fit_part_scores_as_computed_by_hand(any_db):
    brand_id, kol_id = brand_with_targets(), matching_kol()
    total, parts = fit_score(kol_id, brand_id)
    points = {part.name: part.points for part in parts}
    assert points == {
        "Shared categories": 20.0,  # 2 of 3 wanted (护肤, skincare; case does not matter) × 30
        "Image and values": 8.3,  # 1 of 3 wanted (natural) × 25
        # female 70 vs 80: 1 − 10/50 = 0.8; 18-34 share 54/60 = 0.9; 上海 shared: 1.0 → mean 0.9 × 30
        "Audience match": 27.0,
        "Engagement quality": 12.0,  # 1.6 % of a healthy 2 % × 15
    }
    assert total == 67  # 20 + 8.3 + 27 + 12 = 67.3
    assert "skincare" in parts[0].explanation and "护肤" in parts[0].explanation


def test_a_kol_without_labels_or_accounts_scores_without_dividing_by_zero(any_db):
    brand_id = brand_with_targets()
    kol_id = save_kol(KolRecord(display_name="新人"))
    total, parts = fit_score(kol_id, brand_id)
    assert [part.points for part in parts] == [0.0, 0.0, 15, 0.0]  # no audience to compare: half marks
    assert total == 15


def test_a_brand_without_categories_or_targets_gives_half_marks(any_db):
    brand_id = save_brand(BrandRecord(name="Plain"))
    kol_id = matching_kol()
    _total, parts = fit_score(kol_id, brand_id)
    assert [part.points for part in parts[:3]] == [15.0, 12.5, 15]


def test_the_value_estimate_matches_the_hand_computation(any_db):
    brand_id, kol_id = brand_with_targets(average_order_value="199"), matching_kol()
    estimate = value_estimate(kol_id, brand_id)
    assert estimate is not None
    assert estimate.expected_reach == 30_000  # 200,000 × 15 % on Xiaohongshu
    assert estimate.expected_engagements == 480  # 30,000 × 1.6 %
    assert estimate.cpm == Decimal("200.00")  # 6,000 × 1,000 / 30,000
    assert estimate.cpe == Decimal("12.50")  # 6,000 / 480
    assert estimate.break_even_conversions == 31  # 6,000 / 199 = 30.15 → 31 orders


def test_zero_followers_or_engagement_leave_the_ratios_empty(any_db):
    kol_id = save_kol(
        KolRecord(
            display_name="零",
            accounts=[AccountRecord(platform="Weibo", handle="zero", rate_card=[RateCardItem("post", Decimal(100))])],
        )
    )
    estimate = value_estimate(kol_id)
    assert estimate is not None
    assert (estimate.expected_reach, estimate.cpm, estimate.cpe, estimate.break_even_conversions) == (
        0,
        None,
        None,
        None,
    )
    quiet = save_kol(
        KolRecord(
            display_name="静",
            accounts=[
                AccountRecord(
                    platform="Weibo", handle="quiet", followers=10_000, rate_card=[RateCardItem("post", Decimal(500))]
                )
            ],
        )
    )
    estimate = value_estimate(quiet)
    assert estimate is not None
    assert (estimate.expected_reach, estimate.cpm, estimate.cpe) == (1_000, Decimal("500.00"), None)


def test_two_accounts_of_equal_size_value_the_first_added_on_either_engine(any_db):
    kol_id = save_kol(
        KolRecord(
            display_name="双号 👯",
            accounts=[
                AccountRecord(
                    platform="Weibo", handle="wb", followers=10_000, rate_card=[RateCardItem("post", Decimal(100))]
                ),
                AccountRecord(
                    platform="Douyin", handle="dy", followers=10_000, rate_card=[RateCardItem("video", Decimal(900))]
                ),
            ],
        )
    )
    estimate = value_estimate(kol_id)
    assert estimate is not None
    assert (estimate.fee, estimate.expected_reach) == (Decimal(100), 1_000)  # Weibo: 10 % of 10,000


# -- the cache the list sorts by -------------------------------------------------------------------------------
def test_the_cache_agrees_with_fit_score_for_every_kol(any_db):
    populate_demo(kols=120)
    brand_with_targets()
    matching_kol()
    save_kol(KolRecord(display_name="新人"))
    brand_ids = [row[0] for row in database.execute_sql("SELECT id FROM brand")]
    kol_ids = [row[0] for row in database.execute_sql("SELECT id FROM kol")]
    for brand_id in brand_ids:
        cached = fit_scores.compute_scores(brand_id)
        expected = {kol_id: fit_score(kol_id, brand_id)[0] for kol_id in kol_ids}
        assert cached == expected
        assert len(set(cached.values())) > 3  # the scores differ, so the comparison means something


def test_the_cache_goes_stale_on_edits_behind_its_back_and_a_saved_kol_is_rescored_in_place(any_db):
    brand_id = brand_with_targets()
    kol_id = matching_kol()
    other = save_kol(KolRecord(display_name="新人"))
    assert not fit_scores.is_fresh(brand_id)
    assert fit_scores.build(brand_id) == 2
    assert fit_scores.is_fresh(brand_id)
    assert fit_scores.scores(brand_id, [kol_id, other]) == {kol_id: 67, other: 15}

    record = get_kol(other)
    record.categories = ["美妆"]
    save_kol(record)  # the service rescores the KOL it saved: no widget has to
    assert fit_scores.scores(brand_id, [other]) == {other: 25}  # 1 of 3 categories: 10 points more
    assert fit_scores.is_fresh(brand_id)

    with pinned(datetime(2099, 1, 1, tzinfo=UTC)):  # edit stamps have one-second resolution
        database.execute_sql("UPDATE kol SET engagement_rate = 9, updated_at = ? WHERE id = ?", (utc_now(), kol_id))
    assert not fit_scores.is_fresh(brand_id)  # a KOL changed behind the services' back
    fit_scores.build(brand_id)
    assert fit_scores.is_fresh(brand_id)

    database.execute_sql("UPDATE brand SET categories = '美妆', updated_at = 'later' WHERE id = ?", (brand_id,))
    assert not fit_scores.is_fresh(brand_id)  # the brand changed: every score may have


def test_pages_sorted_by_fit_follow_the_scores_across_pages(any_db):
    populate_demo(kols=60)
    brand_id = 1
    fit_scores.build(brand_id)
    rows, after = [], None
    while True:
        page = fit_scores.fetch_page(KolFilter(), brand_id, descending=True, after=after, limit=7)
        rows += page
        if len(page) < 7:
            break
        after = (page[-1][1], page[-1][0].id)
    assert len(rows) == 60 and len({row.id for row, _score in rows}) == 60
    keys = [(score, row.id) for row, score in rows]
    assert keys == sorted(keys, reverse=True)
    assert all(score == fit_score(row.id, brand_id)[0] for row, score in rows)
    ascending = fit_scores.fetch_page(KolFilter(tier=4), brand_id, descending=False, limit=500)
    assert [score for _row, score in ascending] == sorted(score for _row, score in ascending)
    assert ascending and all(row.tier == 4 for row, _score in ascending)


def test_an_unknown_brand_is_refused(any_db):
    with pytest.raises(NotFoundError, match="no longer exists"):
        fit_scores.compute_scores(999)
