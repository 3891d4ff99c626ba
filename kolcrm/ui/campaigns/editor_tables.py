"""The campaign editor's sub-tables: KPIs, the brand's own posts, and the readiness checklist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.campaigns.kpis import METRICS
from kolcrm.core.campaigns.records import BrandPostRecord, KpiRecord, ReadinessItem
from kolcrm.core.errors import FieldProblem
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.numbers import parse_quantity
from kolcrm.core.vocabulary import Platform, platform_label
from kolcrm.ui.campaigns.formatting import number
from kolcrm.ui.widgets.optional_date import OptionalDate


class _RowsTable(QWidget):
    """A table with Add / Remove buttons; subclasses fill rows and read them back.

    `headers` and `add_text` are marked with QT_TRANSLATE_NOOP in the subclass's own context (its class name)."""

    changed = Signal()
    headers: tuple[str, ...] = ()
    add_text = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.headers))
        context = type(self).__name__
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate(context, h) for h in self.headers])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(QCoreApplication.translate(context, self.add_text))
        self.remove_button = QPushButton(QCoreApplication.translate("CampaignEditor", "Remove"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._removed(row)
            self.changed.emit()

    def _removed(self, row: int) -> None:
        pass

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def set_text(self, row: int, column: int, text: str) -> None:
        self.table.setItem(row, column, QTableWidgetItem(text))


class KpiTable(_RowsTable):
    headers = (
        QT_TRANSLATE_NOOP("KpiTable", "Metric"),
        QT_TRANSLATE_NOOP("KpiTable", "Target"),
        QT_TRANSLATE_NOOP("KpiTable", "Unit"),
        QT_TRANSLATE_NOOP("KpiTable", "Note"),
    )
    add_text = QT_TRANSLATE_NOOP("KpiTable", "Add KPI")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept: list[KpiRecord] = []  # what the table does not show (the manual actual, the id)
        self.table.setColumnWidth(0, 330)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 120)

    def set_kpis(self, kpis: list[KpiRecord]) -> None:
        self.table.setRowCount(0)
        self._kept = []
        for kpi in kpis:
            self.add_row(kpi)
        self.changed.emit()

    def add_row(self, kpi: KpiRecord | None = None) -> int:
        kpi = kpi or KpiRecord(metric=next(iter(METRICS)))
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        for key, (label, source) in METRICS.items():
            combo.addItem(label, key)
            combo.setItemData(combo.count() - 1, self.tr("entered by hand") if source == "manual" else
                              self.tr("counted from the captures"), Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        combo.setCurrentIndex(max(combo.findData(kpi.metric), 0))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 0, combo)
        self.set_text(row, 1, number(kpi.target).replace(",", "") if kpi.target is not None else "")
        self.set_text(row, 2, kpi.unit)
        self.set_text(row, 3, kpi.note)
        self._kept.append(kpi)
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def _removed(self, row: int) -> None:
        del self._kept[row]

    def metric(self, row: int) -> str:
        combo = self.table.cellWidget(row, 0)
        assert isinstance(combo, QComboBox)
        return str(combo.currentData())

    def kpis(self) -> tuple[list[KpiRecord], list[FieldProblem]]:
        records, problems = [], []
        for row in range(self.table.rowCount()):
            try:
                target = parse_quantity(self.text(row, 1))
            except ValueError:
                message = self.tr("KPI {0} target: “{1}” is not a number").format(row + 1, self.text(row, 1))
                problems.append(FieldProblem(f"kpis[{row}].target", message))
                target = None
            kept = self._kept[row]
            records.append(KpiRecord(self.metric(row), target, self.text(row, 2), kept.manual_actual,
                                     self.text(row, 3), kept.id))  # fmt: skip
        return records, problems


class BrandPostsTable(_RowsTable):
    headers = (
        QT_TRANSLATE_NOOP("BrandPostsTable", "Channel"),
        QT_TRANSLATE_NOOP("BrandPostsTable", "Planned"),
        QT_TRANSLATE_NOOP("BrandPostsTable", "Description"),
        QT_TRANSLATE_NOOP("BrandPostsTable", "Posted"),
    )
    add_text = QT_TRANSLATE_NOOP("BrandPostsTable", "Add brand post")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 120)
        self.table.setColumnWidth(3, 150)

    def set_posts(self, posts: list[BrandPostRecord]) -> None:
        self.table.setRowCount(0)
        for post in posts:
            self.add_row(post)

    def add_row(self, post: BrandPostRecord | None = None) -> int:
        post = post or BrandPostRecord(Platform.WEIBO, clock.today())
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        channel = QComboBox()
        for platform in Platform:
            channel.addItem(platform.label, platform.value)  # shown in the user's language, stored in English
        if channel.findData(str(post.channel)) < 0:
            channel.addItem(platform_label(str(post.channel)), str(post.channel))
        channel.setCurrentIndex(channel.findData(str(post.channel)))
        channel.currentIndexChanged.connect(lambda _i: self.changed.emit())
        planned = QDateEdit(QDate(post.planned_on.year, post.planned_on.month, post.planned_on.day))
        planned.setCalendarPopup(True)
        planned.setDisplayFormat("yyyy-MM-dd")
        planned.dateChanged.connect(lambda _d: self.changed.emit())
        posted = OptionalDate()
        posted.set_value(post.posted_on)
        posted.changed.connect(self.changed.emit)
        self.table.setCellWidget(row, 0, channel)
        self.table.setCellWidget(row, 1, planned)
        self.set_text(row, 2, post.description)
        self.table.setCellWidget(row, 3, posted)
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def posts(self) -> tuple[list[BrandPostRecord], list[FieldProblem]]:
        records = []
        for row in range(self.table.rowCount()):
            channel, planned, posted = (self.table.cellWidget(row, c) for c in (0, 1, 3))
            assert (
                isinstance(channel, QComboBox) and isinstance(planned, QDateEdit) and isinstance(posted, OptionalDate)
            )
            records.append(BrandPostRecord(str(channel.currentData()), planned.date().toPython(), self.text(row, 2),
                                           posted.value()))  # fmt: skip
        return records, []


class ReadinessTable(_RowsTable):
    headers = (
        QT_TRANSLATE_NOOP("ReadinessTable", "Item"),
        QT_TRANSLATE_NOOP("ReadinessTable", "Owner"),
        QT_TRANSLATE_NOOP("ReadinessTable", "Done"),
    )
    add_text = QT_TRANSLATE_NOOP("ReadinessTable", "Add item")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table.setColumnWidth(0, 420)
        self.table.setColumnWidth(1, 200)

    def set_items(self, items: list[ReadinessItem]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item)

    def add_row(self, item: ReadinessItem | None = None) -> int:
        item = item or ReadinessItem("")
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.set_text(row, 0, item.item)
        self.set_text(row, 1, item.owner)
        done = QTableWidgetItem()
        done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        done.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
        self.table.setItem(row, 2, done)
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def items(self) -> list[ReadinessItem]:
        items = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 2)
            done = cell is not None and cell.checkState() == Qt.CheckState.Checked
            items.append(ReadinessItem(self.text(row, 0), self.text(row, 1), done))
        return items
