"""The payment schedule of a deal inside the editor: amount, due date, paid date (empty while unpaid)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.collaborations.records import PaymentRecord
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.form import parse_date
from kolcrm.core.numbers import parse_money

COLUMNS = ("amount", "due_on", "paid_on", "method", "reference")
HEADERS = {
    "amount": QT_TRANSLATE_NOOP("PaymentsTable", "Amount *"),
    "due_on": QT_TRANSLATE_NOOP("PaymentsTable", "Due (YYYY-MM-DD)"),
    "paid_on": QT_TRANSLATE_NOOP("PaymentsTable", "Paid on (empty = unpaid)"),
    "method": QT_TRANSLATE_NOOP("PaymentsTable", "Method"),
    "reference": QT_TRANSLATE_NOOP("PaymentsTable", "Reference"),
}
TOOLTIPS = {
    "amount": QT_TRANSLATE_NOOP("PaymentsTable", "e.g. 15,000 · 1.5万 · ¥15,000"),
    "method": QT_TRANSLATE_NOOP("PaymentsTable", "e.g. bank transfer, Alipay, via Xingtu"),
    "reference": QT_TRANSLATE_NOOP("PaymentsTable", "invoice or transfer number"),
}
WIDTHS = {"amount": 130, "due_on": 140, "paid_on": 180, "method": 170}
_ERROR_BRUSH = QBrush(QColor("#fde2e2"))


class PaymentsTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("paymentsTable")
        self.table.setHorizontalHeaderLabels([self.tr(HEADERS[key]) for key in COLUMNS])
        for column, key in enumerate(COLUMNS):
            self.table.horizontalHeaderItem(column).setToolTip(self.tr(TOOLTIPS[key]) if key in TOOLTIPS else "")
            self.table.setColumnWidth(column, WIDTHS.get(key, 120))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_button = QPushButton(self.tr("Add payment"))
        self.remove_button = QPushButton(self.tr("Remove payment"))
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #444;")
        self.problems_label = QLabel()
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems_label)
        self.add_button.clicked.connect(lambda: self.add_payment())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def add_payment(self, values: dict[str, str] | None = None) -> int:
        values = values or {}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, key in enumerate(COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(values.get(key, "")))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def row_count(self) -> int:
        return self.table.rowCount()

    def set_cell_text(self, row: int, key: str, text: str) -> None:
        self.table.item(row, COLUMNS.index(key)).setText(text)

    def records(self, currency: str) -> tuple[list[PaymentRecord], list[tuple[int, str, str]]]:
        """The rows as records in the deal's currency, and (row, column key, message) for each bad cell."""
        records, problems = [], []
        for row in range(self.table.rowCount()):
            text = {key: self.table.item(row, column).text() for column, key in enumerate(COLUMNS)}
            amount = Decimal(0)
            try:
                parsed = parse_money(text["amount"], currency)
            except ValueError:
                parsed = None
                message = self.tr("Payment {0}: “{1}” is not an amount").format(row + 1, text["amount"].strip())
                problems.append((row, "amount", message))
            else:
                if parsed is None:
                    problems.append((row, "amount", self.tr("Payment {0}: enter the amount").format(row + 1)))
                elif parsed[1] != currency:
                    message = self.tr("Payment {0} is in {1} but the deal is in {2}").format(
                        row + 1, parsed[1], currency
                    )
                    problems.append((row, "amount", message))
            if parsed is not None:
                amount = parsed[0]
            dates = {}
            for key in ("due_on", "paid_on"):
                dates[key] = None
                if text[key].strip():
                    try:
                        dates[key] = parse_date(text[key])
                    except ValueError:
                        message = self.tr("Payment {0}: “{1}” is not a date (use YYYY-MM-DD)")
                        problems.append((row, key, message.format(row + 1, text[key].strip())))
            records.append(
                PaymentRecord(
                    amount=amount,
                    due_on=dates["due_on"],
                    paid_on=dates["paid_on"],
                    method=text["method"],
                    reference=text["reference"],
                )
            )
        return records, problems

    def mark_problems(self, cells: dict[tuple[int, str], str]) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column, key in enumerate(COLUMNS):
                item = self.table.item(row, column)
                message = cells.get((row, key))
                item.setBackground(_ERROR_BRUSH if message else QBrush())
                item.setToolTip(message or "")
        self.table.blockSignals(False)

    def show_messages(self, messages: list[str]) -> None:
        self.problems_label.setText("\n".join(dict.fromkeys(messages)))
        self.problems_label.setVisible(bool(messages))
