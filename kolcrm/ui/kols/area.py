"""The KOLs area: filter bar, the lazy list and the detail pane, with new / edit / trash / undo."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMenu, QSplitter, QVBoxLayout, QWidget

from kolcrm.core.kols import custom_fields
from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.ui.kols.empty_state import EmptyListNotice
from kolcrm.ui.kols.filter_bar import FilterBar
from kolcrm.ui.kols.kol_table import build_kol_table
from kolcrm.ui.kols.list_model import COLUMNS, KolListModel
from kolcrm.ui.kols.merge_dialog import KolMerger
from kolcrm.ui.kols.owners import KolOwners
from kolcrm.ui.kols.trashing import trash_with_confirmation
from kolcrm.ui.widgets.frozen_column import FrozenFirstColumn

if TYPE_CHECKING:
    from kolcrm.ui.kols.detail import KolDetail

# The pane and the brand choice fill this long after the list's first paint. Started with 0 ms, their ~25 ms of
# queries and widgets ran in the same pass of the event loop as that paint and held back the pass that showed the
# first rows; 30 ms later is still before a user can look across to the pane.
AFTER_FIRST_PAINT_MS = 30


def _fit_scores() -> ModuleType:
    """kolcrm.core.brands.fit_scores, imported on first use: start-up paints the list without it."""
    import kolcrm.core.brands.fit_scores

    return kolcrm.core.brands.fit_scores


class KolsArea(QWidget):
    trash_changed = Signal()
    care_changed = Signal(int)  # kol id: a gift, perk, scheduling or risk changed in the detail pane
    collaboration_requested = Signal(int)  # collaboration id to open in the Collaborations area
    new_collaboration_requested = Signal(int)  # kol id: a new deal with this KOL
    status_message = Signal(str)  # a line for the window's status bar (an undo hint, a cleared search)
    list_painted = Signal()  # once, when the list has first painted (start-up work can follow it)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.filters = FilterBar()
        self.model = KolListModel(self)
        self.table = build_kol_table(self.model)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.read_only = False  # a team book this person's role may only read (ui/team/read_only.py)
        self.columns_dialog = None  # the "Columns…" dialog while it is open
        self.fit_job = None  # the background build of the chosen brand's fit scores, while it runs
        self.count_label = QLabel()
        self.count_label.setObjectName("kolCount")
        self.empty_notice = EmptyListNotice(self.table)
        # The detail pane is built on first use, which is right after the list's first paint: its widgets and the
        # modules behind them are ~12 ms that the first rows need not wait for. Until then, an empty place.
        self._detail: KolDetail | None = None
        self._pane_place = QWidget()
        # The detail pane follows the current row after the list has painted, once per burst of key presses.
        self._detail_timer = QTimer(self, singleShot=True, interval=0)
        self._detail_timer.timeout.connect(self._show_current_in_detail)
        # Until the list has painted once, the pane waits for that paint: a 0 ms timer alone can fire before
        # it, and filling the pane (KOL, deals, history) then delays the first rows the user sees.
        self._list_painted = False
        self.table.viewport().installEventFilter(self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._pane_place)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 460])  # until the user's own split is restored
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.filters.filter_changed.connect(self.model.set_filter)
        self.filters.fit_brand_changed.connect(self.choose_fit_brand)
        self.filters.search.returnPressed.connect(self.filters.apply_now)
        self.model.total_changed.connect(self._show_count)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda index: self.edit_kol(self.model.kol_id_at(index.row())))
        self.merger = KolMerger(self)  # select two KOLs → Merge… (context menu, Edit menu, Ctrl+Shift+M)
        self.owners = KolOwners(self)  # the owner filter's choices, and Give to another owner… (Edit menu)
        self.merge_action = self.merger.action
        self.frozen_names = FrozenFirstColumn(self.table)  # after the merger: it forwards the rows' context menu
        self.custom_fields_action = QAction(self.tr("Custom &fields…"), self)  # on the Edit menu
        self.custom_fields_action.triggered.connect(self.open_custom_fields)

    @property
    def detail(self) -> KolDetail:
        if self._detail is None:
            from kolcrm.ui.kols.detail import KolDetail

            detail = self._detail = KolDetail()
            detail.fit_brand = self.filters.fit_brand.currentData()
            # One brand for the list's Fit column and the pane's Fit & value tab: a choice in either moves both.
            detail.fit.brand_chosen.connect(self._fit_brand_chosen_in_tab)
            detail.edit_requested.connect(self.edit_kol)
            detail.history_changed.connect(self.model.refresh_row)
            detail.care_changed.connect(self.care_changed)
            detail.collaboration_requested.connect(self.collaboration_requested)
            detail.new_collaboration_requested.connect(self.new_collaboration_requested)
            self.splitter.replaceWidget(self.splitter.indexOf(self._pane_place), detail)  # the split is kept
            if self.read_only:
                from kolcrm.ui.team.read_only import lock_pane

                lock_pane(detail)
            self._pane_place.deleteLater()
        return self._detail

    def load(self) -> None:
        self.filters.set_tags(kol_list.tag_choices())
        self._refresh_custom_fields()
        if self._list_painted:
            self.load_brands()
        # else: the brand choice (and the models it imports) is filled, and the list counted, after its first paint
        self.model.reload(count=self._list_painted)

    def load_brands(self) -> None:
        """Refill the "Fit for brand" choice (brands are edited in their own area)."""
        from kolcrm.core.brands.service import list_brands

        self.filters.set_brands([(brand.id, brand.name) for brand in list_brands() if brand.id is not None])

    def refresh_fit(self) -> None:
        """Coming back to the list: brands may have been renamed or edited meanwhile."""
        if self._list_painted:
            self.load_brands()
            self._refit_if_stale()

    def _refit_if_stale(self) -> None:
        """A brand or KOLs changed elsewhere (brand area, import, restore): the fit column must not show old scores."""
        brand_id = self.filters.fit_brand.currentData()
        if brand_id is None:
            return
        if not _fit_scores().is_fresh(brand_id):
            self.choose_fit_brand(brand_id)

    def _fit_brand_chosen_in_tab(self, brand_id: int | None) -> None:
        combo = self.filters.fit_brand
        combo.setCurrentIndex(max(combo.findData(brand_id), 0))  # emits fit_brand_changed → choose_fit_brand

    def choose_fit_brand(self, brand_id: int | None) -> None:
        """Score the list against a brand: at once from a fresh cache, else "…" while it is built off the GUI thread."""
        from kolcrm.ui.jobs import Job

        if self.fit_job is not None:
            self.fit_job.cancel()
            self.fit_job = None
        if self._detail is not None:  # else the pane reads the brand from the filter bar when it is built
            self._detail.set_fit_brand(brand_id)
        if brand_id is None or _fit_scores().is_fresh(brand_id):
            self.model.set_fit_brand(brand_id)
            return
        self.model.set_fit_brand(brand_id, ready=False)
        job = self.fit_job = Job(lambda progress, cancelled: _fit_scores().build(brand_id, progress, cancelled))
        job.finished.connect(lambda _count, job=job: self._fit_built(job, brand_id))
        job.failed.connect(lambda message, job=job: self._fit_built(job, None, message))
        job.start()

    def _fit_built(self, job: object, brand_id: int | None, message: str = "") -> None:
        if job is not self.fit_job:
            return  # another brand was chosen meanwhile
        self.fit_job = None
        if message:
            self.count_label.setText(self.tr("Could not score fit: {0}").format(message))
        self.model.set_fit_brand(brand_id)

    # -- user actions --------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def new_kol(self) -> None:
        if self.read_only:
            return
        from kolcrm.ui.kols.editor import KolEditor  # built on demand: keeps start-up lean

        editor = KolEditor(parent=self)
        editor.saved.connect(self._after_create)
        editor.open()

    def edit_kol(self, kol_id: int | None = None) -> None:
        kol_id = kol_id if kol_id is not None else self.current_kol_id()
        if kol_id is None or self.read_only:
            return
        from kolcrm.ui.kols.editor import KolEditor

        editor = KolEditor(kol_id, parent=self)
        editor.saved.connect(self._after_edit)
        editor.open()

    def trash_selected(self) -> None:
        if not self.read_only:
            trash_with_confirmation(self, self.selected_kol_ids())

    def select_kol(self, kol_id: int) -> bool:
        row = self.model.row_of(kol_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def show_kol(self, kol_id: int) -> None:
        """Select the KOL in the list; one the filters hide (or beyond the loaded rows) is still shown in the pane."""
        if not self.select_kol(kol_id):
            self.detail.show_kol(kol_id)

    def current_kol_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.kol_id_at(index.row()) if index.isValid() else None

    def shown_kol_id(self) -> int | None:
        """The KOL the detail pane shows (it may be one the list does not)."""
        return self._detail.kol_id if self._detail is not None else None

    def current_filter(self) -> KolFilter:
        """What the list shows now: its search, tags and other filters."""
        return self.model.kol_filter

    def refresh_kol(self, kol_id: int) -> None:
        """The KOL's deals, totals or history changed elsewhere: its row, and the pane if it shows them, follow."""
        self.model.refresh_row(kol_id)
        if self._detail is not None and self._detail.kol_id == kol_id:
            self._detail.refresh()

    def refresh_shown_kol(self) -> None:
        """Re-read the KOL the detail pane shows (deals were saved or restored elsewhere)."""
        if self._detail is not None:
            self._detail.refresh()

    def install_delete_action(self, action: QAction) -> None:
        """Delete acts in the list only, so the key still deletes characters in text fields."""
        action.setParent(self.table)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.trash_selected)
        self.table.addAction(action)

    def selected_kol_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [kol_id for row in rows if (kol_id := self.model.kol_id_at(row)) is not None]

    def reload(self, select: int | None = None) -> None:
        self.filters.set_tags(kol_list.tag_choices())
        if self._list_painted:
            self.owners.refresh()
        self._refresh_custom_fields()
        self._refit_if_stale()
        self.model.reload()
        if select is not None:
            self.select_kol(select)

    def open_custom_fields(self) -> None:
        from kolcrm.ui.kols.custom_fields_dialog import CustomFieldsDialog

        dialog = CustomFieldsDialog(self.undo_stack, self.custom_fields_changed, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def custom_fields_changed(self) -> None:
        """Fields were added, renamed, reordered or deleted (or undeleted): columns, filter, list and pane follow."""
        self._refresh_custom_fields()
        self.model.reload()
        self.refresh_shown_kol()

    def choose_columns(self) -> None:
        """The "Columns…" dialog: built-in columns to hide, custom fields to show as columns."""
        from kolcrm.ui.kols.list_columns import ColumnsDialog

        header = self.table.horizontalHeader()
        built_in = [(i, self.model.headerData(i, Qt.Orientation.Horizontal), not header.isSectionHidden(i))
                    for i in range(1, len(COLUMNS))]  # fmt: skip
        shown = {field.id for field in self.model.custom_columns}
        dialog = self.columns_dialog = ColumnsDialog(built_in, custom_fields.list_fields(), shown, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_columns(dialog.hidden_columns(), dialog.chosen_fields()))
        dialog.finished.connect(lambda _result: setattr(self, "columns_dialog", None))
        dialog.open()

    # -- persistence ---------------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("kols/splitter", self.splitter.saveState())
        settings.setValue("kols/header", self.table.horizontalHeader().saveState())
        settings.setValue("kols/custom_columns", ",".join(str(field.id) for field in self.model.custom_columns))

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("kols/splitter")
        header = settings.value("kols/header")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        # The custom columns first: the header's saved state counts them among its sections.
        ids = [int(part) for part in str(settings.value("kols/custom_columns") or "").split(",") if part.isdigit()]
        if ids:
            self.model.set_custom_columns([field for field in custom_fields.list_fields() if field.id in ids])
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    # -- internals -----------------------------------------------------------------------------------------
    def _refresh_custom_fields(self) -> None:
        fields = custom_fields.list_fields()
        self.filters.set_custom_fields(fields)
        shown = {field.id for field in self.model.custom_columns}
        self.model.set_custom_columns([field for field in fields if field.id in shown])

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Columns…"), self.choose_columns)
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def _apply_columns(self, hidden: set[int], field_ids: list[int]) -> None:
        header = self.table.horizontalHeader()
        for column in range(1, len(COLUMNS)):
            header.setSectionHidden(column, column in hidden)
        self.model.set_custom_columns([field for field in custom_fields.list_fields() if field.id in field_ids])

    def _after_create(self, kol_id: int) -> None:
        # kols.save_kol has already scored the new KOL for fit: the list only reloads.
        self.reload(select=kol_id)
        if self.model.row_of(kol_id) is None and self.filters.current_filter().narrowed:
            # The new KOL is hidden by the search or a filter: showing them in the pane while the list says
            # otherwise is a screen that lies. Clear them, and say so.
            self.filters.show_everything()
            self.reload(select=kol_id)
            self.status_message.emit(self.tr("Search and filters cleared to show the new KOL."))
        if self.model.row_of(kol_id) is None:  # beyond the first page: still show it
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
            self._detail_timer.stop()  # the reset's "show the first row" must not replace the new KOL
            self.detail.show_kol(kol_id)

    def _after_edit(self, kol_id: int) -> None:
        self.model.refresh_row(kol_id)
        self.filters.set_tags(kol_list.tag_choices())
        self.detail.show_kol(kol_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Switched away (Ctrl+1) before the list first painted, the list came back with no row chosen and an empty
        # pane: choose the first row, as at start.
        if self.current_kol_id() is None and self.model.rowCount():
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._list_painted and watched is self.table.viewport() and event.type() == QEvent.Type.Paint:
            self._list_painted = True
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, self.load_brands)
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, self.owners.refresh)
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, self.model.count_if_unknown)
            self.table.viewport().removeEventFilter(self)
            if self._detail_timer.isActive() or self._detail is None or self._detail.kol_id != self.current_kol_id():
                self._detail_timer.start(AFTER_FIRST_PAINT_MS)  # after this paint has been handled
            self.list_painted.emit()
        return super().eventFilter(watched, event)

    def _show_current_in_detail(self) -> None:
        if self._list_painted or not self.isVisible():
            self.detail.show_kol(self.current_kol_id())

    def _after_reset(self) -> None:
        """Keep the detail pane useful: after a new search or sort, show the first match."""
        if self.model.rowCount() == 0:
            self._detail_timer.start(0)
        elif self.current_kol_id() is None:
            self.table.selectRow(0)

    def _current_changed(self, _current: object, _previous: object) -> None:
        self._detail_timer.start(0)  # once per burst of key presses

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n KOLs", "", total))
        self.empty_notice.update_for(total, self.model.kol_filter)
