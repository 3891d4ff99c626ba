"""The KOL pane's History tab: notes, deal events and relationship care in one timeline, and the note box."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.errors import ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.store import dialect
from kolcrm.core.vocabulary import InteractionKind
from kolcrm.ui import prompts

if TYPE_CHECKING:
    from kolcrm.core.collaborations.by_kol import DealEvent
    from kolcrm.core.kols.records import InteractionRecord

DEAL_ROLE = Qt.ItemDataRole.UserRole + 1  # the deal an event belongs to
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "gift", "perk", "risk"… for care events
# Event kind → (label, colour on the timeline)
EVENT_KINDS = {
    "stage": (QT_TRANSLATE_NOOP("HistoryTab", "Deal"), "#35526e"),
    "payment": (QT_TRANSLATE_NOOP("HistoryTab", "Payment"), "#35526e"),
    "review": (QT_TRANSLATE_NOOP("HistoryTab", "Review"), "#35526e"),
    "gift": (QT_TRANSLATE_NOOP("HistoryTab", "Gift / thank-you"), "#2e6b3a"),
    "perk": (QT_TRANSLATE_NOOP("HistoryTab", "Perk received"), "#6b4e16"),
    "risk": (QT_TRANSLATE_NOOP("HistoryTab", "Risk"), "#b00020"),
    "change": (QT_TRANSLATE_NOOP("HistoryTab", "Changed"), "#5f6368"),
}


class HistoryTab(QWidget):
    notes_changed = Signal()  # a note was added or deleted
    event_activated = Signal(object, str)  # deal id (or None), event kind: a timeline event was double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_id: int | None = None
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.delete_note_action = QAction(self.tr("Delete note…"), self.timeline)
        self.delete_note_action.triggered.connect(self.delete_current_note)
        self.timeline.addAction(self.delete_note_action)
        self.timeline.itemDoubleClicked.connect(self._activated)

        self.note_kind = QComboBox()
        for kind in InteractionKind:
            self.note_kind.addItem(kind.label, kind.value)
        self.note_date = QDateEdit(QDate.currentDate())
        self.note_date.setCalendarPopup(True)
        self.note_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up_date = QDateEdit(QDate.currentDate().addDays(7))
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_date.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_date.setEnabled)
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setPlaceholderText(self.tr("Add a note — Ctrl+Enter saves"))
        self.note_text.setMaximumHeight(80)
        self.note_text.setMinimumHeight(44)
        self.note_error = QLabel()
        self.note_error.setStyleSheet("color: #b00020;")
        self.note_error.hide()
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.clicked.connect(self.add_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_text)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)

        # Two short rows, not one long one: the pane stays usable beside the list on a 1024 px screen.
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_kind)
        note_row.addWidget(self.note_date)
        note_row.addStretch(1)
        note_row.addWidget(self.add_note_button)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_date)
        follow_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.note_text)
        layout.addWidget(self.note_error)
        layout.addLayout(note_row)
        layout.addLayout(follow_row)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.note_text, self.add_note_button, self.note_kind, self.note_date, self.follow_up):
            widget.setEnabled(enabled)

    def load(self, kol_id: int | None) -> None:
        """Notes, the deals' events and relationship care (gifts, perks, risks), newest first."""
        self.kol_id = kol_id
        self.timeline.clear()
        if kol_id is None:
            return
        from kolcrm.core.care.events import care_events
        from kolcrm.core.collaborations.by_kol import DealEvent, deal_events
        from kolcrm.core.kols import change_log, interactions

        notes = interactions.history(kol_id)
        changes = [DealEvent(change_log.local_day(c), c.changed_at, "change", change_log.describe(c), 0, c.id)
                   for c in change_log.changes(kol_id)]  # fmt: skip
        events = sorted(deal_events(kol_id) + care_events(kol_id) + changes, key=lambda e: (e.on, e.at), reverse=True)
        if not notes and all(event.kind == "change" for event in events):  # a new KOL: its only entry is "added"
            self.timeline.addItem(QListWidgetItem(self.tr("No history yet: add the first note below.")))
        merged: list[tuple[date, int, InteractionRecord | DealEvent]] = [(n.occurred_on, 1, n) for n in notes]
        merged += [(e.on, 0, e) for e in events]
        merged.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)  # stable: each source keeps its order
        for _on, _rank, entry in merged:
            if isinstance(entry, DealEvent):
                label, colour = EVENT_KINDS.get(entry.kind, (entry.kind.capitalize(), "#35526e"))
                item = QListWidgetItem(f"{entry.on.isoformat()} · {self.tr(label)}\n{entry.text}")
                item.setForeground(QColor(colour))
                item.setData(DEAL_ROLE, entry.collaboration_id or None)
                item.setData(KIND_ROLE, entry.kind)
            else:
                follow_up = (
                    "  → " + self.tr("follow up {0}").format(entry.follow_up_on.isoformat())
                    if entry.follow_up_on
                    else ""
                )
                writer = f" · {entry.created_by}" if entry.created_by and dialect.is_postgres() else ""  # a team's
                item = QListWidgetItem(
                    f"{entry.occurred_on.isoformat()} · {entry.kind.label}{writer}{follow_up}\n{entry.text}"
                )
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.timeline.addItem(item)

    def add_note(self) -> None:
        if self.kol_id is None:
            return
        from kolcrm.core.kols import interactions
        from kolcrm.core.kols.records import InteractionRecord

        note = InteractionRecord(
            occurred_on=self.note_date.date().toPython(),
            kind=InteractionKind(self.note_kind.currentData()),
            text=self.note_text.toPlainText(),
            follow_up_on=self.follow_up_date.date().toPython() if self.follow_up.isChecked() else None,
        )
        try:
            interactions.add_interaction(self.kol_id, note)
        except ValidationError as exc:
            self.note_error.setText(exc.message)
            self.note_error.show()
            return
        self.note_error.hide()
        self.note_text.clear()
        self.follow_up.setChecked(False)
        self.load(self.kol_id)
        self.notes_changed.emit()

    def delete_current_note(self) -> None:
        item = self.timeline.currentItem()
        note_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if note_id is None or self.kol_id is None:
            return
        excerpt = item.text().split("\n", 1)[-1][:80]
        if not prompts.confirm(
            self, self.tr("Delete note"), self.tr("Delete this note?\n\n{0}").format(excerpt), self.tr("Delete")
        ):
            return
        from kolcrm.core.kols import interactions

        interactions.delete_interaction(note_id)
        self.load(self.kol_id)
        self.notes_changed.emit()  # last contact may have changed

    def _activated(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND_ROLE)
        if kind is not None:
            self.event_activated.emit(item.data(DEAL_ROLE), kind)
