"""Any value anywhere in a handover package: it is refused with HandoverError, or it gets in and the book still
reads (every KOL, deal and campaign, and `kolcrm deals`) — never another exception, never a value that breaks."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kolcrm.cli import main as cli_main
from kolcrm.core.campaigns import kpis
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.kols import service as kols
from kolcrm.core.store.db import close_database, database, open_database
from kolcrm.exchange.handover.service import HandoverError, export_handover, import_handover
from tests.exchange.kol_book import build_book
from tests.exchange.test_handover import rewrite
from tests.exchange.test_handover_campaigns import add_campaigns

JUNK = st.one_of(
    st.sampled_from(
        ["", "abc", "yesterday", "\x00", "李\x00佳琦", "1e400", "-1", "NaN", "2026-13-45", "9" * 400, "3万"]
    ),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=False),
    st.text(max_size=12),
    st.just([]),
    st.just({}),
)


def leaves(value: Any, path: tuple = ()) -> list[tuple]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in leaves(item, (*path, key))]
    if isinstance(value, list):
        return [leaf for index, item in enumerate(value) for leaf in leaves(item, (*path, index))]
    return [path]


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> tuple[Path, list[tuple]]:
    return build_package(tmp_path_factory.mktemp("fuzz-book"))


def build_package(folder: Path) -> tuple[Path, list[tuple]]:
    """A handover package of a book with deals and campaigns, and the path of every value in its data."""
    open_database(folder / "book.db")
    try:
        add_campaigns(build_book(folder))
        export_handover(folder / "book.kolcrm-handover")
    finally:
        close_database()
    with zipfile.ZipFile(folder / "book.kolcrm-handover") as archive:
        data = json.loads(archive.read("data.json"))
    return folder / "book.kolcrm-handover", leaves(data)


def book_reads(path: Path) -> None:
    for (kol_id,) in database.execute_sql("SELECT id FROM kol").fetchall():
        kols.get_kol(kol_id)
    for (deal_id,) in database.execute_sql("SELECT id FROM collaboration").fetchall():
        collaborations.get_collaboration(deal_id)
    for campaign in campaigns.list_campaigns():
        kpis.kpi_progress(campaign)
    close_database()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli_main(["deals", "--db", str(path)]) == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_value_anywhere_is_refused_or_reads_back(tmp_path, package, data):
    path, paths = package
    changes = data.draw(st.lists(st.tuples(st.sampled_from(paths), JUNK), min_size=1, max_size=3))

    def tamper(book: dict) -> None:
        for where, value in changes:
            parent = book
            for key in where[:-1]:
                parent = parent[key]
            parent[where[-1]] = value

    tampered = rewrite(path, tmp_path / "tampered.kolcrm-handover", data_change=tamper)
    target = tmp_path / f"fuzz-{data.draw(st.integers(0, 10**9))}.db"
    open_database(target)
    try:
        import_handover(tampered)
    except HandoverError:
        close_database()
        return
    book_reads(target)
