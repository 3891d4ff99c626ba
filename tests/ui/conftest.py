"""GUI fixtures: a main window over a fresh database and throwaway settings, plus IME-style typing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kolcrm.app import install_cjk_font
from kolcrm.core.db import close_database, open_database


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
