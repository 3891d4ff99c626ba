"""The Schedule as a month: deliverables due, the brand's own posts, blackout periods, festivals and exclusivity
windows (a tinted band across their days), day by day; drag a deliverable to another day to move its due date, with
the deal editor's checks (core/collaborations/deliverables.reschedule)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.care import calendar
from kolcrm.core.collaborations import deliverables
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.ui import prompts

MIME = "application/x-kolcrm-deliverable"
DELIVERABLE_ROLE = Qt.ItemDataRole.UserRole + 1
DEAL_ROLE = Qt.ItemDataRole.UserRole + 2
COLOURS = {
    calendar.DELIVERABLE: QColor("#1f2328"),
    calendar.BRAND_POST: QColor("#0969da"),
    calendar.BLACKOUT: QColor("#6e40c9"),
    calendar.FESTIVAL: QColor("#cf222e"),
    calendar.WINDOW: QColor("#9a6700"),
}
WINDOW_TINT = QColor("#fff8e1")
WEEKDAYS = (
    QT_TRANSLATE_NOOP("MonthCalendar", "Mon"),
    QT_TRANSLATE_NOOP("MonthCalendar", "Tue"),
    QT_TRANSLATE_NOOP("MonthCalendar", "Wed"),
    QT_TRANSLATE_NOOP("MonthCalendar", "Thu"),
    QT_TRANSLATE_NOOP("MonthCalendar", "Fri"),
    QT_TRANSLATE_NOOP("MonthCalendar", "Sat"),
    QT_TRANSLATE_NOOP("MonthCalendar", "Sun"),
)


class DayCell(QListWidget):
    """One day: its entries; a deliverable can be dragged out, and dropped in from another day."""

    dropped = Signal(int, object)  # deliverable id, the day it was dropped on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = clock.today()
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setWordWrap(True)
        self.setMinimumSize(60, 54)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setStyleSheet("QListWidget { font-size: 11px; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        # Small: six weeks of days share the area's height; QListWidget's own hint (256×192) made the month scroll.
        return QSize(90, 64)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = [item.data(DELIVERABLE_ROLE) for item in items if item.data(DELIVERABLE_ROLE) is not None]
        if ids:
            data.setData(MIME, QByteArray(str(ids[0]).encode()))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.setDropAction(Qt.DropAction.CopyAction)  # the calendar redraws itself: Qt must not move the item
            event.accept()
            self.dropped.emit(int(bytes(event.mimeData().data(MIME)).decode()), self.day)


class MonthCalendar(QWidget):
    open_collaboration_requested = Signal(int)
    moved = Signal(int)  # a deliverable whose due date moved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = clock.today()
        self.year, self.month = today.year, today.month
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.today_button = QPushButton(self.tr("This month"))
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.next_button.setToolTip(self.tr("Next month"))
        self.previous_button.clicked.connect(lambda: self.show_month(*_shift(self.year, self.month, -1)))
        self.next_button.clicked.connect(lambda: self.show_month(*_shift(self.year, self.month, 1)))
        self.today_button.clicked.connect(lambda: self.show_month(clock.today().year, clock.today().month))
        self.note = QLabel()
        self.note.setObjectName("calendarNote")
        self.note.setStyleSheet("color: #9a6700;")
        head = QHBoxLayout()
        for widget in (self.previous_button, self.title, self.next_button, self.today_button):
            head.addWidget(widget)
        head.addWidget(self.note, 1)
        grid = QGridLayout()
        grid.setSpacing(2)
        for column, name in enumerate(WEEKDAYS):
            label = QLabel(self.tr(name))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
        self.cells: list[DayCell] = []
        self.day_labels: list[QLabel] = []
        for index in range(42):
            box = QVBoxLayout()
            box.setSpacing(0)
            label = QLabel()
            cell = DayCell()
            cell.dropped.connect(self._dropped)
            cell.itemDoubleClicked.connect(self._double_clicked)
            box.addWidget(label)
            box.addWidget(cell, 1)
            grid.addLayout(box, 1 + index // 7, index % 7)
            self.cells.append(cell)
            self.day_labels.append(label)
        for column in range(7):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(grid, 1)

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.title.setText(f"{year}-{month:02d}")  # digits only: read alike in both languages
        entries = calendar.month_entries(year, month)
        today = clock.today()
        for cell, label, day in zip(self.cells, self.day_labels, calendar.month_grid(year, month), strict=True):
            cell.day = day
            cell.clear()
            outside = day.month != month
            label.setText(f"<b>{day.day}</b>" if day == today else str(day.day))
            label.setStyleSheet("color: #8c959f;" if outside else "")
            day_entries = entries.get(day, [])
            # The windows are a band (the day tinted, named in its tooltip), not lines: a busy KOL has many, and
            # they would push the day's deliverables out of sight.
            windows = [entry.text for entry in day_entries if entry.kind == calendar.WINDOW]
            cell.setToolTip("\n".join(windows))
            if windows:
                label.setText(label.text() + " · " + self.tr("%n windows", "", len(windows)))
            for entry in sorted((e for e in day_entries if e.kind != calendar.WINDOW), key=_order):
                item = QListWidgetItem(entry.text)
                item.setToolTip(entry.text)
                item.setForeground(QBrush(COLOURS.get(entry.kind, COLOURS[calendar.DELIVERABLE])))
                item.setData(DEAL_ROLE, entry.collaboration_id)
                if entry.kind == calendar.DELIVERABLE:
                    item.setData(DELIVERABLE_ROLE, entry.deliverable_id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                cell.addItem(item)
            tint = f" background: {WINDOW_TINT.name()};" if windows else ""
            cell.setStyleSheet("QListWidget { font-size: 11px;" + tint + " }")

    def load(self, _today: date | None = None) -> None:
        self.show_month(self.year, self.month)

    def move(self, deliverable_id: int, day: date) -> bool:
        """Move a deliverable's due date as a drop does; False (and the reason shown) when refused."""
        try:
            warnings = deliverables.reschedule(deliverable_id, day)
        except (ValidationError, NotFoundError) as exc:
            prompts.error(self, self.tr("Not moved"), str(exc))
            return False
        self.note.setText(" · ".join(warnings))
        self.show_month(self.year, self.month)
        self.moved.emit(deliverable_id)
        return True

    def entries_on(self, day: date) -> list[str]:
        return [cell.item(i).text() for cell in self.cells if cell.day == day for i in range(cell.count())]

    def _dropped(self, deliverable_id: int, day: date) -> None:
        self.move(deliverable_id, day)

    def _double_clicked(self, item: QListWidgetItem) -> None:
        deal = item.data(DEAL_ROLE)
        if isinstance(deal, int):
            self.open_collaboration_requested.emit(deal)


_KIND_ORDER = (calendar.DELIVERABLE, calendar.BRAND_POST, calendar.FESTIVAL, calendar.BLACKOUT)


def _order(entry: calendar.CalendarEntry) -> int:
    return _KIND_ORDER.index(entry.kind) if entry.kind in _KIND_ORDER else len(_KIND_ORDER)


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1
