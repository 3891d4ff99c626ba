"""The main window: a sidebar of working areas, their stack, menus and shortcuts. No business logic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kolcrm.ui import menus, startup_memory
from kolcrm.ui.data_actions import DataActions
from kolcrm.ui.kols.area import AFTER_FIRST_PAINT_MS, KolsArea
from kolcrm.ui.kols.bulk_actions import KolBulkEdit
from kolcrm.ui.kols.outreach_actions import KolOutreach
from kolcrm.ui.lazy_areas import (
    AREA_AGENCIES,
    AREA_BRANDS,
    AREA_CAMPAIGNS,
    AREA_COLLABORATIONS,
    AREA_DASHBOARD,
    AREA_GIFTS,
    AREA_KOLS,
    AREA_SCHEDULE,
    AREA_TODAY,
    AREA_TRASH,
    LazyAreas,
)
from kolcrm.ui.saved_views import SavedViews

BADGE_DELAY_MS = 250
STATUS_MESSAGE_MS = 12_000  # long enough to read an undo hint, then the database's path comes back

# The areas' indexes live with the areas (lazy_areas.py); imported from here by the rest of the app and its tests.
__all__ = [
    "AREA_AGENCIES", "AREA_BRANDS", "AREA_CAMPAIGNS", "AREA_COLLABORATIONS", "AREA_DASHBOARD", "AREA_GIFTS",
    "AREA_KOLS", "AREA_SCHEDULE", "AREA_TODAY", "AREA_TRASH", "MainWindow",
]  # fmt: skip


class MainWindow(LazyAreas, QMainWindow):
    AREA_KOLS, AREA_COLLABORATIONS = AREA_KOLS, AREA_COLLABORATIONS  # for the saved views
    # Preferences chose another language: the app builds a new window in it and puts the user back where they were.
    language_changed = Signal(str)

    def __init__(self, settings: QSettings, database_path: Path | None = None) -> None:
        startup_memory.freeze_startup_objects()
        super().__init__()
        self.quiet_close = False  # closed to be replaced by a window in another language: no backup, same session
        self.settings = settings
        self.database_path = database_path
        self.setWindowTitle(f"kolcrm — {database_path.name}" if database_path else "kolcrm")
        self.resize(1280, 800)
        self.undo_stack = QUndoStack(self)
        self.kols = KolsArea(self.undo_stack)
        self.init_lazy_areas()  # built on first visit: start-up shows the KOL list as fast as a bare window can
        self.stack = QStackedWidget()
        for index in range(AREA_TRASH + 1):  # placeholders until an area is first visited
            self.stack.addWidget(self.kols if index == AREA_KOLS else QWidget())
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(130)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 7px 6px; }")
        self.sidebar.addItems(
            [
                self.tr("Today"),
                self.tr("KOLs"),
                self.tr("Collaborations"),
                self.tr("Campaigns"),
                self.tr("Dashboard"),
                self.tr("Schedule"),
                self.tr("Gifts & perks"),
                self.tr("Brands"),
                self.tr("Agencies"),
                self.tr("Trash"),
            ]
        )
        self.sidebar.currentRowChanged.connect(self.show_area)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.saved_views = SavedViews(self)  # under the sidebar, and the Views menu
        sidebar = QVBoxLayout()
        sidebar.setContentsMargins(0, 0, 0, 0)
        sidebar.addWidget(self.sidebar, 1)
        sidebar.addWidget(self.saved_views.title)
        sidebar.addWidget(self.saved_views.list)
        layout.addLayout(sidebar)
        # A screen smaller than an area's least size (1024×640 and up are kept usable) scrolls the area instead of
        # forcing a window wider than the screen: the window's minimum stays the sidebar and a little.
        self.area_scroller = QScrollArea()
        self.area_scroller.setObjectName("areaScroller")
        self.area_scroller.setWidgetResizable(True)
        self.area_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.area_scroller.setWidget(self.stack)
        layout.addWidget(self.area_scroller, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.kols.trash_changed.connect(self._update_trash_label)
        self.kols.care_changed.connect(lambda _kol_id: self.care_changed())
        self.kols.collaboration_requested.connect(self.open_collaboration)
        self.kols.new_collaboration_requested.connect(self.new_collaboration)
        self.kols.list_painted.connect(self._list_painted)
        self.kols.status_message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.kols.restore_state(self.settings)
        self.kols.load()
        self.sidebar.setCurrentRow(AREA_KOLS)  # the trash's count is shown once the list has painted
        # A permanent widget: a passing message (an undo hint) is shown beside it and does not wipe it out.
        self.database_label = QLabel(self.tr("Database: {0}").format(database_path or "—"))
        self.statusBar().addPermanentWidget(self.database_label)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = menus.window_action(self, self.tr("&New KOL…"), QKeySequence.StandardKey.New, self._new_kol)
        file_menu.addAction(self.new_action)
        self.new_collaboration_action = menus.window_action(
            self, self.tr("New &Collaboration…"), QKeySequence("Ctrl+Shift+N"), self._new_collaboration_for_current
        )
        file_menu.addAction(self.new_collaboration_action)
        file_menu.addSeparator()
        self.company_action = menus.window_action(self, self.tr("Company &settings…"), None, self._company_settings)
        file_menu.addAction(self.company_action)
        self.preferences_action = menus.window_action(
            self, self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences, self._preferences
        )
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        self.data = DataActions(self, self.database_path, self.kols.current_filter, self.kols.shown_kol_id)
        self.data.everything_changed.connect(self.reload_everything)
        self.data.add_to_file_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(menus.window_action(self, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = menus.window_action(self, self.tr("&Find…"), QKeySequence.StandardKey.Find, self._find)
        self.edit_action = menus.window_action(self, self.tr("&Edit KOL…"), QKeySequence("Ctrl+E"), self._edit_kol)
        self.delete_action = QAction(self.tr("Move to &Trash"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.kols.install_delete_action(self.delete_action)  # acts in the KOL list only
        self.outreach = KolOutreach(self.kols)  # Send a message… (the list's selection, or the pane's KOL)
        self.bulk = KolBulkEdit(self.kols, self.undo_stack)  # Edit selected KOLs… (one undo step)
        for action in (self.find_action, self.edit_action, self.delete_action, self.kols.merge_action,
                       self.kols.owners.action, self.bulk.action, self.outreach.action):  # fmt: skip
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        self.custom_fields_action = self.kols.custom_fields_action
        edit_menu.addAction(self.custom_fields_action)
        edit_menu.addSeparator()
        self.data.add_to_edit_menu(edit_menu)

        self.area_actions = menus.add_view_menu(self, self.show_area)
        self.saved_views.add_menu(self.menuBar())
        self.today_action = self.area_actions[AREA_TODAY]
        self.help_menu = menus.add_help_menu(self, self.database_path)

    def open_collaboration(self, collaboration_id: int) -> None:
        self.show_area(AREA_COLLABORATIONS)
        self.collaborations.show_collaboration(collaboration_id)

    def open_kol(self, kol_id: int) -> None:
        self.show_area(AREA_KOLS)
        self.kols.show_kol(kol_id)

    def new_collaboration(self, kol_id: int | None = None) -> None:
        from kolcrm.ui.collaborations.editor import CollaborationEditor

        editor = CollaborationEditor(kol_id=kol_id, parent=self)
        editor.saved.connect(self._collaboration_saved)
        editor.open()

    def _collaboration_saved(self, collaboration_id: int) -> None:
        if self._collaborations is not None:
            self._collaborations.load()
            self._collaborations.show_collaboration(collaboration_id)
        self.kols.refresh_shown_kol()

    def _campaign_deals_changed(self) -> None:
        """A deal joined or left a campaign, or results were captured: the deal pane shows it next time."""
        if self._collaborations is not None:
            self._collaborations.load()

    def _deals_restored(self, _ids: list[int]) -> None:
        self._update_trash_label()
        if self._collaborations is not None:
            self._collaborations.load()
        self.kols.refresh_shown_kol()

    def _kol_deals_changed(self, kol_id: int) -> None:
        """A deal, payment or review changed: the KOL's totals, history and overdue flag follow."""
        self._update_trash_label()  # the change may have been a deletion
        self.kols.refresh_kol(kol_id)
        self.care_changed()

    def care_changed(self) -> None:
        """Deals, gifts or reminders changed: rerun the reminder rules so Today and its badge follow."""
        if self._today is not None and self.stack.currentWidget() is self._today:
            self._today.load()  # emits count_changed
        else:
            self.refresh_today_badge()
        if self._gifts is not None and self.stack.currentWidget() is self._gifts:
            self._gifts.load()
        if self._dashboard is not None and self.stack.currentWidget() is self._dashboard:
            self._dashboard.load()  # spend, ROI and KPIs follow deals and payments

    def refresh_today_badge(self) -> None:
        from kolcrm.core.care import reminders  # imported after start-up, with the rules it runs

        reminders.refresh()
        self._show_today_count(reminders.open_count())

    def _show_today_count(self, count: int) -> None:
        self.sidebar.item(AREA_TODAY).setText(self.tr("Today ({0})").format(count) if count else self.tr("Today"))

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

    def _preferences(self) -> None:
        from kolcrm.ui.care.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.saved.connect(self.care_changed)  # the thank-you rule changed: Today and its badge follow
        dialog.language_changed.connect(self.language_changed)
        dialog.open()

    def reload_everything(self) -> None:
        """After a restore (or an import), every area shows the database as it now is."""
        self.undo_stack.clear()  # undo steps refer to rows of the replaced file
        self.kols.reload()
        self.kols.refresh_shown_kol()
        for area in (self._collaborations, self._campaigns, self._brands, self._agencies, self._trash):
            if area is not None:
                area.load()
        self._update_trash_label()
        self.care_changed()

    def _company_settings(self) -> None:
        from kolcrm.ui.contracts.company_dialog import CompanyDialog

        dialog = CompanyDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _update_trash_label(self) -> None:
        from kolcrm.core.kols.trash import trash_count

        count = trash_count()
        self.sidebar.item(AREA_TRASH).setText(self.tr("Trash ({0})").format(count) if count else self.tr("Trash"))

    def _list_painted(self) -> None:
        # Count the Today badge once the KOL list has painted, a moment later so that first paint is never held
        # back: the reminder rules take ~0.6 s on 100,000 KOLs (most of it the birthday rule).
        QTimer.singleShot(BADGE_DELAY_MS, self.refresh_today_badge)
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, self._update_trash_label)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.kols.save_state(self.settings)
        self.settings.sync()
        if isinstance(self.database_path, Path) and not self.quiet_close:  # a team's server keeps its own backups
            from kolcrm.ui.exchange.backup_dialog import backup_on_close

            backup_on_close(self.database_path)  # never raises: a failed backup must not block quitting
        super().closeEvent(event)
