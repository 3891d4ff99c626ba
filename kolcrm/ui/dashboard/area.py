"""The Dashboard: four charts (spend by month, ROI by KOL, engagement rate vs fee, KPI progress), each savable as PNG.

The figures come from core/dashboard_data; this module only draws them. load() re-reads everything: the main
window calls it when the area is shown and after deals or payments change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kolcrm.core.campaigns import dashboard as dashboard_data
from kolcrm.core.i18n import is_chinese
from kolcrm.ui import prompts

ROI_LIMIT = 10
COLOURS = ("#3b6fb6", "#e07b39", "#4a9c5d", "#b64a8f", "#8a6d3b")


class ChartCard(QWidget):
    """A titled chart with its empty state and a "Save as PNG…" button."""

    def __init__(self, name: str, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.title = QLabel(f"<b>{title}</b>")
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.clicked.connect(self.save_png)
        self.view = QChartView()
        self.view.setObjectName(f"{name}Chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777; font-size: 14px; border: 1px dashed #ccc; border-radius: 6px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)

    @property
    def chart(self) -> QChart:
        return self.view.chart()

    def show_chart(self, chart: QChart | None) -> None:
        """A chart to show, or None for the empty state."""
        if chart is None:
            self.view.setChart(QChart())
            self.stack.setCurrentWidget(self.empty)
            return
        chart.legend().setVisible(len(chart.series()) > 1 or isinstance(chart.series()[0], QScatterSeries))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = self.view.chart()
        self.view.setChart(chart)
        old.deleteLater()
        self.stack.setCurrentWidget(self.view)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def save_png(self) -> Path | None:
        path = prompts.ask_save_path(
            self, self.tr("Save chart"), Path(f"{self.name}.png"), self.tr("PNG image (*.png)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        if not self.stack.currentWidget().grab().save(str(path), "PNG"):
            prompts.error(self, self.tr("Save chart"), self.tr("Could not write {0}").format(path))
            return None
        return path


class DashboardArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spend = ChartCard(
            "spendByMonth", self.tr("Spend by month (paid)"), self.tr("No payments marked paid yet.")
        )
        self.roi = ChartCard(
            "roiByKol",
            self.tr("ROI by KOL — top 10"),
            self.tr("ROI: —\nNo measured deals yet. Enter metrics for a published deliverable to see ROI."),
        )
        self.engagement = ChartCard(
            "engagementVsFee",
            self.tr("Engagement rate vs agreed fee"),
            self.tr("No deals with an agreed fee yet."),
        )
        self.kpis = ChartCard(
            "kpiProgress",
            self.tr("KPI progress — planned and launched campaigns"),
            self.tr("No planned or launched campaign with KPIs yet."),
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 8)
        for index, card in enumerate(self.cards()):
            grid.addWidget(card, index // 2, index % 2)
        for row_or_column in (0, 1):
            grid.setRowStretch(row_or_column, 1)
            grid.setColumnStretch(row_or_column, 1)

    def cards(self) -> tuple[ChartCard, ...]:
        return (self.spend, self.roi, self.engagement, self.kpis)

    def load(self) -> None:
        self.spend.show_chart(self._spend_chart())
        self.roi.show_chart(self._roi_chart())
        self.engagement.show_chart(self._engagement_chart())
        self.kpis.show_chart(self._kpi_chart())

    # -- the charts ------------------------------------------------------------------------------------------
    def _spend_chart(self) -> QChart | None:
        rows = dashboard_data.spend_by_month()
        if not rows:
            return None
        months = sorted({row.month for row in rows})
        currencies = sorted({row.currency for row in rows}, key=lambda c: (c != "CNY", c))
        amounts = {(row.month, row.currency): float(row.amount) for row in rows}
        series = QBarSeries()
        for index, currency in enumerate(currencies):
            bars = QBarSet(currency)
            bars.setColor(COLOURS[index % len(COLOURS)])
            bars.append([amounts.get((month, currency), 0.0) for month in months])
            series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart = QChart()
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(months)
        axis_y = _amount_axis(max(amounts.values()) * 1.15)
        axis_y.setTitleText(" / ".join(currencies))
        _attach(chart, series, axis_x, axis_y)
        return chart

    def _roi_chart(self) -> QChart | None:
        rows = dashboard_data.roi_by_kol(ROI_LIMIT)
        if not rows:
            return None
        rows = list(reversed(rows))  # a horizontal bar chart draws its first category at the bottom
        bars = QBarSet(self.tr("ROI %"))
        bars.setColor(COLOURS[0])
        bars.append([float(row.roi) * 100 for row in rows])
        series = QHorizontalBarSeries()
        series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([f"{_unique(row.name, row.kol_id, rows)} ({float(row.roi):+.0%})" for row in rows])
        axis_x = QValueAxis()
        values = [float(row.roi) * 100 for row in rows]
        low, high = min(0.0, min(values)), max(0.0, max(values))
        pad = (high - low) * 0.2 or 10
        axis_x.setRange(low - (pad if low < 0 else 0), high + pad)
        axis_x.setLabelFormat("%.0f%%")
        axis_x.applyNiceNumbers()
        _attach(chart, series, axis_x, axis_y)
        return chart

    def _engagement_chart(self) -> QChart | None:
        points = dashboard_data.engagement_vs_fee()
        if not points:
            return None
        chart = QChart()
        currencies = sorted({point.currency for point in points}, key=lambda c: (c != "CNY", c))
        all_series = []
        for index, currency in enumerate(currencies):
            series = QScatterSeries()
            series.setName(self.tr("Fee in {0}").format(currency))
            series.setMarkerSize(11)
            series.setColor(COLOURS[index % len(COLOURS)])
            for point in points:
                if point.currency == currency:
                    series.append(float(point.fee), point.engagement_rate)
            chart.addSeries(series)
            all_series.append(series)
        axis_x = _amount_axis(max(float(point.fee) for point in points) * 1.1)
        axis_x.setTitleText(self.tr("Agreed fee"))
        axis_y = QValueAxis()
        axis_y.setTitleText(self.tr("Engagement rate %"))
        axis_y.setRange(0, max(point.engagement_rate for point in points) * 1.2 or 1)
        axis_y.applyNiceNumbers()
        for series in all_series:
            _attach(chart, series, axis_x, axis_y)
        return chart

    def _kpi_chart(self) -> QChart | None:
        campaigns = dashboard_data.campaign_kpi_progress()
        labels, values = [], []
        for campaign in campaigns:
            for kpi in campaign.kpis:
                shown = "—" if kpi.percent is None else f"{kpi.percent:g} %"
                labels.append(f"{_short(campaign.name, 18)} · {_short(kpi.label, 22)} ({shown})")
                values.append(min(kpi.percent, 200.0) if kpi.percent is not None else 0.0)  # 200 %: the bar's cap
        if not labels:
            return None
        bars = QBarSet(self.tr("Progress %"))
        bars.setColor(COLOURS[2])
        bars.append(list(reversed(values)))
        series = QHorizontalBarSeries()
        series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(list(reversed(labels)))
        axis_x = QValueAxis()
        axis_x.setRange(0, max(100.0, *values))
        axis_x.setLabelFormat("%.0f%%")
        _attach(chart, series, axis_x, axis_y)
        return chart


def _amount_axis(top: float) -> QValueAxis:
    """An axis of amounts from 0 to about `top`, on nice numbers; in Chinese its ticks count in 万 and 亿 (5万, 1.5亿)."""
    axis = QValueAxis()
    axis.setLabelFormat("%.0f")
    axis.setRange(0, top)
    axis.applyNiceNumbers()
    low, high, ticks = axis.min(), axis.max(), axis.tickCount()
    if not is_chinese() or high < 10_000 or ticks < 2:
        return axis
    unit, suffix = (100_000_000, "亿") if high >= 100_000_000 else (10_000, "万")
    counted = QCategoryAxis()
    counted.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    counted.setRange(low, high)
    counted.setStartValue(low)
    for index in range(ticks):
        value = low + (high - low) * index / (ticks - 1)
        counted.append(f"{value / unit:g}{suffix}" if value else "0", value)
    return counted


def _attach(chart: QChart, series: object, axis_x: object, axis_y: object) -> None:
    if axis_x not in chart.axes():
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    if axis_y not in chart.axes():
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _unique(name: str, kol_id: int, rows: list) -> str:
    """Category labels must differ: two KOLs sharing a display name get their ids."""
    return name if sum(row.name == name for row in rows) == 1 else f"{name} #{kol_id}"
