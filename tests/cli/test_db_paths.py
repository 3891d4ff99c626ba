"""Where --db (or KOLCRM_DB) points: a typo creates no folders and no empty book, an address is not a file,
an empty file is not a kolcrm database, and the first start still creates kolcrm's own data dir and database."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.cli.running import kolcrm, query


def files_below(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def one_line_refusal(code: int, out: str, err: str, *words: str) -> str:
    assert code == 2, err
    assert out == ""
    assert "Traceback" not in err
    # Besides the line naming the database the command chose ("kolcrm: using …"), when it got that far.
    lines = [line for line in err.strip().splitlines() if not line.startswith("kolcrm: using ")]
    assert len(lines) == 1 and lines[0].startswith("kolcrm: "), err
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.mark.parametrize(
    "argv",
    [
        ("demo", "--kols", "1"),
        ("deals",),
        ("export", "csv", "-o", "OUT/kols.csv"),
        ("backup",),
        (),  # the app itself: refused before any window opens
    ],
)
def test_a_db_in_a_folder_that_does_not_exist_is_refused_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: tuple[str, ...]
) -> None:
    argv = tuple(arg.replace("OUT", str(tmp_path)) for arg in argv)
    missing = tmp_path / "typo" / "deeper" / "kolcrm.db"

    code, out, err = kolcrm(capsys, "--db", str(missing), *argv)

    one_line_refusal(code, out, err, "does not exist", str(tmp_path / "typo" / "deeper"))
    assert files_below(tmp_path) == []


def test_kolcrm_db_in_a_folder_that_does_not_exist_is_refused_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOLCRM_DB", str(tmp_path / "nowhere" / "kolcrm.db"))

    code, out, err = kolcrm(capsys, "demo", "--kols", "1")

    one_line_refusal(code, out, err, "does not exist")
    assert files_below(tmp_path) == []


@pytest.mark.parametrize(
    ("url", "says"),
    [
        (
            "postgresql://bob:s3cret@127.0.0.1:1/kolcrm",
            "Cannot reach the team database postgresql://bob:***@127.0.0.1:1",
        ),
        ("postgres://bob:s3cret@127.0.0.1:1/kolcrm", "Cannot reach the team database postgresql://bob:***@127.0.0.1:1"),
        ("postgresql+psycopg://bob:s3cret@db.example.com/kolcrm", "is not a team database address"),
        ("postgresql://bob:s3cret@127.0.0.1:1/", "is not a team database address"),
    ],
)
def test_a_team_database_that_cannot_be_used_is_refused_in_one_line_without_its_password(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, says: str
) -> None:
    monkeypatch.chdir(tmp_path)  # a path "postgresql:/…" would have been created here

    code, out, err = kolcrm(capsys, "--db", url, "demo", "--kols", "1")

    line = one_line_refusal(code, out, err, says)
    assert "s3cret" not in line, "a password in the address is not echoed"
    assert files_below(tmp_path) == []


@pytest.mark.parametrize("url", ["file:///tmp/kolcrm.db", "sqlite:///kolcrm.db", "https://example.com/kolcrm.db"])
def test_any_other_address_is_refused_as_not_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "kols.csv"
    sheet.write_text("Name,Platform,Handle\nLulu,douyin,@lulu\n", encoding="utf-8")

    code, _out, err = kolcrm(capsys, "import", str(sheet), "--db", url)

    assert code == 2, err
    assert err.strip().splitlines()[-1].endswith("is an address, not a file: give the path of a kolcrm database file")
    assert files_below(tmp_path) == ["kols.csv"]


def test_an_empty_file_is_refused_like_any_file_that_is_not_a_kolcrm_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "kolcrm.db"
    empty.touch()

    code, out, err = kolcrm(capsys, "demo", "--kols", "1", "--db", str(empty))

    one_line_refusal(code, out, err, "is an empty file, not a kolcrm database", "left untouched")
    assert empty.read_bytes() == b""
    assert files_below(tmp_path) == ["kolcrm.db"], "no journal or -wal beside it"


def test_the_first_start_creates_the_data_dir_and_a_private_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KOLCRM_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    code, out, err = kolcrm(capsys, "demo", "--kols", "2")

    assert code == 0, err
    database = tmp_path / "data" / "kolcrm" / "kolcrm.db"
    assert str(database) in out
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700
    assert query(database, "SELECT count(*) FROM kol") == [(2,)]
    assert not [name for name in files_below(database.parent) if ".new-" in name], "no staging file left"


def test_a_new_file_in_a_folder_that_exists_is_created(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = kolcrm(capsys, "demo", "--kols", "2", "--db", str(tmp_path / "客户 2026.db"))

    assert code == 0, err
    assert query(tmp_path / "客户 2026.db", "SELECT count(*) FROM kol") == [(2,)]
