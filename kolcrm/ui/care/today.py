"""The Today view: reminders due or overdue, then this week's, then later ones, grouped by kind, one click each."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.care import reminders
from kolcrm.core.care.horizons import Horizon
from kolcrm.core.care.horizons import horizon as horizon_of
from kolcrm.core.care.records import ReminderRecord
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols import picker as kol_picker
from kolcrm.core.vocabulary import ReminderKind
from kolcrm.ui import prompts

REMINDER_ROLE = Qt.ItemDataRole.UserRole + 1
HORIZON_ROLE = Qt.ItemDataRole.UserRole + 2  # on a kind's heading: the Horizon it is listed under
OVERDUE_COLOUR = QColor("#c0392b")
UPCOMING_COLOUR = QColor("#707070")
ROW_HEIGHT = 30  # room for the row's buttons
SEPARATOR_SHADE = QColor("#ececec")
COLLAPSE_ABOVE = 30  # a bigger group (festival greetings for every active KOL) opens on request
DUE, SUBJECT, KOL, ACTIONS = range(4)


class TodayView(QWidget):
    open_kol_requested = Signal(int)
    open_collaboration_requested = Signal(int)
    count_changed = Signal(int)  # reminders due today or overdue, for the sidebar badge

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.today = clock.today()
        self.reminders: list[ReminderRecord] = []
        self.title = QLabel(self.tr("Today"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.add_button = QPushButton(self.tr("Add task…"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("todayTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Reminder"), self.tr("KOL"), ""])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ACTIONS, QHeaderView.ResizeMode.Fixed)
        self.tree.setColumnWidth(DUE, 190)
        self.tree.setColumnWidth(KOL, 150)
        self.tree.setColumnWidth(ACTIONS, 330)
        self.empty = QLabel(
            self.tr("Nothing is due. Reminders for thank-yous, festivals, payments and deadlines appear here.")
        )
        self.empty.setObjectName("todayEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #707070; font-size: 14px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.add_button.clicked.connect(lambda: self.add_task())
        self.tree.itemExpanded.connect(self._add_action_widgets)
        self.tree.itemDoubleClicked.connect(self._double_clicked)

    # -- loading -------------------------------------------------------------------------------------------
    def load(self, today: date | None = None) -> None:
        """Run the reminder rules, then show what is due by the end of the week."""
        self.today = today or clock.today()
        reminders.refresh(self.today)
        self.show_reminders()

    def show_reminders(self) -> None:
        """Re-read the reminders without running the rules (after a click on one of them)."""
        self.reminders = reminders.due(self.today)
        by_horizon: dict[Horizon, list[ReminderRecord]] = {horizon: [] for horizon in Horizon}
        for reminder in self.reminders:
            by_horizon[horizon_of(reminder.about_on, self.today)].append(reminder)
        due_now, coming, later = by_horizon[Horizon.TODAY], by_horizon[Horizon.THIS_WEEK], by_horizon[Horizon.LATER]
        self.tree.clear()
        self._add_groups(due_now, Horizon.TODAY)
        if coming:
            self._add_separator(self.tr("Coming up this week (%n)", "", len(coming)))
            self._add_groups(coming, Horizon.THIS_WEEK)
        if later:
            self._add_separator(self.tr("Later (%n)", "", len(later)))
            self._add_groups(later, Horizon.LATER)
        self.pages.setCurrentWidget(self.tree if self.reminders else self.empty)
        overdue = sum(1 for r in due_now if r.due_on < self.today)
        parts = [self.tr("{0} due now").format(len(due_now))]
        if overdue:
            parts.append(self.tr("{0} overdue").format(overdue))
        parts.append(self.tr("{0} coming this week").format(len(coming)))
        if later:
            parts.append(self.tr("{0} later").format(len(later)))
        self.summary.setText(" · ".join(parts))
        self.count_changed.emit(reminders.open_count(self.today))

    def _add_separator(self, text: str) -> None:
        header = QTreeWidgetItem([text])
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.tree.font())
        font.setBold(True)
        header.setFont(DUE, font)
        header.setForeground(DUE, QBrush(UPCOMING_COLOUR))
        header.setBackground(DUE, QBrush(SEPARATOR_SHADE))
        header.setSizeHint(DUE, QSize(0, ROW_HEIGHT + 6))
        self.tree.addTopLevelItem(header)
        header.setFirstColumnSpanned(True)

    def group_item(
        self, kind: ReminderKind, upcoming: bool = False, horizon: Horizon | None = None
    ) -> QTreeWidgetItem | None:
        """The heading of a kind among the reminders due now (or coming this week, or under `horizon`)."""
        wanted = horizon or (Horizon.THIS_WEEK if upcoming else Horizon.TODAY)
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(DUE, REMINDER_ROLE) == str(kind) and item.data(DUE, HORIZON_ROLE) == str(wanted):
                return item
        return None

    def listed_under(self, reminder_id: int) -> Horizon | None:
        """The heading a reminder is listed under, if it is listed."""
        item = self.reminder_item(reminder_id)
        return None if item is None or item.parent() is None else Horizon(item.parent().data(DUE, HORIZON_ROLE))

    def reminder_item(self, reminder_id: int) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for row in range(group.childCount()):
                if group.child(row).data(DUE, REMINDER_ROLE) == reminder_id:
                    return group.child(row)
        return None

    def action_buttons(self, reminder_id: int) -> dict[str, QToolButton]:
        """The one-click buttons on a reminder's row, by name ("done", "snooze", "kol", "deal")."""
        item = self.reminder_item(reminder_id)
        widget = self.tree.itemWidget(item, ACTIONS) if item is not None else None
        if widget is None:
            return {}
        return {name: widget.findChild(QToolButton, name) for name in ("done", "snooze", "kol", "deal")}

    # -- actions -------------------------------------------------------------------------------------------
    def mark_done(self, reminder_id: int) -> None:
        self.undo_stack.push(MarkDoneCommand(self, reminder_id))

    def snooze(self, reminder_id: int, days: int) -> None:
        try:
            reminders.snooze(reminder_id, self.today + timedelta(days=days), today=self.today)
        except (NotFoundError, ValidationError) as problem:
            prompts.error(self, self.tr("Snooze"), str(problem))
        self.show_reminders()

    def add_task(self) -> AddTaskDialog:
        dialog = AddTaskDialog(self.today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.show_reminders())
        dialog.open()
        return dialog

    # -- internals -----------------------------------------------------------------------------------------
    def _add_groups(self, items: list[ReminderRecord], horizon: Horizon) -> None:
        for kind in ReminderKind:
            of_kind = [r for r in items if r.kind == kind]
            if not of_kind:
                continue
            group = QTreeWidgetItem([f"{kind.label} ({len(of_kind)})"])
            group.setData(DUE, REMINDER_ROLE, str(kind))
            group.setData(DUE, HORIZON_ROLE, str(horizon))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(self.tree.font())
            font.setBold(True)
            group.setFont(DUE, font)
            group.setSizeHint(DUE, QSize(0, ROW_HEIGHT - 4))
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for reminder in of_kind:
                group.addChild(self._row(reminder))
            group.setExpanded(len(of_kind) <= COLLAPSE_ABOVE)  # expanding adds the buttons

    def due_text(self, due_on: date) -> str:
        """ "3 days overdue", "Today", "Tomorrow", "in 4 days"."""
        days = (self.today - due_on).days
        if days > 0:
            return self.tr("%n days overdue", "", days)
        if days == 0:
            return self.tr("Today")
        if days == -1:
            return self.tr("Tomorrow")
        return self.tr("in %n days", "", -days)

    def _row(self, reminder: ReminderRecord) -> QTreeWidgetItem:
        item = QTreeWidgetItem([self.due_text(reminder.about_on), reminder.subject, reminder.kol_name])
        item.setData(DUE, REMINDER_ROLE, reminder.id)
        item.setSizeHint(DUE, QSize(0, ROW_HEIGHT))
        if reminder.occasion_on is not None and reminder.occasion_on != reminder.due_on:
            item.setToolTip(
                DUE,
                self.tr("On {day}; to prepare from {due}").format(
                    day=reminder.occasion_on.isoformat(), due=reminder.due_on.isoformat()
                ),
            )
        else:
            item.setToolTip(DUE, reminder.due_on.isoformat())
        item.setToolTip(SUBJECT, reminder.subject)
        if reminder.due_on < self.today:
            item.setForeground(DUE, QBrush(OVERDUE_COLOUR))
            item.setForeground(SUBJECT, QBrush(OVERDUE_COLOUR))
        elif reminder.about_on > self.today:
            item.setForeground(DUE, QBrush(UPCOMING_COLOUR))
        return item

    def _add_action_widgets(self, group: QTreeWidgetItem) -> None:
        by_id = {r.id: r for r in self.reminders}
        for row in range(group.childCount()):
            item = group.child(row)
            reminder = by_id.get(item.data(DUE, REMINDER_ROLE))
            if reminder is not None and self.tree.itemWidget(item, ACTIONS) is None:
                self.tree.setItemWidget(item, ACTIONS, self._actions(reminder))

    def _actions(self, reminder: ReminderRecord) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(4)
        done = self._button("done", self.tr("Done"), self.tr("Mark done (Ctrl+Z undoes it)"))
        done.clicked.connect(lambda: self.mark_done(reminder.id))
        snooze = self._button("snooze", self.tr("Snooze"), self.tr("Hide it for a while"))
        snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(snooze)
        menu.addAction(self.tr("Until tomorrow"), lambda: self.snooze(reminder.id, 1))
        menu.addAction(self.tr("For a week"), lambda: self.snooze(reminder.id, 7))
        snooze.setMenu(menu)
        layout.addWidget(done)
        layout.addWidget(snooze)
        if reminder.kol_id is not None:
            kol = self._button("kol", self.tr("Open KOL"), reminder.kol_name)
            kol.clicked.connect(lambda: self.open_kol_requested.emit(reminder.kol_id))
            layout.addWidget(kol)
        if reminder.collaboration_id is not None:
            deal = self._button("deal", self.tr("Open deal"), self.tr("Show the collaboration"))
            deal.clicked.connect(lambda: self.open_collaboration_requested.emit(reminder.collaboration_id))
            layout.addWidget(deal)
        layout.addStretch(1)
        return box

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        return button

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        reminder = next((r for r in self.reminders if r.id == item.data(DUE, REMINDER_ROLE)), None)
        if reminder is None or isinstance(item.data(DUE, REMINDER_ROLE), str):
            return
        if reminder.collaboration_id is not None:
            self.open_collaboration_requested.emit(reminder.collaboration_id)
        elif reminder.kol_id is not None:
            self.open_kol_requested.emit(reminder.kol_id)


