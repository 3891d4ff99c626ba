"""A window for a person whose PostgreSQL role may only read the team's book: everything that would change it is
switched off and the status bar says why. What a role may do is the server's GRANT, not a kolcrm setting; a
change that slips through is still refused by the server, with its message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def show_read_only(window: Any) -> None:  # the MainWindow (not imported: it imports what builds this)
    for action in (
        window.new_action,
        window.new_collaboration_action,
        window.edit_action,
        window.delete_action,
        window.custom_fields_action,
        window.kols.merge_action,
        window.kols.owners.action,
        window.data.import_action,
        window.data.import_handover_action,
        window.data.erase_kol_action,
        window.company_action,
    ):
        action.setEnabled(False)
    window.kols.read_only = True  # the list's double click and the pane's Edit… open no editor
    window.kols.filters.fit_brand.setEnabled(False)  # the Fit column is scored into a table on the server
    if window.kols._detail is not None:  # else the pane is locked when it is built (KolsArea.detail)
        lock_pane(window.kols._detail)
    label = QLabel(
        QCoreApplication.translate("ReadOnly", "Read-only: your role may read this team book, not change it")
    )
    label.setObjectName("readOnly")
    label.setStyleSheet("color: #8a5300; font-weight: bold")
    window.statusBar().addPermanentWidget(label)
    window.read_only = True  # type: ignore[attr-defined]


def lock_pane(detail: Any) -> None:
    """The KOL pane of a read-only window: its buttons and the note box that would write are off."""
    detail.read_only = True  # kept through every KOL the pane shows next
    for widget in (detail.edit_button, detail.new_deal_button):
        widget.setEnabled(False)
    detail.history.set_enabled(False)
