"""The head of the detail pane as rich text: who and what, the money, the agreed terms. User text is escaped."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from kolcrm.core.collaborations.fee_policy import fee_line, paid_as_asked
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.money import to_text, true_cost
from kolcrm.core.numbers import format_money

WARNING_COLOUR = "#b00020"
_e = html.escape


def header_html(record: CollaborationRecord) -> str:
    badges = f"<span style='background:#dde7f3'>&nbsp;{_one_line(record.stage.label)}&nbsp;</span>"
    if record.is_first:
        first = QCoreApplication.translate("CollaborationDetail", "First deal")
        badges += f" <span style='background:#fff1c2'>&nbsp;★&nbsp;{_one_line(first)}&nbsp;</span>"
    campaign = f" · {_e(record.campaign_name)}" if record.campaign_name else ""
    return (
        f"<h2 style='margin:0'>{_e(record.title)}</h2>"
        f"<a href='kol:{record.kol_id}'>{_e(record.kol_name)}</a> · {_e(record.brand_name)}{campaign}"
        # A block of their own that never wraps: Chinese text breaks anywhere, so no-break spaces are not enough.
        f"<div style='white-space:nowrap; margin-top:2px'>{badges}</div>"
    )


def _one_line(text: str) -> str:
    """Escaped, with non-breaking spaces: a badge never wraps in the middle ("★ First / deal")."""
    return _e(text).replace(" ", "&nbsp;")


def money_html(record: CollaborationRecord) -> str:
    fee = QCoreApplication.translate("CollaborationDetail", "Fee")
    money = f"<b>{_e(fee)}</b>: {_e(fee_line(record))}"
    if record.agreed_fee is not None:
        cost = true_cost(record.agreed_fee, record.service_fee_pct, record.rebate_pct, record.tax_on_top)
        title = QCoreApplication.translate("CollaborationDetail", "True cost")
        money += f"<br><b>{_e(title)}</b>: {_e(format_money(cost, record.currency))}"
        money += _e(
            QCoreApplication.translate("CollaborationDetail", " ({0}, service fee {1} %, rebate {2} %)").format(
                record.channel.label, record.service_fee_pct, record.rebate_pct
            )
        )
        if record.tax_on_top:
            money += _e(
                QCoreApplication.translate("CollaborationDetail", ", plus {0} % tax on a fee without tax").format(
                    to_text(record.tax_on_top)
                )
            )
    if not paid_as_asked(record):
        below = QCoreApplication.translate("CollaborationDetail", "Agreed below the KOL’s ask")
        money += f"<br><span style='color:{WARNING_COLOUR}'>{_e(below)}</span>"
    return money


def terms_html(record: CollaborationRecord) -> str:
    """A two-column table of the terms that are set; '' when none is."""
    start = record.start_on.isoformat() if record.start_on else "?"
    end = record.end_on.isoformat() if record.end_on else "?"
    timeframe = f"{start} – {end}" if record.start_on or record.end_on else ""
    rows = [(QCoreApplication.translate("CollaborationDetail", "Timeframe"), timeframe)]
    if record.exclusivity_category:
        rows.append(
            (
                QCoreApplication.translate("CollaborationDetail", "Exclusivity"),
                QCoreApplication.translate("CollaborationDetail", "{0}: {1} days before, {2} days after").format(
                    record.exclusivity_category, record.exclusivity_days_before, record.exclusivity_days_after
                ),
            )
        )
    if record.usage_rights or record.usage_rights_months:
        months = ""
        if record.usage_rights_months:
            months = QCoreApplication.translate("CollaborationDetail", "{0} months").format(record.usage_rights_months)
        rights = " · ".join(p for p in (record.usage_rights, months) if p)
        rows.append((QCoreApplication.translate("CollaborationDetail", "Usage rights"), rights))
    rows.append((QCoreApplication.translate("CollaborationDetail", "Payment terms"), record.payment_terms))
    hours = QCoreApplication.translate("CollaborationDetail", "{0} h").format(record.review_window_hours)
    rows.append((QCoreApplication.translate("CollaborationDetail", "Review window"), hours))
    cells = "".join(
        f"<tr><td style='color:#666;padding-right:10px'>{_e(label)}</td><td>{_e(value)}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table>{cells}</table>" if cells else ""
