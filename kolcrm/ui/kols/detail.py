"""The KOL detail pane: profile, platform accounts, the history timeline and a quick "add note" box."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
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

from kolcrm.core import interactions, kols
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.numbers import format_count, format_money
from kolcrm.core.records import InteractionRecord, KolRecord
from kolcrm.core.vocabulary import InteractionKind
from kolcrm.ui import prompts

_ACCOUNT_HEADERS = ("Platform", "Handle", "Followers", "Engagement", "Audience", "Rate card", "Checked")


class KolDetail(QWidget):
    edit_requested = Signal(int)
    history_changed = Signal(int)  # kol id: a note was added or deleted

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

        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.delete_note_action = QAction(self.tr("Delete note…"), self.timeline)
        self.delete_note_action.triggered.connect(self.delete_current_note)
        self.timeline.addAction(self.delete_note_action)

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
                record = kols.get_kol(kol_id)
            except NotFoundError:
                self.kol_id = None
        for widget in (
            self.edit_button,
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
            self.timeline.clear()
            return
        self._show_profile(record)
        self._show_accounts(record)
        self._show_history(record.id or 0)

    def add_note(self) -> None:
        if self.kol_id is None:
            return
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
        self.timeline.clear()
        entries = interactions.history(kol_id)
        if not entries:
            self.timeline.addItem(QListWidgetItem(self.tr("No history yet: add the first note below.")))
        for entry in entries:
            follow_up = f"  → {self.tr('follow up')} {entry.follow_up_on.isoformat()}" if entry.follow_up_on else ""
            item = QListWidgetItem(
                f"{entry.occurred_on.isoformat()} · {self.tr(entry.kind.label)}{follow_up}\n{entry.text}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.timeline.addItem(item)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _section(title: str) -> QLabel:
    label = QLabel(f"<b>{html.escape(title)}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