class MarkDoneCommand(QUndoCommand):
    """Done = mark the reminder done; Ctrl+Z reopens it."""

    def __init__(self, view: TodayView, reminder_id: int) -> None:
        subject = next((r.subject for r in view.reminders if r.id == reminder_id), "")
        super().__init__(QCoreApplication.translate("TodayView", "Mark “{0}” done").format(subject[:40]))
        self.view = view
        self.reminder_id = reminder_id

    def redo(self) -> None:
        try:
            reminders.mark_done(self.reminder_id)
        except NotFoundError:
            pass  # the rules cleared it meanwhile (the payment was made): nothing left to mark
        self.view.show_reminders()

    def undo(self) -> None:
        reminders.reopen(self.reminder_id)
        self.view.show_reminders()


class AddTaskDialog(QDialog):
    """A task of the user's own: a day, what to do, and optionally the KOL it concerns."""

    saved = Signal(int)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add task"))
        self.due = QDateEdit(QDate(today.year, today.month, today.day))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("e.g. Send the autumn brief to 美妆小鹿"))
        self.kol = QLineEdit()
        self.kol.setPlaceholderText(self.tr("Optional: type a KOL's name"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.kol.setCompleter(completer)
        self.kol.textEdited.connect(self._suggest)
        self.problem = QLabel()
        self.problem.setObjectName("taskProblem")
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        form.addRow(self.tr("Due on"), self.due)
        form.addRow(self.tr("What to do"), self.subject)
        form.addRow(self.tr("KOL"), self.kol)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(420, self.sizeHint().height())

    def save(self) -> int | None:
        kol_id = None
        if self.kol.text().strip():
            matches = kol_picker.kols_named(self.kol.text())
            if len(matches) != 1:
                self._show_problem(
                    self.tr("No KOL is called that")
                    if not matches
                    else self.tr("Several KOLs share that name: pick one"),
                    self.kol,
                )
                return None
            kol_id = matches[0]
        try:
            task_id = reminders.add_task(self.due.date().toPython(), self.subject.text(), kol_id)
        except ValidationError as problem:
            self._show_problem(problem.message, self.subject)
            return None
        self.saved.emit(task_id)
        self.accept()
        return task_id

    def _show_problem(self, text: str, field: QWidget) -> None:
        self.problem.setText(text)
        field.setFocus()

    def _suggest(self, text: str) -> None:
        self._names.setStringList([choice.label for choice in kol_picker.search_kols(text)] if text.strip() else [])
