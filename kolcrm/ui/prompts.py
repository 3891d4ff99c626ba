"""The one door for message boxes and file dialogs, so tests patch this module, never a waiting modal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str | None = None) -> bool:
    """Ask before doing something; `action` names the button that does it (“OK” when not given)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    accept = box.addButton(action or QCoreApplication.translate("prompts", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_choice(
    parent: QWidget | None, title: str, label: str, choices: list[tuple[str, str]], default: str = ""
) -> str | None:
    """One of `choices` ((value, text) pairs) by its value, or None when cancelled."""
    texts = [text for _value, text in choices]
    current = next((i for i, (value, _text) in enumerate(choices) if value == default), 0)
    text, accepted = QInputDialog.getItem(parent, title, label, texts, current, False)
    if not accepted:
        return None
    return next((value for value, shown in choices if shown == text), None)


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str = "") -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(path) if path else None


def ask_open_file(parent: QWidget | None, title: str, file_filter: str = "", start: Path | None = None) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(start or ""), file_filter)
    return Path(path) if path else None


def ask_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
    return Path(path) if path else None
