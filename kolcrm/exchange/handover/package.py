"""Reading a handover package: the manifest's format and versions, the checksum, the shape of every record, and
every value through the editor's rules (validation.py).

Everything is checked before the import writes a row, so a damaged, tampered or newer package is refused whole.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from enum import StrEnum
from pathlib import Path
from typing import Any

from kolcrm.core import i18n
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
from kolcrm.exchange.handover import sealing
from kolcrm.exchange.handover.campaigns import campaign_shape_problem, deal_link_problems
from kolcrm.exchange.handover.sealing import SEALED_DATA
from kolcrm.exchange.handover.validation import package_problems

FORMAT = "kolcrm-handover"
# 1: KOLs with their deals and care; 2: campaigns (KPIs, brand posts, readiness) and the deliverables' captured
# results travel too, and the deals name their campaign. A format-1 package is still read: it has no campaigns.
# 3: each KOL's attached files (base64, with their SHA-256); an older kolcrm refuses it rather than drop them.
FORMAT_VERSION = 3
SUFFIX = ".kolcrm-handover"
MANIFEST, DATA = "manifest.json", "data.json"
MAX_DATA_BYTES = 2 * 1024**3  # a zip bomb is refused before it is unpacked


class HandoverError(ValidationError):
    """A package kolcrm will not import (damaged, not a handover, from a newer kolcrm); nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="path")


# -- reading -------------------------------------------------------------------------------------------------
def _manifest_or_none(path: Path) -> dict[str, Any] | None:
    """The package's manifest when the file is a zip holding one as a JSON object; None otherwise. Never raises."""
    try:
        with zipfile.ZipFile(Path(path).expanduser()) as archive:
            manifest = json.loads(archive.read(MANIFEST))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, RuntimeError):
        return None
    return manifest if isinstance(manifest, dict) else None


def is_handover(path: Path) -> bool:
    """Whether the file looks like a handover package (a zip with our manifest); never raises."""
    manifest = _manifest_or_none(path)
    return manifest is not None and manifest.get("format") == FORMAT


def locked(path: Path, passphrase: str | None = None) -> bool:
    """Whether the package is sealed and neither `passphrase` nor one at hand opens it: someone must be asked.
    False for a plain package, and for one that cannot be read (the import then says what is wrong with it)."""
    manifest = _manifest_or_none(path)
    if manifest is None or not sealing.is_sealed(manifest):
        return False
    try:
        sealing.unlock(manifest, Path(path).name, passphrase)
    except sealing.SealError:
        return True
    except (KeyError, ValueError, TypeError):
        return False  # a damaged seal: the import refuses it with the reason
    return False


