"""Where the data lives: opening the SQLite file (or a team's PostgreSQL book), the peewee models, versioned
migrations, search, settings."""

import sys as _sys

# peewee imports psycopg at its own import when psycopg is installed (the team extra), ~50 ms of every start for an
# adapter kolcrm does not use: the team database's adapter imports psycopg when it connects (store/postgres.py).
# It is hidden from peewee only while peewee itself is imported.
if "peewee" not in _sys.modules and "psycopg" not in _sys.modules:
    _sys.modules["psycopg"] = None  # type: ignore[assignment]
    try:
        import peewee  # noqa: F401
    finally:
        del _sys.modules["psycopg"]
