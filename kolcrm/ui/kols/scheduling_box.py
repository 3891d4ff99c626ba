"""The priority a KOL grants the brand, their lead time and the periods they are fully booked (618, Double 11)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.errors import ValidationError
from kolcrm.core.vocabulary import Priority
from kolcrm.ui.kols.care_forms import RED, fit_rows

_START, _END, _LABEL = range(3)


class SchedulingBox(QWidget):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_id: int | None = None
        self.priority = QComboBox()
        self.priority.setObjectName("schedulingPriority")
        for priority in Priority:
            self.priority.addItem(priority.label, priority.value)
        self.lead_time = QSpinBox()
        self.lead_time.setRange(0, 365)
        self.lead_time.setSuffix(self.tr(" days"))
        self.blackouts = QTableWidget(0, 3)
        self.blackouts.setObjectName("blackouts")
        self.blackouts.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Fully booked for")])
        self.blackouts.verticalHeader().hide()
        self.blackouts.verticalHeader().setDefaultSectionSize(28)
        self.blackouts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.blackouts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_LABEL, QHeaderView.ResizeMode.Stretch)
        self.add_blackout_button = QPushButton(self.tr("Add blackout"))
        self.add_blackout_button.clicked.connect(lambda: self.add_blackout())
        self.remove_blackout_button = QPushButton(self.tr("Remove"))
        self.remove_blackout_button.clicked.connect(self.remove_blackout)
        self.save_button = QPushButton(self.tr("Save scheduling"))
        self.save_button.setObjectName("saveScheduling")
        self.save_button.clicked.connect(self.save)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {RED};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setStyleSheet("color: #2e6b3a;")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Priority given to us")))
        top.addWidget(self.priority)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Lead time")))
        top.addWidget(self.lead_time)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_blackout_button)
        buttons.addWidget(self.remove_blackout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.blackouts)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        for signal in (self.priority.currentIndexChanged, self.lead_time.valueChanged):
            signal.connect(self.status.clear)

    def load(self, kol_id: int) -> None:
        from kolcrm.core.care.scheduling import get_scheduling

        self.kol_id = kol_id
        record = get_scheduling(kol_id)
        self.priority.setCurrentIndex(max(self.priority.findData(str(record.priority)), 0))
        self.lead_time.setValue(record.lead_time_days)
        self.blackouts.setRowCount(0)
        fit_rows(self.blackouts, least=1, most=5)
        for period in record.blackouts:
            self.add_blackout(period.starts_on, period.ends_on, period.label)
        self.blackouts.clearSelection()
        self.error.hide()
        self.status.clear()

    def add_blackout(self, starts_on: date | None = None, ends_on: date | None = None, label: str = "") -> int:
        row = self.blackouts.rowCount()
        self.blackouts.insertRow(row)
        start = starts_on or clock.today()
        for column, day in ((_START, start), (_END, ends_on or start + timedelta(days=2))):
            edit = QDateEdit(QDate(day.year, day.month, day.day))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.status.clear)
            self.blackouts.setCellWidget(row, column, edit)
        self.blackouts.setItem(row, _LABEL, QTableWidgetItem(label))
        self.blackouts.setCurrentCell(row, _LABEL)
        fit_rows(self.blackouts, least=1, most=5)
        self.status.clear()
        return row

    def remove_blackout(self) -> None:
        row = self.blackouts.currentRow()
        if row >= 0:
            self.blackouts.removeRow(row)
            fit_rows(self.blackouts, least=1, most=5)
            self.status.clear()

    def save(self) -> None:
        if self.kol_id is None:
            return
        from kolcrm.core.care.records import BlackoutPeriod, SchedulingRecord
        from kolcrm.core.care.scheduling import save_scheduling

        periods = []
        for row in range(self.blackouts.rowCount()):
            label = self.blackouts.item(row, _LABEL)
            periods.append(
                BlackoutPeriod(
                    self._date(row, _START), self._date(row, _END), label.text() if label is not None else ""
                )
            )
        record = SchedulingRecord(Priority(self.priority.currentData()), self.lead_time.value(), periods)
        try:
            save_scheduling(self.kol_id, record)
        except ValidationError as exc:
            self.error.setText("\n".join(problem.message for problem in exc.problems))
            self.error.show()
            return
        self.load(self.kol_id)
        self.status.setText(self.tr("Saved"))
        self.saved.emit()

    def _date(self, row: int, column: int) -> date:
        widget = self.blackouts.cellWidget(row, column)
        assert isinstance(widget, QDateEdit)
        return widget.date().toPython()
