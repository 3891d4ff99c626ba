"""Batch export: many deals → a folder of contract PDFs, off the GUI thread, cancellable, then a summary."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kolcrm.contracts import service
from kolcrm.contracts.service import BatchResult
from kolcrm.ui import prompts
from kolcrm.ui.contracts import language_choices
from kolcrm.ui.jobs import Job

FORM, SUMMARY = range(2)
ExportContracts = Callable[..., BatchResult]  # service.export_contracts' signature


class ExportContractsDialog(QDialog):
    exported = Signal(object)  # BatchResult

    def __init__(
        self,
        collaboration_ids: Sequence[int],
        folder: Path,
        export: ExportContracts = service.export_contracts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export contracts"))
        self.setMinimumWidth(520)
        self.collaboration_ids = list(collaboration_ids)
        self.export = export
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.result_: BatchResult | None = None

        self.count_label = QLabel(self.tr("%n deals to export.", "", len(self.collaboration_ids)))
        self.language = QComboBox()
        for value, text in language_choices():
            self.language.addItem(text, value)
        self.folder = QLineEdit(str(folder))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        form_page = QWidget()
        form = QFormLayout(form_page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.count_label)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Folder"), folder_row)
        note = QLabel(
            self.tr(
                "Each contract is recorded as its deal's next version. A deal that is not ready is listed"
                " afterwards with the reason; the others are still written."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form.addRow(note)

        self.summary = QTextBrowser()
        self.summary.setObjectName("exportSummary")
        self.summary.setOpenLinks(False)
        self.summary.anchorClicked.connect(lambda url: QDesktopServices.openUrl(url))
        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(self.summary)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setEnabled(bool(self.collaboration_ids))
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

    def choose_folder(self) -> None:
        chosen = prompts.ask_folder(self, self.tr("Export contracts into"), Path(self.folder.text()))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def busy(self) -> bool:
        return self.job is not None and not self.job.is_done()

    def start(self) -> Job | None:
        """Run the export on the thread pool behind a progress dialog; the summary follows when it ends."""
        if self.busy():
            return None
        folder_text = self.folder.text().strip()
        if not folder_text:
            prompts.error(self, self.tr("No folder"), self.tr("Choose the folder the contracts go into."))
            return None
        folder, language, ids = Path(folder_text).expanduser(), self.language.currentData(), self.collaboration_ids
        self.export_button.setEnabled(False)
        self.job = Job(lambda progress, cancelled: self.export(ids, folder, language, progress, cancelled))
        self.progress = QProgressDialog(
            self.tr("Writing contracts into {0}…").format(folder), self.tr("Cancel"), 0, len(ids), self
        )
        self.progress.setWindowTitle(self.tr("Export contracts"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.cancel)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.start()
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Stopping after the contracts being written…"))

    def reject(self) -> None:
        if self.busy():
            self.cancel()  # the summary will still come; closing mid-export only asks it to stop
            return
        super().reject()

    # -- internals -----------------------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _finished(self, result: BatchResult) -> None:
        self._close_progress()
        self.result_ = result
        self.summary.setHtml(self._summary_html(result))
        self.pages.setCurrentIndex(SUMMARY)
        self.resize(max(self.width(), 600), max(self.height(), 320))  # room for a list of failures
        self.export_button.hide()
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.export_button.setEnabled(True)
        prompts.error(self, self.tr("Contracts not exported"), message)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)  # closing the dialog would emit canceled
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _summary_html(self, result: BatchResult) -> str:
        folder = Path(self.folder.text()).expanduser()
        written = self.tr("%n contracts written to", "", len(result.written))
        link = f'<a href="{QUrl.fromLocalFile(str(folder)).toString()}">{html.escape(str(folder))}</a>'
        parts = [f"<p><b>{html.escape(written)}</b> {link}</p>"]
        if result.cancelled:
            cancelled = self.tr("Cancelled: the remaining deals were not exported.")
            parts.append(f"<p>{html.escape(cancelled)}</p>")
        if result.failed:
            heading = self.tr("%n deals failed:", "", len(result.failed))
            rows = "".join(
                f"<li><b>{html.escape(title)}</b> (#{collaboration_id}): {html.escape(reason)}</li>"
                for collaboration_id, title, reason in result.failed
            )
            parts.append(f'<p style="color:#b00020"><b>{html.escape(heading)}</b></p><ul>{rows}</ul>')
        elif not result.cancelled:
            none_failed = self.tr("No deal failed.")
            parts.append(f"<p>{html.escape(none_failed)}</p>")
        return "".join(parts)
