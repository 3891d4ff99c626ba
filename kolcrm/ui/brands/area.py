"""Brands: the user's brands or clients, with the values and audience KOLs are matched against."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.brands import service as brands
from kolcrm.core.brands.records import BrandRecord
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols.form import split_list
from kolcrm.core.numbers import format_money, parse_money, parse_percent
from kolcrm.core.store.versions import EditConflict
from kolcrm.ui import prompts
from kolcrm.ui.kols import conflict_dialog


class BrandsArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.brand_id: int | None = None
        self.read_version: int | None = None  # the shown brand's row version (see save)
        self.list = QListWidget()
        self.list.setObjectName("brandList")
        self.name = QLineEdit()
        self.name.setObjectName("brandName")
        self.values = QPlainTextEdit()
        self.audience = QPlainTextEdit()
        self.categories = QLineEdit()
        self.categories.setPlaceholderText("护肤, 美妆")
        self.channels = QPlainTextEdit()
        self.channels.setPlaceholderText(self.tr("Weibo @brand · WeChat official account · Xiaohongshu @brand"))
        # The target audience in figures: what the fit score compares each KOL's audience with.
        self.female_pct = QLineEdit()
        self.female_pct.setObjectName("brandFemalePct")
        self.female_pct.setPlaceholderText(self.tr("e.g. 75 %"))
        self.age_bands = QLineEdit()
        self.age_bands.setObjectName("brandAgeBands")
        self.age_bands.setPlaceholderText("18-24, 25-34")
        self.city_tiers = QLineEdit()
        self.city_tiers.setObjectName("brandCityTiers")
        self.city_tiers.setPlaceholderText("一线城市, 上海, 杭州")
        self.order_value = QLineEdit()
        self.order_value.setObjectName("brandOrderValue")
        self.order_value.setPlaceholderText(self.tr("¥299 (break-even orders before signing)"))
        for box in (self.values, self.audience, self.channels):
            box.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.new_button = QPushButton(self.tr("New brand"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Values and image"), self.values)
        form.addRow(self.tr("Target audience"), self.audience)
        form.addRow(self.tr("Audience: female share"), self.female_pct)
        form.addRow(self.tr("Audience: age bands"), self.age_bands)
        form.addRow(self.tr("Audience: cities / tiers"), self.city_tiers)
        form.addRow(self.tr("Average order value"), self.order_value)
        form.addRow(self.tr("Categories"), self.categories)
        form.addRow(self.tr("Official channels"), self.channels)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._show_current)
        self.new_button.clicked.connect(self.new_brand)
        self.save_button.clicked.connect(lambda: self.save())  # not clicked(checked): that is no overwrite
        self.delete_button.clicked.connect(self.delete)

    def load(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for record in brands.list_brands():
            item = QListWidgetItem(record.name)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
            if record.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current(self.list.currentItem())

    def new_brand(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self._fill(BrandRecord(name=""))
        self.name.setFocus()

    def save(self, overwrite: bool = False) -> None:
        try:
            female = parse_percent(self.female_pct.text())
            money = parse_money(self.order_value.text())
        except ValueError:
            self.error.setText(self.tr("The female share is a percentage and the order value an amount (e.g. ¥299)"))
            return
        record = BrandRecord(
            target_female_pct=female,
            target_age_bands=split_list(self.age_bands.text()),
            target_city_tiers=split_list(self.city_tiers.text()),
            average_order_value=money[0] if money else None,
            row_version=self.read_version,
            id=self.brand_id,
            name=self.name.text(),
            brand_values=self.values.toPlainText(),
            target_audience=self.audience.toPlainText(),
            categories=split_list(self.categories.text()),
            official_channels=self.channels.toPlainText(),
        )
        try:
            brand_id = brands.save_brand(record, overwrite)
        except EditConflict as exc:  # someone saved this brand since it was shown
            conflict_dialog.settle(self, exc, lambda: self.load(select=self.brand_id), lambda: self.save(True))
            return
        except (ValidationError, NotFoundError) as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.load(select=brand_id)

    def delete(self) -> None:
        if self.brand_id is None:
            return
        if prompts.confirm(
            self,
            self.tr("Delete brand"),
            self.tr("Delete “{0}”?").format(self.name.text()),
            self.tr("Delete"),
        ):
            try:
                brands.delete_brand(self.brand_id)
            except ValidationError as exc:
                prompts.error(self, self.tr("Brand not deleted"), exc.message)
                return
            self.load()

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self._fill(BrandRecord(name=""))
            return
        try:
            self._fill(brands.get_brand(item.data(Qt.ItemDataRole.UserRole)))
        except NotFoundError:
            self.load()

    def _fill(self, record: BrandRecord) -> None:
        self.brand_id, self.read_version = record.id, record.row_version
        self.name.setText(record.name)
        self.values.setPlainText(record.brand_values)
        self.audience.setPlainText(record.target_audience)
        self.categories.setText(", ".join(record.categories))
        self.channels.setPlainText(record.official_channels)
        self.female_pct.setText(f"{record.target_female_pct:g}" if record.target_female_pct is not None else "")
        self.age_bands.setText(", ".join(record.target_age_bands))
        self.city_tiers.setText(", ".join(record.target_city_tiers))
        self.order_value.setText(
            format_money(record.average_order_value) if record.average_order_value is not None else ""
        )
        self.delete_button.setEnabled(record.id is not None)
        self.error.clear()
