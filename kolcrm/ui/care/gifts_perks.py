"""Gifts & perks across all KOLs: what the brand gave, what KOLs gave back, and the totals side by side."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.care import gifts, perks
from kolcrm.core.care.records import GiftRecord, PerkRecord
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.money import format_totals
from kolcrm.core.numbers import format_money
from kolcrm.core.vocabulary import Occasion

KOL_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 26
GIFT_COLUMNS = (
    QT_TRANSLATE_NOOP("GiftsPerksArea", "Date"),
    QT_TRANSLATE_NOOP("GiftsPerksArea", "KOL"),
    QT_TRANSLATE_NOOP("GiftsPerksArea", "Kind"),
    QT_TRANSLATE_NOOP("GiftsPerksArea", "Occasion"),
    QT_TRANSLATE_NOOP("GiftsPerksArea", "Description"),
    QT_TRANSLATE_NOOP("GiftsPerksArea", "Cost"),
)
PERK_COLUMNS = (
    QT_TRANSLATE_NOOP("GiftsPerksArea", "Date"),
    QT_TRANSLATE_NOOP("GiftsPerksArea", "KOL"),
    QT_TRANSLATE_NOOP("GiftsPerksArea", "Kind"),
    QT_TRANSLATE_NOOP("GiftsPerksArea", "Value"),
    QT_TRANSLATE_NOOP("GiftsPerksArea", "Note"),
)


class GiftsPerksArea(QWidget):
    open_kol_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gift_rows: list[GiftRecord] = []
        self.perk_rows: list[PerkRecord] = []
        self.occasion = QComboBox()
        self.occasion.setObjectName("occasionFilter")
        self.occasion.addItem(self.tr("All occasions"), None)
        for occasion in Occasion:
            self.occasion.addItem(occasion.label, str(occasion))
        self.occasion.setToolTip(self.tr("Occasions apply to gifts; perks are not tied to one"))
        self.year = QComboBox()
        self.year.setObjectName("yearFilter")
        self.year.addItem(self.tr("All years"), None)
        self.gifts_total = QLabel()
        self.gifts_total.setObjectName("giftsTotal")
        self.perks_total = QLabel()
        self.perks_total.setObjectName("perksTotal")
        for label in (self.gifts_total, self.perks_total):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.gift_table = self._table("giftTable", GIFT_COLUMNS, (140, 130, 150, 190, 300, 110))
        self.gift_table.horizontalHeader().setStretchLastSection(False)
        self.gift_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.perk_table = self._table("perkTable", PERK_COLUMNS, (140, 130, 150, 110))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Occasion")))
        filters.addWidget(self.occasion)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Year")))
        filters.addWidget(self.year)
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("Spent on gifts:")))
        filters.addWidget(self.gifts_total)
        filters.addSpacing(16)
        filters.addWidget(QLabel(self.tr("Value of perks received:")))
        filters.addWidget(self.perks_total)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._boxed(self.tr("Gifts and thank-yous sent"), self.gift_table))
        splitter.addWidget(self._boxed(self.tr("Perks received (reciprocity ledger)"), self.perk_table))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.occasion.currentIndexChanged.connect(lambda _i: self.load())
        self.year.currentIndexChanged.connect(lambda _i: self.load())
        for table in (self.gift_table, self.perk_table):
            table.itemDoubleClicked.connect(self._double_clicked)

    def load(self) -> None:
        """Re-read both lists under the filters; the year choices follow the data."""
        self._fill_years()
        year = self.year.currentData()
        occasion = self.occasion.currentData()
        self.gift_rows = gifts.all_gifts(year=year, occasion=Occasion(occasion) if occasion else None)
        self.perk_rows = perks.ledger(year=year)
        self._fill(self.gift_table, [self._gift_cells(g) for g in self.gift_rows], [g.kol_id for g in self.gift_rows])
        self._fill(self.perk_table, [self._perk_cells(p) for p in self.perk_rows], [p.kol_id for p in self.perk_rows])
        totals = perks.totals([(g.cost, g.currency) for g in self.gift_rows], self.perk_rows)
        self.gifts_total.setText(format_totals(totals.spent_on_gifts))
        self.perks_total.setText(format_totals(totals.perks_value))

    def set_filters(self, year: int | None = None, occasion: Occasion | None = None) -> None:
        self._fill_years()
        self.year.setCurrentIndex(max(self.year.findData(year), 0))
        self.occasion.setCurrentIndex(max(self.occasion.findData(str(occasion) if occasion else None), 0))
        self.load()

    # -- internals -----------------------------------------------------------------------------------------
    def _fill_years(self) -> None:
        years = {
            g.sent_on.year if g.sent_on else g.planned_on.year for g in gifts.all_gifts() if g.sent_on or g.planned_on
        }
        years |= {p.received_on.year for p in perks.ledger()}
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in sorted(years, reverse=True):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    def _gift_cells(self, gift: GiftRecord) -> list[str]:
        when = gift.sent_on.isoformat() if gift.sent_on else ""
        if not when and gift.planned_on:
            when = self.tr("planned {0}").format(gift.planned_on.isoformat())
        cost = format_money(gift.cost, gift.currency) if gift.cost is not None else ""
        return [when, gift.kol_name, gift.kind.label, gift.occasion.label, gift.description, cost]

    def _perk_cells(self, perk: PerkRecord) -> list[str]:
        value = format_money(perk.estimated_value, perk.currency) if perk.estimated_value is not None else ""
        return [perk.received_on.isoformat(), perk.kol_name, perk.kind.label, value, perk.note]

    def _fill(self, table: QTableWidget, rows: Sequence[list[str]], kol_ids: list[int]) -> None:
        money_column = 5 if table is self.gift_table else 3
        table.setRowCount(len(rows))
        for row, (cells, kol_id) in enumerate(zip(rows, kol_ids, strict=True)):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KOL_ROLE, kol_id)
                item.setToolTip(text)
                if column == money_column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def _table(self, name: str, columns: tuple[str, ...], widths: tuple[int, ...]) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr(c) for c in columns])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        return table

    def _boxed(self, title: str, table: QTableWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(table)
        return box

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        kol_id = item.data(KOL_ROLE)
        if kol_id is not None:
            self.open_kol_requested.emit(int(kol_id))
