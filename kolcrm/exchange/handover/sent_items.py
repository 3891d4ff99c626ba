"""A package's samples, products and gifts sent (care/fulfilment.py): read through the same rules as the Care tab's
form, restored once (the same item sent on the same day is not added twice), linked to its deal when that came too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.care.fulfilment import SentKind
from kolcrm.core.clock import utc_now
from kolcrm.exchange.handover.fields import FieldReader, shown
from kolcrm.exchange.handover.rows import first_id, insert_row


def check_sent_items(items: list[dict[str, Any]], kol: str, problems: list[str], today: date) -> None:
    for item in items:
        reader = FieldReader(item, f"{kol}, {shown(item.get('description', ''))}", problems)
        if reader.text("kind", SentKind.SAMPLE) not in set(SentKind):
            reader.refuse("kind", i18n.translate("Handover", "is not a kind of item sent"))
        if not reader.text("description").strip():
            reader.refuse("description", i18n.translate("Care", "Say what was sent"))
        sent = reader.day("sent_on", required=True)
        due = reader.day("due_on", required=True)
        delivered = reader.day("delivered_on")
        if sent and (sent > today or (due and due < sent) or (delivered and delivered < sent)):
            reader.refuse("sent_on", i18n.translate("Handover", "its dates are out of order"))
        reader.text("promised")
        reader.text("delivered_url")
        reader.optional_integer("collaboration_id")
        reader.integer("kol_id")
        reader.moment("created_at", required=False)
        reader.keep_read_only()


def restore_sent_items(items: list[dict[str, Any]], kol_id: int, deal_here: Callable[[Any], int | None]) -> int:
    added = 0
    for item in items:
        if first_id(
            "SELECT id FROM sent_item WHERE kol_id = ? AND description = ? AND sent_on = ?",
            (kol_id, item["description"], item["sent_on"]),
        ):
            continue
        insert_row("sent_item", item, {"created_at": utc_now()}, kol_id=kol_id,
                   collaboration_id=deal_here(item.get("collaboration_id")))  # fmt: skip
        added += 1
    return added
