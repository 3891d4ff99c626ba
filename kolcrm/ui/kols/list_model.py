"""The KOL list as a lazy Qt model: pages of rows fetched on demand; filtering and sorting done in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kolcrm.core import kol_list
from kolcrm.core.kol_list import KolFilter, KolRow
from kolcrm.core.numbers import format_count
from kolcrm.core.vocabulary import Status, Tier

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort_key: str | None  # kol_list.SORT_COLUMNS key, or None when the column does not sort


COLUMNS = (
    Column("name", "Name", "name"),
    Column("tier", "Tier", "tier"),
    Column("platform", "Main platform", "platform"),
    Column("followers", "Followers", "followers"),
    Column("engagement", "Engagement", "engagement"),
    Column("last_contact", "Last contact", "last_contact"),
    Column("status", "Status", None),
    Column("city", "City", None),
    Column("payments", "Payments", None),
)
KOL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMERIC = {"followers", "engagement"}


class KolListModel(QAbstractTableModel):
    total_changed = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[KolRow] = []
        self._filter = KolFilter()
        self._sort = "followers"
        self._descending = True
        self._exhausted = True
        self._broad = False  # the query plan for the current search, see kol_list.is_broad
        self.total = 0

    # -- what the view asks -------------------------------------------------------------------------------
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
            return _display(row, key)
        if role == KOL_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and row.real_name:
            return row.real_name
        if role == Qt.ItemDataRole.ToolTipRole and key == "followers":
            return f"{row.followers:,}"
        if key == "payments" and row.overdue_payment:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("A payment to this KOL is past due and unpaid")
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1] if self._rows else None
        page = kol_list.fetch_page(self._filter, self._sort, self._descending, after=after, broad=self._broad)
        self._exhausted = len(page) < kol_list.PAGE_SIZE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = COLUMNS[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if sort_key is None or (sort_key, descending) == (self._sort, self._descending):
            return  # the view re-announces the current order when sorting is switched on: nothing to fetch
        self._sort = sort_key
        self._descending = descending
        self.reload()

    # -- what the area asks ------------------------------------------------------------------------------
    @property
    def kol_filter(self) -> KolFilter:
        return self._filter

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        column = next(i for i, c in enumerate(COLUMNS) if c.sort_key == self._sort)
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return column, order

    def set_filter(self, kol_filter: KolFilter) -> None:
        if kol_filter != self._filter:
            self._filter = kol_filter
            self.reload()

    def reload(self) -> None:
        """Back to the first page under the current filter and sort (a count, then one page query)."""
        total = kol_list.count(self._filter)
        self._broad = kol_list.is_broad(self._filter, total)
        self.beginResetModel()
        self._rows = kol_list.fetch_page(self._filter, self._sort, self._descending, broad=self._broad) if total else []
        self._exhausted = len(self._rows) < kol_list.PAGE_SIZE
        self.endResetModel()
        self.total = total
        self.total_changed.emit(total)

    def refresh_row(self, kol_id: int) -> None:
        """Show an edit in place without losing the user's scroll position."""
        row_number = self.row_of(kol_id)
        if row_number is None:
            return
        fresh = kol_list.fetch_row(kol_id)
        if fresh is None or fresh.id is None:
            return
        self._rows[row_number] = fresh
        self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, len(COLUMNS) - 1))

    def kol_id_at(self, row_number: int) -> int | None:
        return self._rows[row_number].id if 0 <= row_number < len(self._rows) else None

    def row_of(self, kol_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == kol_id), None)


def _display(row: KolRow, key: str) -> str:
    if key == "name":
        return row.display_name
    if key == "tier":
        return Tier(row.tier).label
    if key == "platform":
        return row.main_platform or "—"
    if key == "followers":
        return format_count(row.followers) if row.main_platform else "—"
    if key == "engagement":
        return f"{row.engagement_rate:.2f} %" if row.main_platform else "—"
    if key == "last_contact":
        return row.last_contact or "—"
    if key == "status":
        return Status(row.status).label
    if key == "payments":
        return "⚠ overdue" if row.overdue_payment else ""
    return row.city
