"""Asking for passphrases: the one that opens an encrypted database at start, and a new one (typed twice, with the
warning that a lost passphrase cannot be recovered) for Preferences → Security."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.store.passphrases import Answer

ERROR_STYLE = "color: #b00020;"


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _remember_box() -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("Passphrase", "Remember on this computer"))
    box.setToolTip(
        QCoreApplication.translate(
            "Passphrase",
            "Kept in this computer's keychain: whoever can sign in here as you then opens the database without"
            " typing it.",
        )
    )
    return box


class PassphraseDialog(QDialog):
    """The passphrase of an encrypted database; says so when the last one typed was wrong."""

    def __init__(self, parent: QWidget | None, path: Path, problem: str | None = None, package: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted handover package") if package else self.tr("Encrypted database"))
        self.setMinimumWidth(380)  # room for the path and the sentence on one or two lines, not a narrow column
        intro = QLabel(self.tr("{name} is encrypted. Type its passphrase to open it.").format(name=path.name))
        intro.setWordWrap(True)
        where = QLabel(str(path))
        where.setStyleSheet("color: #666;")
        self.passphrase = _password_field()
        self.remember = _remember_box()
        self.problem = QLabel(problem or "")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setVisible(bool(problem))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import") if package else self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel") if package else self.tr("Quit")
        )
        if package:  # a package is opened once: nothing to remember; the key is its book's, not this computer's
            intro.setText(
                self.tr(
                    "{name} is encrypted. Type its passphrase: the passphrase of the database it was exported from,"
                    " unless its sender chose another."
                ).format(name=path.name)
            )
            self.remember.setChecked(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, where, self.passphrase, self.remember, self.problem, buttons):
            layout.addWidget(widget)
        self.remember.setVisible(not package)

    def answer(self) -> Answer:
        return Answer(self.passphrase.text(), self.remember.isChecked())


def ask_passphrase(parent: QWidget | None, path: Path, problem: str | None) -> Answer | None:
    """The typed passphrase, or None when the person chose Quit."""
    dialog = PassphraseDialog(parent, path, problem)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()


def ask_package_passphrase(parent: QWidget | None, path: Path, problem: str | None) -> str | None:
    """The passphrase typed for an encrypted handover package, or None when the person cancelled."""
    dialog = PassphraseDialog(parent, path, problem, package=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()


class DialogAsker:
    """passphrases.Asker for the app: the dialog until the passphrase opens the file or the person quits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.quit = False  # the person chose Quit: the app ends without an error message

    def __call__(self, path: Path, problem: str | None) -> Answer | None:
        answer = ask_passphrase(self.parent, path, problem)  # looked up at each call: tests replace it
        self.quit = answer is None
        return answer


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice, with the warning that nobody can recover a lost one."""

    def __init__(self, parent: QWidget | None, title: str, current: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current_passphrase = current
        warning = QLabel(
            self.tr(
                "If you lose this passphrase, nobody can open the database again: not you, not kolcrm, not its"
                " makers. There is no reset. Write it down and keep it somewhere safe."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        self.current = _password_field()
        self.passphrase = _password_field()
        self.again = _password_field()
        self.remember = _remember_box()
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        form = QFormLayout()
        if current is not None:
            form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.passphrase)
        form.addRow(self.tr("The same again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def check_and_accept(self) -> None:
        if self.current_passphrase is not None and self.current.text() != self.current_passphrase:
            return self._say(self.tr("The current passphrase is not right."))
        if not self.passphrase.text():
            return self._say(self.tr("The passphrase cannot be empty."))
        if self.passphrase.text() != self.again.text():
            return self._say(self.tr("The two passphrases differ."))
        self.accept()

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def answer(self) -> Answer:
        return Answer(self.passphrase.text(), self.remember.isChecked())


def ask_new_passphrase(parent: QWidget | None, title: str, current: str | None = None) -> Answer | None:
    dialog = NewPassphraseDialog(parent, title, current)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()
