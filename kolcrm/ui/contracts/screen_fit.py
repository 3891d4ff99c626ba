"""A window sized to the screen it opens on: as large as wanted, never larger than the free area.

A fixed 900 px height on a 900 px laptop screen (or 768, or 700 less a taskbar) puts a dialog's buttons below
the screen's edge, where nobody can click them.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager adds around the inside of a window: a title bar and borders. resize() sizes the inside,
# move() places the outer corner.
FRAME = QSize(16, 48)


def fitted_geometry(available: QRect, wanted: QSize, minimum: QSize) -> tuple[QPoint, QSize]:
    """(outer corner, inside size): `wanted`, shrunk until it fits `available` with its frame, kept at least
    `minimum` unless the screen itself is smaller; centred in `available`."""
    room = available.size() - FRAME
    width = max(min(wanted.width(), room.width()), min(minimum.width(), room.width()))
    height = max(min(wanted.height(), room.height()), min(minimum.height(), room.height()))
    corner = QPoint(
        available.x() + (available.width() - width - FRAME.width()) // 2,
        available.y() + (available.height() - height - FRAME.height()) // 2,
    )
    return corner, QSize(width, height)


def fit_to_screen(window: QWidget, wanted: QSize, anchor: QWidget | None = None) -> None:
    """Size and place `window` on the screen of `anchor` (its parent, usually), else on its own screen."""
    screen = (anchor.screen() if anchor is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    corner, size = fitted_geometry(screen.availableGeometry(), wanted, window.minimumSizeHint())
    window.resize(size)
    window.move(corner)  # also tells QDialog not to re-centre it over the parent, off the screen's edge


# Beside the title's text, a title bar holds the window icon and two or three buttons (close, maximise, help).
TITLE_BAR_EXTRAS = 150


def title_width(window: QWidget) -> int:
    """How wide `window` must be for its title bar to show the whole title: window managers draw titles bold and a
    little larger than the text inside, and cut what does not fit."""
    font = QFont(window.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    return QFontMetrics(font).horizontalAdvance(window.windowTitle()) + TITLE_BAR_EXTRAS
