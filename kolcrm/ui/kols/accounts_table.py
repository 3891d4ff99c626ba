"""The editable sub-table of a KOL's platform accounts inside the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.form import ACCOUNT_COLUMNS
from kolcrm.core.vocabulary import Platform

HEADERS = {
    "platform": QT_TRANSLATE_NOOP("AccountsTable", "Platform"),
    "handle": QT_TRANSLATE_NOOP("AccountsTable", "Handle"),
    "url": QT_TRANSLATE_NOOP("AccountsTable", "URL"),
    "followers": QT_TRANSLATE_NOOP("AccountsTable", "Followers"),
    "engagement_rate": QT_TRANSLATE_NOOP("AccountsTable", "Engagement %"),
    "audience_female_pct": QT_TRANSLATE_NOOP("AccountsTable", "Female %"),
    "audience_age_bands": QT_TRANSLATE_NOOP("AccountsTable", "Age bands"),
    "audience_cities": QT_TRANSLATE_NOOP("AccountsTable", "Top cities / tiers"),
    "rate_card": QT_TRANSLATE_NOOP("AccountsTable", "Rate card (format: fee; …)"),
    "figures_checked_on": QT_TRANSLATE_NOOP("AccountsTable", "Checked on"),
}
PLACEHOLDERS = {
    "followers": "1.2万",
    "engagement_rate": "3.5",
    "audience_age_bands": "18-24: 40%, 25-34: 35%",
    "rate_card": QT_TRANSLATE_NOOP("AccountsTable", "Video 21–60 s: ¥30,000"),
    "figures_checked_on": "YYYY-MM-DD",
}
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ERROR_BRUSH = QBrush(QColor("#fde2e2"))


class AccountsTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(ACCOUNT_COLUMNS), parent)
        self.setObjectName("accountsTable")
        self.setHorizontalHeaderLabels([self.tr(HEADERS[c]) for c in ACCOUNT_COLUMNS])
        for column, key in enumerate(ACCOUNT_COLUMNS):
            if key in PLACEHOLDERS:
                self.horizontalHeaderItem(column).setToolTip(self.tr("e.g. {0}").format(self.tr(PLACEHOLDERS[key])))
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        widths = {"platform": 110, "handle": 130, "url": 120, "rate_card": 220, "audience_age_bands": 150}
        for column, key in enumerate(ACCOUNT_COLUMNS):
            self.setColumnWidth(column, widths.get(key, 90))
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def add_account(self, values: dict[str, str] | None = None, account_id: int | None = None) -> int:
        values = values or {"platform": Platform.DOUYIN.value}
        row = self.rowCount()
        self.blockSignals(True)
        self.insertRow(row)
        combo = QComboBox()
        for platform in Platform:
            combo.addItem(platform.label, platform.value)  # shown in the user's language, stored as the enum
        combo.setCurrentIndex(max(combo.findData(values.get("platform", Platform.DOUYIN.value)), 0))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.setCellWidget(row, 0, combo)
        for column, key in enumerate(ACCOUNT_COLUMNS[1:], start=1):
            item = QTableWidgetItem(values.get(key, ""))
            if column == 1:
                item.setData(ACCOUNT_ID_ROLE, account_id)
            self.setItem(row, column, item)
        self.blockSignals(False)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectedIndexes()}, reverse=True)
        if not rows and self.currentRow() >= 0:
            rows = [self.currentRow()]
        for row in rows:
            self.removeRow(row)
        self.changed.emit()

    def rows(self) -> list[dict[str, str]]:
        result = []
        for row in range(self.rowCount()):
            values = {"platform": self.cellWidget(row, 0).currentData()}
            for column, key in enumerate(ACCOUNT_COLUMNS[1:], start=1):
                item = self.item(row, column)
                values[key] = item.text() if item else ""
            result.append(values)
        return result

    def account_ids(self) -> list[int | None]:
        return [self.item(row, 1).data(ACCOUNT_ID_ROLE) for row in range(self.rowCount())]

    def set_cell_text(self, row: int, key: str, text: str) -> None:
        self.item(row, ACCOUNT_COLUMNS.index(key)).setText(text)

    def mark_problems(self, problems: dict[tuple[int, str], str]) -> None:
        """Tint the cells that are wrong and put the reason in their tooltip."""
        self.blockSignals(True)
        for row in range(self.rowCount()):
            for column, key in enumerate(ACCOUNT_COLUMNS[1:], start=1):
                item = self.item(row, column)
                message = problems.get((row, key))
                item.setBackground(_ERROR_BRUSH if message else QBrush())
                item.setToolTip(message or "")
        self.blockSignals(False)
