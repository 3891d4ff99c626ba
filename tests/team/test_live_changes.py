"""Other users' changes are heard without a restart: the schema's triggers notify, the listener hands over the
changed tables (once per burst) and leaves out this window's own changes."""

from __future__ import annotations

import threading

import psycopg
import pytest

from kolcrm.core.store.db import database, open_database
from kolcrm.core.store.notifications import ChangeListener

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_url(server_url: str):
    open_database(server_url)  # these tests use the server book open, as a window has it
    return server_url


def _insert_kol(conn_or_db, name: str) -> None:
    sql = "INSERT INTO kol (display_name, created_at, updated_at) VALUES (%s, '2026-12-02', '2026-12-02')"
    conn_or_db.execute(sql, (name,))


def test_a_change_by_another_user_is_heard_once_per_burst(server_url: str) -> None:
    heard: list[set[str]] = []
    arrived = threading.Event()
    own_pid = database.connection().info.backend_pid
    listener = ChangeListener(server_url, lambda tables: (heard.append(tables), arrived.set()), ignore_pid=own_pid)
    assert listener.start()
    try:
        with psycopg.connect(server_url, autocommit=True) as other:
            for name in ("李雷的KOL", "第二位", "第三位"):
                _insert_kol(other, name)
            other.execute("INSERT INTO brand (name, created_at, updated_at) VALUES ('Stride', 'x', 'x')")
        assert arrived.wait(5)
        assert set().union(*heard) == {"kol", "brand"}
        assert len(heard) == 1  # three inserts and a brand within the quiet time: one refresh
    finally:
        listener.stop()


def test_this_windows_own_changes_are_not_echoed_back(server_url: str) -> None:
    heard: list[set[str]] = []
    own_pid = database.connection().info.backend_pid
    listener = ChangeListener(server_url, heard.append, ignore_pid=own_pid, quiet_s=0.05)
    assert listener.start()
    try:
        with database.atomic():
            database.execute_sql(
                "INSERT INTO kol (display_name, created_at, updated_at) VALUES (?, '2026-12-02', '2026-12-02')",
                ("我自己的",),
            )
        threading.Event().wait(0.8)
        assert heard == []
    finally:
        listener.stop()


def test_a_listener_on_a_server_that_is_gone_says_why_and_does_not_hang() -> None:
    listener = ChangeListener("postgresql://nobody@127.0.0.1:1/none", lambda tables: None)
    assert listener.start(wait_s=10)
    assert listener.error
