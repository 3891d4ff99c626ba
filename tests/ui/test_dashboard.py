"""The Dashboard: four charts over the demo data, an empty state on an empty book, and Save as PNG."""

from __future__ import annotations

from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QScatterSeries
from PySide6.QtGui import QImage

from kolcrm.core.campaigns import dashboard as dashboard_data
from kolcrm.core.demo.kols import populate_demo
from kolcrm.ui import prompts
from kolcrm.ui.dashboard.area import DashboardArea


def make_area(qtbot) -> DashboardArea:
    area = DashboardArea()
    qtbot.addWidget(area)
    area.resize(1600, 900)
    area.show()
    area.load()
    return area


def test_an_empty_book_shows_friendly_empty_states(qtbot, gui_db):
    area = make_area(qtbot)
    assert all(card.is_empty() for card in area.cards())
    assert "—" in area.roi.empty.text()


def test_the_demo_data_fills_every_chart_with_the_expected_series(qtbot, gui_db):
    populate_demo(kols=40)
    area = make_area(qtbot)
    spend = area.spend.chart.series()
    assert len(spend) == 1 and isinstance(spend[0], QBarSeries)
    months = {row.month for row in dashboard_data.spend_by_month()}
    assert spend[0].barSets()[0].count() == len(months) >= 1

    points = dashboard_data.engagement_vs_fee()
    scatter = area.engagement.chart.series()
    assert all(isinstance(series, QScatterSeries) for series in scatter)
    assert sum(series.count() for series in scatter) == len(points) >= 5

    roi = dashboard_data.roi_by_kol()
    if roi:  # the demo measures deals once campaigns exist
        bars = area.roi.chart.series()[0]
        assert isinstance(bars, QHorizontalBarSeries) and bars.barSets()[0].count() == len(roi)
    else:
        assert area.roi.is_empty()
    kpis = sum(len(campaign.kpis) for campaign in dashboard_data.campaign_kpi_progress())
    if kpis:
        assert area.kpis.chart.series()[0].barSets()[0].count() == kpis
    else:
        assert area.kpis.is_empty()


def test_load_follows_new_payments(qtbot, gui_db):
    area = make_area(qtbot)
    assert area.spend.is_empty()
    populate_demo(kols=10)
    area.load()
    assert not area.spend.is_empty()


def test_save_as_png_writes_the_chart(qtbot, gui_db, tmp_path, monkeypatch):
    populate_demo(kols=20)
    area = make_area(qtbot)
    target = tmp_path / "spend"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args, **kwargs: target)
    area.spend.save_button.click()
    image = QImage(str(target.with_suffix(".png")))
    assert not image.isNull() and image.width() > 300


def test_cancelling_save_writes_nothing(qtbot, gui_db, tmp_path, monkeypatch):
    area = make_area(qtbot)
    monkeypatch.setattr(prompts, "ask_save_path", lambda *args, **kwargs: None)
    assert area.kpis.save_png() is None
    assert list(tmp_path.glob("*.png")) == []


def test_the_dashboard_is_an_area_of_the_main_window(qtbot, main_window):
    from kolcrm.ui.main_window import AREA_DASHBOARD

    main_window.show_area(AREA_DASHBOARD)
    assert main_window.stack.currentWidget() is main_window.dashboard
