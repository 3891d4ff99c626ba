"""The collaborations area: filters, the pipeline board or the deal table, and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kolcrm.contracts import service as contract_service
from kolcrm.core import clock
from kolcrm.core.brands import service as brands
from kolcrm.core.collaborations import list_query as deal_list
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.list_query import DealFilter, DealRow
from kolcrm.core.errors import NotFoundError
from kolcrm.core.vocabulary import PIPELINE, Stage
from kolcrm.ui import prompts
from kolcrm.ui.campaigns.metrics_dialog import MetricsDialog
from kolcrm.ui.collaborations.board import Board
from kolcrm.ui.collaborations.contracts_tab import default_contracts_folder
from kolcrm.ui.collaborations.deal_table import DealTableView
from kolcrm.ui.collaborations.detail import CollaborationDetail
from kolcrm.ui.collaborations.kol_offer import KolActivationOffer
from kolcrm.ui.collaborations.table_model import DealTableModel
from kolcrm.ui.contracts.export_dialog import ExportContractsDialog

SEARCH_DELAY_MS = 120
BOARD, TABLE = range(2)


class DealFilterBar(QWidget):
    filter_changed = Signal(object)  # DealFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("dealSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search KOL names and titles"))
        self.brand = QComboBox()
        self.brand.addItem(self.tr("All brands"), None)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        for stage in (*PIPELINE, Stage.CANCELLED):
            self.stage.addItem(stage.label, str(stage))
        self.overdue = QCheckBox(self.tr("Overdue payments only"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.brand, 1)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.overdue)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_now)
        self.brand.currentIndexChanged.connect(self._emit)
        self.stage.currentIndexChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)

    def set_brands(self, choices: list[tuple[str, int]]) -> None:
        current = self.brand.currentData()
        self.brand.blockSignals(True)
        self.brand.clear()
        self.brand.addItem(self.tr("All brands"), None)
        for name, brand_id in choices:
            self.brand.addItem(name, brand_id)
        self.brand.setCurrentIndex(max(self.brand.findData(current), 0))
        self.brand.blockSignals(False)

    def current_filter(self) -> DealFilter:
        stage = self.stage.currentData()
        return DealFilter(
            brand_id=self.brand.currentData(),
            stage=Stage(stage) if stage else None,
            text=self.search.text(),
            overdue_only=self.overdue.isChecked(),
        )

    def apply_now(self) -> None:
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())


class CollaborationsArea(QWidget):
    kol_changed = Signal(int)  # a KOL whose deals, totals or history changed
    open_kol_requested = Signal(int)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.rows: list[DealRow] = []
        self._current_id: int | None = None
        self.filters = DealFilterBar()
        self.board = Board()
        self.model = DealTableModel(self)
        self.table = DealTableView()
        self.table.setModel(self.model)
        self.model.modelReset.connect(self.table.fit_columns)
        self.kol_offer = KolActivationOffer()
        self.kol_offer.activated.connect(self.kol_changed)
        self.detail = CollaborationDetail()

        self.board_button = self._view_button(self.tr("Board"), BOARD)
        self.table_button = self._view_button(self.tr("Table"), TABLE)
        self.board_button.setChecked(True)
        self.new_button = QPushButton(self.tr("New collaboration…"))
        self.new_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.export_button = QPushButton(self.tr("Export contracts…"))
        self.export_button.setToolTip(self.tr("The deals selected in the table, or every contracted deal"))
        self.export_dialog: ExportContractsDialog | None = None
        self.metrics_dialog: MetricsDialog | None = None  # the last "Capture results…" dialog opened
        self.count_label = QLabel()
        self.count_label.setObjectName("dealCount")
        self.views = QStackedWidget()
        self.views.addWidget(self.board)
        self.views.addWidget(self.table)

        # The view switch and the count on one row, the actions on the next: in one row they made the area wider
        # than a 1024 px screen leaves beside the sidebar and the deal pane.
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.board_button)
        toolbar.addWidget(self.table_button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.count_label)
        toolbar.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button, self.export_button):
            actions.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addLayout(toolbar)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.kol_offer)
        left_layout.addWidget(self.views, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([1040, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_collaboration)
        self.new_button.clicked.connect(lambda: self.new_collaboration())
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button.clicked.connect(lambda: self.export_contracts())
        self.filters.filter_changed.connect(lambda _f: self.load())
        self.board.current_changed.connect(self._selected)
        self.board.activated.connect(self.edit_collaboration)
        self.board.moved.connect(self._after_move)
        self.table.selectionModel().currentRowChanged.connect(self._table_row_changed)
        self.table.doubleClicked.connect(lambda index: self.edit_current())
        self.detail.changed.connect(self._after_detail_change)
        self.detail.edit_requested.connect(self.edit_collaboration)
        self.detail.open_kol_requested.connect(self.open_kol_requested)
        self.detail.capture_results_requested.connect(self.capture_results)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------------------------
    def load(self) -> None:
        """Query the deals under the current filters and show them on the board and in the table."""
        self.filters.set_brands([(b.name, b.id) for b in brands.list_brands() if b.id is not None])
        self.rows = deal_list.list_deals(self.filters.current_filter(), clock.today())
        keep = self._current_id
        self.board.set_rows(self.rows)
        self.model.set_rows(self.rows)
        self.count_label.setText(self.tr("%n collaborations", "", len(self.rows)))
        if keep is not None:  # keep the selection when the deal is still listed; re-read it either way
            self._selected(keep if self._select_in_views(keep) else None, force=True)

    def set_view(self, view: int) -> None:
        self.views.setCurrentIndex(view)
        (self.board_button if view == BOARD else self.table_button).setChecked(True)
        if self._current_id is not None:
            self._select_in_views(self._current_id)

    # -- user actions --------------------------------------------------------------------------------------
    def show_collaboration(self, collaboration_id: int) -> bool:
        """Select the deal on the board and in the table; False when the filters hide it (still shown)."""
        found = self._select_in_views(collaboration_id)
        self._selected(collaboration_id, force=True)
        return found

    def current_collaboration_id(self) -> int | None:
        return self._current_id

    def new_collaboration(self, kol_id: int | None = None, brand_id: int | None = None) -> None:
        from kolcrm.ui.collaborations.editor import CollaborationEditor  # built on demand

        editor = CollaborationEditor(kol_id=kol_id, brand_id=brand_id, parent=self)
        editor.saved.connect(self._after_save)
        editor.open()

    def edit_current(self) -> None:
        if self._current_id is not None:
            self.edit_collaboration(self._current_id)

    def edit_collaboration(self, collaboration_id: int) -> None:
        from kolcrm.ui.collaborations.editor import CollaborationEditor

        editor = CollaborationEditor(collaboration_id=collaboration_id, parent=self)
        editor.saved.connect(self._after_save)
        editor.open()

    def delete_current(self) -> None:
        if self._current_id is not None:
            self.undo_stack.push(TrashDealCommand(self, self._current_id))

    def selected_ids(self) -> list[int]:
        """The deals selected in the table view (none while the board is shown)."""
        if self.views.currentWidget() is not self.table:
            return []
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [deal.id for row in rows if (deal := self.model.deal_at(row)) is not None]

    def export_contracts(self) -> ExportContractsDialog | None:
        """Export the selected deals' contracts, or, with none selected, offer every contracted deal."""
        if self.export_dialog is not None and self.export_dialog.busy():
            self.export_dialog.open()  # one export at a time: show the running one
            return self.export_dialog
        ids = self.selected_ids()
        if not ids:
            ids = contract_service.ids_in_stage(Stage.CONTRACTED)
            if not ids:
                prompts.info(
                    self,
                    self.tr("Export contracts"),
                    self.tr("Select deals in the table first: no deal is in the Contracted stage."),
                )
                return None
            question = self.tr(
                "No deals are selected in the table. Export the contracts of all %n contracted deals?", "", len(ids)
            )
            if not prompts.confirm(self, self.tr("Export contracts"), question, self.tr("Export")):
                return None
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        self.export_dialog = ExportContractsDialog(ids, default_contracts_folder(), parent=self)
        self.export_dialog.open()
        return self.export_dialog

    def capture_results(self, deliverable_id: int, collaboration_id: int) -> MetricsDialog:
        """Capture a published post's results; the deal's row, board card and KOL follow each capture."""
        dialog = MetricsDialog(deliverable_id, parent=self.detail)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.captured.connect(lambda _id: self._after_detail_change(collaboration_id))
        self.metrics_dialog = dialog
        dialog.open()
        return dialog

    # -- internals -----------------------------------------------------------------------------------------
    def _view_button(self, text: str, view: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda: self.set_view(view))
        if not hasattr(self, "_view_group"):
            self._view_group = QButtonGroup(self)
        self._view_group.addButton(button)
        return button

    def _select_in_views(self, collaboration_id: int) -> bool:
        on_board = self.board.select(collaboration_id)
        row = self.model.row_of(collaboration_id)
        self.table.selectionModel().blockSignals(True)
        if row is None:
            self.table.selectionModel().clear()
        else:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        self.table.selectionModel().blockSignals(False)
        return on_board or row is not None

    def _selected(self, collaboration_id: int | None, force: bool = False) -> None:
        if not force and collaboration_id == self._current_id == self.detail.collaboration_id:
            return
        self._current_id = collaboration_id
        self.detail.show_collaboration(collaboration_id)
        if self.detail.collaboration_id is None:
            self._current_id = None
        self._update_buttons()

    def _table_row_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        deal = self.model.deal_at(current.row()) if current.isValid() else None
        if deal is not None:
            self.board.select(deal.id)
            self._selected(deal.id)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self._current_id is not None)
        self.delete_button.setEnabled(self._current_id is not None)

    def _kol_of(self, collaboration_id: int) -> int | None:
        row = next((r for r in self.rows if r.id == collaboration_id), None)
        if row is not None:
            return row.kol_id
        try:
            return collaborations.get_collaboration(collaboration_id).kol_id
        except NotFoundError:
            return None

    def _stage_shown(self, collaboration_id: int) -> Stage | None:
        """The stage the deal had when the views were last filled (None for a deal not listed yet)."""
        return next((row.stage for row in self.rows if row.id == collaboration_id), None)

    def _after_save(self, collaboration_id: int) -> None:
        self.kol_offer.offer_for(collaboration_id, self._stage_shown(collaboration_id))
        self.load()
        self.show_collaboration(collaboration_id)
        self._emit_kol(collaboration_id)

    def _after_move(self, collaboration_id: int, _stage: str) -> None:
        # The board has moved the card; refresh the rows (the table, counts) without rebuilding mid-drop.
        self.kol_offer.offer_for(collaboration_id, self._stage_shown(collaboration_id))
        self.rows = deal_list.list_deals(self.filters.current_filter(), clock.today())
        self.model.set_rows(self.rows)
        self._select_in_views(collaboration_id)
        self._selected(collaboration_id, force=True)
        self._emit_kol(collaboration_id)

    def _after_detail_change(self, collaboration_id: int) -> None:
        self.rows = deal_list.list_deals(self.filters.current_filter(), clock.today())
        self.board.set_rows(self.rows)
        self.model.set_rows(self.rows)
        self.count_label.setText(self.tr("%n collaborations", "", len(self.rows)))
        self._select_in_views(collaboration_id)
        self._emit_kol(collaboration_id)

    def _emit_kol(self, collaboration_id: int) -> None:
        kol_id = self._kol_of(collaboration_id)
        if kol_id is not None:
            self.kol_changed.emit(kol_id)


class TrashDealCommand(QUndoCommand):
    """Delete = move the deal to the trash; Ctrl+Z restores it."""

    def __init__(self, area: CollaborationsArea, collaboration_id: int) -> None:
        super().__init__(QCoreApplication.translate("CollaborationsArea", "Delete collaboration"))
        self.area = area
        self.collaboration_id = collaboration_id
        self.kol_id = area._kol_of(collaboration_id)

    def redo(self) -> None:
        collaborations.trash_collaboration(self.collaboration_id)
        self.area.load()
        if self.kol_id is not None:
            self.area.kol_changed.emit(self.kol_id)

    def undo(self) -> None:
        collaborations.restore_collaboration(self.collaboration_id)
        self.area.load()
        self.area.show_collaboration(self.collaboration_id)
        if self.kol_id is not None:
            self.area.kol_changed.emit(self.kol_id)
