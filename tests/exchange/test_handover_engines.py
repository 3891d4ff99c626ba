"""A handover package between the engines: exported from a team's book on PostgreSQL and restored into a SQLite
file, and the other way round, the KOLs, deals and campaigns arriving as they left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kolcrm.core.care import reminders
from kolcrm.core.store.db import close_database, database, open_database, use_file_engine
from kolcrm.exchange.handover.service import export_handover, import_handover
from tests.conftest import empty_server_book
from tests.exchange.kol_book import build_book
from tests.exchange.test_handover import comparable, ids_by_name, without_rule_keys
from tests.exchange.test_handover_campaigns import add_campaigns
from tests.exchange.test_handover_campaigns import rows as campaign_rows

pytestmark = pytest.mark.postgres


@pytest.fixture
def books(pg_server: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    """The two books, neither open: the test server's (emptied) and a new SQLite file."""
    open_database(pg_server)  # the first test creates the schema
    close_database()
    empty_server_book(pg_server)
    sqlite_book = str(open_database(tmp_path / "file.db"))
    close_database()
    yield {"postgres": pg_server, "sqlite": sqlite_book}
    close_database()
    use_file_engine()


def portable(kol_id: int) -> dict:
    """comparable(), less when the rules raised a generated reminder (the receiving book raises it again)."""
    data = without_rule_keys(comparable(kol_id))
    for reminder in data["reminders"]:
        if reminder["rule_key"]:
            reminder.pop("created_at")
    return data


@pytest.mark.parametrize(("source", "target"), [("postgres", "sqlite"), ("sqlite", "postgres")])
def test_a_package_crosses_between_the_engines_unchanged(books, tmp_path: Path, source: str, target: str) -> None:
    open_database(books[source])
    add_campaigns(build_book(tmp_path))
    reminders.refresh()
    originals = {name: portable(kol_id) for name, kol_id in ids_by_name().items()}
    campaigns = campaign_rows()
    package = tmp_path / "book.kolcrm-handover"
    assert export_handover(package).count == 2
    close_database()
    open_database(books[target])
    summary = import_handover(package)
    assert (summary.kols_added, summary.kols_merged, summary.deals_added) == (2, 0, 2)
    restored = ids_by_name()
    assert set(restored) == set(originals)
    for name, data in originals.items():
        assert portable(restored[name]) == data, name
    assert campaign_rows() == campaigns
    again = import_handover(package)  # the same package twice: merged, never duplicated
    assert (again.kols_added, again.deals_added) == (0, 0)
    assert database.execute_sql("SELECT count(*) FROM kol").fetchone() == (2,)
