"""The KOL pane's "Risks & health" tab: the relationship health score with its working, and the risk register.

Its services are imported on first use: the tab is built only when the user opens it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.ui import prompts
from kolcrm.ui.kols.care_forms import RED, fit_rows, read_only_table
from kolcrm.ui.widgets.display import section_title

_PART_HEADERS = (
    QT_TRANSLATE_NOOP("RisksTab", "Part"),
    QT_TRANSLATE_NOOP("RisksTab", "Points"),
    QT_TRANSLATE_NOOP("RisksTab", "Why"),
)
_RISK_HEADERS = (
    QT_TRANSLATE_NOOP("RisksTab", "Risk"),
    QT_TRANSLATE_NOOP("RisksTab", "L × I"),
    QT_TRANSLATE_NOOP("RisksTab", "Mitigation · owner · review"),
    QT_TRANSLATE_NOOP("RisksTab", "Status"),
)
SEVERE_BACKGROUND = QColor("#fde2e2")


class RisksTab(QWidget):
    changed = Signal()  # a risk was saved or deleted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risksTab")
        self.kol_id: int | None = None
        self.dialog: QWidget | None = None  # the last form opened
        self.score = None  # the HealthScore shown

        self.health_total = QLabel()
        self.health_total.setObjectName("healthTotal")
        self.health_total.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.health_total.setMinimumWidth(96)
        self.health_total.setTextFormat(Qt.TextFormat.RichText)
        self.health_parts = read_only_table([self.tr(h) for h in _PART_HEADERS], stretch=(2,), lines=2)
        self.health_parts.setObjectName("healthParts")
        self.health_parts.setSelectionMode(self.health_parts.SelectionMode.NoSelection)

        self.risks = read_only_table([self.tr(h) for h in _RISK_HEADERS], stretch=(0, 2), lines=2)
        self.risks.setObjectName("risks")
        self.risks.setMinimumHeight(110)
        self.risks.doubleClicked.connect(lambda _index: self.edit_risk())
        self.add_risk_button = QPushButton(self.tr("Add risk…"))
        self.add_risk_button.clicked.connect(self.add_risk)
        self.edit_risk_button = QPushButton(self.tr("Edit…"))
        self.edit_risk_button.clicked.connect(self.edit_risk)
        self.delete_risk_button = QPushButton(self.tr("Delete…"))
        self.delete_risk_button.clicked.connect(self.delete_risk)
        self.risks.itemSelectionChanged.connect(self._update_buttons)

        health = QHBoxLayout()
        health.addWidget(self.health_total, 0, Qt.AlignmentFlag.AlignTop)
        health.addWidget(self.health_parts, 1)
        risks_head = QHBoxLayout()
        risks_head.addWidget(section_title(self.tr("Risks")))
        risks_head.addStretch(1)
        for button in (self.add_risk_button, self.edit_risk_button, self.delete_risk_button):
            risks_head.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(section_title(self.tr("Relationship health")))
        layout.addLayout(health)
        layout.addLayout(risks_head)
        layout.addWidget(self.risks, 1)
        self._risks: list = []

    def load(self, kol_id: int) -> None:
        self.kol_id = kol_id
        self._show_health(kol_id)
        self._show_risks(kol_id)
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------------------------
    def add_risk(self) -> None:
        self._open(None)

    def edit_risk(self) -> None:
        risk = self._current()
        if risk is not None:
            self._open(risk)

    def delete_risk(self) -> None:
        risk = self._current()
        if risk is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Delete risk"),
            self.tr("Delete this risk? Closing it keeps the record.\n\n{0}").format(risk.description),
            self.tr("Delete"),
        ):
            return
        from kolcrm.core.care.risks import delete_risk

        delete_risk(risk.id)
        self._after_change()

    # -- internals ---------------------------------------------------------------------------------------------
    def _open(self, risk: object) -> None:
        if self.kol_id is None:
            return
        from kolcrm.ui.kols.risk_dialog import RiskDialog

        dialog = RiskDialog(self.kol_id, risk, parent=self)  # type: ignore[arg-type]
        self.dialog = dialog
        dialog.saved.connect(lambda _id: self._after_change())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _after_change(self) -> None:
        if self.kol_id is not None:
            self.load(self.kol_id)
        self.changed.emit()

    def _show_health(self, kol_id: int) -> None:
        from kolcrm.core.care.health import health_score

        score = health_score(kol_id)
        self.score = score
        colour = "#2e6b3a" if score.total >= 70 else "#8a6d00" if score.total >= 40 else RED
        self.health_total.setText(
            f"<div style='font-size:40px; font-weight:bold; color:{colour}'>{score.total}</div>"
            + "<div style='color:#52606d'>"
            + html.escape(self.tr("of 100"))
            + "</div>"
        )
        self.health_total.setToolTip(self.tr("The sum of the parts on the right"))
        self.health_parts.setRowCount(len(score.parts))
        for row, part in enumerate(score.parts):
            points = f"{part.points:g} / {part.maximum}"
            for column, text in enumerate((part.name, points, part.explanation)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if part.points < part.maximum / 2:
                        item.setForeground(QColor(RED))
                self.health_parts.setItem(row, column, item)
        fit_rows(self.health_parts, least=5, most=5)

    def _show_risks(self, kol_id: int) -> None:
        from kolcrm.core.care.risks import SEVERE, risks_for_kol
        from kolcrm.core.vocabulary import RiskStatus

        self._risks = risks_for_kol(kol_id)
        self.risks.setRowCount(len(self._risks))
        for row, risk in enumerate(self._risks):
            severe = risk.severity >= SEVERE
            rating = f"{risk.likelihood}×{risk.impact} = {risk.severity}"
            scope = self.tr("the KOL") if risk.kol_id else self.tr("one deal")
            follow = " · ".join(
                part
                for part in (
                    risk.owner,
                    self.tr("review {0}").format(risk.review_on.isoformat()) if risk.review_on else "",
                )
                if part
            )
            values = (
                self.tr("{category} ({scope})").format(category=risk.category.label, scope=scope)
                + f"\n{risk.description}",
                ("⚠ " if severe else "") + rating,
                (risk.mitigation or self.tr("no mitigation recorded")) + (f"\n{follow}" if follow else ""),
                risk.status.label,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if severe and risk.status is RiskStatus.OPEN:
                    item.setBackground(SEVERE_BACKGROUND)
                    item.setForeground(QColor(RED))
                    if column == 1:
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                elif risk.status is not RiskStatus.OPEN:
                    item.setForeground(QColor("#8795a1"))
                self.risks.setItem(row, column, item)
        self.risks.clearSelection()

    def _current(self) -> object:
        row = self.risks.currentRow()
        if row < 0 or row >= len(self._risks) or not self.risks.selectionModel().hasSelection():
            return None
        return self._risks[row]

    def _update_buttons(self) -> None:
        selected = self._current() is not None
        self.edit_risk_button.setEnabled(selected)
        self.delete_risk_button.setEnabled(selected)

    def is_highlighted(self, row: int) -> bool:
        """Whether the row is shown as a severe open risk (what contracting will ask about)."""
        item = self.risks.item(row, 0)
        return item is not None and item.background().color() == SEVERE_BACKGROUND
