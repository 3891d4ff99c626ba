"""The KOL detail pane: profile and platform accounts above; below, tabs for the history timeline (with a quick
"add note" box), the deals, relationship care, and risks & health."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.attachments.records import Target
from kolcrm.core.attachments.service import attachments_of
from kolcrm.core.errors import NotFoundError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.store import dialect
from kolcrm.core.vocabulary import platform_label
from kolcrm.ui.attachments.panel import AttachmentsPanel
from kolcrm.ui.kols.detail_text import fee_text, followers_text, last_changed
from kolcrm.ui.kols.fit_tab import FitTab
from kolcrm.ui.kols.history_tab import HistoryTab
from kolcrm.ui.kols.outreach_box import OutreachBox
from kolcrm.ui.widgets.display import section_title

if TYPE_CHECKING:
    from kolcrm.core.kols.records import KolRecord
    from kolcrm.ui.kols.care_tab import CareTab
    from kolcrm.ui.kols.risks_tab import RisksTab

# The services behind the pane (kols, interactions and their peewee models) are imported on first use: the
# pane fills only after the list has painted, so start-up does not wait for them. The Care and Risks tabs
# are built the first time they are opened.

_ACCOUNT_HEADERS = (
    QT_TRANSLATE_NOOP("KolDetail", "Platform"),
    QT_TRANSLATE_NOOP("KolDetail", "Handle"),
    QT_TRANSLATE_NOOP("KolDetail", "Followers"),
    QT_TRANSLATE_NOOP("KolDetail", "Engagement"),
    QT_TRANSLATE_NOOP("KolDetail", "Audience"),
    QT_TRANSLATE_NOOP("KolDetail", "Rate card"),
    QT_TRANSLATE_NOOP("KolDetail", "Checked"),
)


class KolDetail(QWidget):
    edit_requested = Signal(int)
    history_changed = Signal(int)  # kol id: a note was added or deleted
    collaboration_requested = Signal(int)  # collaboration id to open in the Collaborations area
    new_collaboration_requested = Signal(int)  # kol id
    care_changed = Signal(int)  # kol id: a gift, perk, the scheduling or a risk was saved or deleted

    HISTORY_TAB, DEALS_TAB, CARE_TAB, RISKS_TAB, FIT_TAB, FILES_TAB = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_id: int | None = None
        self.read_only = False  # a team book this person may only read: nothing here writes (ui/team/read_only.py)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)
        self.profile = QLabel()
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        self.profile.setWordWrap(True)
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.kol_id is not None and self.edit_requested.emit(self.kol_id))
        self.new_deal_button = QPushButton(self.tr("New collaboration…"))
        self.new_deal_button.clicked.connect(
            lambda: self.kol_id is not None and self.new_collaboration_requested.emit(self.kol_id)
        )

        self.accounts = QTableWidget(0, len(_ACCOUNT_HEADERS))
        self.accounts.setHorizontalHeaderLabels([self.tr(h) for h in _ACCOUNT_HEADERS])
        self.accounts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts.verticalHeader().hide()
        self.accounts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.accounts.horizontalHeader().setStretchLastSection(True)
        self.accounts.setMaximumHeight(150)
        self.accounts.setMinimumHeight(48)

        self.history = HistoryTab()
        self.history.notes_changed.connect(lambda: self.kol_id is not None and self.history_changed.emit(self.kol_id))
        self.history.event_activated.connect(self._open_event)
        # The history's widgets, under the names the pane has always had.
        self.timeline = self.history.timeline
        self.delete_note_action = self.history.delete_note_action
        self.note_kind, self.note_date = self.history.note_kind, self.history.note_date
        self.follow_up, self.follow_up_date = self.history.follow_up, self.history.follow_up_date
        self.note_text, self.note_error = self.history.note_text, self.history.note_error
        self.add_note_button = self.history.add_note_button
        self.add_note = self.history.add_note
        self.delete_current_note = self.history.delete_current_note

        self.deals_summary = QLabel()
        self.deals_summary.setObjectName("dealsSummary")
        self.deals_summary.setTextFormat(Qt.TextFormat.RichText)
        self.deals_summary.setWordWrap(True)
        self.deals = QListWidget()
        self.deals.setObjectName("kolDeals")
        self.deals.setAlternatingRowColors(True)
        self.deals.setWordWrap(True)
        self.deals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deals.itemActivated.connect(self._open_deal)
        self.deals.itemDoubleClicked.connect(self._open_deal)
        deals = QWidget()
        deals_layout = QVBoxLayout(deals)
        deals_layout.setContentsMargins(4, 4, 4, 4)
        deals_layout.addWidget(self.deals_summary)
        deals_layout.addWidget(self.deals, 1)
        deals_layout.addStretch(0)

        self.care: CareTab | None = None  # built when first shown
        self.risks: RisksTab | None = None
        self._loaded: dict[int, int | None] = {}  # lazy tab → the KOL it shows
        self.tabs = QTabWidget()
        self.tabs.setObjectName("kolTabs")
        self.tabs.setDocumentMode(True)
        self.outreach = OutreachBox()  # atop the History tab, where the messages it counts are listed
        self.outreach.changed.connect(lambda kol_id: self.history.load(kol_id))
        self.history.layout().insertWidget(0, self.outreach)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(deals, self.tr("Deals"))
        self.tabs.addTab(_holder(), self.tr("Care"))
        self.tabs.addTab(_holder(), self.tr("Risks && health"))
        self.fit = FitTab()
        self.fit_brand: int | None = None  # chosen in the list's filter bar; None: the first brand
        self.tabs.addTab(self.fit, self.tr("Fit && value"))
        self.files = AttachmentsPanel(self.tr("Media kit and other files"), self.tr("No files yet: drop the KOL's media kit here or use Attach file…"))  # fmt: skip
        self.files.setObjectName("kolFiles")
        self.files.changed.connect(self._show_file_count)
        self.tabs.addTab(self.files, self.tr("Files"))
        self.tabs.currentChanged.connect(self._load_tab)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.new_deal_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)  # the pane's full width, not a column squeezed beside the buttons
        layout.addWidget(self.profile)
        layout.addWidget(section_title(self.tr("Platform accounts")))
        layout.addWidget(self.accounts)
        layout.addWidget(self.tabs, 1)
        self.show_kol(None)

    def show_kol(self, kol_id: int | None) -> None:
        self.kol_id = kol_id
        record = None
        if kol_id is not None:
            try:
                from kolcrm.core.kols import service as kols

                record = kols.get_kol(kol_id)
            except NotFoundError:
                self.kol_id = None
        for widget in (self.edit_button, self.new_deal_button):
            widget.setEnabled(record is not None and not self.read_only)
        self.history.set_enabled(record is not None and not self.read_only)
        self.outreach.load(self.kol_id if record is not None else None, self.read_only)
        for index in (self.CARE_TAB, self.RISKS_TAB, self.FIT_TAB, self.FILES_TAB):
            self.tabs.setTabEnabled(index, record is not None)
        if record is None:
            self.title.setText("<h2>" + html.escape(self.tr("No KOL selected")) + "</h2>")
            self.subtitle.clear()
            self.profile.setText(html.escape(self.tr("Pick a KOL in the list, or press Ctrl+N to add one.")))
            self.accounts.setRowCount(0)
            self.deals.clear()
            self.deals_summary.clear()
            self.history.load(None)
        else:
            self._show_profile(record)
            self._show_accounts(record)
            self.show_deals(record.id or 0)
            self.history.load(record.id)
        count = self.deals.count()
        self.tabs.setTabText(self.DEALS_TAB, self.tr("Deals ({0})").format(count) if count else self.tr("Deals"))
        self._loaded.clear()
        self._show_file_count(len(attachments_of(Target(kol_id))) if record is not None and kol_id else 0)
        self._load_tab(self.tabs.currentIndex())

    def set_fit_brand(self, brand_id: int | None) -> None:
        self.fit_brand = brand_id
        self._loaded.pop(self.FIT_TAB, None)
        self._load_tab(self.tabs.currentIndex())

    def refresh(self) -> None:
        """Re-read the shown KOL: a deal, payment or review elsewhere changed their totals or history."""
        self.show_kol(self.kol_id)

    def care_tab(self) -> CareTab:
        """Show the Care tab (built on first use) and return it."""
        self.tabs.setCurrentIndex(self.CARE_TAB)
        return self._built(self.CARE_TAB)  # type: ignore[return-value]

    def risks_tab(self) -> RisksTab:
        """Show the "Risks & health" tab (built on first use) and return it."""
        self.tabs.setCurrentIndex(self.RISKS_TAB)
        return self._built(self.RISKS_TAB)  # type: ignore[return-value]

    def show_deals(self, kol_id: int) -> None:
        # Imported here: the deals code is not needed to paint the list, so start-up does not pay for it.
        from kolcrm.core.collaborations.by_kol import kol_deal_summary
        from kolcrm.core.money import format_totals

        summary = kol_deal_summary(kol_id)
        self.deals.clear()
        if not summary.deals:
            self.deals_summary.setText(html.escape(self.tr("No collaborations yet.")))
            self.deals.hide()
            return
        self.deals.show()
        rate = summary.punctuality.rate
        parts = [
            self.tr("%n collaborations", "", summary.collaborations),
            self.tr("paid {0}").format(format_totals(summary.paid)),
            self.tr("on time {0}").format(f"{rate:.0%}" if rate is not None else "—"),
        ]
        if summary.first_deals:
            parts.append(
                self.tr("every first deal paid as asked")
                if summary.every_first_deal_paid_as_asked
                else self.tr("{0} of {1} first deals paid as asked").format(
                    summary.first_deals_paid_as_asked, summary.first_deals
                )
            )
        text = html.escape(" · ".join(parts))
        if summary.overdue_payments:
            overdue = self.tr("%n overdue payments", "", summary.overdue_payments)
            text += f" · <span style='color:#b00020'>⚠ {html.escape(overdue)}</span>"
        self.deals_summary.setText(text)
        for line in summary.deals:
            first = self.tr(" · first deal") if line.is_first else ""
            flag = "⚠ " if line.overdue else ""
            item = QListWidgetItem(
                f"{flag}{line.title} — {line.brand_name} · {line.stage.label}{first}\n{line.fee_line}"
            )
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            if line.overdue:
                item.setForeground(QColor("#b00020"))
                item.setToolTip(self.tr("A payment is past due and unpaid"))
            self.deals.addItem(item)

    def _show_profile(self, record: KolRecord) -> None:
        e = html.escape
        subtitle = " · ".join(
            part
            for part in (record.real_name, record.status.label, record.tier.label, record.city, record.agency)
            if part and part != "—"
        )
        self.title.setText(f"<h2 style='margin:0'>{e(record.display_name)}</h2>")
        self.subtitle.setText(subtitle)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        rows = [
            (self.tr("Categories"), ", ".join(record.categories)),
            (self.tr("Image & values"), ", ".join(record.value_tags)),
            (self.tr("Languages"), ", ".join(record.languages)),
            (self.tr("Agent"), " · ".join(p for p in (record.agent_name, record.agent_contact) if p)),
            (self.tr("WeChat"), record.wechat_id),
            (self.tr("Phone"), record.phone),
            (self.tr("Email"), record.email),
            (self.tr("Birthday"), record.birthday.isoformat() if record.birthday else ""),
            (self.tr("Lunar birthday"), record.lunar_birthday),
            (self.tr("Owner"), record.owner),
            # On a team's book, who saved the KOL last and when; on one's own file it is always oneself.
            (self.tr("Last changed"), last_changed(record) if dialect.is_postgres() else ""),
        ]
        if record.custom:  # the user's own fields, by their own names, in their order
            from kolcrm.core.kols import custom_fields

            rows += [
                (field.name, custom_fields.display_value(field, record.custom.get(field.id)))
                for field in custom_fields.list_fields()
            ]
        cells = "".join(
            f"<tr><td style='color:#666;padding-right:12px'>{e(label)}</td><td>{e(value)}</td></tr>"
            for label, value in rows
            if value
        )
        self.profile.setText(f"<table>{cells}</table>")

    def _show_accounts(self, record: KolRecord) -> None:
        self.accounts.setRowCount(len(record.accounts))
        # As tall as its rows (up to the cap), so one account does not leave a blank box under it.
        rows_height = self.accounts.verticalHeader().defaultSectionSize() * max(len(record.accounts), 1)
        chrome = self.accounts.horizontalHeader().sizeHint().height() + 2 * self.accounts.frameWidth() + 18
        self.accounts.setMaximumHeight(min(150, rows_height + chrome))
        for row, account in enumerate(record.accounts):
            audience = []
            if account.audience_female_pct is not None:
                audience.append(self.tr("{0:g}% female").format(account.audience_female_pct))
            audience += [f"{band} {share:g}%" for band, share in account.audience_age_bands.items()]
            audience += account.audience_cities
            values = (
                platform_label(account.platform),
                account.handle,
                followers_text(account),
                f"{account.engagement_rate:.2f} %",
                ", ".join(audience),
                "; ".join(f"{item.format} {fee_text(item)}" for item in account.rate_card),
                account.figures_checked_on.isoformat() if account.figures_checked_on else "",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.accounts.setItem(row, column, item)

    def _open_event(self, deal_id: int | None, kind: str) -> None:
        """A deal's event opens the deal; a gift or perk of the KOL alone opens Care, a risk opens Risks."""
        tab = {"gift": self.CARE_TAB, "perk": self.CARE_TAB, "risk": self.RISKS_TAB}.get(kind)
        if tab is not None and (deal_id is None or tab == self.RISKS_TAB):
            self.tabs.setCurrentIndex(tab)
        elif deal_id is not None:
            self.collaboration_requested.emit(deal_id)

    def _open_deal(self, item: QListWidgetItem) -> None:
        deal_id = item.data(Qt.ItemDataRole.UserRole)
        if deal_id is not None:
            self.collaboration_requested.emit(deal_id)

    # -- the lazy tabs -----------------------------------------------------------------------------------------
    def _built(self, index: int) -> CareTab | RisksTab:
        tab = self.care if index == self.CARE_TAB else self.risks
        if tab is None:
            if index == self.CARE_TAB:
                from kolcrm.ui.kols.care_tab import CareTab

                tab = self.care = CareTab()
            else:
                from kolcrm.ui.kols.risks_tab import RisksTab

                tab = self.risks = RisksTab()
            tab.changed.connect(lambda index=index: self._care_saved(index))
            self.tabs.widget(index).layout().addWidget(tab)
        if self.kol_id is not None and self._loaded.get(index, -1) != self.kol_id:
            tab.load(self.kol_id)
            self._loaded[index] = self.kol_id
        return tab

    def _load_tab(self, index: int) -> None:
        if index in (self.CARE_TAB, self.RISKS_TAB) and self.kol_id is not None:
            self._built(index)
        elif index == self.FIT_TAB and self._loaded.get(index, -1) != self.kol_id:
            self.fit.load(self.kol_id, self.fit_brand)
            self._loaded[index] = self.kol_id
        elif index == self.FILES_TAB and self._loaded.get(index, -1) != self.kol_id:
            self.files.set_target(Target(self.kol_id) if self.kol_id is not None else None)
            self._loaded[index] = self.kol_id

    def _show_file_count(self, count: int) -> None:
        self.tabs.setTabText(self.FILES_TAB, self.tr("Files ({0})").format(count) if count else self.tr("Files"))

    def _care_saved(self, index: int) -> None:
        """A gift, perk or risk shows on the timeline and moves the health score: re-read what shows them."""
        if self.kol_id is None:
            return
        self._loaded = {index: self.kol_id}  # the other lazy tab re-reads when next shown
        self.history.load(self.kol_id)
        self.care_changed.emit(self.kol_id)


def _holder() -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    return holder
