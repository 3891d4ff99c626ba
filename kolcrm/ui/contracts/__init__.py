"""Contract windows: company settings, the PDF preview and the batch export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def language_choices() -> list[tuple[str, str]]:
    """The contract languages the service knows (zh, en, both), as (value, text), bilingual first."""
    return [
        ("both", QCoreApplication.translate("Contracts", "Bilingual (中文 + English)")),
        ("zh", QCoreApplication.translate("Contracts", "Chinese (中文)")),
        ("en", QCoreApplication.translate("Contracts", "English")),
    ]