def read_package(path: Path, passphrase: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest, data), checked: format, versions, checksum and the shape of every record. A sealed package is
    opened with `passphrase` or one at hand (sealing.unlock); sealing.SealError when none opens it."""
    path = Path(path).expanduser()
    seal: sealing.Seal | None = None
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            manifest = json.loads(archive.read(MANIFEST)) if MANIFEST in names else None
            member = SEALED_DATA if isinstance(manifest, dict) and sealing.is_sealed(manifest) else DATA
            if manifest is None or member not in names:
                raise HandoverError(
                    i18n.translate(
                        "Handover", "{name} is not a kolcrm handover package (no manifest or data inside)"
                    ).format(name=path.name)
                )
            _check_manifest(path, manifest)
            if archive.getinfo(member).file_size > MAX_DATA_BYTES:
                raise HandoverError(
                    i18n.translate("Handover", "{name} is too large to be a handover package").format(name=path.name)
                )
            if member == SEALED_DATA:
                seal = sealing.unlock(manifest, path.name, passphrase)  # before the data: a wrong key is told at once
            payload = archive.read(member)
    except (HandoverError, sealing.SealError):
        raise
    except FileNotFoundError as exc:
        raise HandoverError(i18n.translate("Handover", "{path} does not exist").format(path=path)) from exc
    except OSError as exc:
        raise HandoverError(
            i18n.translate("Handover", "Cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, RuntimeError, ValueError, KeyError, TypeError) as exc:
        raise HandoverError(
            i18n.translate("Handover", "{name} is damaged or not a kolcrm handover package ({reason})").format(
                name=path.name, reason=exc
            )
        ) from exc
    if hashlib.sha256(payload).hexdigest() != manifest.get("data_sha256"):
        raise HandoverError(
            i18n.translate(
                "Handover", "{name} is damaged: its data does not match the checksum in its manifest"
            ).format(name=path.name)
        )
    if seal is not None:
        try:
            payload = sealing.unseal(payload, seal, MAX_DATA_BYTES)
        except (ValueError, zlib.error) as exc:
            raise HandoverError(
                i18n.translate("Handover", "{name} is damaged: {reason}").format(name=path.name, reason=exc)
            ) from exc
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise HandoverError(
            i18n.translate("Handover", "{name} is damaged: its data is not readable JSON ({reason})").format(
                name=path.name, reason=exc
            )
        ) from exc
    _check_data(path, data)
    _check_values(path, data)
    return manifest, data


SHOWN_PROBLEMS = 20  # a package tampered with throughout is refused with the first ones, then a count


def _check_values(path: Path, data: dict[str, Any]) -> None:
    """Every value through the editor's rules; any refused value refuses the package (nothing half-written)."""
    problems = package_problems(data) + deal_link_problems(data)
    if not problems:
        return
    lines = [f"  {line}" for line in problems[:SHOWN_PROBLEMS]]
    more = len(problems) - SHOWN_PROBLEMS
    if more > 0:
        lines.append("  " + i18n.translate("Handover", "… and %n more", None, more))
    heading = i18n.translate("Handover", "{name} holds values kolcrm refuses; nothing was written:").format(
        name=path.name
    )
    raise HandoverError("\n".join([heading, *lines]))


