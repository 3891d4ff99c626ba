"""Issue 12's "Done when", end to end: sheets as platforms and agencies export them import with at most a fixed
platform chosen, every column accounted for in the report, and nothing silently lost or mis-read.

Each test reads a corpus file (tests/exchange/imports/corpus.py), takes the guessed mapping as it is (plus a fixed
platform where the file has no platform column, and the fraction answer the guess asks for), runs the dry run
and the import into a fresh database, then looks at the database itself.
"""

from __future__ import annotations

import pprint
import re
import time
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kolcrm.core import clock
from kolcrm.core.kols import custom_fields, interactions
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord, RateCardItem
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import close_database, database, open_database
from kolcrm.core.vocabulary import InteractionKind, Status, Tier
from kolcrm.exchange.exports.tables import export_csv, export_xlsx
from kolcrm.exchange.imports.importer import apply_import, plan_import
from kolcrm.exchange.imports.mapping import guess
from kolcrm.exchange.imports.plan import ImportOptions, ImportPlan, ImportResult, RowError
from kolcrm.exchange.imports.reading import ImportFileError, SourceTable, read_table
from tests.exchange.imports import corpus

# Values that mean "no figure" in the corpus: none of them may reach the database as text.
BLANKS = ("NaN", "nan", "-", "TBD", "N/A", "保密", "暂无")


@dataclass
class Imported:
    table: SourceTable
    options: ImportOptions
    dry: ImportPlan  # what the dry run said
    plan: ImportPlan  # what the import did
    result: ImportResult

    def errors(self) -> set[tuple[int, str, str]]:
        return {(error.line, error.column, error.value) for error in self.plan.errors}


def import_file(path: Path, *, platform: str | None = None, fractions: dict[str, bool] | None = None) -> Imported:
    """read_table → guess → dry run → import, as the wizard does when the user changes nothing but the platform."""
    table = read_table(path)
    guessed = guess(table.headers, [cells for _line, cells in table.sample_rows])
    fixed = dict(guessed.fixed)
    if platform is not None:
        fixed["platform"] = platform
    if fractions is None:
        fractions = {column.header: True for column in guessed.columns if column.ask_fraction}
    options = ImportOptions(guessed.mapping(), fixed, fractions)
    dry = plan_import(table, options)
    result = apply_import(dry)
    assert result.plan is not None
    assert not result.cancelled and not result.refused
    # The dry run announced what the import did.
    assert (dry.added, dry.updated, dry.rows_refused, dry.merged_rows) == (
        result.added, result.updated, result.plan.rows_refused, result.plan.merged_rows,
    )  # fmt: skip
    return Imported(table, options, dry, result.plan, result)


# -- reading the database back -----------------------------------------------------------------------------------
def _norm(name: str) -> str:
    """A header or field name compared loosely: 'Total likes', 'total_likes' and 'metric: total likes' match."""
    return re.sub(r"[\W_]+", "", name.casefold().removeprefix("metric:").removeprefix("custom:"))


def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql, params).fetchall())


def kol(name: str) -> int:
    found = rows("SELECT id FROM kol WHERE display_name = ? AND deleted_at IS NULL", name)
    assert len(found) == 1, f"{len(found)} KOLs named {name!r}: {rows('SELECT display_name FROM kol')}"
    return int(found[0][0])


def kol_row(kol_id: int) -> dict[str, Any]:
    cursor = database.execute_sql("SELECT * FROM kol WHERE id = ?", (kol_id,))
    names = [column[0] for column in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


@dataclass(frozen=True)
class Account:
    id: int
    platform: str
    handle: str
    followers: int
    at_least: bool
    upper: int | None
    engagement: float


def accounts(kol_id: int) -> list[Account]:
    return [
        Account(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6])
        for row in rows(
            "SELECT id, platform, handle, followers, followers_at_least, followers_upper, engagement_rate"
            " FROM platform_account WHERE kol_id = ? ORDER BY position, id",
            kol_id,
        )
    ]


def account(kol_id: int, platform: str) -> Account:
    found = [item for item in accounts(kol_id) if item.platform == platform]
    assert len(found) == 1, accounts(kol_id)
    return found[0]


