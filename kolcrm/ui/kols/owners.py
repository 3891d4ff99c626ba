"""Owners in the KOL list: the owner filter's choices ("My KOLs" first), and Edit → Give to another owner… for the
selected KOLs (how a departing colleague's KOLs are handed over inside a team)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from kolcrm.core.errors import ValidationError
from kolcrm.ui import prompts


class KolOwners(QObject):
    def __init__(self, area: Any) -> None:  # the KolsArea (not imported: it imports this module)
        super().__init__(area)
        self.area = area
        self.action = QAction(QCoreApplication.translate("KolOwners", "Give to another &owner…"), area)
        self.action.triggered.connect(self.hand_over)

    def refresh(self) -> None:
        from kolcrm.core.kols import ownership
        from kolcrm.core.store.versions import current_person

        self.area.filters.set_owners(ownership.owners(), current_person())

    def hand_over(self) -> None:
        from kolcrm.core.kols import ownership

        kol_ids = self.area.selected_kol_ids()
        if not kol_ids or self.area.read_only:
            return
        selected = len(kol_ids)
        name, accepted = QInputDialog.getItem(
            self.area,
            QCoreApplication.translate("KolOwners", "Give to another owner"),
            QCoreApplication.translate("KolOwners", "New owner of %n selected KOLs:", "", selected),
            ownership.owners(),
            0,
            True,  # editable: a colleague who owns no KOL yet can be typed
        )
        if not accepted:
            return
        try:
            changed = ownership.set_owner(kol_ids, name)
        except ValidationError as exc:
            prompts.error(self.area, QCoreApplication.translate("KolOwners", "Give to another owner"), str(exc))
            return
        self.area.reload(select=kol_ids[0])
        self.area.refresh_shown_kol()
        self.area.status_message.emit(
            QCoreApplication.translate("KolOwners", "%n KOLs given to {0}", "", changed).format(name.strip() or "—")
        )
