"""The collaboration editor: parties, terms, fees with the first-deal rule live, deliverables and payments."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QStyle, QTabWidget, QVBoxLayout, QWidget

from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations import suggestions
from kolcrm.core.collaborations.fee_policy import fee_line, is_first_collaboration
from kolcrm.core.collaborations.form import amount_text, form_from_record, record_from_form
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.collaborations.validation import deliverable_warnings
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.kols import picker as kol_picker
from kolcrm.core.numbers import format_money
from kolcrm.core.store.versions import EditConflict
from kolcrm.core.vocabulary import DealChannel, Stage
from kolcrm.ui.collaborations.confirmations import run_confirming
from kolcrm.ui.collaborations.cost_text import COST_FIELDS, true_cost_text
from kolcrm.ui.collaborations.deal_page import RED, DealPage
from kolcrm.ui.collaborations.deliverables_table import DeliverablesTable
from kolcrm.ui.collaborations.payments_table import PaymentsTable
from kolcrm.ui.kols import conflict_dialog

_TABLE_FIELD = re.compile(r"^(deliverables|payments)\[(\d+)\]\.(\w+)$")
_TABS = {"deal": 0, "deliverables": 1, "payments": 2}


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
        self.read_version: int | None = None
        self.setWindowTitle(self.tr("New collaboration") if collaboration_id is None else self.tr("Edit collaboration"))
        self.resize(900, 700)
        self._touched: set[str] = set()
        self._loading = True
        self._stored_stage: Stage | None = None
        self._first: dict[tuple[int, int], bool] = {}
        self._kol_ids: list[int] = []
        self._fee_prefill = ""  # the requested fee the rate card put in, until the user types their own
        self._currency_picked = False
        self._build()
        self.load(kol_id, brand_id)

    # -- building ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.error_label = QLabel()
        self.error_label.setObjectName("collaborationErrors")
        self.error_label.setStyleSheet(f"{RED} background: #fdecec; padding: 6px; border-radius: 3px;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.deal = DealPage()
        d = self.deal  # the editor stays flat to its callers and tests: editor.brand, editor.fields, …
        self.fields, self.errors, self._kol_choices = d.fields, d.errors, d.kol_choices
        self.brand, self.kol, self.stage, self.start_on, self.end_on = d.brand, d.kol, d.stage, d.start_on, d.end_on
        self.channel, self.currency, self.notes = d.channel, d.currency, d.notes
        self.kol_offered_discount, self.tax = d.kol_offered_discount, d.tax
        self.exclusivity_days_before, self.exclusivity_days_after = d.exclusivity_days_before, d.exclusivity_days_after
        self.usage_rights_months, self.review_window_hours = d.usage_rights_months, d.review_window_hours
        self.fee_policy_message, self.fee_hint = d.fee_policy_message, d.fee_hint
        self.true_cost_label, self.rate_hint, self.schedule_warning = d.true_cost_label, d.rate_hint, d.schedule_warning

        self.deliverables = DeliverablesTable()
        self.payments = PaymentsTable()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.deal, self.tr("Deal"))
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
        self.currency.activated.connect(self._currency_chosen)
        self.currency.lineEdit().textEdited.connect(self._currency_chosen)
        self.deliverables.changed.connect(self._suggest_fee)
        for spin in (self.exclusivity_days_before, self.exclusivity_days_after, self.usage_rights_months,
                     self.review_window_hours):  # fmt: skip
            spin.valueChanged.connect(self._revalidate)
        for widget in (self.start_on, self.end_on, self.deliverables, self.payments):
            widget.changed.connect(self._revalidate)
        self.kol_offered_discount.toggled.connect(self._revalidate)
        self.tax.changed.connect(self._revalidate)
        self.notes.textChanged.connect(self._revalidate)

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
        self._suggest_fee()
        self._revalidate()

    def _fill(self, record: CollaborationRecord) -> None:
        self.read_version = record.row_version  # a save over a newer change is refused (see save)
        self._stored_stage = Stage(record.stage)
        self._select_parties(record.brand_id, record.kol_id, record.kol_name)
        texts = form_from_record(record)
        for key, edit in self.fields.items():
            edit.setText(texts[key])
            edit.setCursorPosition(0)  # a long value shows its beginning, not its end
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
        self.tax.fill(record)
        self.notes.setPlainText(record.notes)
        for deliverable in record.deliverables:
            self.deliverables.add_deliverable(deliverable)
        for payment in record.payments:
            self.payments.add_payment(
                {
                    "amount": amount_text(payment.amount),
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
            self.kol.setCursorPosition(0)

    def save(self, overwrite: bool = False) -> None:
        record, problems = self._record()
        if problems:
            self._touched |= set(self.errors)
            self._show_problems(problems)
            return
        try:
            done, collaboration_id = run_confirming(
                self, lambda risks, conflicts: collaborations.save_collaboration(record, risks, overwrite, conflicts)
            )
            if not done or collaboration_id is None:
                return  # the form stays open as it was: nothing saved
        except EditConflict as exc:  # someone saved this deal since it was opened
            conflict_dialog.settle(self, exc, self.load, lambda: self.save(overwrite=True))
            return
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
        brand_id = self.brand.currentData()
        if brand_id is None:
            problems.append(FieldProblem("brand_id", self.tr("Choose the brand this collaboration is for")))
        kol_id = self._kol_ids[0] if len(self._kol_ids) == 1 else None
        if kol_id is None:
            problems.append(FieldProblem("kol_id", self._kol_problem()))
        deliverables, deliverable_cells = self.deliverables.records()
        payments, payment_cells = self.payments.records(currency)
        for table, cells in (("deliverables", deliverable_cells), ("payments", payment_cells)):
            problems.extend(FieldProblem(f"{table}[{row}].{key}", message) for row, key, message in cells)
        picked = CollaborationRecord(
            brand_id=brand_id or 0,
            kol_id=kol_id or 0,
            title="",
            stage=Stage(self.stage.currentData()),
            start_on=self.start_on.value(),
            end_on=self.end_on.value(),
            exclusivity_days_before=self.exclusivity_days_before.value(),
            exclusivity_days_after=self.exclusivity_days_after.value(),
            usage_rights_months=self.usage_rights_months.value(),
            notes=self.notes.toPlainText(),
            channel=DealChannel(self.channel.currentData()),
            review_window_hours=self.review_window_hours.value(),
            currency=currency,
            kol_offered_discount=self.kol_offered_discount.isChecked(),
            deliverables=deliverables,
            payments=payments,
            id=self.collaboration_id,
            row_version=self.read_version,
            kol_name=kol_picker.kol_choice(kol_id).display_name if kol_id else "",
        )
        return record_from_form(
            {key: edit.text() for key, edit in self.fields.items()},
            self.tax.apply(picked),
            known_problems=problems,
            is_first=self._is_first(brand_id, kol_id) if brand_id is not None and kol_id is not None else None,
            stored_stage=self._stored_stage,
        )

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
        self._show_warnings(record)
        self._show_problems(problems)
        self._show_fee_summary(record, problems)
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
        if self.deliverables.has_warnings():
            shown.add("deliverables")
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

    def _show_warnings(self, record: CollaborationRecord) -> None:
        """The core's warnings (a deliverable due after the deal ends): shown on both tabs, never blocking."""
        warnings = deliverable_warnings(record)
        cells = {}
        for warning in warnings:
            match = _TABLE_FIELD.match(warning.field)
            if match and match.group(1) == "deliverables":
                cells[(int(match.group(2)), match.group(3))] = warning.message
        self.deliverables.show_warnings(cells)
        self.schedule_warning.setText("\n".join(f"⚠ {warning.message}" for warning in warnings))
        self.schedule_warning.setVisible(bool(warnings))

    def _show_fee_summary(self, record: CollaborationRecord, problems: list[FieldProblem]) -> None:
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
        unreadable = any(problem.field in COST_FIELDS for problem in problems)
        self.true_cost_label.setText(true_cost_text(record, unreadable, self._any_fee_typed()))

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
        if len(self._kol_ids) == 1:
            self.deliverables.set_default_platform(suggestions.default_platform(self._kol_ids[0]))
        self._suggest_fee()
        self._revalidate()

    def _any_fee_typed(self) -> bool:
        return any(self.fields[key].text().strip() for key in ("requested_fee", "agreed_fee"))

    def _currency_chosen(self, *_args: object) -> None:
        self._currency_picked = True

    def _suggest_fee(self) -> None:
        """A new deal's requested fee starts at the rate card's price for its deliverables, until the user types."""
        if self._loading or self.collaboration_id is not None:
            return
        kol_id = self._kol_ids[0] if len(self._kol_ids) == 1 else None
        found = suggestions.requested_fee(kol_id, self.deliverables.records()[0]) if kol_id is not None else None
        edit = self.fields["requested_fee"]
        ours = "requested_fee" not in self._touched  # the user has not typed a figure of their own
        if found is not None:
            name = kol_picker.kol_choice(kol_id).display_name if kol_id is not None else ""
            self.rate_hint.setText(self.tr("{0}'s rate card: {1}").format(name, found.source))
            self.rate_hint.show()
            currency = self.currency.currentText().strip().upper()
            if ours and currency != found.currency and not self._currency_picked:
                self.currency.setCurrentText(found.currency)
                currency = found.currency
            if ours and currency == found.currency:
                self._fee_prefill = amount_text(found.amount)
                edit.setText(self._fee_prefill)
                edit.setCursorPosition(0)
                return
        else:
            self.rate_hint.clear()
            self.rate_hint.hide()
        if ours and self._fee_prefill:
            self._fee_prefill = ""
            edit.clear()