def metrics(account_id: int) -> dict[str, tuple[str, bool]]:
    """Metric name (normalised) → (value, approximate), the snapshot taken today."""
    found = rows("SELECT name, value, approximate, captured_on FROM account_metric WHERE account_id = ?", account_id)
    assert all(day == clock.today().isoformat() for *_rest, day in found), found
    return {_norm(name): (value, bool(approximate)) for name, value, approximate, _day in found}


def customs(kol_id: int) -> dict[str, str]:
    """Custom field name (normalised) → value."""
    return {
        _norm(name): value
        for name, value in rows(
            "SELECT f.name, v.value FROM kol_custom_value v JOIN custom_field f ON f.id = v.field_id"
            " WHERE v.kol_id = ?",
            kol_id,
        )
    }


def labels(kol_id: int) -> set[tuple[str, str]]:
    return {(kind, label) for kind, label in rows("SELECT kind, label FROM kol_label WHERE kol_id = ?", kol_id)}


def rate_card(account_id: int) -> list[tuple[Decimal, str, bool, Decimal | None]]:
    """(fee, currency, at least, upper) per entry, exact decimals."""
    return [
        (Decimal(fee), currency, bool(at_least), Decimal(upper) if upper not in (None, "") else None)
        for fee, currency, at_least, upper in rows(
            "SELECT fee, currency, fee_at_least, fee_upper FROM rate_card_entry WHERE account_id = ? ORDER BY id",
            account_id,
        )
    ]


def kept(kol_id: int, header: str) -> set[str]:
    """Every value stored for `header` on the KOL or its accounts: as a metric or a custom field of that name."""
    values = {value for name, value in customs(kol_id).items() if name == _norm(header)}
    for item in accounts(kol_id):
        values |= {value for name, (value, _approx) in metrics(item.id).items() if name == _norm(header)}
    return values


def texts(kol_id: int) -> set[str]:
    """Every text the book holds about a KOL: its own columns, labels, custom values, handles and history notes."""
    row = kol_row(kol_id)
    found = {str(value) for value in row.values() if value not in (None, "")}
    found |= {label for _kind, label in labels(kol_id)}
    found |= set(customs(kol_id).values())
    found |= {item.handle for item in accounts(kol_id)}
    found |= {text for (text,) in rows("SELECT text FROM interaction WHERE kol_id = ?", kol_id)}
    return found


def assert_every_column_accounted_for(imported: Imported, may_skip: tuple[str, ...] = ()) -> None:
    """Every header is in the report; none is left out, except row numbers (序号) that the guess may skip."""
    destinations = imported.plan.destinations
    assert [header for header in imported.table.headers if header not in destinations] == []
    dropped = {
        header: destinations[header]
        for header in imported.table.headers
        if header not in may_skip and ("not imported" in destinations[header] or "skipped" in destinations[header])
    }
    assert dropped == {}, destinations


def assert_errors_are_complete(imported: Imported) -> None:
    """Each dropped cell names its line, column, value and reason (a refused row: its line and reason)."""
    for error in imported.plan.errors:
        assert isinstance(error, RowError)
        assert error.line >= 1 and error.reason.strip(), error


def assert_no_blank_stored_as_text() -> None:
    for blank in BLANKS:
        assert rows("SELECT kol_id, value FROM kol_custom_value WHERE value = ?", blank) == [], blank
        assert rows("SELECT account_id, value FROM account_metric WHERE value = ?", blank) == [], blank
        for column in ("display_name", "real_name", "city", "wechat_id", "phone", "email", "agency", "agent_name"):
            assert rows(f"SELECT id FROM kol WHERE {column} = ?", blank) == [], (column, blank)
        assert rows("SELECT id FROM platform_account WHERE handle = ?", blank) == [], blank
    # Exact decimals are written out: '12000', never '1.2E+4' (nor a float's '12000.0').
    assert rows("SELECT fee, fee_upper FROM rate_card_entry WHERE fee LIKE '%E%' OR fee_upper LIKE '%E%'") == []
    assert rows("SELECT name, value FROM account_metric WHERE value LIKE '%E%' OR value LIKE '%.0'") == []


