"""Custom fields on KOLs: fields the user defines once (text, number, date or choice) and fills in per KOL.

Definitions live in `custom_field`, values in `kol_custom_value` (one row per KOL and field, stored form as in
custom_values.py). Text and choice values are part of the KOL's search document, so every change to them
reindexes the KOLs it touches. Importers and exports may read the two tables directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from kolcrm.core import i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.custom_values import (
    KINDS,
    CustomFieldDef,
    CustomFilter,
    clean_choices,
    clean_name,
    display_value,
    editable_text,
    field_key,
    filter_for,
    parse_value,
)
from kolcrm.core.store import search
from kolcrm.core.store.db import database
from kolcrm.core.store.models import CustomField
from kolcrm.core.store.portable_sql import execute_many

__all__ = [
    "KINDS", "CustomFieldDef", "CustomFilter", "DeletedField", "define_field", "delete_field", "display_value",
    "editable_text", "ensure_field", "field_key", "filter_for", "get_field", "list_fields", "move_field",
    "parse_value", "parse_values", "replace_values", "restore_field", "set_values", "update_field", "value_count",
    "values_for", "values_for_kols",
]  # fmt: skip

SEARCHABLE_KINDS = ("text", "choice")
_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


@dataclass(frozen=True)
class DeletedField:
    """What delete_field took away, so restore_field can put it back: the definition and every value."""

    field: CustomFieldDef
    created_at: str
    values: tuple[tuple[int, str], ...]  # (kol id, stored value)


_KIND_WORDS = {
    "text": QT_TRANSLATE_NOOP("CustomFields", "text"),
    "number": QT_TRANSLATE_NOOP("CustomFields", "number"),
    "date": QT_TRANSLATE_NOOP("CustomFields", "date"),
    "choice": QT_TRANSLATE_NOOP("CustomFields", "choice"),
}


def kind_label(kind: str) -> str:
    """A field kind as the user reads it inside a sentence: "number" (数字)."""
    return i18n.translate("CustomFields", _KIND_WORDS[kind]) if kind in _KIND_WORDS else kind


# -- definitions ----------------------------------------------------------------------------------------------
def list_fields() -> list[CustomFieldDef]:
    """Every custom field in the user's order."""
    return [_definition(row) for row in CustomField.select().order_by(CustomField.position, CustomField.id)]


def get_field(field_id: int) -> CustomFieldDef:
    row = CustomField.get_or_none(CustomField.id == field_id)
    if row is None:
        raise NotFoundError(i18n.translate("CustomFields", "Custom field {id} no longer exists").format(id=field_id))
    return _definition(row)


def define_field(name: str, kind: str = "text", choices: Iterable[str] = ()) -> CustomFieldDef:
    """A new field, last in the order. Raises ValidationError (field name, kind or choices)."""
    cleaned = clean_name(name)
    kept = clean_choices(kind, list(choices))
    with database.atomic():
        _check_name_is_free(cleaned)
        last = database.execute_sql("SELECT coalesce(max(position), -1) FROM custom_field").fetchone()[0]
        row = CustomField.create(
            name=cleaned, kind=kind, choices=json.dumps(kept, ensure_ascii=False), position=last + 1,
            created_at=utc_now(),
        )  # fmt: skip
    return _definition(row)


def ensure_field(name: str, kind: str = "text", choices: Iterable[str] = ()) -> CustomFieldDef:
    """The field of that name (in any letter case), as it is; created with `kind` when there is none (importers)."""
    cleaned = clean_name(name)
    existing = _field_named(cleaned)
    return existing if existing is not None else define_field(cleaned, kind, choices)


def update_field(
    field_id: int, *, name: str | None = None, kind: str | None = None, choices: Iterable[str] | None = None
) -> CustomFieldDef:
    """Rename a field, change its choices or its kind. Every stored value must still read under the new kind and
    choices (they are rewritten in the new stored form: "1.2万" → "12000", "vip" → "VIP"); otherwise nothing
    changes and ValidationError says which values are in the way.
    """
    with database.atomic():
        old = get_field(field_id)
        new_name = clean_name(name) if name is not None else old.name
        new_kind = kind if kind is not None else old.kind
        new_choices = clean_choices(new_kind, list(choices) if choices is not None else list(old.choices))
        if new_name.casefold() != old.name.casefold():
            _check_name_is_free(new_name, field_id)
        new = CustomFieldDef(field_id, new_name, new_kind, new_choices, old.position)
        if (new.kind, new.choices) != (old.kind, old.choices):
            _convert_values(old, new)
        CustomField.update(name=new.name, kind=new.kind, choices=json.dumps(new.choices, ensure_ascii=False)).where(
            CustomField.id == field_id
        ).execute()
    return new


