"""Capture a published post's results by hand; every earlier capture stays listed (T+7, T+21…)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.campaigns import metrics
from kolcrm.core.campaigns.records import MetricCapture
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.numbers import parse_money, parse_quantity
from kolcrm.core.vocabulary import METRIC_FIELDS
from kolcrm.ui import prompts
from kolcrm.ui.campaigns import formatting as fmt

LABELS = {
    "views": QT_TRANSLATE_NOOP("MetricsDialog", "Views / impressions"),
    "reach": QT_TRANSLATE_NOOP("MetricsDialog", "Reach"),
    "likes": QT_TRANSLATE_NOOP("MetricsDialog", "Likes"),
    "comments": QT_TRANSLATE_NOOP("MetricsDialog", "Comments"),
    "shares": QT_TRANSLATE_NOOP("MetricsDialog", "Reposts / shares"),
    "saves": QT_TRANSLATE_NOOP("MetricsDialog", "Saves"),
    "new_followers": QT_TRANSLATE_NOOP("MetricsDialog", "New followers"),
    "link_clicks": QT_TRANSLATE_NOOP("MetricsDialog", "Link clicks"),
    "store_visits": QT_TRANSLATE_NOOP("MetricsDialog", "Store visits"),
    "conversions": QT_TRANSLATE_NOOP("MetricsDialog", "Conversions"),
    "sales": QT_TRANSLATE_NOOP("MetricsDialog", "Sales amount"),
}
ERROR_STYLE = "border: 1px solid #b3261e;"


class MetricsDialog(QDialog):
    captured = Signal(int)  # the deliverable whose results were captured

    def __init__(self, deliverable_id: int, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deliverable_id = deliverable_id
        self.today = today or clock.today()
        self.setWindowTitle(self.tr("Capture results"))
        self.resize(760, 560)
        self.captured_on = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.captured_on.setCalendarPopup(True)
        self.captured_on.setDisplayFormat("yyyy-MM-dd")
        self.fields: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        for index, name in enumerate((*METRIC_FIELDS, "sales")):
            edit = QLineEdit()
            edit.setObjectName(f"metric_{name}")
            edit.setPlaceholderText(
                self.tr("e.g. 1.2万, ¥45,000") if name == "sales" else self.tr("e.g. 12,000 or 1.2万")
            )
            self.fields[name] = edit
            grid.addWidget(QLabel(self.tr("{0}:").format(self.tr(LABELS[name]))), index // 2, (index % 2) * 2)
            grid.addWidget(edit, index // 2, (index % 2) * 2 + 1)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. T+7, read from the creator dashboard"))
        self.error_label = QLabel()
        self.error_label.setObjectName("metricsErrors")
        self.error_label.setStyleSheet("color: #b3261e; background: #fdecec; padding: 6px;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.add_button = QPushButton(self.tr("Add capture"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        self.history = QTableWidget(0, len(METRIC_FIELDS) + 3)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Captured"), *(self.tr(LABELS[n]) for n in METRIC_FIELDS), self.tr("Sales"), self.tr("Note")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.delete_button = QPushButton(self.tr("Delete capture"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(self.tr("Captured on:"), self.captured_on)
        form.addRow(grid)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Read the results about 7 and 21 days after publishing; each capture is kept."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Earlier captures")))
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.rows = metrics.captures(self.deliverable_id)
        self.history.setRowCount(len(self.rows))
        for row, capture in enumerate(self.rows):
            values = [capture.captured_on.isoformat(), *(fmt.number(getattr(capture, n)) for n in METRIC_FIELDS)]
            values += [fmt.money(capture.sales), capture.note]
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))
        self.delete_button.setEnabled(bool(self.rows))

    def capture(self) -> tuple[MetricCapture, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        values: dict[str, object] = {}
        for name in METRIC_FIELDS:
            try:
                number = parse_quantity(self.fields[name].text())
            except ValueError:
                problems.append(FieldProblem(name, self.tr("{0}: not a number").format(self.tr(LABELS[name]))))
                continue
            if number is not None and number != number.to_integral_value():
                problems.append(FieldProblem(name, self.tr("{0}: a whole number").format(self.tr(LABELS[name]))))
                continue
            values[name] = int(number) if number is not None else None
        try:
            sales = parse_money(self.fields["sales"].text())
        except ValueError:
            problems.append(FieldProblem("sales", self.tr("Sales amount: not an amount of money")))
            sales = None
        capture = MetricCapture(
            self.deliverable_id, self.captured_on.date().toPython(), sales=sales[0] if sales else None,
            note=self.note.text(), **values,  # type: ignore[arg-type]
        )  # fmt: skip
        return capture, problems

    def add(self) -> int | None:
        capture, problems = self.capture()
        if not problems:
            try:
                capture_id = metrics.add_capture(capture, self.today)
            except ValidationError as exc:
                problems = exc.problems
            except NotFoundError as exc:
                problems = [FieldProblem("", str(exc))]
        self._show_problems(problems)
        if problems:
            return None
        for edit in self.fields.values():
            edit.clear()
        self.note.clear()
        self.load()
        self.captured.emit(self.deliverable_id)
        return capture_id

    def delete_selected(self) -> None:
        row = self.history.currentRow()
        if not 0 <= row < len(self.rows):
            return
        capture = self.rows[row]
        question = self.tr("Delete the capture of {0}?").format(capture.captured_on.isoformat())
        if prompts.confirm(self, self.tr("Delete capture"), question, self.tr("Delete")):
            metrics.delete_capture(capture.id or 0)
            self.load()
            self.captured.emit(self.deliverable_id)

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        for name, edit in self.fields.items():
            edit.setStyleSheet(ERROR_STYLE if any(p.field == name for p in problems) else "")
        self.error_label.setText("\n".join(p.message for p in problems))
        self.error_label.setVisible(bool(problems))
