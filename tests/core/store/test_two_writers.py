"""Two writers and a reader on one file: the second writer waits (and says so) instead of crashing, no row is lost,
and a reader in parallel only ever sees whole imports. Real processes, as two terminals would run them."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kolcrm.core.store.db import close_database, database, open_database

REPO = Path(__file__).resolve().parents[3]
WAITING = "Another kolcrm is writing to this database; waiting…"


def write_sheet(path: Path, first: int, rows: int) -> Path:
    """KOLs with one account each and a custom column both sheets share (the second import must not add it again)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        sheet = csv.writer(handle)
        sheet.writerow(["Name", "Platform", "Handle", "Followers", "Budget code"])
        for number in range(first, first + rows):
            sheet.writerow([f"Person {number}", "douyin", f"@person{number}", 1000 + number, f"B-{number}"])
    return path


def start_import(sheet: Path, db: Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kolcrm", "import", str(sheet), "--db", str(db)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "KOLCRM_LANG": "en", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class Running:
    """An import running in its own process, its stderr read as it comes (to see when it says it waits)."""

    def __init__(self, sheet: Path, db: Path, **env: str) -> None:
        self.process = start_import(sheet, db, **env)
        self.err: list[str] = []
        assert self.process.stderr is not None
        self._reading = threading.Thread(target=lambda: self.err.extend(self.process.stderr or ()), daemon=True)
        self._reading.start()

    def says_it_waits(self) -> bool:
        return any(WAITING in line for line in list(self.err))

    def finish(self) -> tuple[int, str, str]:
        assert self.process.stdout is not None
        out = self.process.stdout.read()
        self.process.wait(timeout=120)
        self._reading.join(timeout=10)
        return self.process.returncode, out, "".join(self.err)


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


@contextmanager
def another_writer(db: Path) -> Iterator[None]:
    """What the app (or any SQLite program) does while it saves: it holds the write lock."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


class Reader(threading.Thread):
    """Counts KOLs, accounts and custom values in one statement (one snapshot) as fast as it can."""

    def __init__(self, db: Path) -> None:
        super().__init__(daemon=True)
        self.db = db
        self.seen: set[tuple[int, int, int]] = set()
        self.reads = 0
        self.stop = threading.Event()

    def run(self) -> None:
        conn = sqlite3.connect(self.db, timeout=30)
        try:
            while not self.stop.is_set():
                self.seen.add(
                    conn.execute(
                        "SELECT (SELECT count(*) FROM kol), (SELECT count(*) FROM platform_account),"
                        " (SELECT count(*) FROM kol_custom_value)"
                    ).fetchone()
                )
                self.reads += 1
                time.sleep(0.005)
        finally:
            conn.close()


def empty_book(tmp_path: Path) -> Path:
    path = open_database(tmp_path / "kolcrm.db")
    close_database()
    return path


def test_two_imports_at_once_both_finish_with_every_row_and_a_reader_sees_whole_imports(tmp_path: Path) -> None:
    db = empty_book(tmp_path)
    first = write_sheet(tmp_path / "first.csv", 0, 1500)
    second = write_sheet(tmp_path / "second.csv", 100_000, 1200)
    reader = Reader(db)
    reader.start()

    with another_writer(db):  # both imports start while the file is busy: they wait, then one waits for the other
        imports = [Running(first, db), Running(second, db)]
        deadline = time.monotonic() + 60
        while not all(running.says_it_waits() for running in imports) and time.monotonic() < deadline:
            time.sleep(0.05)
    results = [running.finish() for running in imports]
    reader.stop.set()
    reader.join()

    for code, _out, err in results:
        assert code == 0, err
        assert "Traceback" not in err
        assert err.count(WAITING) == 1, "said once, not once per retry"
    conn = sqlite3.connect(db)
    try:
        handles = {row[0] for row in conn.execute("SELECT handle FROM platform_account")}
        assert handles == {f"@person{n}" for n in (*range(1500), *range(100_000, 101_200))}, "0 rows lost"
        assert conn.execute("SELECT count(*) FROM custom_field").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM kol_custom_value").fetchone()[0] == 2700
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert reader.reads > 10
    whole = {(0, 0, 0), (1500, 1500, 1500), (1200, 1200, 1200), (2700, 2700, 2700)}
    assert reader.seen <= whole, f"a reader saw half an import: {sorted(reader.seen - whole)}"


def test_two_imports_creating_a_new_database_at_once_both_finish(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    first = write_sheet(tmp_path / "first.csv", 0, 300)
    second = write_sheet(tmp_path / "second.csv", 5000, 200)

    results = [finish(process) for process in [start_import(first, db), start_import(second, db)]]

    for code, _out, err in results:
        assert code == 0, err
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM kol").fetchone()[0] == 500
    finally:
        conn.close()
    assert not list(tmp_path.glob(".new.db.*")), "no staging file of the creation is left"


def test_a_writer_that_never_finishes_is_a_one_line_refusal_and_nothing_is_written(tmp_path: Path) -> None:
    db = empty_book(tmp_path)
    sheet = write_sheet(tmp_path / "sheet.csv", 0, 50)

    with another_writer(db):
        started = time.monotonic()
        code, _out, err = finish(start_import(sheet, db, KOLCRM_WRITE_WAIT="1.5"))
        waited = time.monotonic() - started

    assert code == 2, err
    assert "Traceback" not in err
    assert WAITING in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("kolcrm: ") and "busy for 1.5 s" in last and "stopped before writing" in last
    assert 1.5 <= waited < 30
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM kol").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_transaction_holds_the_write_lock_before_its_first_read(db: Path) -> None:
    """A deferred transaction that reads, then writes, cannot wait for another writer: SQLite refuses it at once."""
    other = sqlite3.connect(db, isolation_level=None, timeout=0)
    try:
        with database.atomic():
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
