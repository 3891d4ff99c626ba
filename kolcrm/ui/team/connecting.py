"""Connecting from the window: the dialog until the server answers (or the person cancels), then the book.

The connection is tried here, before the window is replaced: a wrong password or an unreachable server is said in
the dialog, which stays open with what was typed, and the window keeps its current book.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget

from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store import team
from kolcrm.core.store.server import ServerBook
from kolcrm.ui.team.connect_dialog import ConnectDialog


def ask_for_server_book(parent: QWidget, settings: QSettings) -> ServerBook | None:
    """A server book that accepted the connection, or None when the person cancelled."""
    dialog = ConnectDialog(settings, parent)
    while dialog.exec() == ConnectDialog.DialogCode.Accepted:
        try:
            book = dialog.book()
            team.check_server_book(book)
        except DatabaseOpenError as exc:
            dialog.show_error(str(exc))
            continue
        dialog.remember_server()
        if dialog.remember.isChecked() and book.password:
            team.remember_password(book, book.password)
        return book
    return None


class PasswordDialogAsker:
    """team's password asker for the window: a password dialog for the server book (None on Cancel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def __call__(self, book: ServerBook) -> str | None:
        text, accepted = QInputDialog.getText(
            self.parent,
            QApplication.translate("Team", "Team database password"),
            QApplication.translate("Team", "Password of {user} for {url}:").format(user=book.user, url=book),
            QLineEdit.EchoMode.Password,
        )
        return text if accepted else None
