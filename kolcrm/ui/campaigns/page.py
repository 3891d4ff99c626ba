"""A campaign's page: goal and KPIs against actuals, results, its deals, one timeline, readiness and warnings."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.records import CampaignRecord
from kolcrm.core.campaigns.results import Results, campaign_results, deal_results
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.list_query import DealFilter, list_deals
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.numbers import parse_quantity
from kolcrm.core.vocabulary import Goal, Stage
from kolcrm.ui import prompts
from kolcrm.ui.campaigns import formatting as fmt
from kolcrm.ui.campaigns import kpi_panel, timeline
from kolcrm.ui.campaigns.kpi_panel import ACTUAL_COLUMN
from kolcrm.ui.campaigns.metrics_dialog import MetricsDialog
from kolcrm.ui.campaigns.timeline import TimelineEntry
from kolcrm.ui.widgets.display import pick_row_table


class CampaignPage(QWidget):
    changed = Signal(int)  # campaign id: its deals, checklist, manual actuals or results changed
    open_collaboration_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: CampaignRecord | None = None
        self.deal_ids: list[int] = []
        self.timeline_entries: list[TimelineEntry] = []
        self.metrics_dialog: MetricsDialog | None = None
        self._filling = False
        self.header = QLabel()
        self.header.setObjectName("campaignHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("campaignWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setStyleSheet(f"color: {fmt.WARNING_COLOUR}; background: #fdecec; padding: 6px;")

        self.kpis = _table(
            (self.tr("KPI"), self.tr("Target"), self.tr("Actual"), self.tr("Progress"), self.tr("Variance"))
        )
        self.kpis.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        kpi_header = self.kpis.horizontalHeader()
        kpi_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4):  # figures are never cut (a long variance such as -160,000 was)
            kpi_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        kpi_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        kpi_header.resizeSection(3, 110)
        self.kpis.itemChanged.connect(self._kpi_edited)
        self.result_labels: dict[str, QLabel] = {}

        self.readiness = _table((self.tr("Done"), self.tr("Item"), self.tr("Owner")))
        self.readiness.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.readiness.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.readiness.itemChanged.connect(self._readiness_edited)

        self.deals = _table(
            (self.tr("KOL"), self.tr("Collaboration"), self.tr("Stage"), self.tr("Cost"), self.tr("ROI"))
        )
        self.deals.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.deals.doubleClicked.connect(lambda _index: self.open_current_deal())
        self.deals.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.add_deal_button = QPushButton(self.tr("Add collaboration…"))
        self.remove_deal_button = QPushButton(self.tr("Remove from campaign"))
        self.open_deal_button = QPushButton(self.tr("Open"))
        self.add_deal_button.clicked.connect(self.add_deal)
        self.remove_deal_button.clicked.connect(self.remove_current_deal)
        self.open_deal_button.clicked.connect(self.open_current_deal)

        self.timeline = _table((self.tr("Date"), self.tr("Who"), self.tr("Channel"), self.tr("What"), self.tr("State")))
        self.timeline.setObjectName("campaignTimeline")
        self.timeline.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.timeline.doubleClicked.connect(lambda _index: self.capture_results())
        self.capture_button = QPushButton(self.tr("Capture results…"))
        self.capture_button.setToolTip(self.tr("Results of the selected published KOL post (T+7, T+21…)"))
        self.capture_button.clicked.connect(self.capture_results)
        legend = QLabel(
            self.tr('<span style="background:{0}">&nbsp;Brand channel&nbsp;</span>&nbsp; '
                    '<span style="background:{1}">&nbsp;KOL post&nbsp;</span>').format(
                fmt.BRAND_POST_COLOUR, fmt.KOL_POST_COLOUR)
        )  # fmt: skip

        kpi_box = _group(self.tr("Goal and KPIs: targets vs actuals"), self.kpis)
        kpi_box.layout().addWidget(QLabel(self.tr("Double-click a manual actual to enter it.")))
        results_box = _group(self.tr("Results"))
        results_box.layout().addLayout(kpi_panel.results_form(self.result_labels))
        readiness_box = self.readiness_box = _group(self.tr("Readiness for the sales influx"), self.readiness)
        deals_box = _group(self.tr("Collaborations in the campaign"), self.deals)
        deal_buttons = QHBoxLayout()
        for button in (self.add_deal_button, self.remove_deal_button, self.open_deal_button):
            deal_buttons.addWidget(button)
        deal_buttons.addStretch(1)
        deals_box.layout().addLayout(deal_buttons)
        timeline_box = _group(self.tr("Timeline: brand channels and KOL posts"), self.timeline)
        timeline_row = QHBoxLayout()
        timeline_row.addWidget(legend)
        timeline_row.addStretch(1)
        timeline_row.addWidget(self.capture_button)
        timeline_box.layout().addLayout(timeline_row)

        left = QVBoxLayout()
        left.addWidget(kpi_box, 3)
        left.addWidget(results_box)
        left.addWidget(readiness_box, 3)
        right = QVBoxLayout()
        right.addWidget(deals_box, 2)
        right.addWidget(timeline_box, 4)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.warnings)
        layout.addLayout(columns, 1)
        self.show_campaign(None)

    # -- showing -------------------------------------------------------------------------------------------
    def show_campaign(self, campaign_id: int | None) -> None:
        record = None
        if campaign_id is not None:
            try:
                record = campaigns.get_campaign(campaign_id)
            except NotFoundError:
                record = None
        self.record = record
        self.setEnabled(record is not None)
        self._filling = True
        if record is None:
            nothing = self.tr("No campaign selected")
            self.header.setText(f"<h2>{html.escape(nothing)}</h2>")
            self.warnings.hide()
            for table in (self.kpis, self.readiness, self.deals, self.timeline):
                table.setRowCount(0)
            self.deal_ids, self.timeline_entries = [], []
            for label in self.result_labels.values():
                label.setText(fmt.DASH)
        else:
            self.deal_ids = campaigns.campaign_deal_ids(record.id or 0)
            results = campaign_results(record.id or 0)
            self._show_header(record, results)
            self._show_kpis(record, results)
            self._show_results(record, results)
            self._show_readiness(record)
            self._show_deals(record)
            self._show_timeline(record)
            self._show_warnings(record, results)
        self._filling = False
        self._update_buttons()

    def reload(self) -> None:
        self.show_campaign(self.record.id if self.record else None)

    def _show_header(self, record: CampaignRecord, results: Results) -> None:
        goal = Goal(record.goal).label
        budget = fmt.money(record.budget, record.currency)
        parts = [record.brand_name, goal, record.product, fmt.span(record.start_on, record.end_on)]
        line = " · ".join(html.escape(p) for p in parts if p)
        status = html.escape(record.status.label)
        money = self.tr("Budget {0} · spend {1}").format(budget, fmt.money(results.cost, record.currency))
        self.header.setText(
            f"<h2 style='margin:0'>{html.escape(record.name)} <span style='font-size:small;color:#555'>"
            f"[{status}]</span></h2>{line}<br>{html.escape(money)}"
            + (f"<br><i>{html.escape(record.notes)}</i>" if record.notes else "")
        )

    def _show_kpis(self, record: CampaignRecord, results: Results) -> None:
        kpi_panel.fill_kpis(self.kpis, record, results)

    def progress_bar(self, row: int) -> QProgressBar:
        return kpi_panel.progress_bar(self.kpis, row)

    def _show_results(self, record: CampaignRecord, results: Results) -> None:
        kpi_panel.fill_results(self.result_labels, record, results)

    def _show_readiness(self, record: CampaignRecord) -> None:
        self.readiness_box.setTitle(
            self.tr("Readiness for the sales influx")
            if campaigns.needs_sales_readiness(record.goal)
            else self.tr("Readiness checklist (optional for this goal)")
        )
        self.readiness.setRowCount(len(record.readiness))
        for row, item in enumerate(record.readiness):
            done = QTableWidgetItem()
            done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            done.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            text = QTableWidgetItem(item.item)
            text.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if not item.done:
                text.setForeground(QBrush(QColor(fmt.WARNING_COLOUR)))
            owner = QTableWidgetItem(item.owner)
            owner.setToolTip(self.tr("Double-click to name who is responsible"))
            for column, cell in enumerate((done, text, owner)):
                self.readiness.setItem(row, column, cell)
        self.readiness.setColumnWidth(0, 48)

    def _show_deals(self, record: CampaignRecord) -> None:
        self.deals.setRowCount(len(self.deal_ids))
        for row, deal_id in enumerate(self.deal_ids):
            deal = collaborations.get_collaboration(deal_id)
            results = deal_results(deal_id)
            values = (deal.kol_name, deal.title, Stage(deal.stage).label,
                      fmt.money(results.cost, deal.currency), fmt.percent(results.roi, 100))  # fmt: skip
            for column, value in enumerate(values):
                self.deals.setItem(row, column, QTableWidgetItem(value))

    def _show_timeline(self, record: CampaignRecord) -> None:
        self.timeline_entries = timeline.entries(record, self.deal_ids)
        timeline.fill(self.timeline, self.timeline_entries)

    def _show_warnings(self, record: CampaignRecord, results: Results | None = None) -> None:
        warnings = list(campaigns.alignment_warnings(record))
        if results is not None and results.other_currency_deals:
            warnings.append(
                self.tr(
                    "%n deals paid in another currency than {0} are left out of the results",
                    "",
                    results.other_currency_deals,
                ).format(record.currency)
            )
        missing = campaigns.readiness_missing(record)
        if missing:
            warnings.append(self.tr("Not ready for the sales influx: {0}").format("; ".join(missing)))
        self.warnings.setText("<br>".join(f"⚠ {html.escape(w)}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    # -- actions -------------------------------------------------------------------------------------------
    def add_deal(self) -> None:
        if self.record is None:
            return
        choices = [
            (str(row.id), f"{row.kol_name} · {row.title} ({row.stage.label})")
            for row in list_deals(DealFilter(brand_id=self.record.brand_id))
            if row.id not in self.deal_ids and row.stage is not Stage.CANCELLED
        ]
        if not choices:
            prompts.info(self, self.tr("Add collaboration"),
                         self.tr("Every collaboration of {0} is already in this campaign.").format(
                             self.record.brand_name))  # fmt: skip
            return
        label = self.tr("A collaboration of {0} (one in another campaign moves here):").format(self.record.brand_name)
        chosen = prompts.ask_choice(self, self.tr("Add collaboration"), label, choices)
        if chosen is not None:
            self._act(lambda: campaigns.set_campaign(int(chosen), self.record.id if self.record else None))

    def remove_current_deal(self) -> None:
        row = self.deals.currentRow()
        if 0 <= row < len(self.deal_ids):
            deal_id = self.deal_ids[row]
            self._act(lambda: campaigns.set_campaign(deal_id, None))

    def open_current_deal(self) -> None:
        row = self.deals.currentRow()
        if 0 <= row < len(self.deal_ids):
            self.open_collaboration_requested.emit(self.deal_ids[row])

    def current_entry(self) -> TimelineEntry | None:
        row = self.timeline.currentRow()
        return self.timeline_entries[row] if 0 <= row < len(self.timeline_entries) else None

    def capture_results(self) -> MetricsDialog | None:
        entry = self.current_entry()
        if entry is None or not entry.published or entry.deliverable_id is None:
            return None
        if self.metrics_dialog is not None:
            self.metrics_dialog.deleteLater()
        self.metrics_dialog = MetricsDialog(entry.deliverable_id, parent=self)
        self.metrics_dialog.captured.connect(lambda _id: self._after_change())
        self.metrics_dialog.open()
        return self.metrics_dialog

    def _kpi_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.record is None or item.column() != ACTUAL_COLUMN:
            return
        record = campaigns.get_campaign(self.record.id or 0)
        try:
            record.kpis[item.row()].manual_actual = parse_quantity(item.text())
        except (ValueError, IndexError):
            prompts.error(self, self.tr("Not a number"), self.tr("“{0}” is not a number").format(item.text()))
            QTimer.singleShot(0, self.reload)
            return
        self._act(lambda: campaigns.save_campaign(record), deferred=True)

    def _readiness_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.record is None:
            return
        record = campaigns.get_campaign(self.record.id or 0)
        if not 0 <= item.row() < len(record.readiness):
            return
        entry = record.readiness[item.row()]
        if item.column() == 0:
            entry.done = item.checkState() == Qt.CheckState.Checked
        elif item.column() == 2:
            entry.owner = item.text()
        else:
            return
        self._act(lambda: campaigns.save_campaign(record), deferred=True)

    def _act(self, action: Callable[[], object], deferred: bool = False) -> None:
        try:
            action()
        except (ValidationError, NotFoundError) as exc:
            message = exc.message if isinstance(exc, ValidationError) else str(exc)
            prompts.error(self, self.tr("Not saved"), message)
        self._after_change(deferred)

    def _after_change(self, deferred: bool = False) -> None:
        campaign_id = self.record.id if self.record else None
        if deferred:  # an edit in a table: rebuilding the table inside its own itemChanged is unsafe
            QTimer.singleShot(0, self.reload)
        else:
            self.reload()
        if campaign_id is not None:
            self.changed.emit(campaign_id)

    def _update_buttons(self) -> None:
        has_deal = 0 <= self.deals.currentRow() < len(self.deal_ids)
        self.remove_deal_button.setEnabled(has_deal)
        self.open_deal_button.setEnabled(has_deal)
        entry = self.current_entry()
        self.capture_button.setEnabled(entry is not None and entry.published)


def _table(headers: tuple[str, ...]) -> QTableWidget:
    """A pick-a-row table with these (already translated) headers."""
    return pick_row_table(list(headers), stretch_last=False)


def _group(title: str, widget: QWidget | None = None) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    if widget is not None:
        layout.addWidget(widget, 1)
    return box
