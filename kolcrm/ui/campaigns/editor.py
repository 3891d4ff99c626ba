"""The campaign editor: brand, goal with its proposed KPIs, dates and budget, brand posts and readiness."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.brands import service as brands
from kolcrm.core.campaigns import service as campaigns
from kolcrm.core.campaigns.records import CampaignRecord
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.numbers import parse_quantity
from kolcrm.core.store.versions import EditConflict
from kolcrm.core.vocabulary import CampaignStatus, Goal
from kolcrm.ui import prompts
from kolcrm.ui.campaigns.editor_tables import BrandPostsTable, KpiTable, ReadinessTable
from kolcrm.ui.campaigns.formatting import number
from kolcrm.ui.kols import conflict_dialog
from kolcrm.ui.widgets.optional_date import OptionalDate

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP")
ERROR_STYLE = "border: 1px solid #b3261e;"


class CampaignEditor(QDialog):
    saved = Signal(int)

    def __init__(
        self, campaign_id: int | None = None, brand_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.campaign_id = campaign_id
        self.read_version: int | None = None
        self.setWindowTitle(self.tr("New campaign") if campaign_id is None else self.tr("Edit campaign"))
        self.resize(860, 640)
        self._loading = True
        self._proposed_for: Goal | None = None
        self.error_label = QLabel()
        self.error_label.setObjectName("campaignErrors")
        self.error_label.setStyleSheet("color: #b3261e; background: #fdecec; padding: 6px; border-radius: 3px;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.brand = QComboBox()
        self.brand.addItem(self.tr("Choose a brand…"), None)
        for brand in brands.list_brands():
            self.brand.addItem(brand.name, brand.id)
        self.name = QLineEdit()
        self.name.setObjectName("campaignName")
        self.product = QLineEdit()
        self.product.setPlaceholderText(self.tr("Product or product line"))
        self.goal = QComboBox()
        self.goal.addItem(self.tr("Choose a goal…"), None)
        for goal in Goal:
            self.goal.addItem(goal.label, goal.value)
        self.start_on = OptionalDate()
        self.end_on = OptionalDate()
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("e.g. 150,000 or 15万"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.status = QComboBox()
        for status in CampaignStatus:
            self.status.addItem(status.label, status.value)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.kpis = KpiTable()
        self.brand_posts = BrandPostsTable()
        self.readiness = ReadinessTable()

        money = QHBoxLayout()
        money.addWidget(self.budget, 1)
        money.addWidget(self.currency)
        dates = QHBoxLayout()
        dates.addWidget(self.start_on)
        dates.addWidget(QLabel("→"))
        dates.addWidget(self.end_on)
        form = QFormLayout()
        form.addRow(self.tr("Brand:"), self.brand)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Product:"), self.product)
        form.addRow(self.tr("Goal:"), self.goal)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Budget:"), money)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Notes:"), self.notes)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("Campaign"))
        self.tabs.addTab(self.kpis, self.tr("KPIs"))
        self.tabs.addTab(self.brand_posts, self.tr("Brand posts"))
        self.tabs.addTab(self.readiness, self.tr("Readiness"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.goal.currentIndexChanged.connect(self._goal_changed)
        self.name.textChanged.connect(self._revalidate)
        self.budget.textChanged.connect(self._revalidate)
        self.brand.currentIndexChanged.connect(self._revalidate)
        for widget in (self.start_on, self.end_on, self.kpis, self.brand_posts, self.readiness):
            widget.changed.connect(self._revalidate)
        self.load(brand_id)

    # -- load / save ---------------------------------------------------------------------------------------
    def load(self, brand_id: int | None = None) -> None:
        self._loading = True
        if self.campaign_id is None:
            self.brand.setCurrentIndex(max(self.brand.findData(brand_id), 0) if brand_id is not None else 0)
            self.readiness.set_items(campaigns.default_readiness())
        else:
            record = campaigns.get_campaign(self.campaign_id)
            self.read_version = record.row_version  # a save over a newer change is refused (see save)
            self.brand.setCurrentIndex(max(self.brand.findData(record.brand_id), 0))
            self.name.setText(record.name)
            self.product.setText(record.product)
            self.goal.setCurrentIndex(max(self.goal.findData(Goal(record.goal).value), 0))
            self._proposed_for = None  # the stored KPIs are the user's, never replaced silently
            self.start_on.set_value(record.start_on)
            self.end_on.set_value(record.end_on)
            self.budget.setText(number(record.budget).replace(",", "") if record.budget is not None else "")
            self.currency.setCurrentText(record.currency)
            self.status.setCurrentIndex(max(self.status.findData(CampaignStatus(record.status).value), 0))
            self.notes.setPlainText(record.notes)
            self.kpis.set_kpis(record.kpis)
            self.brand_posts.set_posts(record.brand_posts)
            self.readiness.set_items(record.readiness)
        self._loading = False
        self._revalidate()

    def record(self) -> tuple[CampaignRecord, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        brand_id = self.brand.currentData()
        goal = self.goal.currentData()
        if brand_id is None:
            problems.append(FieldProblem("brand_id", self.tr("Choose the brand of the campaign")))
        if not self.name.text().strip():
            problems.append(FieldProblem("name", self.tr("Give the campaign a name")))
        if goal is None:
            problems.append(FieldProblem("goal", self.tr("Choose the campaign's goal")))
        budget: Decimal | None = None
        try:
            budget = parse_quantity(self.budget.text())
        except ValueError:
            problems.append(FieldProblem("budget", self.tr("Budget: “{0}” is not a number").format(self.budget.text())))
        kpis, kpi_problems = self.kpis.kpis()
        posts, post_problems = self.brand_posts.posts()
        problems += kpi_problems + post_problems
        record = CampaignRecord(
            brand_id=brand_id or 0, name=self.name.text(), goal=Goal(goal) if goal else Goal.AWARENESS,
            product=self.product.text(), start_on=self.start_on.value(), end_on=self.end_on.value(), budget=budget,
            currency=self.currency.currentText().strip().upper(), status=CampaignStatus(self.status.currentData()),
            notes=self.notes.toPlainText(), kpis=kpis, brand_posts=posts, readiness=self.readiness.items(),
            id=self.campaign_id,
            row_version=self.read_version,
        )  # fmt: skip
        return record, problems

    def save(self, overwrite: bool = False) -> int | None:
        record, problems = self.record()
        if problems:
            self._show_problems(problems)
            return None
        try:
            try:
                campaign_id = campaigns.save_campaign(record, overwrite=overwrite)
            except campaigns.ReadinessIncomplete as exc:
                if not confirm_unready_launch(self, exc):
                    return None
                campaign_id = campaigns.save_campaign(record, confirmed_unready=True, overwrite=overwrite)
        except EditConflict as exc:  # someone saved this campaign since it was opened
            conflict_dialog.settle(self, exc, self.load, lambda: self.save(overwrite=True))
            return None
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return None
        except NotFoundError as exc:
            self._show_problems([FieldProblem("", str(exc))])
            return None
        self.campaign_id = campaign_id
        self.saved.emit(campaign_id)
        self.accept()
        return campaign_id

    # -- internals -----------------------------------------------------------------------------------------
    def _goal_changed(self) -> None:
        goal = self.goal.currentData()
        if not self._loading and goal is not None:
            current = [k.metric for k in self.kpis.kpis()[0]]
            untouched = not current or (
                self._proposed_for is not None
                and current == [k.metric for k in campaigns.propose_kpis(self._proposed_for)]
            )
            question = self.tr("Replace the KPIs with the ones proposed for “{0}”?").format(self.goal.currentText())
            if untouched or prompts.confirm(self, self.tr("Proposed KPIs"), question, self.tr("Replace")):
                self.kpis.set_kpis(campaigns.propose_kpis(Goal(goal)))
                self._proposed_for = Goal(goal)
                self.tabs.setTabText(1, self.tr("KPIs ({0})").format(self.kpis.table.rowCount()))
        self._revalidate()

    def _revalidate(self) -> None:
        if self._loading:
            return
        _record, problems = self.record()
        required = {"brand_id", "name", "goal"}
        self.save_button.setEnabled(not any(p.field in required for p in problems))
        # Missing required fields only disable Save; malformed entries are named as they are typed.
        self._show_problems([p for p in problems if p.field not in required])

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        fields = {p.field for p in problems}
        for key, widget in (("name", self.name), ("budget", self.budget), ("currency", self.currency)):
            widget.setStyleSheet(ERROR_STYLE if key in fields else "")
        self.error_label.setText("\n".join(dict.fromkeys(p.message for p in problems)))
        self.error_label.setVisible(bool(problems))


def confirm_unready_launch(parent: QWidget, exc: campaigns.ReadinessIncomplete) -> bool:
    """Ask before launching with an unfinished checklist, naming every unchecked item."""
    missing = "\n".join(f"• {item}" for item in exc.missing)
    text = QCoreApplication.translate(
        "CampaignEditor", "The readiness checklist is not complete:\n\n{0}\n\nLaunch the campaign anyway?"
    ).format(missing)
    return prompts.confirm(
        parent,
        QCoreApplication.translate("CampaignEditor", "Launch campaign"),
        text,
        QCoreApplication.translate("CampaignEditor", "Launch anyway"),
    )
