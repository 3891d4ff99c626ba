"""The collaboration detail pane: terms and money, compliance, the deliverables' review, payments, stage history."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import collaborations, deliverables, payments
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.fee_policy import fee_line, paid_as_asked
from kolcrm.core.money import true_cost
from kolcrm.core.numbers import format_money
from kolcrm.core.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.vocabulary import DEFAULT_DISCLOSURE_LABEL, ApprovalState, Stage
from kolcrm.ui import prompts

WARNING_COLOUR = "#b00020"
_DELIVERABLE_HEADERS = ("Platform", "Content", "Qty", "Due", "Review", "Ad label")
_PAYMENT_HEADERS = ("Amount", "Due", "Paid on", "Method", "Reference")
_S = ApprovalState


class CollaborationDetail(QWidget):
    changed = Signal(int)  # collaboration id: a review step, label, publication or payment was recorded
    edit_requested = Signal(int)
    open_kol_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collaboration_id: int | None = None
        self.record: CollaborationRecord | None = None
        self.header = _rich_label()
        self.header.setObjectName("dealHeader")
        self.header.linkActivated.connect(self._link)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit_id(self.edit_requested))
        self.fee_label = _rich_label()
        self.terms = _rich_label()
        self.warnings = _rich_label()
        self.warnings.setObjectName("complianceWarnings")
        self.warnings.setStyleSheet(f"color: {WARNING_COLOUR};")

        self.deliverables = _table(_DELIVERABLE_HEADERS, self)
        self.deliverables.setMaximumHeight(120)
        self.deliverables.currentCellChanged.connect(lambda *_: self._show_deliverable())
        self.brief = _reading_box()
        self.kol_idea = _reading_box()
        self.approval_history = QListWidget()
        self.approval_history.setObjectName("approvalHistory")
        self.approval_history.setWordWrap(True)
        self.approval_history.setAlternatingRowColors(True)
        self.submit_button = QPushButton(self.tr("Submit draft"))
        self.request_changes_button = QPushButton(self.tr("Request changes…"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.confirm_label_button = QPushButton(self.tr("Confirm ad label…"))
        self.publish_button = QPushButton(self.tr("Mark published…"))
        self.submit_button.clicked.connect(lambda: self._review(_S.SUBMITTED))
        self.request_changes_button.clicked.connect(self.request_changes)
        self.approve_button.clicked.connect(lambda: self._review(_S.APPROVED))
        self.confirm_label_button.clicked.connect(self.confirm_label)
        self.publish_button.clicked.connect(self.mark_published)

        self.payments = _table(_PAYMENT_HEADERS, self)
        self.payments.currentCellChanged.connect(lambda *_: self._update_payment_button())
        self.mark_paid_button = QPushButton(self.tr("Mark paid…"))
        self.mark_paid_button.clicked.connect(self.mark_paid)
        self.stage_history = QListWidget()
        self.stage_history.setObjectName("stageHistory")

        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._deliverables_page(), self.tr("Deliverables"))
        self.tabs.addTab(self._payments_page(), self.tr("Payments"))
        self.tabs.addTab(self.stage_history, self.tr("Stage history"))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.fee_label)
        layout.addWidget(self.terms)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)
        self.show_collaboration(None)

    # -- showing -------------------------------------------------------------------------------------------
    def show_collaboration(self, collaboration_id: int | None) -> None:
        record = None
        if collaboration_id is not None:
            try:
                record = collaborations.get_collaboration(collaboration_id)
            except NotFoundError:
                record = None
        if record is not None and record.deleted_at:
            record = None
        self.record = record
        self.collaboration_id = record.id if record else None
        self.edit_button.setEnabled(record is not None)
        self.tabs.setEnabled(record is not None)
        if record is None:
            self.header.setText(f"<h2>{html.escape(self.tr('No collaboration selected'))}</h2>")
            self.fee_label.setText(html.escape(self.tr("Pick a card on the board or a row in the table.")))
            for label in (self.terms, self.warnings):
                label.clear()
                label.hide()
            for table in (self.deliverables, self.payments):
                table.setRowCount(0)
            self.stage_history.clear()
            self._show_deliverable()
            self._update_payment_button()
            return
        self._show_header(record)
        self._show_deliverables(record)
        self._show_payments(record)
        self._show_stage_history(record.id or 0)

    def current_deliverable(self) -> DeliverableRecord | None:
        row = self.deliverables.currentRow()
        if self.record is None or not 0 <= row < len(self.record.deliverables):
            return None
        return self.record.deliverables[row]

    def select_deliverable(self, row: int) -> None:
        self.deliverables.setCurrentCell(row, 0)

    # -- actions on the selected deliverable and payment ---------------------------------------------------
    def request_changes(self) -> None:
        answer = ask_change_request(self)
        if answer is not None:
            self._review(_S.CHANGES_REQUESTED, *answer)

    def confirm_label(self) -> None:
        deliverable = self.current_deliverable()
        if deliverable is None or deliverable.id is None:
            return
        label = ask_label(self, deliverable.disclosure_label or DEFAULT_DISCLOSURE_LABEL)
        if label is not None:
            self._act(lambda: deliverables.set_disclosure(deliverable.id or 0, True, label))

    def mark_published(self) -> None:
        deliverable = self.current_deliverable()
        if deliverable is None or deliverable.id is None:
            return
        answer = ask_publication(self)
        if answer is not None:
            self._act(lambda: deliverables.publish(deliverable.id or 0, answer[0], answer[1]))

    def mark_paid(self) -> None:
        row = self.payments.currentRow()
        if self.record is None or not 0 <= row < len(self.record.payments):
            return
        payment = self.record.payments[row]
        answer = ask_payment(self)
        if answer is not None and payment.id is not None:
            self._act(lambda: payments.mark_paid(payment.id or 0, *answer), keep_payment=row)

    def _review(self, state: ApprovalState, actor: str = "", note: str = "") -> None:
        deliverable = self.current_deliverable()
        if deliverable is not None and deliverable.id is not None:
            self._act(lambda: deliverables.review_step(deliverable.id or 0, state, actor, note))

    def _act(self, action: Callable[[], None], keep_payment: int | None = None) -> None:
        """Run one core call; show its refusal in words, otherwise redraw and tell the area."""
        if self.collaboration_id is None:
            return
        deliverable_row = self.deliverables.currentRow()
        try:
            action()
        except (ValidationError, NotFoundError) as exc:
            message = exc.message if isinstance(exc, ValidationError) else str(exc)
            prompts.error(self, self.tr("Not recorded"), message)
            return
        collaboration_id = self.collaboration_id
        self.show_collaboration(collaboration_id)
        if deliverable_row >= 0:
            self.select_deliverable(deliverable_row)
        if keep_payment is not None:
            self.payments.setCurrentCell(keep_payment, 0)
        self.changed.emit(collaboration_id)

    # -- internals -----------------------------------------------------------------------------------------
    def _deliverables_page(self) -> QWidget:
        page = QWidget()
        side_by_side = QHBoxLayout()
        for title, box in ((self.tr("Brand's brief"), self.brief), (self.tr("KOL's own idea"), self.kol_idea)):
            column = QVBoxLayout()
            column.addWidget(_section(title))
            column.addWidget(box)
            side_by_side.addLayout(column)
        # Two short rows keep the pane narrow enough to leave the board most of a 1280 px window.
        review = QHBoxLayout()
        for button in (self.submit_button, self.request_changes_button, self.approve_button):
            review.addWidget(button)
        review.addStretch(1)
        publication = QHBoxLayout()
        for button in (self.confirm_label_button, self.publish_button):
            publication.addWidget(button)
        publication.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.deliverables)
        layout.addLayout(side_by_side)
        layout.addWidget(_section(self.tr("Review history")))
        layout.addWidget(self.approval_history, 1)
        layout.addLayout(review)
        layout.addLayout(publication)
        return page

    def _payments_page(self) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.mark_paid_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.payments, 1)
        layout.addLayout(buttons)
        return page

    def _show_header(self, record: CollaborationRecord) -> None:
        e = html.escape
        badges = f"<span style='background:#dde7f3'>&nbsp;{e(self.tr(record.stage.label))}&nbsp;</span>"
        if record.is_first:
            badges += f" <span style='background:#fff1c2'>&nbsp;★ {e(self.tr('First deal'))}&nbsp;</span>"
        campaign = f" · {e(record.campaign_name)}" if record.campaign_name else ""
        self.header.setText(
            f"<h2 style='margin:0'>{e(record.title)}</h2>"
            f"<a href='kol:{record.kol_id}'>{e(record.kol_name)}</a> · {e(record.brand_name)}{campaign}"
            f"&nbsp;&nbsp;{badges}"
        )
        money = f"<b>{e(self.tr('Fee'))}</b>: {e(fee_line(record))}"
        if record.agreed_fee is not None:
            cost = true_cost(record.agreed_fee, record.service_fee_pct, record.rebate_pct)
            money += f"<br><b>{e(self.tr('True cost'))}</b>: {e(format_money(cost, record.currency))}"
            money += e(
                self.tr(" ({0}, service fee {1} %, rebate {2} %)").format(
                    self.tr(record.channel.label), record.service_fee_pct, record.rebate_pct
                )
            )
        if not paid_as_asked(record):
            money += f"<br><span style='color:{WARNING_COLOUR}'>{e(self.tr('Agreed below the KOL’s ask'))}</span>"
        self.fee_label.setText(money)
        self._show_terms(record)
        warnings = [
            self.tr("Published without a confirmed ad label: {0} {1} (published {2})").format(
                d.platform, self.tr(d.content_type.label).lower(), d.published_on.isoformat() if d.published_on else "—"
            )
            for d in deliverables.compliance_warnings(record.id or 0)
        ]
        self.warnings.setText("<br>".join(f"⚠ {e(w)}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _show_terms(self, record: CollaborationRecord) -> None:
        e = html.escape
        start = record.start_on.isoformat() if record.start_on else "?"
        end = record.end_on.isoformat() if record.end_on else "?"
        rows = [(self.tr("Timeframe"), f"{start} – {end}" if record.start_on or record.end_on else "")]
        if record.exclusivity_category:
            rows.append(
                (
                    self.tr("Exclusivity"),
                    self.tr("{0}: {1} days before, {2} days after").format(
                        record.exclusivity_category, record.exclusivity_days_before, record.exclusivity_days_after
                    ),
                )
            )
        if record.usage_rights or record.usage_rights_months:
            months = self.tr("{0} months").format(record.usage_rights_months) if record.usage_rights_months else ""
            rows.append((self.tr("Usage rights"), " · ".join(p for p in (record.usage_rights, months) if p)))
        rows.append((self.tr("Payment terms"), record.payment_terms))
        rows.append((self.tr("Review window"), self.tr("{0} h").format(record.review_window_hours)))
        cells = "".join(
            f"<tr><td style='color:#666;padding-right:10px'>{e(label)}</td><td>{e(value)}</td></tr>"
            for label, value in rows
            if value
        )
        self.terms.setText(f"<table>{cells}</table>")
        self.terms.setVisible(bool(cells))

    def _show_deliverables(self, record: CollaborationRecord) -> None:
        previous = self.deliverables.currentRow()
        self.deliverables.blockSignals(True)
        self.deliverables.setRowCount(len(record.deliverables))
        for row, d in enumerate(record.deliverables):
            label = d.disclosure_label if d.disclosure_confirmed else self.tr("not confirmed")
            values = (
                d.platform,
                self.tr(d.content_type.label),
                str(d.quantity),
                d.due_on.isoformat() if d.due_on else "—",
                self.tr(d.state.label),
                label,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 5 and d.state is _S.PUBLISHED and not d.disclosure_confirmed:
                    item.setForeground(QBrush(QColor(WARNING_COLOUR)))
                self.deliverables.setItem(row, column, item)
        self.deliverables.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Deliverables ({0})").format(len(record.deliverables)))
        if record.deliverables:
            self.deliverables.setCurrentCell(min(max(previous, 0), len(record.deliverables) - 1), 0)
        self._show_deliverable()

    def _show_deliverable(self) -> None:
        deliverable = self.current_deliverable()
        self.brief.setPlainText(deliverable.brief if deliverable else "")
        self.kol_idea.setPlainText(deliverable.kol_idea if deliverable else "")
        self.approval_history.clear()
        state = deliverable.state if deliverable else None
        allowed = deliverables.ALLOWED_STEPS.get(state, ()) if state else ()
        self.submit_button.setEnabled(_S.SUBMITTED in allowed)
        self.request_changes_button.setEnabled(_S.CHANGES_REQUESTED in allowed)
        self.approve_button.setEnabled(_S.APPROVED in allowed)
        self.confirm_label_button.setEnabled(deliverable is not None)
        # Enabled once approved even without a label: the core explains what is missing.
        self.publish_button.setEnabled(state is _S.APPROVED)
        if deliverable is None or deliverable.id is None:
            return
        steps = deliverables.approval_history(deliverable.id)
        if not steps:
            self.approval_history.addItem(self.tr("No draft submitted yet."))
        for step in steps:
            who = f" · {step.actor}" if step.actor else ""
            note = f"\n{step.note}" if step.note else ""
            self.approval_history.addItem(f"{_local(step.happened_at)} · {self.tr(step.state.label)}{who}{note}")

    def _show_payments(self, record: CollaborationRecord) -> None:
        today = date.today()
        self.payments.setRowCount(len(record.payments))
        for row, p in enumerate(record.payments):
            overdue = p.is_overdue(today)
            paid = p.paid_on.isoformat() if p.paid_on else (self.tr("overdue") if overdue else "—")
            values = (
                format_money(p.amount, record.currency),
                p.due_on.isoformat() if p.due_on else "—",
                paid,
                p.method,
                p.reference,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if overdue:
                    item.setForeground(QBrush(QColor(WARNING_COLOUR)))
                    item.setToolTip(self.tr("Past due and unpaid"))
                self.payments.setItem(row, column, item)
        if record.payments and self.payments.currentRow() < 0:
            first_unpaid = next((i for i, p in enumerate(record.payments) if p.paid_on is None), 0)
            self.payments.setCurrentCell(first_unpaid, 0)
        overdue_count = sum(p.is_overdue(today) for p in record.payments)
        title = self.tr("Payments ({0})").format(len(record.payments))
        self.tabs.setTabText(1, title + (" ⚠" if overdue_count else ""))
        self._update_payment_button()

    def _update_payment_button(self) -> None:
        row = self.payments.currentRow()
        record = self.record
        unpaid = record is not None and 0 <= row < len(record.payments) and record.payments[row].paid_on is None
        self.mark_paid_button.setEnabled(unpaid)

    def _show_stage_history(self, collaboration_id: int) -> None:
        self.stage_history.clear()
        for changed_at, source, target in collaborations.stage_history(collaboration_id):
            to = self.tr(Stage(target).label)
            text = f"{self.tr(Stage(source).label)} → {to}" if source else self.tr("Created in {0}").format(to)
            self.stage_history.addItem(f"{_local(changed_at)} · {text}")

    def _emit_id(self, signal: Signal) -> None:
        if self.collaboration_id is not None:
            signal.emit(self.collaboration_id)

    def _link(self, href: str) -> None:
        if href.startswith("kol:") and self.record is not None:
            self.open_kol_requested.emit(self.record.kol_id)


# -- the small forms the actions ask with (tests patch the ask_* functions) -----------------------------------
class FormDialog(QDialog):
    """A few labelled fields; OK stays disabled while a required one is empty."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QDateEdit] = {}
        self._required: list[str] = []
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_line(self, name: str, label: str, text: str = "", required: bool = False, hint: str = "") -> QLineEdit:
        field = QLineEdit(text)
        field.setPlaceholderText(hint)
        field.textChanged.connect(self._check)
        return self._add(name, label, field, required)

    def add_text(self, name: str, label: str, required: bool = False) -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setMinimumWidth(320)
        field.setMaximumHeight(100)
        field.textChanged.connect(self._check)
        return self._add(name, label, field, required)

    def add_date(self, name: str, label: str) -> QDateEdit:
        field = QDateEdit(QDate.currentDate())
        field.setCalendarPopup(True)
        field.setDisplayFormat("yyyy-MM-dd")
        return self._add(name, label, field, False)

    def value(self, name: str) -> str | date:
        field = self.fields[name]
        if isinstance(field, QDateEdit):
            value = field.date()
            return date(value.year(), value.month(), value.day())
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def _add(self, name, label, field, required):  # type: ignore[no-untyped-def]
        self.fields[name] = field
        if required:
            self._required.append(name)
            label += " *"
        self.form.addRow(label, field)
        self._check()
        return field

    def _check(self) -> None:
        self.ok_button.setEnabled(all(str(self.value(name)).strip() for name in self._required))


