"""Fixtures shared by every test: Qt offscreen, a fresh database per test, no real user data dir."""

from __future__ import annotations

import os
import sys

# Before anything imports Qt: the GUI tests (tests/ui/) need a display-less platform.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from kolcrm import language
from kolcrm.core.store.db import close_database, open_database

# Hypothesis: "ci" (the default run) gives a test that sets no count of its own a few hundred examples and no
# deadline (a shared CI core is slow now and then: a deadline there fails tests for nothing); "soak" gives 10,000
# to every test that reads the profile's count (tests/reliability/README.md). Tests that fix max_examples keep it.
settings.register_profile("ci", max_examples=300, deadline=None, print_blob=True)
settings.register_profile("soak", max_examples=10_000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test may read or write the real database or data dir: both point into a throwaway folder."""
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("KOLCRM_DB", str(home / "kolcrm-default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))  # QSettings (language, layout) too
    monkeypatch.setenv("KOLCRM_LANG", "en")  # tests read English unless one asks for Chinese
    language.install_for_cli(language.ENGLISH)  # English plural forms ("1 KOL has") for the core's messages
    yield
    language.uninstall()
    close_database()  # a test that fails half-way must not leave the proxy on its file for the next test
    if "kolcrm.core.store.team" in sys.modules:  # a CLI test installs the terminal's password asker: not the next
        sys.modules["kolcrm.core.store.team"].set_password_asker(None)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    """A fresh kolcrm database at the current schema version; yields its path."""
    path = open_database(tmp_path / "kolcrm.db")
    yield path
    close_database()


# -- the team database (PostgreSQL) ------------------------------------------------------------------------------
PG_URL_VARIABLE = "KOLCRM_TEST_PG_URL"


def _require_postgres() -> str:
    """The test server's URL; without one a `postgres` test skips, except in CI, where it fails."""
    url = os.environ.get(PG_URL_VARIABLE, "")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL tests: {PG_URL_VARIABLE} is not set (.ci/run sets it)")
        pytest.skip(f"no PostgreSQL server: set {PG_URL_VARIABLE} to a database the tests may empty")
    return url


@pytest.fixture(scope="session")
def pg_server() -> str:
    """A database on the test server, emptied once per run; the tests own it (its public schema is dropped)."""
    import psycopg

    url = _require_postgres()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


def empty_server_book(url: str) -> None:
    """Every kolcrm table of the test server's book emptied and its ids reset (quicker than a new schema)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'kolcrm_schema'"
            )
        ]
        if tables:
            conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh book on either engine: a SQLite file, or the test server's book emptied. Yields where it is."""
    from kolcrm.core.store.db import use_file_engine

    if request.param == "sqlite":
        yield str(open_database(tmp_path / "kolcrm.db"))
        close_database()
        return
    url: str = request.getfixturevalue("pg_server")
    open_database(url)  # the first test creates the schema
    close_database()
    empty_server_book(url)
    open_database(url)
    yield url
    close_database()
    use_file_engine()
