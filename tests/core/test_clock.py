"""The clock is the one source of "now" and "today": a test can fix the day every rule sees."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kolcrm.core import clock
from kolcrm.core.collaborations import payments
from kolcrm.core.errors import NotFoundError, ValidationError


def test_fixed_today_moves_the_day_a_rule_checks_against(db: Path) -> None:
    next_month = date.today() + timedelta(days=30)
    with pytest.raises(ValidationError, match="future date"):
        payments.mark_paid(1, next_month)
    with clock.fixed_today(next_month + timedelta(days=1)):
        assert clock.today() == next_month + timedelta(days=1)
        with pytest.raises(NotFoundError):  # past the date rule: now it is only the unknown payment
            payments.mark_paid(1, next_month)
    assert clock.today() == date.today()


def test_pinned_events_do_not_move_today() -> None:
    long_ago = datetime(2020, 5, 1, 9, 30, tzinfo=UTC)
    with clock.pinned(long_ago):
        assert clock.utc_now() == "2020-05-01T09:30:00+00:00"
        assert clock.now() == long_ago
        assert clock.today() == date.today()
