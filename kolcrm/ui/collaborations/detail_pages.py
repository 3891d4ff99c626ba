"""How the collaboration detail pane's Deliverables and Payments tabs are laid out (their widgets are the pane's,
passed in as `pane`: a CollaborationDetail, not imported here, which would make an import circle)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kolcrm.ui.widgets.display import section_title


def deliverables_page(pane: Any) -> QWidget:
    page = QWidget()
    side_by_side = QHBoxLayout()
    for title, box in (
        (QCoreApplication.translate("CollaborationDetail", "Brand's brief"), pane.brief),
        (QCoreApplication.translate("CollaborationDetail", "KOL's own idea"), pane.kol_idea),
    ):
        column = QVBoxLayout()
        column.addWidget(section_title(title))
        column.addWidget(box)
        side_by_side.addLayout(column)
    # Two short rows keep the pane narrow enough to leave the board most of a 1280 px window.
    review = QHBoxLayout()
    for button in (pane.submit_button, pane.request_changes_button, pane.approve_button):
        review.addWidget(button)
    review.addStretch(1)
    publication = QHBoxLayout()
    for button in (pane.confirm_label_button, pane.publish_button, pane.capture_button):
        publication.addWidget(button)
    publication.addStretch(1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(pane.deliverables)
    layout.addLayout(side_by_side)
    layout.addWidget(section_title(QCoreApplication.translate("CollaborationDetail", "Review history")))
    layout.addWidget(pane.approval_history, 1)
    layout.addLayout(review)
    layout.addLayout(publication)
    layout.addWidget(pane.proof)
    return page


def payments_page(pane: Any) -> QWidget:
    page = QWidget()
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(pane.mark_paid_button)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(pane.payments, 1)
    layout.addLayout(buttons)
    return page
