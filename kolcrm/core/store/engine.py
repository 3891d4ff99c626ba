"""The one database object the models are bound to: a proxy that open_database points at the SQLite engine of a
file (db.py) or at a team's PostgreSQL server (team.py). Both of those import this module, never each other."""

from __future__ import annotations

from typing import Any, cast

import peewee
from peewee import SqliteDatabase

# Typed as peewee's SQLite class, whose calls mypy's configuration trusts: the team engine answers the same calls
# with the same SQL (postgres.py bridges the differences).
database: SqliteDatabase = cast(SqliteDatabase, peewee.DatabaseProxy())


def current() -> Any:
    """The engine the proxy points at now (None before any is set)."""
    return cast(peewee.DatabaseProxy, database).obj


def use(engine: Any) -> None:
    """Point the models at `engine`, closing the one they used if it is another."""
    previous = current()
    if previous is not None and previous is not engine and previous.database is not None and not previous.is_closed():
        previous.close()
    cast(peewee.DatabaseProxy, database).initialize(engine)
