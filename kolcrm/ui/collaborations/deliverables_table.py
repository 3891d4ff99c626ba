"""The deliverables of a deal inside the editor: one row each, the brief and the KOL's own idea side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.collaborations.records import DeliverableRecord
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.form import parse_date
from kolcrm.core.vocabulary import DEFAULT_DISCLOSURE_LABEL, ApprovalState, ContentType, Platform

COLUMNS = ("platform", "content_type", "quantity", "due_on", "brief", "kol_idea", "disclosure_label", "state")
HEADERS = {
    "platform": QT_TRANSLATE_NOOP("DeliverablesTable", "Platform"),
    "content_type": QT_TRANSLATE_NOOP("DeliverablesTable", "Content"),
    "quantity": QT_TRANSLATE_NOOP("DeliverablesTable", "Qty"),
    "due_on": QT_TRANSLATE_NOOP("DeliverablesTable", "Due date"),
    "brief": QT_TRANSLATE_NOOP("DeliverablesTable", "Brand brief"),
    "kol_idea": QT_TRANSLATE_NOOP("DeliverablesTable", "KOL's own idea"),
    "disclosure_label": QT_TRANSLATE_NOOP("DeliverablesTable", "Ad label"),
    "state": QT_TRANSLATE_NOOP("DeliverablesTable", "Review state"),
}
WIDTHS = {
    "platform": 105,
    "content_type": 125,
    "quantity": 52,
    "due_on": 92,
    "brief": 140,
    "kol_idea": 140,
    "disclosure_label": 62,
}
TOOLTIPS = {
    "due_on": QT_TRANSLATE_NOOP("DeliverablesTable", "YYYY-MM-DD, e.g. 2026-03-15"),
    "disclosure_label": QT_TRANSLATE_NOOP(
        "DeliverablesTable", "The label Chinese advertising law expects on a paid post"
    ),
    "state": QT_TRANSLATE_NOOP("DeliverablesTable", "Moves through the review on the board, not here"),
}
DELIVERABLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
_TEXT_COLUMNS = ("due_on", "brief", "kol_idea", "disclosure_label")
_ERROR_BRUSH = QBrush(QColor("#fde2e2"))
_WARNING_BRUSH = QBrush(QColor("#fff3cd"))
WARNING_STYLE = "color: #8a5300; background: #fff3cd; padding: 4px; border-radius: 3px;"
_PICKED = "pickedByUser"  # a platform combo the user chose from: a new KOL does not overrule it


class DeliverablesTable(QWidget):
    """Rows of deliverables; `records()` turns them into DeliverableRecords with the problems found parsing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_platform = Platform.DOUYIN.value  # the editor sets the KOL's own platform
        self._warnings: dict[tuple[int, str], str] = {}
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("deliverablesTable")
        self.table.setHorizontalHeaderLabels([self.tr(HEADERS[key]) for key in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for column, key in enumerate(COLUMNS):
            self.table.setColumnWidth(column, WIDTHS.get(key, 90))
            self.table.horizontalHeaderItem(column).setToolTip(self.tr(TOOLTIPS[key]) if key in TOOLTIPS else "")

        self.add_button = QPushButton(self.tr("Add deliverable"))
        self.remove_button = QPushButton(self.tr("Remove deliverable"))
        self.brief_edit = QPlainTextEdit()
        self.brief_edit.setObjectName("briefEdit")
        self.brief_edit.setPlaceholderText(self.tr("What the brand asks for: key messages, must-shows, don'ts"))
        self.idea_edit = QPlainTextEdit()
        self.idea_edit.setObjectName("kolIdeaEdit")
        self.idea_edit.setPlaceholderText(self.tr("How the KOL wants to do it, in their own voice"))
        self.problems_label = QLabel()
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("deliverableWarnings")
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("The review state moves on the board, not here."))
        hint.setStyleSheet("color: #666;")
        buttons.addWidget(hint)
        texts = QHBoxLayout()
        for title, edit in ((self.tr("Brand brief"), self.brief_edit), (self.tr("KOL's own idea"), self.idea_edit)):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(edit)
            texts.addLayout(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.warnings_label)
        layout.addLayout(texts, 2)

        self.add_button.clicked.connect(lambda: self.add_deliverable())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_texts(row))
        self.brief_edit.textChanged.connect(lambda: self._text_edited("brief", self.brief_edit))
        self.idea_edit.textChanged.connect(lambda: self._text_edited("kol_idea", self.idea_edit))
        self._show_texts(-1)

    # -- rows ----------------------------------------------------------------------------------------------
    def add_deliverable(self, record: DeliverableRecord | None = None) -> int:
        record = record or DeliverableRecord(platform=self.default_platform)
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        platform = QComboBox()
        for choice in Platform:
            platform.addItem(choice.label, choice.value)
        platform.setCurrentIndex(max(platform.findData(record.platform), 0))
        platform.currentIndexChanged.connect(lambda _i: self.changed.emit())
        platform.activated.connect(lambda _i, combo=platform: combo.setProperty(_PICKED, True))
        self.table.setCellWidget(row, COLUMNS.index("platform"), platform)
        content = QComboBox()
        for choice in ContentType:
            content.addItem(choice.label, choice.value)
        content.setCurrentIndex(max(content.findData(ContentType(record.content_type).value), 0))
        content.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, COLUMNS.index("content_type"), content)
        quantity = QSpinBox()
        quantity.setRange(1, 1000)
        quantity.setValue(min(max(record.quantity, 1), 1000))
        quantity.valueChanged.connect(lambda _v: self.changed.emit())
        self.table.setCellWidget(row, COLUMNS.index("quantity"), quantity)
        texts = {
            "due_on": record.due_on.isoformat() if record.due_on else "",
            "brief": record.brief,
            "kol_idea": record.kol_idea,
            "disclosure_label": record.disclosure_label,
        }
        for key in _TEXT_COLUMNS:
            self.table.setItem(row, COLUMNS.index(key), QTableWidgetItem(texts[key]))
        state = QTableWidgetItem(ApprovalState(record.state).label)
        state.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        state.setForeground(QBrush(QColor("#555")))
        state.setData(DELIVERABLE_ID_ROLE, record.id)
        state.setData(STATE_ROLE, ApprovalState(record.state).value)
        self.table.setItem(row, COLUMNS.index("state"), state)
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, COLUMNS.index("due_on"))
        self.changed.emit()
        return row

    def set_default_platform(self, platform: str) -> None:
        """New rows start on `platform`; so do the rows not saved yet whose platform nobody chose."""
        self.default_platform = platform
        for row in range(self.table.rowCount()):
            combo = self.cell_widget(row, "platform")
            stored = self.table.item(row, COLUMNS.index("state")).data(DELIVERABLE_ID_ROLE) is not None
            if not stored and not combo.property(_PICKED):
                combo.setCurrentIndex(max(combo.findData(platform), 0))

    def remove_selected(self) -> None:
        """Any row may go here; the core refuses to drop one with a review history, and says why."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._show_texts(self.table.currentRow())
        self.changed.emit()

    def row_count(self) -> int:
        return self.table.rowCount()

    def set_cell_text(self, row: int, key: str, text: str) -> None:
        self.table.item(row, COLUMNS.index(key)).setText(text)

    def cell_widget(self, row: int, key: str) -> QWidget:
        return self.table.cellWidget(row, COLUMNS.index(key))

    def records(self) -> tuple[list[DeliverableRecord], list[tuple[int, str, str]]]:
        """The rows as records, and (row, column key, message) for each cell that does not parse."""
        records, problems = [], []
        for row in range(self.table.rowCount()):
            due_text = self._text(row, "due_on").strip()
            due_on = None
            if due_text:
                try:
                    due_on = parse_date(due_text)
                except ValueError:
                    message = self.tr("Deliverable {0}: “{1}” is not a date (use YYYY-MM-DD)")
                    problems.append((row, "due_on", message.format(row + 1, due_text)))
            state_item = self.table.item(row, COLUMNS.index("state"))
            records.append(
                DeliverableRecord(
                    platform=self.cell_widget(row, "platform").currentData(),
                    content_type=ContentType(self.cell_widget(row, "content_type").currentData()),
                    quantity=self.cell_widget(row, "quantity").value(),
                    due_on=due_on,
                    brief=self._text(row, "brief"),
                    kol_idea=self._text(row, "kol_idea"),
                    disclosure_label=self._text(row, "disclosure_label").strip() or DEFAULT_DISCLOSURE_LABEL,
                    state=ApprovalState(state_item.data(STATE_ROLE)),
                    id=state_item.data(DELIVERABLE_ID_ROLE),
                )
            )
        return records, problems

    def mark_problems(self, cells: dict[tuple[int, str], str]) -> None:
        """Tint the cells that are wrong, with the reason as their tooltip, and list the reasons below."""
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for key in _TEXT_COLUMNS:
                item = self.table.item(row, COLUMNS.index(key))
                message = cells.get((row, key))
                warning = self._warnings.get((row, key))
                item.setBackground(_ERROR_BRUSH if message else _WARNING_BRUSH if warning else QBrush())
                item.setToolTip(message or warning or "")
        self.table.blockSignals(False)

    def show_messages(self, messages: list[str]) -> None:
        self.problems_label.setText("\n".join(dict.fromkeys(messages)))
        self.problems_label.setVisible(bool(messages))

    def show_warnings(self, cells: dict[tuple[int, str], str]) -> None:
        """Allowed but probably a slip (due after the deal ends): tinted amber, said below the table."""
        self._warnings = dict(cells)
        self.warnings_label.setText("\n".join(f"⚠ {text}" for text in dict.fromkeys(cells.values())))
        self.warnings_label.setVisible(bool(cells))

    def has_warnings(self) -> bool:
        return bool(self._warnings)

    # -- the brief / idea pair -----------------------------------------------------------------------------
    def _text(self, row: int, key: str) -> str:
        item = self.table.item(row, COLUMNS.index(key))
        return item.text() if item else ""

    def _show_texts(self, row: int) -> None:
        has_row = 0 <= row < self.table.rowCount()
        for key, edit in (("brief", self.brief_edit), ("kol_idea", self.idea_edit)):
            edit.blockSignals(True)
            edit.setPlainText(self._text(row, key) if has_row else "")
            edit.blockSignals(False)
            edit.setEnabled(has_row)

    def _text_edited(self, key: str, edit: QPlainTextEdit) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.item(row, COLUMNS.index(key)).setText(edit.toPlainText())

    def _item_changed(self, item: QTableWidgetItem) -> None:
        key = COLUMNS[item.column()]
        if item.row() == self.table.currentRow() and key in ("brief", "kol_idea"):
            edit = self.brief_edit if key == "brief" else self.idea_edit
            if edit.toPlainText() != item.text():
                edit.blockSignals(True)
                edit.setPlainText(item.text())
                edit.blockSignals(False)
        self.changed.emit()
