"""Attaching files to a KOL, a contract version or a deliverable; reading them back checked against their SHA-256.

The bytes are stored in the book (attachment_content), not beside it: a backup, an encrypted book, a handover
package and the team's server then carry them with no second place to keep in step. A file is read whole, hashed
and written in one transaction; reading it back recomputes the hash, so a damaged copy is told, never shown.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.attachments.records import COLUMNS, Attachment, Target
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.store import versions
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id

# A signed scan, a few screenshots or a media kit is well under this; a video is not what this is for.
MAX_BYTES = 50 * 1024 * 1024
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")


class DamagedAttachmentError(ValidationError):
    """The stored bytes no longer match the SHA-256 recorded when the file was attached."""


def read_file(path: Path) -> bytes:
    """A file's bytes, or a ValidationError saying plainly why it cannot be attached."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ValidationError(
                i18n.translate("Attachments", "{name} is a folder, not a file").format(name=path.name)
            )
        if size > MAX_BYTES:
            raise ValidationError(
                i18n.translate("Attachments", "{name} is {size} MB; files up to {limit} MB can be attached").format(
                    name=path.name, size=round(size / 1024**2, 1), limit=MAX_BYTES // 1024**2
                )
            )
        content = path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError(i18n.translate("Attachments", "{path} does not exist").format(path=path)) from exc
    except OSError as exc:
        raise ValidationError(
            i18n.translate("Attachments", "Cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    if not content:
        raise ValidationError(i18n.translate("Attachments", "{name} is empty").format(name=path.name))
    return content


def clean_file_name(name: str) -> str:
    """The name shown and used when the file is opened or saved again: no folders, no control characters."""
    name = _UNSAFE_NAME.sub("_", Path(name.replace("\\", "/")).name).strip()
    return name[:200] or "attachment"


def attach(target: Target, file_name: str, content: bytes, note: str = "") -> Attachment:
    """Store `content` with `target`; the same file attached there already is refused, naming it."""
    if len(content) > MAX_BYTES:
        raise ValidationError(
            i18n.translate("Attachments", "Files up to {limit} MB can be attached").format(limit=MAX_BYTES // 1024**2)
        )
    if not content:
        raise ValidationError(i18n.translate("Attachments", "{name} is empty").format(name=file_name))
    name = clean_file_name(file_name)
    digest = hashlib.sha256(content).hexdigest()
    with database.atomic():
        _check_target(target)
        for existing in attachments_of(target):
            if existing.sha256 == digest:
                raise ValidationError(
                    i18n.translate("Attachments", "This file is already attached as {name}").format(
                        name=existing.file_name
                    )
                )
        attachment_id = insert_returning_id(
            "INSERT INTO attachment (kol_id, contract_id, deliverable_id, kind, file_name, media_type, size, sha256,"
            " note, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (target.kol_id, target.contract_id, target.deliverable_id, str(target.kind), name,
             mimetypes.guess_type(name)[0] or "", len(content), digest, note, utc_now(),
             versions.current_person()),
        )  # fmt: skip
        database.execute_sql(
            "INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)", (attachment_id, content)
        )
    return get_attachment(attachment_id)


def attach_file(target: Target, path: Path, note: str = "") -> Attachment:
    return attach(target, Path(path).name, read_file(path), note)


def _check_target(target: Target) -> None:
    """The KOL exists, and the contract or deliverable is one of theirs (a stale id from another window is refused)."""
    if target.contract_id is not None:
        sql = (
            "SELECT 1 FROM contract t JOIN collaboration c ON c.id = t.collaboration_id WHERE t.id = ? AND c.kol_id = ?"
        )
        found = database.execute_sql(sql, (target.contract_id, target.kol_id)).fetchone()
    elif target.deliverable_id is not None:
        sql = "SELECT 1 FROM deliverable d JOIN collaboration c ON c.id = d.collaboration_id WHERE d.id = ? AND c.kol_id = ?"
        found = database.execute_sql(sql, (target.deliverable_id, target.kol_id)).fetchone()
    else:
        found = database.execute_sql("SELECT 1 FROM kol WHERE id = ?", (target.kol_id,)).fetchone()
    if found is None:
        raise NotFoundError(i18n.translate("Attachments", "What the file was to be attached to no longer exists"))


def attachments_of(target: Target) -> list[Attachment]:
    """The live (not removed) files of exactly this target, oldest first."""
    if target.contract_id is not None:
        where, params = "contract_id = ?", (target.contract_id,)
    elif target.deliverable_id is not None:
        where, params = "deliverable_id = ?", (target.deliverable_id,)
    else:
        where, params = "kol_id = ? AND contract_id IS NULL AND deliverable_id IS NULL", (target.kol_id,)
    rows = database.execute_sql(
        f"SELECT {COLUMNS} FROM attachment WHERE {where} AND deleted_at IS NULL ORDER BY added_at, id", params
    )
    return [Attachment(*row) for row in rows]


def counts_by_contract(contract_ids: list[int]) -> dict[int, int]:
    """How many live files each contract version has (the Contracts tab's column)."""
    if not contract_ids:
        return {}
    rows = database.execute_sql(
        f"SELECT contract_id, count(*) FROM attachment WHERE contract_id IN ({','.join('?' * len(contract_ids))})"
        " AND deleted_at IS NULL GROUP BY contract_id",
        contract_ids,
    )
    return {contract_id: count for contract_id, count in rows}


def get_attachment(attachment_id: int) -> Attachment:
    row = database.execute_sql(f"SELECT {COLUMNS} FROM attachment WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFoundError(i18n.translate("Attachments", "No attached file with id {id}").format(id=attachment_id))
    return Attachment(*row)


def content(attachment_id: int) -> bytes:
    """The file's bytes, checked against the SHA-256 taken when it was attached."""
    attachment = get_attachment(attachment_id)
    row = database.execute_sql(
        "SELECT content FROM attachment_content WHERE attachment_id = ?", (attachment_id,)
    ).fetchone()
    data = bytes(row[0]) if row else b""
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise DamagedAttachmentError(
            i18n.translate(
                "Attachments",
                "{name} is damaged: its contents no longer match the SHA-256 recorded when it was attached",
            ).format(name=attachment.file_name)
        )
    return data


def save_copy(attachment_id: int, path: Path) -> Path:
    """Write the checked bytes to `path` (a new file, or one the user chose to replace)."""
    data = content(attachment_id)
    path = Path(path).expanduser()
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ValidationError(
            i18n.translate("Attachments", "Cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    return path


def remove(attachment_id: int) -> None:
    """Into the trash: the bytes stay until the trash is emptied, and restore() brings the file back."""
    get_attachment(attachment_id)
    database.execute_sql(
        "UPDATE attachment SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (utc_now(), attachment_id)
    )


def restore(attachment_id: int) -> None:
    database.execute_sql("UPDATE attachment SET deleted_at = NULL WHERE id = ?", (attachment_id,))


def removed_files() -> list[tuple[Attachment, str]]:
    """Files removed from KOLs still here (not those of a trashed KOL, which go and come back with them), newest
    first, each with its KOL's name: what the Trash area lists."""
    rows = database.execute_sql(
        f"SELECT {', '.join('a.' + name.strip() for name in COLUMNS.split(','))}, k.display_name FROM attachment a"
        " JOIN kol k ON k.id = a.kol_id WHERE a.deleted_at IS NOT NULL AND k.deleted_at IS NULL"
        " ORDER BY a.deleted_at DESC, a.id DESC"
    )
    return [(Attachment(*row[:-1]), row[-1]) for row in rows]


def empty_removed() -> int:
    """Delete the removed files for good (emptying the trash); returns how many went."""
    with database.atomic():
        database.execute_sql(
            "DELETE FROM attachment_content WHERE attachment_id IN (SELECT id FROM attachment WHERE deleted_at IS NOT NULL)"
        )
        return int(database.execute_sql("DELETE FROM attachment WHERE deleted_at IS NOT NULL").rowcount)
