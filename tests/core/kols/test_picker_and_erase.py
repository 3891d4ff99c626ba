"""Choosing a KOL by typed name, and erasing one for good, alike on SQLite and on a team's server."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kolcrm.core.care import gifts, reminders
from kolcrm.core.care.records import GiftRecord
from kolcrm.core.kols import picker
from kolcrm.core.kols.erase import count_phrases, empty_trash_everywhere, erase_kol_everywhere
from kolcrm.core.kols.interactions import add_interaction
from kolcrm.core.kols.list_query import KolFilter, count
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord, RateCardItem
from kolcrm.core.kols.service import save_kol
from kolcrm.core.kols.trash import trash_kols
from kolcrm.core.store import dialect
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import GiftKind, InteractionKind


def kol(name: str, followers: int = 0, handle: str = "") -> int:
    accounts = [AccountRecord(platform="Douyin", handle=handle, followers=followers)] if handle else []
    return save_kol(KolRecord(display_name=name, accounts=accounts))


def test_typed_text_finds_names_ignoring_ascii_case_starting_ones_first(any_db: str) -> None:
    kol("Emma Li", 10, "emmali")
    kol("Big EMMA", 99, "bigemma")
    kol("小艾 Emma 💄", 50, "xiaoai")
    kol("100%_real")

    assert [c.display_name for c in picker.search_kols("emma")] == ["Emma Li", "Big EMMA", "小艾 Emma 💄"]
    assert [c.display_name for c in picker.search_kols("小艾")] == ["小艾 Emma 💄"]
    assert [c.display_name for c in picker.search_kols("%_")] == ["100%_real"], "wildcards are literal"


def test_a_name_two_kols_share_is_told_apart_by_id(any_db: str) -> None:
    first, second = kol("李雷"), kol("李雷")

    assert [c.label for c in picker.search_kols("李")] == [f"李雷 (#{first})", f"李雷 (#{second})"]
    assert picker.kols_named("李雷") == [first, second]
    assert picker.kols_named(f"李雷 (#{second})") == [second]


def test_erasing_a_kol_takes_every_row_of_theirs_and_leaves_the_others(any_db: str) -> None:
    gone = save_kol(
        KolRecord(
            display_name="路人甲 🙈",
            wechat_id="wx_gone",
            accounts=[
                AccountRecord(platform="Douyin", handle="@gone", rate_card=[RateCardItem("video", Decimal(3000))])
            ],
        )
    )
    stays = kol("留下", 5, "stays")
    add_interaction(gone, InteractionRecord(date(2026, 1, 5), InteractionKind.NOTE, "第一次沟通"))
    gifts.save_gift(GiftRecord(gone, GiftKind.GIFT, description="花", sent_on=date(2026, 1, 6)))
    reminders.add_task(date(2026, 2, 1), "Call 路人甲", kol_id=gone)

    erased = erase_kol_everywhere(gone)

    assert count_phrases(erased) == ["1 platform account", "1 history entry", "1 gift", "1 reminder"]
    for table in ("kol", "platform_account", "interaction", "gift", "reminder", "kol_search_doc"):
        column = "id" if table == "kol" else "kol_id"
        assert not database.execute_sql(f"SELECT 1 FROM {table} WHERE {column} = ?", (gone,)).fetchone(), table
    assert not database.execute_sql("SELECT 1 FROM rate_card_entry").fetchone()
    assert count(KolFilter(text="路人甲")) == 0 and count(KolFilter(text="留下")) == 1
    assert [c.id for c in picker.search_kols("留")] == [stays]
    # The server's files are not the app's to rewrite: the result says so instead of claiming a clean erase.
    assert bool(erased.traces_left) is dialect.is_postgres()


def test_emptying_the_trash_erases_the_trashed_kols(any_db: str) -> None:
    trashed = [kol("甲"), kol("乙")]
    kept = kol("丙")
    trash_kols(trashed)

    emptied, _left = empty_trash_everywhere()

    assert emptied == 2
    assert [row[0] for row in database.execute_sql("SELECT id FROM kol")] == [kept]
