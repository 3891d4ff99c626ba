"""Time as the core stores it: UTC timestamps for events, plain dates for days."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
