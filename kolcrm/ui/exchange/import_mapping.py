"""The import wizard's mapping page: each column's guess with its samples and how sure it is, the platform
fixed for every row, and the fraction question for rate columns of plain numbers ≤ 1."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.vocabulary import Platform
from kolcrm.exchange.imports.importer import ImportOptions
from kolcrm.exchange.imports.mapping import FIELDS, Guess, Mapping, field_label
from kolcrm.exchange.imports.reading import SourceTable


class MappingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: SourceTable | None = None
        self.guess: Guess | None = None
        self.combos: list[QComboBox] = []
        self.fraction_boxes: dict[str, QCheckBox] = {}
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)  # headers and file names are the user's text
        self.platform_combo = QComboBox()
        self.platform_combo.setObjectName("fixedPlatform")
        self.platform_combo.addItem(self.tr("as each row says (a Platform column or the headers)"), "")
        for platform in Platform:
            self.platform_combo.addItem(platform.label, platform.value)
        platform_row = QHBoxLayout()
        platform_row.addWidget(QLabel(self.tr("Every row is on:")))
        platform_row.addWidget(self.platform_combo)
        platform_row.addStretch(1)
        self.mapping_table = QTableWidget(0, 4)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Imported as"), self.tr("How sure"), self.tr("Sample")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setColumnWidth(0, 160)
        self.mapping_table.setColumnWidth(1, 250)
        self.mapping_table.setColumnWidth(2, 150)
        self.fractions_box = QWidget()
        self.fractions_layout = QVBoxLayout(self.fractions_box)
        self.fractions_layout.setContentsMargins(0, 0, 0, 0)
        keep_note = QLabel(
            self.tr(
                "Columns that fit no field are kept: figures as dated metrics of the account, anything else as a"
                " custom field of the KOL. Choose “— not imported —” to leave a column out."
            )
        )
        keep_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(platform_row)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.fractions_box)
        layout.addWidget(keep_note)

    def show_guess(self, table: SourceTable, guessed: Guess) -> None:
        """Fill the page for a file just read and its guess."""
        self.table, self.guess = table, guessed
        self.source_label.setText(
            self.tr("{0}: {1}. Check what each column holds; the guesses come from the headers and the values.").format(
                table.path.name, table.describe()
            )
        )
        self.set_platform(guessed.fixed.get("platform", ""))
        self.mapping_table.setRowCount(len(table.headers))
        self.combos = []
        for row, column in enumerate(guessed.columns):
            header = column.header
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            combo = self._field_combo(header, column.fields)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
            sure = QTableWidgetItem(self._sureness(column.confidence) if column.fields else "")
            sure.setToolTip(column.reason)
            self.mapping_table.setItem(row, 2, sure)
            self.mapping_table.setItem(row, 3, QTableWidgetItem(" · ".join(column.samples)))
        for box in self.fraction_boxes.values():
            box.deleteLater()
        self.fraction_boxes = {}
        for column in guessed.columns:
            if column.ask_fraction:
                box = QCheckBox(self.tr("“{0}” holds fractions: {1} means {2} %").format(column.header, "0.052", "5.2"))
                box.setChecked(True)
                self.fractions_layout.addWidget(box)
                self.fraction_boxes[column.header] = box

    def mapping(self) -> Mapping:
        """The mapping as the user left it in the table: header → field key(s) ("" = not imported)."""
        if self.table is None:
            return {}
        return {
            header: combo.currentData() or "" for header, combo in zip(self.table.headers, self.combos, strict=True)
        }

    def options(self) -> ImportOptions:
        fixed = dict(self.guess.fixed) if self.guess is not None else {}
        fixed.pop("platform", None)
        platform = self.platform_combo.currentData()
        if platform:
            fixed["platform"] = platform
        fractions = {header: box.isChecked() for header, box in self.fraction_boxes.items()}
        return ImportOptions(self.mapping(), fixed, fractions)

    def set_field(self, header: str, field_key: str) -> None:
        """Point one column at a field (as choosing it in its combo does)."""
        assert self.table is not None
        combo = self.combos[self.table.headers.index(header)]
        index = combo.findData(field_key)
        if index < 0:
            combo.addItem(field_label(field_key), field_key)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def set_platform(self, platform: str) -> None:
        """Fix the platform for every row ("" = as each row says)."""
        self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(platform)))

    def _field_combo(self, header: str, guessed: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— not imported —"), "")
        for key in FIELDS:
            combo.addItem(field_label(key), key)  # the core's label, in the user's language
        combo.addItem(self.tr("Custom field “{0}”").format(header), f"custom:{header}")
        combo.addItem(self.tr("Metric “{0}” of the account").format(header), f"metric:{header}")
        value: str | list[str] = guessed[0] if len(guessed) == 1 else list(guessed)
        if guessed and combo.findData(value) < 0:
            combo.addItem(" + ".join(field_label(key) for key in guessed), value)
        combo.setCurrentIndex(max(0, combo.findData(value)) if guessed else 0)
        return combo

    def _sureness(self, confidence: float) -> str:
        if confidence >= 0.8:
            return self.tr("sure")
        if confidence >= 0.5:
            return self.tr("likely")
        return self.tr("a guess: check")
