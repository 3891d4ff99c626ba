"""A combo box that may be narrower than its longest item: the shown text ends in "…" (and the full text is its
tooltip) instead of being cut off under the arrow. The filter bar's combos share one row on a 1024 px screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QWidget

# Narrower than this and "All platforms" becomes "A…": nobody could tell the combos apart. 5, not 6: with the KOL pane
# beside them, six combos of 6 characters made the list 2 px wider than a 1024 px screen leaves it.
SHORTEST_CHARACTERS = 5


class ElidingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(SHORTEST_CHARACTERS)
        self.currentTextChanged.connect(self.setToolTip)

    def shown_text(self) -> str:
        """The text as painted: elided to the room the style leaves beside the arrow."""
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = (
            self.style()
            .subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self)
            .width()
        )
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, max(room, 0))

    def clearly_fits(self) -> bool:
        """Whether the whole text fits beside the arrow, by a conservative estimate that needs no QStyle.

        The style's exact room needs PySide6's QStyle type, 5 ms of start-up to load; the combos are wide enough
        for their text on most screens. The frame and arrow are what the minimum size hint adds to its minimum
        contents (Qt counts those as that many "X"s and an icon's room), which errs towards eliding exactly."""
        metrics = self.fontMetrics()
        contents = metrics.horizontalAdvance("X") * self.minimumContentsLength()
        if self.count():
            contents += self.iconSize().width() + 4  # the icon's room the WithIcon size policy adds
        chrome = self.minimumSizeHint().width() - contents
        return metrics.horizontalAdvance(self.currentText()) <= self.width() - chrome

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.clearly_fits():
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
