"""The main window's data in and out: import, export, handover, backups and erasing a KOL, as menu actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from kolcrm.core.kols.list_query import KolFilter
from kolcrm.ui import prompts


class DataActions(QObject):
    """Builds the actions on the window's File and Edit menus; each opens the dialog or job that does the work.

    It knows the window only as the widget its dialogs belong to, plus what it asks: the KOL list's filter
    and the KOL the detail pane shows. When the data changed wholesale it emits `everything_changed`.
    """

    everything_changed = Signal()  # an import, a restore or an erasure: every area must reload
    book_chosen = Signal(object)  # a postgresql:// URL or a file Path: the app opens a window on it instead

    def __init__(
        self,
        window: QWidget,
        database_path: Path | None,
        kol_filter: Callable[[], KolFilter],
        shown_kol_id: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database_path = database_path
        self.kol_filter = kol_filter
        self.shown_kol_id = shown_kol_id
        self.import_action = self._action(self.tr("&Import KOLs (CSV, Excel)…"), self._import, QKeySequence("Ctrl+I"))
        self.import_handover_action = self._action(self.tr("Import &handover package…"), self._import_handover)
        self.export_actions: dict[str, QAction] = {
            kind: self._action(label, lambda _checked=False, kind=kind: self._export_kols(kind))
            for kind, label in (
                ("csv", self.tr("KOL list as CSV…")),
                ("xlsx", self.tr("KOL list as Excel (XLSX)…")),
                ("vcf", self.tr("Contacts as vCard…")),
            )
        }
        self.export_actions["ics"] = self._action(self.tr("Schedule and reminders as iCalendar…"), self._export_ics)
        self.export_actions["handover"] = self._action(
            self.tr("Handover package (the whole KOL book)…"), self._export_handover
        )
        self.backups_action = self._action(self.tr("&Backups…"), self._backups)
        self.export_kol_json_action = self._action(self.tr("Export this KOL as JSON…"), self._export_kol_json)
        self.erase_kol_action = self._action(self.tr("Erase this KOL permanently…"), self._erase_kol)
        self.connect_action = self._action(self.tr("Connect to a &team database…"), self._connect_to_server)
        self.own_file_action = self._action(self.tr("Back to my own &file"), self._back_to_own_file)
        self.own_file_action.setEnabled(not isinstance(database_path, Path))

    def add_to_file_menu(self, menu: QMenu) -> None:
        menu.addAction(self.import_action)
        menu.addAction(self.import_handover_action)
        export_menu = menu.addMenu(self.tr("&Export"))
        for kind in ("csv", "xlsx", "vcf", "ics"):
            export_menu.addAction(self.export_actions[kind])
        export_menu.addSeparator()
        export_menu.addAction(self.export_actions["handover"])
        menu.addSeparator()
        menu.addAction(self.backups_action)
        menu.addAction(self.connect_action)
        menu.addAction(self.own_file_action)

    def add_to_edit_menu(self, menu: QMenu) -> None:
        menu.addAction(self.export_kol_json_action)
        menu.addAction(self.erase_kol_action)

    def _action(self, text: str, slot, keys: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _export_kols(self, kind: str) -> None:
        from kolcrm.ui.exchange.export_dialog import export_kols

        export_kols(self.window, kind, self.kol_filter())  # what the list shows now

    def _export_ics(self) -> None:
        from kolcrm.ui.exchange.export_dialog import export_schedule

        export_schedule(self.window)

    def _export_handover(self) -> None:
        from kolcrm.ui.exchange.export_dialog import export_handover_package

        export_handover_package(self.window)

    def _import(self) -> None:
        from kolcrm.ui.exchange.import_dialog import ImportDialog

        dialog = ImportDialog(self.window)
        dialog.finished_import.connect(self.everything_changed)
        dialog.open()

    def _import_handover(self) -> None:
        from kolcrm.ui.exchange.export_dialog import import_handover_package

        job = import_handover_package(self.window)
        if job is not None:
            job.finished.connect(lambda _summary: self.everything_changed.emit())

    def _export_kol_json(self) -> None:
        kol_id = self.shown_kol_id()
        if kol_id is not None:
            from kolcrm.ui.exchange.export_dialog import export_kol_json

            export_kol_json(self.window, kol_id)

    def _erase_kol(self) -> None:
        kol_id = self.shown_kol_id()
        if kol_id is None:
            return
        from kolcrm.ui.exchange.export_dialog import confirm_and_erase

        if confirm_and_erase(self.window, kol_id):
            self.everything_changed.emit()

    def _connect_to_server(self) -> None:
        from kolcrm.ui.team.connecting import ask_for_server_book

        book = ask_for_server_book(self.window, self.window.settings)
        if book is not None:
            self.book_chosen.emit(book.url)  # with its password, if one was typed: only this process holds it

    def _back_to_own_file(self) -> None:
        from kolcrm.core.store.paths import default_database_path

        self.book_chosen.emit(default_database_path())

    def _backups(self) -> None:
        if not isinstance(self.database_path, Path):  # none open, or a team's book: its server keeps the backups
            prompts.info(
                self.window,
                self.tr("Backups"),
                self.tr("A team database is backed up by its PostgreSQL server (pg_dump, or the host's snapshots)."),
            )
            return
        from kolcrm.ui.exchange.backup_dialog import BackupDialog

        dialog = BackupDialog(self.database_path, self.window)
        dialog.restored.connect(lambda _path: self.everything_changed.emit())
        dialog.open()
