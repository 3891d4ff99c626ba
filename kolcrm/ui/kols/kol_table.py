"""The KOL list's table view: fixed row height, the column widths a 1366 px screen fits, honest sort arrows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from kolcrm.ui.kols.list_model import KolListModel
from kolcrm.ui.widgets.sort_arrows import give_honest_sort_arrows

ROW_HEIGHT = 26  # fixed: resizeRowsToContents() costs a minute at 100k rows (TRAPS.md)
# Widths for the titles in either language and the values they hold: ten columns fit a 1366 px screen's list
# without a horizontal scrollbar (Qt's default of 100 px each did not). Name, tier, main platform, followers,
# engagement, last contact, status, city, payments, fit.
COLUMN_WIDTHS = (150, 48, 96, 80, 76, 88, 64, 56, 76, 44)


def build_kol_table(model: KolListModel) -> QTableView:
    table = QTableView()
    table.setObjectName("kolTable")
    header = give_honest_sort_arrows(table)  # before the header is configured: it is a new header
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    # Show the model's own default order (followers, descending) before sorting is switched on, otherwise the
    # view sorts by column 0 in Qt's default order.
    header.setSortIndicator(*model.sort_state())
    table.setSortingEnabled(True)
    header.sortIndicatorChanged.connect(lambda column, _order: _keep_sort_indicator_honest(table, model, column))
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)
    for column, width in enumerate(COLUMN_WIDTHS):
        table.setColumnWidth(column, width)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table


def _keep_sort_indicator_honest(table: QTableView, model: KolListModel, column: int) -> None:
    """Columns the list cannot sort by (status, city…) must not show an arrow the rows do not follow."""
    if not model.can_sort(column):
        header = table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*model.sort_state())
        header.blockSignals(False)
