"""The choice when a KOL was saved by someone else while this editor was open: see what differs, then reload
their version (this editor's changes are dropped), save over it, or go on editing."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(enum.Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    KEEP_EDITING = "keep"


def ask_about_conflict(parent: QWidget, message: str, differing: list[str]) -> Choice:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("EditConflict", "Changed by someone else"),
        message,
        parent=parent,
    )
    box.setObjectName("editConflict")
    if differing:
        box.setInformativeText(
            QCoreApplication.translate("EditConflict", "Their version and yours differ in: {0}.").format(
                ", ".join(differing)
            )
        )
    reload = box.addButton(
        QCoreApplication.translate("EditConflict", "Reload theirs"), QMessageBox.ButtonRole.AcceptRole
    )
    overwrite = box.addButton(
        QCoreApplication.translate("EditConflict", "Save mine over theirs"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(QCoreApplication.translate("EditConflict", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload:
        return Choice.RELOAD
    if clicked is overwrite:
        return Choice.OVERWRITE
    return Choice.KEEP_EDITING


def settle(
    parent: QWidget,
    conflict: Exception,
    reload: Callable[[], object],
    overwrite: Callable[[], object],
    differing: list[str] | None = None,
) -> None:
    """Ask, then reload the other version or save over it (or do nothing: the editor stays as it is)."""
    choice = ask_about_conflict(parent, str(conflict), differing or [])
    if choice is Choice.RELOAD:
        reload()
    elif choice is Choice.OVERWRITE:
        overwrite()
