"""The import wizard: choose a file, check the guessed mapping, read the dry run, import behind a cancellable progress.

The mapping page shows each column's guess with its sample values and how sure the guess is; a platform can be
fixed for the whole file ("every row is Instagram"), and a rate column of plain numbers ≤ 1 asks whether they
are fractions. Reading, the dry run and the import each run off the GUI thread through ui/jobs.py; the core
functions are injected (read / plan / apply), so tests can hold or fail them.
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
from kolcrm.exchange.imports.mapping import Mapping, guess
from kolcrm.exchange.imports.reading import SourceTable, read_table
from kolcrm.ui import prompts
from kolcrm.ui.exchange.import_mapping import MappingPage
from kolcrm.ui.jobs import Job

FILE, MAPPING, REPORT, SUMMARY = range(4)
SHOWN_ERRORS = 1000  # a table of 100,000 errors helps nobody; the count says how many there are


class ImportDialog(QDialog):
    @property
    def fraction_boxes(self) -> dict[str, QCheckBox]:
        return self.mapping_page.fraction_boxes

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
        self.resize(860, 580)
        self.read, self.plan_import, self.apply_import = read, plan, apply
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.result_: ImportResult | None = None
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None

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
        self.mapping_page = MappingPage()
        # The page's parts, as tests and the report step reach them.
        self.mapping_table = self.mapping_page.mapping_table
        self.platform_combo = self.mapping_page.platform_combo
        return self.mapping_page

    def _report_page(self) -> QWidget:
        page = QWidget()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)  # headers and file names are the user's text
        self.columns_label = QLabel()
        self.columns_label.setObjectName("importColumns")
        self.columns_label.setWordWrap(True)
        self.columns_label.setTextFormat(Qt.TextFormat.PlainText)  # headers and file names are the user's text
        self.columns_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_table = QTableWidget(0, 4)
        self.errors_table.setObjectName("importErrors")
        self.errors_table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("What happened")]
        )
        self.errors_table.verticalHeader().hide()
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.errors_table.setColumnWidth(0, 60)
        self.errors_table.setColumnWidth(1, 140)
        self.errors_table.setColumnWidth(2, 160)
        self.strict_box = QCheckBox(self.tr("Import nothing if any cell has an error"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.columns_label)
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
        """The mapping as the user left it on the mapping page."""
        return self.mapping_page.mapping()

    def set_field(self, header: str, field_key: str) -> None:
        self.mapping_page.set_field(header, field_key)

    def set_platform(self, platform: str) -> None:
        self.mapping_page.set_platform(platform)

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
        self.mapping_page.show_guess(table, guess(table.headers, [cells for _line, cells in table.sample_rows]))
        self._show_page(MAPPING)

    def dry_run(self) -> None:
        table = self.table
        if table is None:
            return
        try:
            options = self.mapping_page.options()
            importer.check_options(options, table.headers)
        except importer.NoPlatformError:
            prompts.error(
                self,
                self.tr("Import"),
                self.tr("The sheet has accounts but no platform column: choose the platform every row is on."),
            )
            self.platform_combo.setFocus()
            self.platform_combo.showPopup()
            return
        except importer.ImportFileError as exc:
            prompts.error(self, self.tr("Import"), str(exc))
            return
        self._run(
            lambda progress, cancelled: self.plan_import(table, options, progress, cancelled),
            self.tr("Checking {0}…").format(table.path.name),
            self._planned,
        )

    def _planned(self, plan: ImportPlan) -> None:
        if plan.cancelled:
            return
        self.plan = plan
        counts = self.tr(
            "To add: {0} · to update: {1} · cells not imported: {2} · rows refused: {3} (of {4} rows read)"
        )
        text = counts.format(f"{plan.added:,}", f"{plan.updated:,}", f"{plan.errors_total:,}",
                             f"{plan.rows_refused:,}", f"{plan.rows_read:,}")  # fmt: skip
        if plan.merged_rows:
            text += "\n" + self.tr(
                "Rows that repeat an account of an earlier row: {0} (merged, the later row wins)."
            ).format(f"{plan.merged_rows:,}")
        if plan.new_custom_fields:
            text += "\n" + self.tr("New custom fields: {0}").format("、".join(plan.new_custom_fields))
        self.counts_label.setText(text)
        self.columns_label.setText(
            self.tr("Where each column goes:") + " " + " · ".join(f"{h} → {w}" for h, w in plan.destinations.items())
        )
        shown = plan.errors[:SHOWN_ERRORS]
        notices = plan.notices[: max(0, SHOWN_ERRORS - len(shown))]
        self.errors_table.setRowCount(len(shown) + len(notices))
        not_imported, note = self.tr("Not imported: {0}"), self.tr("Note: {0}")
        for row, error in enumerate(shown):
            cells = (str(error.line), error.column, error.value, not_imported.format(error.reason))
            self._fill_row(row, cells)
        for row, notice in enumerate(notices, start=len(shown)):
            self._fill_row(row, (str(notice.line), notice.column, "", note.format(notice.text)))
        if plan.errors_total > len(shown):
            self.counts_label.setText(
                self.counts_label.text() + self.tr(" — the first {0} are listed").format(f"{len(shown):,}")
            )
        self._show_page(REPORT)

    def _fill_row(self, row: int, cells: tuple[str, str, str, str]) -> None:
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # the reason column is often wider than the dialog
            self.errors_table.setItem(row, column, item)

    def start_import(self) -> None:
        plan, strict = self.plan, self.strict_box.isChecked()
        if plan is None:
            return
        self._run(
            lambda progress, cancelled: self.apply_import(plan, progress, cancelled, strict=strict),
            self.tr("Importing {0} rows…").format(f"{plan.rows_read:,}"),
            self._imported,
        )

    def _imported(self, result: ImportResult) -> None:
        self.result_ = result
        assert self.plan is not None
        plan = self.plan
        if result.cancelled:
            text = self.tr("Cancelled: nothing was imported; the database is as it was.")
        elif result.refused:
            text = self.tr("Nothing was imported: {0} cells have errors and “import nothing” was chosen.").format(
                f"{(result.plan or plan).errors_total:,}"
            )
        else:
            done = result.plan or plan
            text = self.tr("Imported: {0} KOLs added, {1} updated; {2} cells not imported, {3} rows refused.").format(
                f"{result.added:,}", f"{result.updated:,}", f"{done.errors_total:,}", f"{done.rows_refused:,}"
            )
        parts = [f"<p><b>{html.escape(text)}</b></p>"]
        if result.possible_duplicates:
            parts.append("<p>" + html.escape(self.tr(
                "Possible duplicates: select both in the KOL list, then Edit → Merge… (Ctrl+Shift+M)."
            )) + "</p><ul>")  # fmt: skip
            parts.extend(
                f"<li>{html.escape(pair.keep_name)} (#{pair.keep_id}) · {html.escape(pair.other_name)}"
                f" (#{pair.other_id}): {html.escape(pair.reason)}</li>"
                for pair in result.possible_duplicates
            )
            parts.append("</ul>")
        self.summary.setHtml("".join(parts))
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
            can_go = bool(self.plan.added or self.plan.updated)
        self.next_button.setEnabled(can_go and not self.busy())
