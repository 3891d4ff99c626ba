"""The Care tab's samples, products and gifts sent for content: what went out, what was promised, by when, and what
was posted; the fulfilment rate, and what was sent with nothing posted (ghosting) in red."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.care import fulfilment
from kolcrm.core.care.fulfilment import SentItem, SentKind
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.ui import prompts
from kolcrm.ui.kols.care_forms import fit_rows, read_only_table
from kolcrm.ui.widgets.display import section_title

_HEADERS = (
    QT_TRANSLATE_NOOP("SentItemsBox", "Sent"),
    QT_TRANSLATE_NOOP("SentItemsBox", "What (kind)"),
    QT_TRANSLATE_NOOP("SentItemsBox", "Promised"),
    QT_TRANSLATE_NOOP("SentItemsBox", "Posted by"),
    QT_TRANSLATE_NOOP("SentItemsBox", "Posted"),
)
GHOSTED = QColor("#b00020")


class SentItemDialog(QDialog):
    def __init__(self, kol_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_id = kol_id
        self.setWindowTitle(self.tr("Sent for content"))
        self.kind = QComboBox()
        for kind in SentKind:
            self.kind.addItem(kind.label, kind.value)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. 口红试色装 ×3"))
        self.sent_on = QDateEdit(QDate.currentDate())
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("yyyy-MM-dd")
        self.promised = QLineEdit()
        self.promised.setPlaceholderText(self.tr("e.g. 一篇小红书笔记"))
        self.window = QSpinBox()
        self.window.setRange(1, 365)
        self.window.setValue(fulfilment.DEFAULT_WINDOW_DAYS)
        self.window.setSuffix(self.tr(" days"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("What was sent"), self.description)
        form.addRow(self.tr("Sent on"), self.sent_on)
        form.addRow(self.tr("Promised in return"), self.promised)
        form.addRow(self.tr("To be posted within"), self.window)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        item = SentItem(self.kol_id, SentKind(self.kind.currentData()), self.description.text(),
                        self.sent_on.date().toPython(), self.promised.text(), self.window.value())  # fmt: skip
        try:
            fulfilment.save_item(item)
        except (ValidationError, NotFoundError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class SentItemsBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_id: int | None = None
        self.items: list[SentItem] = []
        self.summary = QLabel()
        self.summary.setObjectName("fulfilmentSummary")
        self.summary.setWordWrap(True)
        self.table = read_only_table([self.tr(h) for h in _HEADERS], stretch=(1, 2), lines=1)
        self.table.setObjectName("sentItems")
        self.add_button = QPushButton(self.tr("Add item sent…"))
        self.delivered_button = QPushButton(self.tr("Mark posted…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.add_button.clicked.connect(self.add)
        self.delivered_button.clicked.connect(self.mark_posted)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Sent for content")))
        head.addStretch(1)
        for button in (self.add_button, self.delivered_button, self.delete_button):
            head.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def load(self, kol_id: int) -> None:
        self.kol_id = kol_id
        today = clock.today()
        self.items = fulfilment.items_for(kol_id)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            posted = item.delivered_on.isoformat() if item.delivered_on else "—"
            cells = (item.sent_on.isoformat(), f"{item.description} ({item.kind.label})", item.promised or "—",
                     item.due_on.isoformat(), posted)  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.delivered_url or text)
                if item.ghosted(today):
                    cell.setForeground(QBrush(GHOSTED))
                    cell.setToolTip(self.tr("Sent on {0}, nothing posted by {1}").format(item.sent_on, item.due_on))
                self.table.setItem(row, column, cell)
        fit_rows(self.table, least=1, most=5)
        found = fulfilment.fulfilment(kol_id, today)
        owed = found.owed
        if found.rate is None:
            self.summary.setText(self.tr("Nothing sent is owed content yet."))
        else:
            text = self.tr("{delivered} of %n items sent were posted about", "", owed).format(delivered=found.delivered)
            if found.ghosted:
                text = "⚠ " + text + self.tr(" · nothing posted for {0}").format(found.ghosted[0].description)
            self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {GHOSTED.name()};" if found.ghosted else "")
        self._update_buttons()

    def current(self) -> SentItem | None:
        row = self.table.currentRow()
        return self.items[row] if self.table.selectedItems() and 0 <= row < len(self.items) else None

    def add(self) -> None:
        if self.kol_id is not None and SentItemDialog(self.kol_id, self).exec():
            self._after_change()

    def mark_posted(self) -> None:
        item = self.current()
        if item is None or item.id is None:
            return
        url, accepted = QInputDialog.getText(
            self, self.tr("Mark posted"), self.tr("Link to the post (optional):"), text=item.delivered_url
        )
        if not accepted:
            return
        try:
            fulfilment.mark_delivered(item.id, max(clock.today(), item.sent_on), url)
        except (ValidationError, NotFoundError) as exc:
            prompts.error(self, self.tr("Not recorded"), str(exc))
            return
        self._after_change()

    def delete(self) -> None:
        item = self.current()
        if item is None or item.id is None:
            return
        if prompts.confirm(self, self.tr("Delete item"), self.tr("Delete “{0}”?").format(item.description),
                           self.tr("Delete")):  # fmt: skip
            fulfilment.delete_item(item.id)
            self._after_change()

    def _after_change(self) -> None:
        if self.kol_id is not None:
            self.load(self.kol_id)
        self.changed.emit()

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.delivered_button.setEnabled(chosen is not None and chosen.delivered_on is None)
        self.delete_button.setEnabled(chosen is not None)
        self.add_button.setEnabled(self.kol_id is not None)
