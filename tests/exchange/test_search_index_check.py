"""Damage PRAGMA integrity_check cannot see: bytes flipped inside a search index, search documents out of step
with the KOLs, a backup that changed after it was taken. The check names each, restore refuses, `kolcrm check`
exits 1."""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from kolcrm.cli import backup as cli_backup
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import close_database, database
from kolcrm.exchange import backup, database_check, restore
from kolcrm.exchange.backup import RestoreRefused

SHADOW_TABLES = {"kol_search": "kol_search_data", "kol_search_cjk": "kol_search_cjk_data",
                 "kol_search_words": "kol_search_words_data"}  # fmt: skip


@pytest.fixture
def book(db: Path) -> Path:
    for n in range(60):
        save_kol(KolRecord(display_name=f"李佳琦 {n} lijiaqi{n}", real_name="李佳琦", city="上海"))
    return db


def flip_bytes_in_search_index(path: Path, shadow_table: str) -> None:
    """Flip 16 bytes in the middle of the largest index blob on a leaf page of an FTS5 shadow table: the page and
    its b-tree stay well-formed (so PRAGMA integrity_check passes), the index stored inside the blob does not."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1", (shadow_table,)
        ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    cells = int.from_bytes(data[start + 3 : start + 5], "big")
    payloads = []  # (size, offset) of each cell's record, from the cell pointer array after the 8-byte header
    for n in range(cells):
        cell = start + int.from_bytes(data[start + 8 + 2 * n : start + 10 + 2 * n], "big")
        size, cell = _varint(data, cell)
        _rowid, cell = _varint(data, cell)
        payloads.append((size, cell))
    size, offset = max(payloads)
    assert 64 < size < page_size - 35, "a blob on the page itself, not spilled to an overflow page"
    for at in range(offset + size // 2, offset + size // 2 + 16):
        data[at] ^= 0xFF
    path.write_bytes(bytes(data))


def _varint(data: bytearray, at: int) -> tuple[int, int]:
    value = 0
    for n in range(9):
        byte = data[at + n]
        if n == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + n + 1
    raise AssertionError("unreachable")


def sqlite_integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def live_names() -> list[str]:
    return sorted(row[0] for row in database.execute_sql("SELECT display_name FROM kol"))


@pytest.mark.parametrize("index", list(SHADOW_TABLES))
def test_flipped_bytes_in_a_search_index_are_found(book: Path, index: str) -> None:
    damaged = backup.backup_now(book)
    flip_bytes_in_search_index(damaged, SHADOW_TABLES[index])
    assert sqlite_integrity(damaged) == "ok", "the damage SQLite's own page check does not see"

    report = database_check.check_database(damaged)

    assert not report.ok
    assert report.problems == [
        f"search index {index} is damaged (database disk image is malformed); searches may miss KOLs"
    ]
    assert "1 problem found" in report.text()


def test_a_backup_that_changed_since_it_was_taken_is_refused_by_its_checksum(book: Path) -> None:
    taken = backup.backup_now(book)
    flip_bytes_in_search_index(taken, "kol_search_data")
    save_kol(KolRecord(display_name="after the backup"))
    names = live_names()
    beside = sorted(p.name for p in book.parent.iterdir())

    with pytest.raises(RestoreRefused, match=r"does not match the SHA-256 recorded in .*\.sha256"):
        restore.restore_backup(taken, book)

    assert live_names() == names, "the database was not touched"
    assert sorted(p.name for p in book.parent.iterdir()) == beside, "nothing staged, moved or kept aside"


def test_a_damaged_backup_without_a_checksum_is_refused_by_the_search_index_check(book: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "copied-from-a-usb-stick.db"
    shutil.copy(backup.backup_now(book), elsewhere)  # no .sha256 travels with it
    flip_bytes_in_search_index(elsewhere, "kol_search_cjk_data")
    names = live_names()

    with pytest.raises(RestoreRefused, match=r"damaged and cannot be restored .*search index kol_search_cjk"):
        restore.restore_backup(elsewhere, book)

    assert live_names() == names
    assert not list(book.parent.glob(".*.partial")), "the staged copy is gone"


def test_each_backup_has_a_sha256_file_that_sha256sum_understands(book: Path) -> None:
    taken = backup.backup_now(book)

    recorded = Path(f"{taken}.sha256")
    assert recorded.read_text(encoding="ascii") == f"{hashlib.sha256(taken.read_bytes()).hexdigest()}  {taken.name}\n"
    assert stat.S_IMODE(recorded.stat().st_mode) == 0o600
    assert [b.path for b in backup.list_backups(book)] == [taken], "the checksum file is not listed as a backup"


def test_rotation_deletes_a_backups_checksum_with_it(book: Path) -> None:
    from datetime import UTC, datetime, timedelta

    first = backup.backup_now(book, "on_close", now=datetime(2026, 1, 1, tzinfo=UTC))
    for n in range(1, backup.KEEP["on_close"] + 1):
        backup.backup_now(book, "on_close", now=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=n))

    assert first in backup.rotate(book)

    assert not first.exists() and not Path(f"{first}.sha256").exists()
    assert len(list(backup.backups_folder(book).glob("*.db.sha256"))) == backup.KEEP["on_close"]


def test_search_documents_out_of_step_with_the_kols_are_named(db: Path) -> None:
    kept = save_kol(KolRecord(display_name="薇娅"))
    lost = save_kol(KolRecord(display_name="Papi酱"))
    close_database()
    with sqlite3.connect(db) as conn:  # what a bad tool or a half-applied change could leave
        body = conn.execute("SELECT body FROM kol_search_doc WHERE kol_id = ?", (lost,)).fetchone()[0]
        conn.execute("INSERT INTO kol_search(kol_search, rowid, body) VALUES ('delete', ?, ?)", (lost, body))
        conn.execute("DELETE FROM kol_search_doc WHERE kol_id = ?", (lost,))
        conn.execute("INSERT INTO kol_search_doc(kol_id, body) VALUES (999, 'someone erased')")
        conn.execute("INSERT INTO kol_search(rowid, body) VALUES (999, 'someone erased')")
    conn.close()

    report = database_check.check_database(db)

    assert report.problems == [
        f"KOL {lost} (Papi酱) has no search document: search cannot find them",
        "the search index still holds a document for KOL 999, who no longer exists",
    ]
    assert kept != lost


def test_kolcrm_check_exits_1_on_a_damaged_search_index(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = backup.backup_now(book)
    flip_bytes_in_search_index(damaged, "kol_search_words_data")
    close_database()

    code = cli_backup.run(argparse.Namespace(command="check", db=str(damaged)))

    assert code == 1
    assert "search index kol_search_words is damaged" in capsys.readouterr().out
    assert cli_backup.run(argparse.Namespace(command="check", db=str(book))) == 0