def change_request_dialog(parent: QWidget | None) -> FormDialog:
    dialog = FormDialog(_tr("Request changes"), parent)
    dialog.add_line("actor", _tr("Asked by"), hint=_tr("e.g. 品牌方 王经理"))
    dialog.add_text("note", _tr("What should change"), required=True)
    return dialog


def ask_change_request(parent: QWidget | None) -> tuple[str, str] | None:
    """(who asked, what should change), or None when cancelled."""
    dialog = change_request_dialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return str(dialog.value("actor")), str(dialog.value("note"))


def ask_label(parent: QWidget | None, default: str = DEFAULT_DISCLOSURE_LABEL) -> str | None:
    dialog = FormDialog(_tr("Confirm ad label"), parent)
    dialog.add_line("label", _tr("The post is labelled"), default, required=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return str(dialog.value("label"))


def ask_publication(parent: QWidget | None) -> tuple[date, str] | None:
    dialog = FormDialog(_tr("Mark published"), parent)
    dialog.add_date("published_on", _tr("Published on"))
    dialog.add_line("url", _tr("Link"), hint="https://…")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    published_on = dialog.value("published_on")
    assert isinstance(published_on, date)
    return published_on, str(dialog.value("url"))


def ask_payment(parent: QWidget | None) -> tuple[date, str, str] | None:
    dialog = FormDialog(_tr("Mark paid"), parent)
    dialog.add_date("paid_on", _tr("Paid on"))
    dialog.add_line("method", _tr("Method"), hint=_tr("e.g. bank transfer, Alipay"))
    dialog.add_line("reference", _tr("Reference"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    paid_on = dialog.value("paid_on")
    assert isinstance(paid_on, date)
    return paid_on, str(dialog.value("method")), str(dialog.value("reference"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CollaborationDetail", text)


def _local(utc_text: str) -> str:
    try:
        return datetime.fromisoformat(utc_text).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return utc_text


def _rich_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


def _reading_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setMaximumHeight(90)
    return box


def _table(headers: tuple[str, ...], owner: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([owner.tr(h) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _section(title: str) -> QLabel:
    label = QLabel(f"<b>{html.escape(title)}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
