"""The Dashboard: four charts (spend by month, ROI by KOL, engagement rate vs fee, KPI progress), each savable as PNG.

The figures come from core/dashboard_data; this module only draws them. load() re-reads everything: the main
window calls it when the area is shown and after deals or payments change.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QScatterSeries,
    QXYSeries,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.campaigns import dashboard as dashboard_data
from kolcrm.ui import prompts
from kolcrm.ui.dashboard.axes import amount_axis, number_axis, readable_number
from kolcrm.ui.dashboard.kpi_progress import KpiProgressView

ROI_LIMIT = 10
POINT_LABEL_LIMIT = 12  # more named points than this overlap into a smudge: hover for names instead
MONEY_SIGNS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£"}
COLOURS = ("#3b6fb6", "#e07b39", "#4a9c5d", "#b64a8f", "#8a6d3b")


class ChartCard(QWidget):
    """A titled chart (or another view of figures) with its empty state and a "Save as PNG…" button."""

    def __init__(
        self, name: str, title: str, empty_text: str, parent: QWidget | None = None, view: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.clicked.connect(self.save_png)
        if view is None:
            view = QChartView()
            view.setObjectName(f"{name}Chart")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view = view
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
        head.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)

    @property
    def chart(self) -> QChart:
        assert isinstance(self.view, QChartView)
        return self.view.chart()

    def show_chart(self, chart: QChart | None) -> None:
        """A chart to show, or None for the empty state."""
        if chart is None:
            self.view.setChart(QChart())  # type: ignore[attr-defined]
            self.stack.setCurrentWidget(self.empty)
            return
        chart.legend().setVisible(len(chart.series()) > 1 or isinstance(chart.series()[0], QScatterSeries))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 24, 4))  # room for the last tick label, centred on its value
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = self.chart
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
        self.kpi_view = KpiProgressView()
        self.kpis = ChartCard(
            "kpiProgress",
            self.tr("KPI progress — planned and launched campaigns"),
            self.tr("No planned or launched campaign with KPIs yet."),
            view=self.kpi_view,
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
        self._show_kpis()

    # -- the charts ------------------------------------------------------------------------------------------
    def _spend_chart(self) -> QChart | None:
        rows = dashboard_data.spend_by_month()
        if not rows:
            return None
        months = sorted({row.month for row in rows})
        currencies = sorted({row.currency for row in rows}, key=lambda c: (c != "CNY", c))
        amounts = {(row.month, row.currency): row.amount for row in rows}
        series = QBarSeries()
        for index, currency in enumerate(currencies):
            bars = QBarSet(currency)
            bars.setColor(COLOURS[index % len(COLOURS)])
            bars.append([float(amounts.get((month, currency), 0)) for month in months])
            series.append(bars)
        tips = {
            (bar_set, index): self.tr("{month}: {amount} paid").format(
                month=month, amount=readable_money(amounts.get((month, currency), Decimal(0)), currency)
            )
            for bar_set, currency in zip(series.barSets(), currencies, strict=True)
            for index, month in enumerate(months)
        }
        series.hovered.connect(lambda on, index, bar_set: _tip(on, tips.get((bar_set, index), "")))
        chart = QChart()
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(months)
        axis_y = amount_axis(float(max(amounts.values())) * 1.15)
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
        values = [float(row.roi) * 100 for row in rows]
        bars.append(values)
        series = QHorizontalBarSeries()
        series.append(bars)
        tips = [
            self.tr("{name}: ROI {roi}\nCost {cost} · sales {sales}").format(
                name=row.name,
                roi=_signed_percent(value),
                cost=readable_money(row.cost, row.currency),
                sales=readable_money(row.sales, row.currency),
            )
            for row, value in zip(rows, values, strict=True)
        ]
        series.hovered.connect(lambda on, index, _bars: _tip(on, tips[index] if 0 <= index < len(tips) else ""))
        chart = QChart()
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(
            [
                f"{_unique(row.name, row.kol_id, rows)} ({_signed_percent(value)})"
                for row, value in zip(rows, values, strict=True)
            ]
        )
        low, high = min(0.0, *values), max(0.0, *values)
        pad = (high - low) * 0.2 or 10
        axis_x = number_axis(low - (pad if low < 0 else 0), high + pad, suffix="%", decimals=0)
        _attach(chart, series, axis_x, axis_y)
        return chart

    def _engagement_chart(self) -> QChart | None:
        points = dashboard_data.engagement_vs_fee()
        if not points:
            return None
        chart = QChart()
        currencies = sorted({point.currency for point in points}, key=lambda c: (c != "CNY", c))
        labelled = len({point.kol_id for point in points}) <= POINT_LABEL_LIMIT
        all_series = []
        for index, currency in enumerate(currencies):
            series = QScatterSeries()
            series.setName(self.tr("Fee in {0}").format(currency))
            series.setMarkerSize(11)
            series.setColor(COLOURS[index % len(COLOURS)])
            mine = [point for point in points if point.currency == currency]
            for point in mine:
                series.append(float(point.fee), point.engagement_rate)
            if labelled:
                _label_points(series, mine)
            tips = [self._point_tip(point) for point in mine]
            series.hovered.connect(partial(_point_hovered, series, tips))
            chart.addSeries(series)
            all_series.append(series)
        axis_x = amount_axis(max(float(point.fee) for point in points) * 1.1)
        axis_x.setTitleText(self.tr("Agreed fee"))
        axis_y = number_axis(0, max(point.engagement_rate for point in points) * 1.2 or 1, suffix="%")
        axis_y.setTitleText(self.tr("Engagement rate"))
        for series in all_series:
            _attach(chart, series, axis_x, axis_y)
        return chart

    def _point_tip(self, point: dashboard_data.FeePoint) -> str:
        return self.tr("{name}\nAgreed fee: {fee}\nEngagement rate: {rate}").format(
            name=point.name,
            fee=readable_money(point.fee, point.currency),
            rate=readable_number(point.engagement_rate) + "%",
        )

    def _show_kpis(self) -> None:
        campaigns = [campaign for campaign in dashboard_data.campaign_kpi_progress() if campaign.kpis]
        self.kpi_view.set_campaigns(campaigns)
        self.kpis.stack.setCurrentWidget(self.kpi_view if campaigns else self.kpis.empty)


def readable_money(amount: Decimal, currency: str) -> str:
    """¥30,000 in English, ¥3万 in Chinese; currencies without a sign get their code after the number."""
    sign = MONEY_SIGNS.get(currency)
    text = readable_number(float(amount))
    return f"{sign}{text}" if sign else f"{text} {currency}"


def _signed_percent(value: float) -> str:
    return ("+" if value > 0 else "") + readable_number(value, 1, 0) + "%"


def _label_points(series: QScatterSeries, points: list[dashboard_data.FeePoint]) -> None:
    """Each KOL's name beside one of its points (its highest fee), so a KOL with two deals is named once."""
    best: dict[int, int] = {}
    for index, point in enumerate(points):
        if point.kol_id not in best or point.fee > points[best[point.kol_id]].fee:
            best[point.kol_id] = index
    for index, point in enumerate(points):
        shown = index in best.values()
        # "@" starts a placeholder in a label format (@xPoint): a name is shown as written
        name = point.name.replace("@", "＠")
        series.setPointConfiguration(
            index,
            {
                QXYSeries.PointConfiguration.LabelVisibility: shown,
                QXYSeries.PointConfiguration.LabelFormat: name,
            },
        )
    series.setPointLabelsVisible(True)
    series.setPointLabelsClipping(False)


def _point_hovered(series: QScatterSeries, tips: list[str], point: QPointF, on: bool) -> None:
    if not on:
        QToolTip.hideText()
        return
    nearest = min(
        range(series.count()),
        key=lambda i: (series.at(i).x() - point.x()) ** 2 + (series.at(i).y() - point.y()) ** 2,
        default=None,
    )
    if nearest is not None:
        QToolTip.showText(QCursor.pos(), tips[nearest])


def _tip(on: bool, text: str) -> None:
    if on and text:
        QToolTip.showText(QCursor.pos(), text)
    else:
        QToolTip.hideText()


def _attach(chart: QChart, series: QAbstractSeries, axis_x: QAbstractAxis, axis_y: QAbstractAxis) -> None:
    if axis_x not in chart.axes():
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    if axis_y not in chart.axes():
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)


def _unique(name: str, kol_id: int, rows: list) -> str:
    """Category labels must differ: two KOLs sharing a display name get their ids."""
    return name if sum(row.name == name for row in rows) == 1 else f"{name} #{kol_id}"
