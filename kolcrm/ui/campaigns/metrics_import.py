"""Import a campaign's results from a CSV or XLSX: a dry run lists good rows and errors, then one transaction.

Columns: deliverable (its number or published link), captured_on, and metric columns by header in English or
Chinese (播放量, 曝光, 点赞, 评论, 转发, 收藏, 涨粉, 进店, 转化, 销售额).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.exchange.imports.metrics import ImportPlan, RowProblem, plan_import, write_captures
from kolcrm.exchange.imports.reading import ImportFileError, read_table
from kolcrm.ui.campaigns import formatting as fmt


class MetricsImportDialog(QDialog):
    imported = Signal(int)  # how many captures were written

    def __init__(self, campaign_id: int, path: str | Path, today: date | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.campaign_id = campaign_id
        self.today = today or clock.today()
        self.plan = ImportPlan([], [], [])
        self.setWindowTitle(self.tr("Import metrics — {0}").format(Path(path).name))
        self.resize(820, 560)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.good_rows = _table((self.tr("Line"), self.tr("Deliverable"), self.tr("Captured"), self.tr("Views"),
                                 self.tr("Engagements"), self.tr("Sales")))  # fmt: skip
        self.problem_rows = _table((self.tr("Line"), self.tr("Column"), self.tr("Reason")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Rows to import")))
        layout.addWidget(self.good_rows, 2)
        layout.addWidget(QLabel(self.tr("Rows with errors (not imported)")))
        layout.addWidget(self.problem_rows, 1)
        layout.addWidget(self.buttons)
        self.dry_run(path)

    def dry_run(self, path: str | Path) -> None:
        try:
            self.plan = plan_import(read_table(path), self.campaign_id, self.today)
        except ImportFileError as exc:
            self.plan = ImportPlan([], [RowProblem(0, "", str(exc))], [])
        self.good_rows.setRowCount(len(self.plan.good))
        for row, (line, c) in enumerate(self.plan.good):
            engagements = sum(getattr(c, n) or 0 for n in ("likes", "comments", "shares", "saves"))
            values = (str(line), str(c.deliverable_id), c.captured_on.isoformat(), fmt.number(c.views),
                      fmt.number(engagements), fmt.money(c.sales))  # fmt: skip
            for column, value in enumerate(values):
                self.good_rows.setItem(row, column, QTableWidgetItem(value))
        self.problem_rows.setRowCount(len(self.plan.problems))
        for row, problem in enumerate(self.plan.problems):
            for column, value in enumerate((str(problem.line or ""), problem.column, problem.reason)):
                self.problem_rows.setItem(row, column, QTableWidgetItem(value))
        lines = {p.line for p in self.plan.problems}
        text = self.tr("{0}, {1}.").format(
            self.tr("%n rows OK", "", len(self.plan.good)), self.tr("%n rows with errors", "", len(lines))
        )
        if self.plan.unknown_columns:
            text += " " + self.tr("Ignored columns: {0}").format(", ".join(self.plan.unknown_columns))
        self.summary.setText(text)
        self.import_button.setEnabled(bool(self.plan.good))

    def write(self) -> int:
        try:
            count = write_captures([capture for _line, capture in self.plan.good], self.today)
        except (ValidationError, NotFoundError) as exc:
            message = exc.message if isinstance(exc, ValidationError) else str(exc)
            self.summary.setText(self.tr("Nothing was imported: {0}").format(message))
            return 0
        self.imported.emit(count)
        self.accept()
        return count


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
