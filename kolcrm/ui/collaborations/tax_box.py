"""The deal editor's tax and invoice inputs: fee with or without tax, the invoice the brand receives and its issuer,
individual income tax withheld. (The rate is a text field of the deal page, parsed with the other percentages.)"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.vocabulary import InvoiceIssuer, InvoiceType


class TaxInputs(QWidget):
    """Not shown itself: its widgets are laid out in the deal page's Tax and invoice group."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.includes_tax = QCheckBox(self.tr("The fee includes tax (含税)"))
        self.includes_tax.setObjectName("feeIncludesTax")
        self.includes_tax.setChecked(True)
        self.invoice_type = QComboBox()
        self.invoice_type.setObjectName("invoiceType")
        for kind in InvoiceType:
            self.invoice_type.addItem(kind.label, kind.value)
        self.invoice_issuer = QComboBox()
        self.invoice_issuer.setObjectName("invoiceIssuer")
        for issuer in InvoiceIssuer:
            self.invoice_issuer.addItem(issuer.label, issuer.value)
        self.withholds = QCheckBox(self.tr("The brand withholds the KOL's individual income tax (代扣代缴)"))
        self.withholds.setObjectName("withholdsIncomeTax")
        self.withholds.setToolTip(self.tr("For a KOL paid as a person: the fee is stated before that tax"))
        for box in (self.includes_tax, self.withholds):
            box.toggled.connect(self.changed)
        for combo in (self.invoice_type, self.invoice_issuer):
            combo.currentIndexChanged.connect(self.changed)

    def fill(self, record: CollaborationRecord) -> None:
        self.includes_tax.setChecked(record.fee_includes_tax)
        self.invoice_type.setCurrentIndex(max(self.invoice_type.findData(InvoiceType(record.invoice_type).value), 0))
        issuer = InvoiceIssuer(record.invoice_issuer).value
        self.invoice_issuer.setCurrentIndex(max(self.invoice_issuer.findData(issuer), 0))
        self.withholds.setChecked(record.withholds_income_tax)

    def apply(self, record: CollaborationRecord) -> CollaborationRecord:
        return replace(
            record,
            fee_includes_tax=self.includes_tax.isChecked(),
            invoice_type=InvoiceType(self.invoice_type.currentData()),
            invoice_issuer=InvoiceIssuer(self.invoice_issuer.currentData()),
            withholds_income_tax=self.withholds.isChecked(),
        )
