"""One change to many KOLs at once: add or remove tags, set the status, the outreach stage, the owner or a custom
field's value. All of it in one transaction, with a receipt that undoes exactly it (and nothing a later change did).

The search index, the fit scores (tags are what brand fit reads), the row versions (an editor left open is told)
and the change history follow, as for a save.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.brands import fit_scores
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, ValidationError
from kolcrm.core.kols import change_log, custom_fields
from kolcrm.core.kols.ownership import owner_problem
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.store import portable_sql, search, versions
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Status
from kolcrm.core.vocabulary.outreach import OutreachStage

# The KOL columns a bulk change may set, and the change-log field key each is named by.
_COLUMNS = {"status": "status", "outreach_stage": "outreach", "owner": "owner"}
_LABEL_KINDS = {"category": "categories", "value": "value_tags"}


@dataclass(frozen=True)
class BulkChange:
    add_categories: tuple[str, ...] = ()
    remove_categories: tuple[str, ...] = ()
    add_value_tags: tuple[str, ...] = ()
    remove_value_tags: tuple[str, ...] = ()
    status: Status | None = None
    outreach_stage: OutreachStage | None = None
    owner: str | None = None  # "" gives them to nobody
    custom: Mapping[int, str] = field(default_factory=dict)  # field id → typed text ("" clears it)

    @property
    def empty(self) -> bool:
        return not (self.add_categories or self.remove_categories or self.add_value_tags or self.remove_value_tags
                    or self.status or self.outreach_stage or self.owner is not None or self.custom)  # fmt: skip


@dataclass(frozen=True)
class BulkReceipt:
    """What apply_bulk changed, for undo_bulk: each row as it was, and only what this change did."""

    kol_ids: tuple[int, ...]
    columns_before: Mapping[int, Mapping[str, Any]]  # kol id → column → value before
    labels_added: tuple[tuple[int, str, str], ...]  # (kol id, kind, label) that were not there before
    labels_removed: tuple[tuple[int, str, str], ...]
    custom_before: Mapping[tuple[int, int], str | None]  # (kol id, field id) → stored value before (None: none)

    @property
    def count(self) -> int:
        return len(self.kol_ids)


def apply_bulk(kol_ids: Sequence[int], change: BulkChange) -> BulkReceipt:
    """Apply `change` to the live KOLs among `kol_ids`; nothing is written when a value is refused."""
    values, problems = custom_fields.parse_values(change.custom)
    problems += _problems(change)
    if problems:
        raise ValidationError(problems)
    columns = {name: value for name, value in (("status", change.status), ("outreach_stage", change.outreach_stage),
                                                ("owner", change.owner)) if value is not None}  # fmt: skip
    if isinstance(columns.get("owner"), str):
        columns["owner"] = str(columns["owner"]).strip()
    with database.atomic(), fit_scores.kols_changing(list(kol_ids)):
        ids = _live(kol_ids)
        before = _columns_of(ids, list(columns))
        for name, value in columns.items():
            portable_sql.execute_many(f"UPDATE kol SET {name} = ?, updated_at = ? WHERE id = ?",
                                      [(str(value), utc_now(), kol_id) for kol_id in ids])  # fmt: skip
        added, removed = _labels(ids, change)
        custom_before = _custom(ids, change, values)
        versions.claim_many("kol", ids)
        for kol_id in ids:
            search.reindex_kol(database, kol_id)
        fields = [_COLUMNS[name] for name in columns]
        fields += [key for kind, key in _LABEL_KINDS.items() if any(k == kind for _i, k, _l in (*added, *removed))]
        fields += ["custom"] if change.custom else []
        change_log.record(ids, change_log.SAVED, ",".join(fields))
    return BulkReceipt(tuple(ids), before, tuple(added), tuple(removed), custom_before)


def undo_bulk(receipt: BulkReceipt) -> None:
    """Put back what the change did, on the KOLs still here."""
    with database.atomic(), fit_scores.kols_changing(list(receipt.kol_ids)):
        ids = _live(receipt.kol_ids)
        for kol_id in ids:
            for name, value in receipt.columns_before.get(kol_id, {}).items():
                database.execute_sql(f"UPDATE kol SET {name} = ? WHERE id = ?", (value, kol_id))
        portable_sql.execute_many("DELETE FROM kol_label WHERE kol_id = ? AND kind = ? AND label = ?",
                                  [row for row in receipt.labels_added if row[0] in ids])  # fmt: skip
        portable_sql.execute_many("INSERT INTO kol_label (kol_id, kind, label) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                  [row for row in receipt.labels_removed if row[0] in ids])  # fmt: skip
        for (kol_id, field_id), value in receipt.custom_before.items():
            if kol_id in ids:
                database.execute_sql(
                    "DELETE FROM kol_custom_value WHERE kol_id = ? AND field_id = ?", (kol_id, field_id)
                )
                if value is not None:
                    database.execute_sql("INSERT INTO kol_custom_value (kol_id, field_id, value) VALUES (?, ?, ?)",
                                         (kol_id, field_id, value))  # fmt: skip
        versions.claim_many("kol", ids)
        for kol_id in ids:
            search.reindex_kol(database, kol_id)


def _problems(change: BulkChange) -> list[FieldProblem]:
    labels = (*change.add_categories, *change.add_value_tags)
    what = i18n.translate("KOLs", "Tags")
    found = [p for i, label in enumerate(labels) if (p := control_character_problem(f"tags[{i}]", label, what))]
    if change.owner is not None and (problem := owner_problem(change.owner)):
        found.append(FieldProblem("owner", problem))
    return found


def _live(kol_ids: Sequence[int]) -> list[int]:
    unique = sorted(set(kol_ids))
    if not unique:
        return []
    rows = database.execute_sql(
        f"SELECT id FROM kol WHERE id IN ({','.join('?' * len(unique))}) AND deleted_at IS NULL", unique
    )
    return [row[0] for row in rows]


def _columns_of(ids: list[int], names: list[str]) -> dict[int, dict[str, Any]]:
    if not names or not ids:
        return {}
    rows = database.execute_sql(f"SELECT id, {', '.join(names)} FROM kol WHERE id IN ({','.join('?' * len(ids))})", ids)
    return {row[0]: dict(zip(names, row[1:], strict=True)) for row in rows}


def _labels(ids: list[int], change: BulkChange) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    existing = {(kol_id, kind, label) for kol_id, kind, label in database.execute_sql(
        f"SELECT kol_id, kind, label FROM kol_label WHERE kol_id IN ({','.join('?' * len(ids)) or 'NULL'})", ids)}  # fmt: skip
    wanted = [("category", label) for label in change.add_categories] + [
        ("value", label) for label in change.add_value_tags
    ]
    dropped = [("category", label) for label in change.remove_categories] + [
        ("value", label) for label in change.remove_value_tags
    ]
    added = [(kol_id, kind, label.strip()) for kol_id in ids for kind, label in dict.fromkeys(wanted)
             if label.strip() and (kol_id, kind, label.strip()) not in existing]  # fmt: skip
    removed = [(kol_id, kind, label.strip()) for kol_id in ids for kind, label in dict.fromkeys(dropped)
               if (kol_id, kind, label.strip()) in existing]  # fmt: skip
    portable_sql.execute_many("INSERT INTO kol_label (kol_id, kind, label) VALUES (?, ?, ?)", added)
    portable_sql.execute_many("DELETE FROM kol_label WHERE kol_id = ? AND kind = ? AND label = ?", removed)
    return added, removed


def _custom(ids: list[int], change: BulkChange, values: Mapping[int, str]) -> dict[tuple[int, int], str | None]:
    if not change.custom:
        return {}
    current = custom_fields.values_for_kols(ids, change.custom.keys())
    before = {(kol_id, field_id): current.get(kol_id, {}).get(field_id) for kol_id in ids for field_id in change.custom}
    for kol_id in ids:
        for field_id in change.custom:
            database.execute_sql("DELETE FROM kol_custom_value WHERE kol_id = ? AND field_id = ?", (kol_id, field_id))
            if field_id in values:
                database.execute_sql("INSERT INTO kol_custom_value (kol_id, field_id, value) VALUES (?, ?, ?)",
                                     (kol_id, field_id, values[field_id]))  # fmt: skip
    return before
