"""Reading a handover package: the manifest's format and versions, the checksum, the shape of every record.

Everything is checked before the import writes a row, so a damaged, tampered or newer package is refused whole.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from enum import StrEnum
from pathlib import Path
from typing import Any

from kolcrm.core.errors import ValidationError
from kolcrm.core.store.migrations import SCHEMA_VERSION
from kolcrm.core.vocabulary import (
    ApprovalState,
    ContentType,
    GiftKind,
    Occasion,
    PerkKind,
    Platform,
    Priority,
    ReminderKind,
    RiskCategory,
    RiskStatus,
    Stage,
    Status,
)

FORMAT = "kolcrm-handover"
FORMAT_VERSION = 1
SUFFIX = ".kolcrm-handover"
MANIFEST, DATA = "manifest.json", "data.json"
MAX_DATA_BYTES = 2 * 1024**3  # a zip bomb is refused before it is unpacked


class HandoverError(ValidationError):
    """A package kolcrm will not import (damaged, not a handover, from a newer kolcrm); nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="path")


# -- reading -------------------------------------------------------------------------------------------------
def is_handover(path: Path) -> bool:
    """Whether the file looks like a handover package (a zip with our manifest); never raises."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST))
        return isinstance(manifest, dict) and manifest.get("format") == FORMAT
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, RuntimeError):
        return False


def read_package(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest, data), checked: format, versions, checksum and the shape of every record."""
    path = Path(path).expanduser()
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if MANIFEST not in names or DATA not in names:
                raise HandoverError(f"{path.name} is not a kolcrm handover package (no manifest or data inside)")
            manifest = json.loads(archive.read(MANIFEST))
            _check_manifest(path, manifest)
            if archive.getinfo(DATA).file_size > MAX_DATA_BYTES:
                raise HandoverError(f"{path.name} is too large to be a handover package")
            payload = archive.read(DATA)
    except HandoverError:
        raise
    except FileNotFoundError as exc:
        raise HandoverError(f"{path} does not exist") from exc
    except OSError as exc:
        raise HandoverError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, RuntimeError, ValueError) as exc:
        raise HandoverError(f"{path.name} is damaged or not a kolcrm handover package ({exc})") from exc
    if hashlib.sha256(payload).hexdigest() != manifest.get("data_sha256"):
        raise HandoverError(f"{path.name} is damaged: its data does not match the checksum in its manifest")
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise HandoverError(f"{path.name} is damaged: its data is not readable JSON ({exc})") from exc
    _check_data(path, data)
    return manifest, data


def _check_manifest(path: Path, manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise HandoverError(f"{path.name} is not a kolcrm handover package")
    version, schema = manifest.get("format_version"), manifest.get("schema_version")
    if not isinstance(version, int) or not isinstance(schema, int):
        raise HandoverError(f"{path.name} is damaged: its manifest has no version")
    if version > FORMAT_VERSION or schema > SCHEMA_VERSION:
        made_by = manifest.get("kolcrm_version", "a newer version")
        raise HandoverError(
            f"{path.name} was made by a newer kolcrm ({made_by}: package format {version}, schema {schema}; "
            f"this kolcrm reads up to format {FORMAT_VERSION}, schema {SCHEMA_VERSION}). "
            "Update kolcrm to import it; nothing was written."
        )


_ENUMS: tuple[tuple[str, str, type[StrEnum]], ...] = (
    ("profile", "status", Status),
    ("accounts", "platform", Platform),
    ("deals", "stage", Stage),
    ("deliverables", "content_type", ContentType),
    ("deliverables", "state", ApprovalState),
    ("gifts", "kind", GiftKind),
    ("gifts", "occasion", Occasion),
    ("perks", "kind", PerkKind),
    ("risks", "category", RiskCategory),
    ("risks", "status", RiskStatus),
    ("reminders", "kind", ReminderKind),
    ("scheduling", "priority", Priority),
)


# Per section of a KOL: the fields every record must carry as text (ids as integers) for the import to key on.
_REQUIRED: dict[str, tuple[str, ...]] = {
    "accounts": ("platform", "handle"),
    "history": ("occurred_on", "kind", "text"),
    "deals": ("title", "brand_name", "created_at"),
    "gifts": ("kind", "occasion", "description", "created_at"),
    "perks": ("kind", "received_on", "note", "created_at"),
    "blackouts": ("starts_on", "ends_on", "label"),
    "risks": ("category", "description", "created_at"),
    "reminders": ("due_on", "subject", "created_at"),
}


def _check_data(path: Path, data: Any) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("kols"), list) or not isinstance(data.get("brands"), list):
        raise HandoverError(f"{path.name} is damaged: its data has no KOL list")
    for brand in data["brands"]:
        if not isinstance(brand, dict) or not isinstance(brand.get("name"), str) or not brand["name"].strip():
            raise HandoverError(f"{path.name} is damaged: a brand has no name")
    for index, kol in enumerate(data["kols"]):
        problem = _kol_problem(kol)
        if problem:
            raise HandoverError(f"{path.name} is damaged: KOL #{index + 1} {problem}")


def _kol_problem(kol: Any) -> str | None:
    """What makes this package record unusable, or None."""
    if not isinstance(kol, dict) or not isinstance(kol.get("profile"), dict):
        return "has no profile"
    profile = kol["profile"]
    if not isinstance(profile.get("display_name"), str) or not profile["display_name"].strip():
        return "has no name"
    for key in ("categories", "value_tags"):
        if not isinstance(kol.get(key, []), list) or not all(isinstance(v, str) for v in kol.get(key, [])):
            return f"has unreadable {key}"
    records: dict[str, list[Any]] = {}
    for section, fields in _REQUIRED.items():
        rows = kol.get(section)
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            return f"has no readable {section}"
        for row in rows:
            missing = [name for name in fields if not isinstance(row.get(name), str)]
            if missing:
                return f"has a record in {section} without {missing[0]}"
        records[section] = rows
    for deal in records["deals"]:
        if not isinstance(deal.get("id"), int):
            return "has a deal without its id"
        for key in ("stage_changes", "deliverables", "payments", "contracts"):
            rows = deal.get(key, [])
            if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
                return f"has a deal with unreadable {key}"
        if not all(isinstance(item.get("approval_steps", []), list) for item in deal.get("deliverables", [])):
            return "has a deliverable with unreadable approval steps"
    scheduling = kol.get("scheduling")
    if scheduling is not None and not (
        isinstance(scheduling, dict) and isinstance(scheduling.get("lead_time_days"), int)
    ):
        return "has unreadable scheduling"
    records["profile"] = [profile]
    records["scheduling"] = [scheduling] if scheduling else []
    records["deliverables"] = [item for deal in records["deals"] for item in deal.get("deliverables", [])]
    for section, name, choices in _ENUMS:
        for row in records[section]:
            if name in row and row[name] not in {choice.value for choice in choices}:
                return f"has an unknown {name} “{row[name]}”"
    return None
