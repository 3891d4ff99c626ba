"""Possible duplicates: the same phone, WeChat ID or email, or the same name in the same city, as people write them."""

from __future__ import annotations

import pytest

from kolcrm.core.kols.duplicates import MAX_GROUP, DuplicatePair, find_possible_duplicates
from kolcrm.core.kols.trash import trash_kols
from kolcrm.core.store.portable_sql import insert_returning_id

pytestmark = pytest.mark.usefixtures("any_db")


def add(name: str, city: str = "", phone: str = "", wechat_id: str = "", email: str = "") -> int:
    return insert_returning_id(
        "INSERT INTO kol (display_name, city, phone, wechat_id, email, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')",
        (name, city, phone, wechat_id, email),
    )


def pairs(kol_ids: list[int] | None = None, limit: int = 100) -> list[tuple[int, int, str]]:
    return [(pair.keep_id, pair.other_id, pair.reason) for pair in find_possible_duplicates(kol_ids, limit)]


def test_each_rule_finds_its_pair_as_people_write_the_values() -> None:
    a = add("Lulu", city="上海", phone="+86 138-0000-1111")
    b = add("露露", phone="138 0000 1111")
    c = add("Mia", wechat_id="Mia_WX")
    d = add("米娅", wechat_id="mia_wx")
    e = add("Ann", email="Ann@Example.com")
    f = add("安", email="ann@example.com")
    g = add("LULU", city="上海市")
    add("Lulu", city="北京")  # same name, another city: someone else
    add("Solo", phone="0", wechat_id="x1", email="solo@example.com")

    assert pairs() == [
        (a, b, "same phone"),
        (c, d, "same WeChat ID"),
        (e, f, "same email"),
        (a, g, "same name and city"),
    ]


def test_a_pair_matching_several_rules_comes_first_with_every_reason() -> None:
    a = add("Lulu", city="上海")
    b = add("lulu", city="上海")
    c = add("Kiki", city="成都", phone="13900002222", wechat_id="kiki")
    d = add("Kiki", city="成都", phone="8613900002222", wechat_id="KIKI")

    found = find_possible_duplicates()

    assert found[0] == DuplicatePair(c, d, "same phone, same WeChat ID, same name and city", "Kiki", "Kiki")
    assert (found[1].keep_id, found[1].other_id, found[1].reason) == (a, b, "same name and city")


def test_trashed_kols_and_values_shared_by_a_crowd_are_left_out() -> None:
    a = add("A", phone="13800000001")
    b = add("B", phone="13800000001")
    trash_kols([b])
    crowd = [add(f"Agency KOL {n}", phone="021-6000-0000") for n in range(MAX_GROUP + 1)]

    assert pairs() == []
    assert crowd and a


def test_three_records_of_one_person_give_every_pair() -> None:
    ids = [add(f"Name {n}", email="same@example.com") for n in range(3)]

    assert [(keep, other) for keep, other, _reason in pairs()] == [
        (ids[0], ids[1]),
        (ids[0], ids[2]),
        (ids[1], ids[2]),
    ]


def test_only_pairs_involving_the_given_kols_after_an_import() -> None:
    a = add("A", phone="13800000001")
    b = add("B", phone="13800000001")
    c = add("C", email="c@example.com")
    new = add("C again", email="C@example.com")

    assert pairs(kol_ids=[new]) == [(c, new, "same email")]
    assert pairs(kol_ids=[a, new]) == [(a, b, "same phone"), (c, new, "same email")]
    assert pairs(kol_ids=[]) == []
    assert len(pairs(limit=1)) == 1


def test_looking_up_a_few_kols_finds_what_grouping_the_whole_book_finds() -> None:
    cities = ["上海", "上海市", "北京", ""]
    ids = [
        add(
            f"Name {n % 7}" if n % 3 else f"NAME {n % 7}",
            city=cities[n % 4],
            phone=f"+86 138 0000 {n % 11:04d}",
            wechat_id=f"wx{n % 13}",
            email=f"Mail{n % 17}@example.com" if n % 2 else "",
        )
        for n in range(60)
    ]
    some = ids[5:12]
    whole = [pair for pair in find_possible_duplicates(limit=100_000) if {pair.keep_id, pair.other_id} & set(some)]

    assert find_possible_duplicates(some, limit=100_000) == whole
    assert whole, "the book was built to have duplicates"
