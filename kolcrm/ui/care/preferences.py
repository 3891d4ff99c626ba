"""Preferences: the language (kept per user, for the GUI and the CLI), in the database the thank-you rule, and
Security (encrypting the database: care/security.py)."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kolcrm import language
from kolcrm.core import i18n
from kolcrm.core.errors import ValidationError
from kolcrm.core.store import settings
from kolcrm.ui.care.security import SecuritySection

# Each language names itself, so a user lost in the other one can still find their own.
LANGUAGE_NAMES = {language.CHINESE: "简体中文", language.ENGLISH: "English"}


class PreferencesDialog(QDialog):
    saved = Signal()
    language_changed = Signal(str)  # the language now chosen ("zh_CN" or "en"), emitted after saving

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), language.SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.stored_choice())))
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: #666;")
        forced = os.environ.get("KOLCRM_LANG")
        if forced:
            self.language_note.setText(
                self.tr("KOLCRM_LANG={0} is set for this run; your choice applies when it is not.").format(forced)
            )
        self.language_note.setVisible(bool(forced))
        self.thank_you_days = QSpinBox()
        self.thank_you_days.setRange(0, 90)
        self.thank_you_days.setSuffix(self.tr(" days"))
        self.thank_you_days.setValue(settings.get_int("thank_you_days"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Language / 语言"), self.language)
        form.addRow("", self.language_note)
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
        self.security = SecuritySection(self)
        layout.addWidget(self.security)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            settings.set_int("thank_you_days", self.thank_you_days.value(), 0, 90)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        before = i18n.language()  # what this window speaks (KOLCRM_LANG may have chosen it)
        language.store_choice(str(self.language.currentData()))
        after = language.chosen_language()
        self.saved.emit()
        self.accept()
        if after != before:
            self.language_changed.emit(after)
