"""Backups: consistent private copies, daily/weekly rotation, checks, and restores that never lose the current file."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kolcrm.cli import backup as cli_backup
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import APPLICATION_ID, close_database, database, open_database
from kolcrm.core.store.migrations import SCHEMA_VERSION
from kolcrm.exchange import backup, database_check, restore
from kolcrm.exchange.backup import BackupError, RestoreRefused

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOON = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)


def names_in(path: Path) -> list[str]:
    """KOL names in a file, read without the app's connection."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT display_name FROM kol"))
    finally:
        conn.close()


def live_names() -> list[str]:
    return sorted(row[0] for row in database.execute_sql("SELECT display_name FROM kol"))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def files_beside(db: Path) -> dict[str, bytes]:
    """The database folder's files (not the backups folder) with their bytes; -shm is a rebuildable index."""
    return {p.name: p.read_bytes() for p in sorted(db.parent.iterdir()) if p.is_file() and not p.name.endswith("-shm")}


def corrupt_a_table_page(path: Path) -> None:
    """Flip the bytes in the middle of a leaf page of the kol table: its cell pointers then point at garbage."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'kol' AND pagetype = 'leaf' LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    for offset in range(start + 8, start + page_size // 2):  # after the 8-byte header: pointers and cells
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture
def kols(db: Path) -> Path:
    for name in ("李佳琦", "薇娅", "Papi酱"):
        save_kol(KolRecord(display_name=name))
    return db


# --- taking a backup --------------------------------------------------------------------------------------------


def _write_uncommitted_elsewhere(db: Path):
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO kol (display_name, created_at, updated_at) VALUES ('uncommitted', '', '')")
    return writer


def test_a_backup_during_an_open_write_transaction_holds_committed_rows_only(kols: Path) -> None:
    writer = _write_uncommitted_elsewhere(kols)
    try:
        copy = backup.backup_now(kols, "manual")
    finally:
        writer.execute("ROLLBACK")
        writer.close()

    assert names_in(copy) == sorted(["李佳琦", "薇娅", "Papi酱"])
    assert copy.parent == kols.parent / "backups"
    assert copy.name.startswith("kolcrm-") and copy.name.endswith("-manual.db")
    assert mode(copy) == 0o600
    assert mode(copy.parent) == 0o700
    assert database_check.check_database(copy).ok
    assert not list(copy.parent.glob("*-wal")) and not list(copy.parent.glob("*.partial")), "one whole file"


def test_a_backup_asked_for_inside_the_apps_own_transaction_is_refused_cleanly(kols: Path) -> None:
    # The copy is read through the app's own connection (never a second descriptor on the live file), and SQLite's
    # backup API cannot read from a connection in the middle of its own write: a clear refusal, not a hang.
    with database.atomic() as transaction:
        save_kol(KolRecord(display_name="not yet saved"))
        with pytest.raises(BackupError, match="while a change is being saved"):
            backup.backup_now(kols, "manual")
        transaction.rollback()

    assert not list((kols.parent / "backups").iterdir()), "no backup, no checksum, no half-written copy"
    assert live_names() == sorted(["李佳琦", "薇娅", "Papi酱"])


def test_committed_rows_still_in_the_wal_are_in_the_backup(kols: Path) -> None:
    # The app keeps its connection open, so these rows sit in kolcrm.db-wal: a copy of the main file would miss them.
    save_kol(KolRecord(display_name="刚刚保存"))
    assert Path(f"{kols}-wal").stat().st_size > 0

    copy = backup.backup_now(kols)

    assert "刚刚保存" in names_in(copy)


def test_two_backups_in_one_second_both_survive(kols: Path) -> None:
    first = backup.backup_now(kols, "manual", now=NOON)
    second = backup.backup_now(kols, "manual", now=NOON)

    assert first != second and first.exists() and second.exists()
    assert [b.path for b in backup.list_backups(kols)] == [second, first], "newest first"


def test_nothing_to_back_up_and_unknown_kinds_are_errors(tmp_path: Path, kols: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        backup.backup_now(tmp_path / "missing.db")
    with pytest.raises(ValueError, match="kind"):
        backup.backup_now(kols, "hourly")


# --- daily, weekly, rotation ------------------------------------------------------------------------------------


def kinds(db: Path) -> list[str]:
    return sorted(b.kind for b in backup.list_backups(db))


def test_at_most_one_daily_backup_a_day(kols: Path) -> None:
    morning = datetime(2026, 11, 2, 9, 0).astimezone()  # local time: "a day" is the user's day
    assert backup.backup_if_due(kols, now=morning) is not None
    assert kinds(kols) == ["daily", "weekly"], "the first run also starts the weekly series"

    assert backup.backup_if_due(kols, now=morning + timedelta(hours=1)) is None
    assert backup.backup_if_due(kols, now=morning.replace(hour=23, minute=59)) is None
    assert kinds(kols) == ["daily", "weekly"]

    assert backup.backup_if_due(kols, now=morning + timedelta(days=1)) is not None
    assert kinds(kols) == ["daily", "daily", "weekly"], "no second weekly within seven days"


def test_a_weekly_backup_when_the_last_is_seven_days_old(kols: Path) -> None:
    backup.backup_if_due(kols, now=NOON)
    backup.backup_if_due(kols, now=NOON + timedelta(days=6, hours=23))
    assert kinds(kols).count("weekly") == 1

    backup.backup_if_due(kols, now=NOON + timedelta(days=7))
    assert kinds(kols).count("weekly") == 2


def test_rotation_keeps_seven_daily_and_four_weekly(kols: Path) -> None:
    folder = kols.parent / "backups"
    folder.mkdir()
    stranger = folder / "notes.txt"
    stranger.write_text("mine")
    other_db = folder / "other-20261101-120000-daily.db"
    other_db.write_bytes(b"another database's backup")
    days = [NOON + timedelta(days=n) for n in range(30)]
    for day in days:
        backup.backup_if_due(kols, now=day)
        backup.backup_now(kols, "on_close", now=day + timedelta(hours=6))
    for day in days[:12]:
        backup.backup_now(kols, "manual", now=day + timedelta(hours=1))

    backup.rotate(kols)

    kept = backup.list_backups(kols)
    by_kind = {kind: sorted(b.time for b in kept if b.kind == kind) for kind in backup.KINDS}
    assert by_kind["daily"] == days[-7:]
    assert by_kind["weekly"] == [days[7], days[14], days[21], days[28]], "weeklies start on day 0, every 7 days"
    assert by_kind["on_close"] == [day + timedelta(hours=6) for day in days[-10:]]
    assert len(by_kind["manual"]) == 12, "manual backups are never rotated away"
    assert len(list(folder.glob("kolcrm-*.db"))) == 7 + 4 + 10 + 12
    assert stranger.read_text() == "mine" and other_db.exists(), "files that are not our backups stay"


# --- check ---------------------------------------------------------------------------------------------------


def test_a_healthy_database_checks_ok(kols: Path) -> None:
    report = database_check.check_database(kols)

    assert report.ok
    assert "no problems" in report.text()


def test_check_names_a_broken_link_in_words(kols: Path) -> None:
    close_database()
    conn = sqlite3.connect(kols)  # foreign_keys is off on a plain connection, so the broken link goes in
    row = conn.execute("INSERT INTO payment (collaboration_id, amount) VALUES (99, '100')").lastrowid
    conn.commit()
    conn.close()

    report = database_check.check_database(kols)

    assert not report.ok
    assert report.problems == [f"table payment row {row}: collaboration 99 does not exist"]
    assert "1 problem found" in report.text()


def test_check_finds_a_damaged_page(kols: Path, tmp_path: Path) -> None:
    for n in range(40):
        save_kol(KolRecord(display_name=f"kol {n}"))
    damaged = backup.backup_now(kols)
    corrupt_a_table_page(damaged)

    report = database_check.check_database(damaged)

    assert not report.ok
    assert "page" in report.text().lower(), "SQLite's own words say where the damage is"


def test_check_refuses_what_is_not_sqlite(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("display_name\n李佳琦\n", encoding="utf-8")

    with pytest.raises(DatabaseOpenError, match="not an SQLite"):
        database_check.check_database(text)
    with pytest.raises(DatabaseOpenError):
        database_check.check_database(tmp_path / "missing.db")


# --- restore -------------------------------------------------------------------------------------------------


def test_restoring_a_good_backup_replaces_the_data_and_keeps_the_old_file(kols: Path) -> None:
    copy = backup.backup_now(kols)
    save_kol(KolRecord(display_name="after the backup"))

    result = restore.restore_backup(copy, kols)

    assert result.database == kols
    assert live_names() == sorted(["李佳琦", "薇娅", "Papi酱"]), "the app's connection now reads the backup"
    assert result.replaced is not None and result.replaced.name.startswith("kolcrm.db.replaced-")
    assert "after the backup" in names_in(result.replaced), "the replaced file keeps every row it had"
    assert mode(kols) == 0o600
    assert copy.exists(), "restoring does not consume the backup"
    save_kol(KolRecord(display_name="written after restore"))  # open for writing again


def test_restoring_an_older_backup_migrates_it(kols: Path, tmp_path: Path) -> None:
    old = tmp_path / "old-backup.db"
    shutil.copy(FIXTURES / "kolcrm_v5.db", old)

    restore.restore_backup(old, kols)

    assert database.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert names_in(old) == live_names()


def test_a_corrupted_backup_is_refused_and_the_database_is_unchanged(kols: Path) -> None:
    for n in range(40):
        save_kol(KolRecord(display_name=f"kol {n}"))
    damaged = backup.backup_now(kols)
    corrupt_a_table_page(damaged)
    assert not database_check.check_database(damaged).ok, "the corruption must be one integrity_check sees"
    before, names = files_beside(kols), live_names()

    with pytest.raises(RestoreRefused, match="damaged"):
        restore.restore_backup(damaged, kols)

    assert files_beside(kols) == before, "no file replaced, moved aside or left half-written"
    assert live_names() == names, "and the app's connection still works"


def _text_file(path: Path) -> None:
    path.write_text("display_name,handle\n李佳琦,@lijiaqi\n", encoding="utf-8")


def _other_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO songs (title) VALUES ('月亮代表我的心')")
    conn.commit()
    conn.close()


def _empty_sqlite_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")  # writes the header: a valid, empty SQLite file
    conn.close()


def _newer_kolcrm_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kol (id INTEGER PRIMARY KEY, display_name TEXT)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_text_file, "not an SQLite"),
        (_other_programs_database, "another program"),
        (_empty_sqlite_file, "not a kolcrm backup"),
        (_newer_kolcrm_file, "newer kolcrm"),
    ],
    ids=["text-file", "other-programs-sqlite", "empty-sqlite", "newer-kolcrm"],
)
def test_files_that_are_not_kolcrm_backups_are_refused(kols: Path, tmp_path: Path, make, reason: str) -> None:
    stranger = tmp_path / "elsewhere" / "backup.db"
    stranger.parent.mkdir()
    make(stranger)
    before, names = files_beside(kols), live_names()

    with pytest.raises(RestoreRefused, match=reason):
        restore.restore_backup(stranger, kols)

    assert files_beside(kols) == before
    assert live_names() == names


def test_the_database_itself_is_not_a_backup(kols: Path) -> None:
    with pytest.raises(RestoreRefused, match="database itself"):
        restore.restore_backup(kols, kols)


def test_a_restore_that_fails_half_way_puts_the_database_back(kols: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = backup.backup_now(kols)
    save_kol(KolRecord(display_name="after the backup"))
    names = live_names()

    def cannot_open(path):
        raise DatabaseOpenError(f"{path} cannot be opened (simulated)")

    real_open = restore.open_database
    calls: list[Path] = []

    def open_fails_once(path):
        calls.append(path)
        return cannot_open(path) if len(calls) == 1 else real_open(path)

    monkeypatch.setattr(restore, "open_database", open_fails_once)

    with pytest.raises(BackupError, match="left as it was"):
        restore.restore_backup(copy, kols)

    assert live_names() == names
    assert not list(kols.parent.glob("*.replaced-*")), "the moved-aside file went back into place"


# --- command line --------------------------------------------------------------------------------------------


def cli(command: str, db: Path, **extra) -> int:
    return cli_backup.run(argparse.Namespace(command=command, db=str(db), **extra))


def test_cli_backup_check_and_restore(kols: Path, capsys: pytest.CaptureFixture[str]) -> None:
    close_database()
    assert cli("backup", kols) == 0
    (taken,) = backup.list_backups(kols)
    assert str(taken.path) in capsys.readouterr().out

    assert cli("check", kols) == 0
    assert "no problems" in capsys.readouterr().out

    assert cli("restore", kols, file=str(taken.path)) == 0
    out = capsys.readouterr().out
    assert "kept as" in out and ".replaced-" in out
    assert database.is_closed(), "the command leaves no connection open"


def test_cli_exit_codes_for_problems(kols: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    close_database()
    conn = sqlite3.connect(kols)
    conn.execute("INSERT INTO payment (collaboration_id, amount) VALUES (99, '100')")
    conn.commit()
    conn.close()
    text = tmp_path / "notes.txt"
    _text_file(text)

    assert cli("check", kols) == 1
    assert "collaboration 99 does not exist" in capsys.readouterr().out
    assert cli("check", text) == 2
    assert "not an SQLite" in capsys.readouterr().err
    assert cli("restore", kols, file=str(text)) == 2  # refused: nothing restored
    assert "not an SQLite" in capsys.readouterr().err
    assert cli("backup", tmp_path / "missing.db") == 2
    assert cli("check", tmp_path / "missing.db") == 2
    assert not (tmp_path / "missing.db").exists(), "checking a missing file does not create it"


def test_cli_parser_registers_the_three_commands() -> None:
    parser = argparse.ArgumentParser(prog="kolcrm")
    cli_backup.add_parser(parser.add_subparsers(dest="command"))

    assert parser.parse_args(["backup", "--db", "x.db"]).db == "x.db"
    restore_args = parser.parse_args(["restore", "b.db"])
    assert restore_args.file == "b.db" and not hasattr(restore_args, "db")
    assert parser.parse_args(["check"]).command == "check"


def test_open_database_after_a_restore_needs_no_further_migration(kols: Path) -> None:
    copy = backup.backup_now(kols)
    restore.restore_backup(copy, kols)
    close_database()

    open_database(kols)

    assert not list(kols.parent.glob("*.bak")), "a backup at the current version is not migrated again"
