"""Figures a sheet gave as "10万+" or "600K-800K" survive the KOL editor's save, and a typed figure replaces them."""

from __future__ import annotations

from decimal import Decimal

from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store.db import database


def approximate_kol() -> int:
    kol_id = save_kol(
        KolRecord(
            "小鹿",
            accounts=[
                AccountRecord("Douyin", "lulu", followers=600_000, rate_card=[RateCardItem("视频", Decimal(30000))])
            ],
        )
    )
    database.execute_sql("UPDATE platform_account SET followers_upper = 800000")
    database.execute_sql("UPDATE rate_card_entry SET fee_at_least = 1")
    return kol_id


def test_a_save_that_keeps_the_figures_keeps_their_range_and_at_least(any_db):
    kol_id = approximate_kol()
    record = get_kol(kol_id)
    account = record.accounts[0]
    assert (account.followers_upper, account.rate_card[0].at_least) == (800_000, True)
    record.city = "杭州"
    # The editor builds its own account records from text: flags it does not show come back unset.
    record.accounts = [AccountRecord("Douyin", "lulu", followers=600_000, id=account.id,
                                     rate_card=[RateCardItem("视频", Decimal(30000))])]  # fmt: skip
    save_kol(record)
    again = get_kol(kol_id).accounts[0]
    assert (again.followers, again.followers_upper, again.rate_card[0].at_least) == (600_000, 800_000, True)


def test_a_typed_figure_replaces_the_range_and_a_changed_fee_its_at_least(any_db):
    kol_id = approximate_kol()
    record = get_kol(kol_id)
    account = record.accounts[0]
    record.accounts = [AccountRecord("Douyin", "lulu", followers=1_000_000, id=account.id,
                                     rate_card=[RateCardItem("视频", Decimal(45000))])]  # fmt: skip
    save_kol(record)
    again = get_kol(kol_id).accounts[0]
    assert (again.followers, again.followers_upper, again.followers_at_least) == (1_000_000, None, False)
    assert (again.rate_card[0].fee, again.rate_card[0].at_least) == (Decimal(45000), False)
