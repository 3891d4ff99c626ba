"""Saving or moving a deal that needs a yes first: a severe open risk, then an exclusivity conflict, each asked
about once with what the core named (the editor's save and the board's drop run the same rule)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kolcrm.core.care.risks import RiskConfirmationNeeded
from kolcrm.core.collaborations.conflicts import ConflictConfirmationNeeded
from kolcrm.ui import prompts

T = TypeVar("T")


def run_confirming(parent: QWidget, call: Callable[[bool, bool], T]) -> tuple[bool, T | None]:
    """`call(confirmed_risks, confirmed_conflicts)` until it goes through or the user says no: (done, result)."""
    risks = conflicts = False
    while True:
        try:
            return True, call(risks, conflicts)
        except RiskConfirmationNeeded as exc:
            title = QCoreApplication.translate("DealConfirmations", "Contract despite open risk?")
            action = QCoreApplication.translate("DealConfirmations", "Contract anyway")
            message, risks = str(exc), True
        except ConflictConfirmationNeeded as exc:
            title = QCoreApplication.translate("DealConfirmations", "Exclusivity conflict")
            action = QCoreApplication.translate("DealConfirmations", "Go ahead anyway")
            message, conflicts = str(exc), True
        if not prompts.confirm(parent, title, message, action):
            return False, None
