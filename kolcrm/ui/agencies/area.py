"""Agencies: the MCNs and agencies the KOLs belong to, with the company details a contract names, the contact there,
notes, the KOLs they represent and the deals made with them (double-click opens one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.agencies import service as agencies
from kolcrm.core.agencies.records import AgencyRecord
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.numbers import format_count
from kolcrm.core.vocabulary import Stage, Status, platform_label
from kolcrm.ui import prompts

ID_ROLE = Qt.ItemDataRole.UserRole


class AgenciesArea(QWidget):
    open_kol_requested = Signal(int)
    open_collaboration_requested = Signal(int)
    kols_renamed = Signal()  # a rename wrote the new name into its KOLs' agency field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agency_id: int | None = None
        self.list = QListWidget()
        self.list.setObjectName("agencyList")
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label, hint in (
            ("name", self.tr("Name *"), self.tr("As the KOLs' agency field writes it")),
            ("legal_name", self.tr("Registered name"), self.tr("As on its business licence")),
            ("uscc", self.tr("统一社会信用代码"), ""),
            ("address", self.tr("Address"), ""),
            ("contact_name", self.tr("Contact person"), ""),
            ("contact", self.tr("Phone, WeChat or e-mail"), ""),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"agency_{name}")
            edit.setPlaceholderText(hint)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("agency_notes")
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("Notes"), self.notes)
        self.error = QLabel()
        self.error.setObjectName("agencyError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow("", self.error)
        self.new_button = QPushButton(self.tr("New agency"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.new_agency)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        self.kol_list = QListWidget()
        self.kol_list.setObjectName("agencyKols")
        self.deal_list = QListWidget()
        self.deal_list.setObjectName("agencyDeals")
        self.kol_list.itemActivated.connect(lambda item: self.open_kol_requested.emit(item.data(ID_ROLE)))
        self.deal_list.itemActivated.connect(lambda item: self.open_collaboration_requested.emit(item.data(ID_ROLE)))
        self.kol_list.itemDoubleClicked.connect(lambda item: self.open_kol_requested.emit(item.data(ID_ROLE)))
        self.deal_list.itemDoubleClicked.connect(
            lambda item: self.open_collaboration_requested.emit(item.data(ID_ROLE))
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.kol_list, self.tr("KOLs"))
        self.tabs.addTab(self.deal_list, self.tr("Deals"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._show_current)

    def load(self, select: int | None = None) -> None:
        select = select if select is not None else self.agency_id
        self.list.blockSignals(True)
        self.list.clear()
        for record in agencies.list_agencies():
            item = QListWidgetItem(self.tr("{name} ({count})").format(name=record.name, count=record.kol_count))
            item.setData(ID_ROLE, record.id)
            item.setToolTip(record.legal_name or record.name)
            self.list.addItem(item)
            if record.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current(self.list.currentItem())

    def new_agency(self) -> None:
        self.list.setCurrentItem(None)
        self._fill(AgencyRecord(name=""))
        self.fields["name"].setFocus()

    def save(self) -> None:
        values = {name: edit.text() for name, edit in self.fields.items()}
        record = AgencyRecord(**values, notes=self.notes.toPlainText(), id=self.agency_id)
        renamed = self.agency_id is not None and agencies.get_agency(self.agency_id).name != values["name"].strip()
        try:
            agency_id = agencies.save_agency(record)
        except (ValidationError, NotFoundError) as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.load(select=agency_id)
        if renamed:
            self.kols_renamed.emit()

    def delete(self) -> None:
        if self.agency_id is None:
            return
        name = self.fields["name"].text()
        if not prompts.confirm(
            self, self.tr("Delete agency"), self.tr("Delete “{0}”?").format(name), self.tr("Delete")
        ):
            return
        try:
            agencies.delete_agency(self.agency_id)
        except ValidationError as exc:
            prompts.error(self, self.tr("Agency not deleted"), exc.message)
            return
        self.agency_id = None
        self.load()

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self._fill(AgencyRecord(name=""))
            return
        try:
            self._fill(agencies.get_agency(item.data(ID_ROLE)))
        except NotFoundError:
            self.load()

    def _fill(self, record: AgencyRecord) -> None:
        self.agency_id = record.id
        for name, edit in self.fields.items():
            edit.setText(getattr(record, name))
        self.notes.setPlainText(record.notes)
        self.delete_button.setEnabled(record.id is not None)
        self.error.clear()
        self.kol_list.clear()
        self.deal_list.clear()
        if record.id is None:
            self.tabs.setTabText(0, self.tr("KOLs"))
            self.tabs.setTabText(1, self.tr("Deals"))
            return
        kols = agencies.kols_of(record.id)
        for kol in kols:
            platform = platform_label(kol.main_platform) if kol.main_platform else "—"
            text = f"{kol.display_name} · {Status(kol.status).label} · {platform} {format_count(kol.followers)}"
            self._add(self.kol_list, text, kol.id)
        deals = agencies.deals_of(record.id)
        for deal in deals:
            via = self.tr(" · through the agency") if deal.channel == "agency" else ""
            self._add(
                self.deal_list,
                f"{deal.title} — {deal.kol_name} · {deal.brand_name} · {Stage(deal.stage).label}{via}",
                deal.id,
            )
        self.tabs.setTabText(0, self.tr("KOLs ({0})").format(len(kols)))
        self.tabs.setTabText(1, self.tr("Deals ({0})").format(len(deals)))

    @staticmethod
    def _add(target: QListWidget, text: str, record_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, record_id)
        target.addItem(item)
