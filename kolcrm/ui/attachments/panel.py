"""A list of the files attached to one record, with Attach…, Open, Save a copy… and Remove (into the trash, with
Undo); files dropped on it from the desktop are attached too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.attachments import service as attachments
from kolcrm.core.attachments.records import Attachment, Target
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.ui import prompts
from kolcrm.ui.attachments.opening import open_in_system_viewer, viewable_copy
from kolcrm.ui.contracts.file_location import explain_not_opened
from kolcrm.ui.widgets.display import local_time, pick_row_table


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024**2:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024**2:.1f} MB"


class AttachmentsPanel(QWidget):
    changed = Signal(int)  # how many files the record has now

    def __init__(self, title: str, empty_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: Target | None = None
        self.files: list[Attachment] = []
        self.removed: list[Attachment] = []  # removed here, newest last: Undo remove brings them back
        self.empty_hint = empty_hint
        self.setAcceptDrops(True)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold; margin-top: 4px;")
        headers = (self.tr("File"), self.tr("Size"), self.tr("Added"), "SHA-256")
        self.table = pick_row_table(headers, stretch_last=False)
        self.table.setObjectName("attachedFiles")
        self.table.setMinimumHeight(64)  # two rows and the header; the pane holding the panel decides the rest
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.note = QLabel()
        self.note.setObjectName("attachmentsNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.undo_button = QPushButton(self.tr("Undo remove"))
        self.attach_button.clicked.connect(self.ask_and_attach)
        self.open_button.clicked.connect(self.open_current)
        self.save_button.clicked.connect(self.save_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.undo_button.clicked.connect(self.undo_remove)
        # The buttons in a column beside the list: a row of them would widen every pane that holds the panel
        # past what a 1024-pixel screen leaves it.
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        for button in (self.attach_button, self.open_button, self.save_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        files = QVBoxLayout()
        files.addWidget(self.table, 1)
        files.addWidget(self.note)
        beside = QHBoxLayout()
        beside.addLayout(files, 1)
        beside.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(beside)
        self.set_target(None)

    # -- showing -------------------------------------------------------------------------------------------
    def set_target(self, target: Target | None, title: str | None = None) -> None:
        if target != self.target:
            self.removed.clear()
        self.target = target
        if title is not None:
            self.title.setText(title)
        self.refresh()

    def refresh(self) -> None:
        self.files = attachments.attachments_of(self.target) if self.target is not None else []
        self.table.setRowCount(len(self.files))
        for row, item in enumerate(self.files):
            added = local_time(item.added_at) + (f" · {item.added_by}" if item.added_by else "")
            for column, text in enumerate((item.file_name, size_text(item.size), added, item.sha256[:12])):
                self.table.setItem(row, column, _cell(text, f"{item.file_name}\nSHA-256 {item.sha256}"))
        self.table.resizeColumnsToContents()
        if self.files:
            self.table.setCurrentCell(len(self.files) - 1, 0)
        self.note.setText("" if self.files or self.target is None else self.empty_hint)
        self.note.setVisible(bool(self.note.text()))
        self._update_buttons()
        self.changed.emit(len(self.files))

    def current(self) -> Attachment | None:
        row = self.table.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None

    # -- actions -------------------------------------------------------------------------------------------
    def ask_and_attach(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.attach_paths([Path(path) for path in paths])

    def attach_paths(self, paths: list[Path]) -> int:
        """Attach each file; the ones refused are listed in one message. Returns how many were attached."""
        if self.target is None:
            return 0
        refused: list[str] = []
        added = 0
        for path in paths:
            try:
                attachments.attach_file(self.target, path)
                added += 1
            except (ValidationError, NotFoundError) as exc:
                refused.append(exc.message if isinstance(exc, ValidationError) else str(exc))
        self.refresh()
        if refused:
            prompts.error(self, self.tr("Not attached"), "\n".join(refused))
        return added

    def open_current(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            path = viewable_copy(item.id)
        except (ValidationError, NotFoundError) as exc:
            prompts.error(self, self.tr("Cannot open the file"), str(exc))
            return
        if not open_in_system_viewer(path):
            explain_not_opened(self, path)

    def save_current(self) -> None:
        item = self.current()
        if item is None:
            return
        path = prompts.ask_save_path(self, self.tr("Save a copy of {0}").format(item.file_name), Path(item.file_name))
        if path is None:
            return
        try:
            attachments.save_copy(item.id, path)
        except (ValidationError, NotFoundError) as exc:
            prompts.error(self, self.tr("Copy not saved"), str(exc))

    def remove_current(self) -> None:
        item = self.current()
        if item is None:
            return
        attachments.remove(item.id)
        self.removed.append(item)
        self.refresh()
        self.note.setText(
            self.tr("Removed {0}: it stays in the trash until the trash is emptied.").format(item.file_name)
        )
        self.note.show()

    def undo_remove(self) -> None:
        if self.removed:
            attachments.restore(self.removed.pop().id)
            self.refresh()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.attach_button.setEnabled(self.target is not None)
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)
        self.undo_button.setVisible(bool(self.removed))

    # -- files dropped from the desktop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.target is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_paths(paths)


def _cell(text: str, tooltip: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip)
    return item
