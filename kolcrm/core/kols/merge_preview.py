"""What merging two KOLs would do, for the user to read first: what each side has, the profile fields the kept KOL
takes from the other and those it keeps. kolcrm.core.kols.merge does the merge with the same rules.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.store.db import database
from kolcrm.core.vocabulary import Tier, platform_label

# Profile fields an empty kept value takes from the other KOL (never overwriting one the kept KOL has).
PROFILE_FIELDS = (
    "real_name", "city", "agency", "agent_name", "agent_contact", "wechat_id", "phone", "email", "birthday",
    "lunar_birthday",
)  # fmt: skip


class _Words(Mapping[str, str]):
    """Key → a word marked with QT_TRANSLATE_NOOP("Merge", …), read in the user's language on every lookup (so a
    table made at import time follows the language installed later)."""

    def __init__(self, words: Mapping[str, str]) -> None:
        self._words = dict(words)

    def __getitem__(self, key: str) -> str:
        return i18n.translate("Merge", self._words[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


FIELD_WORDS: Mapping[str, str] = _Words({
    "display_name": QT_TRANSLATE_NOOP("Merge", "name"),
    "real_name": QT_TRANSLATE_NOOP("Merge", "real name"),
    "status": QT_TRANSLATE_NOOP("Merge", "status"),
    "city": QT_TRANSLATE_NOOP("Merge", "city"),
    "agency": QT_TRANSLATE_NOOP("Merge", "agency"),
    "agent_name": QT_TRANSLATE_NOOP("Merge", "agent"),
    "agent_contact": QT_TRANSLATE_NOOP("Merge", "agent contact"),
    "wechat_id": QT_TRANSLATE_NOOP("Merge", "WeChat ID"),
    "phone": QT_TRANSLATE_NOOP("Merge", "phone"),
    "email": QT_TRANSLATE_NOOP("Merge", "email"),
    "birthday": QT_TRANSLATE_NOOP("Merge", "birthday"),
    "lunar_birthday": QT_TRANSLATE_NOOP("Merge", "lunar birthday"),
    "languages": QT_TRANSLATE_NOOP("Merge", "languages"),
    "tier": QT_TRANSLATE_NOOP("Merge", "tier"),
})  # fmt: skip
# What a side has and what moves, in the order shown; read in the user's language (the CLI prints these words).
COUNT_WORDS: Mapping[str, str] = _Words({
    "accounts": QT_TRANSLATE_NOOP("Merge", "platform accounts"),
    "rate_cards": QT_TRANSLATE_NOOP("Merge", "rate-card entries"),
    "metrics": QT_TRANSLATE_NOOP("Merge", "account metrics"),
    "deals": QT_TRANSLATE_NOOP("Merge", "deals"),
    "history": QT_TRANSLATE_NOOP("Merge", "history entries"),
    "gifts": QT_TRANSLATE_NOOP("Merge", "gifts"),
    "perks": QT_TRANSLATE_NOOP("Merge", "perks"),
    "risks": QT_TRANSLATE_NOOP("Merge", "risks"),
    "reminders": QT_TRANSLATE_NOOP("Merge", "reminders"),
    "blackouts": QT_TRANSLATE_NOOP("Merge", "blackout periods"),
    "scheduling": QT_TRANSLATE_NOOP("Merge", "scheduling priority"),
    "custom_values": QT_TRANSLATE_NOOP("Merge", "custom values"),
    "labels": QT_TRANSLATE_NOOP("Merge", "labels"),
    "files": QT_TRANSLATE_NOOP("Merge", "attached files"),
})  # fmt: skip


@dataclass(frozen=True)
class MergeSide:
    """One of the two KOLs as the user compares them before merging."""

    kol_id: int
    display_name: str
    profile: Mapping[str, str]  # FIELD_WORDS key → value as text ('' when empty)
    counts: Mapping[str, int]  # COUNT_WORDS key → how many
    accounts: tuple[str, ...]  # "Douyin @lulu (12,000 followers)"
    deals: tuple[str, ...]  # titles
    custom_values: Mapping[str, str]  # custom field name → stored value
    labels: tuple[str, ...]


@dataclass(frozen=True)
class MergePreview:
    keep: MergeSide
    other: MergeSide
    filled: Mapping[str, str]  # profile field → the other's value that fills the kept KOL's empty field
    differs: Mapping[str, tuple[str, str]]  # profile field → (kept, other): the kept value stays
    custom_filled: Mapping[str, str]  # custom field name → the other's value, where the kept KOL has none
    custom_differs: Mapping[str, tuple[str, str]]  # custom field name → (kept, other): the kept value stays
    labels_added: tuple[str, ...]


# -- the preview ------------------------------------------------------------------------------------------------------
def preview_merge(keep_id: int, other_id: int) -> MergePreview:
    """Both sides and what merging them would do; raises as merge_kols would refuse."""
    keep_row, other_row = check_pair(keep_id, other_id)
    keep, other = _side(keep_row), _side(other_row)
    filled, differs = profile_changes(keep_row, other_row)
    custom_filled = {name: value for name, value in other.custom_values.items() if name not in keep.custom_values}
    custom_differs = {
        name: (keep.custom_values[name], value)
        for name, value in other.custom_values.items()
        if name in keep.custom_values and keep.custom_values[name] != value
    }
    labels_added = tuple(label for label in other.labels if label not in keep.labels)
    return MergePreview(keep, other, filled, differs, custom_filled, custom_differs, labels_added)


def _side(row: Mapping[str, Any]) -> MergeSide:
    kol_id = row["id"]
    accounts = tuple(
        i18n.translate("Merge", "{platform} {handle} ({followers} followers)").format(
            platform=platform_label(platform), handle=handle, followers=f"{followers:,}"
        )
        for platform, handle, followers in rows(
            "SELECT platform, handle, followers FROM platform_account WHERE kol_id = ? ORDER BY position, id", kol_id
        )
    )
    deals = tuple(title for (title,) in rows("SELECT title FROM collaboration WHERE kol_id = ? ORDER BY id", kol_id))
    custom = {
        name: value
        for name, value in rows(
            "SELECT f.name, v.value FROM kol_custom_value v JOIN custom_field f ON f.id = v.field_id"
            " WHERE v.kol_id = ? ORDER BY f.position, f.id",
            kol_id,
        )
    }
    labels = tuple(label for (label,) in rows("SELECT label FROM kol_label WHERE kol_id = ? ORDER BY id", kol_id))
    accounts_of = "SELECT id FROM platform_account WHERE kol_id = ?"
    counts = {
        "accounts": len(accounts),
        "rate_cards": count(f"SELECT count(*) FROM rate_card_entry WHERE account_id IN ({accounts_of})", kol_id),
        "metrics": count(f"SELECT count(*) FROM account_metric WHERE account_id IN ({accounts_of})", kol_id),
        "deals": len(deals),
        "history": count("SELECT count(*) FROM interaction WHERE kol_id = ?", kol_id),
        "gifts": count("SELECT count(*) FROM gift WHERE kol_id = ?", kol_id),
        "perks": count("SELECT count(*) FROM perk WHERE kol_id = ?", kol_id),
        "risks": count("SELECT count(*) FROM risk WHERE kol_id = ?", kol_id),
        "reminders": count("SELECT count(*) FROM reminder WHERE kol_id = ?", kol_id),
        "blackouts": count("SELECT count(*) FROM blackout_period WHERE kol_id = ?", kol_id),
        "scheduling": count("SELECT count(*) FROM scheduling_priority WHERE kol_id = ?", kol_id),
        "custom_values": len(custom),
        "labels": len(labels),
        "files": count("SELECT count(*) FROM attachment WHERE kol_id = ? AND deleted_at IS NULL", kol_id),
    }
    profile = {key: _text(row, key) for key in FIELD_WORDS}
    return MergeSide(kol_id, row["display_name"], profile, counts, accounts, deals, custom, labels)


def profile_changes(
    keep: Mapping[str, Any], other: Mapping[str, Any]
) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """(fields the kept KOL takes from the other, fields where both have differing values and the kept one stays).

    Languages are unioned; a tier set by hand counts as a value, one derived from followers as empty.
    """
    filled: dict[str, str] = {}
    differs: dict[str, tuple[str, str]] = {}
    for key in FIELD_WORDS:
        mine, theirs = _text(keep, key), _text(other, key)
        if key == "languages":
            languages = merged_languages(keep, other)
            if languages != keep["languages"]:
                filled[key] = languages.replace("\n", ", ")
        elif key in (*PROFILE_FIELDS, "tier") and not mine and theirs:
            filled[key] = theirs
        elif mine and theirs and mine != theirs:
            differs[key] = (mine, theirs)
    return filled, differs


def _text(row: Mapping[str, Any], key: str) -> str:
    value = row[key]
    if key == "languages":
        return ", ".join(part for part in str(value).split("\n") if part)
    if key == "tier":
        return Tier(value).label if row["tier_is_manual"] else ""
    return "" if value is None else str(value)


def merged_languages(keep: Mapping[str, Any], other: Mapping[str, Any]) -> str:
    parts = [part for part in (*keep["languages"].split("\n"), *other["languages"].split("\n")) if part]
    return "\n".join(dict.fromkeys(parts))


# -- shared with merge.py ----------------------------------------------------------------------------------------
def check_pair(keep_id: int, other_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    if keep_id == other_id:
        raise ValidationError(
            i18n.translate("Merge", "A KOL cannot be merged with itself: choose two different KOLs"), field="other"
        )
    rows = []
    for kol_id in (keep_id, other_id):
        row = kol_row(kol_id)
        if not row:
            raise NotFoundError(i18n.translate("KOLs", "No KOL with id {id}").format(id=kol_id))
        if row["deleted_at"] is not None:
            raise ValidationError(
                i18n.translate("Merge", "{name} (KOL #{id}) is in the trash: restore it first to merge it").format(
                    name=row["display_name"], id=kol_id
                ),
                field="keep" if kol_id == keep_id else "other",
            )
        rows.append(row)
    return rows[0], rows[1]


def kol_row(kol_id: int) -> dict[str, Any]:
    return row_dict("SELECT * FROM kol WHERE id = ?", kol_id)


def row_dict(sql: str, *params: object) -> dict[str, Any]:
    cursor = database.execute_sql(sql, params)
    row = cursor.fetchone()
    return dict(zip((column[0] for column in cursor.description), row, strict=True)) if row else {}


def rows(sql: str, *params: object) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql, params).fetchall())


def count(sql: str, *params: object) -> int:
    found: int = database.execute_sql(sql, params).fetchone()[0]
    return found
