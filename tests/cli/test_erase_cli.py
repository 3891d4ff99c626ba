"""`kolcrm erase KOL_ID` as a user runs it: what goes, the question, --yes, exit codes, nothing left in the file."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kolcrm.core.kols.interactions import add_interaction
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import close_database, open_database
from kolcrm.core.vocabulary import InteractionKind
from kolcrm.exchange.backup import backup_now
from tests.cli.running import kolcrm, query

REPO = Path(__file__).resolve().parents[2]
SECRETS = ("欧阳翠花", "cuihuaouyang77", "wxcuihua8848", "杭州拍摄翡翠手镯")


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """Keep (1) and 欧阳翠花 (2) with two accounts, a WeChat ID and two notes."""
    path = open_database(tmp_path / "book.db")
    save_kol(KolRecord(display_name="Keep", accounts=[AccountRecord("Douyin", "keeper")]))
    kol_id = save_kol(
        KolRecord(
            display_name="欧阳翠花",
            wechat_id="wxcuihua8848",
            accounts=[AccountRecord("Douyin", "cuihuaouyang77"), AccountRecord("Weibo", "cuihuaouyang77")],
        )
    )
    for day, text in ((1, "下周三去杭州拍摄翡翠手镯"), (2, "寄样品")):
        add_interaction(kol_id, InteractionRecord(date(2024, 5, day), InteractionKind.NOTE, text))
    close_database()
    return path


def names(path: Path) -> list[str]:
    return [name for (name,) in query(path, "SELECT display_name FROM kol ORDER BY id")]


def left_in_files(path: Path) -> list[str]:
    data = b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists())
    return [secret for secret in SECRETS if secret.encode() in data]


def test_erase_with_yes_removes_them_and_says_what_went(capsys: pytest.CaptureFixture[str], book: Path) -> None:
    assert left_in_files(book), "the KOL's text is in the file before"

    code, out, err = kolcrm(capsys, "erase", "2", "--yes", "--db", str(book))

    assert code == 0, err
    assert err == f"kolcrm: using {book}\n", "only the database used, on stderr"
    assert out.splitlines() == [
        "Erased 欧阳翠花 (KOL #2).",
        "Removed with them: 2 platform accounts, 2 history entries.",
        "None of their text is left in the database files.",
    ]
    assert names(book) == ["Keep"]
    assert left_in_files(book) == []


def test_without_a_terminal_it_shows_what_would_go_and_erases_nothing(
    capsys: pytest.CaptureFixture[str], book: Path
) -> None:
    code, out, err = kolcrm(capsys, "erase", "2", "--db", str(book))

    assert code == 2  # refused: nobody could answer
    assert out.splitlines() == ["Erase: 欧阳翠花 (KOL #2)", "Goes with them: 2 platform accounts, 2 history entries."]
    assert "--yes" in err and "nothing erased" in err
    assert names(book) == ["Keep", "欧阳翠花"]


@pytest.mark.parametrize(("answer", "code", "left"), [("y", 0, ["Keep"]), ("是", 0, ["Keep"]), ("", 2, None)])
def test_on_a_terminal_it_asks_first(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    book: Path,
    answer: str,
    code: int,
    left: list[str] | None,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(builtins, "input", lambda prompt: asked.append(prompt) or answer)

    result, out, _err = kolcrm(capsys, "erase", "2", "--db", str(book))

    assert result == code
    assert asked == ["\nErase 欧阳翠花 (KOL #2) permanently? This cannot be undone. [y/N] "]
    assert names(book) == (left or ["Keep", "欧阳翠花"])
    assert ("Nothing erased." in out) == (code == 2)


def test_ctrl_d_at_the_question_erases_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, book: Path
) -> None:
    def end_of_input(_prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(builtins, "input", end_of_input)

    code, out, _err = kolcrm(capsys, "erase", "2", "--db", str(book))

    assert code == 2 and "Nothing erased." in out
    assert names(book) == ["Keep", "欧阳翠花"]


def test_an_unknown_id_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], book: Path) -> None:
    code, out, err = kolcrm(capsys, "erase", "99", "--yes", "--db", str(book))

    assert code == 2
    assert out == ""
    assert err == f"kolcrm: using {book}\nkolcrm: No KOL with id 99\n"


@pytest.mark.parametrize("text", ["abc", "0", "-3"])
def test_an_id_that_is_no_id_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], book: Path, text: str
) -> None:
    code, _out, err = kolcrm(capsys, "erase", text, "--yes", "--db", str(book))

    assert code == 2 and "KOL_ID" in err
    assert names(book) == ["Keep", "欧阳翠花"]


def test_a_missing_database_is_reported_and_not_created(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nothing-here.db"

    code, _out, err = kolcrm(capsys, "erase", "1", "--yes", "--db", str(path))

    assert code == 2 and "no database" in err
    assert not path.exists()


def test_backups_made_before_are_named_because_erase_cannot_reach_them(
    capsys: pytest.CaptureFixture[str], book: Path
) -> None:
    backup_now(book)

    code, out, err = kolcrm(capsys, "erase", "2", "--yes", "--db", str(book))

    assert code == 0, err
    assert f"Backups made before the erase may still hold them: 1 in {book.parent / 'backups'}." in out


def test_a_real_process_without_a_terminal_refuses_and_with_yes_erases(book: Path) -> None:
    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kolcrm", "erase", "2", "--db", str(book), *extra],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
        )

    refused = run()
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert names(book) == ["Keep", "欧阳翠花"]

    erased = run("--yes")
    assert erased.returncode == 0, erased.stderr
    assert names(book) == ["Keep"]
    assert left_in_files(book) == []
