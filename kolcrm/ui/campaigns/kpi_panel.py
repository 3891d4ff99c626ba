"""A campaign's numbers on its page: the KPI table (targets vs actuals, progress bars) and the results grid."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QProgressBar, QTableWidget, QTableWidgetItem

from kolcrm.core.campaigns.kpis import kpi_progress
from kolcrm.core.campaigns.records import CampaignRecord
from kolcrm.core.campaigns.results import Results
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.ui.campaigns import formatting as fmt

ACTUAL_COLUMN = 2
PROGRESS_COLUMN = 3
_RESULTS = (
    ("cost", QT_TRANSLATE_NOOP("CampaignPage", "Cost")),
    ("views", QT_TRANSLATE_NOOP("CampaignPage", "Views")),
    ("reach", QT_TRANSLATE_NOOP("CampaignPage", "Reach")),
    ("engagements", QT_TRANSLATE_NOOP("CampaignPage", "Engagements")),
    ("engagement_rate", QT_TRANSLATE_NOOP("CampaignPage", "Engagement rate")),
    ("cpm", "CPM"),
    ("cpe", "CPE"),
    ("cost_per_conversion", QT_TRANSLATE_NOOP("CampaignPage", "Cost per conversion")),
    ("sales", QT_TRANSLATE_NOOP("CampaignPage", "Sales")),
    ("roi", "ROI"),
)


def results_form(labels: dict[str, QLabel]) -> QFormLayout:
    """The results grid, two columns of five; fills labels with one selectable value label per result."""
    form = QFormLayout()
    grid = QGridLayout()
    for index, (key, title) in enumerate(_RESULTS):
        label = QLabel(fmt.DASH)
        label.setObjectName(f"result_{key}")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        labels[key] = label
        text = QCoreApplication.translate("CampaignPage", title)
        grid.addWidget(
            QLabel(QCoreApplication.translate("CampaignPage", "{0}:").format(text)), index % 5, (index // 5) * 2
        )
        grid.addWidget(label, index % 5, (index // 5) * 2 + 1)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(3, 1)
    form.addRow(grid)
    return form


def fill_results(labels: dict[str, QLabel], record: CampaignRecord, results: Results) -> None:
    measured = results.measured
    texts = {
        "cost": fmt.money(results.cost, record.currency),
        "views": fmt.number(results.views) if measured else fmt.DASH,
        "reach": fmt.number(results.reach) if measured else fmt.DASH,
        "engagements": fmt.number(results.engagements) if measured else fmt.DASH,
        "engagement_rate": fmt.percent(results.engagement_rate),
        "cpm": fmt.money(results.cpm, record.currency),
        "cpe": fmt.money(results.cpe, record.currency),
        "cost_per_conversion": fmt.money(results.cost_per_conversion, record.currency),
        "sales": fmt.money(results.sales, record.currency) if measured else fmt.DASH,
        "roi": fmt.percent(results.roi, 100),
    }
    for key, text in texts.items():
        labels[key].setText(text)


def fill_kpis(table: QTableWidget, record: CampaignRecord, results: Results) -> None:
    """One row per KPI: counted actuals read-only, manual ones editable in the actual column."""
    rows = kpi_progress(record, results)
    table.setRowCount(len(rows))
    for row, progress in enumerate(rows):
        kpi = progress.kpi
        unit = f" {kpi.unit}" if kpi.unit else ""
        label = progress.label + (f" — {kpi.note}" if kpi.note else "")
        actual = fmt.number(progress.actual)
        target = fmt.number(kpi.target) + unit if kpi.target is not None else fmt.DASH
        values = (label, target, actual, "", fmt.signed(progress.variance))
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            manual = column == ACTUAL_COLUMN and not progress.counted
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if manual else flags)
            if column == ACTUAL_COLUMN:
                item.setText("" if manual and progress.actual is None else actual)
                item.setToolTip(
                    QCoreApplication.translate("CampaignPage", "Entered by hand")
                    if manual
                    else QCoreApplication.translate("CampaignPage", "Counted from the captures")
                )
                if manual:
                    item.setBackground(QBrush(QColor("#fffbe6")))
            if column == 4 and progress.variance is not None and progress.variance < 0:
                item.setForeground(QBrush(QColor(fmt.WARNING_COLOUR)))
            if column == 0:
                item.setToolTip(label)
            table.setItem(row, column, item)
        bar = QProgressBar()
        bar.setRange(0, 100)
        share = progress.progress
        bar.setValue(0 if share is None else max(0, min(100, round(share * 100))))
        bar.setFormat(fmt.DASH if share is None else f"{share * 100:.0f} %")
        bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.setMinimumWidth(60)  # its own hint (~135 px) overflowed the cell onto the variance column
        bar.setMaximumHeight(18)
        table.setCellWidget(row, PROGRESS_COLUMN, bar)
    table.setColumnWidth(PROGRESS_COLUMN, 110)


def progress_bar(table: QTableWidget, row: int) -> QProgressBar:
    bar = table.cellWidget(row, PROGRESS_COLUMN)
    assert isinstance(bar, QProgressBar)
    return bar
