"""The collaboration detail pane: terms and money, compliance, the deliverables' review, payments, stage history."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kolcrm.core import clock
from kolcrm.core.attachments.records import Target
from kolcrm.core.collaborations import deliverables, payments
from kolcrm.core.collaborations import service as collaborations
from kolcrm.core.collaborations.records import CollaborationRecord, DeliverableRecord
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.numbers import format_money
from kolcrm.core.vocabulary import DEFAULT_DISCLOSURE_LABEL, ApprovalState, Stage, platform_label
from kolcrm.ui import prompts
from kolcrm.ui.attachments.panel import AttachmentsPanel
from kolcrm.ui.collaborations import detail_pages, dialogs, summary
from kolcrm.ui.collaborations.contracts_tab import ContractsTab
from kolcrm.ui.collaborations.summary import WARNING_COLOUR
from kolcrm.ui.widgets.display import local_time, pick_row_table, reading_box, rich_label

_DELIVERABLE_HEADERS = (
    QT_TRANSLATE_NOOP("CollaborationDetail", "Platform"),
    QT_TRANSLATE_NOOP("CollaborationDetail", "Content"),
    QT_TRANSLATE_NOOP("CollaborationDetail", "Qty"),
    QT_TRANSLATE_NOOP("CollaborationDetail", "Due"),
    QT_TRANSLATE_NOOP("CollaborationDetail", "Review"),
    QT_TRANSLATE_NOOP("CollaborationDetail", "Ad label"),
)
_PAYMENT_HEADERS = (
    QT_TRANSLATE_NOOP("CollaborationDetail", "Amount"),
    QT_TRANSLATE_NOOP("CollaborationDetail", "Due"),
    QT_TRANSLATE_NOOP("CollaborationDetail", "Paid on"),
    QT_TRANSLATE_NOOP("CollaborationDetail", "Method"),
    QT_TRANSLATE_NOOP("CollaborationDetail", "Reference"),
)
_S = ApprovalState


class CollaborationDetail(QWidget):
    changed = Signal(int)  # collaboration id: a review step, label, publication or payment was recorded
    edit_requested = Signal(int)
    capture_results_requested = Signal(int, int)  # deliverable id, collaboration id: a published post's results
    open_kol_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collaboration_id: int | None = None
        self.record: CollaborationRecord | None = None
        self.header = rich_label()
        self.header.setObjectName("dealHeader")
        self.header.linkActivated.connect(self._link)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit_id(self.edit_requested))
        self.fee_label = rich_label()
        self.terms = rich_label()
        self.warnings = rich_label()
        self.warnings.setObjectName("complianceWarnings")
        self.warnings.setStyleSheet(f"color: {WARNING_COLOUR};")

        self.deliverables = pick_row_table([self.tr(h) for h in _DELIVERABLE_HEADERS])
        self.deliverables.setMaximumHeight(120)
        self.deliverables.currentCellChanged.connect(lambda *_: self._show_deliverable())
        self.brief = reading_box()
        self.kol_idea = reading_box()
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
        self.capture_button = QPushButton(self.tr("Capture results…"))
        self.capture_button.setObjectName("captureResults")
        self.capture_button.clicked.connect(self._request_capture)

        self.payments = pick_row_table([self.tr(h) for h in _PAYMENT_HEADERS])
        self.payments.currentCellChanged.connect(lambda *_: self._update_payment_button())
        self.mark_paid_button = QPushButton(self.tr("Mark paid…"))
        self.mark_paid_button.clicked.connect(self.mark_paid)
        self.stage_history = QListWidget()
        self.stage_history.setObjectName("stageHistory")

        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget()
        self.proof = AttachmentsPanel(
            self.tr("Proof"),
            self.tr("Screenshots of the ad label and the live post: drop them here or use Attach file…"),
        )
        self.proof.setObjectName("deliverableProof")
        self.tabs.addTab(detail_pages.deliverables_page(self), self.tr("Deliverables"))
        self.tabs.addTab(detail_pages.payments_page(self), self.tr("Payments"))
        self.tabs.addTab(self.stage_history, self.tr("Stage history"))
        self.contracts = ContractsTab()
        self.contracts_tab_index = self.tabs.addTab(self.contracts, self.tr("Contracts"))
        self.contracts.versions_changed.connect(self._show_contract_count)
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
            nothing = self.tr("No collaboration selected")
            self.header.setText(f"<h2>{html.escape(nothing)}</h2>")
            self.fee_label.setText(html.escape(self.tr("Pick a card on the board or a row in the table.")))
            for label in (self.terms, self.warnings):
                label.clear()
                label.hide()
            for table in (self.deliverables, self.payments):
                table.setRowCount(0)
            self.stage_history.clear()
            self.contracts.show_collaboration(None)
            self._show_deliverable()
            self._update_payment_button()
            return
        self._show_header(record)
        self._show_deliverables(record)
        self._show_payments(record)
        self._show_stage_history(record.id or 0)
        self.contracts.show_collaboration(record.id, record)

    def current_deliverable(self) -> DeliverableRecord | None:
        row = self.deliverables.currentRow()
        if self.record is None or not 0 <= row < len(self.record.deliverables):
            return None
        return self.record.deliverables[row]

    def select_deliverable(self, row: int) -> None:
        self.deliverables.setCurrentCell(row, 0)

    # -- actions on the selected deliverable and payment ---------------------------------------------------
    def request_changes(self) -> None:
        answer = dialogs.ask_change_request(self)
        if answer is not None:
            self._review(_S.CHANGES_REQUESTED, *answer)

    def confirm_label(self) -> None:
        deliverable = self.current_deliverable()
        if deliverable is None or deliverable.id is None:
            return
        label = dialogs.ask_label(self, deliverable.disclosure_label or DEFAULT_DISCLOSURE_LABEL)
        if label is not None:
            self._act(lambda: deliverables.set_disclosure(deliverable.id or 0, True, label))

    def mark_published(self) -> None:
        deliverable = self.current_deliverable()
        if deliverable is None or deliverable.id is None:
            return
        answer = dialogs.ask_publication(self)
        if answer is not None:
            self._act(lambda: deliverables.publish(deliverable.id or 0, answer[0], answer[1]))

    def mark_paid(self) -> None:
        row = self.payments.currentRow()
        if self.record is None or not 0 <= row < len(self.record.payments):
            return
        payment = self.record.payments[row]
        answer = dialogs.ask_payment(self)
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
    def _show_header(self, record: CollaborationRecord) -> None:
        self.header.setText(summary.header_html(record))
        self.fee_label.setText(summary.money_html(record))
        terms = summary.terms_html(record)
        self.terms.setText(terms)
        self.terms.setVisible(bool(terms))
        warnings = [
            self.tr("Published without a confirmed ad label: {0} {1} (published {2})").format(
                platform_label(d.platform),
                d.content_type.label.lower(),
                d.published_on.isoformat() if d.published_on else "—",
            )
            for d in deliverables.compliance_warnings(record.id or 0)
        ]
        self.warnings.setText("<br>".join(f"⚠ {html.escape(w)}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _show_deliverables(self, record: CollaborationRecord) -> None:
        previous = self.deliverables.currentRow()
        self.deliverables.blockSignals(True)
        self.deliverables.setRowCount(len(record.deliverables))
        for row, d in enumerate(record.deliverables):
            label = d.disclosure_label if d.disclosure_confirmed else self.tr("Not confirmed")
            values = (
                platform_label(d.platform),
                d.content_type.label,
                str(d.quantity),
                d.due_on.isoformat() if d.due_on else "—",
                d.state.label,
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
        self.capture_button.setEnabled(state is _S.PUBLISHED)
        proof = Target(self.record.kol_id, deliverable_id=deliverable.id) if self.record and deliverable else None
        self.proof.set_target(proof if deliverable and deliverable.id else None)
        if deliverable is None or deliverable.id is None:
            return
        steps = deliverables.approval_history(deliverable.id)
        if not steps:
            self.approval_history.addItem(self.tr("No draft submitted yet."))
        for step in steps:
            who = f" · {step.actor}" if step.actor else ""
            note = f"\n{step.note}" if step.note else ""
            self.approval_history.addItem(f"{local_time(step.happened_at)} · {step.state.label}{who}{note}")

    def _show_payments(self, record: CollaborationRecord) -> None:
        today = clock.today()
        self.payments.setRowCount(len(record.payments))
        for row, p in enumerate(record.payments):
            overdue = p.is_overdue(today)
            paid = p.paid_on.isoformat() if p.paid_on else (self.tr("Overdue") if overdue else "—")
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
            to = Stage(target).label
            text = f"{Stage(source).label} → {to}" if source else self.tr("Created in {0}").format(to)
            self.stage_history.addItem(f"{local_time(changed_at)} · {text}")

    def _show_contract_count(self, count: int) -> None:
        title = self.tr("Contracts ({0})").format(count) if count else self.tr("Contracts")
        self.tabs.setTabText(self.contracts_tab_index, title)

    def _request_capture(self) -> None:
        deliverable = self.current_deliverable()
        if deliverable is None or deliverable.id is None or self.collaboration_id is None:
            return
        self.capture_results_requested.emit(deliverable.id, self.collaboration_id)

    def _emit_id(self, signal: Signal) -> None:
        if self.collaboration_id is not None:
            signal.emit(self.collaboration_id)

    def _link(self, href: str) -> None:
        if href.startswith("kol:") and self.record is not None:
            self.open_kol_requested.emit(self.record.kol_id)
