"""Opening the database file: a new file is private and safe; anything kolcrm should not touch stays untouched."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from pathlib import Path

import pytest

from kolcrm.core.errors import DatabaseOpenError, NewerDatabaseError
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store import paths
from kolcrm.core.store.db import APPLICATION_ID, SQLITE_HEADER, close_database, database, open_database
from kolcrm.core.store.migrations import SCHEMA_VERSION


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file in the folder with its bytes, mtime and mode: what 'left untouched' means."""
    return {
        entry.name: (entry.read_bytes(), entry.stat().st_mtime_ns, entry.stat().st_mode)
        for entry in sorted(folder.iterdir())
        if entry.is_file()
    }


def test_new_database_is_private_wal_with_foreign_keys(tmp_path: Path) -> None:
    path = open_database(tmp_path / "new folder" / "kolcrm.db")

    assert path == (tmp_path / "new folder" / "kolcrm.db").absolute()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert database.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    save_kol(KolRecord(display_name="李佳琦"))
    wal = Path(f"{path}-wal")
    assert wal.exists()
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600, "the journal holds the same private data as the file"


def test_reopening_keeps_the_data_and_takes_no_backup(tmp_path: Path) -> None:
    path = open_database(tmp_path / "客户 数据 #1?" / "kolcrm.db")
    kol_id = save_kol(KolRecord(display_name="李佳琦", city="上海"))
    close_database()

    open_database(path)

    assert get_kol(kol_id).city == "上海"
    assert not list(path.parent.glob("*.bak")), "a file already at the current version needs no migration backup"


def _text_file(path: Path) -> None:
    path.write_text("display_name,handle\n李佳琦,@lijiaqi\n", encoding="utf-8")


def _sqlite_header_then_garbage(path: Path) -> None:
    path.write_bytes(SQLITE_HEADER + random.Random(4).randbytes(8192))


def _other_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO songs (title) VALUES ('月亮代表我的心')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_text_file, "not an SQLite file"),
        (_sqlite_header_then_garbage, "damaged"),
        (_other_programs_database, "another program"),
    ],
    ids=["text-file", "header-then-garbage", "other-programs-sqlite"],
)
def test_foreign_files_are_refused_and_left_untouched(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "kolcrm.db"
    make(path)
    before = snapshot(tmp_path)

    with pytest.raises(DatabaseOpenError) as raised:
        open_database(path)

    message = str(raised.value)
    assert str(path) in message
    assert reason in message
    assert "untouched" in message
    assert snapshot(tmp_path) == before, "the refused file (and its folder) must stay exactly as they were"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "kolcrm.db"
    folder.mkdir()

    with pytest.raises(DatabaseOpenError, match="is a folder"):
        open_database(folder)

    assert list(folder.iterdir()) == []


def test_a_path_below_a_regular_file_is_refused(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "passwd"
    not_a_folder.write_text("root:x:0:0::/root:/bin/sh\n")
    before = snapshot(tmp_path)

    with pytest.raises(DatabaseOpenError, match="Cannot create a database"):
        open_database(not_a_folder / "kolcrm.db")

    assert snapshot(tmp_path) == before


@pytest.fixture
def as_unprivileged_user(monkeypatch: pytest.MonkeyPatch):
    """Root may write to any file, so os.access says yes; make it answer from the mode bits as it would for a user."""
    if os.geteuid() != 0:
        return
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and not os.stat(path).st_mode & stat.S_IWUSR:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def _kolcrm_file_with_one_kol(path: Path) -> None:
    open_database(path)
    save_kol(KolRecord(display_name="李佳琦"))
    close_database()


@pytest.mark.usefixtures("as_unprivileged_user")
def test_a_read_only_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kolcrm.db"
    _kolcrm_file_with_one_kol(path)
    path.chmod(0o444)
    before = snapshot(tmp_path)

    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database(path)

    assert snapshot(tmp_path) == before


@pytest.mark.usefixtures("as_unprivileged_user")
def test_a_file_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "kolcrm.db"
    _kolcrm_file_with_one_kol(path)
    folder.chmod(0o555)
    try:
        before = snapshot(folder)
        with pytest.raises(DatabaseOpenError, match="read-only"):
            open_database(path)
        assert snapshot(folder) == before
    finally:
        folder.chmod(0o700)


def test_a_refused_file_leaves_the_open_database_usable(db: Path, tmp_path: Path) -> None:
    kol_id = save_kol(KolRecord(display_name="李佳琦"))
    stranger = tmp_path / "notes.txt"
    _text_file(stranger)

    with pytest.raises(DatabaseOpenError):
        open_database(stranger)

    assert get_kol(kol_id).display_name == "李佳琦"


def _newer_kolcrm_file_raw(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kol (id INTEGER PRIMARY KEY, display_name TEXT, future_column TEXT)")
    conn.execute("INSERT INTO kol VALUES (1, '李佳琦', 'from the future')")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _newer_kolcrm_file_in_wal(path: Path) -> None:
    _kolcrm_file_with_one_kol(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("make", [_newer_kolcrm_file_raw, _newer_kolcrm_file_in_wal], ids=["rollback-journal", "wal"])
def test_a_file_from_a_newer_kolcrm_is_refused_and_untouched(tmp_path: Path, make) -> None:
    path = tmp_path / "kolcrm.db"
    make(path)
    before = snapshot(tmp_path)

    with pytest.raises(NewerDatabaseError) as raised:
        open_database(path)

    assert "newer kolcrm" in str(raised.value)
    assert f"up to {SCHEMA_VERSION}" in str(raised.value)
    assert snapshot(tmp_path) == before, "same bytes and mtime, and no backup or journal files beside it"


def test_default_path_follows_kolcrm_db_then_the_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KOLCRM_DB", str(tmp_path / "mine.db"))
    assert paths.resolve_database_path(None) == tmp_path / "mine.db"
    assert paths.resolve_database_path(str(tmp_path / "given.db")) == tmp_path / "given.db"

    monkeypatch.setenv("KOLCRM_DB", "  ")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert paths.resolve_database_path(None) == tmp_path / "data" / "kolcrm" / "kolcrm.db"
    assert paths.resolve_database_path(None, demo=True) == tmp_path / "data" / "kolcrm" / "demo.db"


def test_a_fifo_or_device_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "kolcrm.db"
    os.mkfifo(fifo)

    with pytest.raises(DatabaseOpenError, match="not a regular file"):
        open_database(fifo)  # reading its header would wait forever for a writer
    with pytest.raises(DatabaseOpenError, match="not a regular file"):
        open_database("/dev/null")


def test_an_empty_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    empty = tmp_path / "kolcrm.db"
    empty.touch(mode=0o644)
    empty.chmod(0o644)
    before = snapshot(tmp_path)

    with pytest.raises(DatabaseOpenError, match="is an empty file, not a kolcrm database"):
        open_database(empty)

    assert snapshot(tmp_path) == before, "an empty file is someone else's: kolcrm never leaves one at its path"