# -- 1. Instagram -------------------------------------------------------------------------------------------------
def test_instagram_top_list_imports_with_only_the_platform_chosen(any_db: str, tmp_path: Path) -> None:
    imported = import_file(corpus.instagram_csv(tmp_path), platform="instagram")
    plan = imported.plan
    assert (plan.rows_read, plan.rows_refused, plan.merged_rows) == (10, 0, 0)
    assert (imported.result.added, imported.result.updated) == (10, 0)
    assert plan.errors == [], "nothing refused: NaN and '-' are blanks, not errors"
    assert_every_column_accounted_for(imported)

    cristiano = kol("cristiano")  # no name column: the handle names the KOL
    (only,) = accounts(cristiano)
    assert (only.platform, only.handle) == ("Instagram", "cristiano")
    assert (only.followers, only.at_least, only.upper) == (475_800_000, False, None)
    assert only.engagement == pytest.approx(1.39)  # percent points, never a fee
    assert rows("SELECT count(*) FROM rate_card_entry") == [(0,)]
    assert {
        name: metrics(only.id).get(name)
        for name in ("totallikes", "posts", "avglikes", "newpostavglike", "influencescore")
    } == {
        "totallikes": ("29000000000", False),
        "posts": ("3300", False),
        "avglikes": ("8700000", False),
        "newpostavglike": ("6500000", False),
        "influencescore": ("92", False),
    }
    assert customs(cristiano).get("country") == "Spain"
    assert kept(cristiano, "rank") == {"1"}
    profile = kol_row(cristiano)
    assert (profile["main_platform"], profile["followers"], profile["tier"]) == ("Instagram", 475_800_000, Tier.HEAD)

    messi = kol("leomessi")
    assert "country" not in customs(messi)  # NaN: no value, not the text "NaN"
    assert metrics(account(messi, "Instagram").id)["posts"] == ("890", False)
    ariana = account(kol("arianagrande"), "Instagram")
    assert ariana.engagement == 0  # '-': no figure
    assert ariana.followers == 327_700_000
    assert account(kol("selenagomez"), "Instagram").engagement == pytest.approx(0.97)  # '0.97%' is no fraction
    assert rows("SELECT count(*) FROM platform_account WHERE platform = 'Instagram'") == [(10,)]
    assert_no_blank_stored_as_text()


# -- 2. YouTube -----------------------------------------------------------------------------------------------------
def test_youtube_channels_xlsx_imports_with_only_the_platform_chosen(any_db: str, tmp_path: Path) -> None:
    imported = import_file(corpus.youtube_xlsx(tmp_path), platform="YouTube")
    plan = imported.plan
    assert (plan.rows_read, plan.rows_refused, plan.merged_rows, imported.result.added) == (10, 0, 0, 10)
    assert plan.errors == []
    assert_every_column_accounted_for(imported)
    assert imported.table.headers == list(corpus.YOUTUBE_HEADERS)

    series = kol("T-Series")
    channel = account(series, "YouTube")
    assert (channel.followers, channel.at_least, channel.upper) == (245_000_000, False, None)
    assert len(accounts(series)) == 1
    assert metrics(channel.id).get("videoviews") == ("228000000000", False)  # 2.28E+11 in the cell, exact
    assert metrics(channel.id).get("uploads") == ("20082", False)
    assert ("category", "Music") in labels(series)
    assert customs(series).get("country") == "India"
    assert customs(series).get("abbreviation") == "IN"
    assert kept(series, "channel_type") == {"Music"}
    assert kept(series, "created_year") == {"2006"}

    movies = kol("YouTube Movies")
    assert metrics(account(movies, "YouTube").id).get("videoviews") == ("0", False)  # a zero is a figure
    music = kol("Music")  # no category, no country: blank cells, nothing stored for them
    assert {kind for kind, _label in labels(music)} <= {"value"}
    assert "country" not in customs(music)
    diana = kol("Kids Diana Show")  # the Youtuber column names the KOL; the Title column is kept
    assert "✿ Kids Diana Show" in texts(diana)
    assert rows("SELECT count(*) FROM platform_account WHERE platform = 'YouTube'") == [(10,)]
    assert_no_blank_stored_as_text()


