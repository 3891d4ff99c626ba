"""The detail pane's "Fit & value" tab: how well the KOL fits a brand, part by part, and what a post is likely worth."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kolcrm.core.numbers import format_count, format_money


class FitTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setObjectName("fitAndValue")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text, 1)

    def load(self, kol_id: int | None, brand_id: int | None) -> None:
        """For the brand chosen in the filter bar, or the first brand when none is chosen."""
        from kolcrm.core.brands.fit import fit_score
        from kolcrm.core.brands.service import get_brand, list_brands
        from kolcrm.core.errors import NotFoundError
        from kolcrm.core.kols.value import value_estimate

        e = html.escape
        if kol_id is None:
            self.text.clear()
            return
        brands = list_brands()
        if brand_id is None and brands:
            brand_id = brands[0].id
        if brand_id is None:
            self.text.setText(e(self.tr("Add a brand to see how well this KOL fits it.")))
            return
        try:
            brand = get_brand(brand_id)
            total, parts = fit_score(kol_id, brand_id)
            estimate = value_estimate(kol_id, brand_id)
        except NotFoundError:
            self.text.clear()
            return
        rows = "".join(
            f"<tr><td>{e(part.name)}</td><td align='right'>&nbsp;{part.points:g}&nbsp;/&nbsp;{part.maximum}</td>"
            f"<td style='color:#555'>&nbsp;{e(part.explanation)}</td></tr>"
            for part in parts
        )
        heading = self.tr("Fit for {0}: {1} / 100").format(brand.name, total)
        out = [f"<b>{e(heading)}</b><table>{rows}</table>"]
        if estimate is None:
            out.append(e(self.tr("No value estimate: the KOL has no account or no rate card fee.")))
        else:
            money = lambda amount: format_money(amount, estimate.currency) if amount is not None else "—"  # noqa: E731
            lines = [
                (self.tr("Fee (rate card)"), money(estimate.fee)),
                (self.tr("Expected reach"), format_count(estimate.expected_reach)),
                (self.tr("Expected engagements"), format_count(estimate.expected_engagements)),
                (self.tr("CPM"), money(estimate.cpm)),
                (self.tr("CPE"), money(estimate.cpe)),
            ]
            if estimate.break_even_conversions is not None:
                lines.append((self.tr("Break-even orders"), f"{estimate.break_even_conversions:,}"))
            cells = "".join(
                f"<tr><td>{e(label)}</td><td align='right'>&nbsp;{e(value)}</td></tr>" for label, value in lines
            )
            value_title = self.tr("Value estimate")
            out.append(
                f"<b>{e(value_title)}</b><table>{cells}</table>"
                f"<span style='color:#555'>{e(estimate.explanation)}</span>"
            )
        self.text.setText("<br>".join(out))
