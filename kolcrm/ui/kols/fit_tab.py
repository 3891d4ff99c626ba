"""The detail pane's "Fit & value" tab: how well the KOL fits a brand, part by part, and what a post is likely worth.

The brand is the one the KOL list's "Fit for brand" choice scores (load() and set_brand() receive it), so the tab
and the Fit column never disagree silently. A brand chosen here is announced by brand_chosen for the list to follow;
until it does, the tab says which brand the list's column scores.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kolcrm.core.brands.value_wording import people_money, people_number


class FitTab(QWidget):
    brand_chosen = Signal(object)  # brand id, or None: the user picked a brand in the tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_id: int | None = None
        self.list_brand: int | None = None  # what the list's Fit column scores
        self.brand = QComboBox()
        self.brand.setObjectName("fitTabBrand")
        self.brand.setToolTip(self.tr("The brand this KOL is scored against, as in the list's Fit column"))
        self.brand.currentIndexChanged.connect(self._chosen_here)
        self.note = QLabel()
        self.note.setObjectName("fitTabNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00;")
        self.note.hide()
        self.text = QLabel()
        self.text.setObjectName("fitAndValue")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Fit for brand:")))
        choose.addWidget(self.brand, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(choose)
        layout.addWidget(self.note)
        layout.addWidget(self.text, 1)

    def load(self, kol_id: int | None, brand_id: int | None) -> None:
        """The KOL, scored against `brand_id`: the list's choice (None: no brand chosen, nothing is scored)."""
        self.kol_id = kol_id
        self.set_brand(brand_id)

    def set_brand(self, brand_id: int | None) -> None:
        """The list's "Fit for brand" changed: follow it (without announcing it back)."""
        self.list_brand = brand_id
        self._fill_brands(brand_id)
        self._show()

    def chosen_brand(self) -> int | None:
        data = self.brand.currentData()
        return int(data) if data is not None else None

    def _fill_brands(self, brand_id: int | None) -> None:
        from kolcrm.core.brands.service import list_brands

        self.brand.blockSignals(True)
        self.brand.clear()
        self.brand.addItem(self.tr("No brand chosen"), None)
        for record in list_brands():
            self.brand.addItem(record.name, record.id)
        self.brand.setCurrentIndex(max(self.brand.findData(brand_id), 0))
        self.brand.blockSignals(False)

    def _chosen_here(self) -> None:
        self._show()
        self.brand_chosen.emit(self.chosen_brand())

    def _show(self) -> None:
        chosen = self.chosen_brand()
        if chosen != self.list_brand:
            listed = self.brand.itemText(max(self.brand.findData(self.list_brand), 0))
            self.note.setText(
                self.tr("The list's Fit column still scores: {0}").format(listed)
                if self.list_brand is not None
                else self.tr("The list's Fit column scores no brand.")
            )
        self.note.setVisible(chosen != self.list_brand)
        self.text.setText(self._html(chosen))

    def _html(self, brand_id: int | None) -> str:
        from kolcrm.core.brands.fit import fit_score
        from kolcrm.core.brands.service import get_brand
        from kolcrm.core.brands.value_wording import value_explanation
        from kolcrm.core.errors import NotFoundError
        from kolcrm.core.kols.value import value_estimate

        e = html.escape
        if self.kol_id is None:
            return ""
        if self.brand.count() == 1:
            return e(self.tr("Add a brand to see how well this KOL fits it."))
        if brand_id is None:
            return e(self.tr("No brand chosen: choose one above, or in the list's “Fit for brand”, to score this KOL."))
        try:
            brand = get_brand(brand_id)
            total, parts = fit_score(self.kol_id, brand_id)
            estimate = value_estimate(self.kol_id, brand_id)
        except NotFoundError:
            return ""
        rows = "".join(
            f"<tr><td>{e(part.name)}</td><td align='right'>&nbsp;{part.points:g}&nbsp;/&nbsp;{part.maximum}</td>"
            f"<td style='color:#555'>&nbsp;{e(part.explanation)}</td></tr>"
            for part in parts
        )
        heading = self.tr("Fit for {0}: {1} / 100").format(brand.name, total)
        out = [f"<b>{e(heading)}</b><table>{rows}</table>"]
        if estimate is None:
            out.append(e(self.tr("No value estimate: the KOL has no account or no rate card fee.")))
            return "<br>".join(out)
        lines = [
            (self.tr("Fee (rate card)"), people_money(estimate.fee, estimate.currency)),
            (self.tr("Expected reach"), people_number(estimate.expected_reach)),
            (self.tr("Expected engagements"), people_number(estimate.expected_engagements)),
            (self.tr("CPM"), people_money(estimate.cpm, estimate.currency)),
            (self.tr("CPE"), people_money(estimate.cpe, estimate.currency)),
        ]
        if estimate.break_even_conversions is not None:
            lines.append((self.tr("Break-even orders"), people_number(estimate.break_even_conversions)))
        cells = "".join(
            f"<tr><td>{e(label)}</td><td align='right'>&nbsp;{e(value)}</td></tr>" for label, value in lines
        )
        value_title = self.tr("Value estimate")
        explanation = value_explanation(self.kol_id, brand_id, estimate)
        out.append(f"<b>{e(value_title)}</b><table>{cells}</table><span style='color:#555'>{e(explanation)}</span>")
        return "<br>".join(out)
