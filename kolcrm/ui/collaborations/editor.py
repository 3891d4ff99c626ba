"""The collaboration editor: parties, terms, fees with the first-deal rule live, deliverables and payments."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QStringListModel, Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import brands, collaborations, kol_picker
from kolcrm.core.deal_validation import validate_collaboration
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.fee_policy import fee_line, fee_policy_problem, is_first_collaboration
from kolcrm.core.money import to_text, true_cost
from kolcrm.core.numbers import format_money, parse_money, parse_quantity
from kolcrm.core.records import CollaborationRecord
from kolcrm.core.stages import explain, stage_blockers
from kolcrm.core.vocabulary import DealChannel, Stage
from kolcrm.ui.collaborations.deliverables_table import DeliverablesTable
from kolcrm.ui.collaborations.payments_table import PaymentsTable

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD", "JPY")
_TABLE_FIELD = re.compile(r"^(deliverables|payments)\[(\d+)\]\.(\w+)$")
_TEXT_FIELDS = (
    ("title", "Title *", "花西子 × 李佳琦 春季口红"),
    ("campaign_name", "Campaign", "618 · 双11 · spring launch"),
    ("exclusivity_category", "Exclusive category", "lipstick, colour cosmetics"),
    ("usage_rights", "Usage rights", "brand may repost on its own channels and in ads"),
    ("payment_terms", "Payment terms", "50 % on signing, 50 % within 30 days of publishing"),
    ("service_fee_pct", "Service fee %", "0"),
    ("rebate_pct", "Rebate % (返点)", "0"),
    ("requested_fee", "Requested fee", "what the KOL asked: 30,000 · 3万 · ¥30,000"),
    ("agreed_fee", "Agreed fee", "what the brand will pay"),
    ("discount_note", "Discount note", "what the KOL said when they offered it"),
)
_TABS = {"deal": 0, "deliverables": 1, "payments": 2}
_RED = "color: #b00020;"


class OptionalDate(QWidget):
    """A date that may be left open: the box ticks it on, the date edit picks it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.enabled.setChecked(value is not None)


