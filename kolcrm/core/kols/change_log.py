"""A KOL's history of changes: who added it, saved which fields, gave it to another owner, trashed or restored it.

One row per change, written in the same transaction as the change itself, naming the person the row version names
(versions.current_person: KOLCRM_USER, the server's login role, or the computer's user). Shown in the History tab
beside the notes and the deals' events; in a team, how an account manager sees what a colleague did."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from kolcrm.core import i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.changes import ACCOUNTS, FIELD_NAMES
from kolcrm.core.store import portable_sql, versions
from kolcrm.core.store.db import database

ADDED, SAVED, OWNER, TRASHED, RESTORED = "added", "saved", "owner", "trashed", "restored"
UPDATED_FROM, MERGED, MERGE_UNDONE = "updated_from", "merged", "merge_undone"
OUTREACH = "outreach"
KINDS = (ADDED, SAVED, OWNER, TRASHED, RESTORED, UPDATED_FROM, MERGED, MERGE_UNDONE, OUTREACH)
_SENTENCES = {
    ADDED: QT_TRANSLATE_NOOP("KolChangeLog", "{who} added this KOL"),
    SAVED: QT_TRANSLATE_NOOP("KolChangeLog", "{who} changed {fields}"),
    OWNER: QT_TRANSLATE_NOOP("KolChangeLog", "{who} gave this KOL to {owner}"),
    TRASHED: QT_TRANSLATE_NOOP("KolChangeLog", "{who} moved this KOL to the trash"),
    RESTORED: QT_TRANSLATE_NOOP("KolChangeLog", "{who} brought this KOL back from the trash"),
    UPDATED_FROM: QT_TRANSLATE_NOOP("KolChangeLog", "{who} updated this KOL from {source}"),
    MERGED: QT_TRANSLATE_NOOP("KolChangeLog", "{who} merged {source} into this KOL"),
    MERGE_UNDONE: QT_TRANSLATE_NOOP("KolChangeLog", "{who} undid the merge with {source}"),
    OUTREACH: QT_TRANSLATE_NOOP("KolChangeLog", "{who} set the outreach to {stage}"),
}


@dataclass(frozen=True)
class KolChange:
    id: int
    kol_id: int
    changed_at: str  # UTC, ISO 8601
    changed_by: str
    what: str  # one of _SENTENCES' keys
    detail: str  # SAVED: the field keys, comma-separated; OWNER: the new owner ("" for nobody); UPDATED_FROM: the
    # file's name; MERGED, MERGE_UNDONE: the other KOL's name; OUTREACH: the stage (vocabulary.OutreachStage)


def record(kol_ids: Iterable[int], what: str, detail: str = "") -> None:
    """One history row per KOL for a change made now by the current person (call inside the change's transaction)."""
    person, now = versions.current_person(), utc_now()
    portable_sql.execute_many(
        "INSERT INTO kol_change (kol_id, changed_at, changed_by, what, detail) VALUES (?, ?, ?, ?, ?)",
        [(kol_id, now, person, what, detail) for kol_id in kol_ids],
    )


def changes(kol_id: int) -> list[KolChange]:
    """The KOL's changes, newest first."""
    rows = database.execute_sql(
        "SELECT id, kol_id, changed_at, changed_by, what, detail FROM kol_change WHERE kol_id = ? ORDER BY id DESC",
        (kol_id,),
    )
    return [KolChange(*row) for row in rows]


def describe(change: KolChange) -> str:
    """The change in a sentence, in the user's language: "李雷 changed Status, City at 14:02"."""
    who = change.changed_by or i18n.translate("KolChangeLog", "Someone")
    sentence = i18n.translate("KolChangeLog", _SENTENCES.get(change.what, _SENTENCES[SAVED]))
    fields = i18n.translate("KolChangeLog", ", ").join(_field_name(key) for key in change.detail.split(",") if key)
    owner = change.detail or i18n.translate("KolChangeLog", "nobody")
    stage = _stage_label(change.detail) if change.what == OUTREACH else ""
    text = sentence.format(who=who, fields=fields, owner=owner, source=change.detail, stage=stage)
    return i18n.translate("KolChangeLog", "{change} at {time}").format(change=text, time=_local(change.changed_at)[1])


def local_day(change: KolChange) -> date:
    """The day of the change on this computer's clock (the timeline's day)."""
    return _local(change.changed_at)[0]


def _stage_label(value: str) -> str:
    from kolcrm.core.vocabulary.outreach import OutreachStage

    return OutreachStage(value).label if value in set(OutreachStage) else value


def _field_name(key: str) -> str:
    if key == ACCOUNTS:
        return i18n.translate("KolChanges", "Platform accounts")
    label = FIELD_NAMES.get(key)
    return i18n.translate("KolChanges", label) if label else key


def _local(stamp: str) -> tuple[date, str]:
    """The day and the hh:mm of a UTC timestamp, on this computer's clock."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return date.min, stamp
    local = moment.astimezone() if moment.tzinfo else moment
    return local.date(), local.strftime("%H:%M")
