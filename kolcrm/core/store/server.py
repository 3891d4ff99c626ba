"""Where a team's book lives: a PostgreSQL URL (postgresql://user@host:port/dbname), told apart from a file path.

A URL is never a path: `--db postgresql://…` once created a folder named "postgresql:" and an empty SQLite file
in it. The password is not kept here beyond the connection: it comes from the URL itself, ~/.pgpass or
PGPASSWORD (libpq reads both), the OS keychain, or a prompt — and it is masked wherever a URL is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError

SCHEMES = ("postgresql", "postgres")


def is_server_url(location: object) -> bool:
    """A postgresql:// (or postgres://) URL, as a user types it or KOLCRM_DB holds it."""
    return isinstance(location, str) and location.split("://", 1)[0].lower() in SCHEMES and "://" in location


@dataclass(frozen=True)
class ServerBook:
    """A book on a PostgreSQL server. `url` is the conninfo libpq reads; str() shows it without its password."""

    url: str

    @classmethod
    def parse(cls, text: str) -> ServerBook:
        parts = urlsplit(text.strip())
        if parts.scheme.lower() not in SCHEMES or not parts.path.strip("/"):
            raise DatabaseOpenError(
                i18n.translate(
                    "Database", "{url} is not a team database address: write postgresql://user@host:port/database"
                ).format(url=mask_password(text))
            )
        try:
            parts.port  # noqa: B018 - raises ValueError on a port that is not a number
        except ValueError as exc:
            raise DatabaseOpenError(
                i18n.translate("Database", "{url} has a port that is not a number").format(url=mask_password(text))
            ) from exc
        return cls(urlunsplit(("postgresql", parts.netloc, parts.path, parts.query, "")))

    @property
    def name(self) -> str:
        """The database's name on its server (what a window title shows)."""
        return unquote(urlsplit(self.url).path.strip("/"))

    @property
    def user(self) -> str:
        return unquote(urlsplit(self.url).username or "")

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or "localhost"

    @property
    def password(self) -> str | None:
        secret = urlsplit(self.url).password
        return unquote(secret) if secret is not None else None

    def without_password(self) -> str:
        return mask_password(self.url)

    def with_password(self, password: str) -> ServerBook:
        parts = urlsplit(self.url)
        user = parts.username or ""
        host = parts.netloc.rsplit("@", 1)[-1]
        from urllib.parse import quote

        netloc = f"{user}:{quote(password, safe='')}@{host}"
        return ServerBook(urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")))

    def __str__(self) -> str:
        return self.without_password()


def mask_password(url: str) -> str:
    """postgresql://li:secret@host/db → postgresql://li:***@host/db (for messages, logs and window titles)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{parts.username or ''}:***@{host}", parts.path, parts.query, parts.fragment))
