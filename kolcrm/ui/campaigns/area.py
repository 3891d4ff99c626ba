"""The campaigns area: the list of campaigns (budget against spend) and the selected campaign's page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.records import CampaignRecord
from kolcrm.core.campaigns.results import campaign_results
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.vocabulary import CampaignStatus, Goal
from kolcrm.ui import prompts
from kolcrm.ui.campaigns import formatting as fmt
from kolcrm.ui.campaigns.editor import CampaignEditor, confirm_unready_launch
from kolcrm.ui.campaigns.page import CampaignPage

_HEADERS = (
    QT_TRANSLATE_NOOP("CampaignsArea", "Campaign"),
    QT_TRANSLATE_NOOP("CampaignsArea", "Brand"),
    QT_TRANSLATE_NOOP("CampaignsArea", "Goal"),
    QT_TRANSLATE_NOOP("CampaignsArea", "Dates"),
    QT_TRANSLATE_NOOP("CampaignsArea", "Status"),
    QT_TRANSLATE_NOOP("CampaignsArea", "Budget / spend"),
)


class CampaignsArea(QWidget):
    open_collaboration_requested = Signal(int)
    open_kol_requested = Signal(int)
    deals_changed = Signal()  # deals joined or left a campaign, or results were captured

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[CampaignRecord] = []
        self._current_id: int | None = None
        self.editor: CampaignEditor | None = None
        self.import_dialog: QWidget | None = None
        self.list = QTableWidget(0, len(_HEADERS))
        self.list.setObjectName("campaignList")
        self.list.setHorizontalHeaderLabels([self.tr(h) for h in _HEADERS])
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(26)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.currentCellChanged.connect(lambda row, *_: self._selected(row))
        self.list.doubleClicked.connect(lambda _index: self.edit_current())
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("New campaign…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.launch_button = QPushButton(self.tr("Launch"))
        self.launch_button.setToolTip(self.tr("Mark the campaign launched (the readiness checklist is checked first)"))
        self.import_button = QPushButton(self.tr("Import metrics…"))
        self.import_button.setToolTip(self.tr("Results of the campaign's posts from a CSV or Excel file"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(lambda: self.new_campaign())
        self.edit_button.clicked.connect(self.edit_current)
        self.launch_button.clicked.connect(self.launch_current)
        self.import_button.clicked.connect(self.import_metrics)
        self.delete_button.clicked.connect(self.delete_current)
        self.page = CampaignPage()
        self.page.changed.connect(self._page_changed)
        self.page.open_collaboration_requested.connect(self.open_collaboration_requested)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.count_label)
        toolbar.addStretch(1)
        for button in (self.new_button, self.edit_button, self.launch_button, self.import_button, self.delete_button):
            toolbar.addWidget(button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([130, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------------------------
    def load(self) -> None:
        self.records = campaigns.list_campaigns()
        keep = self._current_id
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            spend = campaign_results(record.id or 0).cost
            over = record.budget is not None and spend > record.budget
            money = f"{fmt.money(record.budget, record.currency)} / {fmt.money(spend, record.currency)}"
            values = (record.name, record.brand_name, Goal(record.goal).label,
                      fmt.span(record.start_on, record.end_on), record.status.label, money)  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                if column == 5 and over:
                    item.setForeground(Qt.GlobalColor.red)
                    item.setToolTip(self.tr("Spend is over the budget"))
                self.list.setItem(row, column, item)
        self.list.blockSignals(False)
        self.count_label.setText(self.tr("%n campaigns", "", len(self.records)))
        ids = [r.id for r in self.records]
        target = keep if keep in ids else (ids[0] if ids else None)
        self.show_campaign(target)

    def show_campaign(self, campaign_id: int | None) -> None:
        ids = [r.id for r in self.records]
        row = ids.index(campaign_id) if campaign_id in ids else -1
        self.list.blockSignals(True)
        if row >= 0:
            self.list.setCurrentCell(row, 0)
        else:
            self.list.clearSelection()
        self.list.blockSignals(False)
        self._current_id = campaign_id if row >= 0 else None
        self.page.show_campaign(self._current_id)
        self._update_buttons()

    def current_campaign_id(self) -> int | None:
        return self._current_id

    # -- user actions --------------------------------------------------------------------------------------
    def new_campaign(self, brand_id: int | None = None) -> CampaignEditor:
        return self._open_editor(CampaignEditor(brand_id=brand_id, parent=self))

    def edit_current(self) -> CampaignEditor | None:
        if self._current_id is None:
            return None
        return self._open_editor(CampaignEditor(self._current_id, parent=self))

    def launch_current(self) -> None:
        """Launched through the core's gate: an unfinished checklist is named, and launching needs a yes."""
        if self._current_id is None:
            return
        try:
            record = campaigns.get_campaign(self._current_id)
            if record.status == CampaignStatus.LAUNCHED:
                return
            record.status = CampaignStatus.LAUNCHED
            try:
                campaigns.save_campaign(record)
            except campaigns.ReadinessIncomplete as exc:
                if not confirm_unready_launch(self, exc):
                    return
                campaigns.save_campaign(record, confirmed_unready=True)
        except (ValidationError, NotFoundError) as exc:
            message = exc.message if isinstance(exc, ValidationError) else str(exc)
            prompts.error(self, self.tr("Not launched"), message)
            return
        self.load()

    def delete_current(self) -> None:
        if self._current_id is None:
            return
        name = next((r.name for r in self.records if r.id == self._current_id), "")
        question = self.tr("Delete the campaign “{0}”? Its deals stay; its KPIs, posts and checklist go.").format(name)
        if prompts.confirm(self, self.tr("Delete campaign"), question, self.tr("Delete")):
            campaigns.delete_campaign(self._current_id)
            self._current_id = None
            self.load()
            self.deals_changed.emit()

    def import_metrics(self) -> QWidget | None:
        if self._current_id is None:
            return None
        from kolcrm.ui.campaigns.metrics_import import MetricsImportDialog

        path = prompts.ask_open_file(self, self.tr("Import metrics"), self.tr("Spreadsheets (*.csv *.xlsx)"))
        if path is None:
            return None
        dialog = MetricsImportDialog(self._current_id, path, parent=self)
        dialog.imported.connect(lambda _count: self._page_changed(self._current_id or 0))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    # -- internals -----------------------------------------------------------------------------------------
    def _open_editor(self, editor: CampaignEditor) -> CampaignEditor:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._after_save)
        self.editor = editor
        editor.open()
        return editor

    def _after_save(self, campaign_id: int) -> None:
        self._current_id = campaign_id
        self.load()

    def _selected(self, row: int) -> None:
        campaign_id = self.records[row].id if 0 <= row < len(self.records) else None
        if campaign_id != self._current_id:
            self._current_id = campaign_id
            self.page.show_campaign(campaign_id)
            self._update_buttons()

    def _page_changed(self, _campaign_id: int) -> None:
        # The list's spend column and status follow; the page redraws itself.
        keep = self._current_id
        self.list.blockSignals(True)
        for row, record in enumerate(self.records):
            spend = campaign_results(record.id or 0).cost
            item = self.list.item(row, 5)
            if item is not None:
                item.setText(f"{fmt.money(record.budget, record.currency)} / {fmt.money(spend, record.currency)}")
        self.list.blockSignals(False)
        self._current_id = keep
        self.deals_changed.emit()

    def _update_buttons(self) -> None:
        selected = self._current_id is not None
        for button in (self.edit_button, self.delete_button, self.import_button):
            button.setEnabled(selected)
        status = next((r.status for r in self.records if r.id == self._current_id), None)
        self.launch_button.setEnabled(selected and status == CampaignStatus.PLANNED)
