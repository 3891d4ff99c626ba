"""The app's database stays whole while Backups… checks or copies it and another kolcrm opens the same file.

On POSIX, closing any descriptor on a file drops every lock the process holds on it. When Check database read the
live file's header with open() (or through a second connection), the next kolcrm process to open and close the
file believed it was the last user and deleted -wal and -shm under the app, which went on writing into deleted
files: whatever it saved after that was invisible to every other process and lost when it closed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import database
from kolcrm.ui import prompts
from kolcrm.ui.exchange.backup_dialog import BackupDialog, backup_on_close

OTHER_KOLCRM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=5)
names = [row[0] for row in conn.execute("SELECT display_name FROM kol ORDER BY display_name")]
conn.close()
print("\\n".join(names))
"""


def another_process_opens_and_closes(db: Path) -> list[str]:
    """What a second kolcrm sees when it opens the file, reads every KOL name and closes (the last-user test)."""
    done = subprocess.run(
        [sys.executable, "-c", OTHER_KOLCRM, str(db)], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.split()


def deleted_files_held_open() -> list[str]:
    """Files this process still writes to that no longer have a name (Linux: /proc/self/fd says "(deleted)")."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the descriptor listdir itself used, closed by now
            continue
        if target.endswith("(deleted)"):
            found.append(target)
    return found


def live_names() -> list[str]:
    return [row[0] for row in database.execute_sql("SELECT display_name FROM kol ORDER BY display_name")]


@pytest.fixture
def quiet_prompts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    return shown


def _check_button(dialog: BackupDialog, db: Path) -> None:
    report = dialog.check()
    assert report is not None and report.ok


def _back_up_now_button(dialog: BackupDialog, db: Path) -> None:
    assert dialog.back_up_now() is not None


def _backup_on_close(dialog: BackupDialog, db: Path) -> None:
    backup_on_close(db)


@pytest.mark.parametrize(
    "action", [_check_button, _back_up_now_button, _backup_on_close], ids=["check", "back-up-now", "on-close"]
)
def test_another_kolcrm_after_a_check_or_backup_leaves_the_apps_wal_alone(
    qtbot, gui_db: Path, quiet_prompts: list[str], action: Callable[[BackupDialog, Path], None]
) -> None:
    save_kol(KolRecord(display_name="before"))
    wal = Path(f"{gui_db}-wal")
    assert wal.stat().st_size > 0, "the app's rows sit in the -wal, as they do while it runs"
    dialog = BackupDialog(gui_db)
    qtbot.addWidget(dialog)

    action(dialog, gui_db)
    assert another_process_opens_and_closes(gui_db) == ["before"]

    assert wal.exists() and Path(f"{gui_db}-shm").exists(), "the other process knew the app still uses them"
    if Path("/proc/self/fd").is_dir():
        assert not [name for name in deleted_files_held_open() if str(gui_db) in name]
    save_kol(KolRecord(display_name="after"))  # no "disk I/O error"
    assert live_names() == ["after", "before"]
    assert another_process_opens_and_closes(gui_db) == ["after", "before"], "what the app writes reaches the file"
