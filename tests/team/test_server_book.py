"""A team's book on a PostgreSQL server: set up once, checked at every open, values as on SQLite."""

from __future__ import annotations

import re

import psycopg
import pytest

from kolcrm.core.errors import DatabaseOpenError, NewerDatabaseError
from kolcrm.core.store import dialect, pg_schema, pg_search
from kolcrm.core.store.db import close_database, database, open_database, use_file_engine
from kolcrm.core.store.migrations import SCHEMA_VERSION
from kolcrm.core.store.models import Kol
from kolcrm.core.store.server import ServerBook

pytestmark = pytest.mark.postgres


def test_an_empty_database_is_set_up_at_this_schema_version_once(pg_server: str) -> None:
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")

    book = open_database(pg_server)

    assert isinstance(book, ServerBook) and dialect.is_postgres()
    assert database.execute_sql("SELECT version, application FROM kolcrm_schema").fetchall() == [
        (SCHEMA_VERSION, "kolcrm")
    ]
    tables = {row[0] for row in database.execute_sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert {"kol", "collaboration", "payment", "campaign", "custom_field", "kol_search_doc"} <= tables
    close_database()
    open_database(pg_server)  # a second open finds the schema and changes nothing
    assert database.execute_sql("SELECT count(*) FROM kolcrm_schema").fetchone()[0] == 1
    close_database()
    use_file_engine()


def test_a_server_set_up_by_a_newer_kolcrm_is_refused_untouched(server_url: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("UPDATE kolcrm_schema SET version = %s", (SCHEMA_VERSION + 1,))
    try:
        with pytest.raises(NewerDatabaseError, match="newer kolcrm"):
            open_database(server_url)
        with psycopg.connect(server_url) as conn:
            assert conn.execute("SELECT version FROM kolcrm_schema").fetchone()[0] == SCHEMA_VERSION + 1
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute("UPDATE kolcrm_schema SET version = %s", (SCHEMA_VERSION,))


@pytest.mark.parametrize("layout", [1, 2])
def test_a_book_searched_by_an_older_layout_is_moved_to_the_narrow_tables_and_finds_the_same(
    server_url: str, layout: int
) -> None:
    from kolcrm.core.kols.list_query import KolFilter, count
    from kolcrm.core.kols.service import KolRecord, save_kol

    open_database(server_url)
    save_kol(KolRecord(display_name="李佳琦", categories=["口红"], city="Shanghai"))
    save_kol(KolRecord(display_name="Lily Chen", city="上海"))
    close_database()
    # The book as an older team-mode kolcrm left it, keys as strings: in their own table (2), or beside the folded
    # text (1); no search_layout column before 3.
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE kol_search_keys_text (kol_id BIGINT PRIMARY KEY, keys TEXT[] NOT NULL)")
        conn.execute(
            "INSERT INTO kol_search_keys_text SELECT k.kol_id, ARRAY(SELECT n.key FROM unnest(k.keys) AS u(id)"
            " JOIN kol_search_key_names n ON n.id = u.id) FROM kol_search_keys k"
        )
        conn.execute("DROP TABLE kol_search_keys, kol_search_key_names")
        if layout == 2:
            conn.execute("ALTER TABLE kol_search_keys_text RENAME TO kol_search_keys")
            conn.execute("ALTER INDEX kol_search_keys_text_pkey RENAME TO kol_search_keys_pkey")
            conn.execute("CREATE INDEX kol_search_keys_keys ON kol_search_keys USING gin (keys)")
            conn.execute("UPDATE kolcrm_schema SET search_layout = 2")
        else:
            conn.execute("ALTER TABLE kol_search_terms ADD COLUMN keys TEXT[]")
            conn.execute(
                "UPDATE kol_search_terms t SET keys = k.keys FROM kol_search_keys_text k WHERE k.kol_id = t.kol_id"
            )
            conn.execute("DROP TABLE kol_search_keys_text")
            conn.execute("CREATE INDEX kol_search_terms_keys ON kol_search_terms USING gin (keys)")
            conn.execute("ALTER TABLE kolcrm_schema DROP COLUMN search_layout")

    open_database(server_url)

    assert database.execute_sql("SELECT to_jsonb(s) FROM kolcrm_schema s").fetchone()[0]["search_layout"] == 3
    tables = {
        row[0] for row in database.execute_sql("SELECT tablename FROM pg_tables WHERE tablename LIKE 'kol_search%'")
    }
    assert tables == {"kol_search_doc", "kol_search_terms", "kol_search_keys", "kol_search_key_names"}
    found = {text: count(KolFilter(text=text)) for text in ["口红", "李", "Ch", "shanghai", "口红 shanghai", "上海"]}
    # shanghai: one city typed in Latin letters, one found by the pinyin of 上海
    assert found == {"口红": 1, "李": 1, "Ch": 1, "shanghai": 2, "口红 shanghai": 1, "上海": 1}
    save_kol(KolRecord(display_name="李子柒"))
    assert count(KolFilter(text="李")) == 2


def test_search_tables_laid_out_by_a_newer_kolcrm_are_refused_untouched(server_url: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("UPDATE kolcrm_schema SET search_layout = 99")
    try:
        with pytest.raises(NewerDatabaseError, match="newer kolcrm"):
            open_database(server_url)
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute("UPDATE kolcrm_schema SET search_layout = %s", (pg_search.LAYOUT,))


def test_another_programs_tables_are_not_taken_for_a_book(server_url: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE kolcrm_schema RENAME TO not_ours")
    try:
        with pytest.raises(DatabaseOpenError, match="another program"):
            open_database(server_url)
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute("ALTER TABLE not_ours RENAME TO kolcrm_schema")


def test_a_wrong_password_is_refused_without_echoing_it(server_url: str) -> None:
    book = ServerBook.parse(server_url)
    wrong = book.with_password("not-the-password").url

    with pytest.raises(DatabaseOpenError) as refused:
        open_database(wrong)

    assert "not-the-password" not in str(refused.value)
    assert "refused the password" in str(refused.value)


def test_values_go_in_and_come_back_as_on_sqlite(server_url: str) -> None:
    open_database(server_url)
    kol = Kol.create(
        display_name="小鹿🦌Lulu ✨", real_name="陆小鹿", tier_is_manual=True, created_at="2026-12-02T01:00:00+00:00",
        updated_at="2026-12-02T01:00:00+00:00", name_order="xiaolu\x00小鹿",
    )  # fmt: skip
    database.execute_sql(
        "UPDATE kol SET city = ? WHERE id = ? AND display_name LIKE ?", ("上海 100%", kol.id, "%Lulu%")
    )

    row = Kol.get_by_id(kol.id)
    assert (row.display_name, row.city, row.tier_is_manual) == ("小鹿🦌Lulu ✨", "上海 100%", True)
    assert database.execute_sql("SELECT tier_is_manual FROM kol WHERE id = ?", (kol.id,)).fetchone()[0] == 1
    # Text sorts byte by byte on both engines (the server's locale would put 'b' before 'C').
    names = [
        r[0]
        for r in database.execute_sql(
            "SELECT x FROM (VALUES ('b'), ('C'), ('阿'), ('a')) AS t(x) ORDER BY x COLLATE \"C\""
        )
    ]
    assert names == ["C", "a", "b", "阿"]


def test_a_translated_schema_matches_the_sqlite_one_table_for_table() -> None:
    statements = pg_schema.sqlite_statements()
    tables = [name for kind, name, _sql in statements if kind == "table"]
    assert "kol" in tables and "kol_search" not in tables and "kol_search_cjk_data" not in tables
    # Every table comes after the tables it references (collaboration → campaign, added by a later version).
    for kind, name, sql in statements:
        if kind == "table":
            for referenced in re.findall(r"REFERENCES\s+(\w+)", sql):
                assert referenced in tables[: tables.index(name) + 1]
    assert (
        pg_schema.to_postgres_ddl("CREATE INDEX i ON t(CAST(value AS REAL))")
        == "CREATE INDEX i ON t(kolcrm_real(value))"
    )
