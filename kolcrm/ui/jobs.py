"""Long work off the GUI thread: a core function with progress(done, total) and cancelled() on a QThreadPool.

The core function knows nothing of Qt; the job turns its progress calls into signals, which Qt delivers
to the GUI thread, and answers its cancelled() from a flag the GUI sets with cancel().
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.store.db import database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]
_running: set[Job] = set()  # a job must outlive whoever started it (a dialog closed mid-way) until it ends


class JobSignals(QObject):
    """Lives in the GUI thread, so connected slots run there (queued) while the job emits from its worker."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # whatever the core function returned
    failed = Signal(str)  # a message for the user


class Job(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        # Python owns the job (the dialog keeps a reference); Qt must not delete it under us.
        self.setAutoDelete(False)
        self.work = work
        self.signals = JobSignals()
        self._cancelled = threading.Event()
        self._done = threading.Event()

    @property
    def progress(self) -> Signal:
        return self.signals.progress

    @property
    def finished(self) -> Signal:
        return self.signals.finished

    @property
    def failed(self) -> Signal:
        return self.signals.failed

    def start(self, pool: QThreadPool | None = None) -> None:
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(self)

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (for shutdown and tests); False on timeout."""
        return self._done.wait(timeout)

    def run(self) -> None:
        try:
            self._run()
        finally:
            _running.discard(self)

    def _run(self) -> None:
        outcome: tuple[str, Any]
        try:
            outcome = ("finished", self.work(self.signals.progress.emit, self._cancelled.is_set))
        except (ValidationError, NotFoundError) as exc:
            outcome = ("failed", exc.message if isinstance(exc, ValidationError) else str(exc))
        except Exception as exc:
            log.exception("Background job failed")
            outcome = ("failed", str(exc) or type(exc).__name__)
        finally:
            # peewee keeps one connection per thread: this worker's must not outlive the work.
            if database.database is not None and not database.is_closed():
                database.close()
            self._done.set()
        kind, value = outcome
        try:
            (self.signals.finished if kind == "finished" else self.signals.failed).emit(value)
        except RuntimeError:  # the GUI side was torn down meanwhile (application quitting): nobody to tell
            log.warning("Background job ended after its window closed: %s", kind)
