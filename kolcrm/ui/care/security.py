"""Preferences → Security: encrypt the open database, change its passphrase, or decrypt it.

Each conversion is kolcrm.core.store.encryption's (a verified copy, then one atomic rename) run as a background job
behind a modal progress dialog; the app lets go of its connection first and reopens the file when it is done (with
the old key again if the conversion failed, since the file then is as it was).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from kolcrm.core.store import encryption, passphrases
from kolcrm.core.store.db import database, let_go, open_database, open_passphrase
from kolcrm.ui import prompts
from kolcrm.ui.care import passphrase as asking
from kolcrm.ui.jobs import Job, Progress

Conversion = Callable[[Progress], encryption.ConversionResult]


class SecuritySection(QGroupBox):
    converted = Signal()  # the database was encrypted, re-keyed or decrypted, and is open again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Security"))
        name = database.database
        self.path = Path(name) if name and name != ":memory:" else None
        self.job: Job | None = None
        self.after: Callable[[Path], None] | None = None  # what to say once the conversion is done
        self.progress: QProgressDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("Encrypt this database…"))
        self.change_button = QPushButton(self.tr("Change passphrase…"))
        self.decrypt_button = QPushButton(self.tr("Decrypt…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.change_button.clicked.connect(self.change_passphrase)
        self.decrypt_button.clicked.connect(self.decrypt)
        warning = QLabel(self.tr("A lost passphrase cannot be recovered: without it nobody can open the database."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #666;")
        buttons = QHBoxLayout()
        for button in (self.encrypt_button, self.change_button, self.decrypt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(warning)
        self.show_state()

    def show_state(self) -> None:
        encrypted = open_passphrase() is not None
        if self.path is None:
            self.status.setText(self.tr("No database file is open."))
        elif encrypted:
            self.status.setText(
                self.tr(
                    "This database is encrypted (SQLCipher): its file and backups are unreadable without the passphrase."
                )
            )
        else:
            self.status.setText(self.tr("This database is not encrypted: anyone who can read its file can read it."))
        self.encrypt_button.setVisible(self.path is not None and not encrypted)
        self.change_button.setVisible(self.path is not None and encrypted)
        self.decrypt_button.setVisible(self.path is not None and encrypted)

    # --- the three actions ----------------------------------------------------------------------------------------

    def encrypt(self) -> None:
        answer = asking.ask_new_passphrase(self, self.tr("Encrypt this database"))
        if answer is None or self.path is None:
            return
        path = self.path
        self._run(lambda report: encryption.encrypt_database(path, answer.passphrase, report), None, answer)
        self.after = self._tell_about_plain_copies

    def change_passphrase(self) -> None:
        current = open_passphrase()
        answer = asking.ask_new_passphrase(self, self.tr("Change passphrase"), current=current)
        if answer is None or self.path is None or current is None:
            return
        path = self.path
        self._run(
            lambda report: encryption.change_passphrase(path, current, answer.passphrase, report), current, answer
        )

    def decrypt(self) -> None:
        current = open_passphrase()
        if self.path is None or current is None:
            return
        confirmed = prompts.confirm(
            self,
            self.tr("Decrypt this database?"),
            self.tr(
                "The file becomes a plain SQLite file again: anyone who can read it can read every KOL's names, phone"
                " numbers, WeChat IDs and fees, and so can anyone who reads a backup taken from now on."
            ),
            self.tr("Decrypt"),
        )
        if confirmed:
            path = self.path
            self._run(lambda report: encryption.decrypt_database(path, current, report), current, None)

    # --- running one -------------------------------------------------------------------------------------------

    def _run(self, conversion: Conversion, old_key: str | None, new: passphrases.Answer | None) -> None:
        assert self.path is not None
        path = self.path
        let_go(path)  # the app's own connection must be closed before the file is taken alone
        self.progress = QProgressDialog(self.tr("Converting the database…"), "", 0, encryption.STEPS, self)
        self.progress.setCancelButton(None)  # an atomic rename cannot be stopped half-way, nor needs to be
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.job = Job(lambda report, _cancelled: conversion(report))
        self.job.progress.connect(lambda done, _total: self.progress.setValue(done) if self.progress else None)
        self.job.finished.connect(lambda _result: self._done(path, new))
        self.job.failed.connect(lambda message: self._failed(path, old_key, message))
        self.job.start()

    def _done(self, path: Path, new: passphrases.Answer | None) -> None:
        open_database(path, new.passphrase if new else None)
        if new is not None and new.remember and not passphrases.remember_in_keychain(path, new.passphrase):
            prompts.info(
                self,
                self.tr("Security"),
                self.tr("This computer has no keychain kolcrm can use: the passphrase was not remembered."),
            )
        self._finish()
        self.converted.emit()
        after, self.after = self.after, None
        if after is not None:
            after(path)

    def _tell_about_plain_copies(self, path: Path) -> None:
        from kolcrm.exchange.backup import plain_copies

        copies = plain_copies(path)
        if copies:
            count = len(copies)
            prompts.info(
                self,
                self.tr("Security"),
                self.tr(
                    "%n earlier copies of this database are not encrypted (backups, and copies kept by a restore or"
                    " an upgrade). Delete them, or keep them somewhere safe:",
                    "",
                    count,
                )
                + "\n"
                + "\n".join(str(copy) for copy in copies),
            )

    def _failed(self, path: Path, old_key: str | None, message: str) -> None:
        open_database(path, old_key)  # the conversion left the file as it was
        self.after = None
        self._finish()
        prompts.error(self, self.tr("The database was not converted"), message)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.show_state()
