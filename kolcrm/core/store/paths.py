"""Where the database lives unless the user says otherwise: --db, then $KOLCRM_DB, then the data dir.

A path the user gives must name a file in a folder that exists: a typo in --db should not silently create
folders and an empty book. Only kolcrm's own data dir is created on first use.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from platformdirs import user_data_path

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError

APP_NAME = "kolcrm"

# scheme://… as in postgresql://user@host/db or file:///x; a Windows drive (C:\…) has no "//" after the colon
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")
_POSTGRESQL_SCHEMES = ("postgres", "postgresql")


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    override = os.environ.get("KOLCRM_DB", "").strip()
    return _given_path(override) if override else data_dir() / "kolcrm.db"


def demo_database_path() -> Path:
    return data_dir() / "demo.db"


def resolve_database_path(cli_path: str | None, demo: bool = False) -> Path:
    """The file to open; raises DatabaseOpenError for a URL or a path whose folder does not exist."""
    if cli_path:
        return _given_path(cli_path)
    return demo_database_path() if demo else default_database_path()


def resolve_location(cli_path: str | None, demo: bool = False) -> Path | str:
    """Where the book is: a file (as resolve_database_path), or a team's postgresql:// URL from --db or
    $KOLCRM_DB (checked for its shape, and returned as given)."""
    from kolcrm.core.store.server import ServerBook, is_server_url

    given = cli_path or ("" if demo else os.environ.get("KOLCRM_DB", "").strip())
    if is_server_url(given):
        ServerBook.parse(given)  # a malformed address is refused here, before anything connects
        return given
    return resolve_database_path(cli_path, demo)


def _given_path(text: str) -> Path:
    url = _URL.match(text)
    if url:
        if url["scheme"].lower().split("+")[0] in _POSTGRESQL_SCHEMES:
            raise DatabaseOpenError(
                i18n.translate(
                    "Database", "{url} is not a team database address: write postgresql://user@host:port/database"
                ).format(url=_without_password(text))
            )
        raise DatabaseOpenError(
            i18n.translate(
                "Database", "{url} is an address, not a file: give the path of a kolcrm database file"
            ).format(url=_without_password(text))
        )
    path = Path(text).expanduser()
    folder = path.absolute().parent
    if not folder.exists():
        raise DatabaseOpenError(
            i18n.translate(
                "Database",
                "The folder {folder} does not exist: create it first, or give the path of a file in a folder that exists",
            ).format(folder=folder)
        )
    return path


def _without_password(url: str) -> str:
    """postgresql://user:secret@host/db is echoed as postgresql://user:***@host/db: messages end up in logs."""
    return re.sub(r"^([^:/]+://[^:/@]+):[^@/]*@", r"\1:***@", url)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable: on POSIX its new entry is on disk only once the folder itself is synced."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
