"""Search-as-you-type and the status / platform / tier / tag / custom field filters above the KOL list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kolcrm.core.errors import ValidationError
from kolcrm.core.kols.custom_values import CustomFieldDef, CustomFilter, filter_for
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.vocabulary import Platform, Status, Tier
from kolcrm.core.vocabulary.outreach import OutreachStage
from kolcrm.ui.widgets.eliding_combo import ElidingComboBox

SEARCH_DELAY_MS = 120  # lets a fast typist finish a word before querying, still feels instant


class FilterBar(QWidget):
    filter_changed = Signal(object)  # KolFilter
    fit_brand_changed = Signal(object)  # brand id, or None: the brand the Fit column scores against

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("kolSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, handles, tags and notes — e.g. 口红 (Ctrl+F)"))
        self.status = self._combo(self.tr("All statuses"), [(s.label, s.value) for s in Status])
        self.platform = self._combo(self.tr("All platforms"), [(p.label, p.value) for p in Platform])
        self.tier = self._combo(
            self.tr("All tiers"), [(t.label, int(t)) for t in sorted(Tier, reverse=True) if t != Tier.UNKNOWN]
        )
        self.tag = self._combo(self.tr("All tags"), [])
        self.owner = self._combo(self.tr("All owners"), [])  # filled after the list's first paint (set_owners)
        self.owner.setObjectName("ownerFilter")
        silent = [(self.tr("No reply for %n+ days", "", days), f"silent:{days}") for days in (3, 7)]
        self.outreach = self._combo(
            self.tr("All outreach"), [(stage.label, f"stage:{stage.value}") for stage in OutreachStage] + silent
        )
        self.outreach.setObjectName("outreachFilter")
        self.fit_brand = ElidingComboBox()
        self.fit_brand.setObjectName("fitBrand")
        self.fit_brand.setToolTip(self.tr("Fit for brand: score every KOL against this brand (the Fit column)"))
        self.fit_brand.addItem(self.tr("Fit for brand: none"), None)
        self.fit_brand.currentIndexChanged.connect(lambda: self.fit_brand_changed.emit(self.fit_brand.currentData()))
        # A custom field and a value for it (a choice, or text: contains / a number or date, or a range of them).
        self._fields: dict[int, CustomFieldDef] = {}
        self.custom_field = QComboBox()
        self.custom_field.setObjectName("customField")
        self.custom_field.setToolTip(self.tr("Filter by one of your custom fields"))
        self.custom_field.addItem(self.tr("Custom field…"), None)
        self.custom_field.currentIndexChanged.connect(self._custom_field_chosen)
        self.custom_text = QLineEdit()
        self.custom_text.setObjectName("customValue")
        self.custom_text.setClearButtonEnabled(True)
        self.custom_choice = QComboBox()
        self.custom_choice.setObjectName("customChoice")
        self.custom_choice.currentIndexChanged.connect(self._emit)
        # The search box has a row of its own, so it never shrinks to nothing in a narrow window; the combos share
        # the row below and may shrink to a few characters each (their full text is in the open list).
        combos = QHBoxLayout()
        for combo in (self.status, self.platform, self.tier, self.tag, self.owner, self.fit_brand):
            combos.addWidget(combo, 1)
        # A second row: outreach, and a custom field once there are some (the row above is full at the list's usual
        # width on a 1024-pixel screen).
        self.custom_row = QWidget()
        custom = QHBoxLayout(self.custom_row)
        custom.setContentsMargins(0, 0, 0, 0)
        self.custom_field.setMinimumWidth(160)
        custom.addWidget(self.outreach, 1)
        custom.addWidget(self.custom_field)
        custom.addWidget(self.custom_text, 2)
        custom.addWidget(self.custom_choice, 1)
        custom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addLayout(combos)
        layout.addWidget(self.custom_row)
        for widget in (self.custom_field, self.custom_text, self.custom_choice):
            widget.hide()  # until there are custom fields, and a field is chosen
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        self.search.installEventFilter(self)  # Esc clears the search
        self.custom_text.textChanged.connect(self._timer.start)

    def set_tags(self, tags: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag.addItem(tag, tag)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)
        if index < 0 and current is not None:
            self._emit()  # the tag filtered on is gone: the list must stop filtering on it too

    def set_owners(self, owners: list[str], me: str) -> None:
        """The account managers to filter by, "My KOLs" (`me`) first; keeps the choice while it is offered."""
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        if me:
            self.owner.addItem(self.tr("My KOLs"), me)
        for name in owners:
            if name != me:
                self.owner.addItem(name, name)
        index = self.owner.findData(current)
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)
        if index < 0 and current is not None:
            self._emit()

    def set_brands(self, brands: list[tuple[int, str]]) -> None:
        """The brands to score fit against, as (id, name); keeps the choice while that brand exists."""
        current = self.fit_brand.currentData()
        self.fit_brand.blockSignals(True)
        self.fit_brand.clear()
        self.fit_brand.addItem(self.tr("Fit for brand: none"), None)
        for brand_id, name in brands:
            self.fit_brand.addItem(self.tr("Fit for {0}").format(name), brand_id)
        index = self.fit_brand.findData(current)
        self.fit_brand.setCurrentIndex(max(index, 0))
        self.fit_brand.blockSignals(False)
        if index < 0 and current is not None:
            self.fit_brand_changed.emit(None)  # the brand was deleted

    def set_custom_fields(self, fields: list[CustomFieldDef]) -> None:
        """The custom fields to filter by; keeps the choice (and what was typed) while that field exists."""
        current = self.custom_field.currentData()
        self._fields = {field.id: field for field in fields}
        self.custom_field.blockSignals(True)
        self.custom_field.clear()
        self.custom_field.addItem(self.tr("Custom field…"), None)
        for field in fields:
            self.custom_field.addItem(field.name, field.id)
        index = self.custom_field.findData(current)
        self.custom_field.setCurrentIndex(max(index, 0))
        self.custom_field.blockSignals(False)
        self.custom_field.setVisible(bool(fields))
        self._show_value_input(keep_text=True)
        if current is not None:
            self._emit()  # the field may be gone, renamed or of another kind: filter on what it now is

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.clear_search()
            return True
        return super().eventFilter(watched, event)

    def clear_search(self) -> None:
        """Esc in the search box: the whole list again, at once."""
        self.search.clear()
        self.apply_now()

    def show_everything(self) -> None:
        """No search and every filter back to "All": the list shows every KOL (one refresh, not one per box)."""
        for box in (self.search, self.status, self.platform, self.tier, self.tag, self.outreach, self.custom_field):
            box.blockSignals(True)
        self.search.clear()
        for combo in (self.status, self.platform, self.tier, self.tag, self.outreach, self.custom_field):
            combo.setCurrentIndex(0)
        for box in (self.search, self.status, self.platform, self.tier, self.tag, self.outreach, self.custom_field):
            box.blockSignals(False)
        self._show_value_input(keep_text=False)
        self.apply_now()

    def current_filter(self) -> KolFilter:
        condition = self._custom_condition()
        outreach = self.outreach.currentData() or ""
        return KolFilter(
            text=self.search.text(),
            status=self.status.currentData(),
            platform=self.platform.currentData(),
            tier=self.tier.currentData(),
            tag=self.tag.currentData(),
            owner=self.owner.currentData(),
            custom=(condition,) if condition is not None else (),
            outreach=outreach[6:] if outreach.startswith("stage:") else None,
            no_reply_days=int(outreach[7:]) if outreach.startswith("silent:") else None,
        )

    def apply_now(self) -> None:
        """Skip the typing delay (Enter in the search box)."""
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())

    def _custom_condition(self) -> CustomFilter | None:
        """The custom field filter; text it cannot read turns the box red, with the reason as its tooltip."""
        field = self._fields.get(self.custom_field.currentData() or 0)
        self.custom_text.setStyleSheet("")
        self.custom_text.setToolTip(self.custom_text.placeholderText())
        if field is None:
            return None
        if field.kind == "choice":
            value = self.custom_choice.currentData()
            return CustomFilter(field.id, equals=value) if value is not None else None
        try:
            return filter_for(field, self.custom_text.text())
        except ValidationError as exc:
            self.custom_text.setStyleSheet("QLineEdit { border: 1px solid #b00020; }")
            self.custom_text.setToolTip(exc.message)
            return None

    def _custom_field_chosen(self) -> None:
        self._show_value_input(keep_text=False)
        self._emit()

    def _show_value_input(self, keep_text: bool) -> None:
        field = self._fields.get(self.custom_field.currentData() or 0)
        choice = field is not None and field.kind == "choice"
        if not keep_text:
            self.custom_text.blockSignals(True)
            self.custom_text.clear()
            self.custom_text.blockSignals(False)
        current = self.custom_choice.currentData()
        self.custom_choice.blockSignals(True)
        self.custom_choice.clear()
        self.custom_choice.addItem(self.tr("Any value"), None)
        for option in field.choices if field is not None and choice else ():
            self.custom_choice.addItem(option, option)
        self.custom_choice.setCurrentIndex(max(self.custom_choice.findData(current), 0) if keep_text else 0)
        self.custom_choice.blockSignals(False)
        if field is not None and field.kind == "number":
            self.custom_text.setPlaceholderText(self.tr("e.g. 1.2万, 1万-5万, >=100"))
        elif field is not None and field.kind == "date":
            self.custom_text.setPlaceholderText(self.tr("e.g. 2024-05-20, 2024-01-01..2024-06-30, >=2024-05-01"))
        else:
            self.custom_text.setPlaceholderText(self.tr("contains…"))
        self.custom_text.setVisible(field is not None and not choice)
        self.custom_choice.setVisible(choice)

    def _combo(self, all_label: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = ElidingComboBox()
        combo.addItem(all_label, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._emit)
        return combo
