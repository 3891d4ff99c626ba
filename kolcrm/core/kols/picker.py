"""Choosing a KOL by name in a form: live KOLs matching typed text, and the typed text back to one KOL."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kolcrm.core.store import dialect
from kolcrm.core.store.db import database

_WITH_ID = re.compile(r"^(.*)\s\(#(\d+)\)$")
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_FOLD = str.maketrans(_ASCII_UPPER, _ASCII_UPPER.lower())


@dataclass(frozen=True)
class KolChoice:
    id: int
    display_name: str
    label: str  # the name, or "name (#id)" when another live KOL has the same name


def search_kols(text: str, limit: int = 20) -> list[KolChoice]:
    """Live KOLs whose name contains `text`; names starting with it first, then the most followed."""
    text = text.strip()
    match = _WITH_ID.match(text)
    if match:
        text = match.group(1).strip()
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    name = "display_name"
    if dialect.is_postgres():
        # SQLite's LIKE ignores the case of ASCII letters, and only theirs; PostgreSQL's minds it: fold both sides.
        name = f"translate(display_name, '{_ASCII_UPPER}', '{_ASCII_UPPER.lower()}')"
        escaped = escaped.translate(_ASCII_FOLD)
    rows = database.execute_sql(
        f"SELECT id, display_name FROM kol WHERE deleted_at IS NULL AND {name} LIKE ? ESCAPE '\\'"
        f" ORDER BY {name} LIKE ? ESCAPE '\\' DESC, followers DESC, id LIMIT ?",
        (f"%{escaped}%", f"{escaped}%", limit),
    ).fetchall()
    return _choices(rows)


def kol_choice(kol_id: int) -> KolChoice | None:
    """The choice for one live KOL (None when missing or in the trash)."""
    row = database.execute_sql(
        "SELECT id, display_name FROM kol WHERE id = ? AND deleted_at IS NULL", (kol_id,)
    ).fetchone()
    return _choices([row])[0] if row else None


def kols_named(text: str) -> list[int]:
    """The live KOLs `text` names: "name (#id)" picks one; a bare name every live KOL called exactly that."""
    text = text.strip()
    match = _WITH_ID.match(text)
    if match:
        choice = kol_choice(int(match.group(2)))
        return [choice.id] if choice and choice.display_name == match.group(1).strip() else []
    if not text:
        return []
    rows = database.execute_sql(
        "SELECT id FROM kol WHERE deleted_at IS NULL AND display_name = ? ORDER BY id", (text,)
    ).fetchall()
    return [row[0] for row in rows]


def _choices(rows: list[tuple[int, str]]) -> list[KolChoice]:
    names = [name for _id, name in rows]
    duplicated = {name for name in names if names.count(name) > 1}
    if rows:
        # A name may be shared with a KOL outside this page of results: ask once for all names shown.
        marks = ",".join("?" * len(set(names)))
        shared = database.execute_sql(
            f"SELECT display_name FROM kol WHERE deleted_at IS NULL AND display_name IN ({marks})"
            " GROUP BY display_name HAVING count(*) > 1",
            tuple(set(names)),
        ).fetchall()
        duplicated |= {row[0] for row in shared}
    return [KolChoice(kol_id, name, f"{name} (#{kol_id})" if name in duplicated else name) for kol_id, name in rows]
