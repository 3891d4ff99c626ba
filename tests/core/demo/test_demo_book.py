"""The demo book on either engine: its KOLs, care and search, and a book the services keep writing to afterwards."""

from __future__ import annotations

from datetime import date

from kolcrm.core.care import reminders, schedule
from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.kols.list_query import KolFilter, count, fetch_page
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store.db import database


def scalar(sql: str) -> int:
    value: int = database.execute_sql(sql).fetchone()[0]
    return value


def test_eighty_demo_kols_with_accounts_notes_care_and_a_findable_name(any_db: str) -> None:
    assert populate_demo(kols=80) == 80

    assert scalar("SELECT count(*) FROM kol") == 80
    assert scalar("SELECT count(*) FROM platform_account") >= 80
    assert scalar("SELECT count(*) FROM rate_card_entry") >= 80
    assert scalar("SELECT count(*) FROM interaction") > 0
    assert scalar("SELECT count(*) FROM gift") and scalar("SELECT count(*) FROM risk")
    assert count(KolFilter()) == 80
    first = fetch_page(KolFilter(), limit=1)[0]
    assert count(KolFilter(text=first.display_name)) >= 1
    reminders.refresh(date(2026, 3, 1))
    assert isinstance(schedule.upcoming(date(2026, 3, 1), 30), list)


def test_the_services_write_new_kols_and_accounts_after_the_demo(any_db: str) -> None:
    """The demo writes its own ids: the next KOL and account saved through the services must not meet them."""
    populate_demo(kols=20, seed=5)

    kol_id = save_kol(
        KolRecord(display_name="新人 🌱", accounts=[AccountRecord(platform="Douyin", handle="@xinren", followers=9)])
    )

    assert kol_id > 20
    assert get_kol(kol_id).accounts[0].handle == "@xinren"
    assert populate_demo(kols=5, seed=6) == 5
    assert scalar("SELECT count(*) FROM kol") == 26
