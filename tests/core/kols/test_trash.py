"""The trash (restorable until emptied, then erased everywhere) and the relationship history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols.interactions import add_interaction, delete_interaction, history
from kolcrm.core.kols.list_query import KolFilter, count, fetch_page, fetch_row
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord, RateCardItem
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.kols.trash import empty_trash, restore_kols, trash_kols, trashed_kols
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import InteractionKind

pytestmark = pytest.mark.usefixtures("any_db")

CHILD_TABLES = {
    "platform_account": "kol_id = ?",
    "kol_label": "kol_id = ?",
    "interaction": "kol_id = ?",
    "kol_search_doc": "kol_id = ?",
    "rate_card_entry": "account_id IN (SELECT id FROM platform_account WHERE kol_id = ?)",
}


def rows_of(kol_id: int) -> dict[str, int]:
    """How many rows each table holds for this KOL."""
    return {
        table: database.execute_sql(f"SELECT count(*) FROM {table} WHERE {where}", (kol_id,)).fetchone()[0]
        for table, where in CHILD_TABLES.items()
    }


def orphaned_rate_cards() -> int:
    sql = "SELECT count(*) FROM rate_card_entry WHERE account_id NOT IN (SELECT id FROM platform_account)"
    return database.execute_sql(sql).fetchone()[0]


def live_names() -> list[str]:
    return [row.display_name for row in fetch_page(KolFilter(), sort="name", descending=False)]


def make_kol(name: str, handle: str, notes: int = 2) -> int:
    kol_id = save_kol(
        KolRecord(
            display_name=name,
            categories=["美妆"],
            value_tags=["真实分享"],
            accounts=[
                AccountRecord(
                    "Douyin",
                    handle,
                    followers=50_000,
                    rate_card=[RateCardItem("Video 21–60 s", Decimal("30000")), RateCardItem("Live", Decimal("9"))],
                ),
                AccountRecord("Weibo", handle, rate_card=[RateCardItem("Direct post", Decimal("5000"))]),
            ],
        )
    )
    for day in range(1, notes + 1):
        add_interaction(kol_id, InteractionRecord(date(2024, 5, day), InteractionKind.NOTE, f"{name} 第{day}次沟通"))
    return kol_id


def test_trash_hides_from_the_list_and_restore_brings_back() -> None:
    li = make_kol("李佳琦", "lijiaqi")
    emma = make_kol("Emma", "emma")

    assert trash_kols([li]) == [li]
    assert live_names() == ["Emma"]
    assert count(KolFilter()) == 1
    assert [t.display_name for t in trashed_kols()] == ["李佳琦"]
    assert get_kol(li).deleted_at is not None, "still there, just in the trash"

    assert restore_kols([li]) == 1
    assert live_names() == ["Emma", "李佳琦"]
    assert trashed_kols() == []
    assert get_kol(li).deleted_at is None
    assert rows_of(li) == rows_of(emma)


def test_trashing_twice_or_restoring_a_live_kol_changes_nothing() -> None:
    li = make_kol("李佳琦", "lijiaqi")
    assert trash_kols([li]) == [li]
    assert trash_kols([li]) == [], "already in the trash: nothing to undo"
    assert trash_kols([]) == []
    restore_kols([li])
    assert restore_kols([li]) == 0


def test_empty_trash_erases_the_kol_and_everything_hanging_off_it() -> None:
    li = make_kol("李佳琦", "lijiaqi")
    emma = make_kol("Emma", "emma")
    emma_rows = rows_of(emma)
    assert rows_of(li) == {
        "platform_account": 2,
        "kol_label": 2,
        "interaction": 2,
        "kol_search_doc": 1,
        "rate_card_entry": 3,
    }

    trash_kols([li])
    assert empty_trash() == 1

    assert rows_of(li) == dict.fromkeys(CHILD_TABLES, 0)
    assert orphaned_rate_cards() == 0
    assert rows_of(emma) == emma_rows, "the other KOL is untouched"
    assert trashed_kols() == []
    assert fetch_row(li) is None
    with pytest.raises(NotFoundError):
        get_kol(li)
    assert count(KolFilter(text="第1次沟通")) == 1
    assert empty_trash() == 0


def test_an_erased_kols_handles_are_free_again() -> None:
    li = make_kol("李佳琦", "lijiaqi")
    trash_kols([li])
    empty_trash()

    newcomer = save_kol(KolRecord(display_name="新号", accounts=[AccountRecord("Douyin", "LiJiaqi")]))

    assert get_kol(newcomer).accounts[0].handle == "LiJiaqi"


def test_history_is_newest_first() -> None:
    kol_id = save_kol(KolRecord(display_name="李佳琦"))
    for day, kind, text in [
        (date(2024, 3, 1), InteractionKind.CALL, "谈了双11档期"),
        (date(2024, 5, 20), InteractionKind.NOTE, "今天试了新口红"),
        (date(2023, 12, 24), InteractionKind.EMAIL, "圣诞祝福"),
        (date(2024, 5, 20), InteractionKind.MEETING, "同一天的第二件事"),
    ]:
        add_interaction(kol_id, InteractionRecord(day, kind, text))

    entries = history(kol_id)

    assert [(e.occurred_on, e.text) for e in entries] == [
        (date(2024, 5, 20), "同一天的第二件事"),  # same day: the one written later first
        (date(2024, 5, 20), "今天试了新口红"),
        (date(2024, 3, 1), "谈了双11档期"),
        (date(2023, 12, 24), "圣诞祝福"),
    ]
    assert entries[0].kind is InteractionKind.MEETING
    assert [e.text for e in history(kol_id, limit=2)] == ["同一天的第二件事", "今天试了新口红"]


def test_last_contact_follows_notes_added_and_deleted() -> None:
    kol_id = save_kol(KolRecord(display_name="李佳琦"))

    def last_contact() -> str:
        row = fetch_row(kol_id)
        assert row is not None
        return row.last_contact

    assert last_contact() == ""
    newest = add_interaction(kol_id, InteractionRecord(date(2024, 5, 20), InteractionKind.CALL, "电话"))
    assert last_contact() == "2024-05-20"
    older = add_interaction(kol_id, InteractionRecord(date(2024, 1, 2), InteractionKind.NOTE, "补记一条旧的"))
    assert last_contact() == "2024-05-20", "an older note does not move the date back"

    delete_interaction(newest)
    assert last_contact() == "2024-01-02"
    delete_interaction(older)
    assert last_contact() == ""
    delete_interaction(older)  # already gone: nothing happens


def test_last_contact_survives_an_edit_of_the_profile() -> None:
    kol_id = save_kol(KolRecord(display_name="李佳琦"))
    add_interaction(kol_id, InteractionRecord(date(2024, 5, 20), InteractionKind.NOTE, "见面"))

    record = get_kol(kol_id)
    record.city = "杭州"
    save_kol(record)

    row = fetch_row(kol_id)
    assert row is not None
    assert row.last_contact == "2024-05-20"


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (InteractionRecord(date(2024, 5, 20), InteractionKind.NOTE, "   "), "text"),
        (InteractionRecord(date(2024, 5, 20), InteractionKind.NOTE, "x" * 20_001), "text"),
        (InteractionRecord(date(2024, 5, 20), "fax", "sent a fax"), "kind"),  # type: ignore[arg-type]
        (
            InteractionRecord(date(2024, 5, 20), InteractionKind.CALL, "call", follow_up_on=date(2024, 5, 1)),
            "follow_up_on",
        ),
    ],
)
def test_a_bad_note_is_refused_and_nothing_changes(record: InteractionRecord, field: str) -> None:
    kol_id = save_kol(KolRecord(display_name="李佳琦"))

    with pytest.raises(ValidationError) as raised:
        add_interaction(kol_id, record)

    assert raised.value.field == field
    assert history(kol_id) == []


def test_a_note_for_an_erased_kol_says_so() -> None:
    with pytest.raises(NotFoundError):
        add_interaction(4242, InteractionRecord(date(2024, 5, 20), InteractionKind.NOTE, "hello"))
    assert database.execute_sql("SELECT count(*) FROM interaction").fetchone()[0] == 0
