"""Merging two KOLs who are one person: everything of the other moves to the kept one, undoably.

The other KOL is not erased: it goes to the trash as an empty shell with a history note saying where it went, so
its id stays taken and the merge can be undone exactly (undo_merge). What cannot sit on the kept KOL twice stays
with the shell: a custom value or scheduling priority the kept KOL already has (the kept one wins), a label the
kept KOL already carries. The kept KOL's profile is never overwritten, only its empty fields are filled.

Every table that refers to a KOL is named once below (KOL_TABLES); tests/core/kols/test_merge.py fails when a
table with a kol_id column or a foreign key to kol appears that this module does not handle.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kolcrm.core import clock, i18n
from kolcrm.core.brands import fit_scores
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import NotFoundError
from kolcrm.core.kols import change_log
from kolcrm.core.kols.merge_preview import (
    COUNT_WORDS,
    FIELD_WORDS,
    PROFILE_FIELDS,
    MergePreview,
    MergeSide,
    check_pair,
    count,
    kol_row,
    merged_languages,
    preview_merge,
    profile_changes,
    row_dict,
    rows,
)
from kolcrm.core.store import search, versions
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import execute_many, insert_returning_id
from kolcrm.core.vocabulary import tier_for_followers

__all__ = [
    "COUNT_WORDS", "FIELD_WORDS", "KOL_TABLES", "MergePreview", "MergeReceipt", "MergeSide", "merge_kols",
    "preview_merge", "undo_merge",
]  # fmt: skip

# Rows that change hands whole: what hangs off a deal or an account (deliverables, payments, contracts, stage
# changes, rate cards, metrics) refers to the deal or account, not to the KOL, and so follows it.
MOVED_WHOLE = (
    "interaction", "collaboration", "gift", "perk", "blackout_period", "risk", "kol_change", "attachment", "sent_item"
)  # fmt: skip
KOL_TABLES: Mapping[str, str] = {
    **{table: "moves" for table in MOVED_WHOLE},
    "platform_account": "moves, after the kept KOL's accounts (rate cards and metrics follow their account)",
    "kol_label": "moves unless the kept KOL has the same label (labels are unioned)",
    "reminder": "moves; a generated key naming the other KOL is rewritten, or dropped when the kept KOL has it",
    "kol_custom_value": "moves where the kept KOL has no value for the field (the kept value wins)",
    "scheduling_priority": "moves when the kept KOL has none (the kept one wins)",
    "kol_fit": "derived: both KOLs are rescored (fit_scores.kols_changing)",
    "kol_search_doc": "derived: both KOLs are reindexed",
}
# Generated reminder keys that end in the KOL's id (care/reminder_rules.py): "birthday:2027-05-01:12",
# "festival:spring_festival:2027:12". The others name a deal, deliverable, payment or risk, which move whole.
KOL_KEYED_RULES = ("birthday", "festival")


@dataclass(frozen=True)
class MergeReceipt:
    """What merge_kols did, in enough detail for undo_merge to put every row back."""

    keep_id: int
    other_id: int
    keep_name: str
    other_name: str
    counts: Mapping[str, int]  # COUNT_WORDS key → how many moved
    filled: Mapping[str, str]  # profile field → value the kept KOL took from the other
    moved: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # table → ids of the rows that moved
    account_positions: tuple[tuple[int, int], ...] = ()  # (account id, position on the other KOL)
    reminder_keys: tuple[tuple[int, str], ...] = ()  # (reminder id, rule key before it was rewritten)
    dropped_reminders: tuple[Mapping[str, Any], ...] = ()  # the other's generated reminders the kept KOL had too
    custom_fields: tuple[int, ...] = ()  # field ids whose value moved
    scheduling_moved: bool = False
    note_id: int = 0  # the "merged into" note on the other KOL
    kol_before: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)  # kol id → its row before
    kol_after: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)  # … and right after the merge


# -- merging ------------------------------------------------------------------------------------------------------
def merge_kols(keep_id: int, other_id: int) -> MergeReceipt:
    """Move everything of `other_id` to `keep_id` and put the other in the trash, in one transaction."""
    with database.atomic("IMMEDIATE"):
        keep_row, other_row = check_pair(keep_id, other_id)
        with fit_scores.kols_changing([keep_id, other_id]):
            receipt = _merge(keep_row, other_row)
            search.reindex_kols(database, [keep_id, other_id])
            # After the receipt's snapshot of both rows: an undo leaves the versions moving forward. Inside the fit
            # scores' bracket, which takes the new edit times as its own (the scores stay fresh).
            versions.claim_many("kol", [keep_id, other_id])
            change_log.record([keep_id], change_log.MERGED, receipt.other_name)
    return receipt


def _merge(keep_row: Mapping[str, Any], other_row: Mapping[str, Any]) -> MergeReceipt:
    keep_id, other_id = keep_row["id"], other_row["id"]
    moved: dict[str, tuple[int, ...]] = {}
    for table in MOVED_WHOLE:
        moved[table] = _ids(f"SELECT id FROM {table} WHERE kol_id = ? ORDER BY id", other_id)
        _move(table, moved[table], keep_id)
    # Accounts: after the kept KOL's own, in their order (handles are unique everywhere, so none can collide).
    positions = rows("SELECT id, position FROM platform_account WHERE kol_id = ? ORDER BY position, id", other_id)
    first = count("SELECT coalesce(max(position) + 1, 0) FROM platform_account WHERE kol_id = ?", keep_id)
    execute_many(
        "UPDATE platform_account SET kol_id = ?, position = ? WHERE id = ?",
        [(keep_id, first + index, account_id) for index, (account_id, _position) in enumerate(positions)],
    )
    moved["platform_account"] = tuple(account_id for account_id, _position in positions)
    moved["kol_label"] = _ids(
        "SELECT id FROM kol_label o WHERE kol_id = ? AND NOT EXISTS (SELECT 1 FROM kol_label k"
        " WHERE k.kol_id = ? AND k.kind = o.kind AND k.label = o.label) ORDER BY id",
        other_id,
        keep_id,
    )
    _move("kol_label", moved["kol_label"], keep_id)
    reminder_ids, reminder_keys, dropped = _move_reminders(keep_id, other_id)
    moved["reminder"] = reminder_ids
    custom_fields = _ids(
        "SELECT field_id FROM kol_custom_value WHERE kol_id = ? AND field_id NOT IN"
        " (SELECT field_id FROM kol_custom_value WHERE kol_id = ?) ORDER BY field_id",
        other_id,
        keep_id,
    )
    for chunk in _chunks(custom_fields):
        database.execute_sql(
            f"UPDATE kol_custom_value SET kol_id = ? WHERE kol_id = ? AND field_id IN ({_marks(chunk)})",
            (keep_id, other_id, *chunk),
        )
    scheduling_moved = bool(
        database.execute_sql(
            "UPDATE scheduling_priority SET kol_id = ? WHERE kol_id = ?"
            " AND NOT EXISTS (SELECT 1 FROM scheduling_priority WHERE kol_id = ?)",
            (keep_id, other_id, keep_id),
        ).rowcount
    )
    filled, _differs = profile_changes(keep_row, other_row)
    _fill_profile(keep_row, other_row)
    note_id = _leave_note(keep_row, other_id)
    now = utc_now()
    database.execute_sql("UPDATE kol SET updated_at = ? WHERE id = ?", (now, keep_id))
    database.execute_sql("UPDATE kol SET deleted_at = ? WHERE id = ?", (now, other_id))
    _refresh_derived(keep_id)
    _refresh_derived(other_id)
    counts = {
        "accounts": len(moved["platform_account"]),
        "rate_cards": _count_in("SELECT count(*) FROM rate_card_entry WHERE account_id IN", moved["platform_account"]),
        "metrics": _count_in("SELECT count(*) FROM account_metric WHERE account_id IN", moved["platform_account"]),
        "deals": len(moved["collaboration"]),
        "history": len(moved["interaction"]),
        "gifts": len(moved["gift"]),
        "perks": len(moved["perk"]),
        "risks": len(moved["risk"]),
        "reminders": len(moved["reminder"]),
        "blackouts": len(moved["blackout_period"]),
        "scheduling": int(scheduling_moved),
        "custom_values": len(custom_fields),
        "labels": len(moved["kol_label"]),
        "files": len(moved["attachment"]),
    }
    return MergeReceipt(
        keep_id=keep_id,
        other_id=other_id,
        keep_name=keep_row["display_name"],
        other_name=other_row["display_name"],
        counts=counts,
        filled=filled,
        moved=moved,
        account_positions=tuple((account_id, position) for account_id, position in positions),
        reminder_keys=reminder_keys,
        dropped_reminders=dropped,
        custom_fields=custom_fields,
        scheduling_moved=scheduling_moved,
        note_id=note_id,
        kol_before={keep_id: dict(keep_row), other_id: dict(other_row)},
        kol_after={keep_id: kol_row(keep_id), other_id: kol_row(other_id)},
    )


def _move_reminders(
    keep_id: int, other_id: int
) -> tuple[tuple[int, ...], tuple[tuple[int, str], ...], tuple[dict[str, Any], ...]]:
    """Move the other's reminders; a generated key naming the other KOL names the kept one after the move (so the
    rules do not raise it again), and one the kept KOL already has is dropped (kept in the receipt for undo)."""
    moving: list[int] = []
    rekeyed: list[tuple[int, str]] = []
    dropped: list[dict[str, Any]] = []
    for reminder_id, rule_key in rows("SELECT id, rule_key FROM reminder WHERE kol_id = ? ORDER BY id", other_id):
        new_key = _key_for(rule_key, other_id, keep_id)
        if new_key == rule_key:
            moving.append(reminder_id)
        elif database.execute_sql("SELECT 1 FROM reminder WHERE rule_key = ?", (new_key,)).fetchone():
            dropped.append(row_dict("SELECT * FROM reminder WHERE id = ?", reminder_id))
            database.execute_sql("DELETE FROM reminder WHERE id = ?", (reminder_id,))
        else:
            moving.append(reminder_id)
            rekeyed.append((reminder_id, rule_key))
            database.execute_sql("UPDATE reminder SET rule_key = ? WHERE id = ?", (new_key, reminder_id))
    _move("reminder", tuple(moving), keep_id)
    return tuple(moving), tuple(rekeyed), tuple(dropped)


def _key_for(rule_key: str | None, old_id: int, new_id: int) -> str | None:
    if rule_key is None or rule_key.split(":", 1)[0] not in KOL_KEYED_RULES:
        return rule_key
    head, _sep, last = rule_key.rpartition(":")
    return f"{head}:{new_id}" if last == str(old_id) else rule_key


def _fill_profile(keep: Mapping[str, Any], other: Mapping[str, Any]) -> None:
    changes: dict[str, Any] = {key: other[key] for key in PROFILE_FIELDS if not keep[key] and other[key]}
    languages = merged_languages(keep, other)
    if languages != keep["languages"]:
        changes["languages"] = languages
    if not keep["tier_is_manual"] and other["tier_is_manual"]:
        changes.update(tier=other["tier"], tier_is_manual=1)
    if changes:
        assignments = ", ".join(f"{column} = ?" for column in changes)
        database.execute_sql(f"UPDATE kol SET {assignments} WHERE id = ?", (*changes.values(), keep["id"]))


def _leave_note(keep: Mapping[str, Any], other_id: int) -> int:
    """The trashed shell says where its rows went, should someone find it in the trash."""
    text = (
        f"Merged into {keep['display_name']} (KOL #{keep['id']}): accounts, deals, history and everything else"
        " moved there. Undo the merge to separate them again."
    )
    return insert_returning_id(
        "INSERT INTO interaction (kol_id, occurred_on, kind, text, created_at) VALUES (?, ?, 'note', ?, ?)",
        (other_id, clock.today().isoformat(), text, utc_now()),
    )


def _refresh_derived(kol_id: int) -> None:
    """Main platform, followers, tier and last contact from the rows the KOL has now (as kols.save_kol derives them)."""
    main = database.execute_sql(
        "SELECT platform, followers, engagement_rate FROM platform_account WHERE kol_id = ?"
        " ORDER BY followers DESC, position, id LIMIT 1",
        (kol_id,),
    ).fetchone()
    platform, followers, engagement = main or ("", 0, 0.0)
    database.execute_sql(
        "UPDATE kol SET main_platform = ?, followers = ?, engagement_rate = ?,"
        " tier = CASE WHEN tier_is_manual <> 0 THEN tier ELSE ? END,"
        " last_contact = coalesce((SELECT max(occurred_on) FROM interaction WHERE kol_id = ?), '') WHERE id = ?",
        (platform, followers, engagement, int(tier_for_followers(followers if main else None)), kol_id, kol_id),
    )


# -- undoing ------------------------------------------------------------------------------------------------------
def undo_merge(receipt: MergeReceipt) -> None:
    """Put every moved row back on the other KOL, bring it back from the trash and restore what the kept KOL took.

    A field changed again since the merge keeps its new value. Raises NotFoundError when either KOL has been erased.
    """
    keep_id, other_id = receipt.keep_id, receipt.other_id
    with database.atomic("IMMEDIATE"):
        for kol_id, name in ((other_id, receipt.other_name), (keep_id, receipt.keep_name)):
            if not database.execute_sql("SELECT 1 FROM kol WHERE id = ?", (kol_id,)).fetchone():
                raise NotFoundError(
                    i18n.translate(
                        "Merge", "{name} (KOL #{id}) has been erased since: the merge can no longer be undone"
                    ).format(name=name, id=kol_id)
                )
        with fit_scores.kols_changing([keep_id, other_id]):
            database.execute_sql("DELETE FROM interaction WHERE id = ? AND kol_id = ?", (receipt.note_id, other_id))
            for table, ids in receipt.moved.items():
                _move(table, ids, other_id, only_from=keep_id)
            execute_many(
                "UPDATE platform_account SET position = ? WHERE id = ? AND kol_id = ?",
                [(position, account_id, other_id) for account_id, position in receipt.account_positions],
            )
            # A key taken again since the merge stays where it is (PostgreSQL has no UPDATE OR IGNORE).
            execute_many(
                "UPDATE reminder SET rule_key = ? WHERE id = ? AND NOT EXISTS"
                " (SELECT 1 FROM reminder taken WHERE taken.rule_key = ?)",
                [(key, reminder_id, key) for reminder_id, key in receipt.reminder_keys],
            )
            for row in receipt.dropped_reminders:
                database.execute_sql(
                    f"INSERT INTO reminder ({', '.join(row)}) VALUES ({_marks(list(row))}) ON CONFLICT DO NOTHING",
                    tuple(row.values()),
                )
            for chunk in _chunks(receipt.custom_fields):
                database.execute_sql(
                    f"UPDATE kol_custom_value SET kol_id = ? WHERE kol_id = ? AND field_id IN ({_marks(chunk)})"
                    " AND field_id NOT IN (SELECT field_id FROM kol_custom_value WHERE kol_id = ?)",
                    (other_id, keep_id, *chunk, other_id),
                )
            if receipt.scheduling_moved:
                database.execute_sql(
                    "UPDATE scheduling_priority SET kol_id = ? WHERE kol_id = ?"
                    " AND NOT EXISTS (SELECT 1 FROM scheduling_priority WHERE kol_id = ?)",
                    (other_id, keep_id, other_id),
                )
            for kol_id in (keep_id, other_id):
                _restore_row(kol_id, receipt.kol_before[kol_id], receipt.kol_after[kol_id])
            search.reindex_kols(database, [keep_id, other_id])
            versions.claim_many("kol", [keep_id, other_id])
            change_log.record([keep_id], change_log.MERGE_UNDONE, receipt.other_name)


def _restore_row(kol_id: int, before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
    """Every column the merge changed goes back, unless it was changed again since (then it stays, and the derived
    columns are recomputed from the rows, which are back)."""
    now = kol_row(kol_id)
    changed = [column for column in before if before[column] != after[column]]
    restore = {column: before[column] for column in changed if now.get(column) == after[column]}
    if restore:
        assignments = ", ".join(f"{column} = ?" for column in restore)
        database.execute_sql(f"UPDATE kol SET {assignments} WHERE id = ?", (*restore.values(), kol_id))
    if any(column not in restore for column in changed):
        _refresh_derived(kol_id)


# -- small helpers -------------------------------------------------------------------------------------
def _move(table: str, ids: Sequence[int], to_kol: int, only_from: int | None = None) -> None:
    """Hand rows of `table` to another KOL by id (on undo only those still on the kept KOL: `only_from`)."""
    for chunk in _chunks(ids):
        if only_from is None:
            database.execute_sql(f"UPDATE {table} SET kol_id = ? WHERE id IN ({_marks(chunk)})", (to_kol, *chunk))
        else:
            database.execute_sql(
                f"UPDATE {table} SET kol_id = ? WHERE kol_id = ? AND id IN ({_marks(chunk)})",
                (to_kol, only_from, *chunk),
            )


def _ids(sql: str, *params: object) -> tuple[int, ...]:
    return tuple(row[0] for row in database.execute_sql(sql, params))


def _count_in(sql: str, ids: Sequence[int]) -> int:
    return sum(count(f"{sql} ({_marks(chunk)})", *chunk) for chunk in _chunks(ids))


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
