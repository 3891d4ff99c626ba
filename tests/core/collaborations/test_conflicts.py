"""Exclusivity conflicts with fixed dates: a deal inside another brand's window (at its edges), a window covering
another deal, two competing brands booked at once; the same rule refuses a save or a contract until confirmed, and
`kolcrm conflicts` lists what is current, tab-separated."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kolcrm.cli import main
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.brands.service import save_brand
from kolcrm.core.collaborations import conflicts
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.conflicts import ConflictConfirmationNeeded, ConflictKind, category_terms
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.vocabulary import Stage

START = date(2027, 3, 1)  # the signed deal runs 1–31 March; its window: 15 February – 30 April
END = date(2027, 3, 31)


@pytest.fixture
def book(any_db):
    kol = save_kol(KolRecord(display_name="小鹿"))
    florasis = save_brand(BrandRecord(name="花西子", categories=["彩妆"]))
    perfect = save_brand(BrandRecord(name="完美日记", categories=["彩妆", "护肤"]))
    nike = save_brand(BrandRecord(name="Nike", categories=["运动"]))
    signed = deal(
        florasis, kol, "春季口红", Stage.CONTRACTED, START, END, category="彩妆（口红、粉底）", before=14, after=30
    )
    return {"kol": kol, "florasis": florasis, "perfect": perfect, "nike": nike, "signed": signed}


def deal(brand, kol, title, stage, start, end, category="", before=0, after=0, confirmed=True) -> int:  # type: ignore[no-untyped-def]
    return collaborations.save_collaboration(
        CollaborationRecord(
            brand_id=brand, kol_id=kol, title=title, stage=stage, requested_fee=Decimal(10000),
            agreed_fee=Decimal(10000), start_on=start, end_on=end, exclusivity_category=category,
            exclusivity_days_before=before, exclusivity_days_after=after,
            deliverables=[DeliverableRecord("Douyin", due_on=start)],
        ),
        confirmed_conflicts=confirmed,
    )  # fmt: skip


def terms(deal_id: int) -> conflicts.DealTerms:
    found = conflicts.deal_terms(deal_id)
    assert found is not None
    return found


def test_category_terms_split_as_people_type_them() -> None:
    assert category_terms("彩妆（口红、粉底）") == {"彩妆", "口红", "粉底"}
    assert category_terms("Skincare / Make-up, 护肤") == {"skincare", "make-up", "护肤"}


@pytest.mark.parametrize(
    ("start", "end", "meets"),
    [
        (date(2027, 2, 1), date(2027, 2, 15), True),  # ends on the window's first day
        (date(2027, 2, 1), date(2027, 2, 14), False),  # ends the day before it
        (date(2027, 4, 30), date(2027, 5, 10), True),  # starts on its last day
        (date(2027, 5, 1), date(2027, 5, 10), False),  # starts the day after
    ],
)
def test_a_deal_meets_another_brands_window_at_its_edges(book, start, end, meets) -> None:
    other = deal(book["perfect"], book["kol"], "口红新品", Stage.NEGOTIATING, start, end)
    found = conflicts.conflicts_for(terms(other))
    assert bool(found) is meets
    if meets:
        (conflict,) = found
        assert (conflict.kind, conflict.shared, conflict.starts_on, conflict.ends_on) == (
            ConflictKind.IN_WINDOW, "彩妆", date(2027, 2, 15), date(2027, 4, 30)
        )  # fmt: skip
        assert (
            conflict.describe()
            == "小鹿 is exclusive to 花西子 for “彩妆” from 2027-02-15 to 2027-04-30 (deal “春季口红”)"
        )


def test_another_category_another_kol_the_same_brand_or_a_cancelled_deal_meet_nothing(book) -> None:
    nike = deal(book["nike"], book["kol"], "跑鞋", Stage.CONTRACTED, START, END)
    same_brand = deal(book["florasis"], book["kol"], "粉底", Stage.NEGOTIATING, START, END)
    other_kol = save_kol(KolRecord(display_name="阿花"))
    elsewhere = deal(book["perfect"], other_kol, "口红", Stage.NEGOTIATING, START, END)
    for deal_id in (nike, same_brand, elsewhere):
        assert conflicts.conflicts_for(terms(deal_id)) == []
    collaborations.move_stage(book["signed"], Stage.CANCELLED)
    later = deal(book["perfect"], book["kol"], "口红", Stage.NEGOTIATING, START, END)
    assert conflicts.conflicts_for(terms(later)) == []


def test_a_window_covers_a_deal_signed_before_it_and_competing_brands_conflict_without_a_clause(book) -> None:
    mask = deal(book["perfect"], book["kol"], "面膜 with a 口红 window", Stage.CONTRACTED, date(2027, 5, 10),
                date(2027, 5, 20), category="口红", before=45, after=0)  # fmt: skip
    found = conflicts.conflicts_for(terms(mask))
    assert [(c.kind, c.shared) for c in found] == [(ConflictKind.COVERS, "口红")]
    assert (
        found[0].describe().startswith("This deal's exclusivity for “口红” (2027-03-26 – 2027-05-20) covers 花西子's")
    )

    plain = save_brand(BrandRecord(name="橘朵", categories=["彩妆"]))
    booked = deal(plain, book["kol"], "眼影", Stage.CONTRACTED, date(2027, 6, 1), date(2027, 6, 10))
    rival = deal(book["perfect"], book["kol"], "粉饼", Stage.CONTRACTED, date(2027, 6, 5), date(2027, 6, 30))
    competing = [c for c in conflicts.conflicts_for(terms(rival)) if c.other.id == booked]
    assert [(c.kind, c.shared, c.starts_on, c.ends_on) for c in competing] == [
        (ConflictKind.COMPETING, "彩妆", date(2027, 6, 5), date(2027, 6, 10))
    ]


def test_saving_or_signing_into_a_conflict_needs_a_confirmation_naming_it(book) -> None:
    with pytest.raises(ConflictConfirmationNeeded) as asked:
        deal(book["perfect"], book["kol"], "口红新品", Stage.NEGOTIATING, START, END, confirmed=False)
    assert "春季口红" in asked.value.message and "2027-02-15" in asked.value.message
    quiet = deal(book["perfect"], book["kol"], "口红新品", Stage.NEGOTIATING, START, END, confirmed=True)
    record = collaborations.get_collaboration(quiet)
    record.title = "口红新品 v2"
    collaborations.save_collaboration(record)  # the conflict it already had is not asked about again
    with pytest.raises(ConflictConfirmationNeeded):
        collaborations.move_stage(quiet, Stage.CONTRACTED)  # signing it is
    assert collaborations.get_collaboration(quiet).stage is Stage.NEGOTIATING
    collaborations.move_stage(quiet, Stage.CONTRACTED, confirmed_conflicts=True)
    assert collaborations.get_collaboration(quiet).stage is Stage.CONTRACTED


def test_current_conflicts_list_each_pair_once_and_drop_windows_that_ended(book) -> None:
    deal(book["perfect"], book["kol"], "口红新品", Stage.CONTRACTED, START, END, category="口红", before=0, after=0)
    found = conflicts.current_conflicts(date(2027, 1, 1))
    assert len(found) == 1 and {found[0].deal.title, found[0].other.title} == {"春季口红", "口红新品"}
    assert conflicts.current_conflicts(date(2027, 5, 1)) == []
    windows = conflicts.active_windows(date(2027, 1, 1))
    assert [(w.category, w.window) for w in windows] == [
        ("口红", (START, END)), ("彩妆（口红、粉底）", (date(2027, 2, 15), date(2027, 4, 30)))
    ]  # fmt: skip


def test_kolcrm_conflicts_prints_a_header_and_one_line_per_conflict(book, any_db, capsys, monkeypatch) -> None:
    from kolcrm.core import clock
    from kolcrm.core.store.db import close_database

    deal(book["perfect"], book["kol"], "口红新品", Stage.CONTRACTED, START, END)
    close_database()
    monkeypatch.setattr(clock, "today", lambda: date(2027, 1, 1))
    assert main(["conflicts", "--db", any_db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == [
        "kol", "deal_id", "deal", "brand", "other_deal_id", "other_deal", "other_brand", "kind", "category", "from", "to"
    ]  # fmt: skip
    assert len(lines) == 2
    cells = lines[1].split("\t")
    assert len(cells) == 11 and cells[0] == "小鹿" and cells[-2:] == ["2027-02-15", "2027-04-30"]
    assert {cells[2], cells[5]} == {"春季口红", "口红新品"} and cells[7] in ("in_window", "covers")
