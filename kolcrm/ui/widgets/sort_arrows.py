"""Sort arrows that point the way the rows run: ▲ ascending (smallest first), ▼ descending.

QHeaderView hands the style SortDown for an ascending sort and SortUp for a descending one, and Fusion draws SortUp
as an arrow pointing up: the KOL list, sorted by followers from the most, showed ▲. This proxy style draws the
arrow itself, the same on every platform's style."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPolygonF
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget


class HonestSortArrows(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorHeaderArrow or not isinstance(option, QStyleOptionHeader):
            super().drawPrimitive(element, option, painter, widget)
            return
        if option.sortIndicator == QStyleOptionHeader.SortIndicator.None_:
            return
        ascending = option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown  # see the module's docstring
        rect = option.rect
        size = min(rect.width(), rect.height(), 9)
        centre = QPointF(rect.center())
        half = size / 2
        if ascending:
            points = [(-half, half / 2), (half, half / 2), (0, -half / 2)]
        else:
            points = [(-half, -half / 2), (half, -half / 2), (0, half / 2)]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.text())
        painter.drawPolygon(QPolygonF([centre + QPointF(x, y) for x, y in points]))
        painter.restore()


def sorted_by_honest_arrows(header: QWidget) -> HonestSortArrows:
    """Give `header` (a QHeaderView) the honest arrows; returns the style, which the header keeps alive."""
    style = HonestSortArrows(header.style().name())  # a proxy over a fresh instance of the header's own style
    style.setParent(header)
    header.setStyle(style)
    return style
