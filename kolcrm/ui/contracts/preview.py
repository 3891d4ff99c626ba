"""The contract preview: the PDF file itself (QtPdf), its pages, zoom, and ways out (system viewer, Save as)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QPointF, QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kolcrm.contracts.service import ContractWriteError, save_contract_copy
from kolcrm.ui import prompts
from kolcrm.ui.contracts.file_location import FileLocation
from kolcrm.ui.contracts.screen_fit import fit_to_screen

FIT_WIDTH, FIT_PAGE = "width", "page"
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
WANTED_SIZE = QSize(760, 900)  # an A4 page at a readable width; smaller screens get what they have


def open_in_system_viewer(path: Path) -> bool:
    """Hand the file to the desktop's PDF viewer; False when the desktop refused (tests patch this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ContractPreview(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Contract {0}").format(path.name))
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("contractView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.previous_button = _tool("◀", self.tr("Previous page"), QStyle.StandardPixmap.SP_ArrowBack)
        self.next_button = _tool("▶", self.tr("Next page"), QStyle.StandardPixmap.SP_ArrowForward)
        self.page_label = QLabel()
        self.zoom_out_button = _tool("−", self.tr("Zoom out"))
        self.zoom_in_button = _tool("+", self.tr("Zoom in"))
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Fit page"), FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.system_button = QPushButton(self.tr("Open in system viewer"))
        self.save_as_button = QPushButton(self.tr("Save as…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.location = FileLocation()

        navigation = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            navigation.addWidget(widget)
        navigation.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom, self.zoom_in_button):
            navigation.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.system_button)
        buttons.addWidget(self.save_as_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.location)
        layout.addLayout(buttons)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom.currentIndexChanged.connect(lambda _index: self._apply_zoom())
        self.zoom_in_button.clicked.connect(lambda: self._step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self._step_zoom(-1))
        self.system_button.clicked.connect(self.open_externally)
        self.save_as_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.accept)
        self.load()
        fit_to_screen(self, WANTED_SIZE, parent)

    def load(self) -> bool:
        """Read the file; a missing or broken one is said in words, and the buttons that need it go grey."""
        error = self.document.load(str(self.path)) if self.path.is_file() else None
        ready = error == QPdfDocument.Error.None_ and self.document.status() == QPdfDocument.Status.Ready
        if not ready:
            reason = (
                self.tr("The file {0} is missing. Generate the contract again to make a new version.")
                if error is None
                else self.tr("The file {0} cannot be read as a PDF.")
            )
            self.message.setText(reason.format(self.path))
        self.message.setVisible(not ready)
        for widget in (self.system_button, self.save_as_button, self.zoom, self.zoom_in_button, self.zoom_out_button):
            widget.setEnabled(ready)
        self._update_page()
        return ready

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def open_externally(self) -> None:
        """Hand the PDF to the desktop; where no viewer takes it, the file's path and folder instead of silence."""
        if open_in_system_viewer(self.path):
            # The desktop may accept and still show nothing (xdg-open without a PDF viewer): say where the file is.
            text = self.tr(
                "Sent to the system's PDF viewer. If no window opens, no PDF viewer may be installed: the file is here."
            )
            self.location.show_path(self.path, text, problem=False)
        else:
            text = self.tr(
                "No program on this computer opened the PDF: a PDF viewer may not be installed. The file is here."
            )
            self.location.show_path(self.path, text, problem=True)

    def save_as(self) -> Path | None:
        target = prompts.ask_save_path(
            self, self.tr("Save the contract as"), Path.home() / self.path.name, self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            if target.exists() and target.samefile(self.path):
                return target
            save_contract_copy(self.path, target)  # 0600, written whole, like the generated file
        except OSError as exc:
            prompts.error(
                self, self.tr("Not saved"), self.tr("Cannot write {0}: {1}").format(target, exc.strerror or exc)
            )
            return None
        except ContractWriteError as exc:
            prompts.error(self, self.tr("Not saved"), str(exc))
            return None
        return target

    # -- internals -----------------------------------------------------------------------------------------
    def _page_changed(self, _page: int) -> None:
        # The navigator also reports while the dialog is being torn down, its view already gone.
        if shiboken6.isValid(self.view) and shiboken6.isValid(self.document):
            self._update_page()

    def _update_page(self) -> None:
        count, page = self.page_count(), self.current_page()
        self.page_label.setText(self.tr("Page {0} of {1}").format(page + 1, count) if count else "—")
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)

    def _apply_zoom(self) -> None:
        choice = self.zoom.currentData()
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def _step_zoom(self, direction: int) -> None:
        current = self.view.zoomFactor()
        if direction > 0:
            factor = next((f for f in ZOOM_STEPS if f > current + 0.01), ZOOM_STEPS[-1])
        else:
            factor = next((f for f in reversed(ZOOM_STEPS) if f < current - 0.01), ZOOM_STEPS[0])
        self.zoom.setCurrentIndex(self.zoom.findData(factor))


def _tool(text: str, tip: str, icon: QStyle.StandardPixmap | None = None) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setMinimumSize(28, 26)
    if icon is not None:
        button.setIcon(button.style().standardIcon(icon))
    return button
