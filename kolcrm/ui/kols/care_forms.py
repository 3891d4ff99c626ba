"""Pieces shared by the KOL pane's care and risk sections: a dialog that shows the core's refusals beside
the fields, a read-only table, and the choice of one of the KOL's deals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.store.versions import EditConflict
from kolcrm.ui.kols import conflict_dialog

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD", "JPY")
RED = "#b00020"
_INVALID = "border: 1px solid #b00020;"


class CareDialog(QDialog):
    """A form whose Save goes through one core call; refusals appear in words above and beside the fields."""

    saved = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.error_label = QLabel()
        self.error_label.setObjectName("dialogError")
        self.error_label.setStyleSheet(f"color: {RED};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        error = QLabel()
        error.setStyleSheet(f"color: {RED}; font-size: 11px;")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, box)
        self.fields[key] = widget
        self.errors[key] = error
        return widget

    def save(self, overwrite: bool = False) -> None:
        """Build the record, hand it to the core; close on success, explain on refusal."""
        try:
            saved_id = self.store(overwrite)
        except EditConflict as exc:  # a colleague saved this record since the dialog opened
            conflict_dialog.settle(self, exc, self._reload_theirs, lambda: self.save(overwrite=True))
            return
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except NotFoundError as exc:
            self.show_problems([FieldProblem("", str(exc))])
            return
        self.saved.emit(saved_id)
        self.accept()

    def store(self, overwrite: bool = False) -> int:  # pragma: no cover - each dialog saves its own record
        raise NotImplementedError

    def reread(self) -> object | None:  # pragma: no cover - each dialog reads its own record
        raise NotImplementedError

    def fill(self, record: object) -> None:  # pragma: no cover - each dialog shows its own record
        raise NotImplementedError

    def _reload_theirs(self) -> None:
        """The colleague's version in the form, this dialog's changes dropped (Reload theirs)."""
        fresh = self.reread()
        if fresh is None:
            self.show_problems([FieldProblem("", self.tr("Someone else has deleted it meanwhile"))])
            return
        self.fill(fresh)
        self.show_problems([])

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        for problem in problems:
            by_field.setdefault(problem.field, problem.message)
        for key, label in self.errors.items():
            message = by_field.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            self.fields[key].setStyleSheet(_INVALID if message else "")
        self.error_label.setText(self.tr("Not saved:") + "\n" + "\n".join(f"• {p.message}" for p in problems))
        self.error_label.setVisible(bool(problems))


def read_only_table(headers: Sequence[str], stretch: Sequence[int], lines: int = 1, wrap: bool = True) -> QTableWidget:
    """Rows selected whole; the `stretch` columns share the width, the others fit their contents.

    Every row is `lines` text lines tall (wrapping unless told not to, then eliding): a fixed height, so a short list of one
    KOL's gifts or risks sizes itself without measuring text (the full text is in each cell's tooltip).
    """
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap and lines > 1)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * lines + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def fit_rows(table: QTableWidget, least: int = 2, most: int = 6) -> None:
    """As tall as its rows (within bounds), so a short list leaves no blank box and a long one scrolls."""
    rows = min(max(table.rowCount(), least), most)
    height = table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth())


def deal_combo(kol_id: int, selected: int | None) -> QComboBox:
    """“No particular deal” or one of the KOL's deals (cancelled ones too: a gift may follow any)."""
    from kolcrm.core.collaborations.by_kol import kol_deal_summary

    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("CareDialog", "— none —"), None)
    for line in kol_deal_summary(kol_id).deals:
        combo.addItem(f"{line.title} — {line.brand_name} · {line.stage.label}", line.id)
    if selected is not None:
        combo.setCurrentIndex(max(combo.findData(selected), 0))
    return combo
