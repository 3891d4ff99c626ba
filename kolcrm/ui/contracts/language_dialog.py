"""Generate contract: the one question asked before a contract is written, its language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from kolcrm.ui.contracts import language_choices
from kolcrm.ui.contracts.screen_fit import title_width


class ContractLanguageDialog(QDialog):
    """A dialog as wide as its title needs: a bare input dialog is narrower than "Generate contract", which the
    window manager then cuts to "Generate con…"."""

    def __init__(self, parent: QWidget | None = None, default: str = "both") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Generate contract"))
        self.language = QComboBox()
        for value, text in language_choices():
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(self.language.findData(default), 0))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Generate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Contract language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(max(title_width(self), self.minimumSizeHint().width()))

    def chosen(self) -> str:
        return str(self.language.currentData())


def ask_contract_language(parent: QWidget | None, default: str = "both") -> str | None:
    """The language for a new contract ("both", "zh" or "en"), or None when cancelled (tests patch this)."""
    dialog = ContractLanguageDialog(parent, default)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
