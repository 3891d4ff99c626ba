"""The View and Help menus: every area with its shortcut, and the help a user looks for there — the keyboard
shortcuts, the data folder, the user guide, and a problem report to paste into an e-mail (nothing is sent).
The help itself is in help_dialogs, imported when it is asked for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from kolcrm.core.i18n import QT_TRANSLATE_NOOP

# The sidebar's areas in its order; Ctrl+1 … Ctrl+9 follow it.
AREA_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "&Today"),
    QT_TRANSLATE_NOOP("MainWindow", "&KOLs"),
    QT_TRANSLATE_NOOP("MainWindow", "&Collaborations"),
    QT_TRANSLATE_NOOP("MainWindow", "C&ampaigns"),
    QT_TRANSLATE_NOOP("MainWindow", "&Dashboard"),
    QT_TRANSLATE_NOOP("MainWindow", "&Schedule"),
    QT_TRANSLATE_NOOP("MainWindow", "&Gifts && perks"),
    QT_TRANSLATE_NOOP("MainWindow", "&Brands"),
    QT_TRANSLATE_NOOP("MainWindow", "Ag&encies"),
    QT_TRANSLATE_NOOP("MainWindow", "T&rash"),
)


def _help() -> ModuleType:
    from kolcrm.ui import help_dialogs

    return help_dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def window_action(
    window: QMainWindow, text: str, keys: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[[], object]
) -> QAction:
    """An action of the window (its shortcut works wherever the focus is in it), for a menu to show."""
    action = QAction(text, window)
    if keys is not None:
        action.setShortcut(keys)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def add_view_menu(window: QMainWindow, show_area: Callable[[int], None]) -> list[QAction]:
    """View: one action per area, Ctrl+1 … Ctrl+9 and Ctrl+0 in the sidebar's order."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    actions = []
    for index, title in enumerate(AREA_TITLES):
        action = QAction(_tr(title), window)
        action.setShortcut(QKeySequence(f"Ctrl+{(index + 1) % 10}"))
        action.triggered.connect(lambda _checked=False, area=index: show_area(area))
        window.addAction(action)
        menu.addAction(action)
        actions.append(action)
    return actions


def add_help_menu(window: QMainWindow, database_path: Path | None) -> QMenu:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    entries: list[tuple[str, QKeySequence | None, Callable[[], object]]] = [
        (
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            QKeySequence("F1"),
            lambda: _help().ShortcutsDialog(window).exec(),
        ),
        (QCoreApplication.translate("MainWindow", "&User guide"), None, lambda: _help().GuideDialog(window).exec()),
        (
            QCoreApplication.translate("MainWindow", "Open the &data folder"),
            None,
            lambda: _help().open_data_folder(window, database_path),
        ),
        (
            QCoreApplication.translate("MainWindow", "&Report a problem…"),
            None,
            lambda: _help().ProblemReportDialog(window, database_path).exec(),
        ),
        (QCoreApplication.translate("MainWindow", "&About kolcrm"), None, lambda: _help().about(window, database_path)),
    ]
    for number, (text, keys, slot) in enumerate(entries):
        if number == 2:  # help to read above, things to do below
            menu.addSeparator()
        action = QAction(text, window)
        if keys is not None:
            action.setShortcut(keys)
            window.addAction(action)
        action.triggered.connect(slot)
        menu.addAction(action)
    return menu
