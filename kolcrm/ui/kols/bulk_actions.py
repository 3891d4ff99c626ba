"""Edit → Edit selected KOLs… (Ctrl+Shift+E): the action; the dialog and its undo step load when first used, so
start-up pays for neither."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack


class KolBulkEdit(QObject):
    def __init__(self, area: Any, undo_stack: QUndoStack) -> None:  # the KolsArea (not imported: an import circle)
        super().__init__(area)
        self.area, self.undo_stack = area, undo_stack
        self.action = QAction(QCoreApplication.translate("KolBulkEdit", "Edit &selected KOLs…"), area)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.triggered.connect(self.edit_selected)

    def edit_selected(self) -> Any:
        """The dialog for the selected KOLs; their change, applied, as one undo step (its receipt, or None)."""
        from kolcrm.core.errors import ValidationError
        from kolcrm.core.kols import bulk_edit
        from kolcrm.ui.kols.bulk_dialog import BulkEditCommand, BulkEditDialog

        kol_ids = self.area.selected_kol_ids()
        if not kol_ids or self.area.read_only:
            return None
        dialog = BulkEditDialog(len(kol_ids), self.area)
        while dialog.exec():
            change = dialog.change()
            if change.empty:
                return None
            try:
                receipt = bulk_edit.apply_bulk(kol_ids, change)
            except ValidationError as exc:
                dialog.error.setText(exc.message)
                continue
            self.undo_stack.push(BulkEditCommand(self.area, change, receipt))
            self.area.reload(select=kol_ids[0])
            self.area.refresh_shown_kol()
            count = receipt.count
            self.area.status_message.emit(
                QCoreApplication.translate("KolBulkEdit", "%n KOLs changed (Ctrl+Z undoes it)", "", count)
            )
            return receipt
        return None
