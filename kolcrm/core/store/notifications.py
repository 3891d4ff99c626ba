"""Hearing other users' changes to a team's book: PostgreSQL's LISTEN on the channel the schema's triggers
notify (pg_schema._announce_changes), on a connection of its own in a background thread.

The listener hands the names of the changed tables to a callback, at most every `quiet_s` seconds (a burst of
saves is one refresh), and leaves out the changes this process made itself (its own connection's backend pid).
It knows nothing of Qt: the GUI turns the callback into a signal (ui/team/live_updates.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from kolcrm.core.store.postgres import psycopg_module

CHANNEL = "kolcrm_changes"
POLL_S = 0.25


class ChangeListener:
    def __init__(
        self, conninfo: str, on_change: Callable[[set[str]], None], ignore_pid: int | None = None, quiet_s: float = 0.3
    ) -> None:
        self.conninfo, self.on_change, self.ignore_pid, self.quiet_s = conninfo, on_change, ignore_pid, quiet_s
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kolcrm-changes", daemon=True)
        self.error: str | None = None  # why listening stopped, when it did on its own

    def start(self, wait_s: float = 5.0) -> bool:
        """Start listening; True once the LISTEN is in place (changes committed from then on are heard)."""
        self._thread.start()
        return self._ready.wait(wait_s)

    def wait_listening(self, wait_s: float) -> bool:
        """Whether the LISTEN is in place (or listening has given up) within `wait_s`: a change committed before it
        is not heard, so a caller that must hear the next one waits for this first."""
        return self._ready.wait(wait_s)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)

    def _run(self) -> None:
        psycopg = psycopg_module()
        try:
            with psycopg.connect(self.conninfo, autocommit=True, application_name="kolcrm-changes") as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                self._ready.set()
                self._listen(conn)
        except psycopg.Error as exc:  # the server went away: the window keeps working, without live updates
            self.error = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            self._ready.set()

    def _listen(self, conn: Any) -> None:
        pending: set[str] = set()
        since = 0.0
        while not self._stop.is_set():
            for notice in conn.notifies(timeout=POLL_S, stop_after=256):
                if notice.pid != self.ignore_pid:
                    if not pending:
                        since = time.monotonic()
                    pending.add(notice.payload)
            if pending and time.monotonic() - since >= self.quiet_s:
                changed, pending = pending, set()
                self.on_change(changed)
