"""The Backups dialog as a user drives it: back up now, restore (confirmed, or refused with a reason), check."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.store.db import database
from kolcrm.exchange import backup
from kolcrm.ui import prompts
from kolcrm.ui.exchange.backup_dialog import BackupDialog, backup_on_close


def live_names() -> list[str]:
    return sorted(row[0] for row in database.execute_sql("SELECT display_name FROM kol"))


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Every prompt the dialog shows, recorded; confirm answers yes, no modal is ever left waiting."""
    shown: dict[str, list] = {"confirm": [], "error": [], "info": [], "open": []}

    def confirm(parent, title, text, action="OK"):
        shown["confirm"].append((title, text))
        return shown.get("answer", [True])[-1]

    def ask_open_file(parent, title, file_filter="", start=None):
        shown["open"].append(start)
        return shown.get("pick", [None])[-1]

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown["error"].append((title, text)))
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown["info"].append((title, text)))
    monkeypatch.setattr(prompts, "ask_open_file", ask_open_file)
    return shown


@pytest.fixture
def dialog(qtbot, gui_db: Path, said) -> BackupDialog:
    save_kol(KolRecord(display_name="李佳琦"))
    window = BackupDialog(gui_db)
    qtbot.addWidget(window)
    window.show()
    return window


def test_back_up_now_adds_a_row(qtbot, dialog: BackupDialog) -> None:
    assert dialog.table.rowCount() == 0

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)

    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Manual"
    (taken,) = backup.list_backups(dialog.db_path)
    assert dialog.selected_backup() == taken.path, "the new backup is selected"
    assert str(taken.path) in dialog.status.text()


def test_restore_asks_first_then_brings_the_backup_back(qtbot, dialog: BackupDialog, said) -> None:
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    chosen = dialog.selected_backup()
    save_kol(KolRecord(display_name="after the backup"))

    with qtbot.waitSignal(dialog.restored, timeout=5000) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert restored.args == [dialog.db_path]
    (_title, question) = said["confirm"][-1]
    assert chosen.name in question and "kept aside" in question
    assert live_names() == ["李佳琦"]
    assert list(dialog.db_path.parent.glob("gui.db.replaced-*")), "the replaced file is kept"
    assert "kept as" in dialog.status.text()
    assert not said["error"]


def test_declining_the_confirmation_changes_nothing(qtbot, dialog: BackupDialog, said) -> None:
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    save_kol(KolRecord(display_name="after the backup"))
    said["answer"] = [False]

    with qtbot.assertNotEmitted(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert said["confirm"]
    assert live_names() == sorted(["李佳琦", "after the backup"])
    assert not list(dialog.db_path.parent.glob("gui.db.replaced-*"))


def test_a_refused_backup_shows_the_reason(qtbot, dialog: BackupDialog, said, tmp_path: Path) -> None:
    stranger = tmp_path / "not-a-backup.db"
    stranger.write_text("display_name\n李佳琦\n", encoding="utf-8")
    said["pick"] = [stranger]  # nothing selected: Restore… asks for a file

    with qtbot.assertNotEmitted(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert said["open"] == [backup.backups_folder(dialog.db_path)]
    ((title, text),) = said["error"]
    assert "cannot be restored" in title
    assert "not an SQLite" in text and "Nothing changed" in text
    assert live_names() == ["李佳琦"]


def test_check_database_shows_the_report(qtbot, dialog: BackupDialog, said) -> None:
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)

    ((_title, text),) = said["info"]
    assert "No problems" in text
    assert "no problems" in dialog.status.text()


def test_backup_on_close_takes_daily_weekly_and_on_close(gui_db: Path) -> None:
    backup_on_close(gui_db)
    backup_on_close(gui_db)

    kinds = sorted(b.kind for b in backup.list_backups(gui_db))
    assert kinds == ["daily", "on_close", "on_close", "weekly"]


def test_backup_on_close_never_raises(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        backup_on_close(tmp_path / "missing.db")

    assert "backup on close" in caplog.text


def test_the_main_window_backs_up_on_close_and_offers_backups(qtbot, gui_db, settings):
    from kolcrm.exchange.backup import list_backups
    from kolcrm.ui.exchange.backup_dialog import BackupDialog
    from kolcrm.ui.main_window import MainWindow

    window = MainWindow(settings, database_path=gui_db)
    qtbot.addWidget(window)
    window.show()
    window.data.backups_action.trigger()
    assert any(isinstance(w, BackupDialog) and w.isVisible() for w in window.findChildren(BackupDialog))
    for dialog in window.findChildren(BackupDialog):
        dialog.reject()
    window.close()
    assert list_backups(gui_db), "closing the app takes a backup"
