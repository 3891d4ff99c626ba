"""A date that may be left open: a tick box switches it on, a date edit picks it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDate(QWidget):
    """A date that may be left open: the box ticks it on, the date edit picks it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.enabled.setChecked(value is not None)
