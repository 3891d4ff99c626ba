"""The KOL pane's Care tab: gifts and thank-yous, the perks the KOL gave back, and scheduling priority.

Its services are imported on first use: the tab is built only when the user opens it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.numbers import format_money
from kolcrm.ui import prompts
from kolcrm.ui.kols.care_forms import fit_rows, read_only_table
from kolcrm.ui.kols.scheduling_box import SchedulingBox
from kolcrm.ui.kols.sent_items_box import SentItemsBox
from kolcrm.ui.widgets.display import section_title

_GIFT_HEADERS = (
    QT_TRANSLATE_NOOP("CareTab", "Date"),
    QT_TRANSLATE_NOOP("CareTab", "Gift (kind · occasion)"),
    QT_TRANSLATE_NOOP("CareTab", "Cost"),
    QT_TRANSLATE_NOOP("CareTab", "Response"),
)
_PERK_HEADERS = (
    QT_TRANSLATE_NOOP("CareTab", "Received"),
    QT_TRANSLATE_NOOP("CareTab", "Kind"),
    QT_TRANSLATE_NOOP("CareTab", "Value"),
    QT_TRANSLATE_NOOP("CareTab", "Note"),
)
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CareTab(QScrollArea):
    changed = Signal()  # a gift, perk or the scheduling was saved or deleted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careTab")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.kol_id: int | None = None
        self.dialog: QWidget | None = None  # the last form opened, for whoever needs to reach it

        self.totals = QLabel()
        self.totals.setObjectName("careTotals")
        self.totals.setWordWrap(True)
        self.gifts = read_only_table([self.tr(h) for h in _GIFT_HEADERS], stretch=(1, 3), lines=2, wrap=False)
        self.gifts.setObjectName("gifts")
        self.gifts.doubleClicked.connect(lambda _index: self.edit_gift())
        self.add_gift_button = QPushButton(self.tr("Add gift / thank-you…"))
        self.add_gift_button.clicked.connect(self.add_gift)
        self.edit_gift_button = QPushButton(self.tr("Edit…"))
        self.edit_gift_button.clicked.connect(self.edit_gift)
        self.delete_gift_button = QPushButton(self.tr("Delete…"))
        self.delete_gift_button.clicked.connect(self.delete_gift)

        self.perks = read_only_table([self.tr(h) for h in _PERK_HEADERS], stretch=(3,), lines=2)
        self.perks.setObjectName("perks")
        self.perks.doubleClicked.connect(lambda _index: self.edit_perk())
        self.add_perk_button = QPushButton(self.tr("Add perk…"))
        self.add_perk_button.clicked.connect(self.add_perk)
        self.edit_perk_button = QPushButton(self.tr("Edit…"))
        self.edit_perk_button.clicked.connect(self.edit_perk)
        self.delete_perk_button = QPushButton(self.tr("Delete…"))
        self.delete_perk_button.clicked.connect(self.delete_perk)

        self.scheduling = SchedulingBox()
        self.scheduling.saved.connect(self.changed)
        self.sent = SentItemsBox()  # samples, products and gifts sent for content (fulfilment, ghosting)
        self.sent.changed.connect(self.changed)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.totals)
        gifts_title = section_title(self.tr("Gifts & thank-yous"))
        layout.addLayout(_head(gifts_title, self.add_gift_button, self.edit_gift_button, self.delete_gift_button))
        layout.addWidget(self.gifts)
        perks_title = section_title(self.tr("Perks received"))
        layout.addLayout(_head(perks_title, self.add_perk_button, self.edit_perk_button, self.delete_perk_button))
        layout.addWidget(self.perks)
        layout.addWidget(self.sent)
        layout.addWidget(section_title(self.tr("Scheduling priority")))
        layout.addWidget(self.scheduling)
        layout.addStretch(1)
        self.setWidget(inner)
        self.gifts.itemSelectionChanged.connect(self._update_buttons)
        self.perks.itemSelectionChanged.connect(self._update_buttons)

    def load(self, kol_id: int) -> None:
        from kolcrm.core.care.gifts import gifts_for
        from kolcrm.core.care.perks import perks_for, totals
        from kolcrm.core.money import format_totals

        self.kol_id = kol_id
        gifts, perks = gifts_for(kol_id), perks_for(kol_id)
        self._fill_gifts(gifts)
        self._fill_perks(perks)
        sums = totals([(g.cost, g.currency) for g in gifts], perks)
        self.totals.setText(
            self.tr("Spent on gifts: {0} · perks received worth {1}").format(
                format_totals(sums.spent_on_gifts) or "—", format_totals(sums.perks_value) or "—"
            )
        )
        self.scheduling.load(kol_id)
        self.sent.load(kol_id)
        self._update_buttons()

    # -- gifts -------------------------------------------------------------------------------------------------
    def add_gift(self) -> None:
        self._open_gift(None)

    def edit_gift(self) -> None:
        gift = self._current(self.gifts, self._gifts)
        if gift is not None:
            self._open_gift(gift)

    def delete_gift(self) -> None:
        gift = self._current(self.gifts, self._gifts)
        if gift is None or self.kol_id is None:
            return
        what = gift.description or gift.kind.label
        if not prompts.confirm(
            self,
            self.tr("Delete gift"),
            self.tr("Delete this gift from the record?\n\n{0}").format(what),
            self.tr("Delete"),
        ):
            return
        from kolcrm.core.care.gifts import delete_gift

        delete_gift(gift.id or 0)
        self._after_change()

    def _open_gift(self, gift: object) -> None:
        if self.kol_id is None:
            return
        from kolcrm.ui.kols.gift_dialog import GiftDialog

        self._open(GiftDialog(self.kol_id, gift, parent=self))  # type: ignore[arg-type]

    # -- perks -------------------------------------------------------------------------------------------------
    def add_perk(self) -> None:
        self._open_perk(None)

    def edit_perk(self) -> None:
        perk = self._current(self.perks, self._perks)
        if perk is not None and perk.id is not None:  # a deal's discount is edited on the deal
            self._open_perk(perk)

    def delete_perk(self) -> None:
        perk = self._current(self.perks, self._perks)
        if perk is None or perk.id is None or self.kol_id is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Delete perk"),
            self.tr("Delete this perk from the ledger?\n\n{0}").format(perk.kind.label),
            self.tr("Delete"),
        ):
            return
        from kolcrm.core.care.perks import delete_perk

        delete_perk(perk.id)
        self._after_change()

    def _open_perk(self, perk: object) -> None:
        if self.kol_id is None:
            return
        from kolcrm.ui.kols.perk_dialog import PerkDialog

        self._open(PerkDialog(self.kol_id, perk, parent=self))  # type: ignore[arg-type]

    # -- internals ---------------------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda _id: self._after_change())  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _after_change(self) -> None:
        if self.kol_id is not None:
            self.load(self.kol_id)
        self.changed.emit()

    def _fill_gifts(self, gifts: list) -> None:
        self._gifts = gifts
        self.gifts.setRowCount(len(gifts))
        for row, gift in enumerate(gifts):
            if gift.sent_on:
                when = gift.sent_on.isoformat()
            elif gift.planned_on:
                when = self.tr("planned {0}").format(gift.planned_on.isoformat())
            else:
                when = "—"
            cost = format_money(gift.cost, gift.currency) if gift.cost is not None else ""
            what = f"{gift.description or gift.kind.label}\n{gift.kind.label} · {gift.occasion.label}"
            values = (when, what, cost, gift.response)
            for column, value in enumerate(values):
                item = _item(value, row)
                if not gift.sent_on:
                    item.setForeground(QColor("#8a6d00"))
                self.gifts.setItem(row, column, item)
        _fit(self.gifts, self.tr("No gift or thank-you yet."))

    def _fill_perks(self, perks: list) -> None:
        self._perks = perks
        self.perks.setRowCount(len(perks))
        for row, perk in enumerate(perks):
            value = format_money(perk.estimated_value, perk.currency) if perk.estimated_value is not None else ""
            values = (perk.received_on.isoformat(), perk.kind.label, value, perk.note)
            for column, text in enumerate(values):
                item = _item(text, row)
                if perk.id is None:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                    item.setForeground(QColor("#52606d"))
                    item.setToolTip(self.tr("Offered on the deal: edit it in the collaboration's fees"))
                self.perks.setItem(row, column, item)
        _fit(self.perks, self.tr("No perk received yet."))

    def _current(self, table: QTableWidget, records: list) -> object:
        row = table.currentRow()
        if row < 0 or not table.selectionModel().hasSelection() or row >= len(records):
            return None
        return records[row]

    def _update_buttons(self) -> None:
        gift = self._current(self.gifts, getattr(self, "_gifts", []))
        perk = self._current(self.perks, getattr(self, "_perks", []))
        for button in (self.edit_gift_button, self.delete_gift_button):
            button.setEnabled(gift is not None)
        for button in (self.edit_perk_button, self.delete_perk_button):
            button.setEnabled(perk is not None and perk.id is not None)  # type: ignore[attr-defined]


def _item(text: str, row: int) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    item.setData(_ID_ROLE, row)
    return item


def _fit(table: QTableWidget, empty: str) -> None:
    table.setToolTip("" if table.rowCount() else empty)
    table.clearSelection()
    fit_rows(table)


def _head(title: QLabel, *buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(title)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
