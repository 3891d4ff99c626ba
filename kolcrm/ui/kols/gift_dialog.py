"""Add or edit a gift or thank-you, with ideas the KOL has not received yet and the past gifts beside the form."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.care import gifts
from kolcrm.core.care.records import GiftRecord
from kolcrm.core.collaborations.form import amount_text
from kolcrm.core.errors import FieldProblem, ValidationError
from kolcrm.core.numbers import format_money, parse_money
from kolcrm.core.vocabulary import GiftKind, Occasion
from kolcrm.ui.kols.care_forms import CURRENCIES, CareDialog, deal_combo
from kolcrm.ui.widgets.optional_date import OptionalDate


class GiftDialog(CareDialog):
    def __init__(self, kol_id: int, record: GiftRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.kol_id = kol_id
        # A new gift most often follows a deal (the seed: "a thank-you note or a small gift").
        self.record = record or GiftRecord(kol_id=kol_id, kind=GiftKind.GIFT, occasion=Occasion.AFTER_COLLABORATION)
        self.setWindowTitle(self.tr("Add gift / thank-you") if record is None else self.tr("Edit gift / thank-you"))
        self.resize(860, 520)

        self.kind = QComboBox()
        for kind in GiftKind:
            self.kind.addItem(kind.label, kind.value)
        self.occasion = QComboBox()
        for occasion in Occasion:
            self.occasion.addItem(occasion.label, occasion.value)
        self.suggestions = QComboBox()
        self.suggestions.setObjectName("giftSuggestions")
        self.description = QLineEdit()
        self.description.setObjectName("giftDescription")
        self.description.setPlaceholderText(self.tr("What was given, e.g. Mooncake box 月饼礼盒"))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("e.g. 800, 1.2千, ¥800"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setMaximumWidth(90)
        cost_row = QWidget()
        cost_layout = QHBoxLayout(cost_row)
        cost_layout.setContentsMargins(0, 0, 0, 0)
        cost_layout.addWidget(self.cost, 1)
        cost_layout.addWidget(self.currency)
        self.planned_on = OptionalDate()
        self.sent_on = OptionalDate()
        self.deal = deal_combo(kol_id, self.record.collaboration_id)
        self.response = QPlainTextEdit()
        self.response.setPlaceholderText(self.tr("How the KOL responded (a thank-you post, a message…)"))
        self.response.setMaximumHeight(90)

        self.add_field("kind", self.tr("Kind"), self.kind)
        self.add_field("occasion", self.tr("Occasion"), self.occasion)
        self.add_field("suggestions", self.tr("Ideas not given yet"), self.suggestions)
        self.add_field("description", self.tr("Description"), self.description)
        self.add_field("cost", self.tr("Cost"), cost_row)
        self.add_field("planned_on", self.tr("Planned for"), self.planned_on)
        self.add_field("sent_on", self.tr("Sent on"), self.sent_on)
        self.add_field("collaboration_id", self.tr("For the deal"), self.deal)
        self.add_field("response", self.tr("KOL's response"), self.response)

        self.past = QListWidget()
        self.past.setObjectName("pastGifts")
        self.past.setWordWrap(True)
        self.past.setMinimumWidth(260)
        past_box = QVBoxLayout()
        past_box.addWidget(QLabel("<b>" + html.escape(self.tr("Already given to this KOL")) + "</b>"))
        past_box.addWidget(self.past, 1)
        columns = QHBoxLayout()
        form_box = QVBoxLayout()
        form_box.addWidget(self.error_label)
        form_box.addLayout(self.form)
        form_box.addStretch(1)
        columns.addLayout(form_box, 3)
        columns.addLayout(past_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.fill(self.record)
        self.occasion.currentIndexChanged.connect(self._suggest)
        self.suggestions.activated.connect(self._take_suggestion)

    def reread(self) -> GiftRecord | None:
        return gifts.get_gift(self.record.id) if self.record.id is not None else None

    def fill(self, record: object) -> None:
        assert isinstance(record, GiftRecord)
        self.record = record
        self.kind.setCurrentIndex(max(self.kind.findData(str(record.kind)), 0))
        self.occasion.setCurrentIndex(max(self.occasion.findData(str(record.occasion)), 0))
        self.description.setText(record.description)
        self.cost.setText(amount_text(record.cost) if record.cost is not None else "")
        self.currency.setCurrentText(record.currency)
        self.planned_on.set_value(record.planned_on)
        self.sent_on.set_value(record.sent_on if record.id is not None else clock.today())
        self.response.setPlainText(record.response)
        self.past.clear()
        for gift in gifts.gifts_for(self.kol_id):
            when = gift.sent_on or gift.planned_on
            status = self.tr("sent") if gift.sent_on else self.tr("planned")
            line = f"{when.isoformat() if when else '—'} · {status} · {gift.occasion.label}"
            item = QListWidgetItem(f"{line}\n{gift.description or gift.kind.label}")
            if gift.id == record.id:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.past.addItem(item)
        if not self.past.count():
            self.past.addItem(self.tr("Nothing yet: the first gift is the one remembered."))
        self._suggest()

    def _suggest(self) -> None:
        """Ideas for the occasion this KOL has not received yet (the core never repeats a gift)."""
        ideas = gifts.suggestions(self.kol_id, Occasion(self.occasion.currentData()))
        self.suggestions.clear()
        self.suggestions.addItem(
            self.tr("Pick an idea… (%n left)", "", len(ideas)) if ideas else self.tr("No new idea for this occasion"),
            None,
        )
        for idea in ideas:
            self.suggestions.addItem(idea, idea)

    def _take_suggestion(self, index: int) -> None:
        idea = self.suggestions.itemData(index)
        if idea:
            self.description.setText(idea)

    def store(self, overwrite: bool = False) -> int:
        currency = self.currency.currentText().strip().upper()
        try:
            parsed = parse_money(self.cost.text(), currency)
        except ValueError:
            raise ValidationError(
                [FieldProblem("cost", self.tr("“{0}” is not an amount (e.g. 800, ¥800)").format(self.cost.text()))]
            ) from None
        cost, currency = parsed if parsed is not None else (None, currency)  # "800 USD" names its currency
        record = GiftRecord(
            kol_id=self.kol_id,
            kind=GiftKind(self.kind.currentData()),
            occasion=Occasion(self.occasion.currentData()),
            description=self.description.text(),
            cost=cost,
            currency=currency,
            planned_on=self.planned_on.value(),
            sent_on=self.sent_on.value(),
            response=self.response.toPlainText(),
            collaboration_id=self.deal.currentData(),
            id=self.record.id,
            row_version=self.record.row_version,
        )
        return gifts.save_gift(record, overwrite=overwrite)


def cost_text(record: GiftRecord) -> str:
    return format_money(record.cost, record.currency) if record.cost is not None else ""
