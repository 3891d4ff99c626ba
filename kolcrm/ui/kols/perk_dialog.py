"""Record a perk a KOL gave the brand: a free WeChat Moment, scheduling priority, extra content…"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kolcrm.core.care import perks
from kolcrm.core.care.records import PerkRecord
from kolcrm.core.collaborations.form import amount_text
from kolcrm.core.errors import FieldProblem, ValidationError
from kolcrm.core.numbers import parse_money
from kolcrm.core.vocabulary import PerkKind
from kolcrm.ui.kols.care_forms import CURRENCIES, CareDialog, deal_combo


class PerkDialog(CareDialog):
    def __init__(self, kol_id: int, record: PerkRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.kol_id = kol_id
        self.record = record
        self.setWindowTitle(self.tr("Add perk received") if record is None else self.tr("Edit perk"))
        self.resize(520, 380)
        self.kind = QComboBox()
        for kind in PerkKind:
            if kind is not PerkKind.KOL_OFFERED_DISCOUNT:  # recorded on the deal's fees, shown from there
                self.kind.addItem(kind.label, kind.value)
        self.received_on = QDateEdit(QDate.currentDate())
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("What it would have cost, e.g. 5000 or 5千"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setMaximumWidth(90)
        value_row = QWidget()
        row = QHBoxLayout(value_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value, 1)
        row.addWidget(self.currency)
        self.deal = deal_combo(kol_id, record.collaboration_id if record else None)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(90)
        self.note.setPlaceholderText(self.tr("e.g. posted our launch in a WeChat Moment unasked"))
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.add_field("received_on", self.tr("Received on"), self.received_on)
        self.add_field("estimated_value", self.tr("Estimated value"), value_row)
        self.add_field("collaboration_id", self.tr("With the deal"), self.deal)
        self.add_field("note", self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if record is not None:
            self.fill(record)

    def reread(self) -> PerkRecord | None:
        return perks.get_perk(self.record.id) if self.record and self.record.id is not None else None

    def fill(self, record: object) -> None:
        assert isinstance(record, PerkRecord)
        self.record = record
        self.kind.setCurrentIndex(max(self.kind.findData(str(record.kind)), 0))
        on = record.received_on
        self.received_on.setDate(QDate(on.year, on.month, on.day))
        self.value.setText(amount_text(record.estimated_value) if record.estimated_value is not None else "")
        self.currency.setCurrentText(record.currency)
        self.note.setPlainText(record.note)

    def store(self, overwrite: bool = False) -> int:
        currency = self.currency.currentText().strip().upper()
        try:
            parsed = parse_money(self.value.text(), currency)
        except ValueError:
            message = self.tr("“{0}” is not an amount (e.g. 5000, ¥5,000)").format(self.value.text())
            raise ValidationError([FieldProblem("estimated_value", message)]) from None
        value, currency = parsed if parsed is not None else (None, currency)
        record = PerkRecord(
            kol_id=self.kol_id,
            kind=PerkKind(self.kind.currentData()),
            received_on=self.received_on.date().toPython(),
            estimated_value=value,
            currency=currency,
            note=self.note.toPlainText(),
            collaboration_id=self.deal.currentData(),
            id=self.record.id if self.record else None,
            row_version=self.record.row_version if self.record else None,
        )
        return perks.save_perk(record, overwrite=overwrite)
