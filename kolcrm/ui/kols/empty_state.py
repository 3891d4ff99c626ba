"""What the KOL list says when it shows no rows: why (no KOL matches, or no KOL yet) and what to do next.

A blank list after a search read as "the app is broken"; one line in the middle of the list tells the user the
search ran, found nothing, and how to widen it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QTableView

from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.store.search import search_terms


class EmptyListNotice(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._label: QLabel | None = None  # made the first time the list is empty: not on the way to first paint

    @property
    def label(self) -> QLabel:
        if self._label is None:
            # A child of the table above everything in it (the frozen name column too), over the viewport's rectangle.
            label = self._label = QLabel(self.table)
            label.setObjectName("emptyListNotice")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet("color: #666; padding: 24px;")
            label.hide()
            self.table.viewport().installEventFilter(self)
        return self._label

    def update_for(self, rows: int, kol_filter: KolFilter) -> None:
        """Show the notice when there are no rows, saying why; hide it otherwise."""
        if rows:
            if self._label is not None:
                self._label.hide()
            return
        self.label.setText(self.message(kol_filter))
        self._place()
        self.label.show()
        self.label.raise_()

    def message(self, kol_filter: KolFilter) -> str:
        filtered = kol_filter.filtered
        text = kol_filter.text.strip()
        if not text and not filtered:
            return self.tr("No KOLs yet. Press Ctrl+N to add one, or Ctrl+I to import a sheet.")
        lines = []
        if text:
            lines.append(self.tr("No KOL matches “{0}”.").format(text))
        else:
            lines.append(self.tr("No KOL matches these filters."))
        if filtered:
            lines.append(self.tr("The filters above the list narrow it too: set them back to “All”."))
        if text:
            lines.append(self.tr("Press Esc to clear the search."))
            if any(len(term) <= 2 and term.isascii() and term.isalnum() for term in search_terms(text)):
                lines.append(
                    self.tr(
                        "One or two Latin letters match the start of a word (“em” finds Emma); "
                        "three or more match anywhere in it."
                    )
                )
        return "\n".join(lines)

    def _place(self) -> None:
        self.label.setGeometry(self.table.viewport().geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._label is not None and self._label.isVisible():
            self._place()
        return False
