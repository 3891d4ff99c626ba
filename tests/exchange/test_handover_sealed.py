"""A handover package of an encrypted book is encrypted too: nothing of the book readable in the file, opened only
by its passphrase (a wrong one writes nothing), damage told apart from a wrong key, and the CLI and the GUI ask."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.store import encryption, passphrases
from kolcrm.core.store.db import close_database, open_database
from kolcrm.exchange.handover import package as handover_package
from kolcrm.exchange.handover import sealing
from kolcrm.exchange.handover.service import HandoverError, SealError, export_handover, import_handover

PASSPHRASE = "交接 correct horse 42"
SECRETS = ("翡翠山谷的猫头鹰", "wx_quokka_7731", "13812345678", "quokka7731")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_passphrase_at_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(passphrases.ENVIRONMENT, raising=False)
    monkeypatch.delenv(sealing.ENVIRONMENT, raising=False)
    monkeypatch.setattr(passphrases, "_known", {})
    monkeypatch.setattr(passphrases, "_asker", None)


def _secret_book(path: Path) -> None:
    open_database(path)
    kols.save_kol(
        KolRecord(
            display_name=SECRETS[0],
            wechat_id=SECRETS[1],
            phone=SECRETS[2],
            accounts=[AccountRecord("Douyin", SECRETS[3], followers=5000)],
        )
    )
    kols.save_kol(KolRecord(display_name="Second KOL", accounts=[AccountRecord("Weibo", "second_kol")]))
    close_database()


@pytest.fixture
def sealed_package(tmp_path: Path) -> Iterator[Path]:
    """A package exported from an encrypted two-KOL book (open while exporting, as in the app)."""
    book = tmp_path / "encrypted.db"
    _secret_book(book)
    encryption.encrypt_database(book, PASSPHRASE)
    open_database(book, PASSPHRASE)
    result = export_handover(tmp_path / "book.kolcrm-handover")
    close_database()
    passphrases._known.clear()
    assert result.encrypted
    yield result.path


def _kol_names() -> list[str]:
    return sorted(row.display_name for row in kol_list.fetch_page(kol_list.KolFilter(), limit=100))


def test_a_package_of_an_encrypted_book_holds_nothing_readable_but_its_manifest(sealed_package: Path) -> None:
    raw = sealed_package.read_bytes()
    with zipfile.ZipFile(sealed_package) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        member = archive.read(sealing.SEALED_DATA)

    assert names == {"manifest.json", sealing.SEALED_DATA}  # no data.json
    assert manifest["kols"] == 2 and manifest["sealed"]["cipher"] == "AES-256-GCM"
    for text in (*SECRETS, "Second KOL", "second_kol", "display_name"):
        assert text.encode("utf-8") not in raw
        assert text.encode("utf-8") not in member
    assert handover_package.is_handover(sealed_package)


def test_it_opens_with_its_passphrase_into_a_plain_book(sealed_package: Path, tmp_path: Path) -> None:
    open_database(tmp_path / "colleague.db")

    summary = import_handover(sealed_package, passphrase=PASSPHRASE)

    assert summary.kols_added == 2
    assert _kol_names() == sorted([SECRETS[0], "Second KOL"])


@pytest.mark.parametrize("given", [None, "not the passphrase"])
def test_without_its_passphrase_nothing_is_written(sealed_package: Path, tmp_path: Path, given: str | None) -> None:
    open_database(tmp_path / "colleague.db")

    with pytest.raises(SealError) as refused:
        import_handover(sealed_package, passphrase=given)

    assert refused.value.needed is (given is None)
    assert ("Wrong passphrase" in refused.value.message) is (given is not None)
    assert _kol_names() == []
    assert handover_package.locked(sealed_package, given)
    assert not handover_package.locked(sealed_package, PASSPHRASE)


def test_the_environment_or_the_open_books_own_passphrase_opens_it_without_asking(
    sealed_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(tmp_path / "colleague.db")
    monkeypatch.setenv(sealing.ENVIRONMENT, PASSPHRASE)
    assert import_handover(sealed_package).kols_added == 2
    close_database()
    monkeypatch.delenv(sealing.ENVIRONMENT)

    # A colleague's book encrypted with the same team passphrase opens the package as it is.
    other = tmp_path / "same-key.db"
    open_database(other)
    close_database()
    encryption.encrypt_database(other, PASSPHRASE)
    open_database(other, PASSPHRASE)
    assert not handover_package.locked(sealed_package)
    assert import_handover(sealed_package).kols_added == 2


def test_changed_bytes_are_damage_not_a_wrong_passphrase(sealed_package: Path, tmp_path: Path) -> None:
    """A byte flipped in the ciphertext, with the manifest's checksum made to match: GCM's tag refuses it."""
    with zipfile.ZipFile(sealed_package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        member = bytearray(archive.read(sealing.SEALED_DATA))
    member[len(member) // 2] ^= 0x01
    manifest["data_sha256"] = hashlib.sha256(member).hexdigest()
    tampered = tmp_path / "tampered.kolcrm-handover"
    with zipfile.ZipFile(tampered, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr(sealing.SEALED_DATA, bytes(member))
    open_database(tmp_path / "colleague.db")

    with pytest.raises(HandoverError, match="changed after it was written"):
        import_handover(tampered, passphrase=PASSPHRASE)
    assert _kol_names() == []


def test_a_manifest_asking_scrypt_for_gigabytes_is_refused_at_once(sealed_package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(sealed_package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        member = archive.read(sealing.SEALED_DATA)
    manifest["sealed"]["n"] = 2**30
    crafted = tmp_path / "crafted.kolcrm-handover"
    with zipfile.ZipFile(crafted, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr(sealing.SEALED_DATA, member)
    open_database(tmp_path / "colleague.db")

    started = time.monotonic()
    with pytest.raises(HandoverError, match="more memory than a package may"):
        import_handover(crafted, passphrase=PASSPHRASE)
    assert time.monotonic() - started < 2


def test_a_plain_book_writes_a_plain_package_unless_a_passphrase_is_given(tmp_path: Path) -> None:
    _secret_book(tmp_path / "plain.db")
    open_database(tmp_path / "plain.db")
    plain = export_handover(tmp_path / "plain.kolcrm-handover")
    chosen = export_handover(tmp_path / "chosen.kolcrm-handover", passphrase="package only")
    close_database()

    assert not plain.encrypted and SECRETS[0].encode() in zipfile.ZipFile(plain.path).read("data.json")
    assert chosen.encrypted and SECRETS[0].encode() not in chosen.path.read_bytes()
    open_database(tmp_path / "colleague.db")
    assert import_handover(chosen.path, passphrase="package only").kols_added == 2


def _kolcrm(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.endswith("PASSPHRASE")}
    environment.update({"PYTHONPATH": str(REPO), "KOLCRM_LANG": "en", "XDG_CONFIG_HOME": str(home / "config"),
                        "XDG_DATA_HOME": str(home / "data"), **env})  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "kolcrm", *args], capture_output=True, text=True, env=environment,
        stdin=subprocess.DEVNULL, timeout=120, cwd=REPO,
    )  # fmt: skip


def test_the_command_line_encrypts_and_refuses_without_the_passphrase(tmp_path: Path) -> None:
    book = tmp_path / "plain.db"
    _secret_book(book)
    package = tmp_path / "out.kolcrm-handover"
    colleague = tmp_path / "colleague.db"
    open_database(colleague)
    close_database()

    nobody_to_ask = _kolcrm("export", "handover", "--encrypt", "-o", str(package), "--db", str(book), home=tmp_path)
    written = _kolcrm("export", "handover", "--encrypt", "-o", str(package), "--db", str(book), home=tmp_path,
                      KOLCRM_PACKAGE_PASSPHRASE="cli secret")  # fmt: skip
    refused = _kolcrm("import", str(package), "--db", str(colleague), home=tmp_path)
    wrong = _kolcrm("import", str(package), "--db", str(colleague), home=tmp_path, KOLCRM_PACKAGE_PASSPHRASE="nope")
    with closing(sqlite3.connect(colleague)) as conn:
        kols_after_refusals = conn.execute("SELECT count(*) FROM kol").fetchone()[0]
    imported = _kolcrm("import", str(package), "--db", str(colleague), home=tmp_path,
                       KOLCRM_PACKAGE_PASSPHRASE="cli secret")  # fmt: skip

    assert nobody_to_ask.returncode == 2 and "KOLCRM_PACKAGE_PASSPHRASE" in nobody_to_ask.stderr
    assert written.returncode == 0 and "encrypted handover package of 2 KOLs" in written.stdout
    assert SECRETS[0].encode() not in package.read_bytes()
    assert refused.returncode == 2 and "is encrypted" in refused.stderr and "Traceback" not in refused.stderr
    assert wrong.returncode == 2 and "does not open" in wrong.stderr
    assert kols_after_refusals == 0
    assert imported.returncode == 0, imported.stderr
    assert "KOLs: 2 added" in imported.stdout
