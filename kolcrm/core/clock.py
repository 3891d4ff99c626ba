"""Time as the core stores it: UTC timestamps for events, plain dates for days."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

_pinned: ContextVar[datetime | None] = ContextVar("kolcrm_pinned_now", default=None)


def utc_now() -> str:
    moment = _pinned.get() or datetime.now(UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@contextmanager
def pinned(moment: datetime) -> Iterator[None]:
    """Record events inside the block as happening at `moment` (demo history, tests); naive means local."""
    token = _pinned.set(moment if moment.tzinfo else moment.astimezone())
    try:
        yield
    finally:
        _pinned.reset(token)
