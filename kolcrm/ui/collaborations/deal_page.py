"""The editor's Deal tab: parties, terms and fee inputs, each with the label that shows its problem."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.brands import service as brands
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.vocabulary import DealChannel, Stage
from kolcrm.ui.collaborations.deliverables_table import WARNING_STYLE
from kolcrm.ui.collaborations.tax_box import TaxInputs
from kolcrm.ui.widgets.optional_date import OptionalDate

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD", "JPY")
# Field key → placeholder (an example of what goes in); the row labels are set where the form is laid out.
_TEXT_FIELDS = (
    ("title", "花西子 × 李佳琦 春季口红"),
    ("campaign_name", QT_TRANSLATE_NOOP("DealPage", "618 · 双11 · spring launch")),
    ("exclusivity_category", QT_TRANSLATE_NOOP("DealPage", "lipstick, colour cosmetics")),
    ("usage_rights", QT_TRANSLATE_NOOP("DealPage", "brand may repost on its own channels and in ads")),
    ("payment_terms", QT_TRANSLATE_NOOP("DealPage", "50 % on signing, 50 % within 30 days of publishing")),
    ("service_fee_pct", "0"),
    ("rebate_pct", "0"),
    ("requested_fee", QT_TRANSLATE_NOOP("DealPage", "what the KOL asked: 30,000 · 3万 · ¥30,000")),
    ("agreed_fee", QT_TRANSLATE_NOOP("DealPage", "what the brand will pay")),
    ("discount_note", QT_TRANSLATE_NOOP("DealPage", "what the KOL said when they offered it")),
    ("tax_rate", QT_TRANSLATE_NOOP("DealPage", "e.g. 6 (blank: not stated)")),
)
_LITERAL_PLACEHOLDERS = {"title", "service_fee_pct", "rebate_pct"}  # the same in every language
RED = "color: #b00020;"


class DealPage(QWidget):
    """The inputs only: the editor reads them, validates and shows problems in `errors` (keyed by field)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.brand = QComboBox()
        self.brand.addItem(self.tr("Choose a brand…"), None)
        for record in brands.list_brands():
            self.brand.addItem(record.name, record.id)
        self.kol = QLineEdit()
        self.kol.setObjectName("kol")
        self.kol.setPlaceholderText(self.tr("Type part of a KOL's name"))
        self.kol_choices = QStringListModel(self)
        completer = QCompleter(self.kol_choices, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.kol.setCompleter(completer)
        self.stage = QComboBox()
        for stage in Stage:
            self.stage.addItem(stage.label, stage.value)
        self.start_on = OptionalDate()
        self.end_on = OptionalDate()
        self.channel = QComboBox()
        for channel in DealChannel:
            self.channel.addItem(channel.label, channel.value)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setMaximumWidth(90)
        self.kol_offered_discount = QCheckBox(self.tr("The KOL offered this discount"))
        self.exclusivity_days_before = _spin(0, 3650, self.tr(" days before"))
        self.exclusivity_days_after = _spin(0, 3650, self.tr(" days after"))
        self.usage_rights_months = _spin(0, 1200, self.tr(" months"))
        self.review_window_hours = _spin(0, 1440, self.tr(" hours"))
        self.review_window_hours.setValue(72)
        self.review_window_hours.setToolTip(self.tr("How long the brand has to review each draft"))
        self.usage_rights_months.setSpecialValueText(self.tr("no term"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        for key, placeholder in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText(placeholder if key in _LITERAL_PLACEHOLDERS else self.tr(placeholder))
            self.fields[key] = edit
        for key in ("service_fee_pct", "rebate_pct"):
            self.fields[key].setMaximumWidth(90)
        self.tax = TaxInputs(self)
        self.tax.hide()

        self.fee_policy_message = QLabel()
        self.fee_policy_message.setObjectName("feePolicyMessage")
        self.fee_policy_message.setStyleSheet(RED)
        self.fee_policy_message.setWordWrap(True)
        self.fee_hint = QLabel()
        self.fee_hint.setObjectName("feeHint")
        self.fee_hint.setStyleSheet("color: #555;")
        self.fee_hint.setWordWrap(True)
        self.rate_hint = QLabel()
        self.rate_hint.setObjectName("rateCardHint")
        self.rate_hint.setStyleSheet("color: #555; font-size: 11px;")
        self.rate_hint.setWordWrap(True)
        self.rate_hint.hide()
        self.schedule_warning = QLabel()
        self.schedule_warning.setObjectName("scheduleWarning")
        self.schedule_warning.setStyleSheet(WARNING_STYLE)
        self.schedule_warning.setWordWrap(True)
        self.schedule_warning.hide()
        self.true_cost_label = QLabel()
        self.true_cost_label.setObjectName("trueCost")
        self.true_cost_label.setWordWrap(True)
        self.fields["discount_note"].setEnabled(False)
        self.kol_offered_discount.toggled.connect(self.fields["discount_note"].setEnabled)
        self._lay_out()

    def _lay_out(self) -> None:
        parties = QFormLayout()
        self._add_row(parties, "brand_id", self.tr("Brand *"), self.brand)
        self._add_row(parties, "kol_id", self.tr("KOL *"), self.kol)
        self._add_row(parties, "title", self.tr("Title *"), self.fields["title"])
        self._add_row(parties, "campaign_name", self.tr("Campaign"), self.fields["campaign_name"])
        self._add_row(parties, "stage", self.tr("Stage"), self.stage)
        self._add_row(parties, "start_on", self.tr("Starts"), self.start_on)
        self._add_row(parties, "end_on", self.tr("Ends"), self.end_on)
        parties.addRow(self.schedule_warning)
        fees = QFormLayout()
        self._add_row(fees, "channel", self.tr("Channel"), self.channel)
        percents = QHBoxLayout()
        percents.addWidget(self.fields["service_fee_pct"])
        percents.addWidget(QLabel(self.tr("Rebate % (返点)")))
        percents.addWidget(self.fields["rebate_pct"])
        percents.addStretch(1)
        self._add_row(fees, "service_fee_pct", self.tr("Service fee %"), percents)
        self._add_row(fees, "currency", self.tr("Currency"), self.currency)
        self._add_row(fees, "requested_fee", self.tr("Requested fee"), self.fields["requested_fee"])
        fees.addRow("", self.rate_hint)
        self._add_row(fees, "agreed_fee", self.tr("Agreed fee"), self.fields["agreed_fee"])
        fees.addRow("", self.kol_offered_discount)
        self._add_row(fees, "discount_note", self.tr("Discount note"), self.fields["discount_note"])
        fees.addRow(self.fee_policy_message)
        fees.addRow(self.fee_hint)
        fees.addRow(self.true_cost_label)
        self.errors["rebate_pct"] = self.errors["service_fee_pct"]  # one row holds both percentages
        left = QVBoxLayout()
        left.addWidget(_group(self.tr("Parties"), parties))
        left.addWidget(_group(self.tr("Terms"), self._terms_form()))
        left.addWidget(_group(self.tr("Tax and invoice"), self._tax_form()))
        left.addStretch(1)
        notes = QVBoxLayout()
        notes.addWidget(self.notes)
        self.errors["notes"] = QLabel()
        self.errors["notes"].setStyleSheet(f"{RED} font-size: 11px;")
        notes.addWidget(self.errors["notes"])
        right = QVBoxLayout()
        right.addWidget(_group(self.tr("Fee"), fees))
        right.addWidget(_group(self.tr("Notes"), notes), 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def _terms_form(self) -> QFormLayout:
        form = QFormLayout()
        self._add_row(form, "exclusivity_category", self.tr("Exclusive category"), self.fields["exclusivity_category"])
        days = QHBoxLayout()
        days.addWidget(self.exclusivity_days_before)
        days.addWidget(self.exclusivity_days_after)
        days.addStretch(1)
        self._add_row(form, "exclusivity_days_before", self.tr("Exclusivity"), days)
        self.errors["exclusivity_days_after"] = self.errors["exclusivity_days_before"]
        rights = QHBoxLayout()
        rights.addWidget(self.fields["usage_rights"], 1)
        rights.addWidget(self.usage_rights_months)
        self._add_row(form, "usage_rights", self.tr("Usage rights"), rights)
        self.errors["usage_rights_months"] = self.errors["usage_rights"]
        self._add_row(form, "payment_terms", self.tr("Payment terms"), self.fields["payment_terms"])
        self._add_row(form, "review_window_hours", self.tr("Draft review"), self.review_window_hours)
        return form

    def _tax_form(self) -> QFormLayout:
        form = QFormLayout()
        rate = QHBoxLayout()
        rate.addWidget(self.tax.includes_tax)
        rate.addWidget(QLabel(self.tr("Rate %")))
        rate.addWidget(self.fields["tax_rate"])
        self.fields["tax_rate"].setMaximumWidth(150)
        self._add_row(form, "tax_rate", self.tr("Tax"), rate)
        self._add_row(form, "invoice_type", self.tr("Invoice"), self.tax.invoice_type)
        self._add_row(form, "invoice_issuer", self.tr("Issued by"), self.tax.invoice_issuer)
        self._add_row(form, "withholds_income_tax", "", self.tax.withholds)
        return form

    def _add_row(self, form: QFormLayout, key: str, label: str, field: QWidget | QHBoxLayout) -> None:
        error = QLabel()
        error.setObjectName(f"{key}_error")
        error.setStyleSheet(f"{RED} font-size: 11px;")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        if isinstance(field, QWidget):
            box.addWidget(field)
        else:
            box.addLayout(field)
        box.addWidget(error)
        form.addRow(label, box)
        self.errors[key] = error


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setMinimumWidth(130)
    return spin


def _group(title: str, form: QFormLayout | QVBoxLayout) -> QGroupBox:
    group = QGroupBox(title)
    group.setLayout(form)
    return group