# -- 3. TikTok --------------------------------------------------------------------------------------------------------
def test_tiktok_creators_import_with_suffixes_and_at_least_marks(any_db: str, tmp_path: Path) -> None:
    imported = import_file(corpus.tiktok_csv(tmp_path), platform="TikTok")
    plan = imported.plan
    assert (plan.rows_read, plan.rows_refused, imported.result.added) == (8, 0, 8)
    assert plan.errors == []
    assert_every_column_accounted_for(imported)
    assert imported.table.headers[0] == "Tiktoker name"  # the BOM is not part of the first header

    khaby = kol("Khabane lame")
    tiktok = account(khaby, "TikTok")
    assert tiktok.handle.lstrip("@") == "khaby.lame"
    assert (tiktok.followers, tiktok.at_least) == (149_200_000, False)
    assert {name: metrics(tiktok.id).get(name) for name in ("viewsavg", "likesavg", "commentsavg", "sharesavg")} == {
        "viewsavg": ("17300000", False),
        "likesavg": ("2300000", False),
        "commentsavg": ("15600", False),
        "sharesavg": ("11400", False),
    }
    yang = account(kol("疯狂小杨哥"), "TikTok")
    assert (yang.followers, yang.at_least, yang.upper) == (1_200_000, True, None)  # 1.2M+
    assert metrics(yang.id).get("commentsavg") == ("1203", False)
    assert kol_row(kol("Charli D'Amelio"))["followers"] == 150_500_000
    assert_no_blank_stored_as_text()


# -- 4. Bilibili --------------------------------------------------------------------------------------------------------
def test_bilibili_ranking_keeps_big_ids_and_reports_a_negative_count(any_db: str, tmp_path: Path) -> None:
    imported = import_file(corpus.bilibili_csv(tmp_path), platform="bilibili")
    plan = imported.plan
    assert (plan.rows_read, plan.rows_refused, imported.result.added) == (6, 0, 6)
    assert imported.errors() == {(5, "粉丝数", "-1.18w")}  # the cell is dropped, its row imports
    assert_errors_are_complete(imported)
    assert_every_column_accounted_for(imported)

    tomato = kol("老番茄")
    up = account(tomato, "Bilibili")
    assert (up.handle, up.followers, up.at_least) == ("546195", 19_345_000, False)  # mid → handle; 1,934.5万
    assert metrics(up.id).get("播放数") == ("3260000000", False)
    assert metrics(up.id).get("获赞数") == ("210000000", False)
    assert "生活" in texts(tomato)  # 分区: a category or a custom field, but kept
    assert kept(tomato, "排名") == {"1"}

    newcomer = account(kol("某新人UP"), "Bilibili")
    assert newcomer.handle == "3493118494116797"  # a 16-digit id kept as text, every digit
    assert (newcomer.followers, newcomer.at_least) == (100_000, True)  # 10万+

    banfo = account(kol("半佛仙人"), "Bilibili")
    assert (banfo.handle, banfo.followers) == ("37663924", 0)  # -1.18w refused, the account kept
    assert metrics(banfo.id).get("播放数") == ("980000000", False)

    wide = account(kol("全角数字君"), "Bilibili")
    assert wide.followers == 1_234_000  # １２３.４万
    assert metrics(wide.id).get("播放数") == ("4567890", False)
    assert metrics(wide.id).get("获赞数") == ("125000", True)  # 12.5万+: kept, marked approximate
    assert rows("SELECT count(*) FROM platform_account WHERE followers < 0") == [(0,)]
    assert_no_blank_stored_as_text()


