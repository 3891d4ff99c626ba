"""Edit → Custom fields…: define, rename, reorder and delete the fields every KOL can have.

A deletion is confirmed (saying how many KOLs lose a value) and can be undone with Edit → Undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols import custom_fields
from kolcrm.core.kols.custom_fields import CustomFieldDef, DeletedField
from kolcrm.ui import prompts


class CustomFieldsDialog(QDialog):
    """The list of custom fields with Add / Edit / Move / Delete; `changed` after every change it made."""

    changed = Signal()

    def __init__(
        self,
        undo_stack: QUndoStack | None = None,
        on_change: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        # Told after a change, also one an undo makes once this dialog is closed (the KOL area's refresh).
        self.on_change = on_change or (lambda: None)
        self.setWindowTitle(self.tr("Custom fields"))
        self.resize(560, 420)
        self.fields = QListWidget()
        self.fields.setObjectName("customFieldList")
        self.fields.setAlternatingRowColors(True)
        self.fields.currentRowChanged.connect(self._update_buttons)
        self.fields.itemDoubleClicked.connect(lambda _item: self.edit_field())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_field)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_field)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_field(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_field(1))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_field)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        hint = QLabel(
            self.tr(
                "Every KOL can have these fields: fill them in the KOL editor, show them as list columns"
                " (right-click the list's header → Columns…) and filter the list by them."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.fields, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        if undo_stack is not None:
            undo_stack.indexChanged.connect(self._undone_or_redone)
        self.load()

    def load(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_field_id()
        self.fields.clear()
        kinds = {"text": self.tr("Text"), "number": self.tr("Number"), "date": self.tr("Date"),
                 "choice": self.tr("Choice")}  # fmt: skip
        for field in custom_fields.list_fields():
            text = f"{field.name}  ·  {kinds.get(field.kind, field.kind)}"
            if field.choices:
                text += f": {', '.join(field.choices)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, field.id)
            item.setToolTip(text)
            self.fields.addItem(item)
            if field.id == current:
                self.fields.setCurrentItem(item)
        if self.fields.currentRow() < 0 and self.fields.count():
            self.fields.setCurrentRow(0)
        self._update_buttons()

    def current_field_id(self) -> int | None:
        item = self.fields.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- actions -------------------------------------------------------------------------------------------------
    def add_field(self) -> None:
        form = FieldForm(None, self)
        form.saved.connect(self._saved)
        form.open()

    def edit_field(self) -> None:
        field_id = self.current_field_id()
        if field_id is None:
            return
        try:
            field = custom_fields.get_field(field_id)
        except NotFoundError:
            self.load()
            return
        form = FieldForm(field, self)
        form.saved.connect(self._saved)
        form.open()

    def move_field(self, offset: int) -> None:
        field_id, row = self.current_field_id(), self.fields.currentRow()
        if field_id is None or not 0 <= row + offset < self.fields.count():
            return
        custom_fields.move_field(field_id, row + offset)
        self._saved(field_id)

    def delete_field(self) -> None:
        field_id = self.current_field_id()
        if field_id is None:
            return
        field = custom_fields.get_field(field_id)
        count = custom_fields.value_count(field_id)
        text = self.tr("Delete the field “{0}”?").format(field.name) + " "
        text += (
            self.tr("%n KOLs have a value in it; those values are deleted with it.", "", count)
            if count
            else self.tr("No KOL has a value in it yet.")
        )
        if self.undo_stack is not None:
            text += " " + self.tr("Edit → Undo brings it back.")
        if not prompts.confirm(self, self.tr("Delete custom field"), text, self.tr("Delete")):
            return
        # The command tells the KOL area itself: an undo may come once this dialog is closed.
        command = DeleteFieldCommand(self.tr("Delete custom field “{0}”").format(field.name), field, self.on_change)
        if self.undo_stack is not None:
            self.undo_stack.push(command)  # runs it
        else:
            command.redo()
        self.load()
        self.changed.emit()

    # -- internals -----------------------------------------------------------------------------------------------
    def _saved(self, field_id: int) -> None:
        self.load(select=field_id)
        self._changed()

    def _changed(self) -> None:
        self.on_change()
        self.changed.emit()

    def _undone_or_redone(self, _index: int) -> None:
        if self.isVisible():
            self.load()

    def _update_buttons(self) -> None:
        row, count = self.fields.currentRow(), self.fields.count()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)


class FieldForm(QDialog):
    """Name, kind and choices of one field (new when `field` is None); the core's refusals show in the form."""

    saved = Signal(int)  # field id

    def __init__(self, field: CustomFieldDef | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setWindowTitle(self.tr("New custom field") if field is None else self.tr("Edit custom field"))
        self.resize(400, 320)
        self.name = QLineEdit(field.name if field else "")
        self.name.setObjectName("fieldName")
        self.name.setPlaceholderText(self.tr("e.g. 建联状态 or MCN contract ends"))
        self.kind = QComboBox()
        self.kind.setObjectName("fieldKind")
        for label, kind in ((self.tr("Text"), "text"), (self.tr("Number"), "number"), (self.tr("Date"), "date"),
                            (self.tr("Choice"), "choice")):  # fmt: skip
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(max(self.kind.findData(field.kind if field else "text"), 0))
        self.choices = QPlainTextEdit("\n".join(field.choices) if field else "")
        self.choices.setObjectName("fieldChoices")
        self.choices.setPlaceholderText(self.tr("One choice per line, e.g.\n已建联\n未建联"))
        self.choices_label = QLabel(self.tr("Choices"))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.choices_label, self.choices)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def save(self) -> None:
        kind = str(self.kind.currentData())
        choices = self.choices.toPlainText().splitlines() if kind == "choice" else []
        try:
            with busy():
                if self.field is None:
                    saved = custom_fields.define_field(self.name.text(), kind, choices)
                else:
                    saved = custom_fields.update_field(self.field.id, name=self.name.text(), kind=kind, choices=choices)
        except (ValidationError, NotFoundError) as exc:
            self.error.setText(exc.message if isinstance(exc, ValidationError) else str(exc))
            self.error.show()
            return
        self.saved.emit(saved.id)
        self.accept()

    def _kind_changed(self) -> None:
        choice = self.kind.currentData() == "choice"
        self.choices.setVisible(choice)
        self.choices_label.setVisible(choice)


class DeleteFieldCommand(QUndoCommand):
    """Delete a field with its values; undo puts both back (on the KOLs that still exist)."""

    def __init__(self, text: str, field: CustomFieldDef, on_change: Callable[[], None]) -> None:
        super().__init__(text)
        self.field_id = field.id
        self.on_change = on_change
        self.deleted: DeletedField | None = None

    def redo(self) -> None:
        try:
            with busy():
                self.deleted = custom_fields.delete_field(self.field_id)
        except NotFoundError:
            self.setObsolete(True)  # deleted elsewhere meanwhile: nothing to do, nothing to undo
        self.on_change()

    def undo(self) -> None:
        if self.deleted is None:
            return
        try:
            with busy():
                self.field_id = custom_fields.restore_field(self.deleted).id
        except ValidationError as exc:
            self.setObsolete(True)  # a new field took its name: redoing must not delete that one
            prompts.error(None, QApplication.translate("DeleteFieldCommand", "Cannot undo"), exc.message)
        self.on_change()


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor: deleting or converting a field rewrites the search index of every KOL with a value in it."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
