"""One exit-code rule for every command (README, Command line): 0 done; 1 done, with some items refused and listed;
2 refused, nothing done. Each command's refusal is run here and its code checked, with nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import close_database, open_database
from tests.cli.running import kolcrm


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Path]:
    """A kolcrm database with one KOL (id 1), closed again: the command opens it as a user's terminal would."""
    path = open_database(tmp_path / "book.db")
    save_kol(KolRecord(display_name="Lulu"))
    close_database()
    yield path


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def sheet(folder: Path, *rows: str) -> Path:
    path = folder / "kols.csv"
    path.write_text("\n".join(["Name,Platform,Handle,Followers", *rows]) + "\n", encoding="utf-8")
    return path


# (the command's words with BOOK, OUT and a foreign FILE filled in, words of the one-line message)
REFUSALS = [
    (("demo", "--db", "FOREIGN"), "not a kolcrm database"),
    (("deals", "--db", "MISSING"), "there is no database at"),
    (("contract", "99999", "-o", "OUT/c.pdf", "--db", "BOOK"), "does not exist"),
    (("contracts", "-o", "FOREIGN/pdfs", "--db", "BOOK"), "Cannot create the folder"),
    (("import", "OUT/none.csv", "--db", "BOOK"), "Cannot read"),
    (("merge", "1", "99999", "--yes", "--db", "BOOK"), "No KOL with id 99999"),
    (("duplicates", "--db", "MISSING"), "there is no database at"),
    (("erase", "99999", "--yes", "--db", "BOOK"), "No KOL with id 99999"),
    (("export", "csv", "--kol", "99999", "-o", "OUT/k.csv", "--db", "BOOK"), "No KOL with id 99999"),
    (("export", "json", "--kol", "99999", "-o", "OUT/k.json", "--db", "BOOK"), "No KOL with id 99999"),
    (("export", "vcf", "-o", "FOREIGN/k.vcf", "--db", "BOOK"), "Cannot write"),
    (("export", "handover", "-o", "OUT/h.kolcrm", "--db", "MISSING"), "there is no database at"),
    (("backup", "--db", "MISSING"), "there is no database at"),
    (("check", "--db", "FOREIGN"), "not an SQLite database"),
]


@pytest.mark.parametrize(("argv", "words"), REFUSALS, ids=[" ".join(argv[:2]) for argv, _ in REFUSALS])
def test_a_refusal_exits_2_with_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, book: Path, argv: tuple[str, ...], words: str
) -> None:
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database\n")
    places = {"BOOK": str(book), "MISSING": str(tmp_path / "missing.db"), "FOREIGN": str(foreign),
              "OUT": str(out_folder)}  # fmt: skip
    filled = []
    for arg in argv:
        for key, value in places.items():
            arg = arg.replace(key, value)
        filled.append(arg)
    book_before = book.read_bytes()

    code, out, err = kolcrm(capsys, *filled)

    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines[-1].startswith("kolcrm: ") and words in lines[-1], err
    assert out == ""
    assert files_in(out_folder) == [], "nothing written"
    assert not (tmp_path / "missing.db").exists(), "no empty database created"
    assert foreign.read_text() == "not a database\n"
    assert book.read_bytes() == book_before


def test_a_usage_error_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for argv in (("demo", "--kols", "0"), ("no-such-command",), ("contract", "x", "-o", "c.pdf")):
        code, _out, err = kolcrm(capsys, *argv)
        assert code == 2, (argv, err)


def test_an_import_that_drops_some_cells_is_done_with_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, book: Path
) -> None:
    rows = sheet(tmp_path, "Ann,douyin,@ann,1200", "Bo,douyin,@bo,-5")

    code, out, _err = kolcrm(capsys, "import", str(rows), "--db", str(book))

    assert code == 1
    assert "is negative" in out, "the refused cell is listed"


def test_done_is_exit_0(capsys: pytest.CaptureFixture[str], tmp_path: Path, book: Path) -> None:
    rows = sheet(tmp_path, "Ann,douyin,@ann,1200")
    for argv in (
        ("import", str(rows), "--db", str(book)),
        ("export", "json", "--kol", "1", "-o", str(tmp_path / "lulu.json"), "--db", str(book)),
        ("deals", "--db", str(book)),
        ("check", "--db", str(book)),
    ):
        code, _out, err = kolcrm(capsys, *argv)
        assert code == 0, (argv, err)