# -- 5. A Chinese agency's sheet -------------------------------------------------------------------------------------
@pytest.mark.parametrize("build", [corpus.agency_gbk_csv, corpus.agency_xlsx], ids=["gbk-csv", "xlsx"])
def test_agency_sheet_keeps_every_figure_and_reports_every_drop(any_db: str, tmp_path: Path, build: Any) -> None:
    path = build(tmp_path)
    table = read_table(path)
    assert table.headers == list(corpus.AGENCY_HEADERS)  # the title row above the header is not the header
    guessed = guess(table.headers, [cells for _line, cells in table.sample_rows])
    assert [column.header for column in guessed.columns if column.ask_fraction] == ["互动率"]
    imported = import_file(path)  # no fixed platform: the sheet has a 平台 column
    plan = imported.plan

    assert (plan.rows_read, plan.rows_refused, plan.merged_rows) == (9, 1, 1)
    assert (imported.result.added, imported.result.updated) == (7, 0)  # 9 rows − 1 refused − 1 merged
    assert_every_column_accounted_for(imported, may_skip=("序号",))
    assert_errors_are_complete(imported)
    assert {error.line for error in plan.errors} == {5, 8}, plan.errors
    assert (5, "报价", "面议价格待定xyz") in imported.errors()  # the bad fee, its row still imported
    assert len(plan.errors) == 2, plan.errors  # and nothing else dropped
    assert any(notice.line == 9 for notice in plan.notices), plan.notices  # the merge is reported

    mimi = kol("米米酱")  # lines 3 and 9: the later row wins
    xhs = account(mimi, "Xiaohongshu")
    assert (xhs.handle, xhs.followers, xhs.at_least, xhs.upper) == ("xhs_mimi", 520_000, False, None)
    assert xhs.engagement == pytest.approx(5.5)  # 0.055 as a fraction
    assert rate_card(xhs.id) == [(Decimal(32000), "CNY", False, None)]  # ￥32,000元
    assert len(accounts(mimi)) == 1
    profile = kol_row(mimi)
    assert (profile["city"], profile["wechat_id"], profile["status"]) == ("上海", "mimi_wx01", Status.PROSPECT)
    assert customs(mimi).get("建联状态") == "已建联"  # not a KOL status: kept as a custom field
    assert {"小王", "可接受置换", "涨价了"} <= texts(mimi)

    ayou = account(kol("阿柚"), "Xiaohongshu")
    assert (ayou.followers, ayou.at_least, ayou.upper) == (600_000, False, 800_000)  # 600K-800K
    assert rate_card(ayou.id) == [(Decimal(30000), "CNY", True, None)]  # 3万+
    assert ayou.engagement == pytest.approx(4.5)
    assert kol_row(kol("阿柚"))["wechat_id"] == ""  # TBD
    assert customs(kol("阿柚")).get("建联状态") == "未建联"

    deer = account(kol("林深见鹿"), "Xiaohongshu")  # 平台 says 红书
    assert (deer.followers, deer.upper) == (600_000, 800_000)  # 60万~80万
    assert rate_card(deer.id) == []  # 面议价格待定xyz: dropped and reported
    assert deer.engagement == pytest.approx(3.1)

    coco_id = kol("Coco在巴黎")
    coco = account(coco_id, "Xiaohongshu")  # 平台 says xhs
    assert (coco.followers, coco.at_least) == (125_000, True)  # 12.5万+
    assert (coco.engagement, rate_card(coco.id)) == (0, [])  # N/A, TBD
    assert kol_row(coco_id)["wechat_id"] == ""  # 保密
    if path.suffix == ".xlsx":
        assert kol_row(coco_id)["city"] == "Côte d'Ivoire"  # repaired…
        assert any(notice.line == 6 and notice.column == "城市" for notice in plan.notices), plan.notices  # …and said
    else:
        assert kol_row(coco_id)["city"] == "巴黎"

    orange = account(kol("大橘子"), "Xiaohongshu")
    assert (orange.followers, orange.at_least, rate_card(orange.id)) == (30_000, True, [])  # 暂无
    bambi = account(kol("小鹿斑比"), "Xiaohongshu")
    assert (bambi.followers, bambi.at_least, bambi.upper) == (0, False, None)  # 保密
    assert rate_card(bambi.id) == [(Decimal(12000), "CNY", False, None)]  # RMB 12000
    naicha = account(kol("奶茶妹"), "Xiaohongshu")
    assert naicha.followers == 12_000
    assert rate_card(naicha.id) == [(Decimal(5000), "CNY", False, Decimal(8000))]  # 5000-8000
    assert naicha.engagement == pytest.approx(2.0)

    assert rows("SELECT DISTINCT status FROM kol") == [(str(Status.PROSPECT),)]
    assert rows("SELECT count(*) FROM platform_account") == [(7,)]
    assert rows("SELECT DISTINCT platform FROM platform_account") == [("Xiaohongshu",)]
    assert_no_blank_stored_as_text()


