"""Every exclusivity window that has not ended, by category then KOL, each conflict named beside its window (the
Schedule's third view; the rule is core/collaborations/conflicts.py)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kolcrm.core.collaborations.conflicts import Conflict, active_windows, current_conflicts
from kolcrm.core.i18n import QT_TRANSLATE_NOOP

DEAL_ROLE = Qt.ItemDataRole.UserRole + 1
CONFLICT_COLOUR = QColor("#b00020")
COLUMNS = (
    QT_TRANSLATE_NOOP("ExclusivityView", "Category · KOL"),
    QT_TRANSLATE_NOOP("ExclusivityView", "Brand"),
    QT_TRANSLATE_NOOP("ExclusivityView", "Collaboration"),
    QT_TRANSLATE_NOOP("ExclusivityView", "From"),
    QT_TRANSLATE_NOOP("ExclusivityView", "To"),
    QT_TRANSLATE_NOOP("ExclusivityView", "Conflicts"),
)
NAME, BRAND, DEAL, FROM, TO, CONFLICTS = range(len(COLUMNS))


class ExclusivityView(QWidget):
    open_collaboration_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []
        self.window_count = 0
        self.tree = QTreeWidget()
        self.tree.setObjectName("exclusivityWindows")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(DEAL, QHeaderView.ResizeMode.Interactive)
        for column, width in ((NAME, 200), (BRAND, 140), (DEAL, 200), (FROM, 95), (TO, 95)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def load(self, today: date) -> None:
        self.tree.clear()
        self.conflicts = current_conflicts(today)
        by_deal: dict[int, list[Conflict]] = defaultdict(list)
        for conflict in self.conflicts:
            by_deal[conflict.deal.id or 0].append(conflict)
            by_deal[conflict.other.id or 0].append(conflict)
        windows = active_windows(today)
        self.window_count = len(windows)
        heading: QTreeWidgetItem | None = None
        for deal in windows:
            if heading is None or heading.text(NAME) != deal.category:
                heading = QTreeWidgetItem([deal.category])
                heading.setFirstColumnSpanned(True)
                font = QFont(self.tree.font())
                font.setBold(True)
                heading.setFont(NAME, font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(heading)
                heading.setExpanded(True)
            start, end = deal.window or (today, today)
            met = [self._other_side(conflict, deal.id or 0) for conflict in by_deal.get(deal.id or 0, [])]
            item = QTreeWidgetItem(
                [deal.kol_name, deal.brand_name, deal.title, start.isoformat(), end.isoformat(), "; ".join(met)]
            )
            item.setData(NAME, DEAL_ROLE, deal.id)
            item.setSizeHint(NAME, QSize(0, 26))
            if met:
                item.setText(CONFLICTS, "⚠ " + item.text(CONFLICTS))
                item.setForeground(CONFLICTS, QBrush(CONFLICT_COLOUR))
                item.setToolTip(CONFLICTS, "\n".join(c.describe() for c in by_deal[deal.id or 0]))
            heading.addChild(item)

    def _other_side(self, conflict: Conflict, deal_id: int) -> str:
        other = conflict.other if conflict.deal.id == deal_id else conflict.deal
        return self.tr("{brand} “{title}”").format(brand=other.brand_name, title=other.title)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        deal = item.data(NAME, DEAL_ROLE)
        if isinstance(deal, int):
            self.open_collaboration_requested.emit(deal)
