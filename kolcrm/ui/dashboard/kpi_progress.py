"""KPI progress as rows a person can read whole: the campaign, each KPI's label wrapped beside its bar.

A chart's category axis elides long labels ("防晒季带货 Sunscreen s… · Sto…") and gives them at most a third of the
width; KPI labels are sentences written by people, in either language, so they wrap here instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from kolcrm.core.campaigns.dashboard import CampaignKpis
from kolcrm.ui.dashboard.axes import readable_number


class KpiProgressView(QScrollArea):
    """The KPI progress of planned and launched campaigns; set_campaigns() replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiProgressChart")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.labels: list[QLabel] = []
        self.bars: list[QProgressBar] = []
        self.setWidget(QWidget())

    def set_campaigns(self, campaigns: list[CampaignKpis]) -> None:
        self.labels, self.bars = [], []
        page = QWidget()
        page.setObjectName("kpiProgressPage")
        page.setStyleSheet("#kpiProgressPage { background: white; }")
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 6, 8, 6)
        for campaign in campaigns:
            heading = QLabel(f"<b>{_escaped(campaign.name)}</b>")
            heading.setWordWrap(True)
            column.addWidget(heading)
            grid = QGridLayout()
            grid.setContentsMargins(12, 0, 0, 8)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
            for row, kpi in enumerate(campaign.kpis):
                shown = self.tr("not measured") if kpi.percent is None else readable_number(kpi.percent, 1, 1) + "%"
                tip = self.tr("{campaign} · {kpi}: {progress}").format(
                    campaign=campaign.name, kpi=kpi.label, progress=shown
                )
                label = QLabel(kpi.label)
                label.setWordWrap(True)
                label.setToolTip(tip)
                bar = QProgressBar()
                bar.setRange(0, 100)
                bar.setValue(round(min(kpi.percent or 0.0, 100.0)))  # full at 100; its text still says 150%
                bar.setFormat(shown)
                bar.setTextVisible(True)
                bar.setToolTip(tip)
                grid.addWidget(label, row, 0)
                grid.addWidget(bar, row, 1)
                self.labels.append(label)
                self.bars.append(bar)
            column.addLayout(grid)
        column.addStretch(1)
        old = self.takeWidget()
        self.setWidget(page)
        if old is not None:
            old.deleteLater()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
