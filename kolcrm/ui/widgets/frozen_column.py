"""The first column of a table stays in place while the others scroll sideways (Qt's "frozen column" pattern: a
second view over the same model and selection, showing only that column, laid over the table's left edge).

The KOL list has more columns than a laptop's list pane is wide; without this, scrolling to Payments or Fit took
the names out of sight, and a row of numbers without its name means nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from kolcrm.ui.widgets.sort_arrows import give_honest_sort_arrows


class FrozenFirstColumn(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        frozen = self.view = QTableView(table)
        frozen.setObjectName(f"{table.objectName()}Frozen")
        give_honest_sort_arrows(frozen)  # before the header is configured: it is a new header
        frozen.setModel(table.model())
        frozen.setSelectionModel(table.selectionModel())
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.setSelectionBehavior(table.selectionBehavior())
        frozen.setSelectionMode(table.selectionMode())
        frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        frozen.setAlternatingRowColors(table.alternatingRowColors())
        frozen.verticalHeader().hide()
        frozen.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.horizontalHeader().setSortIndicatorShown(True)
        frozen.horizontalHeader().setHighlightSections(False)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(table.verticalScrollMode())
        frozen.setStyleSheet("QTableView { border: none; border-right: 1px solid palette(mid); }")
        frozen.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        frozen.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.viewport().stackUnder(frozen)

        header = table.horizontalHeader()
        header.sectionResized.connect(self._column_resized)
        header.sectionMoved.connect(self._keep_first)
        header.sortIndicatorChanged.connect(
            lambda column, order: frozen.horizontalHeader().setSortIndicator(column, order)
        )
        frozen.horizontalHeader().sectionClicked.connect(self._sort_by_first)
        frozen.horizontalHeader().customContextMenuRequested.connect(
            lambda pos: header.customContextMenuRequested.emit(pos)
        )
        frozen.customContextMenuRequested.connect(lambda pos: table.customContextMenuRequested.emit(pos))
        frozen.doubleClicked.connect(table.doubleClicked)
        frozen.clicked.connect(lambda index: table.setFocus())  # keys keep moving through the list
        frozen.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        model = table.model()
        for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved, model.layoutChanged):
            signal.connect(self._show_first_only)
        table.installEventFilter(self)
        self._show_first_only()
        frozen.horizontalHeader().setSortIndicator(header.sortIndicatorSection(), header.sortIndicatorOrder())
        frozen.show()

    def _show_first_only(self, *_args: object) -> None:
        for column in range(self.table.model().columnCount(QModelIndex())):
            self.view.setColumnHidden(column, column != 0)
        self.view.setColumnWidth(0, self.table.columnWidth(0))
        self._place()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.view.setColumnWidth(0, new)
            self._place()

    def _keep_first(self, _logical: int, _old: int, _new: int) -> None:
        """The names stay the first column: the view laid over it shows column 0 only."""
        header = self.table.horizontalHeader()
        if header.visualIndex(0) != 0:
            header.blockSignals(True)
            header.moveSection(header.visualIndex(0), 0)
            header.blockSignals(False)

    def _sort_by_first(self, column: int) -> None:
        header = self.table.horizontalHeader()
        same = header.sortIndicatorSection() == column
        ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        order = Qt.SortOrder.DescendingOrder if same and ascending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)  # the table sorts as if its own header was clicked

    def _place(self) -> None:
        table = self.table
        frame = table.frameWidth()
        self.view.setGeometry(
            table.verticalHeader().width() + frame,
            frame,
            table.columnWidth(0),
            table.viewport().height() + table.horizontalHeader().height(),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self._place()
        return False
