"""Preferences kept in the database (so they travel with it): e.g. how soon a thank-you is due."""

from __future__ import annotations

from kolcrm.core import i18n
from kolcrm.core.errors import ValidationError
from kolcrm.core.store.db import database

DEFAULTS = {"thank_you_days": "7"}


def get_int(key: str) -> int:
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return int(row[0] if row else DEFAULTS[key])


def set_int(key: str, value: int, low: int = 0, high: int = 365) -> None:
    if key not in DEFAULTS:
        raise ValidationError(i18n.translate("Settings", "Unknown setting “{key}”").format(key=key), field=key)
    if not low <= value <= high:
        raise ValidationError(
            i18n.translate("Settings", "Must be between {low} and {high}").format(low=low, high=high), field=key
        )
    with database.atomic():
        database.execute_sql(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, str(value)),
        )


# Free text kept under a name, for what the app itself writes (the saved views, as JSON).
TEXT_KEYS = frozenset({"saved_views"})


def get_text(key: str, default: str = "") -> str:
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def set_text(key: str, value: str) -> None:
    if key not in TEXT_KEYS:
        raise ValidationError(i18n.translate("Settings", "Unknown setting “{key}”").format(key=key), field=key)
    with database.atomic():
        database.execute_sql(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
