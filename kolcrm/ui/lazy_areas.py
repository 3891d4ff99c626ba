"""The main window's areas other than the KOL list, each built the first time it is shown (start-up pays for none of
them), and the sidebar's order of all of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QListWidget

    from kolcrm.ui.agencies.area import AgenciesArea as AgenciesArea
    from kolcrm.ui.brands.area import BrandsArea as BrandsArea
    from kolcrm.ui.campaigns.area import CampaignsArea as CampaignsArea
    from kolcrm.ui.care.gifts_perks import GiftsPerksArea as GiftsPerksArea
    from kolcrm.ui.care.schedule import ScheduleView as ScheduleView
    from kolcrm.ui.care.today import TodayView as TodayView
    from kolcrm.ui.collaborations.area import CollaborationsArea as CollaborationsArea
    from kolcrm.ui.dashboard.area import DashboardArea as DashboardArea
    from kolcrm.ui.kols.area import KolsArea
    from kolcrm.ui.kols.trash_area import TrashArea as TrashArea

AREA_TODAY, AREA_KOLS, AREA_COLLABORATIONS, AREA_CAMPAIGNS, AREA_DASHBOARD = range(5)
AREA_SCHEDULE, AREA_GIFTS, AREA_BRANDS, AREA_AGENCIES, AREA_TRASH = range(5, 10)


class LazyAreas:
    """The main window's lazily built areas. The window provides the attributes and slots named below."""

    stack: QStackedWidget
    sidebar: QListWidget
    undo_stack: QUndoStack
    kols: KolsArea

    def init_lazy_areas(self) -> None:
        self._brands: BrandsArea | None = None
        self._agencies: AgenciesArea | None = None
        self._collaborations: CollaborationsArea | None = None
        self._campaigns: CampaignsArea | None = None
        self._dashboard: DashboardArea | None = None
        self._today: TodayView | None = None
        self._schedule: ScheduleView | None = None
        self._gifts: GiftsPerksArea | None = None
        self._trash: TrashArea | None = None

    @property
    def trash(self) -> TrashArea:
        if self._trash is None:
            from kolcrm.ui.kols.trash_area import TrashArea

            trash = self._trash = TrashArea()
            trash.restored.connect(lambda ids: (self.kols.reload(select=ids[0]), self._update_trash_label()))
            trash.emptied.connect(self.undo_stack.clear)  # erased KOLs can no longer be restored by undo
            trash.emptied.connect(self._update_trash_label)
            trash.deals_restored.connect(self._deals_restored)
            self._place(AREA_TRASH, trash)
        return self._trash

    @property
    def brands(self) -> BrandsArea:
        if self._brands is None:
            from kolcrm.ui.brands.area import BrandsArea

            self._brands = BrandsArea()
            self._place(AREA_BRANDS, self._brands)
        return self._brands

    @property
    def agencies(self) -> AgenciesArea:
        if self._agencies is None:
            from kolcrm.ui.agencies.area import AgenciesArea

            self._agencies = AgenciesArea()
            self._agencies.open_kol_requested.connect(self.open_kol)
            self._agencies.open_collaboration_requested.connect(self.open_collaboration)
            self._agencies.kols_renamed.connect(lambda: self.kols.reload())
            self._place(AREA_AGENCIES, self._agencies)
        return self._agencies

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

    @property
    def campaigns(self) -> CampaignsArea:
        if self._campaigns is None:
            from kolcrm.ui.campaigns.area import CampaignsArea

            self._campaigns = CampaignsArea()
            self._campaigns.open_collaboration_requested.connect(self.open_collaboration)
            self._campaigns.open_kol_requested.connect(self.open_kol)
            self._campaigns.deals_changed.connect(self._campaign_deals_changed)
            self._place(AREA_CAMPAIGNS, self._campaigns)
        return self._campaigns

    @property
    def dashboard(self) -> DashboardArea:
        if self._dashboard is None:
            from kolcrm.ui.dashboard.area import DashboardArea

            self._dashboard = DashboardArea()
            self._place(AREA_DASHBOARD, self._dashboard)
        return self._dashboard

    @property
    def today(self) -> TodayView:
        if self._today is None:
            from kolcrm.ui.care.today import TodayView

            self._today = TodayView(self.undo_stack)
            self._today.count_changed.connect(self._show_today_count)
            self._today.open_kol_requested.connect(self.open_kol)
            self._today.open_collaboration_requested.connect(self.open_collaboration)
            self._place(AREA_TODAY, self._today)
        return self._today

    @property
    def schedule(self) -> ScheduleView:
        if self._schedule is None:
            from kolcrm.ui.care.schedule import ScheduleView

            self._schedule = ScheduleView()
            self._schedule.open_collaboration_requested.connect(self.open_collaboration)
            self._place(AREA_SCHEDULE, self._schedule)
        return self._schedule

    @property
    def gifts(self) -> GiftsPerksArea:
        if self._gifts is None:
            from kolcrm.ui.care.gifts_perks import GiftsPerksArea

            self._gifts = GiftsPerksArea()
            self._gifts.open_kol_requested.connect(self.open_kol)
            self._place(AREA_GIFTS, self._gifts)
        return self._gifts

    def _place(self, index: int, area: QWidget) -> None:
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, area)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()

    def show_area(self, index: int) -> None:
        lazy = {
            AREA_TODAY: lambda: self.today,
            AREA_COLLABORATIONS: lambda: self.collaborations,
            AREA_CAMPAIGNS: lambda: self.campaigns,
            AREA_DASHBOARD: lambda: self.dashboard,
            AREA_SCHEDULE: lambda: self.schedule,
            AREA_GIFTS: lambda: self.gifts,
            AREA_BRANDS: lambda: self.brands,
            AREA_AGENCIES: lambda: self.agencies,
            AREA_TRASH: lambda: self.trash,
        }
        area = lazy[index]() if index in lazy else None  # built before the stack shows it
        self.stack.setCurrentIndex(index)
        if index == AREA_KOLS:
            self.kols.refresh_fit()
        if area is not None:
            area.load()
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
