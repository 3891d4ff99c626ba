"""`kolcrm encrypt` / `kolcrm decrypt`, and every other command on an encrypted book: the passphrase from
KOLCRM_PASSPHRASE, exit 2 and not a byte changed when it is wrong or missing; backups stay encrypted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.store import passphrases
from kolcrm.core.store.db import SQLITE_HEADER, close_database, database, open_database
from tests.cli.running import kolcrm, query

PASSPHRASE = "月光 under the bridge 42"
SECRET = "紫藤花下的信天翁 Albatross-5521"


@pytest.fixture(autouse=True)
def _no_keychain(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import keyring

    monkeypatch.setattr(keyring, "get_password", lambda _service, _name: None)
    monkeypatch.setattr(passphrases, "_known", {})
    monkeypatch.delenv(passphrases.ENVIRONMENT, raising=False)
    yield


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = open_database(tmp_path / "kolcrm.db")
    kols.save_kol(KolRecord(display_name=SECRET, accounts=[AccountRecord("Douyin", "albatross5521")]))
    close_database()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """One command, as a new process would run it: no passphrase known beforehand."""
    passphrases._known.clear()
    return kolcrm(capsys, *argv)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in sorted(folder.rglob("*")) if entry.is_file()}


def test_encrypt_takes_the_passphrase_from_the_environment_and_every_command_then_needs_it(
    book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = book.read_bytes()
    code, _out, err = run(capsys, "--db", str(book), "encrypt")  # no KOLCRM_PASSPHRASE, no terminal to ask on
    assert (code, book.read_bytes()) == (2, before)
    assert "KOLCRM_PASSPHRASE" in err

    monkeypatch.setenv(passphrases.ENVIRONMENT, PASSPHRASE)
    code, out, _err = run(capsys, "--db", str(book), "encrypt")
    assert code == 0
    assert "Encrypted" in out and "Keep the passphrase safe" in out  # a lost passphrase is lost for good
    assert book.read_bytes()[:16] != SQLITE_HEADER
    assert SECRET.encode() not in book.read_bytes()

    code, out, _err = run(capsys, "--db", str(book), "export", "csv", "--output", str(book.parent / "out.csv"))
    assert code == 0, out
    assert SECRET in (book.parent / "out.csv").read_text(encoding="utf-8-sig")

    code, _out, err = run(capsys, "--db", str(book), "encrypt")
    assert code == 2 and "already encrypted" in err


def test_a_wrong_or_missing_passphrase_exits_2_and_changes_not_a_byte(
    book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(passphrases.ENVIRONMENT, PASSPHRASE)
    assert run(capsys, "--db", str(book), "encrypt")[0] == 0
    before = _snapshot(book.parent)

    monkeypatch.setenv(passphrases.ENVIRONMENT, "not the passphrase")
    for argv in (["deals"], ["check"], ["backup"], ["decrypt"], ["erase", "1", "--yes"]):
        code, _out, err = run(capsys, "--db", str(book), *argv)
        assert code == 2, argv
        assert "wrong passphrase for" in err, argv
        assert "Traceback" not in err
    monkeypatch.delenv(passphrases.ENVIRONMENT)
    code, _out, err = run(capsys, "--db", str(book), "deals")
    assert code == 2 and "is encrypted: set KOLCRM_PASSPHRASE" in err

    assert _snapshot(book.parent) == before, "the file, and its folder, byte for byte as they were"


def test_backups_of_an_encrypted_book_are_encrypted_and_restore_and_check_with_the_key(
    book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain_backup = Path(run(capsys, "--db", str(book), "backup")[1].split()[-1])
    monkeypatch.setenv(passphrases.ENVIRONMENT, PASSPHRASE)
    code, out, _err = run(capsys, "--db", str(book), "encrypt")
    assert code == 0
    assert str(plain_backup) in out, "encrypt names the earlier copies that stay plain"

    code, out, _err = run(capsys, "--db", str(book), "backup")
    backup = Path(out.split()[-1])
    assert code == 0
    assert backup.read_bytes()[:16] != SQLITE_HEADER
    assert SECRET.encode() not in backup.read_bytes()
    assert run(capsys, "--db", str(book), "check")[0] == 0

    open_database(book, PASSPHRASE)
    kols.save_kol(KolRecord(display_name="Added after the backup"))
    close_database()
    code, out, err = run(capsys, "--db", str(book), "restore", str(backup))
    assert code == 0, err
    open_database(book, PASSPHRASE)
    assert [name for (name,) in database.execute_sql("SELECT display_name FROM kol")] == [SECRET]
    close_database()

    # A backup from before encryption, restored over the encrypted book: the book stays encrypted, same key.
    assert run(capsys, "--db", str(book), "restore", str(plain_backup))[0] == 0
    assert book.read_bytes()[:16] != SQLITE_HEADER
    open_database(book, PASSPHRASE)
    close_database()

    monkeypatch.setenv(passphrases.ENVIRONMENT, "wrong")
    before = _snapshot(book.parent)
    code, _out, err = run(capsys, "--db", str(book), "restore", str(backup))
    assert code == 2 and "wrong passphrase" in err
    assert _snapshot(book.parent) == before


def test_decrypt_gives_back_a_plain_book_with_every_row(
    book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = query(book, "SELECT id, display_name FROM kol")
    monkeypatch.setenv(passphrases.ENVIRONMENT, PASSPHRASE)
    assert run(capsys, "--db", str(book), "encrypt")[0] == 0

    code, out, _err = run(capsys, "--db", str(book), "decrypt")

    assert code == 0 and "plain SQLite file again" in out
    assert book.read_bytes()[:16] == SQLITE_HEADER
    assert query(book, "SELECT id, display_name FROM kol") == rows
    assert sorted(path.name for path in book.parent.iterdir()) == ["kolcrm.db"]


def test_the_passphrase_command_re_encrypts_under_a_new_one_and_refuses_what_would_change_nothing(
    book: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = run(capsys, "--db", str(book), "passphrase")
    assert code == 2 and "not encrypted" in err  # a plain book: encrypt it instead
    monkeypatch.setenv(passphrases.ENVIRONMENT, PASSPHRASE)
    assert run(capsys, "--db", str(book), "encrypt")[0] == 0
    before = _snapshot(book.parent)

    code, _out, err = run(capsys, "--db", str(book), "passphrase")  # no new one given, no terminal to ask on
    assert code == 2 and "KOLCRM_NEW_PASSPHRASE" in err
    monkeypatch.setenv("KOLCRM_NEW_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, "--db", str(book), "passphrase")
    assert code == 2 and "is the current one" in err
    monkeypatch.setenv(passphrases.ENVIRONMENT, "not the passphrase")
    monkeypatch.setenv("KOLCRM_NEW_PASSPHRASE", "新的口令 2027")
    assert run(capsys, "--db", str(book), "passphrase")[0] == 2
    assert _snapshot(book.parent) == before  # three refusals, not a byte changed

    monkeypatch.setenv(passphrases.ENVIRONMENT, PASSPHRASE)
    code, out, _err = run(capsys, "--db", str(book), "passphrase")
    assert code == 0 and "Changed the passphrase" in out
    assert SECRET.encode() not in book.read_bytes()
    assert run(capsys, "--db", str(book), "deals")[0] == 2  # the old one opens it no more
    monkeypatch.setenv(passphrases.ENVIRONMENT, "新的口令 2027")
    code, out, _err = run(capsys, "--db", str(book), "export", "csv", "--output", str(book.parent / "after.csv"))
    assert code == 0 and SECRET in (book.parent / "after.csv").read_text(encoding="utf-8-sig")
