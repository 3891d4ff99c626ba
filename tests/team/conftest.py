"""The team's book on the test server, emptied for each test and closed after it (the file engine back in place)."""

from __future__ import annotations

import pytest

from kolcrm.core.store.db import close_database, open_database, use_file_engine
from tests.conftest import empty_server_book


@pytest.fixture
def server_url(pg_server: str):
    open_database(pg_server)  # the first test creates the schema
    close_database()
    empty_server_book(pg_server)
    yield pg_server
    close_database()
    use_file_engine()
