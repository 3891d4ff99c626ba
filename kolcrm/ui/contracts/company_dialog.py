"""Company settings: the brand company printed on every contract (legal name, address, signatory, logo, and the
details a Chinese contract names a company by: 统一社会信用代码, legal representative, bank account, contact)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kolcrm.contracts import company
from kolcrm.core.errors import ValidationError
from kolcrm.ui import prompts

LOGO_PREVIEW_SIZE = (160, 64)
DETAILS = ("uscc", "legal_representative", "bank_name", "bank_account", "contact")
ERROR_STYLE = "color: #b00020;"
_KEEP = object()  # the stored logo stays as it is


class CompanyDialog(QDialog):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Company settings"))
        self.setMinimumWidth(460)
        self._logo: Path | object | None = _KEEP  # a file chosen now, None to remove, or _KEEP
        self._stored_logo: bytes | None = None

        self.legal_name = QLineEdit()
        self.legal_name.setPlaceholderText(self.tr("e.g. 杭州花西子化妆品有限公司"))
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(72)
        self.address.setTabChangesFocus(True)
        self.signatory = QLineEdit()
        self.signatory.setPlaceholderText(self.tr("Who signs for the company"))
        self.details: dict[str, QLineEdit] = {name: QLineEdit() for name in DETAILS}
        self.details["uscc"].setPlaceholderText(self.tr("18 characters, e.g. 913301000000000000"))
        self.details["uscc"].setMaxLength(24)
        self.details["bank_name"].setPlaceholderText(self.tr("e.g. 招商银行杭州分行"))
        self.details["contact"].setPlaceholderText(self.tr("Name and phone for contract questions"))
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(*LOGO_PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel#logoPreview { border: 1px solid #c8c8c8; background: white; }")
        self.choose_logo_button = QPushButton(self.tr("Choose…"))
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.errors: dict[str, QLabel] = {name: _error_label() for name in ("legal_name", "logo", "", *DETAILS)}

        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Legal name"), _with_error(self.legal_name, self.errors["legal_name"]))
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Signatory"), self.signatory)
        labels = {
            "uscc": self.tr("Unified social credit code (统一社会信用代码)"),
            "legal_representative": self.tr("Legal representative"),
            "bank_name": self.tr("Bank (开户行)"),
            "bank_account": self.tr("Account number"),
            "contact": self.tr("Contact"),
        }
        for name in DETAILS:
            form.addRow(labels[name], _with_error(self.details[name], self.errors[name]))
        form.addRow(self.tr("Logo"), _with_error(logo_row, self.errors["logo"]))
        hint = QLabel(self.tr("Printed at the top of every contract. PNG or JPEG, at most 2 MiB."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors[""])
        layout.addWidget(self.buttons)
        self.load()

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def load(self) -> None:
        profile = company.get_company()
        self.legal_name.setText(profile.legal_name)
        self.address.setPlainText(profile.address)
        self.signatory.setText(profile.signatory)
        for name, edit in self.details.items():
            edit.setText(getattr(profile, name))
        self._stored_logo = profile.logo
        self._logo = _KEEP
        self._show_logo(profile.logo)
        self._clear_errors()

    def choose_logo(self) -> None:
        path = prompts.ask_open_file(self, self.tr("Choose the company logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path is None:
            return
        self.errors["logo"].hide()
        try:
            data = company.read_logo(path)  # checked now, so a wrong file is refused before Save
        except ValidationError as exc:
            self._show_error(exc)
            return
        self._logo = path
        self._show_logo(data)

    def remove_logo(self) -> None:
        self._logo = None
        self.errors["logo"].hide()
        self._show_logo(None)

    def save(self) -> bool:
        self._clear_errors()
        try:
            details = {name: edit.text() for name, edit in self.details.items()}
            if self._logo is _KEEP:
                company.save_company(
                    self.legal_name.text(), self.address.toPlainText(), self.signatory.text(), **details
                )
            else:
                company.save_company(
                    self.legal_name.text(),
                    self.address.toPlainText(),
                    self.signatory.text(),
                    logo=self._logo,
                    **details,
                )
        except ValidationError as exc:
            self._show_error(exc)
            return False
        self.saved.emit()
        self.accept()
        return True

    # -- internals -----------------------------------------------------------------------------------------
    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            width, height = LOGO_PREVIEW_SIZE
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    width - 8,
                    height - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(data))

    def _show_error(self, exc: ValidationError) -> None:
        for problem in exc.problems:
            label = self.errors.get(problem.field, self.errors[""])
            label.setText(problem.message)
            label.show()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()


def _error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names: text, never markup
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _with_error(field: QWidget | QHBoxLayout, error: QLabel) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(2)
    if isinstance(field, QWidget):
        column.addWidget(field)
    else:
        column.addLayout(field)
    column.addWidget(error)
    return column
