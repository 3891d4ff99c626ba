"""Upgrading a file written by an older kolcrm: every row survives, a backup is taken, all or nothing."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import peewee
import pytest

from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.kols.list_query import KolFilter, count
from kolcrm.core.kols.service import get_kol
from kolcrm.core.kols.trash import trashed_kols
from kolcrm.core.store import migrations
from kolcrm.core.store.db import APPLICATION_ID, database, open_database
from kolcrm.core.store.models import ALL_MODELS
from kolcrm.core.vocabulary import Status, Tier
from tests.core.store.fixture_dump import dump_as

FIXTURES = Path(__file__).parents[2] / "fixtures"
V1_TABLES = ("kol", "kol_label", "platform_account", "rate_card_entry", "interaction", "brand")
V1_ROW_COUNTS = {"kol": 4, "kol_label": 4, "platform_account": 4, "rate_card_entry": 3, "interaction": 4, "brand": 1}


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table the fixture had, read with plain sqlite3 (not through the code under test)."""
    return dump_as(FIXTURES / "kolcrm_v1.db", path, V1_TABLES, order="id")


def header(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    """A private copy of the v1 fixture (the committed file itself is never opened)."""
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(FIXTURES / "kolcrm_v1.db", copy)
    return copy


def test_the_fixture_is_a_v1_kolcrm_file(v1_file: Path) -> None:
    assert header(v1_file) == (1, APPLICATION_ID)
    assert {table: len(rows) for table, rows in dump(v1_file).items()} == V1_ROW_COUNTS


def test_v1_file_is_upgraded_with_every_row_intact(v1_file: Path) -> None:
    before = dump(v1_file)

    open_database(v1_file)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    database.close()
    assert header(v1_file) == (migrations.SCHEMA_VERSION, APPLICATION_ID)
    assert dump(v1_file) == before


def test_upgraded_values_read_back_through_the_services(v1_file: Path) -> None:
    open_database(v1_file)

    kol = get_kol(1)
    assert (kol.display_name, kol.real_name, kol.city, kol.agency) == ("李佳琦", "李佳琦", "上海", "美ONE")
    assert kol.status is Status.ACTIVE
    assert kol.tier is Tier.HEAD
    assert kol.tier_override is None
    assert kol.languages == ["中文", "English"]
    assert kol.birthday == date(1992, 6, 7)
    assert (kol.categories, kol.value_tags) == (["美妆"], ["专业测评"])
    douyin, taobao = kol.accounts
    assert (douyin.platform, douyin.handle, douyin.followers) == ("Douyin", "@李佳琦Austin", 75_000_000)
    assert douyin.audience_age_bands == {"18-24": 45.5, "25-34": 30.0}
    assert douyin.audience_cities == ["上海", "一线城市"]
    assert douyin.audience_female_pct == 82.5
    assert douyin.figures_checked_on == date(2024, 5, 1)
    assert [(i.format, i.fee, i.currency) for i in douyin.rate_card] == [
        ("Video 21–60 s", Decimal("300000.00"), "CNY"),
        ("Live-stream slot", Decimal("1200000"), "CNY"),
    ]
    assert (taobao.platform, taobao.handle, taobao.rate_card) == ("Taobao Live", "LiJiaqi", [])

    emma = get_kol(2)
    assert emma.tier_override is Tier.MID
    assert emma.accounts[0].rate_card[0].fee == Decimal("850.50")
    assert [t.display_name for t in trashed_kols()] == ["健身小鹿"], "a trashed KOL stays in the trash"


def test_backup_of_the_old_version_is_taken_before_migrating(v1_file: Path) -> None:
    before = dump(v1_file)

    open_database(v1_file)

    backup = v1_file.with_name("kolcrm.db.v1.bak")
    assert backup.exists()
    assert backup.stat().st_mode & 0o777 == 0o600
    assert header(backup) == (1, APPLICATION_ID)
    assert dump(backup) == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("口红", 1),  # two Chinese characters inside a note written under v1
        ("李", 1),
        ("李佳琦", 1),
        ("lijiaqi", 1),
        ("Au", 1),  # the start of the Latin part of @李佳琦Austin
        ("Em", 1),
        ("EmmasKitchen", 1),
        ("100%", 1),
        ("双11档期", 1),
        ("健身", 0),  # only on the KOL in the trash
    ],
)
def test_migrated_rows_are_findable_by_search(v1_file: Path, text: str, expected: int) -> None:
    open_database(v1_file)

    assert count(KolFilter(text=text)) == expected


