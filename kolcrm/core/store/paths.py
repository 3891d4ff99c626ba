"""Where the database lives unless the user says otherwise: --db, then $KOLCRM_DB, then the data dir."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "kolcrm"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    override = os.environ.get("KOLCRM_DB", "").strip()
    return Path(override).expanduser() if override else data_dir() / "kolcrm.db"


def demo_database_path() -> Path:
    return data_dir() / "demo.db"


def resolve_database_path(cli_path: str | None, demo: bool = False) -> Path:
    if cli_path:
        return Path(cli_path).expanduser()
    return demo_database_path() if demo else default_database_path()