def delete_field(field_id: int) -> DeletedField:
    """Delete a field with every KOL's value in it; the result lets restore_field undo it."""
    with database.atomic():
        field = get_field(field_id)
        created_at = CustomField.get_by_id(field_id).created_at
        values = tuple(
            (kol_id, value)
            for kol_id, value in database.execute_sql(
                "SELECT kol_id, value FROM kol_custom_value WHERE field_id = ? ORDER BY kol_id", (field_id,)
            )
        )
        database.execute_sql("DELETE FROM kol_custom_value WHERE field_id = ?", (field_id,))
        CustomField.delete().where(CustomField.id == field_id).execute()
        if field.kind in SEARCHABLE_KINDS:
            search.reindex_kols(database, [kol_id for kol_id, _value in values])
    return DeletedField(field, created_at, values)


def restore_field(deleted: DeletedField) -> CustomFieldDef:
    """Put a deleted field back where it was, with its values on the KOLs that still exist. It keeps its id unless
    a newer field took it. Raises ValidationError when a field of that name was made since."""
    old = deleted.field
    with database.atomic():
        _check_name_is_free(old.name)
        taken = CustomField.get_or_none(CustomField.id == old.id) is not None
        database.execute_sql("UPDATE custom_field SET position = position + 1 WHERE position >= ?", (old.position,))
        row = CustomField.create(
            **({} if taken else {"id": old.id}), name=old.name, kind=old.kind,
            choices=json.dumps(old.choices, ensure_ascii=False), position=old.position, created_at=deleted.created_at,
        )  # fmt: skip
        kol_ids = [kol_id for kol_id, _value in deleted.values]
        alive = set(_existing_kols(kol_ids))
        rows = [(kol_id, row.id, value) for kol_id, value in deleted.values if kol_id in alive]
        execute_many("INSERT INTO kol_custom_value(kol_id, field_id, value) VALUES (?, ?, ?)", rows)
        if old.kind in SEARCHABLE_KINDS:
            search.reindex_kols(database, [kol_id for kol_id, _field, _value in rows])
    return _definition(row)


def move_field(field_id: int, index: int) -> list[CustomFieldDef]:
    """Move a field to `index` in the order (clamped to the list); returns the fields in their new order."""
    with database.atomic():
        fields = list_fields()
        moving = next((field for field in fields if field.id == field_id), None)
        if moving is None:
            raise NotFoundError(
                i18n.translate("CustomFields", "Custom field {id} no longer exists").format(id=field_id)
            )
        fields.remove(moving)
        fields.insert(max(0, min(index, len(fields))), moving)
        execute_many(
            "UPDATE custom_field SET position = ? WHERE id = ?", [(i, field.id) for i, field in enumerate(fields)]
        )
    return list_fields()


def value_count(field_id: int) -> int:
    """How many KOLs (trashed ones too) have a value in the field."""
    count: int = database.execute_sql(
        "SELECT count(*) FROM kol_custom_value WHERE field_id = ?", (field_id,)
    ).fetchone()[0]
    return count


# -- values ---------------------------------------------------------------------------------------------------
def values_for(kol_id: int) -> dict[int, str]:
    """The KOL's values: field id → stored value (fields without a value are absent)."""
    return values_for_kols([kol_id]).get(kol_id, {})


def values_for_kols(kol_ids: Iterable[int], field_ids: Iterable[int] | None = None) -> dict[int, dict[int, str]]:
    """Values of many KOLs at once (a page of the list, an export batch): kol id → field id → stored value.

    KOLs without any value are absent. `field_ids` limits it to those fields (the list's columns).
    """
    only = sorted(set(field_ids)) if field_ids is not None else None
    if only == []:
        return {}
    found: dict[int, dict[int, str]] = {}
    field_clause = f" AND field_id IN ({','.join('?' * len(only))})" if only else ""
    for chunk in _chunks(sorted(set(kol_ids))):
        sql = (
            f"SELECT kol_id, field_id, value FROM kol_custom_value WHERE kol_id IN ({','.join('?' * len(chunk))})"
            + field_clause
        )
        for kol_id, field_id, value in database.execute_sql(sql, [*chunk, *(only or [])]):
            found.setdefault(kol_id, {})[field_id] = value
    return found


def parse_values(
    texts: Mapping[int, str | None], fields: Iterable[CustomFieldDef] | None = None
) -> tuple[dict[int, str], list[FieldProblem]]:
    """Typed text per field id → the stored values (fields left blank, or deleted, are absent) and every problem.

    `fields` are the definitions to read them by (the editor's); by default the ones in the database.
    """
    known = {field.id: field for field in (list_fields() if fields is None else fields)}
    values: dict[int, str] = {}
    problems: list[FieldProblem] = []
    for field_id, text in texts.items():
        field = known.get(field_id)
        if field is None:  # deleted meanwhile (in another window): its values went with it
            continue
        try:
            value = parse_value(field, text)
        except ValidationError as exc:
            problems.extend(exc.problems)
            continue
        if value is not None:
            values[field_id] = value
    return values, problems


