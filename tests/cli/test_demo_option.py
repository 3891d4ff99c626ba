"""--demo on every command that reads or writes a book, and the stderr line naming the database a command used:
after `kolcrm --demo`, `kolcrm deals --demo` lists the demo deals, not an empty header from another file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kolcrm.core.demo.kols import populate_demo
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import close_database, open_database
from kolcrm.core.store.paths import default_database_path, demo_database_path
from tests.cli.running import kolcrm, query

# Every command that opens a book, with what it needs besides (OUT: a folder for what it writes).
BOOK_COMMANDS = [
    ("deals",),
    ("contract", "1", "-o", "OUT/c.pdf"),
    ("contracts", "-o", "OUT/pdfs"),
    ("export", "csv", "-o", "OUT/kols.csv"),
    ("duplicates",),
    ("merge", "1", "2", "--yes"),
    ("erase", "1", "--yes"),
    ("backup",),
    ("check",),
    ("encrypt",),
    ("decrypt",),
    ("passphrase",),
]
IDS = [argv[0] for argv in BOOK_COMMANDS]


def filled(argv: tuple[str, ...], out: Path) -> list[str]:
    return [arg.replace("OUT", str(out)) for arg in argv]


@pytest.fixture
def demo_book() -> Path:
    """The demo book as `kolcrm --demo` leaves it: 12 KOLs with their deals, in the user data folder."""
    path = open_database(demo_database_path())
    populate_demo(12, seed=3)
    close_database()
    return path


def empty_default_book() -> Path:
    path = open_database(default_database_path())
    close_database()
    return path


def test_deals_demo_lists_the_demo_deals_and_names_the_demo_database(
    capsys: pytest.CaptureFixture[str], demo_book: Path
) -> None:
    empty_default_book()
    deals_in_demo = query(demo_book, "SELECT count(*) FROM collaboration")[0][0]
    assert deals_in_demo > 0

    for argv in (("deals", "--demo"), ("--demo", "deals")):
        code, out, err = kolcrm(capsys, *argv)

        assert code == 0, err
        lines = out.splitlines()
        assert lines[0] == "id\tstage\tbrand\tkol\ttitle\tagreed\tpaid\tflags", "stdout stays tab-separated"
        assert len(lines) == 1 + deals_in_demo
        assert all(len(line.split("\t")) == 8 for line in lines)
        assert err == f"kolcrm: using {demo_book}\n"


@pytest.mark.parametrize("argv", BOOK_COMMANDS, ids=IDS)
def test_every_book_command_takes_demo_and_refuses_it_beside_db(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: tuple[str, ...]
) -> None:
    book = open_database(tmp_path / "book.db")
    save_kol(KolRecord(display_name="Lulu"))
    close_database()
    before = book.read_bytes()

    for both in (
        [*filled(argv, tmp_path), "--demo", "--db", str(book)],
        ["--db", str(book), *filled(argv, tmp_path), "--demo"],
        ["--demo", *filled(argv, tmp_path), "--db", str(book)],
    ):
        code, out, err = kolcrm(capsys, *both)
        assert code == 2, (both, err)
        assert "--demo and --db" in err and "Traceback" not in err
        assert out == ""

    # No demo book yet: each command looks for it where `kolcrm --demo` makes it, and creates nothing.
    code, out, err = kolcrm(capsys, *filled(argv, tmp_path), "--demo")

    assert code == 2, err
    assert err.strip().splitlines()[-1] == (
        f"kolcrm: there is no demo database yet at {demo_database_path()}:"
        " `kolcrm --demo` or `kolcrm demo --demo` creates it"
    )
    assert not demo_database_path().exists()
    assert book.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["book.db"]


def test_demo_import_and_backup_use_the_demo_book(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_book: Path
) -> None:
    sheet = tmp_path / "kols.csv"
    sheet.write_text("Name,Platform,Handle\nNew Face,douyin,@newface\n", encoding="utf-8")

    code, _out, err = kolcrm(capsys, "import", str(sheet), "--demo")

    assert code == 0, err
    assert f"kolcrm: using {demo_book}" in err.splitlines()
    assert query(demo_book, "SELECT count(*) FROM kol WHERE display_name = 'New Face'") == [(1,)]
    assert not default_database_path().exists(), "the default book is left alone"

    code, out, err = kolcrm(capsys, "backup", "--demo")

    assert code == 0, err
    assert str(demo_book.parent / "backups") in out


def test_an_empty_default_book_points_to_the_demo_book(capsys: pytest.CaptureFixture[str], demo_book: Path) -> None:
    default = empty_default_book()

    code, out, err = kolcrm(capsys, "deals")

    assert code == 0, err
    assert out == "id\tstage\tbrand\tkol\ttitle\tagreed\tpaid\tflags\n"
    assert err == f"kolcrm: using {default} (empty; the demo book is at {demo_book} — use --demo)\n"


def test_a_missing_default_book_points_to_the_demo_book(capsys: pytest.CaptureFixture[str], demo_book: Path) -> None:
    code, out, err = kolcrm(capsys, "deals")

    assert code == 2
    assert out == ""
    assert err == (
        f"kolcrm: there is no database at {default_database_path()}; the demo book is at {demo_book} — use --demo\n"
    )
    assert not default_database_path().exists()


def test_a_default_book_with_kols_gets_no_hint(capsys: pytest.CaptureFixture[str], demo_book: Path) -> None:
    default = open_database(default_database_path())
    save_kol(KolRecord(display_name="Mine"))
    close_database()

    code, _out, err = kolcrm(capsys, "duplicates")

    assert code == 0, err
    assert err == f"kolcrm: using {default}\n"


def test_without_a_demo_book_no_hint_either(capsys: pytest.CaptureFixture[str]) -> None:
    default = empty_default_book()

    code, _out, err = kolcrm(capsys, "deals")

    assert code == 0, err
    assert err == f"kolcrm: using {default}\n"
