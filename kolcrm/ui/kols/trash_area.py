"""The trash: KOLs moved there stay restorable until the user empties it."""

from __future__ import annotations

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

from kolcrm.core.attachments.service import removed_files
from kolcrm.core.attachments.service import restore as restore_file
from kolcrm.core.kols import erase, trash
from kolcrm.ui import prompts
from kolcrm.ui.widgets.display import local_time


class TrashArea(QWidget):
    restored = Signal(list)  # kol ids
    deals_restored = Signal(list)  # collaboration ids
    emptied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QListWidget()
        self.items.setObjectName("trashList")
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.deals = QListWidget()
        self.deals.setObjectName("trashedDeals")
        self.deals.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.deals.setMaximumHeight(180)
        self.files = QListWidget()
        self.files.setObjectName("removedFiles")
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMaximumHeight(120)
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
        layout.addWidget(
            QLabel(self.tr("KOLs, collaborations and files in the trash can be restored until you empty it."))
        )
        layout.addWidget(QLabel("<b>" + self.tr("KOLs") + "</b>"))
        layout.addWidget(self.items, 1)
        layout.addWidget(QLabel("<b>" + self.tr("Collaborations") + "</b>"))
        layout.addWidget(self.deals)
        layout.addWidget(QLabel("<b>" + self.tr("Attached files") + "</b>"))
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        self.items.itemSelectionChanged.connect(self._update_buttons)
        self.deals.itemSelectionChanged.connect(self._update_buttons)
        self.files.itemSelectionChanged.connect(self._update_buttons)

    def load(self) -> None:
        self.items.clear()
        entries = trash.trashed_kols()
        for entry in entries:
            item = QListWidgetItem(
                self.tr("{name}    (deleted {when})").format(name=entry.display_name, when=local_time(entry.deleted_at))
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.items.addItem(item)
        self.deals.clear()
        deals = trash.trashed_collaborations()
        for deal in deals:
            item = QListWidgetItem(
                f"{deal.title} — {deal.kol_name} · {deal.brand_name}    "
                + self.tr("(deleted {when})").format(when=local_time(deal.deleted_at))
            )
            item.setData(Qt.ItemDataRole.UserRole, deal.id)
            self.deals.addItem(item)
        self.files.clear()
        for attachment, kol_name in removed_files():
            item = QListWidgetItem(
                f"{attachment.file_name} — {kol_name}    "
                + self.tr("(removed {when})").format(when=local_time(attachment.deleted_at or ""))
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.files.addItem(item)
        self.summary.setText(
            self.tr("%n KOLs", "", len(entries)) + " · " + self.tr("%n collaborations in the trash", "", len(deals))
        )
        if self.files.count():
            self.summary.setText(self.summary.text() + " · " + self.tr("%n files", "", self.files.count()))
        self._update_buttons()

    def restore_selected(self) -> None:
        from kolcrm.core.collaborations.service import restore_collaboration

        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.items.selectedItems()]
        deal_ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.deals.selectedItems()]
        for item in self.files.selectedItems():
            restore_file(item.data(Qt.ItemDataRole.UserRole))
        if ids:
            trash.restore_kols(ids)
        for deal_id in deal_ids:
            restore_collaboration(deal_id)
        self.load()
        if ids:
            self.restored.emit(ids)
        if deal_ids:
            self.deals_restored.emit(deal_ids)

    def empty(self) -> None:
        count, deals, files = self.items.count(), self.deals.count(), self.files.count()
        if not count and not deals and not files:
            return
        parts = [
            self.tr("%n KOLs with their accounts, history and deals", "", count) if count else "",
            self.tr("%n collaborations", "", deals) if deals else "",
            self.tr("%n attached files", "", files) if files else "",
        ]
        parts = [part for part in parts if part]
        what = (
            parts[0]
            if len(parts) == 1
            else self.tr("{kols} and {collaborations}").format(
                kols=self.tr(", ").join(parts[:-1]), collaborations=parts[-1]
            )
        )
        if not prompts.confirm(
            self,
            self.tr("Empty the trash"),
            self.tr("Erase {0} for good? This cannot be undone.").format(what),
            self.tr("Erase"),
        ):
            return
        _emptied, traces_left = erase.empty_trash_everywhere()  # none of their text stays in the files
        self.load()
        self.emptied.emit()
        if traces_left:
            prompts.info(self, self.tr("Trash emptied"), traces_left)

    def _update_buttons(self) -> None:
        chosen = self.items.selectedItems() or self.deals.selectedItems() or self.files.selectedItems()
        self.restore_button.setEnabled(bool(chosen))
        self.empty_button.setEnabled(self.items.count() + self.deals.count() + self.files.count() > 0)
