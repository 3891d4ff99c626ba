"""`kolcrm merge` and `kolcrm duplicates` as a user runs them: the preview, the question, --yes, the exit codes."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kolcrm.core.store.db import close_database, database, open_database
from tests.cli.running import kolcrm, query

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """Lulu (1) with a Douyin account, lulu (2) with a Weibo account and a phone, and Mia (3)."""
    path = open_database(tmp_path / "book.db")
    for name, phone in (("Lulu", ""), ("lulu", "13800001111"), ("Mia", "+86 138 0000 1111")):
        database.execute_sql(
            "INSERT INTO kol (display_name, phone, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')",
            (name, phone),
        )
    for kol_id, platform, handle in ((1, "Douyin", "@lulu"), (2, "Weibo", "lulu_wb")):
        database.execute_sql(
            "INSERT INTO platform_account (kol_id, platform, handle, handle_key, followers) VALUES (?, ?, ?, ?, 500)",
            (kol_id, platform, handle, handle.lstrip("@")),
        )
    close_database()
    return path


def accounts_of(path: Path, kol_id: int) -> list[str]:
    return [handle for (handle,) in query(path, "SELECT handle FROM platform_account WHERE kol_id = ?", kol_id)]


def test_merge_with_yes_moves_everything_and_says_what(capsys: pytest.CaptureFixture[str], book: Path) -> None:
    code, out, err = kolcrm(capsys, "merge", "1", "2", "--yes", "--db", str(book))

    assert code == 0, err
    assert "Merged lulu (KOL #2) into Lulu (KOL #1)." in out
    assert "platform accounts 1" in out
    assert "Filled in: phone 13800001111." in out
    assert accounts_of(book, 1) == ["@lulu", "lulu_wb"]
    assert query(book, "SELECT deleted_at IS NOT NULL FROM kol WHERE id = 2") == [(1,)]


def test_accounts_can_name_the_kols(capsys: pytest.CaptureFixture[str], book: Path) -> None:
    code, _out, err = kolcrm(capsys, "--db", str(book), "merge", "douyin:@LULU", "Weibo:lulu_wb", "--yes")

    assert code == 0, err
    assert accounts_of(book, 1) == ["@lulu", "lulu_wb"]


def test_accounts_can_name_their_platform_in_chinese(capsys: pytest.CaptureFixture[str], book: Path) -> None:
    code, _out, err = kolcrm(capsys, "--db", str(book), "merge", "抖音:@lulu", "微博:lulu_wb", "--yes")

    assert code == 0, err
    assert accounts_of(book, 1) == ["@lulu", "lulu_wb"]


def test_without_a_terminal_it_shows_the_preview_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], book: Path
) -> None:
    before = query(book, "SELECT * FROM kol")

    code, out, err = kolcrm(capsys, "merge", "1", "2", "--db", str(book))

    assert code == 2  # refused: nobody could answer, nothing merged
    assert "Keep:  Lulu (KOL #1)" in out and "Merge: lulu (KOL #2)" in out
    assert "Accounts moving: Weibo lulu_wb (500 followers)" in out
    assert "Filled in on Lulu: phone 13800001111" in out
    assert "--yes" in err
    assert query(book, "SELECT * FROM kol") == before
    assert accounts_of(book, 2) == ["lulu_wb"]


@pytest.mark.parametrize(("answer", "code", "kept_accounts"), [("y", 0, 2), ("", 2, 1), ("n", 2, 1)])
def test_on_a_terminal_it_asks_first(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, book: Path, answer: str, code: int,
    kept_accounts: int,
) -> None:  # fmt: skip
    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(builtins, "input", lambda prompt: asked.append(prompt) or answer)

    result, out, _err = kolcrm(capsys, "merge", "1", "2", "--db", str(book))

    assert result == code
    assert asked == ["\nMerge lulu into Lulu? [y/N] "]
    assert len(accounts_of(book, 1)) == kept_accounts
    assert ("Nothing merged." in out) == (code == 2)


@pytest.mark.parametrize(
    ("keep", "other", "message"),
    [
        ("1", "99", "No KOL with id 99"),
        ("1", "1", "cannot be merged with itself"),
        ("1", "douyin:@nobody", "No KOL has the Douyin account “@nobody”"),
        ("1", "myspace:lulu", "neither a KOL id nor platform:handle"),
    ],
)
def test_unknown_kols_and_refused_pairs_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], book: Path, keep: str, other: str, message: str
) -> None:
    code, out, err = kolcrm(capsys, "merge", keep, other, "--yes", "--db", str(book))

    assert code == 2
    assert out == ""
    using, refusal = err.strip().splitlines()
    assert using == f"kolcrm: using {book}"
    assert refusal.startswith("kolcrm: ") and message in refusal


def test_a_missing_database_is_reported_and_not_created(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nothing-here.db"

    code, _out, err = kolcrm(capsys, "merge", "1", "2", "--yes", "--db", str(path))

    assert code == 2 and "no database" in err
    assert not path.exists()


def test_duplicates_lists_the_suggested_pairs(capsys: pytest.CaptureFixture[str], book: Path) -> None:
    code, out, err = kolcrm(capsys, "duplicates", "--db", str(book))

    assert code == 0, err
    assert out.splitlines() == ["keep_id\tkeep_name\tother_id\tother_name\treason", "2\tlulu\t3\tMia\tsame phone"]


def test_a_real_process_without_a_terminal_refuses(book: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kolcrm", "merge", "1", "2", "--db", str(book)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert accounts_of(book, 2) == ["lulu_wb"]
