"""The KOL detail pane: profile, platform accounts, the history timeline and a quick "add note" box."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.numbers import format_count, format_money
from kolcrm.core.vocabulary import InteractionKind
from kolcrm.ui import prompts

if TYPE_CHECKING:
    from kolcrm.core.kol_deals import DealEvent
    from kolcrm.core.records import InteractionRecord, KolRecord

# The services behind the pane (kols, interactions and their peewee models) are imported on first use: the
# pane fills only after the list has painted, so start-up does not wait for them.

_ACCOUNT_HEADERS = ("Platform", "Handle", "Followers", "Engagement", "Audience", "Rate card", "Checked")


class KolDetail(QWidget):
    edit_requested = Signal(int)
    history_changed = Signal(int)  # kol id: a note was added or deleted
    collaboration_requested = Signal(int)  # collaboration id to open in the Collaborations area
    new_collaboration_requested = Signal(int)  # kol id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kol_id: int | None = None
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.profile = QLabel()
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        self.profile.setWordWrap(True)
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.kol_id is not None and self.edit_requested.emit(self.kol_id))

        self.accounts = QTableWidget(0, len(_ACCOUNT_HEADERS))
        self.accounts.setHorizontalHeaderLabels([self.tr(h) for h in _ACCOUNT_HEADERS])
        self.accounts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts.verticalHeader().hide()
        self.accounts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.accounts.horizontalHeader().setStretchLastSection(True)
        self.accounts.setMaximumHeight(150)
        self.accounts.setMinimumHeight(48)

        self.deals_summary = QLabel()
        self.deals_summary.setObjectName("dealsSummary")
        self.deals_summary.setTextFormat(Qt.TextFormat.RichText)
        self.deals_summary.setWordWrap(True)
        self.deals = QListWidget()
        self.deals.setObjectName("kolDeals")
        self.deals.setMaximumHeight(110)
        # Small minimums so the window still fits a laptop screen; the timeline takes what is left.
        self.deals.setMinimumHeight(40)
        self.deals.setAlternatingRowColors(True)
        self.deals.setWordWrap(True)
        self.deals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deals.itemActivated.connect(self._open_deal)
        self.deals.itemDoubleClicked.connect(self._open_deal)
        self.new_deal_button = QPushButton(self.tr("New collaboration…"))
        self.new_deal_button.clicked.connect(
            lambda: self.kol_id is not None and self.new_collaboration_requested.emit(self.kol_id)
        )

        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.delete_note_action = QAction(self.tr("Delete note…"), self.timeline)
        self.delete_note_action.triggered.connect(self.delete_current_note)
        self.timeline.addAction(self.delete_note_action)
        self.timeline.itemDoubleClicked.connect(self._open_event_deal)

        self.note_kind = QComboBox()
        for kind in InteractionKind:
            self.note_kind.addItem(self.tr(kind.label), kind.value)
        self.note_date = QDateEdit(QDate.currentDate())
        self.note_date.setCalendarPopup(True)
        self.note_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up_date = QDateEdit(QDate.currentDate().addDays(7))
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_date.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_date.setEnabled)
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setPlaceholderText(self.tr("Add a note — Ctrl+Enter saves"))
        self.note_text.setMaximumHeight(80)
        self.note_text.setMinimumHeight(44)
        self.note_error = QLabel()
        self.note_error.setStyleSheet("color: #b00020;")
        self.note_error.hide()
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.clicked.connect(self.add_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_text)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_kind)
        note_row.addWidget(self.note_date)
        note_row.addWidget(self.follow_up)
        note_row.addWidget(self.follow_up_date)
        note_row.addStretch(1)
        note_row.addWidget(self.add_note_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.profile)
        layout.addWidget(_section(self.tr("Platform accounts")))
        layout.addWidget(self.accounts)
        deals_head = QHBoxLayout()
        deals_head.addWidget(_section(self.tr("Collaborations")), 1)
        deals_head.addWidget(self.new_deal_button)
        layout.addLayout(deals_head)
        layout.addWidget(self.deals_summary)
        layout.addWidget(self.deals)
        layout.addWidget(_section(self.tr("History")))
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.note_text)
        layout.addWidget(self.note_error)
        layout.addLayout(note_row)
        self.show_kol(None)

    def show_kol(self, kol_id: int | None) -> None:
        self.kol_id = kol_id
        record = None
        if kol_id is not None:
            try:
                from kolcrm.core import kols

                record = kols.get_kol(kol_id)
            except NotFoundError:
                self.kol_id = None
        for widget in (
            self.edit_button,
            self.new_deal_button,
            self.note_text,
            self.add_note_button,
            self.note_kind,
            self.note_date,
            self.follow_up,
        ):
            widget.setEnabled(record is not None)
        if record is None:
            self.title.setText(f"<h2>{html.escape(self.tr('No KOL selected'))}</h2>")
            self.profile.setText(html.escape(self.tr("Pick a KOL in the list, or press Ctrl+N to add one.")))
            self.accounts.setRowCount(0)
            self.deals.clear()
            self.deals_summary.clear()
            self.timeline.clear()
            return
        self._show_profile(record)
        self._show_accounts(record)
        self.show_deals(record.id or 0)
        self._show_history(record.id or 0)

    def refresh(self) -> None:
        """Re-read the shown KOL: a deal, payment or review elsewhere changed their totals or history."""
        self.show_kol(self.kol_id)

    def show_deals(self, kol_id: int) -> None:
        # Imported here: the deals code is not needed to paint the list, so start-up does not pay for it.
        from kolcrm.core.kol_deals import kol_deal_summary
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
            self.tr("%n collaboration(s)", "", summary.collaborations),
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
            overdue = self.tr("%n overdue payment(s)", "", summary.overdue_payments)
            text += f" · <span style='color:#b00020'>⚠ {html.escape(overdue)}</span>"
        self.deals_summary.setText(text)
        for line in summary.deals:
            first = self.tr(" · first deal") if line.is_first else ""
            flag = "⚠ " if line.overdue else ""
            item = QListWidgetItem(
                f"{flag}{line.title} — {line.brand_name} · {self.tr(line.stage.label)}{first}\n{line.fee_line}"
            )
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            if line.overdue:
                item.setForeground(QColor("#b00020"))
                item.setToolTip(self.tr("A payment is past due and unpaid"))
            self.deals.addItem(item)

    def add_note(self) -> None:
        if self.kol_id is None:
            return
        from kolcrm.core import interactions
        from kolcrm.core.records import InteractionRecord

        note = InteractionRecord(
            occurred_on=_to_date(self.note_date.date()),
            kind=InteractionKind(self.note_kind.currentData()),
            text=self.note_text.toPlainText(),
            follow_up_on=_to_date(self.follow_up_date.date()) if self.follow_up.isChecked() else None,
        )
        try:
            interactions.add_interaction(self.kol_id, note)
        except ValidationError as exc:
            self.note_error.setText(exc.message)
            self.note_error.show()
            return
        self.note_error.hide()
        self.note_text.clear()
        self.follow_up.setChecked(False)
        self._show_history(self.kol_id)
        self.history_changed.emit(self.kol_id)

    def delete_current_note(self) -> None:
        item = self.timeline.currentItem()
        note_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if note_id is None or self.kol_id is None:
            return
        excerpt = item.text().split("\n", 1)[-1][:80]
        if not prompts.confirm(
            self, self.tr("Delete note"), self.tr("Delete this note?\n\n{0}").format(excerpt), self.tr("Delete")
        ):
            return
        from kolcrm.core import interactions

        interactions.delete_interaction(note_id)
        self._show_history(self.kol_id)
        self.history_changed.emit(self.kol_id)  # last contact may have changed

    def _show_profile(self, record: KolRecord) -> None:
        e = html.escape
        subtitle = " · ".join(
            e(part)
            for part in (record.real_name, record.status.label, record.tier.label, record.city, record.agency)
            if part and part != "—"
        )
        self.title.setText(f"<h2 style='margin:0'>{e(record.display_name)}</h2><span>{subtitle}</span>")
        rows = [
            (self.tr("Categories"), ", ".join(record.categories)),
            (self.tr("Image & values"), ", ".join(record.value_tags)),
            (self.tr("Languages"), ", ".join(record.languages)),
            (self.tr("Agent"), " · ".join(p for p in (record.agent_name, record.agent_contact) if p)),
            (self.tr("WeChat"), record.wechat_id),
            (self.tr("Phone"), record.phone),
            (self.tr("Email"), record.email),
            (self.tr("Birthday"), record.birthday.isoformat() if record.birthday else ""),
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
                account.platform,
                account.handle,
                format_count(account.followers),
                f"{account.engagement_rate:.2f} %",
                ", ".join(audience),
                "; ".join(f"{item.format} {format_money(item.fee, item.currency)}" for item in account.rate_card),
                account.figures_checked_on.isoformat() if account.figures_checked_on else "",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.accounts.setItem(row, column, item)

    def _show_history(self, kol_id: int) -> None:
        """Notes and the deals' events (stage changes, payments, reviews) in one timeline, newest first."""
        from kolcrm.core import interactions
        from kolcrm.core.kol_deals import DealEvent, deal_events

        self.timeline.clear()
        notes = interactions.history(kol_id)
        events = deal_events(kol_id)
        if not notes and not events:
            self.timeline.addItem(QListWidgetItem(self.tr("No history yet: add the first note below.")))
        merged: list[tuple[date, int, InteractionRecord | DealEvent]] = [(n.occurred_on, 1, n) for n in notes]
        merged += [(e.on, 0, e) for e in events]
        merged.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)  # stable: each source keeps its order
        for _on, _rank, entry in merged:
            if isinstance(entry, DealEvent):
                item = QListWidgetItem(f"{entry.on.isoformat()} · {self.tr(_EVENT_KINDS[entry.kind])}\n{entry.text}")
                item.setForeground(QColor("#35526e"))
                item.setData(_DEAL_ROLE, entry.collaboration_id)
            else:
                follow_up = f"  → {self.tr('follow up')} {entry.follow_up_on.isoformat()}" if entry.follow_up_on else ""
                item = QListWidgetItem(
                    f"{entry.occurred_on.isoformat()} · {self.tr(entry.kind.label)}{follow_up}\n{entry.text}"
                )
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.timeline.addItem(item)

    def _open_event_deal(self, item: QListWidgetItem) -> None:
        deal_id = item.data(_DEAL_ROLE)
        if deal_id is not None:
            self.collaboration_requested.emit(deal_id)

    def _open_deal(self, item: QListWidgetItem) -> None:
        deal_id = item.data(Qt.ItemDataRole.UserRole)
        if deal_id is not None:
            self.collaboration_requested.emit(deal_id)


_DEAL_ROLE = Qt.ItemDataRole.UserRole + 1
_EVENT_KINDS = {"stage": "Deal", "payment": "Payment", "review": "Review"}


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _section(title: str) -> QLabel:
    label = QLabel(f"<b>{html.escape(title)}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
