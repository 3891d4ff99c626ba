"""The detail pane's Contracts tab: every version generated for the deal, a new one, its preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.contracts import service, signing
from kolcrm.contracts.service import ContractVersion, ContractWriteError
from kolcrm.core import clock, i18n
from kolcrm.core.attachments import service as attachments
from kolcrm.core.attachments.records import Target
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.collaborations.stages import contract_blockers
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.store.db import database
from kolcrm.ui import prompts
from kolcrm.ui.attachments.panel import AttachmentsPanel
from kolcrm.ui.collaborations.summary import WARNING_COLOUR
from kolcrm.ui.contracts.file_location import explain_not_opened
from kolcrm.ui.contracts.language_dialog import ask_contract_language
from kolcrm.ui.contracts.preview import ContractPreview, open_in_system_viewer
from kolcrm.ui.widgets.display import local_time

_HEADERS = (
    QT_TRANSLATE_NOOP("ContractsTab", "Version"),
    QT_TRANSLATE_NOOP("ContractsTab", "Language"),
    QT_TRANSLATE_NOOP("ContractsTab", "Generated"),
    QT_TRANSLATE_NOOP("ContractsTab", "Status"),
    "SHA-256",
    QT_TRANSLATE_NOOP("ContractsTab", "Signed copies"),
    QT_TRANSLATE_NOOP("ContractsTab", "File"),
)
_FILES_COLUMN = 5
_LANGUAGE_SHORT = {"both": "中 / EN", "zh": "中文", "en": "EN"}


def default_contracts_folder() -> Path:
    """Beside the open database, as the service keeps them."""
    return service.contracts_folder(Path(database.database))


class ContractsTab(QWidget):
    versions_changed = Signal(int)  # how many versions the deal has now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collaboration_id: int | None = None
        self.kol_id: int | None = None
        self.versions: list[ContractVersion] = []
        self.not_ready = ""  # why no contract can be drafted yet, in words; "" when one can
        self.preview: ContractPreview | None = None
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setObjectName("contractVersions")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in _HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.files = AttachmentsPanel(
            self.tr("Signed copies"), self.tr("Drop the signed scan or PDF here, or use Attach file…")
        )
        self.files.setObjectName("contractFiles")
        self.files.changed.connect(self._show_file_count)
        self.table.doubleClicked.connect(lambda _index: self.preview_current())
        self.status = QLabel()
        self.status.setObjectName("contractStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.generate_button = QPushButton(self.tr("Generate contract…"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.open_button = QPushButton(self.tr("Open in system viewer"))
        self.step_button = QPushButton()  # the next signing step of the selected version, dated today
        self.step_button.setObjectName("signingStep")
        self.undo_step_button = QPushButton(self.tr("Undo last step"))
        self.step_button.clicked.connect(lambda: self._mark_step(undo=False))
        self.undo_step_button.clicked.connect(lambda: self._mark_step(undo=True))
        self.generate_button.clicked.connect(lambda: self.generate())
        self.preview_button.clicked.connect(self.preview_current)
        self.open_button.clicked.connect(self.open_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        signing_row = QHBoxLayout()  # a row of its own: the pane fits a 1024-pixel-wide screen
        signing_row.addWidget(self.step_button)
        signing_row.addWidget(self.undo_step_button)
        signing_row.addStretch(1)
        layout.addLayout(signing_row)
        layout.addWidget(self.files, 1)  # the versions and their signed copies share the height
        self.show_collaboration(None)

    def show_collaboration(self, collaboration_id: int | None, record: CollaborationRecord | None = None) -> None:
        self.collaboration_id = collaboration_id
        self.not_ready = self._not_ready(collaboration_id, record)
        self.kol_id = self._kol_of(collaboration_id, record)
        self.versions = service.contract_versions(collaboration_id) if collaboration_id is not None else []
        files = attachments.counts_by_contract([version.id for version in self.versions])
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            path = Path(version.file_path)
            missing = not path.is_file()
            values = (
                f"v{version.version}",
                _LANGUAGE_SHORT.get(version.language, version.language),
                local_time(version.created_at),
                signing.stage_of(version.sent_on, version.signed_on, version.countersigned_on),
                version.sha256[:12],
                self.tr("%n file(s)", None, files[version.id]) if version.id in files else "—",
                self.tr("{0} (missing)").format(path.name) if missing else path.name,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{version.number}\n{version.file_path}\nSHA-256 {version.sha256}")
                if missing:
                    item.setForeground(QBrush(QColor(WARNING_COLOUR)))
                self.table.setItem(row, column, item)
        if self.versions:
            self.table.setCurrentCell(0, 0)
        self.generate_button.setEnabled(collaboration_id is not None and not self.not_ready)
        self.generate_button.setToolTip(
            self.not_ready or self.tr("Draft the contract as a PDF, in Chinese, English or both")
        )
        self._update_buttons()
        self.versions_changed.emit(len(self.versions))

    def current_version(self) -> ContractVersion | None:
        row = self.table.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def generate(self, language: str | None = None) -> ContractVersion | None:
        """Ask the language, write the next version beside the database, show it; a deal not ready says why."""
        if self.collaboration_id is None:
            return None
        if language is None:
            language = ask_contract_language(self, "both")  # wide enough for its title in either language
            if language is None:
                return None
        try:
            folder = default_contracts_folder()
            version = service.generate_contract_into(self.collaboration_id, folder, language)  # type: ignore[arg-type]
        except (ValidationError, ContractWriteError, NotFoundError) as exc:
            prompts.error(self, self.tr("Contract not generated"), str(exc))
            return None
        self.show_collaboration(self.collaboration_id)
        self.open_preview(version)
        return version

    def preview_current(self) -> None:
        version = self.current_version()
        if version is not None and self._file_present(version):
            self.open_preview(version)

    def open_current(self) -> None:
        version = self.current_version()
        if version is not None and self._file_present(version):
            if not open_in_system_viewer(Path(version.file_path)):
                explain_not_opened(self, Path(version.file_path))  # the path, copied, and a way to its folder

    def open_preview(self, version: ContractVersion) -> ContractPreview:
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = ContractPreview(Path(version.file_path), self.window())
        self.preview.setWindowTitle(self.tr("Contract {0} (version {1})").format(version.number, version.version))
        self.preview.open()
        return self.preview

    # -- internals -----------------------------------------------------------------------------------------
    def _file_present(self, version: ContractVersion) -> bool:
        if Path(version.file_path).is_file():
            return True
        prompts.error(
            self,
            self.tr("Contract file missing"),
            self.tr("{0} is no longer there. Generate the contract again to make a new version.").format(
                version.file_path
            ),
        )
        return False

    def _not_ready(self, collaboration_id: int | None, record: CollaborationRecord | None) -> str:
        if collaboration_id is None:
            return ""
        try:
            record = record or collaborations.get_collaboration(collaboration_id)
        except NotFoundError:
            return ""  # the service says so when asked
        blockers = contract_blockers(record)
        if not blockers:
            return ""
        return self.tr("A contract cannot be drafted yet: {0}.").format(
            i18n.translate("Collaborations", "; ").join(blockers)
        )

    def _kol_of(self, collaboration_id: int | None, record: CollaborationRecord | None) -> int | None:
        if collaboration_id is None:
            return None
        if record is not None:
            return record.kol_id
        row = database.execute_sql("SELECT kol_id FROM collaboration WHERE id = ?", (collaboration_id,)).fetchone()
        return row[0] if row else None

    def _show_file_count(self, count: int) -> None:
        row, version = self.table.currentRow(), self.current_version()
        if version is not None and self.table.item(row, _FILES_COLUMN) is not None:
            self.table.item(row, _FILES_COLUMN).setText(self.tr("%n file(s)", None, count) if count else "—")

    def _steps(self, version: ContractVersion | None) -> tuple[str | None, str | None]:
        if version is None:
            return None, None
        return signing.next_and_last(version.sent_on, version.signed_on, version.countersigned_on)

    def _mark_step(self, undo: bool) -> None:
        version = self.current_version()
        upcoming, last = self._steps(version)
        step = last if undo else upcoming
        if version is None or step is None:
            return
        try:
            signing.mark(version.id, step, None if undo else clock.today())
        except (ValidationError, NotFoundError) as exc:
            prompts.error(self, self.tr("Signing step not recorded"), str(exc))
            return
        row = self.table.currentRow()
        self.show_collaboration(self.collaboration_id)
        self.table.setCurrentCell(row, 0)

    def _update_buttons(self) -> None:
        version = self.current_version()
        target = Target(self.kol_id, contract_id=version.id) if version is not None and self.kol_id else None
        if target != self.files.target:
            title = self.tr("Signed copies of v{0}").format(version.version) if version else self.tr("Signed copies")
            self.files.set_target(target, title)
        for button in (self.preview_button, self.open_button):
            button.setEnabled(version is not None)
        upcoming, last = self._steps(version)
        labels = {"sent_on": self.tr("Mark sent"), "signed_on": self.tr("Mark signed by the KOL"),
                  "countersigned_on": self.tr("Mark countersigned")}  # fmt: skip
        self.step_button.setText(labels[upcoming] if upcoming else self.tr("Countersigned"))
        self.step_button.setEnabled(upcoming is not None)
        self.step_button.setToolTip(self.tr("Record today's date for this step of the selected version"))
        self.undo_step_button.setEnabled(last is not None)
        if self.collaboration_id is None:
            self.status.clear()
        elif version is None:
            self.status.setText(" ".join(p for p in (self.tr("No contract generated yet."), self.not_ready) if p))
        elif not Path(version.file_path).is_file():
            self.status.setText(
                self.tr("The file of version {0} is missing ({1}). Generate the contract again.").format(
                    version.version, version.file_path
                )
            )
        else:
            self.status.setText(version.file_path)
