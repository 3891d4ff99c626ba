"""Edit → Edit selected KOLs…: tags added or removed, status, outreach stage, owner and a custom field set for every
selected KOL at once — one step that Ctrl+Z undoes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.kols import bulk_edit, custom_fields
from kolcrm.core.kols.form import split_list
from kolcrm.core.vocabulary import Status
from kolcrm.core.vocabulary.outreach import OutreachStage


class BulkEditDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit %n selected KOLs", "", count))
        self.setMinimumWidth(480)  # the placeholders say what an empty box does: they must be read whole
        self.add_tags = QLineEdit()
        self.add_tags.setObjectName("bulkAddTags")
        self.add_tags.setPlaceholderText(self.tr("e.g. 双11, 美妆"))
        self.remove_tags = QLineEdit()
        self.remove_tags.setObjectName("bulkRemoveTags")
        self.status = self._choices([(s.label, s.value) for s in Status])
        self.outreach = self._choices([(s.label, s.value) for s in OutreachStage])
        self.set_owner = QCheckBox(self.tr("Give them to"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("empty: to nobody"))
        self.owner.setEnabled(False)
        self.set_owner.toggled.connect(self.owner.setEnabled)
        self.field = QComboBox()
        self.field.addItem(self.tr("Leave custom fields as they are"), None)
        for definition in custom_fields.list_fields():
            self.field.addItem(definition.name, definition.id)
        self.field_value = QLineEdit()
        self.field_value.setPlaceholderText(self.tr("the value (empty clears it)"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Add tags (categories)"), self.add_tags)
        form.addRow(self.tr("Remove tags"), self.remove_tags)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Outreach"), self.outreach)
        form.addRow(self.set_owner, self.owner)
        form.addRow(self.field, self.field_value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def change(self) -> bulk_edit.BulkChange:
        removed = tuple(split_list(self.remove_tags.text()))
        field_id = self.field.currentData()
        return bulk_edit.BulkChange(
            add_categories=tuple(split_list(self.add_tags.text())),
            remove_categories=removed,
            remove_value_tags=removed,  # a tag to remove goes whichever list it is in
            status=Status(self.status.currentData()) if self.status.currentData() else None,
            outreach_stage=OutreachStage(self.outreach.currentData()) if self.outreach.currentData() else None,
            owner=self.owner.text() if self.set_owner.isChecked() else None,
            custom={field_id: self.field_value.text()} if field_id is not None else {},
        )

    def _choices(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Leave as it is"), None)
        for label, value in items:
            combo.addItem(label, value)
        return combo


class BulkEditCommand(QUndoCommand):
    """Applied when made (its receipt given); undo puts back exactly that, redo applies the change again."""

    def __init__(self, area: Any, change: bulk_edit.BulkChange, receipt: bulk_edit.BulkReceipt) -> None:
        count = receipt.count  # a plain name: lupdate drops a call whose count is an expression
        super().__init__(QCoreApplication.translate("KolBulkEdit", "Edit %n KOLs", None, count))
        self.area, self.change, self.receipt = area, change, receipt
        self.applied = True

    def redo(self) -> None:
        if not self.applied:
            self.receipt = bulk_edit.apply_bulk(self.receipt.kol_ids, self.change)
            self.applied = True
            self._refresh()

    def undo(self) -> None:
        bulk_edit.undo_bulk(self.receipt)
        self.applied = False
        self._refresh()

    def _refresh(self) -> None:
        self.area.reload(select=self.receipt.kol_ids[0] if self.receipt.kol_ids else None)
        self.area.refresh_shown_kol()
