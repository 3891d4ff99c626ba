"""The Backups dialog (list, back up now, restore, check) and the backup the main window takes when it closes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.errors import DatabaseOpenError
from kolcrm.exchange import backup, database_check, restore
from kolcrm.ui import prompts

log = logging.getLogger(__name__)
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def backup_on_close(db_path: Path) -> None:
    """The daily/weekly backup if due, then one marked on_close, then rotation. Never raises: closing must go on."""
    try:
        backup.backup_if_due(db_path)
        backup.backup_now(db_path, "on_close")
        backup.rotate(db_path)
    except Exception:
        log.exception("The backup on close of %s failed; the database itself is unchanged", db_path)


class BackupDialog(QDialog):
    restored = Signal(Path)  # the database path, now holding the restored data: reload everything

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(520, 360)
        self._kind_names = {
            "manual": self.tr("Manual"),
            "daily": self.tr("Daily"),
            "weekly": self.tr("Weekly"),
            "on_close": self.tr("On close"),
        }

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.restore_selected)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.check_button = QPushButton(self.tr("Check database"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.check_button.clicked.connect(self.check)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            self.tr("Backups are kept in {0}. Daily, weekly and on-close backups rotate; manual ones stay.").format(
                backup.backups_folder(self.db_path)
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")

        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.load()

    def load(self) -> None:
        backups = backup.list_backups(self.db_path)
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            when = QTableWidgetItem(info.time.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            when.setData(PATH_ROLE, str(info.path))
            when.setToolTip(str(info.path))
            size = QTableWidgetItem(_human_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(self._kind_names.get(info.kind, info.kind)))
            self.table.setItem(row, 2, size)
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.table.item(rows[0].row(), 0).data(PATH_ROLE))

    def back_up_now(self) -> Path | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = backup.backup_now(self.db_path, "manual")
        except backup.BackupError as exc:
            prompts.error(self, self.tr("Backup failed"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.load()
        self._select(path)
        self.status.setText(self.tr("Backed up to {0}").format(path))
        return path

    def restore_selected(self) -> bool:
        chosen = self.selected_backup() or prompts.ask_open_file(
            self,
            self.tr("Restore from backup"),
            self.tr("kolcrm backups (*.db);;All files (*)"),
            backup.backups_folder(self.db_path),
        )
        if chosen is None:
            return False
        return self.restore(chosen)

    def restore(self, chosen: Path) -> bool:
        question = self.tr(
            "Replace the current database with the backup {0}?\n\n"
            "The current file is not deleted: it is kept aside as {1}.replaced-<date and time>, beside it."
        ).format(chosen.name, self.db_path.name)
        if not prompts.confirm(self, self.tr("Restore backup"), question, self.tr("Restore")):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore.restore_backup(chosen, self.db_path)
        except backup.RestoreRefused as exc:
            QGuiApplication.restoreOverrideCursor()
            prompts.error(self, self.tr("This backup cannot be restored"), f"{exc}\n\n" + self.tr("Nothing changed."))
            return False
        except backup.BackupError as exc:
            QGuiApplication.restoreOverrideCursor()
            prompts.error(self, self.tr("Restore failed"), str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        kept = self.tr(" The previous database is kept as {0}.").format(result.replaced) if result.replaced else ""
        self.status.setText(self.tr("Restored {0}.").format(chosen.name) + kept)
        self.load()
        self.restored.emit(result.database)
        return True

    def check(self) -> database_check.CheckReport | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = database_check.check_database(self.db_path)
        except DatabaseOpenError as exc:
            QGuiApplication.restoreOverrideCursor()
            prompts.error(self, self.tr("Check database"), str(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        if report.ok:
            prompts.info(
                self,
                self.tr("Check database"),
                self.tr("No problems found: integrity, links and the search index are fine."),
            )
        else:
            prompts.error(self, self.tr("Check database"), report.text())
        self.status.setText(self.tr("Check: no problems found.") if report.ok else report.text())
        return report

    def _select(self, path: Path) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(PATH_ROLE) == str(path):
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        self.restore_button.setToolTip(
            self.tr("Restore the selected backup")
            if self.table.selectionModel().hasSelection()
            else self.tr("Choose a backup file to restore")
        )


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
