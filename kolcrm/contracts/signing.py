"""Where a contract version stands after it is drafted: sent to the KOL, signed by them, countersigned by the brand.

Each step has a date, and the steps come in order (a contract is signed after it is sent, countersigned after it is
signed). Clearing a step clears the ones after it. A sent contract still unsigned after UNSIGNED_AFTER_DAYS raises a
reminder (care/reminder_rules.py)."""

from __future__ import annotations

from datetime import date

from kolcrm.core import clock, i18n
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.store.db import database

STEPS = ("sent_on", "signed_on", "countersigned_on")
UNSIGNED_AFTER_DAYS = 7
_NAMES = {
    "sent_on": QT_TRANSLATE_NOOP("Contracts", "Sent"),
    "signed_on": QT_TRANSLATE_NOOP("Contracts", "Signed by the KOL"),
    "countersigned_on": QT_TRANSLATE_NOOP("Contracts", "Countersigned"),
}


def step_name(step: str) -> str:
    return i18n.translate("Contracts", _NAMES[step])


def mark(contract_id: int, step: str, on: date | None, today: date | None = None) -> None:
    """Record the date of a signing step (None clears it, and the steps after it), in order and not in the future."""
    if step not in STEPS:
        raise ValueError(step)
    today = today or clock.today()
    with database.atomic():
        row = database.execute_sql(
            "SELECT sent_on, signed_on, countersigned_on FROM contract WHERE id = ?", (contract_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(i18n.translate("Contracts", "Contract {id} does not exist").format(id=contract_id))
        dates = dict(zip(STEPS, row, strict=True))
        index = STEPS.index(step)
        if on is None:
            for later in STEPS[index:]:
                dates[later] = None
        else:
            if on > today:
                raise ValidationError(i18n.translate("Contracts", "A signing step cannot be dated in the future"))
            before = STEPS[index - 1] if index else None
            if before is not None and not dates[before]:
                raise ValidationError(
                    i18n.translate("Contracts", "Mark it “{step}” first").format(step=step_name(before))
                )
            if before is not None and on < date.fromisoformat(dates[before]):
                raise ValidationError(
                    i18n.translate("Contracts", "“{step}” cannot come before “{before}” ({date})").format(
                        step=step_name(step), before=step_name(before), date=dates[before]
                    )
                )
            dates[step] = on.isoformat()
        database.execute_sql(
            "UPDATE contract SET sent_on = ?, signed_on = ?, countersigned_on = ? WHERE id = ?",
            (*(dates[s] for s in STEPS), contract_id),
        )


def next_and_last(
    sent_on: str | None, signed_on: str | None, countersigned_on: str | None
) -> tuple[str | None, str | None]:
    """(the next step to take, the last one taken) of a version with these dates; None where there is none."""
    dates = dict(zip(STEPS, (sent_on, signed_on, countersigned_on), strict=True))
    upcoming = next((step for step in STEPS if not dates[step]), None)
    last = next((step for step in reversed(STEPS) if dates[step]), None)
    return upcoming, last


def stage_of(sent_on: str | None, signed_on: str | None, countersigned_on: str | None) -> str:
    """The furthest step reached, in words with its date ("Signed by the KOL 2026-12-02"), or "Drafted"."""
    for step, on in reversed(tuple(zip(STEPS, (sent_on, signed_on, countersigned_on), strict=True))):
        if on:
            return f"{step_name(step)} {on}"
    return i18n.translate("Contracts", "Drafted")
