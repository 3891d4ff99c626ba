"""Saving and reading KOLs: everything typed comes back, tiers follow followers, handles stay unique."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.list_query import fetch_row
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.kols.trash import trash_kols
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Status, Tier

pytestmark = pytest.mark.usefixtures("any_db")

TABLES = ("kol", "kol_label", "platform_account", "rate_card_entry", "interaction", "kol_search_doc")


def row_counts() -> dict[str, int]:
    return {table: database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def full_record() -> KolRecord:
    return KolRecord(
        display_name="李佳琦 Austin",
        real_name="李佳琦",
        status=Status.ACTIVE,
        categories=["美妆", "护肤"],
        value_tags=["专业测评", "真实分享"],
        city="上海",
        languages=["中文", "English"],
        agency="美ONE",
        agent_name="王经纪",
        agent_contact="wang@meione.cn",
        wechat_id="lijiaqi_wx",
        phone="+86 138 0000 0001",
        email="lijiaqi@example.com",
        birthday=date(1992, 6, 7),
        accounts=[
            AccountRecord(
                platform="Douyin",
                handle="@李佳琦Austin",
                url="https://www.douyin.com/user/lijiaqi",
                followers=75_000_000,
                engagement_rate=5.25,
                audience_female_pct=82.5,
                audience_age_bands={"18-24": 45.5, "25-34": 30.0, "35+": 12.5},
                audience_cities=["上海", "一线城市", "新一线城市"],
                rate_card=[
                    RateCardItem("Video 21–60 s", Decimal("300000.00")),
                    RateCardItem("直播坑位费", Decimal("1200000.5"), "CNY"),
                ],
                figures_checked_on=date(2024, 5, 1),
            ),
            AccountRecord(
                platform="Instagram",
                handle="lijiaqi.global",
                followers=48_000,
                rate_card=[RateCardItem("Sponsored post", Decimal("850.50"), "USD")],
            ),
        ],
    )


def test_save_and_get_round_trip_keeps_every_field(any_db: str) -> None:
    record = full_record()

    kol_id = save_kol(record)
    back = get_kol(kol_id)

    assert back.id == kol_id
    for name in (
        "display_name", "real_name", "status", "categories", "value_tags", "city", "languages", "agency",
        "agent_name", "agent_contact", "wechat_id", "phone", "email", "birthday", "tier_override",
    ):  # fmt: skip
        assert getattr(back, name) == getattr(record, name), name
    assert [(a.platform, a.handle) for a in back.accounts] == [
        ("Douyin", "@李佳琦Austin"),
        ("Instagram", "lijiaqi.global"),
    ]
    for saved, original in zip(back.accounts, record.accounts, strict=True):
        assert saved.id is not None
        original.id = saved.id
        assert saved == original
    fee = back.accounts[0].rate_card[1].fee
    assert isinstance(fee, Decimal)
    assert fee == Decimal("1200000.5")
    assert back.created_at
    assert back.updated_at
    assert back.deleted_at is None


def test_text_is_stored_trimmed(any_db: str) -> None:
    kol_id = save_kol(
        KolRecord(display_name="  李佳琦 ", city=" 上海\t", accounts=[AccountRecord("Douyin", "  @lijiaqi  ")])
    )

    back = get_kol(kol_id)
    assert (back.display_name, back.city, back.accounts[0].handle) == ("李佳琦", "上海", "@lijiaqi")


@pytest.mark.parametrize(
    ("followers", "tier"),
    [
        (120_000_000, Tier.HEAD),  # 1.2亿
        (1_000_000, Tier.HEAD),
        (999_999, Tier.MID),
        (100_000, Tier.MID),
        (50_000, Tier.MICRO),
        (10_000, Tier.MICRO),
        (9_999, Tier.KOC),
    ],
)
def test_tier_follows_the_largest_account(any_db: str, followers: int, tier: Tier) -> None:
    kol_id = save_kol(
        KolRecord(
            display_name="某达人",
            accounts=[
                AccountRecord("Weibo", "small", followers=500),
                AccountRecord("Douyin", "big", followers=followers),
            ],
        )
    )

    assert get_kol(kol_id).tier is tier
    row = fetch_row(kol_id)
    assert row is not None
    assert (row.tier, row.followers, row.main_platform) == (tier, followers, "Douyin")


def test_no_accounts_means_unknown_tier(any_db: str) -> None:
    assert get_kol(save_kol(KolRecord(display_name="新人"))).tier is Tier.UNKNOWN


def test_manual_tier_overrides_followers_until_cleared(any_db: str) -> None:
    record = KolRecord(
        display_name="某达人", tier_override=Tier.HEAD, accounts=[AccountRecord("Douyin", "h", followers=50_000)]
    )
    kol_id = save_kol(record)
    back = get_kol(kol_id)
    assert (back.tier, back.tier_override) == (Tier.HEAD, Tier.HEAD)

    back.tier_override = None
    save_kol(back)
    again = get_kol(kol_id)
    assert (again.tier, again.tier_override) == (Tier.MICRO, None)


def test_handle_of_another_kol_is_refused_naming_the_owner(any_db: str) -> None:
    save_kol(KolRecord(display_name="李佳琦", accounts=[AccountRecord("Douyin", "@LiJiaqi")]))
    before = row_counts()

    with pytest.raises(ValidationError) as raised:
        save_kol(KolRecord(display_name="冒名者", accounts=[AccountRecord("Douyin", "lijiaqi")]))

    assert raised.value.field == "accounts[0].handle"
    assert "already belongs to 李佳琦" in raised.value.message
    assert "lijiaqi" in raised.value.message
    assert row_counts() == before


@pytest.mark.parametrize("variant", ["lijiaqi", "@LiJiaqi", " @lijiaqi ", "LIJIAQI", "@ lijiaqi"])
def test_handle_variants_count_as_the_same_account(any_db: str, variant: str) -> None:
    save_kol(KolRecord(display_name="李佳琦", accounts=[AccountRecord("Douyin", "@LiJiaqi")]))

    with pytest.raises(ValidationError, match="already belongs to 李佳琦"):
        save_kol(KolRecord(display_name="另一个", accounts=[AccountRecord("Douyin", variant)]))


def test_handle_of_a_kol_in_the_trash_is_still_taken(any_db: str) -> None:
    owner = save_kol(KolRecord(display_name="李佳琦", accounts=[AccountRecord("Douyin", "lijiaqi")]))
    trash_kols([owner])

    with pytest.raises(ValidationError, match=r"already belongs to 李佳琦 \(in the trash\)"):
        save_kol(KolRecord(display_name="另一个", accounts=[AccountRecord("Douyin", "lijiaqi")]))


def test_same_handle_on_different_platforms_is_allowed(any_db: str) -> None:
    first = save_kol(KolRecord(display_name="李佳琦", accounts=[AccountRecord("Douyin", "lijiaqi")]))
    second = save_kol(KolRecord(display_name="同名", accounts=[AccountRecord("Weibo", "lijiaqi")]))

    assert first != second
    assert get_kol(second).accounts[0].handle == "lijiaqi"


def test_editing_keeps_account_ids_and_replaces_rate_cards(any_db: str) -> None:
    kol_id = save_kol(full_record())
    record = get_kol(kol_id)
    ids = [a.id for a in record.accounts]

    record.accounts[0].followers = 80_000_000
    record.accounts[0].rate_card = [RateCardItem("Video 1–20 s", Decimal("150000"))]
    record.display_name = "李佳琦"
    save_kol(record)

    back = get_kol(kol_id)
    assert [a.id for a in back.accounts] == ids
    assert back.display_name == "李佳琦"
    assert back.accounts[0].followers == 80_000_000
    assert back.accounts[0].rate_card == [RateCardItem("Video 1–20 s", Decimal("150000"))]
    assert database.execute_sql("SELECT count(*) FROM rate_card_entry").fetchone()[0] == 2


def test_removing_an_account_deletes_it_and_its_rate_card(any_db: str) -> None:
    kol_id = save_kol(full_record())
    record = get_kol(kol_id)
    kept = record.accounts[1]

    record.accounts = [kept]
    save_kol(record)

    back = get_kol(kol_id)
    assert [a.id for a in back.accounts] == [kept.id]
    assert database.execute_sql("SELECT count(*) FROM platform_account").fetchone()[0] == 1
    assert database.execute_sql("SELECT count(*) FROM rate_card_entry").fetchone()[0] == 1
    assert back.tier is Tier.MICRO, "the tier now follows the remaining account"


def test_two_accounts_can_swap_handles(any_db: str) -> None:
    kol_id = save_kol(
        KolRecord(
            display_name="李佳琦", accounts=[AccountRecord("Douyin", "lijiaqi"), AccountRecord("Douyin", "jiaqi_li")]
        )
    )
    record = get_kol(kol_id)
    first, second = record.accounts

    first.handle, second.handle = second.handle, first.handle
    save_kol(record)

    back = get_kol(kol_id)
    assert [(a.id, a.handle) for a in back.accounts] == [(first.id, "jiaqi_li"), (second.id, "lijiaqi")]


def test_an_account_can_move_to_a_new_row_with_the_same_handle(any_db: str) -> None:
    kol_id = save_kol(KolRecord(display_name="李佳琦", accounts=[AccountRecord("Douyin", "lijiaqi")]))
    record = get_kol(kol_id)

    record.accounts = [AccountRecord("Douyin", "@LiJiaqi", followers=10)]  # deleted the row, typed it again
    save_kol(record)

    assert [a.handle for a in get_kol(kol_id).accounts] == ["@LiJiaqi"]


def test_duplicate_or_padded_tags_are_saved_once(any_db: str) -> None:
    kol_id = save_kol(KolRecord(display_name="李佳琦", categories=["美妆", "美妆", " 美妆 ", ""], value_tags=["高端"]))

    back = get_kol(kol_id)
    assert (back.categories, back.value_tags) == (["美妆"], ["高端"])


def test_a_failed_save_of_a_new_kol_writes_nothing(any_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = row_counts()

    def crash(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(kols.search, "reindex_kol", crash)  # the last step of a save
    with pytest.raises(RuntimeError):
        save_kol(full_record())

    assert row_counts() == before


def test_a_failed_edit_keeps_the_old_record(any_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    kol_id = save_kol(full_record())
    before = get_kol(kol_id)
    counts = row_counts()
    edited = get_kol(kol_id)
    edited.display_name = "改名"
    edited.categories = ["健身"]
    edited.accounts[0].handle = "new_handle"
    edited.accounts[0].rate_card = []
    edited.accounts.append(AccountRecord("Weibo", "新账号", followers=10))

    def crash(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(kols.search, "reindex_kol", crash)
    with pytest.raises(RuntimeError):
        save_kol(edited)
    monkeypatch.undo()

    assert get_kol(kol_id) == before
    assert row_counts() == counts


def test_a_refused_save_writes_nothing(any_db: str) -> None:
    save_kol(KolRecord(display_name="李佳琦", accounts=[AccountRecord("Douyin", "lijiaqi")]))
    before = row_counts()
    clash = full_record()
    clash.accounts.append(AccountRecord("Douyin", "LiJiaqi"))

    with pytest.raises(ValidationError):
        save_kol(clash)

    assert row_counts() == before


def test_saving_a_kol_that_was_erased_says_so(any_db: str) -> None:
    with pytest.raises(NotFoundError):
        save_kol(KolRecord(display_name="幽灵", id=4242))
    with pytest.raises(NotFoundError):
        get_kol(4242)
