"""Sort arrows that point the way the rows run: ▲ ascending (smallest first), ▼ descending.

QHeaderView hands the style SortDown for an ascending sort and SortUp for a descending one, and the styles draw
SortUp as an arrow pointing up (Fusion, and Windows' native header): the KOL list, sorted by followers from the
most, showed ▲. This header hands the style the indicator the other way round, so the style's own arrow (its
size, colour and place) points the way the rows run.

It replaces a proxy style that drew the arrow itself: a QProxyStyle loads PySide6's QStyle type, 5 ms of start-up
for one triangle, and sent every primitive of the header's paint through Python."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QTableView, QWidget

_FLIPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class HonestSortHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        option.sortIndicator = _FLIPPED.get(option.sortIndicator, option.sortIndicator)


def give_honest_sort_arrows(table: QTableView) -> HonestSortHeader:
    """Give `table` a horizontal header whose arrows tell the truth; call before configuring the header."""
    header = HonestSortHeader(table)
    header.setSectionsClickable(True)  # what QTableView sets on the header it makes itself
    header.setHighlightSections(True)
    table.setHorizontalHeader(header)
    return header
