"""Preferences kept in the database: how many days after a completed deal a thank-you is due."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from kolcrm.core.errors import ValidationError
from kolcrm.core.store import settings


class PreferencesDialog(QDialog):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.thank_you_days = QSpinBox()
        self.thank_you_days.setRange(0, 90)
        self.thank_you_days.setSuffix(self.tr(" days"))
        self.thank_you_days.setValue(settings.get_int("thank_you_days"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Thank-you due after a completed deal"), self.thank_you_days)
        hint = QLabel(self.tr("Today reminds you to thank a KOL (note, gift…) when a completed deal has had none."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            settings.set_int("thank_you_days", self.thank_you_days.value(), 0, 90)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.saved.emit()
        self.accept()
