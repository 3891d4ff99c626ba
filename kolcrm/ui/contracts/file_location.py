"""Where a file is, for when no program opened it: its path to copy and its folder to open.

A machine without a PDF viewer (a fresh Linux install, a locked-down office PC) makes the desktop refuse, or
accept and then show nothing. Either way the person still needs the file: so they get its path, not silence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kolcrm.ui import prompts


def open_in_file_manager(folder: Path) -> bool:
    """The folder in the desktop's file manager; False when the desktop refused (tests patch this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def explain_not_opened(parent: QWidget | None, path: Path) -> None:
    """Say that no program opened `path`, with the path (also put on the clipboard)."""
    QGuiApplication.clipboard().setText(str(path))
    prompts.error(
        parent,
        QCoreApplication.translate("FileLocation", "Not opened"),
        QCoreApplication.translate(
            "FileLocation",
            "No program on this computer opened the file: a PDF viewer may not be installed.\n"
            "The file is at:\n{0}\n(its path is on the clipboard)",
        ).format(path),
    )


class FileLocation(QWidget):
    """A line saying what happened, the file's path (selectable), Copy path and Open folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.path_field = QLineEdit()
        self.path_field.setReadOnly(True)
        self.path_field.setObjectName("filePath")
        self.copy_button = QPushButton(self.tr("Copy path"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.copy_button.clicked.connect(self.copy_path)
        self.folder_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    def show_path(self, path: Path, text: str, problem: bool) -> None:
        self.path = path
        self.text.setText(text)
        self.text.setStyleSheet("color: #b00020;" if problem else "")
        self.path_field.setText(str(path))
        self.path_field.setCursorPosition(0)
        self.copy_button.setText(self.tr("Copy path"))
        self.show()

    def copy_path(self) -> None:
        if self.path is not None:
            QGuiApplication.clipboard().setText(str(self.path))
            self.copy_button.setText(self.tr("Copied"))

    def open_folder(self) -> bool:
        if self.path is None:
            return False
        if open_in_file_manager(self.path.parent):
            return True
        self.text.setText(self.tr("No file manager could be opened either: copy the path and open it yourself."))
        self.text.setStyleSheet("color: #b00020;")
        return False
