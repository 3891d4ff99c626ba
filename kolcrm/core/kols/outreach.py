"""Reaching out to KOLs before any deal (建联): the stage each is at and since when, the messages sent (touches,
each kept in the history as the message it was), and who has been silent long enough to follow up.

Stage changes go to the KOL's change history (who and when); a touch is a dated Message in the timeline. A first
message moves a KOL not yet contacted to contacted. These write the outreach columns only: an editor open on the KOL
saves its own fields over nothing of this.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kolcrm.core import clock, i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.kols import change_log
from kolcrm.core.kols.interactions import checked_text
from kolcrm.core.store import portable_sql, search, versions
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import InteractionKind
from kolcrm.core.vocabulary.outreach import OutreachStage

FOLLOW_UP_DAYS = 3  # a KOL contacted and silent this long: Today says follow up (Preferences may change it)


@dataclass(frozen=True)
class FollowUp:
    kol_id: int
    display_name: str
    last_touch_on: date
    touches: int


def set_stage(kol_ids: Sequence[int], stage: OutreachStage, on: date | None = None) -> int:
    """Move the KOLs to `stage` (dated `on`, today by default); returns how many moved."""
    stage = OutreachStage(stage)
    day = (on or clock.today()).isoformat()
    with database.atomic():
        moving = _ids(f"SELECT id FROM kol WHERE id IN ({_marks(kol_ids)}) AND outreach_stage != ?", [*kol_ids, stage])
        portable_sql.execute_many(
            "UPDATE kol SET outreach_stage = ?, outreach_on = ?, updated_at = ? WHERE id = ?",
            [(stage.value, day, utc_now(), kol_id) for kol_id in moving],
        )
        change_log.record(moving, change_log.OUTREACH, stage.value)
    return len(moving)


def log_touch(kol_ids: Sequence[int], message: str, on: date | None = None) -> int:
    """A message sent to each KOL (the filled template, or what was said): one more touch, dated, kept in the
    history; a KOL not contacted yet becomes contacted. Returns how many KOLs it was logged for."""
    text = checked_text(message, "message", i18n.translate("Outreach", "Write the message that was sent"))
    day = (on or clock.today()).isoformat()
    with database.atomic():
        ids = _ids(f"SELECT id FROM kol WHERE id IN ({_marks(kol_ids)}) AND deleted_at IS NULL", list(kol_ids))
        first = _ids(f"SELECT id FROM kol WHERE id IN ({_marks(ids)}) AND outreach_stage = 'none'", ids)
        now, person = utc_now(), versions.current_person()
        portable_sql.execute_many(
            "INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at, created_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(kol_id, day, InteractionKind.MESSAGE.value, text, now, person) for kol_id in ids],
        )
        portable_sql.execute_many(
            "UPDATE kol SET touches = touches + 1, last_touch_on = ?, updated_at = ?,"
            " last_contact = CASE WHEN last_contact < ? THEN ? ELSE last_contact END WHERE id = ?",
            [(day, now, day, day, kol_id) for kol_id in ids],
        )
        if first:
            set_stage(first, OutreachStage.CONTACTED, on)
        for kol_id in ids:
            search.reindex_kol(database, kol_id)  # the message is history text, and history is searched
    return len(ids)


def log_touches(messages: dict[int, str], on: date | None = None) -> int:
    """Each KOL's own message (a template filled in for them), all in one transaction; how many were logged."""
    with database.atomic():
        return sum(log_touch([kol_id], text, on) for kol_id, text in messages.items())


def summary(kol_id: int) -> tuple[OutreachStage, date | None, int, date | None]:
    """(stage, since, touches, last message day) of one KOL."""
    row = database.execute_sql(
        "SELECT outreach_stage, outreach_on, touches, last_touch_on FROM kol WHERE id = ?", (kol_id,)
    ).fetchone()
    if row is None:
        return OutreachStage.NONE, None, 0, None
    stage = OutreachStage(row[0]) if row[0] in set(OutreachStage) else OutreachStage.NONE
    day = date.fromisoformat
    return stage, day(row[1]) if row[1] else None, int(row[2] or 0), day(row[3]) if row[3] else None


def follow_ups(today: date, after_days: int = FOLLOW_UP_DAYS) -> list[FollowUp]:
    """Live KOLs contacted (no reply yet) whose last message is `after_days` old or older, the longest silent first."""
    cutoff = (today - timedelta(days=after_days)).isoformat()
    rows = database.execute_sql(
        "SELECT id, display_name, last_touch_on, touches FROM kol WHERE deleted_at IS NULL"
        " AND outreach_stage = 'contacted' AND last_touch_on IS NOT NULL AND last_touch_on <= ?"
        " ORDER BY last_touch_on, id",
        (cutoff,),
    )
    return [FollowUp(kol_id, name, date.fromisoformat(last), touches) for kol_id, name, last, touches in rows]


def stage_counts() -> dict[OutreachStage, int]:
    """How many live KOLs are at each stage (the filter's and the pipeline's numbers)."""
    rows = database.execute_sql(
        "SELECT outreach_stage, count(*) FROM kol WHERE deleted_at IS NULL GROUP BY outreach_stage"
    )
    counts = dict.fromkeys(OutreachStage, 0)
    for stage, count in rows:
        if stage in set(OutreachStage):
            counts[OutreachStage(stage)] = count
    return counts


def _marks(ids: Sequence[object]) -> str:
    return ",".join("?" * len(ids)) or "NULL"


def _ids(sql: str, params: Sequence[object]) -> list[int]:
    return [row[0] for row in database.execute_sql(sql, list(params))]
