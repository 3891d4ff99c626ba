"""Fixtures shared by every test: Qt offscreen, a fresh database per test, no real user data dir."""

from __future__ import annotations

import os

# Before anything imports Qt: the GUI tests (tests/ui/) need a display-less platform.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from kolcrm import language
from kolcrm.core.store.db import close_database, open_database

# Hypothesis: "ci" (the default run) gives a test that sets no count of its own a few hundred examples and no
# deadline (a shared CI core is slow now and then: a deadline there fails tests for nothing); "soak" gives 10,000
# to every test that reads the profile's count (tests/reliability/README.md). Tests that fix max_examples keep it.
settings.register_profile("ci", max_examples=300, deadline=None, print_blob=True)
settings.register_profile("soak", max_examples=10_000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


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
    language.uninstall()
    close_database()  # a test that fails half-way must not leave the proxy on its file for the next test


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    """A fresh kolcrm database at the current schema version; yields its path."""
    path = open_database(tmp_path / "kolcrm.db")
    yield path
    close_database()
