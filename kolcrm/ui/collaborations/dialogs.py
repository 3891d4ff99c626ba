"""The small forms the detail pane's actions ask with. Tests patch the ask_* functions on this module."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.vocabulary import DEFAULT_DISCLOSURE_LABEL


class FormDialog(QDialog):
    """A few labelled fields; OK stays disabled while a required one is empty."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QDateEdit] = {}
        self._required: list[str] = []
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_line(self, name: str, label: str, text: str = "", required: bool = False, hint: str = "") -> QLineEdit:
        field = QLineEdit(text)
        field.setPlaceholderText(hint)
        field.textChanged.connect(self._check)
        return self._add(name, label, field, required)

    def add_text(self, name: str, label: str, required: bool = False) -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setMinimumWidth(320)
        field.setMaximumHeight(100)
        field.textChanged.connect(self._check)
        return self._add(name, label, field, required)

    def add_date(self, name: str, label: str) -> QDateEdit:
        field = QDateEdit(QDate.currentDate())
        field.setCalendarPopup(True)
        field.setDisplayFormat("yyyy-MM-dd")
        return self._add(name, label, field, False)

    def value(self, name: str) -> str | date:
        field = self.fields[name]
        if isinstance(field, QDateEdit):
            value = field.date()
            return date(value.year(), value.month(), value.day())
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def _add(self, name, label, field, required):  # type: ignore[no-untyped-def]
        self.fields[name] = field
        if required:
            self._required.append(name)
            label += " *"
        self.form.addRow(label, field)
        self._check()
        return field

    def _check(self) -> None:
        self.ok_button.setEnabled(all(str(self.value(name)).strip() for name in self._required))


def change_request_dialog(parent: QWidget | None) -> FormDialog:
    dialog = FormDialog(QCoreApplication.translate("CollaborationDetail", "Request changes"), parent)
    dialog.add_line(
        "actor",
        QCoreApplication.translate("CollaborationDetail", "Asked by"),
        hint=QCoreApplication.translate("CollaborationDetail", "e.g. 品牌方 王经理"),
    )
    dialog.add_text("note", QCoreApplication.translate("CollaborationDetail", "What should change"), required=True)
    return dialog


def ask_change_request(parent: QWidget | None) -> tuple[str, str] | None:
    """(who asked, what should change), or None when cancelled."""
    dialog = change_request_dialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return str(dialog.value("actor")), str(dialog.value("note"))


def ask_label(parent: QWidget | None, default: str = DEFAULT_DISCLOSURE_LABEL) -> str | None:
    dialog = FormDialog(QCoreApplication.translate("CollaborationDetail", "Confirm ad label"), parent)
    dialog.add_line(
        "label", QCoreApplication.translate("CollaborationDetail", "The post is labelled"), default, required=True
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return str(dialog.value("label"))


def ask_publication(parent: QWidget | None) -> tuple[date, str] | None:
    dialog = FormDialog(QCoreApplication.translate("CollaborationDetail", "Mark published"), parent)
    dialog.add_date("published_on", QCoreApplication.translate("CollaborationDetail", "Published on"))
    dialog.add_line("url", QCoreApplication.translate("CollaborationDetail", "Link"), hint="https://…")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    published_on = dialog.value("published_on")
    assert isinstance(published_on, date)
    return published_on, str(dialog.value("url"))


def ask_payment(parent: QWidget | None) -> tuple[date, str, str] | None:
    dialog = FormDialog(QCoreApplication.translate("CollaborationDetail", "Mark paid"), parent)
    dialog.add_date("paid_on", QCoreApplication.translate("CollaborationDetail", "Paid on"))
    dialog.add_line(
        "method",
        QCoreApplication.translate("CollaborationDetail", "Method"),
        hint=QCoreApplication.translate("CollaborationDetail", "e.g. bank transfer, Alipay"),
    )
    dialog.add_line("reference", QCoreApplication.translate("CollaborationDetail", "Reference"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    paid_on = dialog.value("paid_on")
    assert isinstance(paid_on, date)
    return paid_on, str(dialog.value("method")), str(dialog.value("reference"))
