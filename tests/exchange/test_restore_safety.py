"""A restore killed at any step leaves a whole kolcrm database at the path (the old one or the restored one), loses
no row the app had saved, and its leftovers are cleaned by the next restore."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import APPLICATION_ID, close_database, database, open_database
from kolcrm.exchange import backup, database_check, restore
from kolcrm.exchange.backup import BackupError

BACKED_UP = ["Papi酱", "李佳琦", "薇娅"]
OLD = sorted([*BACKED_UP, "after the backup", "written by the app"])

# A restore, in the app (which has the file open and has just saved a row) or from the command line after the app
# was killed (so that row sits in a -wal nobody has open); the patched step kills the process with SIGKILL, as a
# power cut or `kill -9` would.
KILLED_RESTORE = """
import os, signal, sys
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import open_database
from kolcrm.exchange import backup, restore

taken, db, scenario, module, step, when = sys.argv[1:]
if scenario == "app-crash":  # the app saves a row and dies: no restore
    open_database(db)
    save_kol(KolRecord(display_name="written by the app"))
    os.kill(os.getpid(), signal.SIGKILL)
module = {"backup": backup, "restore": restore}[module]
real = getattr(module, step)
calls = []

def killed(*args, **kwargs):  # `when`: "before" the first call, or "after N" calls
    if when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    result = real(*args, **kwargs)
    calls.append(1)
    if len(calls) == int(when.split()[1]):
        os.kill(os.getpid(), signal.SIGKILL)
    return result

setattr(module, step, killed)
if scenario == "in-the-app":
    open_database(db)
    save_kol(KolRecord(display_name="written by the app"))
