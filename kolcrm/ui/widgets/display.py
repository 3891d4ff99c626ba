"""Small read-only display widgets the panes share: rich-text labels, section titles, tables, stored times."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPlainTextEdit, QTableWidget


def local_time(utc_text: str) -> str:
    """A timestamp stored in UTC, shown in the user's own time zone (unreadable text is shown as it is)."""
    try:
        return datetime.fromisoformat(utc_text).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return utc_text


def rich_label() -> QLabel:
    """A wrapping rich-text label whose links and text the user can click and select."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


def reading_box(max_height: int = 90) -> QPlainTextEdit:
    """A short read-only box for text someone wrote (a brief, an idea)."""
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setMaximumHeight(max_height)
    return box


def section_title(text: str) -> QLabel:
    """A bold section title over a table or box (plain text: a title is never read as markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("font-weight: bold; margin-top: 4px;")
    return label


def pick_row_table(labels: Sequence[str], stretch_last: bool = True) -> QTableWidget:
    """A table of whole rows to pick one from, columns fitted to their contents (labels already translated).

    For a short list that sizes itself to fixed-height rows, see kols.care_forms.read_only_table.
    """
    table = QTableWidget(0, len(labels))
    table.setHorizontalHeaderLabels(list(labels))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    return table