# -- 6. Account columns -----------------------------------------------------------------------------------------------
def test_account_columns_make_one_kol_with_an_account_per_platform(any_db: str, tmp_path: Path) -> None:
    imported = import_file(corpus.accounts_xlsx(tmp_path))
    plan = imported.plan
    assert (plan.rows_read, plan.rows_refused, imported.result.added) == (5, 0, 5)
    assert imported.errors() == {(5, "小红书粉丝", "5.1万")}  # followers of an account that has no handle
    assert_errors_are_complete(imported)
    assert_every_column_accounted_for(imported)

    def summary(name: str) -> set[tuple[str, str, int, bool]]:
        return {(a.platform, a.handle, a.followers, a.at_least) for a in accounts(kol(name))}

    assert summary("张小喵") == {
        ("Douyin", "zxm_dy", 1_200_000, False),
        ("Xiaohongshu", "zxm_xhs", 356_000, False),
        ("Weibo", "张小喵的日常", 0, False),
    }
    assert summary("李大锤") == {("Douyin", "lidachui888", 88_000, False)}
    assert summary("王阿姨") == {("Xiaohongshu", "wangayi_cooks", 220_000, True), ("Weibo", "王阿姨家常菜", 0, False)}
    assert summary("赵六") == {("Weibo", "赵六六", 0, False)}
    assert summary("陈七") == {("Douyin", "1234567890123456789", 450_000, False)}  # 19 digits, as text
    profile = kol_row(kol("张小喵"))
    assert (profile["main_platform"], profile["followers"]) == ("Douyin", 1_200_000)


def test_importing_the_same_sheets_again_updates_in_place(any_db: str, tmp_path: Path) -> None:
    """A second import of the same files finds every KOL by its account: nothing added, nothing doubled."""
    tables = ("kol", "platform_account", "rate_card_entry", "account_metric", "kol_custom_value", "custom_field",
              "kol_label", "interaction")  # fmt: skip

    def counts() -> dict[str, int]:
        return {table: int(rows(f"SELECT count(*) FROM {table}")[0][0]) for table in tables}

    import_file(corpus.instagram_csv(tmp_path), platform="instagram")
    import_file(corpus.agency_xlsx(tmp_path))
    before = counts()
    again = import_file(corpus.instagram_csv(tmp_path), platform="instagram")
    assert (again.result.added, again.result.updated) == (0, 10)
    again = import_file(corpus.agency_xlsx(tmp_path))
    assert (again.result.added, again.result.updated) == (0, 7)
    assert counts() == before
    assert account(kol("米米酱"), "Xiaohongshu").followers == 520_000


# -- 7. Broken shapes ---------------------------------------------------------------------------------------------------
def kol_count() -> int:
    return int(rows("SELECT count(*) FROM kol")[0][0])


def test_an_unclosed_quote_is_an_error_naming_its_line_and_nothing_is_written(any_db: str, tmp_path: Path) -> None:
    path = corpus.unclosed_quote_csv(tmp_path)
    with pytest.raises(ImportFileError, match=r"\bline 3\b"):
        import_file(path)  # read_table or the streaming import may find it: either way, before anything is kept
    assert kol_count() == 0


def test_a_sheet_declaring_a_million_rows_reads_its_real_extent_quickly(any_db: str, tmp_path: Path) -> None:
    path = corpus.declared_extent_xlsx(tmp_path)
    start = time.perf_counter()
    table = read_table(path)
    data = list(table.iter_rows())
    imported = import_file(path)
    elapsed = time.perf_counter() - start
    assert elapsed < 2, f"{elapsed:.1f} s"
    assert table.headers == list(corpus.SMALL_HEADERS)
    assert [line for line, _cells in data] == [2, 3, 4, 5]
    assert max(len(cells) for _line, cells in data) <= len(corpus.SMALL_HEADERS)
    assert (imported.result.added, imported.plan.errors) == (4, [])


def test_a_stray_cell_in_column_xfd_is_reported_and_its_row_imports(any_db: str, tmp_path: Path) -> None:
    imported = import_file(corpus.stray_cell_xlsx(tmp_path))
    assert imported.table.headers == list(corpus.SMALL_HEADERS)
    assert imported.result.added == 4
    (error,) = imported.plan.errors
    assert (error.line, error.value) == (3, corpus.STRAY_TEXT)
    assert "XFD" in error.column or "16384" in error.column, error
    bob = account(kol("鲍勃"), "Douyin")
    assert (bob.handle, bob.followers) == ("bob_dy", 25_000)


