"""Time as the core stores it: UTC timestamps for events, plain dates for days."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime

_pinned: ContextVar[datetime | None] = ContextVar("kolcrm_pinned_now", default=None)
# Kept apart from _pinned: the demo back-dates events it records without moving "today" for the rules.
_fixed_today: ContextVar[date | None] = ContextVar("kolcrm_fixed_today", default=None)


def now() -> datetime:
    """The current moment, aware and in UTC (or the pinned one): every "now" in kolcrm comes from here."""
    moment = _pinned.get() or datetime.now(UTC)
    return moment.astimezone(UTC)


def today() -> date:
    """Today's local date, or the one fixed by `fixed_today` (tests): every "today" in kolcrm comes from here."""
    return _fixed_today.get() or date.today()


def utc_now() -> str:
    return now().isoformat(timespec="seconds")


@contextmanager
def pinned(moment: datetime) -> Iterator[None]:
    """Record events inside the block as happening at `moment` (demo history, tests); naive means local."""
    token = _pinned.set(moment if moment.tzinfo else moment.astimezone())
    try:
        yield
    finally:
        _pinned.reset(token)


@contextmanager
def fixed_today(day: date) -> Iterator[None]:
    """Let the rules and checks inside the block see `day` as today."""
    token = _fixed_today.set(day)
    try:
        yield
    finally:
        _fixed_today.reset(token)
