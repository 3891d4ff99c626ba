"""Opening a team's book on a PostgreSQL server: connect, find the password, set up or check the schema.

The password is never kept in kolcrm's settings. It is looked for, in order: in the URL itself, in libpq's own
places (PGPASSWORD, ~/.pgpass, which psycopg reads without kolcrm's help), in the OS keychain (keyring, under
KEYCHAIN_SERVICE and the URL without its password), and from an asker the GUI or the terminal installs.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee

from kolcrm.core import i18n
from kolcrm.core.errors import DatabaseOpenError
from kolcrm.core.store import engine, pg_schema
from kolcrm.core.store.postgres import KolcrmPostgres, psycopg_module
from kolcrm.core.store.server import ServerBook

KEYCHAIN_SERVICE = "kolcrm team database"

# Set by the GUI (a dialog) or the CLI (the terminal): asks for the password of a ServerBook, None to give up.
PasswordAsker = Callable[[ServerBook], "str | None"]
_asker: PasswordAsker | None = None


def set_password_asker(asker: PasswordAsker | None) -> None:
    global _asker
    _asker = asker


def open_server_book(url: str) -> ServerBook:
    """Point the models at the book at `url`, creating its schema on an empty database. Raises DatabaseOpenError
    (NewerDatabaseError for a server set up by a newer kolcrm) with a reason a person can act on."""
    book = ServerBook.parse(url)
    previous = engine.current()
    server = _connected(book)
    engine.use(server)
    try:
        pg_schema.prepare(server)
    except BaseException as exc:
        server.close()
        engine.use(previous)  # closed: the next open_database connects it again
        if isinstance(exc, peewee.DatabaseError):
            raise DatabaseOpenError(
                i18n.translate("Database", "The team database {url} could not be set up: {reason}").format(
                    url=book, reason=_first_line(exc)
                )
            ) from exc
        raise
    return book


def check_server_book(book: ServerBook) -> None:
    """Connect once (without asking for a password) and check the book's schema, leaving the open book as it is.
    Raises DatabaseOpenError with the reason: for a window's Connect… dialog, before it gives up its book."""
    server = _connected(book, ask=False)
    try:
        version = pg_schema.server_version(server)
    except peewee.DatabaseError as exc:
        raise DatabaseOpenError(_connect_failure(book, exc)) from exc
    finally:
        server.close()
    pg_schema.refuse_newer(book.name, version)


def can_write() -> bool:
    """Whether the open book may be changed by this person: on a server, what PostgreSQL GRANTs their role (the
    app shows a read-only window otherwise); a file kolcrm could open is always writable."""
    if not is_server_open():
        return True
    row = engine.database.execute_sql(
        "SELECT has_table_privilege('kol', 'INSERT') AND has_table_privilege('kol', 'UPDATE')"
    ).fetchone()
    return bool(row[0])


def is_server_open() -> bool:
    return isinstance(engine.current(), KolcrmPostgres)


def _connected(book: ServerBook, ask: bool = True) -> KolcrmPostgres:
    tried: list[ServerBook] = [book]
    if book.password is None:
        stored = _keychain_password(book)
        if stored:
            tried.append(book.with_password(stored))
    last: Exception | None = None
    for candidate in tried:
        engine = KolcrmPostgres(candidate.url)
        try:
            engine.connect()
            return engine
        except peewee.OperationalError as exc:
            last = exc
            if not _is_password_problem(exc):
                break
    while last is not None and _is_password_problem(last) and ask and _asker is not None:
        password = _asker(book)
        if password is None:
            break
        engine = KolcrmPostgres(book.with_password(password).url)
        try:
            engine.connect()
            return engine
        except peewee.OperationalError as exc:
            last = exc
    raise DatabaseOpenError(_connect_failure(book, last))


def _keychain_password(book: ServerBook) -> str | None:
    try:
        import keyring

        stored: str | None = keyring.get_password(KEYCHAIN_SERVICE, book.without_password())
        return stored
    except Exception:  # no keychain on this machine (a server, CI): libpq's own places still apply
        return None


def remember_password(book: ServerBook, password: str) -> bool:
    """Keep the password in the OS keychain (never in kolcrm's settings); False where there is no keychain."""
    try:
        import keyring

        keyring.set_password(KEYCHAIN_SERVICE, book.without_password(), password)
    except Exception:
        return False
    return True


def _is_password_problem(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "password" in text and ("authentication failed" in text or "no password supplied" in text)


def _connect_failure(book: ServerBook, exc: BaseException | None) -> str:
    if exc is not None and _is_password_problem(exc):
        return i18n.translate(
            "Database",
            "The team database {url} refused the password of {user}. Put it in ~/.pgpass or PGPASSWORD, or give it"
            " when asked.",
        ).format(url=book, user=book.user or "—")
    return i18n.translate("Database", "Cannot reach the team database {url}: {reason}").format(
        url=book, reason=_first_line(exc) if exc is not None else "—"
    )


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def driver_error() -> type[Exception]:
    """psycopg's base error class (for code that talks to the server's connection directly)."""
    error: type[Exception] = psycopg_module().Error
    return error
