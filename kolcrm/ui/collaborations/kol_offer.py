"""A question above the deals, never a modal: "the KOL is still a Prospect; make them Active?" Yes or no."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kolcrm.core.collaborations import signing
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.vocabulary import Stage, Status


class KolActivationOffer(QFrame):
    """Shown when a deal is signed while its KOL is a prospect; Yes changes the KOL through the KOL service."""

    activated = Signal(int)  # the KOL id, now Active

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kolActivationOffer")
        self.setStyleSheet("QFrame#kolActivationOffer { background: #e8f3e8; border-radius: 4px; }")
        self.kol_id: int | None = None
        self.question = QLabel()
        self.question.setObjectName("kolActivationQuestion")
        self.question.setWordWrap(True)
        self.yes_button = QPushButton(self.tr("Make active"))
        self.no_button = QPushButton(self.tr("Keep as prospect"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.problem, 1)
        layout.addWidget(self.yes_button)
        layout.addWidget(self.no_button)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.dismiss)
        self.hide()

    def offer_for(self, collaboration_id: int, before: Stage | None) -> bool:
        """Ask when the deal has just become signed (from `before`, None for a new deal); True when asked."""
        if before is not None and signing.signed(before):
            return False
        waiting = signing.kol_to_activate(collaboration_id)
        if waiting is None:
            return False
        self.kol_id = waiting.kol_id
        self.question.setText(
            self.tr("{0} has a signed deal but is still “{1}”. Make them “{2}”?").format(
                waiting.name, Status.PROSPECT.label, Status.ACTIVE.label
            )
        )
        self.problem.hide()
        self.show()
        return True

    def accept(self) -> None:
        if self.kol_id is None:
            return
        try:
            signing.make_active(self.kol_id)
        except (ValidationError, NotFoundError) as exc:
            self.problem.setText(exc.message if isinstance(exc, ValidationError) else str(exc))
            self.problem.show()
            return
        kol_id = self.kol_id
        self.dismiss()
        self.activated.emit(kol_id)

    def dismiss(self) -> None:
        self.kol_id = None
        self.hide()
