"""Other users' changes appear without a restart: the window of a team's book listens for them
(core.store.notifications) and refreshes what shows the changed tables, keeping the user's place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from kolcrm.core.store import engine
from kolcrm.core.store.notifications import ChangeListener

KOL_TABLES = {"kol", "kol_label", "platform_account", "rate_card_entry", "interaction", "kol_custom_value",
              "custom_field", "account_metric"}  # fmt: skip
DEAL_TABLES = {"collaboration", "deliverable", "payment", "approval_step", "stage_change", "contract"}
CARE_TABLES = {"gift", "perk", "risk", "reminder", "scheduling_priority", "blackout_period"}
CAMPAIGN_TABLES = {"campaign", "kpi", "brand_post", "readiness_item", "metric_capture"}
STATUS_MESSAGE_MS = 6000


class LiveUpdates(QObject):
    changed = Signal(object)  # the set of table names other users changed; emitted from the listener's thread

    def __init__(self, window: Any) -> None:  # the MainWindow (not imported: it imports what builds this)
        super().__init__(window)
        self.window = window
        server = engine.current()
        self.listener = ChangeListener(server.database, self.changed.emit, ignore_pid=_backend_pid(server))
        self.changed.connect(self.refresh)  # queued: the slot runs in the GUI thread
        self.listener.start(wait_s=0)
        window.destroyed.connect(lambda: self.listener.stop())

    def refresh(self, tables: set[str]) -> None:
        window = self.window
        if tables & KOL_TABLES:
            window.kols.reload(select=window.kols.current_kol_id())
        if tables & (KOL_TABLES | DEAL_TABLES | CARE_TABLES):
            window.kols.refresh_shown_kol()
        for area, watched in ((window._collaborations, DEAL_TABLES), (window._campaigns, CAMPAIGN_TABLES)):
            if area is not None and tables & (watched | {"brand"}):
                area.load()
        if tables & (DEAL_TABLES | CARE_TABLES | KOL_TABLES):
            window.care_changed()
        window.statusBar().showMessage(self.tr("Updated with changes other users made."), STATUS_MESSAGE_MS)


def _backend_pid(server: object) -> int | None:
    try:
        return int(server.connection().info.backend_pid)  # type: ignore[attr-defined]
    except Exception:  # not connected yet: this window's own changes may then echo back once, harmlessly
        return None