def _check_manifest(path: Path, manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise HandoverError(
            i18n.translate("Handover", "{name} is not a kolcrm handover package").format(name=path.name)
        )
    version, schema = manifest.get("format_version"), manifest.get("schema_version")
    if not isinstance(version, int) or not isinstance(schema, int):
        raise HandoverError(
            i18n.translate("Handover", "{name} is damaged: its manifest has no version").format(name=path.name)
        )
    if version > FORMAT_VERSION or schema > SCHEMA_VERSION:
        made_by = manifest.get("kolcrm_version") or i18n.translate("Handover", "a newer version")
        raise HandoverError(
            i18n.translate(
                "Handover",
                "{name} was made by a newer kolcrm ({made_by}: package format {version}, schema {schema}; "
                "this kolcrm reads up to format {our_version}, schema {our_schema}). "
                "Update kolcrm to import it; nothing was written.",
            ).format(
                name=path.name,
                made_by=made_by,
                version=version,
                schema=schema,
                our_version=FORMAT_VERSION,
                our_schema=SCHEMA_VERSION,
            )
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
        raise HandoverError(
            i18n.translate("Handover", "{name} is damaged: its data has no KOL list").format(name=path.name)
        )
    for brand in data["brands"]:
        if not isinstance(brand, dict) or not isinstance(brand.get("name"), str) or not brand["name"].strip():
            raise HandoverError(
                i18n.translate("Handover", "{name} is damaged: a brand has no name").format(name=path.name)
            )
    campaigns = data.get("campaigns", [])
    if not isinstance(campaigns, list):
        raise HandoverError(
            i18n.translate("Handover", "{name} is damaged: its campaigns cannot be read").format(name=path.name)
        )
    for index, campaign in enumerate(campaigns):
        problem = campaign_shape_problem(campaign)
        if problem:
            raise HandoverError(
                i18n.translate("Handover", "{name} is damaged: campaign #{number} {problem}").format(
                    name=path.name, number=index + 1, problem=problem
                )
            )
    agencies = data.get("agencies", [])
    if not isinstance(agencies, list) or not all(
        isinstance(agency, dict) and isinstance(agency.get("name"), str) for agency in agencies
    ):
        raise HandoverError(
            i18n.translate("Handover", "{name} is damaged: its agencies cannot be read").format(name=path.name)
        )
    for index, kol in enumerate(data["kols"]):
        problem = _kol_problem(kol)
        if problem:
            raise HandoverError(
                i18n.translate("Handover", "{name} is damaged: KOL #{number} {problem}").format(
                    name=path.name, number=index + 1, problem=problem
                )
            )


def _kol_problem(kol: Any) -> str | None:
    """What makes this package record unusable, or None."""
    if not isinstance(kol, dict) or not isinstance(kol.get("profile"), dict):
        return i18n.translate("Handover", "has no profile")
    profile = kol["profile"]
    if not isinstance(profile.get("display_name"), str) or not profile["display_name"].strip():
        return i18n.translate("Handover", "has no name")
    for key in ("categories", "value_tags"):
        if not isinstance(kol.get(key, []), list) or not all(isinstance(v, str) for v in kol.get(key, [])):
            return i18n.translate("Handover", "has unreadable {section}").format(section=key)
    records: dict[str, list[Any]] = {}
    for section, fields in _REQUIRED.items():
        rows = kol.get(section)
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            return i18n.translate("Handover", "has no readable {section}").format(section=section)
        for row in rows:
            missing = [name for name in fields if not isinstance(row.get(name), str)]
            if missing:
                return i18n.translate("Handover", "has a record in {section} without {field}").format(
                    section=section, field=missing[0]
                )
        records[section] = rows
    for deal in records["deals"]:
        if not isinstance(deal.get("id"), int):
            return i18n.translate("Handover", "has a deal without its id")
        for key in ("stage_changes", "deliverables", "payments", "contracts"):
            rows = deal.get(key, [])
            if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
                return i18n.translate("Handover", "has a deal with unreadable {section}").format(section=key)
        for item in deal.get("deliverables", []):
            for key in ("approval_steps", "metric_captures"):
                rows = item.get(key, [])
                if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
                    return i18n.translate("Handover", "has a deliverable with unreadable {section}").format(section=key)
        if deal.get("campaign_id") is not None and not isinstance(deal["campaign_id"], int):
            return i18n.translate("Handover", "has a deal with an unreadable campaign id")
    files = kol.get("attachments", [])
    if not isinstance(files, list) or not all(
        isinstance(item, dict) and isinstance(item.get("sha256"), str) and isinstance(item.get("content_base64"), str)
        for item in files
    ):
        return i18n.translate("Handover", "has unreadable {section}").format(section="attachments")
    sent = kol.get("sent_items", [])
    if not isinstance(sent, list) or not all(
        isinstance(item, dict) and isinstance(item.get("description"), str) and isinstance(item.get("sent_on"), str)
        for item in sent
    ):
        return i18n.translate("Handover", "has unreadable {section}").format(section="sent_items")
    scheduling = kol.get("scheduling")
    if scheduling is not None and not (
        isinstance(scheduling, dict) and isinstance(scheduling.get("lead_time_days"), int)
    ):
        return i18n.translate("Handover", "has unreadable scheduling")
    records["profile"] = [profile]
    records["scheduling"] = [scheduling] if scheduling else []
    records["deliverables"] = [item for deal in records["deals"] for item in deal.get("deliverables", [])]
    for section, name, choices in _ENUMS:
        for row in records[section]:
            if name in row and (
                not isinstance(row[name], str) or row[name] not in {choice.value for choice in choices}
            ):
                return i18n.translate("Handover", "has an unknown {field} “{value}”").format(
                    field=name, value=row[name]
                )
    return None
