"""One input per custom field in the KOL editor: a line for text and numbers, a date or none, a choice or none.

Each input hands back what the user typed or picked as text; the core (custom_fields.parse_values) reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QToolButton, QWidget

from kolcrm.core import clock
from kolcrm.core.kols.custom_values import CustomFieldDef

ISO = "yyyy-MM-dd"


class OptionalDateEdit(QDateEdit):
    """A date or none: the earliest date stands for "no date" and shows blank; the calendar opens at today."""

    NO_DATE = QDate(1752, 9, 14)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(ISO)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.NO_DATE)
        self.setSpecialValueText(" ")  # what shows while the date is NO_DATE
        self.setDate(self.NO_DATE)

    def iso(self) -> str:
        return "" if self.date() == self.NO_DATE else self.date().toString(ISO)

    def set_iso(self, text: str) -> None:
        day = QDate.fromString(text, ISO)
        self.setDate(day if day.isValid() else self.NO_DATE)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)  # opens the calendar on a click of the arrow
        if self.date() == self.NO_DATE:
            today = clock.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)


class CustomFieldInput(QWidget):
    """The editor's input for one custom field; `edited` fires on a change by the user."""

    edited = Signal()

    def __init__(self, field: CustomFieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.line: QLineEdit | None = None
        self.date: OptionalDateEdit | None = None
        self.choice: QComboBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if field.kind == "date":
            self.date = OptionalDateEdit()
            self.date.setObjectName(f"custom_{field.id}")
            self.date.dateChanged.connect(self.edited)
            clear = QToolButton()
            clear.setText("✕")
            clear.setToolTip(self.tr("No date"))
            clear.clicked.connect(lambda: self.set_text(""))
            layout.addWidget(self.date, 1)
            layout.addWidget(clear)
        elif field.kind == "choice":
            self.choice = QComboBox()
            self.choice.setObjectName(f"custom_{field.id}")
            self.choice.addItem("", "")
            for option in field.choices:
                self.choice.addItem(option, option)
            self.choice.currentIndexChanged.connect(self.edited)
            layout.addWidget(self.choice, 1)
        else:
            self.line = QLineEdit()
            self.line.setObjectName(f"custom_{field.id}")
            if field.kind == "number":
                self.line.setPlaceholderText(self.tr("e.g. 12,345 or 1.2万"))
            self.line.textEdited.connect(self.edited)
            layout.addWidget(self.line, 1)

    def text(self) -> str:
        if self.date is not None:
            return self.date.iso()
        if self.choice is not None:
            return str(self.choice.currentData() or "")
        return self.line.text() if self.line is not None else ""

    def set_text(self, text: str) -> None:
        """Show a value (as custom_values.editable_text gives it); a choice no longer offered is kept as an item."""
        if self.date is not None:
            self.date.set_iso(text)
        elif self.choice is not None:
            index = self.choice.findData(text)
            if index < 0:
                self.choice.addItem(text, text)
                index = self.choice.count() - 1
            self.choice.setCurrentIndex(index)
        elif self.line is not None:
            self.line.setText(text)
