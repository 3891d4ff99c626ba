"""Delete in the KOL list: to the trash as one undo step, with a question first when signed deals go too, and a
status line saying how to bring them back (Ctrl+Z worked, but nobody was told)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from kolcrm.core.kols import trash
from kolcrm.ui import prompts


class TrashingArea(Protocol):
    """What trashing needs of the KOL list's area (kolcrm.ui.kols.area imports this module, not the reverse)."""

    undo_stack: QUndoStack
    status_message: Any  # Signal(str)
    trash_changed: Any  # Signal()

    def reload(self, select: int | None = None) -> None: ...

    def window(self) -> QWidget: ...


def trash_with_confirmation(area: TrashingArea, ids: list[int]) -> None:
    """Delete: the selected KOLs to the trash (one undo step), after a question when signed deals go with them."""
    if not ids or not _confirm_live_deals(area, ids):
        return
    area.undo_stack.push(TrashCommand(area, ids))
    count = len(ids)
    undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    area.status_message.emit(
        QCoreApplication.translate(
            "KolsArea", "Moved %n KOLs to the trash. {0} brings them back; so does the Trash.", None, count
        ).format(undo_keys)
    )


def _confirm_live_deals(area: TrashingArea, kol_ids: list[int]) -> bool:
    """Signed, unfinished deals go to the trash with their KOL: ask first, naming them."""
    deals = trash.live_deals(kol_ids)
    if not deals:
        return True
    shown = [f"• {deal.kol_name}: {deal.title} ({deal.stage.label})" for deal in deals[:8]]
    if len(deals) > 8:
        more = len(deals) - 8
        shown.append(QCoreApplication.translate("KolsArea", "… and %n more", None, more))
    count = len(deals)
    text = QCoreApplication.translate(
        "KolsArea", "%n signed deals are not finished yet and go to the trash with their KOL:", None, count
    )
    back = QCoreApplication.translate("KolsArea", "Ctrl+Z or the Trash brings them back.")
    return prompts.confirm(
        area.window(),
        QCoreApplication.translate("KolsArea", "Move to the trash?"),
        "\n".join([text, *shown, back]),
        QCoreApplication.translate("KolsArea", "Move to Trash"),
    )


class TrashCommand(QUndoCommand):
    """Delete = move to the trash; Ctrl+Z restores exactly the KOLs this command moved."""

    def __init__(self, area: TrashingArea, kol_ids: list[int]) -> None:
        count = len(kol_ids)  # a plain name: lupdate misreads a call as translate()'s count
        super().__init__(QCoreApplication.translate("KolsArea", "Move %n KOLs to the trash", None, count))
        self.area = area
        self.kol_ids = kol_ids

    def redo(self) -> None:
        self.kol_ids = trash.trash_kols(self.kol_ids) or self.kol_ids
        self.area.reload()
        self.area.trash_changed.emit()

    def undo(self) -> None:
        trash.restore_kols(self.kol_ids)
        self.area.reload(select=self.kol_ids[0] if self.kol_ids else None)
        self.area.trash_changed.emit()
