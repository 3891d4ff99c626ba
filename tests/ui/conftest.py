"""GUI fixtures: a main window over a fresh database and throwaway settings, plus IME-style typing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kolcrm import language
from kolcrm.app import install_cjk_font
from kolcrm.core.store.db import close_database, open_database
from kolcrm.ui import translators


@pytest.fixture(autouse=True)
def _english_catalogue(qapp):
    """The GUI's English plural forms, as the app installs them at start."""
    translators.install_for_gui(language.ENGLISH)
    yield
    translators.remove_installed()


@pytest.fixture
def gui_db(tmp_path):
    path = open_database(tmp_path / "gui.db")
    yield path
    close_database()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, gui_db, settings):
    from kolcrm.ui.main_window import MainWindow

    install_cjk_font(QApplication.instance())
    window = MainWindow(settings, database_path=gui_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def collab_area(qtbot, gui_db):
    """The Collaborations area on its own, shown at a desktop size."""
    from PySide6.QtGui import QUndoStack

    from kolcrm.ui.collaborations.area import CollaborationsArea

    install_cjk_font(QApplication.instance())
    widget = CollaborationsArea(QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def errors(monkeypatch):
    """Messages that went to prompts.error, instead of a modal box."""
    from kolcrm.ui import prompts

    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _parent, _title, text: shown.append(text))
    return shown
