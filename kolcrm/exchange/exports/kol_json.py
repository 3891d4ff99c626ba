"""Data portability: everything about one KOL as JSON, and erasing a KOL from every table and the search index.

Rows are read as the database keeps them: money already as exact decimal strings, dates as ISO text, so the JSON
holds no float for money and nothing is reformatted on the way out. Internal ids stay in, so a handover
package can link gifts and risks back to their deals.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from kolcrm.core.clock import utc_now
from kolcrm.core.errors import NotFoundError
from kolcrm.core.kols.trash import erase_kol
from kolcrm.core.store.db import database
from kolcrm.core.store.migrations import SCHEMA_VERSION

_BOOLEAN_COLUMNS = {"tier_is_manual", "kol_offered_discount", "disclosure_confirmed"}
# Every table holding a row about a KOL, directly or through a deal / account / deliverable (erase checks them).
KOL_TABLES = (
    "kol",
    "kol_label",
    "platform_account",
    "rate_card_entry",
    "interaction",
    "collaboration",
    "stage_change",
    "deliverable",
    "approval_step",
    "payment",
    "contract",
    "gift",
    "perk",
    "scheduling_priority",
    "blackout_period",
    "risk",
    "reminder",
    "kol_search_doc",
)


def _rows(sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
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
        raise NotFoundError(f"No KOL with id {kol_id}")
    profile = profiles[0]
    labels = _rows("SELECT kind, label FROM kol_label WHERE kol_id = ? ORDER BY id", (kol_id,))
    accounts = _rows("SELECT * FROM platform_account WHERE kol_id = ? ORDER BY position, id", (kol_id,))
    for account in accounts:
        account["rate_card"] = _rows(
            "SELECT format, fee, currency FROM rate_card_entry WHERE account_id = ? ORDER BY id", (account["id"],)
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
        "history": _rows("SELECT * FROM interaction WHERE kol_id = ? ORDER BY occurred_on, id", (kol_id,)),
        "deals": deals,
        "gifts": _rows("SELECT * FROM gift WHERE kol_id = ? ORDER BY id", (kol_id,)),
        "perks": _rows("SELECT * FROM perk WHERE kol_id = ? ORDER BY id", (kol_id,)),
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
    }


def to_json_text(data: Any) -> str:
    """JSON as people read it: Chinese as itself, indented; a Decimal that slipped in becomes its exact string."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def all_kol_ids(include_trashed: bool = False) -> list[int]:
    where = "" if include_trashed else " WHERE deleted_at IS NULL"
    return [row[0] for row in database.execute_sql(f"SELECT id FROM kol{where} ORDER BY id")]


# -- erasure -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ErasurePreview:
    """What erasing a KOL removes, for the confirmation the user reads first."""

    kol_id: int
    display_name: str
    counts: dict[str, int] = field(default_factory=dict)  # plain words → how many
    contract_files: tuple[str, ...] = ()  # generated PDFs on disk: kolcrm forgets them but does not delete files


def erasure_preview(kol_id: int) -> ErasurePreview:
    row = database.execute_sql("SELECT display_name FROM kol WHERE id = ?", (kol_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"No KOL with id {kol_id}")
    deals = "SELECT id FROM collaboration WHERE kol_id = ?"

    def count(sql: str, times: int = 1) -> int:
        return database.execute_sql(sql, (kol_id,) * times).fetchone()[0]

    counts = {
        "platform accounts": count("SELECT count(*) FROM platform_account WHERE kol_id = ?"),
        "history entries": count("SELECT count(*) FROM interaction WHERE kol_id = ?"),
        "deals": count("SELECT count(*) FROM collaboration WHERE kol_id = ?"),
        "payments": count(f"SELECT count(*) FROM payment WHERE collaboration_id IN ({deals})"),
        "contract records": count(f"SELECT count(*) FROM contract WHERE collaboration_id IN ({deals})"),
        "gifts": count("SELECT count(*) FROM gift WHERE kol_id = ?"),
        "perks": count("SELECT count(*) FROM perk WHERE kol_id = ?"),
        "risks": count(f"SELECT count(*) FROM risk WHERE kol_id = ? OR collaboration_id IN ({deals})", 2),
        "reminders": count(f"SELECT count(*) FROM reminder WHERE kol_id = ? OR collaboration_id IN ({deals})", 2),
    }
    files = tuple(
        path
        for (path,) in database.execute_sql(
            f"SELECT file_path FROM contract WHERE collaboration_id IN ({deals}) AND file_path != ''", (kol_id,)
        )
    )
    return ErasurePreview(kol_id, row[0], counts, files)


def erase_kol_everywhere(kol_id: int) -> ErasurePreview:
    """Remove a KOL from every table and from the search index, in one transaction; returns what went.

    Deleted pages are overwritten (secure_delete) so the erased text does not linger in the file's free space.
    Generated contract PDFs are files the user may have sent out: they are listed in the result, not deleted.
    """
    preview = erasure_preview(kol_id)
    previous = database.execute_sql("PRAGMA secure_delete").fetchone()[0]
    database.execute_sql("PRAGMA secure_delete = ON")
    try:
        with database.atomic():
            deals = "SELECT id FROM collaboration WHERE kol_id = ?"
            deliverables = f"SELECT id FROM deliverable WHERE collaboration_id IN ({deals})"
            # Spelled out rather than left to ON DELETE CASCADE, so a connection without foreign keys erases too.
            statements = (
                f"DELETE FROM approval_step WHERE deliverable_id IN ({deliverables})",
                f"DELETE FROM deliverable WHERE collaboration_id IN ({deals})",
                f"DELETE FROM stage_change WHERE collaboration_id IN ({deals})",
                f"DELETE FROM payment WHERE collaboration_id IN ({deals})",
                f"DELETE FROM contract WHERE collaboration_id IN ({deals})",
                f"DELETE FROM risk WHERE kol_id = ?1 OR collaboration_id IN ({deals.replace('?', '?1')})",
                f"DELETE FROM reminder WHERE kol_id = ?1 OR collaboration_id IN ({deals.replace('?', '?1')})",
                "DELETE FROM gift WHERE kol_id = ?",
                "DELETE FROM perk WHERE kol_id = ?",
                # Another KOL's gift or perk linked to one of these deals stays theirs, unlinked.
                f"UPDATE gift SET collaboration_id = NULL WHERE collaboration_id IN ({deals})",
                f"UPDATE perk SET collaboration_id = NULL WHERE collaboration_id IN ({deals})",
                "DELETE FROM blackout_period WHERE kol_id = ?",
                "DELETE FROM scheduling_priority WHERE kol_id = ?",
                "DELETE FROM rate_card_entry WHERE account_id IN (SELECT id FROM platform_account WHERE kol_id = ?)",
                "DELETE FROM platform_account WHERE kol_id = ?",
                "DELETE FROM kol_label WHERE kol_id = ?",
                "DELETE FROM interaction WHERE kol_id = ?",
                "DELETE FROM collaboration WHERE kol_id = ?",
            )
            for statement in statements:
                database.execute_sql(statement, (kol_id,))
            erase_kol(kol_id)  # the KOL row and its search documents
    finally:
        database.execute_sql(f"PRAGMA secure_delete = {int(previous)}")
    return preview
