"""The Schedule: deliverables due in the next week or month, by day, first-call KOLs first, blackouts shaded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.care import schedule as schedule_view
from kolcrm.core.care.schedule import ScheduledDeliverable
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.vocabulary import Priority, platform_label
from kolcrm.ui.care.exclusivity_view import ExclusivityView
from kolcrm.ui.care.month_calendar import MonthCalendar

DEAL_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 26
WEEK, MONTH = 7, 30
CALENDAR = -1  # the month as a calendar (and 0: the exclusivity windows)
BLACKOUT_SHADE = QColor("#e6e0f0")
TIGHT_COLOUR = QColor("#b35c00")
FIRST_CALL_COLOUR = QColor("#1a7f37")
COLUMNS = (
    QT_TRANSLATE_NOOP("ScheduleView", "KOL"),
    QT_TRANSLATE_NOOP("ScheduleView", "Priority"),
    QT_TRANSLATE_NOOP("ScheduleView", "Lead time"),
    QT_TRANSLATE_NOOP("ScheduleView", "Platform · content"),
    QT_TRANSLATE_NOOP("ScheduleView", "Collaboration"),
    QT_TRANSLATE_NOOP("ScheduleView", "State"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("ScheduleView", "Monday"),
    QT_TRANSLATE_NOOP("ScheduleView", "Tuesday"),
    QT_TRANSLATE_NOOP("ScheduleView", "Wednesday"),
    QT_TRANSLATE_NOOP("ScheduleView", "Thursday"),
    QT_TRANSLATE_NOOP("ScheduleView", "Friday"),
    QT_TRANSLATE_NOOP("ScheduleView", "Saturday"),
    QT_TRANSLATE_NOOP("ScheduleView", "Sunday"),
)
KOL, PRIORITY, LEAD, CONTENT, DEAL, STATE = range(len(COLUMNS))


class ScheduleView(QWidget):
    open_collaboration_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = WEEK
        self.today = clock.today()
        self.rows: list[ScheduledDeliverable] = []
        self.week_button = self._range_button(self.tr("Next 7 days"), WEEK)
        self.month_button = self._range_button(self.tr("Next 30 days"), MONTH)
        self.week_button.setChecked(True)
        self.calendar_button = self._range_button(self.tr("Month"), CALENDAR)
        self.calendar_button.setObjectName("calendarButton")
        self.windows_button = self._range_button(self.tr("Exclusivity windows"), 0)
        self.windows_button.setObjectName("exclusivityButton")
        self.count_label = QLabel()
        self.count_label.setObjectName("scheduleCount")
        legend = QLabel(
            self.tr("Shaded: inside the KOL's blackout period · ⚠ due sooner than the KOL's usual lead time")
        )
        legend.setStyleSheet("color: #707070;")
        self.tree = QTreeWidget()
        self.tree.setObjectName("scheduleTree")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DEAL, QHeaderView.ResizeMode.Stretch)
        for column, width in ((KOL, 170), (PRIORITY, 90), (LEAD, 190), (CONTENT, 200), (STATE, 120)):
            self.tree.setColumnWidth(column, width)
        self.empty = QLabel(self.tr("No deliverables are due in this period."))
        self.empty.setObjectName("scheduleEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #707070; font-size: 14px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.empty)
        self.windows = ExclusivityView()
        self.windows.open_collaboration_requested.connect(self.open_collaboration_requested)
        self.pages.addWidget(self.windows)
        self.calendar = MonthCalendar()
        self.calendar.open_collaboration_requested.connect(self.open_collaboration_requested)
        self.pages.addWidget(self.calendar)

        top = QHBoxLayout()
        top.addWidget(self.week_button)
        top.addWidget(self.month_button)
        top.addWidget(self.calendar_button)
        top.addWidget(self.windows_button)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        # The legend on a line of its own, wrapping: beside the buttons it ran off a 1024 px screen.
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(legend)
        layout.addWidget(self.pages, 1)
        self.tree.itemDoubleClicked.connect(self._double_clicked)

    def load(self, today: date | None = None) -> None:
        self.today = today or clock.today()
        if self.days == CALENDAR:
            self.calendar.load(self.today)
            self.count_label.clear()
            self.pages.setCurrentWidget(self.calendar)
            return
        if self.days == 0:  # the exclusivity windows, not deliverables
            self.windows.load(self.today)
            windows = self.tr("%n exclusivity windows", "", self.windows.window_count)
            self.count_label.setText(windows + " · " + self.tr("%n conflicts", "", len(self.windows.conflicts)))
            self.pages.setCurrentWidget(self.windows)
            return
        self.rows = schedule_view.upcoming(self.today, self.days)
        self.tree.clear()
        day_item: QTreeWidgetItem | None = None
        for row in self.rows:
            if day_item is None or day_item.data(KOL, DEAL_ROLE) != row.due_on.isoformat():
                day_item = self._day_heading(row.due_on)
                self.tree.addTopLevelItem(day_item)
                day_item.setFirstColumnSpanned(True)
                day_item.setExpanded(True)
            day_item.addChild(self._row(row))
        for index in range(self.tree.topLevelItemCount()):
            day = self.tree.topLevelItem(index)
            due = self.tr("%n due", "", day.childCount())
            day.setText(KOL, f"{day.text(KOL)} · {due}")
        self.count_label.setText(self.tr("%n deliverables", "", len(self.rows)))
        self.pages.setCurrentWidget(self.tree if self.rows else self.empty)

    def set_range(self, days: int) -> None:
        self.days = days
        buttons = {WEEK: self.week_button, MONTH: self.month_button, CALENDAR: self.calendar_button}
        buttons.get(days, self.windows_button).setChecked(True)
        self.load(self.today)

    def row_items(self) -> list[QTreeWidgetItem]:
        """The deliverable rows in display order (day headings left out)."""
        items = []
        for index in range(self.tree.topLevelItemCount()):
            day = self.tree.topLevelItem(index)
            items.extend(day.child(row) for row in range(day.childCount()))
        return items

    # -- internals -----------------------------------------------------------------------------------------
    def _day_heading(self, day: date) -> QTreeWidgetItem:
        ahead = (day - self.today).days
        when = (
            self.tr("Today") if ahead == 0 else self.tr("Tomorrow") if ahead == 1 else self.tr(WEEKDAYS[day.weekday()])
        )
        item = QTreeWidgetItem([f"{day.isoformat()}  {when}"])
        item.setData(KOL, DEAL_ROLE, day.isoformat())
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(KOL, font)
        item.setSizeHint(KOL, QSize(0, ROW_HEIGHT + 4))
        return item

    def _row(self, row: ScheduledDeliverable) -> QTreeWidgetItem:
        content = f"{platform_label(row.platform)} · {row.content_type.label}" + (
            f" ×{row.quantity}" if row.quantity > 1 else ""
        )
        item = QTreeWidgetItem(
            [
                row.kol_name,
                row.priority.label,
                self._lead_text(row),
                content,
                f"{row.title} ({row.stage.label})",
                row.state.label,
            ]
        )
        item.setData(KOL, DEAL_ROLE, row.collaboration_id)
        item.setSizeHint(KOL, QSize(0, ROW_HEIGHT))
        item.setToolTip(DEAL, row.title)
        if row.priority is Priority.FIRST_CALL:
            item.setForeground(PRIORITY, QBrush(FIRST_CALL_COLOUR))
            font = QFont(self.tree.font())
            font.setBold(True)
            item.setFont(PRIORITY, font)
        if row.inside_lead_time(self.today):
            item.setForeground(LEAD, QBrush(TIGHT_COLOUR))
            item.setToolTip(
                LEAD,
                self.tr("Due in %n days, but {0} usually needs {1}", "", row.days_ahead(self.today)).format(
                    row.kol_name, self.tr("%n days' notice", "", row.lead_time_days or 0)
                ),
            )
        if row.blackout is not None:
            tip = self.tr("Inside {0}'s blackout period: {1}").format(
                row.kol_name, row.blackout or self.tr("fully booked")
            )
            for column in range(len(COLUMNS)):
                item.setBackground(column, QBrush(BLACKOUT_SHADE))
                item.setToolTip(column, "\n".join(filter(None, (tip, item.toolTip(column) if column == LEAD else ""))))
        return item

    def _lead_text(self, row: ScheduledDeliverable) -> str:
        if row.lead_time_days is None:
            return "—"
        text = self.tr("%n days", "", row.lead_time_days)
        if row.inside_lead_time(self.today):
            text = "⚠ " + text + self.tr(" (due in {0})").format(row.days_ahead(self.today))
        return text

    def _range_button(self, text: str, days: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.clicked.connect(lambda: self.set_range(days))
        if not hasattr(self, "_range_group"):
            self._range_group = QButtonGroup(self)
        self._range_group.addButton(button)
        return button

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        deal = item.data(KOL, DEAL_ROLE)
        if isinstance(deal, int):
            self.open_collaboration_requested.emit(deal)
