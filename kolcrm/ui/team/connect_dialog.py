"""File → Connect to a team database…: the server, the database and the user, remembered on this computer; the
password asked for, and kept only in the OS keychain if the person says so (never in kolcrm's settings)."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.store.server import ServerBook

LAST_SERVER_KEY = "team/last_server"  # the URL without its password


class ConnectDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Connect to a team database"))
        intro = QLabel(
            self.tr(
                "A team shares one book on a PostgreSQL server. Ask whoever runs it for the server's address, the"
                " database's name and your user name."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty to use ~/.pgpass or the keychain"))
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keychain"))
        self.error = QLabel()
        self.error.setObjectName("connectError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill_from(str(settings.value(LAST_SERVER_KEY, "") or ""))

    def book(self) -> ServerBook:
        """The server book the fields describe, with the password typed (if any)."""
        user = quote(self.user.text().strip(), safe="")
        host = self.host.text().strip() or "localhost"
        name = quote(self.database.text().strip(), safe="")
        book = ServerBook.parse(f"postgresql://{user + '@' if user else ''}{host}:{self.port.value()}/{name}")
        return book.with_password(self.password.text()) if self.password.text() else book

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def remember_server(self) -> None:
        """The next Connect… starts from this server, database and user (the password is not kept here)."""
        self.settings.setValue(LAST_SERVER_KEY, _without_password(self.book()))

    def _accept_if_complete(self) -> None:
        if not self.database.text().strip():
            self.show_error(self.tr("Give the database's name."))
            return
        self.accept()

    def _fill_from(self, url: str) -> None:
        if not url:
            return
        try:
            book = ServerBook.parse(url)
        except Exception:  # a remembered value that no longer parses: start from empty fields
            return
        from urllib.parse import urlsplit

        parts = urlsplit(book.url)
        self.host.setText(parts.hostname or "localhost")
        self.port.setValue(parts.port or 5432)
        self.database.setText(book.name)
        self.user.setText(book.user)


def _without_password(book: ServerBook) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(book.url)
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{parts.username}@{host}" if parts.username else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