def test_migrated_trashed_kol_is_indexed_for_when_it_is_restored(v1_file: Path) -> None:
    from kolcrm.core.kols.trash import restore_kols

    open_database(v1_file)
    restore_kols([3])

    assert count(KolFilter(text="健身")) == 1


@pytest.mark.parametrize(
    ("failure", "raised"),
    [(peewee.OperationalError("disk I/O error"), DatabaseOpenError), (RuntimeError("bug in step"), RuntimeError)],
    ids=["database-error", "bug"],
)
def test_a_failing_migration_leaves_the_file_at_its_old_version(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch, failure: Exception, raised: type[Exception]
) -> None:
    before = dump(v1_file)

    def half_done_then_fails(db: peewee.SqliteDatabase) -> None:
        migrations._v2_search_index_and_list_indexes(db)  # does all its work, then dies
        raise failure

    steps = migrations.MIGRATIONS
    monkeypatch.setattr(migrations, "MIGRATIONS", [steps[0], half_done_then_fails, *steps[2:]])

    with pytest.raises(raised):
        open_database(v1_file)

    assert database.is_closed()
    assert header(v1_file) == (1, APPLICATION_ID)
    assert dump(v1_file) == before
    conn = sqlite3.connect(v1_file)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert not {"kol_search", "kol_search_doc", "kol_live_followers"} & names, "no half-built v2 schema"

    monkeypatch.undo()  # the next kolcrm (with the step fixed) upgrades the same file
    open_database(v1_file)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert count(KolFilter(text="口红")) == 1


def _columns(table: str) -> dict[str, tuple[int, object]]:
    """name → (notnull, default) of each column, as the migrations built the table."""
    rows = database.execute_sql(f"PRAGMA table_info({table})").fetchall()
    return {row[1]: (row[3], row[4]) for row in rows}


@pytest.mark.parametrize("start", ["fresh", "v1-fixture"])
@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_models_and_migrated_tables_agree(start: str, model, tmp_path: Path, v1_file: Path) -> None:
    open_database(v1_file if start == "v1-fixture" else tmp_path / "fresh.db")
    columns = _columns(model._meta.table_name)

    fields = {field.column_name for field in model._meta.sorted_fields}
    assert fields <= set(columns), f"model fields without a column: {fields - set(columns)}"
    required = {name for name, (notnull, default) in columns.items() if notnull and default is None and name != "id"}
    assert required <= fields, f"NOT NULL columns the model cannot fill: {required - fields}"


def _data_tables(fixture: Path) -> tuple[str, ...]:
    """The fixture's own tables: not FTS index internals, not the derived fit scores (which start over in v8)."""
    conn = sqlite3.connect(f"{fixture.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    virtual = [name for name, sql in rows if sql.startswith("CREATE VIRTUAL TABLE")]
    shadows = {f"{name}_{part}" for name in virtual for part in ("data", "idx", "content", "docsize", "config")}
    return tuple(name for name, _sql in rows if name not in {*virtual, *shadows, "kol_fit", "kol_fit_build"})


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("kolcrm_v*.db")), ids=lambda path: path.stem)
def test_every_fixture_migrates_all_the_way_keeping_every_row(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kolcrm.db"
    shutil.copyfile(fixture, copy)
    tables = _data_tables(fixture)
    before = dump_as(fixture, copy, tables)
    assert sum(len(rows) for rows in before.values()) > 10
    fit_sql = "SELECT (SELECT count(*) FROM kol_fit) + (SELECT count(*) FROM kol_fit_build)"
    # Before v8 the fit scores start over (empty); from v8 on they are part of the schema and later steps keep them.
    conn = sqlite3.connect(copy)
    fit_kept = conn.execute(fit_sql).fetchone()[0] if header(copy)[0] >= 8 else 0
    conn.close()

    open_database(copy)

    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert database.execute_sql(fit_sql).fetchone()[0] == fit_kept
    database.close()
    assert header(copy) == (migrations.SCHEMA_VERSION, APPLICATION_ID)
    assert dump_as(fixture, copy, tables) == before
