"""The editor's true-cost line: the figure the brand pays in all, or a dash while a figure it rests on is wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.money import to_text, true_cost
from kolcrm.core.numbers import format_money

# The editor's fields a true cost is computed from: while one of them has a problem, no figure is shown.
COST_FIELDS = frozenset({"requested_fee", "agreed_fee", "service_fee_pct", "rebate_pct", "currency", "tax_rate"})


def true_cost_text(record: CollaborationRecord, unreadable: bool, fee_typed: bool) -> str:
    """Rich text for the label; '' when there is no fee yet. `unreadable`: a cost field has a problem."""
    fee = record.agreed_fee if record.agreed_fee is not None else record.requested_fee
    if unreadable and (fee is not None or fee_typed):
        # A figure here would rest on a fee or percentage that is not what the user typed.
        return QCoreApplication.translate(
            "CollaborationEditor", "True cost — (shown once the fee and percentages above are valid)"
        )
    if fee is None or not all(0 <= pct <= 100 for pct in (record.service_fee_pct, record.rebate_pct)):
        return ""
    cost = true_cost(fee, record.service_fee_pct, record.rebate_pct, record.tax_on_top)
    figures = (format_money(cost, record.currency), to_text(record.service_fee_pct), to_text(record.rebate_pct))
    if record.tax_on_top:
        text = QCoreApplication.translate(
            "CollaborationEditor", "True cost {0} (fee + {1} % service fee − {2} % rebate + {3} % tax on top)"
        ).format(*figures, to_text(record.tax_on_top))
    else:
        text = QCoreApplication.translate(
            "CollaborationEditor", "True cost {0} (fee + {1} % service fee − {2} % rebate)"
        ).format(*figures)
    if record.agreed_fee is None:
        text += QCoreApplication.translate("CollaborationEditor", ", at the requested fee")
    return f"<b>{text}</b>"
