"""Small helpers shared by GUI tests."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from kolcrm.ui.kols.editor import KolEditor


def open_editor(qtbot) -> KolEditor:
    """The editor dialog the last action opened (dialogs open window-modal, so they are top-level)."""
    editors: list[KolEditor] = []

    def found() -> None:
        editors[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, KolEditor) and w.isVisible()]
        assert editors

    qtbot.waitUntil(found)
    return editors[-1]


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a user would: ASCII as key clicks, Chinese as an input method commits it.

    qtbot.keyClicks aborts the process on non-ASCII text (TRAPS.md), and an IME commit is how Chinese
    arrives in a real session anyway.
    """
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
