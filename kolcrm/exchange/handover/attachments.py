"""A package's attached files: checked before anything is written, then restored onto the records they belong to.

Each file travels in the KOL's record with its bytes in base64 (sealed with the rest when the package is) and the
SHA-256 taken when it was attached: a file whose bytes do not match refuses the package, as a damaged one is. On
restore a contract version is found again by its deal and version number, a deliverable by its deal and position;
a file already there (same record, same SHA-256) is not added twice.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.attachments.records import AttachmentKind
from kolcrm.core.attachments.service import MAX_BYTES, clean_file_name
from kolcrm.core.store.db import database
from kolcrm.exchange.handover.fields import FieldReader, shown
from kolcrm.exchange.handover.rows import first_id, insert_row, same


def check_attachments(files: list[dict[str, Any]], kol: str, problems: list[str]) -> None:
    """Every attached file of one package KOL: its fields, its size, its bytes against its SHA-256."""
    for item in files:
        reader = FieldReader(item, f"{kol}, {shown(item.get('file_name', ''))}", problems)
        name = reader.text("file_name")
        item["file_name"] = clean_file_name(name)
        if reader.text("kind") not in set(AttachmentKind):
            reader.refuse("kind", i18n.translate("Handover", "is not a kind of attached file kolcrm keeps"))
        for field in ("media_type", "note", "added_by"):
            reader.text(field)
        reader.moment("added_at")
        reader.optional_integer("contract_id")
        reader.optional_integer("deliverable_id")
        reader.integer("kol_id")
        size = reader.integer("size")
        digest = reader.text("sha256")
        encoded = reader.text("content_base64")
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            reader.refuse("content_base64", i18n.translate("Handover", "is not the file's contents in base64"))
            continue
        if not content or len(content) > MAX_BYTES or len(content) != size:
            reader.refuse("size", i18n.translate("Handover", "does not match the file's contents"))
        elif hashlib.sha256(content).hexdigest() != digest:
            reader.refuse("sha256", i18n.translate("Handover", "does not match the file's contents"))
        reader.keep_read_only()


class AttachmentRestore:
    """Maps a package KOL's contract and deliverable ids to the rows here, then adds the files they do not have."""

    def __init__(self) -> None:
        self.contracts: dict[int, int] = {}  # package contract id → id here
        self.deliverables: dict[int, int] = {}

    def map_deal(self, deal: dict[str, Any], deal_id: int) -> None:
        """For a deal that was already here: its contract versions and deliverables as this book has them."""
        for contract in deal.get("contracts", []):
            found = first_id(
                "SELECT id FROM contract WHERE collaboration_id = ? AND version = ?", (deal_id, contract["version"])
            )
            if found is not None:
                self.contracts[contract["id"]] = found
        for item in deal.get("deliverables", []):
            found = first_id(
                "SELECT id FROM deliverable WHERE collaboration_id = ? AND position = ? AND platform = ?"
                " AND content_type = ? ORDER BY id",
                (deal_id, item.get("position", 0), item["platform"], item["content_type"]),
            )
            if found is not None:
                self.deliverables[item["id"]] = found

    def restore(self, files: list[dict[str, Any]], kol_id: int) -> int:
        """Add the package's files onto the KOL here; returns how many were new."""
        added = 0
        for item in files:
            contract = self.contracts.get(item["contract_id"]) if item.get("contract_id") is not None else None
            deliverable = (
                self.deliverables.get(item["deliverable_id"]) if item.get("deliverable_id") is not None else None
            )
            if (item.get("contract_id") is not None and contract is None) or (
                item.get("deliverable_id") is not None and deliverable is None
            ):
                continue  # its record did not come across (a deal here that lost that version): nothing to hang it on
            (contract_is, contract_params), (item_is, item_params) = (
                same("contract_id", contract),
                same("deliverable_id", deliverable),
            )
            if first_id(
                f"SELECT id FROM attachment WHERE kol_id = ? AND {contract_is} AND {item_is} AND sha256 = ?"
                " AND deleted_at IS NULL",
                (kol_id, *contract_params, *item_params, item["sha256"]),
            ):
                continue
            content = base64.b64decode(item["content_base64"])
            attachment_id = insert_row(
                "attachment", item, kol_id=kol_id, contract_id=contract, deliverable_id=deliverable, deleted_at=None
            )
            database.execute_sql(
                "INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)", (attachment_id, content)
            )
            added += 1
        return added
