"""Fixtures shared by every test: Qt offscreen, a fresh database per test, no real user data dir."""

from __future__ import annotations

import os

# Before anything imports Qt: the GUI tests (tests/ui/) need a display-less platform.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest

from kolcrm import language
from kolcrm.core.store.db import close_database, open_database


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test may read or write the real database or data dir: both point into a throwaway folder."""
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("KOLCRM_DB", str(home / "kolcrm-default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))  # QSettings (language, layout) too
    monkeypatch.setenv("KOLCRM_LANG", "en")  # tests read English unless one asks for Chinese
    language.install_for_cli(language.ENGLISH)  # English plural forms ("1 KOL has") for the core's messages
    yield
    language.remove_installed()
    close_database()  # a test that fails half-way must not leave the proxy on its file for the next test


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    """A fresh kolcrm database at the current schema version; yields its path."""
    path = open_database(tmp_path / "kolcrm.db")
    yield path
    close_database()
