"""The main window: a sidebar of working areas, their stack, menus and shortcuts. No business logic."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from kolcrm import __version__
from kolcrm.core.trash import trash_count
from kolcrm.ui import prompts
from kolcrm.ui.kols.area import KolsArea
from kolcrm.ui.kols.trash_area import TrashArea

if TYPE_CHECKING:
    from kolcrm.ui.brands.area import BrandsArea as BrandsArea
    from kolcrm.ui.collaborations.area import CollaborationsArea as CollaborationsArea

AREA_KOLS, AREA_COLLABORATIONS, AREA_BRANDS, AREA_TRASH = range(4)


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, database_path: Path | None = None) -> None:
        super().__init__()
        self.settings = settings
        title = f"kolcrm — {database_path.name}" if database_path else "kolcrm"
        self.setWindowTitle(title)
        self.resize(1280, 800)
        self.undo_stack = QUndoStack(self)
        self.kols = KolsArea(self.undo_stack)
        # Built on first visit: start-up shows the KOL list as fast as a bare window can.
        self._brands: BrandsArea | None = None
        self._collaborations: CollaborationsArea | None = None
        self.trash = TrashArea()
        self.stack = QStackedWidget()
        for area in (self.kols, QWidget(), QWidget(), self.trash):
            self.stack.addWidget(area)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(130)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 7px 6px; }")
        self.sidebar.addItems([self.tr("KOLs"), self.tr("Collaborations"), self.tr("Brands"), self.tr("Trash")])
        self.sidebar.currentRowChanged.connect(self.show_area)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.kols.trash_changed.connect(self._update_trash_label)
        self.trash.restored.connect(lambda ids: self.kols.reload(select=ids[0]))
        self.trash.emptied.connect(self.undo_stack.clear)  # erased KOLs can no longer be restored by undo
        self.trash.emptied.connect(self._update_trash_label)
        self.trash.restored.connect(lambda _ids: self._update_trash_label())
        self.trash.deals_restored.connect(self._deals_restored)
        self.kols.detail.collaboration_requested.connect(self.open_collaboration)
        self.kols.detail.new_collaboration_requested.connect(self.new_collaboration)
        self._restore_state()
        self.kols.load()
        self.sidebar.setCurrentRow(AREA_KOLS)
        self._update_trash_label()
        self.statusBar().showMessage(self.tr("Database: {0}").format(database_path or "—"))

    @property
    def brands(self) -> BrandsArea:
        if self._brands is None:
            from kolcrm.ui.brands.area import BrandsArea

            self._brands = BrandsArea()
            self._place(AREA_BRANDS, self._brands)
        return self._brands

    @property
    def collaborations(self) -> CollaborationsArea:
        if self._collaborations is None:
            from kolcrm.ui.collaborations.area import CollaborationsArea

            self._collaborations = CollaborationsArea(self.undo_stack)
            self._collaborations.kol_changed.connect(self._kol_deals_changed)
            self._collaborations.open_kol_requested.connect(self.open_kol)
            self._place(AREA_COLLABORATIONS, self._collaborations)
            self._collaborations.load()
        return self._collaborations

    def _place(self, index: int, area: QWidget) -> None:
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, area)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()

    def show_area(self, index: int) -> None:
        if index == AREA_BRANDS:
            self.brands  # noqa: B018 - builds the area before the stack shows it
        elif index == AREA_COLLABORATIONS:
            self.collaborations  # noqa: B018
        self.stack.setCurrentIndex(index)
        if index == AREA_BRANDS:
            self.brands.load()
        elif index == AREA_COLLABORATIONS:
            self.collaborations.load()
        elif index == AREA_TRASH:
            self.trash.load()
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New KOL…"), QKeySequence.StandardKey.New, self._new_kol)
        file_menu.addAction(self.new_action)
        self.new_collaboration_action = self._action(
            self.tr("New &Collaboration…"), QKeySequence("Ctrl+Shift+N"), self._new_collaboration_for_current
        )
        file_menu.addAction(self.new_collaboration_action)
        file_menu.addSeparator()
        self.company_action = self._action(self.tr("Company &settings…"), None, self._company_settings)
        file_menu.addAction(self.company_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self._find)
        self.edit_action = self._action(self.tr("&Edit KOL…"), QKeySequence("Ctrl+E"), self._edit_kol)
        # Delete only acts in the list, so the key still deletes characters in text fields.
        self.delete_action = QAction(self.tr("Move to &Trash"), self.kols.table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.kols.trash_selected)
        self.kols.table.addAction(self.delete_action)
        for action in (self.find_action, self.edit_action, self.delete_action):
            edit_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About kolcrm"), None, self._about))

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey | None, slot) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def open_collaboration(self, collaboration_id: int) -> None:
        self.show_area(AREA_COLLABORATIONS)
        self.collaborations.show_collaboration(collaboration_id)

    def open_kol(self, kol_id: int) -> None:
        self.show_area(AREA_KOLS)
        if not self.kols.select_kol(kol_id):
            self.kols.detail.show_kol(kol_id)

    def new_collaboration(self, kol_id: int | None = None) -> None:
        from kolcrm.ui.collaborations.editor import CollaborationEditor

        editor = CollaborationEditor(kol_id=kol_id, parent=self)
        editor.saved.connect(self._collaboration_saved)
        editor.open()

    def _collaboration_saved(self, collaboration_id: int) -> None:
        if self._collaborations is not None:
            self._collaborations.load()
            self._collaborations.show_collaboration(collaboration_id)
        self.kols.detail.refresh()

    def _deals_restored(self, _ids: list[int]) -> None:
        self._update_trash_label()
        if self._collaborations is not None:
            self._collaborations.load()
        self.kols.detail.refresh()

    def _kol_deals_changed(self, kol_id: int) -> None:
        """A deal, payment or review changed: the KOL's totals, history and overdue flag follow."""
        self._update_trash_label()  # the change may have been a deletion
        self.kols.model.refresh_row(kol_id)
        if self.kols.detail.kol_id == kol_id:
            self.kols.detail.refresh()

    def _new_kol(self) -> None:
        self.show_area(AREA_KOLS)
        self.kols.new_kol()

    def _new_collaboration_for_current(self) -> None:
        """From the KOL list, the new deal is with the selected KOL; elsewhere the editor asks."""
        on_kols = self.stack.currentIndex() == AREA_KOLS
        self.new_collaboration(self.kols.current_kol_id() if on_kols else None)

    def _edit_kol(self) -> None:
        self.show_area(AREA_KOLS)
        self.kols.edit_kol()

    def _find(self) -> None:
        self.show_area(AREA_KOLS)
        self.kols.focus_search()

    def _company_settings(self) -> None:
        from kolcrm.ui.contracts.company_dialog import CompanyDialog

        dialog = CompanyDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _update_trash_label(self) -> None:
        count = trash_count()
        self.sidebar.item(AREA_TRASH).setText(self.tr("Trash ({0})").format(count) if count else self.tr("Trash"))

    def _about(self) -> None:
        prompts.info(
            self,
            self.tr("About kolcrm"),
            self.tr("kolcrm {0}: a desktop CRM for KOL relationships.").format(__version__),
        )

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.kols.restore_state(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.kols.save_state(self.settings)
        self.settings.sync()
        super().closeEvent(event)
