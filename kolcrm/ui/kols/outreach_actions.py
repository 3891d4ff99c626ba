"""Edit → Send a message… for the KOLs selected in the list (or the one shown in the pane)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class KolOutreach(QObject):
    def __init__(self, area: Any) -> None:  # the KolsArea (not imported: it would make an import circle)
        super().__init__(area)
        self.area = area
        self.action = QAction(QCoreApplication.translate("KolOutreach", "Send a &message…"), area)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+S"))  # S for send (M is Merge)
        self.action.triggered.connect(lambda: self.send(self.area.selected_kol_ids()))

    def send(self, kol_ids: list[int]) -> int:
        """Open the message dialog for `kol_ids`; how many messages were marked as sent."""
        from kolcrm.ui.kols.message_dialog import MessageDialog

        if not kol_ids or self.area.read_only:
            return 0
        dialog = MessageDialog(kol_ids, self.area)
        dialog.exec()
        sent = dialog.sent  # a plain name: lupdate drops a call whose count is an expression
        if sent:
            self.area.reload(select=kol_ids[0])
            self.area.refresh_shown_kol()
            self.area.status_message.emit(
                QCoreApplication.translate("KolOutreach", "Message marked as sent to %n KOLs", "", sent)
            )
        return sent
