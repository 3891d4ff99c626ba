"""The KOL list as a lazy Qt model: pages of rows fetched on demand; filtering and sorting done in SQL."""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import ModuleType
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols import custom_fields
from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols.custom_values import CustomFieldDef
from kolcrm.core.kols.list_query import KolFilter, KolRow
from kolcrm.core.numbers import format_count
from kolcrm.core.vocabulary import Status, Tier, platform_label

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort_key: str | None  # kol_list.SORT_COLUMNS key, or None when the column does not sort


def _fit_scores() -> ModuleType:
    """kolcrm.core.brands.fit_scores, imported on first use: start-up paints the list without it."""
    import kolcrm.core.brands.fit_scores

    return kolcrm.core.brands.fit_scores


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("KolListModel", "Name"), "name"),
    Column("tier", QT_TRANSLATE_NOOP("KolListModel", "Tier"), "tier"),
    Column("platform", QT_TRANSLATE_NOOP("KolListModel", "Main platform"), "platform"),
    Column("followers", QT_TRANSLATE_NOOP("KolListModel", "Followers"), "followers"),
    Column("engagement", QT_TRANSLATE_NOOP("KolListModel", "Engagement"), "engagement"),
    Column("last_contact", QT_TRANSLATE_NOOP("KolListModel", "Last contact"), "last_contact"),
    Column("status", QT_TRANSLATE_NOOP("KolListModel", "Status"), None),
    Column("city", QT_TRANSLATE_NOOP("KolListModel", "City"), None),
    Column("payments", QT_TRANSLATE_NOOP("KolListModel", "Payments"), None),
    # For the brand chosen in the filter bar; sorts through fit_scores.
    Column("fit", QT_TRANSLATE_NOOP("KolListModel", "Fit"), "fit"),
)
FIT_SORT = "fit"
KOL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMERIC = {"followers", "engagement", "fit"}


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
        self.total_known = True  # False while reload(count=False)'s count is still to come
        self._fit_brand: int | None = None
        self._fit_ready = False  # the brand's fit cache is built: scores can show and sort
        self._fit: dict[int, int] = {}  # kol id → score, for the loaded rows
        self._fit_tips: dict[int, str] = {}
        self._custom: tuple[CustomFieldDef, ...] = ()  # custom fields shown as columns, after the built-in ones
        self._values: dict[int, dict[int, str]] = {}  # kol id → their values, for the loaded rows and those columns

    # -- what the view asks -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + len(self._custom)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section >= len(COLUMNS):
                return self._custom[section - len(COLUMNS)].name  # the user's own name: never translated
            return self.tr(COLUMNS[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() >= len(COLUMNS):
            return self._custom_data(row.id, self._custom[index.column() - len(COLUMNS)], role)
        key = COLUMNS[index.column()].key
        if key == "fit":
            return self._fit_data(row.id, role)
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
        if key == "payments" and (row.overdue_payment or row.ghosting):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.ToolTipRole:
                tips = [self.tr("A payment to this KOL is past due and unpaid")] if row.overdue_payment else []
                if row.ghosting:
                    tips.append(self.tr("Received a sample, product or gift and posted nothing within the window"))
                return "\n".join(tips)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1] if self._rows else None
        page = self._fetch(after)
        self._exhausted = len(page) < kol_list.PAGE_SIZE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = self._sort_key(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if not self.can_sort(column) or (sort_key, descending) == (self._sort, self._descending):
            return  # the view re-announces the current order when sorting is switched on: nothing to fetch
        self._sort = sort_key
        self._descending = descending
        self.reload()

    # -- what the area asks ------------------------------------------------------------------------------
    @property
    def kol_filter(self) -> KolFilter:
        return self._filter

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        column = next(i for i in range(self.columnCount()) if self._sort_key(i) == self._sort)
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return column, order

    def can_sort(self, column: int) -> bool:
        """Fit sorts only once a brand is chosen and its scores are ready."""
        sort_key = self._sort_key(column)
        return sort_key is not None and (sort_key != FIT_SORT or (self._fit_brand is not None and self._fit_ready))

    @property
    def fit_brand(self) -> int | None:
        return self._fit_brand

    def set_fit_brand(self, brand_id: int | None, ready: bool = True) -> None:
        """Score against another brand (None: no fit); until `ready` the column shows "…" and does not sort."""
        self._fit_brand, self._fit_ready = brand_id, ready and brand_id is not None
        self._fit_tips.clear()
        if self._sort == FIT_SORT and not self._fit_ready:
            self._sort, self._descending = "followers", True  # no scores to order by: back to the default
            self.reload()
            return
        if self._sort == FIT_SORT:
            self.reload()
            return
        self._fit = self._page_scores(self._rows)
        if self._rows:
            column = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    @property
    def custom_columns(self) -> tuple[CustomFieldDef, ...]:
        return self._custom

    def set_custom_columns(self, fields: list[CustomFieldDef] | tuple[CustomFieldDef, ...]) -> None:
        """Show these custom fields as columns after the built-in ones (renamed fields keep their column)."""
        fields = tuple(fields)
        first = len(COLUMNS)
        if [f.id for f in fields] == [f.id for f in self._custom]:
            if fields != self._custom:
                self._custom = fields
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, first, self.columnCount() - 1)
                if self._rows:
                    self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, self.columnCount() - 1))
            return
        if self._custom:
            self.beginRemoveColumns(QModelIndex(), first, first + len(self._custom) - 1)
            self._custom = ()
            self.endRemoveColumns()
        if fields:
            self.beginInsertColumns(QModelIndex(), first, first + len(fields) - 1)
            self._custom = fields
            self._values = self._page_values(self._rows)
            self.endInsertColumns()
        sorted_by = kol_list.custom_sort_field(self._sort)
        if sorted_by is not None and sorted_by not in {f.id for f in fields}:
            self._sort, self._descending = "followers", True  # the column it was sorted by is gone
            self.reload()

    def set_filter(self, kol_filter: KolFilter) -> None:
        if kol_filter != self._filter:
            self._filter = kol_filter
            self.reload()

    def reload(self, count: bool = True) -> None:
        """Back to the first page under the current filter and sort (a count, then one page query).

        With `count=False` the whole, unfiltered list is not counted until count_if_unknown(): at start-up its
        first rows paint without waiting for 100,000 KOLs to be counted (a search is always counted first, for its
        query plan)."""
        total = kol_list.count(self._filter) if count or self._filter.narrowed else None
        self._broad = total is not None and kol_list.is_broad(self._filter, total)
        self.beginResetModel()
        self._fit = {}
        self._values = {}
        self._rows = self._fetch(None) if total != 0 else []
        self._exhausted = len(self._rows) < kol_list.PAGE_SIZE
        self.endResetModel()
        if total is None and self._exhausted:
            total = len(self._rows)  # the one page holds them all
        self.total_known = total is not None
        if total is not None:
            self.total = total
            self.total_changed.emit(total)

    def count_if_unknown(self) -> None:
        if not self.total_known:
            self.total = kol_list.count(self._filter)
            self.total_known = True
            self.total_changed.emit(self.total)

    def refresh_row(self, kol_id: int) -> None:
        """Show an edit in place without losing the user's scroll position."""
        row_number = self.row_of(kol_id)
        if row_number is None:
            return
        fresh = kol_list.fetch_row(kol_id)
        if fresh is None or fresh.id is None:
            return
        # The row keeps its place, and the key the next page of a list sorted by a custom field starts after.
        self._rows[row_number] = replace(fresh, sort_value=self._rows[row_number].sort_value)
        self._fit.update(self._page_scores([fresh]))
        self._fit_tips.pop(kol_id, None)
        self._values.pop(kol_id, None)
        self._values.update(self._page_values([fresh]))
        self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, self.columnCount() - 1))

    def kol_id_at(self, row_number: int) -> int | None:
        return self._rows[row_number].id if 0 <= row_number < len(self._rows) else None

    def row_of(self, kol_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == kol_id), None)

    # -- internals ---------------------------------------------------------------------------------------
    def _fetch(self, after: KolRow | None) -> list[KolRow]:
        """One page in the current order; by fit through the cache's index, otherwise as kol_list pages."""
        if self._sort == FIT_SORT and self._fit_brand is not None:
            key = (self._fit.get(after.id, -1), after.id) if after is not None else None
            scored = _fit_scores().fetch_page(self._filter, self._fit_brand, self._descending, key, broad=self._broad)
            self._fit.update((row.id, score) for row, score in scored)
            rows = [row for row, _score in scored]
            self._values.update(self._page_values(rows))
            return rows
        page = kol_list.fetch_page(self._filter, self._sort, self._descending, after=after, broad=self._broad)
        self._fit.update(self._page_scores(page))
        self._values.update(self._page_values(page))
        return page

    def _page_values(self, rows: list[KolRow]) -> dict[int, dict[int, str]]:
        if not self._custom or not rows:
            return {}
        return custom_fields.values_for_kols([row.id for row in rows], [field.id for field in self._custom])

    def _sort_key(self, column: int) -> str | None:
        if column >= len(COLUMNS):
            return kol_list.custom_sort_key(self._custom[column - len(COLUMNS)].id)
        return COLUMNS[column].sort_key

    def _custom_data(self, kol_id: int, field: CustomFieldDef, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return custom_fields.display_value(field, self._values.get(kol_id, {}).get(field.id))
        if role == KOL_ID_ROLE:
            return kol_id
        if role == Qt.ItemDataRole.TextAlignmentRole and field.kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _page_scores(self, rows: list[KolRow]) -> dict[int, int]:
        if self._fit_brand is None or not self._fit_ready:
            return {}
        return _fit_scores().scores(self._fit_brand, [row.id for row in rows])

    def _fit_data(self, kol_id: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if self._fit_brand is None:
                return "—"
            if not self._fit_ready:
                return "…"
            score = self._fit.get(kol_id)
            return str(score) if score is not None else "—"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self._fit_brand is not None:
            if kol_id not in self._fit_tips:
                self._fit_tips[kol_id] = fit_explanation(kol_id, self._fit_brand)
            return self._fit_tips[kol_id]
        return None


def fit_explanation(kol_id: int, brand_id: int) -> str:
    """The fit score part by part, one line each (for tooltips and the detail pane)."""
    from kolcrm.core.brands.fit import fit_score
    from kolcrm.core.errors import NotFoundError

    try:
        total, parts = fit_score(kol_id, brand_id)
    except NotFoundError:
        return ""
    lines = [QCoreApplication.translate("KolListModel", "Fit {total} / 100").format(total=total)]
    lines += [f"{part.name}: {part.points:g} / {part.maximum} — {part.explanation}" for part in parts]
    return "\n".join(lines)


def _display(row: KolRow, key: str) -> str:
    if key == "name":
        return row.display_name
    if key == "tier":
        return Tier(row.tier).label
    if key == "platform":
        return platform_label(row.main_platform) if row.main_platform else "—"
    if key == "followers":
        return format_count(row.followers) if row.main_platform else "—"
    if key == "engagement":
        return f"{row.engagement_rate:.2f} %" if row.main_platform else "—"
    if key == "last_contact":
        return row.last_contact or "—"
    if key == "status":
        return Status(row.status).label
    if key == "payments":
        flags = [QCoreApplication.translate("KolListModel", "⚠ overdue")] if row.overdue_payment else []
        if row.ghosting:
            flags.append(QCoreApplication.translate("KolListModel", "⚠ no post"))
        return " ".join(flags)
    return row.city
