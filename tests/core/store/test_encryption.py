"""Encryption at rest: an encrypted book holds no readable page, opens only with its passphrase (a wrong one changes
nothing), converts both ways keeping every row, and never falls back to a plain file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kolcrm.core.kols import interactions
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.list_query import KolFilter, fetch_page
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord
from kolcrm.core.store import cipher, encryption, passphrases
from kolcrm.core.store.db import SQLITE_HEADER, close_database, database, open_database
from kolcrm.core.vocabulary import InteractionKind

PASSPHRASE = "山高水长 correct horse"
# Text no other row holds, in both scripts: if any of it is in the file's bytes, a page was written in plaintext.
SECRETS = ("翡翠山谷的猫头鹰", "Zanzibar-Quokka-7731", "wx_quokka_7731", "13812345678", "蓝色企鹅的秘密备忘录")
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(autouse=True)
def _fresh_passphrases(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """No passphrase carried over from another test, none in the environment, and a keychain that is a dict."""
    monkeypatch.delenv(passphrases.ENVIRONMENT, raising=False)
    monkeypatch.setattr(passphrases, "_known", {})
    monkeypatch.setattr(passphrases, "_asker", None)
    keychain: dict[str, str] = {}
    import keyring

    monkeypatch.setattr(keyring, "get_password", lambda service, name: keychain.get(f"{service}|{name}"))
    monkeypatch.setattr(
        keyring, "set_password", lambda service, name, value: keychain.__setitem__(f"{service}|{name}", value)
    )
    monkeypatch.setattr(keyring, "delete_password", lambda service, name: keychain.pop(f"{service}|{name}"))
    yield keychain


def _add_secret_kol(handle: str = "quokka7731") -> int:
    kol_id = kols.save_kol(
        KolRecord(
            display_name=SECRETS[0],
            real_name=SECRETS[1],
            wechat_id=SECRETS[2],
            phone=SECRETS[3],
            accounts=[AccountRecord("Douyin", handle, followers=5000)],
        )
    )
    interactions.add_interaction(kol_id, InteractionRecord(date(2024, 5, 1), InteractionKind.NOTE, SECRETS[4]))
    return kol_id


def _raw_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists())


def _found(data: bytes) -> list[str]:
    return [text for text in SECRETS if text.encode("utf-8") in data]


def _encrypted_book(tmp_path: Path) -> Path:
    path = open_database(tmp_path / "kolcrm.db")
    _add_secret_kol()
    close_database()
    encryption.encrypt_database(path, PASSPHRASE)
    passphrases._known.clear()  # as a new process would start: nothing known yet
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in sorted(folder.iterdir()) if entry.is_file()}


def _every_row(path: Path, passphrase: str | None) -> dict[str, list[tuple[object, ...]]]:
    conn = cipher.connect(path, passphrase)
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    finally:
        conn.close()


def test_an_encrypted_book_has_no_plaintext_page_in_its_file_or_its_wal(tmp_path: Path) -> None:
    path = open_database(tmp_path / "kolcrm.db")
    _add_secret_kol()
    assert _found(_raw_bytes(path)) == list(SECRETS), "the check must see the text in a plain book"
    close_database()

    encryption.encrypt_database(path, PASSPHRASE)
    assert path.read_bytes()[:16] != SQLITE_HEADER
    assert _found(_raw_bytes(path)) == []
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["kolcrm.db"], "no plain copy or leftover beside it"

    # Open, write more, and read the file and its -wal while the book is still open (pages waiting in the WAL).
    open_database(path, PASSPHRASE)
    second = _add_secret_kol("quokka7732")
    assert Path(f"{path}-wal").stat().st_size > 0
    assert _found(_raw_bytes(path)) == []
    assert sorted(row.id for row in fetch_page(KolFilter(text="猫头鹰"))) == [second - 1, second]
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_a_wrong_passphrase_is_refused_and_the_file_is_left_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _encrypted_book(tmp_path)
    before = _snapshot(tmp_path)

    with pytest.raises(cipher.WrongPassphraseError, match="wrong passphrase for") as given:
        open_database(path, "not it")
    monkeypatch.setenv(passphrases.ENVIRONMENT, "not it either")
    with pytest.raises(cipher.WrongPassphraseError, match="KOLCRM_PASSPHRASE") as from_environment:
        open_database(path)

    assert str(path) in str(given.value) and str(path) in str(from_environment.value)
    assert _snapshot(tmp_path) == before, "no -wal, no -shm, not a byte changed"
    assert database.is_closed()


def test_the_passphrase_comes_from_the_environment_then_the_keychain_then_the_asker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _fresh_passphrases: dict[str, str]
) -> None:
    path = _encrypted_book(tmp_path)
    monkeypatch.setenv(passphrases.ENVIRONMENT, PASSPHRASE)
    open_database(path)
    assert kols.get_kol(1).display_name == SECRETS[0]
    close_database()

    monkeypatch.delenv(passphrases.ENVIRONMENT)
    passphrases._known.clear()
    with pytest.raises(cipher.PassphraseNeededError, match="KOLCRM_PASSPHRASE"):
        open_database(path)  # nobody to ask

    asked: list[str | None] = []
    answers = iter(["wrong", PASSPHRASE])

    def asker(_path: Path, problem: str | None) -> passphrases.Answer:
        asked.append(problem)
        return passphrases.Answer(next(answers), remember=True)

    passphrases.set_asker(asker)
    open_database(path)
    assert asked == [None, "That passphrase does not open kolcrm.db."]
    assert _fresh_passphrases == {f"kolcrm|{path}": PASSPHRASE}, "remembered only once it opened the file"
    close_database()

    passphrases._known.clear()
    passphrases.set_asker(None)
    open_database(path)  # from the keychain, asking nobody
    close_database()
    encryption.decrypt_database(path, PASSPHRASE)
    assert _fresh_passphrases == {}, "a decrypted book's passphrase does not stay in the keychain"


def test_encrypt_then_decrypt_keeps_every_row_and_search(tmp_path: Path) -> None:
    from tests.exchange.kol_book import build_book

    path = open_database(tmp_path / "kolcrm.db")
    build_book(tmp_path)
    close_database()
    rows = _every_row(path, None)

    encrypted = encryption.encrypt_database(path, PASSPHRASE)
    assert encrypted.rows == sum(len(table) for table in rows.values())
    assert _every_row(path, PASSPHRASE) == rows
    changed = encryption.change_passphrase(path, PASSPHRASE, "另一个口令")
    assert changed.rows == encrypted.rows
    with pytest.raises(cipher.WrongPassphraseError):
        open_database(path, PASSPHRASE)
    encryption.decrypt_database(path, "另一个口令")

    assert path.read_bytes()[:16] == SQLITE_HEADER
    assert _every_row(path, None) == rows
    open_database(path)
    assert [row.display_name for row in fetch_page(KolFilter(text="李佳琦"))] == ["李佳琦"]
    assert sorted(entry.name for entry in tmp_path.iterdir() if entry.name.startswith("kolcrm.db")) == [
        "kolcrm.db",
        "kolcrm.db-shm",
        "kolcrm.db-wal",
    ]


def test_without_sqlcipher_plain_books_open_and_an_encrypted_one_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _encrypted_book(tmp_path)
    monkeypatch.setattr(cipher, "_sqlcipher", None)
    before = _snapshot(tmp_path)

    with pytest.raises(cipher.EncryptionUnavailableError, match=r"install kolcrm\[encryption\]"):
        open_database(path, PASSPHRASE)
    assert _snapshot(tmp_path) == before
    open_database(tmp_path / "plain.db")
    assert kols.save_kol(KolRecord(display_name="Plain")) == 1


def test_a_file_that_is_no_database_is_refused_whatever_the_passphrase(tmp_path: Path) -> None:
    stranger = tmp_path / "kolcrm.db"
    stranger.write_bytes(os.urandom(8192))  # whole "pages" without SQLite's header: it looks encrypted
    before = _snapshot(tmp_path)

    with pytest.raises(cipher.WrongPassphraseError, match="or it is not a kolcrm database; it was left untouched"):
        open_database(stranger, PASSPHRASE)
    with pytest.raises(encryption.ConversionError):
        encryption.encrypt_database(stranger, PASSPHRASE)
    assert _snapshot(tmp_path) == before


def test_an_older_encrypted_book_is_migrated_and_its_copy_before_migrating_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "kolcrm.db"
    path.write_bytes((FIXTURES / "kolcrm_v9.db").read_bytes())
    encryption.encrypt_database(path, PASSPHRASE)

    open_database(path, PASSPHRASE)

    copy = tmp_path / "kolcrm.db.v9.bak"
    assert copy.read_bytes()[:16] != SQLITE_HEADER
    assert cipher.opens(copy, PASSPHRASE)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_book_another_program_has_open_is_not_converted(tmp_path: Path) -> None:
    path = open_database(tmp_path / "kolcrm.db")
    _add_secret_kol()
    close_database()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode"
         "=wal'); c.execute('SELECT 1 FROM kol').fetchall(); print('open', flush=True); sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(encryption.ConversionError, match="open in another kolcrm or program"):
            encryption.encrypt_database(path, PASSPHRASE)
    finally:
        holder.communicate("")
    assert cipher.is_plain(path)
    assert sorted(entry.name for entry in tmp_path.iterdir() if ".converting-" in entry.name) == []


def test_the_plain_copy_a_killed_decrypt_left_is_gone_at_the_next_open(tmp_path: Path) -> None:
    path = _encrypted_book(tmp_path)
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = tmp_path / f".kolcrm.db.converting-{finished.stdout.strip()}-x1y2.partial"  # its process is gone
    leftover.write_bytes(SQLITE_HEADER + SECRETS[0].encode())

    open_database(path, PASSPHRASE)

    assert not leftover.exists()
    assert _found(b"".join(entry.read_bytes() for entry in tmp_path.iterdir() if entry.is_file())) == []


def test_an_attached_file_in_an_encrypted_book_is_encrypted_too(tmp_path: Path) -> None:
    from kolcrm.core.attachments import service as attachments
    from kolcrm.core.attachments.records import Target

    path = _encrypted_book(tmp_path)
    open_database(path, PASSPHRASE)
    kol_id = database.execute_sql("SELECT min(id) FROM kol").fetchone()[0]
    kit = f"{SECRETS[0]} media kit {SECRETS[1]}".encode() * 20
    attached = attachments.attach(Target(kol_id), "media kit.txt", kit)
    assert _found(_raw_bytes(path)) == []
    close_database()
    passphrases._known.clear()
    open_database(path, PASSPHRASE)
    assert attachments.content(attached.id) == kit
