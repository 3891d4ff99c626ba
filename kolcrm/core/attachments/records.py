"""An attached file as the lists show it (without its bytes), and what it is attached to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AttachmentKind(StrEnum):
    SIGNED_COPY = "signed_copy"  # a contract version, signed (a scan or the signed PDF)
    PROOF = "proof"  # a deliverable: the screenshot of the 广告 label, the live post
    MEDIA_KIT = "media_kit"  # a KOL: their media kit, rate sheet, audience report


@dataclass(frozen=True)
class Target:
    """What a file is attached to: a KOL, one of their contract versions or one of their deliverables."""

    kol_id: int
    contract_id: int | None = None
    deliverable_id: int | None = None

    @property
    def kind(self) -> AttachmentKind:
        if self.contract_id is not None:
            return AttachmentKind.SIGNED_COPY
        if self.deliverable_id is not None:
            return AttachmentKind.PROOF
        return AttachmentKind.MEDIA_KIT


@dataclass(frozen=True)
class Attachment:
    id: int
    kol_id: int
    contract_id: int | None
    deliverable_id: int | None
    kind: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    note: str
    added_at: str  # UTC
    added_by: str
    deleted_at: str | None = None


COLUMNS = (
    "id, kol_id, contract_id, deliverable_id, kind, file_name, media_type, size, sha256, note, added_at, added_by,"
    " deleted_at"
)
