"""Add or edit a risk of a KOL or of one of their deals: likelihood × impact, mitigation, owner, review."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from kolcrm.core.care import risks
from kolcrm.core.care.records import RiskRecord
from kolcrm.core.vocabulary import RiskCategory, RiskStatus
from kolcrm.ui.kols.care_forms import RED, CareDialog, deal_combo
from kolcrm.ui.widgets.optional_date import OptionalDate


class RiskDialog(CareDialog):
    def __init__(self, kol_id: int, record: RiskRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.kol_id = kol_id
        self.record = record
        self.setWindowTitle(self.tr("Add risk") if record is None else self.tr("Edit risk"))
        self.resize(560, 480)
        self.category = QComboBox()
        for category in RiskCategory:
            self.category.addItem(category.label, category.value)
        self.description = QLineEdit()
        self.description.setObjectName("riskDescription")
        self.description.setPlaceholderText(self.tr("e.g. 粉丝数据异常: follower spike in March"))
        self.likelihood = QSpinBox()
        self.impact = QSpinBox()
        for spin in (self.likelihood, self.impact):
            spin.setRange(1, 5)
            spin.setValue(2)
            spin.valueChanged.connect(self._show_severity)
        self.severity = QLabel()
        self.severity.setObjectName("riskSeverity")
        rating = QWidget()
        row = QHBoxLayout(rating)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Likelihood")))
        row.addWidget(self.likelihood)
        row.addWidget(QLabel("×  " + self.tr("Impact")))
        row.addWidget(self.impact)
        row.addWidget(self.severity, 1)
        self.mitigation = QPlainTextEdit()
        self.mitigation.setMaximumHeight(80)
        self.mitigation.setPlaceholderText(
            self.tr("What we do about it, e.g. third-party audience audit before signing")
        )
        self.owner = QLineEdit()
        self.review_on = OptionalDate()
        self.status = QComboBox()
        for status in RiskStatus:
            self.status.addItem(status.label, status.value)
        self.deal = deal_combo(kol_id, record.collaboration_id if record else None)
        self.deal.setItemText(0, self.tr("— the KOL (every deal) —"))
        self.add_field("category", self.tr("Category"), self.category)
        self.add_field("description", self.tr("Description"), self.description)
        self.add_field("likelihood", self.tr("Rating (1–5)"), rating)
        self.add_field("mitigation", self.tr("Mitigation"), self.mitigation)
        self.add_field("owner", self.tr("Owner"), self.owner)
        self.add_field("review_on", self.tr("Review on"), self.review_on)
        self.add_field("status", self.tr("Status"), self.status)
        self.add_field("collaboration_id", self.tr("Concerns"), self.deal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if record is not None:
            self.fill(record)
        self._show_severity()

    def reread(self) -> RiskRecord | None:
        return risks.get_risk(self.record.id) if self.record and self.record.id is not None else None

    def fill(self, record: object) -> None:
        assert isinstance(record, RiskRecord)
        self.record = record
        self.category.setCurrentIndex(max(self.category.findData(str(record.category)), 0))
        self.description.setText(record.description)
        self.likelihood.setValue(record.likelihood)
        self.impact.setValue(record.impact)
        self.mitigation.setPlainText(record.mitigation)
        self.owner.setText(record.owner)
        self.review_on.set_value(record.review_on)
        self.status.setCurrentIndex(max(self.status.findData(str(record.status)), 0))

    def _show_severity(self) -> None:
        product = self.likelihood.value() * self.impact.value()
        text = self.tr("= {0} of 25").format(product)
        if product >= risks.SEVERE:
            text += "  ⚠ " + self.tr("severe: contracting will ask for confirmation")
            self.severity.setStyleSheet(f"color: {RED}; font-weight: bold;")
        else:
            self.severity.setStyleSheet("")
        self.severity.setText(text)

    def store(self, overwrite: bool = False) -> int:
        deal_id = self.deal.currentData()
        record = RiskRecord(
            category=RiskCategory(self.category.currentData()),
            description=self.description.text(),
            likelihood=self.likelihood.value(),
            impact=self.impact.value(),
            # A deal's risk belongs to that deal only; a KOL's risk weighs on every deal with them.
            kol_id=None if deal_id is not None else self.kol_id,
            collaboration_id=deal_id,
            mitigation=self.mitigation.toPlainText(),
            owner=self.owner.text(),
            review_on=self.review_on.value(),
            status=RiskStatus(self.status.currentData()),
            id=self.record.id if self.record else None,
            row_version=self.record.row_version if self.record else None,
        )
        return risks.save_risk(record, overwrite=overwrite)
