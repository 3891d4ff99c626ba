"""Two demo saved views (what ui/saved_views.py stores in the book's settings): KOLs contacted and silent for three
days or more, and the signed deals as a table."""

from __future__ import annotations

import json

from kolcrm.core.store import settings

VIEWS = (
    {"name": "建联待跟进 Follow-ups", "area": "kols", "text": "", "combos": {"outreach": "silent:3"}},
    {"name": "已签约 Signed", "area": "deals", "text": "", "combos": {"stage": "contracted"}, "table": True},
)


def add_demo_views() -> None:
    if settings.get_text("saved_views", "") in ("", "[]"):
        settings.set_text("saved_views", json.dumps(list(VIEWS), ensure_ascii=False))
