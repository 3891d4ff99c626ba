"""Import a campaign's results from a CSV or XLSX: a dry run lists good rows and errors, then one transaction.

Columns: deliverable (its number or published link), captured_on, and metric columns by header in English or
Chinese (播放量, 曝光, 点赞, 评论, 转发, 收藏, 涨粉, 进店, 转化, 销售额).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
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

from kolcrm.core import campaigns, collaborations, metrics
from kolcrm.core.campaign_records import MetricCapture
from kolcrm.core.db import database
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.numbers import parse_money, parse_quantity
from kolcrm.core.vocabulary import METRIC_FIELDS, ApprovalState
from kolcrm.exchange.reading import ImportFileError, SourceTable, read_table
from kolcrm.ui.campaigns import formatting as fmt

HEADERS: dict[str, tuple[str, ...]] = {
    "deliverable": ("deliverable", "deliverable_id", "id", "url", "link", "链接", "作品链接"),
    "captured_on": ("captured_on", "captured", "date", "日期", "统计日期"),
    "views": ("views", "impressions", "播放量", "浏览量", "阅读量"),
    "reach": ("reach", "曝光", "曝光量"),
    "likes": ("likes", "点赞", "点赞数"),
    "comments": ("comments", "评论", "评论数"),
    "shares": ("shares", "reposts", "转发", "分享"),
    "saves": ("saves", "收藏"),
    "new_followers": ("new_followers", "followers", "涨粉"),
    "link_clicks": ("link_clicks", "clicks", "点击"),
    "store_visits": ("store_visits", "进店"),
    "conversions": ("conversions", "转化", "订单"),
    "sales": ("sales", "销售额", "gmv"),
    "note": ("note", "备注"),
}


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str
    reason: str


@dataclass(frozen=True)
class ImportPlan:
    good: list[tuple[int, MetricCapture]]  # (line, capture)
    problems: list[RowProblem]
    unknown_columns: list[str]


def column_map(headers: list[str]) -> tuple[dict[str, int], list[str]]:
    """Field → column index, and the headers nothing matched (ignored, but named in the dry run)."""
    aliases = {alias.casefold(): key for key, names in HEADERS.items() for alias in names}
    found: dict[str, int] = {}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        key = aliases.get(header.strip().casefold().replace(" ", "_"))
        if key is None or key in found:
            unknown.append(header)
        else:
            found[key] = index
    return found, unknown


def plan_import(table: SourceTable, campaign_id: int, today: date | None = None) -> ImportPlan:
    """The dry run: which rows would be written, and what is wrong with the others (nothing is written)."""
    today = today or date.today()
    columns, unknown = column_map(table.headers)
    missing = [key for key in ("deliverable", "captured_on") if key not in columns]
    if missing:
        return ImportPlan([], [RowProblem(1, key, "this column is needed") for key in missing], unknown)
    published: dict[str, int] = {}
    not_published: set[str] = set()
    for deal_id in campaigns.campaign_deal_ids(campaign_id):
        for d in collaborations.get_collaboration(deal_id).deliverables:
            keys = {str(d.id), d.published_url.strip()} - {""}
            for key in keys:
                if d.state is ApprovalState.PUBLISHED:
                    published[key] = d.id or 0
                else:
                    not_published.add(key)
    good: list[tuple[int, MetricCapture]] = []
    problems: list[RowProblem] = []
    for line, cells in table.rows:
        cell = _cells(cells, columns)
        row_problems: list[RowProblem] = []
        reference = cell("deliverable")
        deliverable_id = published.get(reference)
        if deliverable_id is None:
            reason = ("the post is not published yet" if reference in not_published
                      else "no published post of this campaign has this number or link")  # fmt: skip
            row_problems.append(RowProblem(line, table.headers[columns["deliverable"]], reason))
        captured_on = _date(cell("captured_on"))
        if captured_on is None:
            row_problems.append(RowProblem(line, table.headers[columns["captured_on"]], "not a date (YYYY-MM-DD)"))
        elif captured_on > today:
            row_problems.append(RowProblem(line, table.headers[columns["captured_on"]], "a date in the future"))
        values: dict[str, object] = {}
        for key in METRIC_FIELDS:
            try:
                number = parse_quantity(cell(key))
            except ValueError:
                row_problems.append(RowProblem(line, table.headers[columns[key]], "not a number"))
                continue
            if number is not None and (number < 0 or number != number.to_integral_value()):
                row_problems.append(RowProblem(line, table.headers[columns[key]], "not a whole number of 0 or more"))
                continue
            values[key] = int(number) if number is not None else None
        try:
            sales = parse_money(cell("sales"))
        except ValueError:
            row_problems.append(RowProblem(line, table.headers[columns["sales"]], "not an amount of money"))
            sales = None
        if sales is not None and sales[0] < 0:
            row_problems.append(RowProblem(line, table.headers[columns["sales"]], "a negative amount"))
        if row_problems:
            problems += row_problems
            continue
        capture = MetricCapture(deliverable_id or 0, captured_on or today, sales=sales[0] if sales else None,
                                note=cell("note"), **values)  # type: ignore[arg-type]  # fmt: skip
        good.append((line, capture))
    return ImportPlan(good, problems, unknown)


def write_captures(captures: list[MetricCapture], today: date | None = None) -> int:
    """All good rows in one transaction: a refusal on any row writes none of them."""
    with database.atomic():
        for capture in captures:
            metrics.add_capture(capture, today)
    return len(captures)


def _cells(cells: list[str], columns: dict[str, int]):  # type: ignore[no-untyped-def]
    def cell(key: str) -> str:
        index = columns.get(key)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    return cell


def _date(text: str) -> date | None:
    for parse in (date.fromisoformat, lambda t: datetime.strptime(t, "%Y/%m/%d").date()):
        try:
            return parse(text.split(" ")[0])
        except ValueError:
            continue
    return None


class MetricsImportDialog(QDialog):
    imported = Signal(int)  # how many captures were written

    def __init__(self, campaign_id: int, path: str | Path, today: date | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.campaign_id = campaign_id
        self.today = today or date.today()
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
            for column, value in enumerate((str(problem.line or ""), problem.column, self.tr(problem.reason))):
                self.problem_rows.setItem(row, column, QTableWidgetItem(value))
        lines = {p.line for p in self.plan.problems}
        text = self.tr("{0} row(s) OK, {1} row(s) with errors.").format(len(self.plan.good), len(lines))
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
