"""`kolcrm copy` moves a whole book between a file and a server, either way, in one transaction with matching
counts; `kolcrm kols` lists the same KOLs in the same order from either engine, searches included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from kolcrm.cli import main
from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.store.db import close_database, open_database, use_file_engine
from tests.conftest import empty_server_book

pytestmark = pytest.mark.postgres

SEARCHES = ("", "美", "zh", "口红 上海", "C", "@", "kol1")


def kolcrm(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = open_database(tmp_path / "mine.db")
    populate_demo(kols=60)
    close_database()
    return path


@pytest.fixture
def empty_server(pg_server: str):
    open_database(pg_server)
    close_database()
    empty_server_book(pg_server)
    use_file_engine()
    yield pg_server
    close_database()
    use_file_engine()


def _rows(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != "name_order"]
        return conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def test_a_book_goes_to_the_server_and_back_with_every_row(capsys, tmp_path, demo_file, empty_server) -> None:
    code, out, _err = kolcrm(capsys, "copy", str(demo_file), empty_server)
    assert code == 0
    lines = [line.split("\t") for line in out.strip().splitlines()]
    assert lines[0] == ["table", "source", "target"]
    counts = {table: (int(source), int(target)) for table, source, target in lines[1:]}
    assert counts["kol"] == (60, 60) and all(source == target for source, target in counts.values())

    back = tmp_path / "back.db"
    code, _out, err = kolcrm(capsys, "copy", empty_server, str(back))
    assert code == 0, err

    tables = ("kol", "platform_account", "interaction", "collaboration", "payment", "gift", "kol_label", "attachment")
    for table in (*tables, "attachment_content"):  # the files' bytes too (BLOB → BYTEA → BLOB)
        assert _rows(back, table) == _rows(demo_file, table), table
    assert _rows(back, "attachment_content"), "the demo has a media kit"


def test_kols_lists_alike_from_a_file_and_from_the_server(capsys, demo_file, empty_server) -> None:
    assert kolcrm(capsys, "copy", str(demo_file), empty_server)[0] == 0
    for text in SEARCHES:
        on_file = kolcrm(capsys, "kols", "--db", str(demo_file), "--search", text)
        on_server = kolcrm(capsys, "kols", "--db", empty_server, "--search", text)
        assert on_file[0] == on_server[0] == 0
        assert on_file[1] == on_server[1], text
        assert on_file[1].startswith("id\tname\t")
    assert "***" in on_server[2] and "kolcrm_ci:kolcrm_ci" not in on_server[2]  # "using postgresql://…:***@…"


def test_a_copy_into_a_book_is_refused_and_changes_nothing(capsys, demo_file, empty_server) -> None:
    assert kolcrm(capsys, "copy", str(demo_file), empty_server)[0] == 0
    with psycopg.connect(empty_server) as conn:
        before = conn.execute("SELECT count(*) FROM kol").fetchone()[0]

    code, out, err = kolcrm(capsys, "copy", str(demo_file), empty_server)

    assert code == 2 and out == "" and "already holds a book" in err
    with psycopg.connect(empty_server) as conn:
        assert conn.execute("SELECT count(*) FROM kol").fetchone()[0] == before


def test_a_copy_onto_an_existing_file_or_from_nowhere_is_refused(capsys, tmp_path, demo_file) -> None:
    assert kolcrm(capsys, "copy", str(demo_file), str(demo_file))[0] == 2
    code, _out, err = kolcrm(capsys, "copy", str(tmp_path / "none.db"), str(tmp_path / "new.db"))
    assert code == 2 and "no kolcrm book" in err
    assert not (tmp_path / "new.db").exists()