restore.restore_backup(taken, db)
sys.exit(3)  # the kill point was never reached
"""

# (scenario, kill point): the step patched in `module`, and when the process dies
KILL_POINTS = {
    ("in-the-app", "while-staging"): ("backup", "fsync_file", "before"),
    ("in-the-app", "after-staged-copy-checked"): ("restore", "_verify_staged", "after 1"),
    ("in-the-app", "after-wal-folded-in"): ("restore", "_make_self_contained", "after 1"),
    ("in-the-app", "after-file-kept-aside"): ("restore", "_link_or_copy", "after 1"),
    ("in-the-app", "after-rename"): ("restore", "sync_folder", "before"),
    ("cli-after-a-crash", "while-staging"): ("backup", "fsync_file", "before"),
    ("cli-after-a-crash", "after-wal-kept-aside"): ("restore", "_link_or_copy", "after 1"),
    ("cli-after-a-crash", "after-wal-folded-in"): ("restore", "_make_self_contained", "after 1"),
    ("cli-after-a-crash", "after-file-kept-aside"): ("restore", "_link_or_copy", "after 2"),
    ("cli-after-a-crash", "after-rename"): ("restore", "sync_folder", "before"),
}


def killed_restore(taken: Path, db: Path, scenario: str, point: str) -> None:
    if scenario == "cli-after-a-crash":
        subprocess.run([sys.executable, "-c", KILLED_RESTORE, str(taken), str(db), "app-crash", "", "", ""],
                       timeout=120)  # fmt: skip
        assert Path(f"{db}-wal").stat().st_size > 0, "the app's last row is in the -wal it left"
    module, step, when = KILL_POINTS[(scenario, point)]
    child = subprocess.run(
        [sys.executable, "-c", KILLED_RESTORE, str(taken), str(db), scenario, module, step, when],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT display_name FROM kol"))
    finally:
        conn.close()


def live_names() -> list[str]:
    return sorted(row[0] for row in database.execute_sql("SELECT display_name FROM kol"))


def leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(f".{db.name}.restoring-"))


def kept_aside(db: Path) -> list[Path]:
    return sorted(p for p in db.parent.glob(f"{db.name}.replaced-*") if not p.name.endswith(("-wal", "-shm")))


@pytest.fixture
def taken(db: Path) -> Iterator[Path]:
    """A backup of three KOLs; the database then gets one more; closed, as before the app starts."""
    for name in BACKED_UP:
        save_kol(KolRecord(display_name=name))
    copy = backup.backup_now(db)
    save_kol(KolRecord(display_name="after the backup"))
    close_database()
    yield copy


@pytest.mark.parametrize(("scenario", "point"), list(KILL_POINTS), ids=[f"{s}-{p}" for s, p in KILL_POINTS])
def test_a_restore_killed_at_any_step_leaves_a_whole_database(db: Path, taken: Path, scenario: str, point: str) -> None:
    killed_restore(taken, db, scenario, point)

    open_database(db)  # the next start
    assert live_names() in (OLD, BACKED_UP), "the old database or the restored one, never an empty one"
    assert database.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert database_check.check_database(db).ok

    restore.restore_backup(taken, db)  # the next restore

    assert live_names() == BACKED_UP
    assert leftovers(db) == [], "the staged copy a killed restore left is gone"
    assert not [p for p in kept_aside(db) if os.path.samefile(p, db)], "no second name for the live file"
    assert not list(db.parent.glob(f"{db.name}.replaced-*-wal")), "nor for its -wal"
    kept = [names_in(p) for p in kept_aside(db)]
    assert OLD in kept, "every row the app had saved, the one still in its -wal included, is kept aside"


def test_a_staged_copy_left_by_a_killed_restore_is_there_until_the_next_restore(db: Path, taken: Path) -> None:
    killed_restore(taken, db, "in-the-app", "after-staged-copy-checked")
    assert len(leftovers(db)) == 1, "the 14 MB .partial the issue found"

    assert backup.clean_interrupted(db)

    assert leftovers(db) == []


class Interrupted(Exception):
    pass


@pytest.mark.parametrize(
    ("step", "error", "message"),
    [
        ("_verify_staged", Interrupted, None),
        ("_make_self_contained", Interrupted, None),
        ("_link_or_copy", PermissionError, "Cannot keep .* aside"),
        ("sync_folder", OSError, "left as it was"),
        ("open_database", Interrupted, None),
    ],
)
def test_a_restore_that_fails_after_any_step_leaves_the_open_database_as_it_was(
    db: Path, taken: Path, monkeypatch: pytest.MonkeyPatch, step: str, error: type[Exception], message: str | None
) -> None:
    open_database(db)
    save_kol(KolRecord(display_name="written by the app"))
    real = getattr(restore, step)
    calls: list[int] = []

    def fails_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            if step in ("_verify_staged", "_make_self_contained"):
                real(*args, **kwargs)  # the step is done, then the next one fails
            raise error("simulated")
        return real(*args, **kwargs)

    monkeypatch.setattr(restore, step, fails_once)

    with pytest.raises(BackupError if message else error, match=message or "simulated"):
        restore.restore_backup(taken, db)

    assert live_names() == OLD, "the app's connection reads the database it had"
    save_kol(KolRecord(display_name="and goes on writing"))
    assert leftovers(db) == [] and kept_aside(db) == []
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def _pid_of_a_finished_process() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def test_only_abandoned_staging_files_are_cleaned(db: Path, taken: Path) -> None:
    alive = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        dead = db.parent / f".{db.name}.restoring-{_pid_of_a_finished_process()}-abc123.partial"
        working = db.parent / f".{db.name}.restoring-{alive.pid}-def456.partial"
        forgotten = db.parent / f".{db.name}.restoring-{alive.pid}-ghi789.partial"
        mine = db.parent / f".{db.name}.restoring-{os.getpid()}-jkl012.partial"
        for path in (dead, working, forgotten, mine):
            path.write_bytes(b"half a copy")
        Path(f"{dead}-journal").write_bytes(b"its journal")
        hours_ago = time.time() - 2 * 3600
        os.utime(forgotten, (hours_ago, hours_ago))

        removed = backup.clean_interrupted(db)

        assert sorted(removed) == sorted([dead, forgotten])
        assert working.exists() and mine.exists(), "a copy another process (or this one) is still writing stays"
        assert not Path(f"{dead}-journal").exists()
    finally:
        alive.communicate(b"")


def test_a_database_another_program_has_open_is_not_replaced(
    db: Path, taken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(restore, "BUSY_TIMEOUT_SECONDS", 0.3)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM kol').fetchone();"
         " print('open', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        open_database(db)

        with pytest.raises(BackupError, match="open in another kolcrm or program"):
            restore.restore_backup(taken, db)

        assert live_names() == sorted([*BACKED_UP, "after the backup"])
        assert leftovers(db) == [] and kept_aside(db) == []
    finally:
        holder.communicate("")


def test_a_database_too_damaged_to_read_is_replaced_and_kept_aside_with_its_wal(db: Path, taken: Path) -> None:
    size = db.stat().st_size
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * (size - 16))  # a header, then nothing SQLite can read
    Path(f"{db}-wal").write_bytes(b"\xee" * 4096)

    result = restore.restore_backup(taken, db)

    assert live_names() == BACKED_UP
    assert result.replaced is not None
    assert result.replaced.read_bytes()[16:32] == b"\xff" * 16, "the damaged file is kept, not deleted"
    assert Path(f"{result.replaced}-wal").read_bytes() == b"\xee" * 4096, "its -wal went with it"


def test_the_app_start_cleans_what_an_interrupted_restore_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kolcrm import app

    db = tmp_path / "kolcrm.db"
    open_database(db)
    close_database()
    stale = tmp_path / f".{db.name}.restoring-999999-20260101-000000.partial"
    stale.write_bytes(b"half a copy")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))

    app._clean_interrupted_restore(db)

    assert not stale.exists()
    assert db.exists()