def set_values(kol_id: int, texts: Mapping[int, str | None]) -> dict[int, str]:
    """Set (or, with '' or None, clear) some of a KOL's values in one transaction; other fields stay as they are.

    Every text is checked first: one bad value raises ValidationError and nothing is written. Returns the KOL's
    values afterwards.
    """
    values, problems = parse_values(texts)
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        if not _existing_kols([kol_id]):
            raise NotFoundError(i18n.translate("KOLs", "KOL {id} does not exist").format(id=kol_id))
        cleared = [(kol_id, field_id) for field_id in texts if field_id not in values]
        execute_many("DELETE FROM kol_custom_value WHERE kol_id = ? AND field_id = ?", cleared)
        execute_many(
            "INSERT INTO kol_custom_value(kol_id, field_id, value) VALUES (?, ?, ?)"
            " ON CONFLICT (kol_id, field_id) DO UPDATE SET value = excluded.value",
            [(kol_id, field_id, value) for field_id, value in values.items()],
        )
        search.reindex_kol(database, kol_id)
    return values_for(kol_id)


def replace_values(kol_id: int, values: Mapping[int, str]) -> None:
    """Make `values` (stored forms, already checked) the KOL's only ones. The caller holds the transaction."""
    database.execute_sql("DELETE FROM kol_custom_value WHERE kol_id = ?", (kol_id,))
    execute_many(
        "INSERT INTO kol_custom_value(kol_id, field_id, value) VALUES (?, ?, ?)",
        [(kol_id, field_id, value) for field_id, value in values.items()],
    )


# -- internals ------------------------------------------------------------------------------------------------
def _definition(row: CustomField) -> CustomFieldDef:
    choices = json.loads(row.choices or "[]")
    return CustomFieldDef(row.id, row.name, row.kind, tuple(str(choice) for choice in choices), row.position)


def _field_named(name: str, other_than: int | None = None) -> CustomFieldDef | None:
    """The field called `name` in any letter case (SQLite's NOCASE folds ASCII only: compare here)."""
    folded = name.casefold()
    return next((field for field in list_fields() if field.name.casefold() == folded and field.id != other_than), None)


def _check_name_is_free(name: str, other_than: int | None = None) -> None:
    existing = _field_named(name, other_than)
    if existing is not None:
        raise ValidationError(
            i18n.translate("CustomFields", "There is already a custom field named “{name}”").format(name=existing.name),
            field="name",
        )


def _convert_values(old: CustomFieldDef, new: CustomFieldDef) -> None:
    """Rewrite every value of the field in the new kind's stored form, or refuse naming the values in the way."""
    rows = database.execute_sql("SELECT kol_id, value FROM kol_custom_value WHERE field_id = ?", (old.id,)).fetchall()
    changed: list[tuple[str, int]] = []
    refused: dict[str, int] = {}
    for kol_id, value in rows:
        try:
            converted = parse_value(new, value)
        except ValidationError:
            converted = None
        if converted is None:
            refused[value] = refused.get(value, 0) + 1
        elif converted != value:
            changed.append((converted, kol_id))
    if refused:
        count = sum(refused.values())
        examples = ", ".join(f"“{value}”" for value in list(refused)[:3])
        if new.kind != old.kind:
            message = i18n.translate(
                "CustomFields",
                "“{name}” cannot become a {kind} field: %n KOLs have values it cannot hold ({examples})."
                " Change or clear them first.",
                None,
                count,
            )
        else:
            message = i18n.translate(
                "CustomFields",
                "“{name}” cannot become a field with these choices: %n KOLs have values it cannot hold ({examples})."
                " Change or clear them first.",
                None,
                count,
            )
        where = "choices" if new.kind == old.kind else "kind"
        raise ValidationError(message.format(name=old.name, kind=kind_label(new.kind), examples=examples), field=where)
    execute_many(
        "UPDATE kol_custom_value SET value = ? WHERE kol_id = ? AND field_id = ?",
        [(value, kol_id, old.id) for value, kol_id in changed],
    )
    if (old.kind in SEARCHABLE_KINDS) != (new.kind in SEARCHABLE_KINDS) or (changed and new.kind in SEARCHABLE_KINDS):
        touched = [kol_id for kol_id, _value in rows] if old.kind != new.kind else [k for _v, k in changed]
        search.reindex_kols(database, touched)


def _existing_kols(kol_ids: list[int]) -> list[int]:
    found: list[int] = []
    for chunk in _chunks(kol_ids):
        found += [
            row[0]
            for row in database.execute_sql(f"SELECT id FROM kol WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        ]
    return found


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
