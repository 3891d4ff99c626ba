"""Data portability: everything about one KOL as JSON (erasing a KOL lives in kolcrm.core.kols.erase).

Rows are read as the database keeps them: money already as exact decimal strings, dates as ISO text, so the JSON
holds no float for money and nothing is reformatted on the way out. Internal ids stay in, so a handover
package can link gifts and risks back to their deals.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import NotFoundError
from kolcrm.core.store.db import database
from kolcrm.core.store.migrations import SCHEMA_VERSION

_BOOLEAN_COLUMNS = {
    "tier_is_manual",
    "kol_offered_discount",
    "disclosure_confirmed",
    "followers_at_least",
    "fee_at_least",
    "approximate",
}


def _rows(sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
    cursor = database.execute_sql(sql, params)
    names = [column[0] for column in cursor.description]
    return [
        {name: (bool(value) if name in _BOOLEAN_COLUMNS else value) for name, value in zip(names, row, strict=True)}
        for row in cursor.fetchall()
    ]


def _in(ids: list[int]) -> str:
    return ",".join("?" * len(ids)) or "NULL"


def kol_as_json(kol_id: int) -> dict[str, Any]:
    """Everything kolcrm holds about one KOL, as plain JSON-ready data."""
    profiles = _rows("SELECT * FROM kol WHERE id = ?", (kol_id,))
    if not profiles:
        raise NotFoundError(i18n.translate("Export", "No KOL with id {id}").format(id=kol_id))
    profile = profiles[0]
    labels = _rows("SELECT kind, label FROM kol_label WHERE kol_id = ? ORDER BY id", (kol_id,))
    accounts = _rows("SELECT * FROM platform_account WHERE kol_id = ? ORDER BY position, id", (kol_id,))
    for account in accounts:
        account["rate_card"] = _rows(
            "SELECT format, fee, currency, fee_at_least, fee_upper FROM rate_card_entry WHERE account_id = ?"
            " ORDER BY id",
            (account["id"],),
        )
        account["metrics"] = _rows(  # every dated snapshot, not only the latest the sheets show
            "SELECT name, value, captured_on, approximate FROM account_metric WHERE account_id = ?"
            " ORDER BY name, captured_on",
            (account["id"],),
        )
    deals = _rows(
        "SELECT c.*, b.name AS brand_name FROM collaboration c JOIN brand b ON b.id = c.brand_id"
        " WHERE c.kol_id = ? ORDER BY c.id",
        (kol_id,),
    )
    for deal in deals:
        deal_id = deal["id"]
        deal["stage_changes"] = _rows("SELECT * FROM stage_change WHERE collaboration_id = ? ORDER BY id", (deal_id,))
        deal["deliverables"] = _rows(
            "SELECT * FROM deliverable WHERE collaboration_id = ? ORDER BY position, id", (deal_id,)
        )
        for item in deal["deliverables"]:
            item["approval_steps"] = _rows(
                "SELECT state, happened_at, actor, note FROM approval_step WHERE deliverable_id = ? ORDER BY id",
                (item["id"],),
            )
        deal["payments"] = _rows("SELECT * FROM payment WHERE collaboration_id = ? ORDER BY position, id", (deal_id,))
        deal["contracts"] = _rows("SELECT * FROM contract WHERE collaboration_id = ? ORDER BY version", (deal_id,))
    deal_ids = [deal["id"] for deal in deals]
    scheduling = _rows("SELECT priority, lead_time_days FROM scheduling_priority WHERE kol_id = ?", (kol_id,))
    return {
        "kolcrm": {"kind": "kol", "schema_version": SCHEMA_VERSION, "exported_at": utc_now()},
        "profile": profile,
        "categories": [row["label"] for row in labels if row["kind"] == "category"],
        "value_tags": [row["label"] for row in labels if row["kind"] == "value"],
        "accounts": accounts,
        "custom_fields": _rows(
            "SELECT f.name, f.kind, v.value FROM kol_custom_value v JOIN custom_field f ON f.id = v.field_id"
            " WHERE v.kol_id = ? ORDER BY f.position, f.id",
            (kol_id,),
        ),
        "history": _rows("SELECT * FROM interaction WHERE kol_id = ? ORDER BY occurred_on, id", (kol_id,)),
        "changes": _rows(
            "SELECT changed_at, changed_by, what, detail FROM kol_change WHERE kol_id = ? ORDER BY id", (kol_id,)
        ),
        "deals": deals,
        "gifts": _rows("SELECT * FROM gift WHERE kol_id = ? ORDER BY id", (kol_id,)),
        "perks": _rows("SELECT * FROM perk WHERE kol_id = ? ORDER BY id", (kol_id,)),
        "sent_items": _rows("SELECT * FROM sent_item WHERE kol_id = ? ORDER BY sent_on, id", (kol_id,)),
        "scheduling": scheduling[0] if scheduling else None,
        "blackouts": _rows(
            "SELECT starts_on, ends_on, label FROM blackout_period WHERE kol_id = ? ORDER BY starts_on, id", (kol_id,)
        ),
        "risks": _rows(
            f"SELECT * FROM risk WHERE kol_id = ? OR collaboration_id IN ({_in(deal_ids)}) ORDER BY id",
            (kol_id, *deal_ids),
        ),
        "reminders": _rows(
            f"SELECT * FROM reminder WHERE kol_id = ? OR collaboration_id IN ({_in(deal_ids)}) ORDER BY due_on, id",
            (kol_id, *deal_ids),
        ),
        "attachments": _attachments(kol_id),
    }


def _attachments(kol_id: int) -> list[dict[str, Any]]:
    """The KOL's attached files (signed contracts, proofs, media kits), each with its bytes in base64: a file the
    KOL asked for, or a package restored elsewhere, is whole. Removed files (in the trash) are left out."""
    files = _rows(
        "SELECT a.*, c.content FROM attachment a JOIN attachment_content c ON c.attachment_id = a.id"
        " WHERE a.kol_id = ? AND a.deleted_at IS NULL ORDER BY a.id",
        (kol_id,),
    )
    for item in files:
        item["content_base64"] = base64.b64encode(bytes(item.pop("content"))).decode("ascii")
        item.pop("deleted_at")
    return files


def to_json_text(data: Any) -> str:
    """JSON as people read it: Chinese as itself, indented; a Decimal that slipped in becomes its exact string."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def all_kol_ids(include_trashed: bool = False) -> list[int]:
    where = "" if include_trashed else " WHERE deleted_at IS NULL"
    return [row[0] for row in database.execute_sql(f"SELECT id FROM kol{where} ORDER BY id")]
