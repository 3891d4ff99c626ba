"""The deal table's view: columns sized to what they hold, the title taking what is left, and a tooltip with the
full text on any cell too narrow to show it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from kolcrm.ui.collaborations.table_model import COLUMNS

ROW_HEIGHT = 26
# The most a name column takes before it elides (a brand or KOL name longer than this shows "…" and a tooltip).
_CAPS = {"kol": 150, "brand": 170}
_TITLE_LEAST = 110
_CELL_MARGIN = 12  # the style's text margins on both sides of a cell, with room to spare


class DealTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows can be selected for a batch export; the current row is the one the detail pane shows.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # No sort indicator at first: the core's own order (newest first) until the user clicks a header.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def fit_columns(self) -> None:
        """Every column as wide as its widest cell (names capped); the title gets the width left over."""
        # Qt sizes only the rows it has measured: hundreds of deals, not the 100k of the KOL list.
        model = self.model()
        if model is None:
            return
        title = COLUMNS.index(next(c for c in COLUMNS if c.key == "title"))
        used = 0
        for column, spec in enumerate(COLUMNS):
            self.resizeColumnToContents(column)
            width = self.columnWidth(column)
            if spec.key in _CAPS:
                width = min(width, _CAPS[spec.key])
                self.setColumnWidth(column, width)
            if column != title:
                used += width
        # The title gives way first (it elides, with a tooltip), so brands and flags stay whole.
        self.setColumnWidth(title, max(_TITLE_LEAST, self.viewport().width() - used))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            text = index.data() if index.isValid() else None
            if isinstance(text, str) and text:
                needed = self.fontMetrics().horizontalAdvance(text) + _CELL_MARGIN
                if needed > self.visualRect(index).width():
                    QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().viewportEvent(event)

    def elided(self, row: int, key: str) -> bool:
        """Whether the cell shows less than its text (what the tooltip then shows in full)."""
        column = next(i for i, c in enumerate(COLUMNS) if c.key == key)
        index = self.model().index(row, column)
        text = str(index.data() or "")
        return self.fontMetrics().horizontalAdvance(text) + _CELL_MARGIN > self.columnWidth(column)
