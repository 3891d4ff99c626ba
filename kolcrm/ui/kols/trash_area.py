"""The trash: KOLs moved there stay restorable until the user empties it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import trash
from kolcrm.ui import prompts


class TrashArea(QWidget):
    restored = Signal(list)  # kol ids
    emptied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QListWidget()
        self.items.setObjectName("trashList")
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        self.empty_button.clicked.connect(self.empty)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("KOLs in the trash can be restored until you empty it.")))
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        self.items.itemSelectionChanged.connect(self._update_buttons)

    def load(self) -> None:
        self.items.clear()
        entries = trash.trashed_kols()
        for entry in entries:
            item = QListWidgetItem(f"{entry.display_name}    ({self.tr('deleted')} {_local_time(entry.deleted_at)})")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.items.addItem(item)
        self.summary.setText(self.tr("%n KOL(s) in the trash", "", len(entries)))
        self._update_buttons()

    def restore_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.items.selectedItems()]
        if ids:
            trash.restore_kols(ids)
            self.load()
            self.restored.emit(ids)

    def empty(self) -> None:
        count = self.items.count()
        if not count:
            return
        if not prompts.confirm(
            self,
            self.tr("Empty the trash"),
            self.tr("Erase %n KOL(s) with their accounts and history for good? This cannot be undone.", "", count),
            self.tr("Erase"),
        ):
            return
        trash.empty_trash()
        self.load()
        self.emptied.emit()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.items.selectedItems()))
        self.empty_button.setEnabled(self.items.count() > 0)


def _local_time(utc_timestamp: str) -> str:
    """Stored in UTC, shown in the user's own time zone."""
    return datetime.fromisoformat(utc_timestamp).astimezone().strftime("%Y-%m-%d %H:%M")
