"""Search-as-you-type and the status / platform / tier / tag filters above the KOL list."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.vocabulary import Platform, Status, Tier

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
        self.platform = self._combo(self.tr("All platforms"), [(p.value, p.value) for p in Platform])
        self.tier = self._combo(
            self.tr("All tiers"), [(t.label, int(t)) for t in sorted(Tier, reverse=True) if t != Tier.UNKNOWN]
        )
        self.tag = self._combo(self.tr("All tags"), [])
        self.fit_brand = QComboBox()
        self.fit_brand.setObjectName("fitBrand")
        self.fit_brand.setToolTip(self.tr("Fit for brand: score every KOL against this brand (the Fit column)"))
        self.fit_brand.addItem(self.tr("Fit for brand: none"), None)
        self.fit_brand.currentIndexChanged.connect(lambda: self.fit_brand_changed.emit(self.fit_brand.currentData()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.status, self.platform, self.tier, self.tag, self.fit_brand):
            layout.addWidget(combo, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)

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

    def current_filter(self) -> KolFilter:
        return KolFilter(
            text=self.search.text(),
            status=self.status.currentData(),
            platform=self.platform.currentData(),
            tier=self.tier.currentData(),
            tag=self.tag.currentData(),
        )

    def apply_now(self) -> None:
        """Skip the typing delay (Enter in the search box)."""
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())

    def _combo(self, all_label: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_label, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._emit)
        return combo