def test_excel_unicode_text_utf16_imports(any_db: str, tmp_path: Path) -> None:
    imported = import_file(corpus.utf16_txt(tmp_path))
    assert "16" in imported.table.encoding
    assert imported.table.headers == list(corpus.SMALL_HEADERS)
    assert (imported.result.added, imported.plan.errors) == (4, [])
    assert account(kol("鲍勃"), "Douyin").followers == 25_000
    carol = account(kol("Carol"), "TikTok")
    assert (carol.handle.lstrip("@"), carol.followers) == ("carol", 3_100)
    assert account(kol("丁丁"), "Xiaohongshu").followers == 12_000


def test_an_empty_file_is_refused_with_a_sentence(any_db: str, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="empty"):
        read_table(corpus.empty_csv(tmp_path))
    assert kol_count() == 0


# -- 8. kolcrm's own export, imported into a fresh book ------------------------------------------------------------
def build_round_trip_book() -> None:
    """KOLs with 2–3 accounts, multi-format rate cards in two currencies, custom values of every kind, labels,
    approximate figures, a metric, and a last contact from the history."""
    signed = custom_fields.define_field("签约日期", "date").id
    intent = custom_fields.define_field("合作意向", "choice", ["高", "中", "低"]).id
    fit = custom_fields.define_field("Brand fit score", "number").id
    sign = custom_fields.define_field("Zodiac", "text").id
    li = save_kol(
        KolRecord(
            display_name="李佳琦",
            real_name="李佳琦",
            status=Status.ACTIVE,
            categories=["美妆", "护肤"],
            value_tags=["真实分享"],
            city="上海",
            languages=["中文"],
            agency="美ONE",
            agent_name="付鹏",
            agent_contact="+86 139 0000 0000",
            wechat_id="lijiaqi_wx",
            phone="+86 138 0000 0000",
            email="li@example.com",
            accounts=[
                AccountRecord(
                    "Douyin",
                    "@lijiaqi",
                    url="https://www.douyin.com/user/lijiaqi",
                    followers=75_000_000,
                    engagement_rate=3.2,
                    rate_card=[
                        RateCardItem("Video 1–20 s", Decimal("120000.50")),
                        RateCardItem("Video 21–60 s", Decimal("300000")),
                        RateCardItem("Live-stream slot", Decimal("500000")),
                    ],
                ),
                AccountRecord(
                    "Weibo",
                    "李佳琦Austin",
                    followers=30_000_000,
                    rate_card=[RateCardItem("Direct post", Decimal("80000"))],
                ),
                AccountRecord(
                    "Xiaohongshu",
                    "lijiaqi_xhs",
                    followers=12_000_000,
                    engagement_rate=4.75,
                    rate_card=[RateCardItem("Video note", Decimal("150000"))],
                ),
            ],
            custom={signed: "2024-03-01", intent: "高", fit: "8.5", sign: "双子座"},
        )
    )
    mia = save_kol(
        KolRecord(
            display_name="Mia Chen",
            categories=["Travel"],
            value_tags=["English only"],  # (a label holding a comma comes back split: documented)
            city="Shanghai",
            languages=["English", "中文"],
            email="mia@example.com",
            accounts=[
                AccountRecord(
                    "Instagram",
                    "miachen",
                    followers=120_000,
                    engagement_rate=2.9,
                    rate_card=[
                        RateCardItem("Reel", Decimal("1500"), "USD"),
                        RateCardItem("Story", Decimal("450.25"), "USD"),
                    ],
                ),
                AccountRecord("TikTok", "@mia.chen", followers=98_000),
            ],
            custom={intent: "中"},
        )
    )
    save_kol(
        KolRecord(
            display_name="王小厨",
            status=Status.PAUSED,
            categories=["美食"],
            accounts=[
                AccountRecord(
                    "Xiaohongshu",
                    "wang_chef",
                    followers=100_000,
                    rate_card=[RateCardItem("Image note", Decimal("8000"))],
                ),
                AccountRecord("Bilibili", "12345678", followers=600_000),
            ],
            custom={fit: "7"},
        )
    )
    save_kol(KolRecord(display_name="新人小张", city="成都"))  # no account at all
    # Figures the form does not type yet, as an import stores them: 10万+, 60万-80万, a fee "8000+", a metric.
    database.execute_sql("UPDATE platform_account SET followers_at_least = 1 WHERE handle = 'wang_chef'")
    database.execute_sql("UPDATE platform_account SET followers_upper = 800000 WHERE handle = '12345678'")
    database.execute_sql("UPDATE rate_card_entry SET fee_at_least = 1 WHERE format = 'Image note'")
    database.execute_sql("UPDATE rate_card_entry SET fee_upper = '2000' WHERE format = 'Reel'")
    database.execute_sql(
        "INSERT INTO account_metric (account_id, name, value, captured_on, approximate)"
        " SELECT id, 'Total likes', '29000000000', ?, 0 FROM platform_account WHERE handle = 'miachen'",
        (clock.today().isoformat(),),
    )
    today = clock.today()
    interactions.add_interaction(li, InteractionRecord(today - timedelta(days=3), InteractionKind.CALL, "谈了双11"))
    interactions.add_interaction(mia, InteractionRecord(today - timedelta(days=40), InteractionKind.EMAIL, "Rates"))


