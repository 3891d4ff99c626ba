"""Collaborations as a table: one row per deal from deal_list.list_deals, flags in words and colour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kolcrm.core.collaborations.list_query import DealRow
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.numbers import format_money

Index = QModelIndex | QPersistentModelIndex
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KOL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
WARNING_COLOUR = "#b00020"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort_value: Callable[[DealRow], Any]


def _fee(row: DealRow) -> Decimal:
    return row.agreed_fee if row.agreed_fee is not None else Decimal(-1)


COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("DealTableModel", "Title"), lambda r: r.title),
    Column("kol", QT_TRANSLATE_NOOP("DealTableModel", "KOL"), lambda r: r.kol_name),
    Column("brand", QT_TRANSLATE_NOOP("DealTableModel", "Brand"), lambda r: r.brand_name),
    Column("stage", QT_TRANSLATE_NOOP("DealTableModel", "Stage"), lambda r: r.stage.rank if r.stage.rank >= 0 else 99),
    Column("start", QT_TRANSLATE_NOOP("DealTableModel", "Start"), lambda r: r.start_on),
    Column("end", QT_TRANSLATE_NOOP("DealTableModel", "End"), lambda r: r.end_on),
    Column("agreed", QT_TRANSLATE_NOOP("DealTableModel", "Agreed fee"), _fee),
    Column("paid", QT_TRANSLATE_NOOP("DealTableModel", "Paid"), lambda r: r.paid),
    Column("flags", QT_TRANSLATE_NOOP("DealTableModel", "Flags"), lambda r: (r.overdue, r.unlabelled, r.is_first)),
)
_NUMERIC = {"agreed", "paid"}


class DealFlags(QObject):
    """The warnings a deal carries, in words (a QObject for tr(), which marks the plural for the catalogue)."""

    def texts(self, row: DealRow) -> list[str]:
        flags = []
        if row.overdue:
            flags.append(self.tr("⚠ Payment overdue"))
        if row.unlabelled:
            flags.append(self.tr("⚠ %n posts without ad label", "", row.unlabelled))
        if row.is_first:
            flags.append(self.tr("★ First deal"))
        return flags


_flags: list[DealFlags] = []  # one, made on first use (a QObject wants the application to exist)


def flag_texts(row: DealRow) -> list[str]:
    """The warnings a deal carries, in the user's language (shared by the table and the board's cards)."""
    if not _flags:
        _flags.append(DealFlags())
    return _flags[0].texts(row)


class DealTableModel(QAbstractTableModel):
    """Deal lists are hundreds of rows, not 100k: held whole, sorted in Python, filtered in SQL by the area."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DealRow] = []
        self._sort_column = -1
        self._descending = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == DEAL_ID_ROLE:
            return row.id
        if role == KOL_ID_ROLE:
            return row.kol_id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "flags" and (row.overdue or row.unlabelled):
            return QBrush(QColor(WARNING_COLOUR))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    # -- what the area asks ------------------------------------------------------------------------------
    def set_rows(self, rows: list[DealRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    def deal_at(self, row_number: int) -> DealRow | None:
        return self._rows[row_number] if 0 <= row_number < len(self._rows) else None

    def row_of(self, collaboration_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == collaboration_id), None)

    def _apply_sort(self) -> None:
        if self._sort_column >= 0:
            self._rows.sort(key=COLUMNS[self._sort_column].sort_value, reverse=self._descending)

    def _display(self, row: DealRow, key: str) -> str:
        if key == "title":
            return row.title
        if key == "kol":
            return row.kol_name
        if key == "brand":
            return row.brand_name
        if key == "stage":
            return row.stage.label
        if key == "start":
            return row.start_on or "—"
        if key == "end":
            return row.end_on or "—"
        if key == "agreed":
            return format_money(row.agreed_fee, row.currency) if row.agreed_fee is not None else "—"
        if key == "paid":
            return format_money(row.paid, row.currency) if row.paid else "—"
        return "  ".join(flag_texts(row))
