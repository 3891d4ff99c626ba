"""The Dashboard: four charts over the demo data, an empty state on an empty book, and Save as PNG."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCharts import QBarSeries, QCategoryAxis, QHorizontalBarSeries, QScatterSeries, QXYSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QToolTip

from kolcrm import language
from kolcrm.app import install_cjk_font
from kolcrm.core.campaigns import dashboard as dashboard_data
from kolcrm.core.demo.kols import populate_demo
from kolcrm.ui import prompts, translators
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
        assert len(area.kpi_view.bars) == len(area.kpi_view.labels) == kpis
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


def axis_labels(card) -> list[str]:
    labels = []
    for axis in card.chart.axes():
        if isinstance(axis, QCategoryAxis):
            labels += axis.categoriesLabels()
    return labels


@pytest.fixture
def chinese(qapp):
    assert translators.install_for_gui(language.CHINESE) == language.CHINESE
    yield
    translators.install_for_gui(language.ENGLISH)


def test_numeric_axes_use_thousands_separators_in_english(qtbot, gui_db):
    populate_demo(kols=40)
    area = make_area(qtbot)
    labels = axis_labels(area.spend) + axis_labels(area.engagement) + axis_labels(area.roi)
    assert "10,000" in axis_labels(area.spend) and "100,000" in axis_labels(area.engagement)
    assert not [label for label in labels if re.search(r"\d{4}", label)], labels
    assert any(label.endswith("%") for label in axis_labels(area.roi))
    assert any(label.endswith("%") for label in axis_labels(area.engagement))


def test_numeric_axes_count_in_wan_in_chinese(qtbot, gui_db, chinese):
    populate_demo(kols=40)
    area = make_area(qtbot)
    assert "1万" in axis_labels(area.spend) and "10万" in axis_labels(area.engagement)
    assert not [label for label in axis_labels(area.engagement) if re.search(r"\d{4}", label)]


def test_every_scatter_point_has_a_tooltip_and_few_points_are_named(qtbot, gui_db):
    populate_demo(kols=40)
    area = make_area(qtbot)
    points = [point for point in dashboard_data.engagement_vs_fee() if point.currency == "CNY"]
    series = area.engagement.chart.series()[0]
    first = points[0]
    series.hovered.emit(series.at(0), True)  # what QtCharts emits when the mouse enters the point
    shown = QToolTip.text()
    assert first.name in shown
    assert f"{int(first.fee):,}" in shown and f"{first.engagement_rate:g}%" in shown
    series.hovered.emit(series.at(0), False)

    named = {
        series.pointConfiguration(index)[QXYSeries.PointConfiguration.LabelFormat]
        for index in range(series.count())
        if series.pointConfiguration(index)[QXYSeries.PointConfiguration.LabelVisibility]
    }
    assert named == {point.name for point in points}


@pytest.mark.parametrize("lang", [language.ENGLISH, language.CHINESE])
@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_kpi_labels_and_titles_are_shown_whole_at_laptop_sizes(qtbot, gui_db, settings, lang, size):
    from kolcrm.ui.main_window import AREA_DASHBOARD, MainWindow

    translators.install_for_gui(lang)
    install_cjk_font(QApplication.instance())
    try:
        populate_demo(kols=40)
        window = MainWindow(settings, database_path=gui_db)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.show_area(AREA_DASHBOARD)
        area = window.dashboard
        area.load()
        qtbot.wait(50)
        assert area.kpi_view.labels
        for label in [*area.kpi_view.labels, *(card.title for card in area.cards())]:
            room = label.contentsRect()
            needed = label.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, label.text())
            assert needed.width() <= room.width() and needed.height() <= room.height(), label.text()
        assert all(bar.toolTip() for bar in area.kpi_view.bars)
    finally:
        translators.install_for_gui(language.ENGLISH)