def book_dump() -> dict[str, dict[str, Any]]:
    """Everything a round trip must keep, per KOL name, free of ids."""
    dump: dict[str, dict[str, Any]] = {}
    for kol_id, name in rows("SELECT id, display_name FROM kol WHERE deleted_at IS NULL"):
        profile = kol_row(kol_id)
        account_rows = rows(
            "SELECT id, platform, handle, url, followers, followers_at_least, followers_upper, engagement_rate"
            " FROM platform_account WHERE kol_id = ?",
            kol_id,
        )
        dump[name] = {
            "profile": {
                key: profile[key]
                for key in (
                    "real_name",
                    "status",
                    "tier",
                    "city",
                    "languages",
                    "agency",
                    "agent_name",
                    "agent_contact",
                    "wechat_id",
                    "phone",
                    "email",
                    "birthday",
                    "main_platform",
                    "followers",
                    "last_contact",
                )
            },
            "engagement": round(profile["engagement_rate"], 6),
            "accounts": sorted(
                (platform, handle, url, followers, bool(at_least), upper, round(rate, 6))
                for _id, platform, handle, url, followers, at_least, upper, rate in account_rows
            ),
            "rate_card": sorted(
                (platform, handle, fmt.strip(), fee, currency, bool(at_least), upper)
                for _id, platform, handle, *_rest in account_rows
                for fmt, fee, currency, at_least, upper in (
                    (f, Decimal(v), c, a, Decimal(u) if u not in (None, "") else None)
                    for f, v, c, a, u in rows(
                        "SELECT format, fee, currency, fee_at_least, fee_upper FROM rate_card_entry"
                        " WHERE account_id = ?",
                        _id,
                    )
                )
            ),
            "metrics": sorted(
                (platform, handle, metric, Decimal(value), bool(approximate))
                for _id, platform, handle, *_rest in account_rows
                for metric, value, approximate in rows(
                    "SELECT name, value, approximate FROM account_metric WHERE account_id = ?", _id
                )
            ),
            "custom": {
                name: value
                for name, value in rows(
                    "SELECT f.name, v.value FROM kol_custom_value v JOIN custom_field f ON f.id = v.field_id"
                    " WHERE v.kol_id = ?",
                    kol_id,
                )
            },
            "labels": sorted(labels(kol_id)),
        }
    return dump


@pytest.mark.parametrize("export", [export_csv, export_xlsx], ids=["csv", "xlsx"])
def test_kolcrm_export_imports_back_whole(tmp_path: Path, export: Any) -> None:
    open_database(tmp_path / "source.db")
    build_round_trip_book()
    source = book_dump()
    sheet = tmp_path / f"kols.{'csv' if export is export_csv else 'xlsx'}"
    assert export(sheet).count == 4
    close_database()
    assert source["李佳琦"]["profile"]["last_contact"] == (clock.today() - timedelta(days=3)).isoformat()
    assert len(source["李佳琦"]["rate_card"]) == 5

    open_database(tmp_path / "target.db")
    try:
        imported = import_file(sheet)  # no fixed value, no answer: the export's own shape is recognised
        assert imported.plan.errors == []
        assert (imported.result.added, imported.plan.rows_refused) == (4, 0)
        assert_every_column_accounted_for(imported)
        target = book_dump()
    finally:
        close_database()
    assert sorted(target) == sorted(source)
    differences = {
        (name, part): {"imported": target[name][part], "exported": source[name][part]}
        for name in source
        for part in source[name]
        if target[name][part] != source[name][part]
    }
    assert differences == {}, pprint.pformat(differences, width=120)
