"""The import wizard: choose a file, fix the guessed mapping, read the dry run, import behind a cancellable progress.

Reading, the dry run and the import each run off the GUI thread through ui/jobs.py; the core functions are
injected (read / plan / apply), so tests can hold or fail them.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kolcrm.exchange.imports import importer
from kolcrm.exchange.imports.importer import ImportPlan, ImportResult
from kolcrm.exchange.imports.mapping import FIELDS, Mapping, guess_mapping
from kolcrm.exchange.imports.reading import SourceTable, read_table
from kolcrm.ui import prompts
from kolcrm.ui.jobs import Job

FILE, MAPPING, REPORT, SUMMARY = range(4)
SHOWN_ERRORS = 1000  # a table of 100,000 errors helps nobody; the count says how many there are


class ImportDialog(QDialog):
    finished_import = Signal()  # something was written: lists should reload

    def __init__(
        self,
        parent: QWidget | None = None,
        read: Callable[[Path], SourceTable] = read_table,
        plan: Callable[..., ImportPlan] = importer.plan_import,
        apply: Callable[..., ImportResult] = importer.apply_import,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import KOLs"))
        self.resize(760, 520)
        self.read, self.plan_import, self.apply_import = read, plan, apply
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.result_: ImportResult | None = None
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.combos: list[QComboBox] = []

        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._report_page())
        self.summary = QTextBrowser()
        self.summary.setObjectName("importSummary")
        self.pages.addWidget(self.summary)

        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_page(FILE)

    # -- pages ---------------------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.path_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        note = QLabel(
            self.tr(
                "CSV (UTF-8 or GBK/GB18030; comma, semicolon or tab) or XLSX (the first sheet). The first row"
                " holds the column headers. Rows whose platform and handle match a KOL already here update that"
                " KOL; nothing is written before you have seen the dry run."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("File to import")))
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.source_label = QLabel()
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Imported as"), self.tr("Sample")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setColumnWidth(1, 220)
        layout = QVBoxLayout(page)
        layout.addWidget(self.source_label)
        layout.addWidget(self.mapping_table, 1)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        self.errors_table = QTableWidget(0, 3)
        self.errors_table.setObjectName("importErrors")
        self.errors_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.errors_table.verticalHeader().hide()
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.strict_box = QCheckBox(self.tr("Import nothing if any row has an error"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.errors_table, 1)
        layout.addWidget(self.strict_box)
        return page

    # -- navigation ----------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen = prompts.ask_open_file(
            self, self.tr("Import KOLs from"), self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)")
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE:
            self.load_file()
        elif page == MAPPING:
            self.dry_run()
        elif page == REPORT:
            self.start_import()

    def back(self) -> None:
        if self.busy():
            return
        page = self.pages.currentIndex()
        self._show_page(max(FILE, page - 1) if page != SUMMARY else FILE)

    def busy(self) -> bool:
        return self.job is not None and not self.job.is_done()

    def mapping(self) -> Mapping:
        """The mapping as the user left it in the table: header → field key ("" = not imported)."""
        if self.table is None:
            return {}
        return {
            header: combo.currentData() or "" for header, combo in zip(self.table.headers, self.combos, strict=True)
        }

    def set_field(self, header: str, field_key: str) -> None:
        """Point one column at a field (as choosing it in its combo does)."""
        assert self.table is not None
        combo = self.combos[self.table.headers.index(header)]
        combo.setCurrentIndex(combo.findData(field_key))

    # -- steps ---------------------------------------------------------------------------------------------
    def load_file(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text).expanduser()
        self._run(
            lambda _progress, _cancelled: self.read(path), self.tr("Reading {0}…").format(path.name), self._loaded
        )

    def _loaded(self, table: SourceTable) -> None:
        self.table = table
        guessed = guess_mapping(table.headers)
        self.source_label.setText(
            self.tr("{0}: {1}, {2} rows. Choose what each column holds.").format(
                table.path.name, table.describe(), f"{len(table.rows):,}"
            )
        )
        self.mapping_table.setRowCount(len(table.headers))
        self.combos = []
        for row, header in enumerate(table.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
            for key, label in FIELDS.items():
                combo.addItem(self.tr(label), key)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(header, ""))))
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
            self.mapping_table.setItem(row, 2, QTableWidgetItem(" · ".join(table.samples(row))))
        self._show_page(MAPPING)

    def dry_run(self) -> None:
        table, mapping = self.table, self.mapping()
        if table is None:
            return
        self._run(
            lambda progress, cancelled: self.plan_import(table, mapping, progress, cancelled),
            self.tr("Checking {0} rows…").format(f"{len(table.rows):,}"),
            self._planned,
        )

    def _planned(self, plan: ImportPlan) -> None:
        if plan.cancelled:
            return
        self.plan = plan
        self.counts_label.setText(
            self.tr("{0} to add · {1} to update · {2} rows with errors (of {3} rows read)").format(
                f"{len(plan.to_add):,}", f"{len(plan.to_update):,}", f"{plan.error_lines:,}", f"{plan.rows_read:,}"
            )
        )
        shown = plan.errors[:SHOWN_ERRORS]
        self.errors_table.setRowCount(len(shown))
        for row, error in enumerate(shown):
            for column, value in enumerate((str(error.line), error.column, error.reason)):
                self.errors_table.setItem(row, column, QTableWidgetItem(value))
        if len(shown) < len(plan.errors):
            self.counts_label.setText(
                self.counts_label.text() + self.tr(" — the first {0} errors are listed").format(f"{SHOWN_ERRORS:,}")
            )
        self._show_page(REPORT)

    def start_import(self) -> None:
        plan, strict = self.plan, self.strict_box.isChecked()
        if plan is None:
            return
        self._run(
            lambda progress, cancelled: self.apply_import(plan, progress, cancelled, strict=strict),
            self.tr("Importing {0} rows…").format(f"{len(plan.to_add) + len(plan.to_update):,}"),
            self._imported,
        )

    def _imported(self, result: ImportResult) -> None:
        self.result_ = result
        assert self.plan is not None
        plan = self.plan
        if result.cancelled:
            text = self.tr("Cancelled: nothing was imported; the database is as it was.")
        elif result.refused:
            text = self.tr("Nothing was imported: {0} rows have errors and “import nothing” was chosen.").format(
                f"{plan.error_lines:,}"
            )
        else:
            text = self.tr("Imported: {0} KOLs added, {1} updated; {2} rows with errors were skipped.").format(
                f"{result.added:,}", f"{result.updated:,}", f"{plan.error_lines:,}"
            )
        self.summary.setHtml(f"<p><b>{html.escape(text)}</b></p>")
        self._show_page(SUMMARY)
        if not result.cancelled and not result.refused and (result.added or result.updated):
            self.finished_import.emit()

    # -- jobs ----------------------------------------------------------------------------------------------
    def _run(self, work: Callable[[Any, Any], Any], label: str, done: Callable[[Any], None]) -> None:
        if self.busy():
            return
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.job = Job(work)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.cancel)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(lambda value: self._job_ended(done, value))
        self.job.failed.connect(self._failed)
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping; nothing will be written…"))

    def reject(self) -> None:
        if self.busy():
            self.cancel()  # the job ends (rolled back) and reports; closing mid-import only asks it to stop
            return
        super().reject()

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _job_ended(self, done: Callable[[Any], None], value: Any) -> None:
        self._close_progress()
        done(value)
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._close_progress()
        self._update_buttons()
        prompts.error(self, self.tr("Import"), message)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)  # closing the dialog would emit canceled
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.next_button.setText(
            {FILE: self.tr("Next"), MAPPING: self.tr("Check (dry run)"), REPORT: self.tr("Import")}.get(page, "")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setEnabled(page in (MAPPING, REPORT, SUMMARY) and not self.busy())
        self.next_button.setVisible(page != SUMMARY)
        can_go = {FILE: bool(self.path_edit.text().strip()), MAPPING: self.table is not None}.get(page, True)
        if page == REPORT and self.plan is not None:
            can_go = bool(self.plan.to_add or self.plan.to_update)
        self.next_button.setEnabled(can_go and not self.busy())
