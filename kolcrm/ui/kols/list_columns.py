"""The KOL list's "Columns…" dialog: which built-in columns show, and which custom fields show as columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kolcrm.core.kols.custom_values import CustomFieldDef

_BUILT_IN, _CUSTOM = "built-in", "custom"


class ColumnsDialog(QDialog):
    """Tick the columns to show. `built_in` are (column number, translated title, shown); Name always shows."""

    def __init__(
        self,
        built_in: list[tuple[int, str, bool]],
        fields: list[CustomFieldDef],
        shown_fields: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns"))
        self.resize(340, 440)
        self.columns = QListWidget()
        self.columns.setObjectName("listColumns")
        for column, title, shown in built_in:
            self._add(title, (_BUILT_IN, column), shown)
        for field in fields:
            self._add(field.name, (_CUSTOM, field.id), field.id in shown_fields)
        hint = QLabel(self.tr("Your custom fields come last; define them in Edit → Custom fields…"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def hidden_columns(self) -> set[int]:
        """The built-in columns left unticked."""
        return {key for kind, key, ticked in self._ticks() if kind == _BUILT_IN and not ticked}

    def chosen_fields(self) -> list[int]:
        """The custom fields ticked, in the fields' order."""
        return [key for kind, key, ticked in self._ticks() if kind == _CUSTOM and ticked]

    def item(self, title: str) -> QListWidgetItem:
        """The row of a column by its title (for tests and keyboard-free callers)."""
        return next(self.columns.item(i) for i in range(self.columns.count()) if self.columns.item(i).text() == title)

    def _add(self, title: str, data: tuple[str, int], shown: bool) -> None:
        item = QListWidgetItem(title)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.columns.addItem(item)

    def _ticks(self) -> list[tuple[str, int, bool]]:
        ticks = []
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            kind, key = item.data(Qt.ItemDataRole.UserRole)
            ticks.append((kind, key, item.checkState() == Qt.CheckState.Checked))
        return ticks