class CollaborationEditor(QDialog):
    saved = Signal(int)

    def __init__(
        self,
        collaboration_id: int | None = None,
        kol_id: int | None = None,
        brand_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.collaboration_id = collaboration_id
        self.setWindowTitle(self.tr("New collaboration") if collaboration_id is None else self.tr("Edit collaboration"))
        self.resize(900, 700)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._loading = True
        self._stored_stage: Stage | None = None
        self._first: dict[tuple[int, int], bool] = {}
        self._kol_ids: list[int] = []
        self._build()
        self.load(kol_id, brand_id)

    # -- building ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.error_label = QLabel()
        self.error_label.setObjectName("collaborationErrors")
        self.error_label.setStyleSheet(f"{_RED} background: #fdecec; padding: 6px; border-radius: 3px;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.brand = QComboBox()
        self.brand.addItem(self.tr("Choose a brand…"), None)
        for record in brands.list_brands():
            self.brand.addItem(record.name, record.id)
        self.kol = QLineEdit()
        self.kol.setObjectName("kol")
        self.kol.setPlaceholderText(self.tr("Type part of a KOL's name"))
        self._kol_choices = QStringListModel(self)
        completer = QCompleter(self._kol_choices, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.kol.setCompleter(completer)
        self.stage = QComboBox()
        for stage in Stage:
            self.stage.addItem(self.tr(stage.label), stage.value)
        self.start_on = OptionalDate()
        self.end_on = OptionalDate()
        self.channel = QComboBox()
        for channel in DealChannel:
            self.channel.addItem(self.tr(channel.label), channel.value)
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
        for key, _label, placeholder in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText(self.tr(placeholder))
            self.fields[key] = edit
        for key in ("service_fee_pct", "rebate_pct"):
            self.fields[key].setMaximumWidth(90)

        self.fee_policy_message = QLabel()
        self.fee_policy_message.setObjectName("feePolicyMessage")
        self.fee_policy_message.setStyleSheet(_RED)
        self.fee_policy_message.setWordWrap(True)
        self.fee_hint = QLabel()
        self.fee_hint.setObjectName("feeHint")
        self.fee_hint.setStyleSheet("color: #555;")
        self.fee_hint.setWordWrap(True)
        self.true_cost_label = QLabel()
        self.true_cost_label.setObjectName("trueCost")
        self.true_cost_label.setWordWrap(True)

        self.deliverables = DeliverablesTable()
        self.payments = PaymentsTable()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._deal_page(), self.tr("Deal"))
        self.tabs.addTab(self.deliverables, self.tr("Deliverables"))
        self.tabs.addTab(self.payments, self.tr("Payments"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        for edit in self.fields.values():
            edit.textChanged.connect(self._revalidate)
        for key, edit in self.fields.items():
            edit.textEdited.connect(lambda _text, key=key: self._touch(key))
        self.kol.textEdited.connect(self._suggest_kols)
        self.kol.textChanged.connect(self._kol_changed)
        for combo in (self.brand, self.stage, self.channel):
            combo.currentIndexChanged.connect(self._revalidate)
        self.currency.currentTextChanged.connect(self._revalidate)
        for spin in (self.exclusivity_days_before, self.exclusivity_days_after, self.usage_rights_months):
            spin.valueChanged.connect(self._revalidate)
        self.review_window_hours.valueChanged.connect(self._revalidate)
        for widget in (self.start_on, self.end_on, self.deliverables, self.payments):
            widget.changed.connect(self._revalidate)
        self.fields["discount_note"].setEnabled(False)
        self.kol_offered_discount.toggled.connect(self.fields["discount_note"].setEnabled)
        self.kol_offered_discount.toggled.connect(self._revalidate)
        self.notes.textChanged.connect(self._revalidate)

    def _deal_page(self) -> QWidget:
        parties = QFormLayout()
        self._add_row(parties, "brand_id", self.tr("Brand *"), self.brand)
        self._add_row(parties, "kol_id", self.tr("KOL *"), self.kol)
        self._add_row(parties, "title", self.tr("Title *"), self.fields["title"])
        self._add_row(parties, "campaign_name", self.tr("Campaign"), self.fields["campaign_name"])
        self._add_row(parties, "stage", self.tr("Stage"), self.stage)
        self._add_row(parties, "start_on", self.tr("Starts"), self.start_on)
        self._add_row(parties, "end_on", self.tr("Ends"), self.end_on)
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
        left.addStretch(1)
        notes = QVBoxLayout()
        notes.addWidget(self.notes)
        self.errors["notes"] = QLabel()
        self.errors["notes"].setStyleSheet(f"{_RED} font-size: 11px;")
        notes.addWidget(self.errors["notes"])
        right = QVBoxLayout()
        right.addWidget(_group(self.tr("Fee"), fees))
        right.addWidget(_group(self.tr("Notes"), notes), 1)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        return page

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

    def _add_row(self, form: QFormLayout, key: str, label: str, field: QWidget | QHBoxLayout) -> None:
        error = QLabel()
        error.setObjectName(f"{key}_error")
        error.setStyleSheet(f"{_RED} font-size: 11px;")
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

    # -- load / save ---------------------------------------------------------------------------------------
    def load(self, kol_id: int | None = None, brand_id: int | None = None) -> None:
        self._loading = True
        if self.collaboration_id is None:
            self._select_parties(brand_id, kol_id)
            self.deliverables.add_deliverable()
        else:
            self._fill(collaborations.get_collaboration(self.collaboration_id))
            self._touched = set(self.errors)
        self._loading = False
        self._revalidate()

    def _fill(self, record: CollaborationRecord) -> None:
        self._stored_stage = Stage(record.stage)
        self._select_parties(record.brand_id, record.kol_id, record.kol_name)
        texts = {key: getattr(record, key) for key in self.fields}
        for key in ("service_fee_pct", "rebate_pct"):
            texts[key] = to_text(texts[key])
        for key in ("requested_fee", "agreed_fee"):
            texts[key] = _amount_text(texts[key]) if texts[key] is not None else ""
        for key, edit in self.fields.items():
            edit.setText(texts[key])
        self.stage.setCurrentIndex(max(self.stage.findData(Stage(record.stage).value), 0))
        self.channel.setCurrentIndex(max(self.channel.findData(DealChannel(record.channel).value), 0))
        self.currency.setCurrentText(record.currency)
        self.start_on.set_value(record.start_on)
        self.end_on.set_value(record.end_on)
        self.exclusivity_days_before.setValue(record.exclusivity_days_before)
        self.exclusivity_days_after.setValue(record.exclusivity_days_after)
        self.usage_rights_months.setValue(record.usage_rights_months)
        self.review_window_hours.setValue(record.review_window_hours)
        self.kol_offered_discount.setChecked(record.kol_offered_discount)
        self.notes.setPlainText(record.notes)
        for deliverable in record.deliverables:
            self.deliverables.add_deliverable(deliverable)
        for payment in record.payments:
            self.payments.add_payment(
                {
                    "amount": _amount_text(payment.amount),
                    "due_on": payment.due_on.isoformat() if payment.due_on else "",
                    "paid_on": payment.paid_on.isoformat() if payment.paid_on else "",
                    "method": payment.method,
                    "reference": payment.reference,
                }
            )

    def _select_parties(self, brand_id: int | None, kol_id: int | None, kol_name: str = "") -> None:
        if brand_id is not None:
            self.brand.setCurrentIndex(max(self.brand.findData(brand_id), 0))
        if kol_id is not None:
            choice = kol_picker.kol_choice(kol_id)
            self.kol.setText(choice.label if choice else kol_name)

    def save(self) -> None:
        record, problems = self._record()
        if problems:
            self._touched |= set(self.errors)
            self._show_problems(problems)
            return
        try:
            collaboration_id = collaborations.save_collaboration(record)
        except ValidationError as exc:
            self._touched |= set(self.errors)
            self._show_problems(exc.problems, refused=True)
            return
        except NotFoundError as exc:
            self._show_problems([FieldProblem("", str(exc))], refused=True)
            return
        self.collaboration_id = collaboration_id
        self.saved.emit(collaboration_id)
        self.accept()

    # -- the form as a record ------------------------------------------------------------------------------
    def _record(self) -> tuple[CollaborationRecord, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        currency = self.currency.currentText().strip().upper()
        fees = {key: self._fee(key, currency, problems) for key in ("requested_fee", "agreed_fee")}
        percents = {key: self._percent(key, problems) for key in ("service_fee_pct", "rebate_pct")}
        brand_id = self.brand.currentData()
        if brand_id is None:
            problems.append(FieldProblem("brand_id", self.tr("Choose the brand this collaboration is for")))
        kol_id = self._kol_ids[0] if len(self._kol_ids) == 1 else None
        if kol_id is None:
            problems.append(FieldProblem("kol_id", self._kol_problem()))
        deliverables, deliverable_cells = self.deliverables.records()
        payments, payment_cells = self.payments.records(currency)
        record = CollaborationRecord(
            brand_id=brand_id or 0,
            kol_id=kol_id or 0,
            title=self.fields["title"].text(),
            stage=Stage(self.stage.currentData()),
            campaign_name=self.fields["campaign_name"].text(),
            start_on=self.start_on.value(),
            end_on=self.end_on.value(),
            exclusivity_category=self.fields["exclusivity_category"].text(),
            exclusivity_days_before=self.exclusivity_days_before.value(),
            exclusivity_days_after=self.exclusivity_days_after.value(),
            usage_rights=self.fields["usage_rights"].text(),
            usage_rights_months=self.usage_rights_months.value(),
            payment_terms=self.fields["payment_terms"].text(),
            notes=self.notes.toPlainText(),
            channel=DealChannel(self.channel.currentData()),
            review_window_hours=self.review_window_hours.value(),
            currency=currency,
            kol_offered_discount=self.kol_offered_discount.isChecked(),
            discount_note=self.fields["discount_note"].text(),
            deliverables=deliverables,
            payments=payments,
            **fees,
            **percents,
        )
        record.id = self.collaboration_id
        record.kol_name = kol_picker.kol_choice(kol_id).display_name if kol_id else ""
        parsed = {p.field for p in problems}
        for table, cells in (("deliverables", deliverable_cells), ("payments", payment_cells)):
            for row, key, message in cells:
                parsed.add(f"{table}[{row}].{key}")
                problems.append(FieldProblem(f"{table}[{row}].{key}", message))
        problems.extend(p for p in validate_collaboration(record) if p.field not in parsed)
        if brand_id is not None and kol_id is not None:
            policy = fee_policy_problem(record, self._is_first(brand_id, kol_id))
            if policy:
                problems.append(FieldProblem("fee_policy", policy.message))
        blockers = stage_blockers(record, record.stage, self._stored_stage)
        if blockers:
            problems.append(FieldProblem("stage", explain(record.stage, blockers)))
        return record, problems

    def _fee(self, key: str, currency: str, problems: list[FieldProblem]) -> Decimal | None:
        text = self.fields[key].text()
        try:
            parsed = parse_money(text, currency)
        except ValueError:
            problems.append(
                FieldProblem(key, self.tr("“{0}” is not an amount (e.g. 30000, 3万, ¥30,000)").format(text))
            )
            return None
        if parsed is not None and parsed[1] != currency:
            message = self.tr("This amount is in {0} but the deal is in {1}: change one of them")
            problems.append(FieldProblem(key, message.format(parsed[1], currency)))
        return parsed[0] if parsed else None

    def _percent(self, key: str, problems: list[FieldProblem]) -> Decimal:
        text = self.fields[key].text()
        try:
            value = parse_quantity(text.strip().rstrip("%％").strip())
        except ValueError:
            problems.append(FieldProblem(key, self.tr("“{0}” is not a percentage (e.g. 5 or 5.5 %)").format(text)))
            return Decimal(0)
        return Decimal(0) if value is None else value

    def _kol_problem(self) -> str:
        text = self.kol.text().strip()
        if not text:
            return self.tr("Choose the KOL")
        if self._kol_ids:
            return self.tr("Several KOLs are called “{0}”: pick one from the list").format(text)
        return self.tr("No KOL is called “{0}”: pick one from the list").format(text)

    def _is_first(self, brand_id: int, kol_id: int) -> bool:
        key = (brand_id, kol_id)
        if key not in self._first:
            self._first[key] = is_first_collaboration(brand_id, kol_id, self.collaboration_id)
        return self._first[key]

    # -- showing what is wrong -----------------------------------------------------------------------------
    def _revalidate(self) -> None:
        if self._loading:
            return
        record, problems = self._record()
        self._show_problems(problems)
        self._show_fee_summary(record)
        self.save_button.setEnabled(not problems)

    def _show_problems(self, problems: list[FieldProblem], refused: bool = False) -> None:
        by_field: dict[str, str] = {}
        cells: dict[str, dict[tuple[int, str], str]] = {"deliverables": {}, "payments": {}}
        table_messages: dict[str, list[str]] = {"deliverables": [], "payments": []}
        for problem in problems:
            match = _TABLE_FIELD.match(problem.field)
            if match:
                cells[match.group(1)].setdefault((int(match.group(2)), match.group(3)), problem.message)
                table_messages[match.group(1)].append(problem.message)
            elif problem.field in table_messages:
                table_messages[problem.field].append(problem.message)
            else:
                by_field.setdefault(problem.field, problem.message)
        shown: set[str] = set()
        messages: dict[QLabel, list[str]] = {}
        for key, label in self.errors.items():  # some labels serve two fields (a row holding two inputs)
            always = key == "stage"  # a stage is picked on purpose: say at once what it still needs
            message = by_field.get(key, "") if key in self._touched or always else ""
            messages.setdefault(label, [])
            if message:
                messages[label].append(message)
                shown.add("deal")
        for label, texts in messages.items():
            label.setText("\n".join(texts))
            label.setVisible(bool(texts))
        self.fee_policy_message.setText(by_field.get("fee_policy", ""))
        self.fee_policy_message.setVisible("fee_policy" in by_field)
        if "fee_policy" in by_field:
            shown.add("deal")
        self.deliverables.mark_problems(cells["deliverables"])
        self.deliverables.show_messages(table_messages["deliverables"])
        self.payments.mark_problems(cells["payments"])
        self.payments.show_messages(table_messages["payments"])
        shown |= {table for table, messages in table_messages.items() if messages}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for tab, index in _TABS.items():
            self.tabs.setTabIcon(index, warning if tab in shown else QIcon())
        self.tabs.setTabText(_TABS["deliverables"], self.tr("Deliverables ({0})").format(self.deliverables.row_count()))
        self.tabs.setTabText(_TABS["payments"], self.tr("Payments ({0})").format(self.payments.row_count()))
        if refused:
            heading = self.tr("Not saved:")
            self.error_label.setText("\n".join([heading, *(f"• {p.message}" for p in problems)]))
        else:
            self.error_label.clear()
        self.error_label.setVisible(refused)

    def _show_fee_summary(self, record: CollaborationRecord) -> None:
        name = record.kol_name or self.tr("this KOL")
        first = bool(record.brand_id and record.kol_id) and self._is_first(record.brand_id, record.kol_id)
        self.fee_hint.setText(
            self.tr("First collaboration with {0}: pay the fee they ask.").format(name) if first else ""
        )
        self.fee_hint.setVisible(first)
        scheduled = sum((payment.amount for payment in record.payments), Decimal(0))
        self.payments.summary.setText(
            self.tr("Scheduled {0} · {1}").format(format_money(scheduled, record.currency), fee_line(record))
        )
        fee = record.agreed_fee if record.agreed_fee is not None else record.requested_fee
        in_range = all(0 <= pct <= 100 for pct in (record.service_fee_pct, record.rebate_pct))
        if fee is None or not in_range:
            self.true_cost_label.clear()
            return
        cost = true_cost(fee, record.service_fee_pct, record.rebate_pct)
        text = self.tr("True cost {0} (fee + {1} % service fee − {2} % rebate)").format(
            format_money(cost, record.currency), to_text(record.service_fee_pct), to_text(record.rebate_pct)
        )
        if record.agreed_fee is None:
            text += self.tr(", at the requested fee")
        self.true_cost_label.setText(f"<b>{text}</b>")

    def _touch(self, key: str) -> None:
        """Messages for a field appear once the user has typed in it, not on a blank new form."""
        if key not in self._touched:
            self._touched.add(key)
            self._revalidate()

    def _suggest_kols(self, text: str) -> None:
        self._touch("kol_id")
        choices = kol_picker.search_kols(text) if text.strip() else []
        self._kol_choices.setStringList([choice.label for choice in choices])
        if choices and self.kol.hasFocus():
            self.kol.completer().complete()

    def _kol_changed(self, text: str) -> None:
        self._kol_ids = kol_picker.kols_named(text)
        self._revalidate()


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


def _amount_text(amount: Decimal) -> str:
    return f"{amount:,.2f}".removesuffix(".00")
