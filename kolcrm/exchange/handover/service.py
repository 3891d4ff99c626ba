"""Handover packages: a whole KOL book in one file, restored into another database without duplicates.

Staff turnover is how teams lose KOL relationships. A `.kolcrm-handover` file is a zip holding `manifest.json`
(format, versions, counts, the checksum of the data) and `data.json` (every KOL as kol_json.kol_as_json writes
it, each deliverable with its captured results; then the brands the deals and campaigns use; then the campaigns
with their KPIs, brand posts and readiness checklist). Importing runs in one transaction: a damaged, tampered or
newer package, or one holding a value the editor would refuse, is refused before anything is written, and a cancel
or failure leaves the database exactly as it was; how each KOL merges with the ones already here is restore.py's
concern, the campaigns campaigns.py's. The reminder rules run at the end, in the same transaction.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import peewee

from kolcrm import __version__
from kolcrm.core import i18n
from kolcrm.core.brands import fit_scores
from kolcrm.core.care import reminders
from kolcrm.core.clock import utc_now
from kolcrm.core.store.db import database
from kolcrm.core.store.migrations import SCHEMA_VERSION
from kolcrm.exchange.exports.kol_json import all_kol_ids, kol_as_json
from kolcrm.exchange.exports.tables import ExportCancelled, ExportResult, run_export
from kolcrm.exchange.handover import sealing
from kolcrm.exchange.handover.agencies import agencies_for_package, restore_agencies
from kolcrm.exchange.handover.campaigns import add_metric_captures, campaigns_for_package, restore_campaigns
from kolcrm.exchange.handover.package import (
    DATA,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SUFFIX,
    HandoverError,
    is_handover,
    read_package,
)
from kolcrm.exchange.handover.restore import KolRestore, restore_brands
from kolcrm.exchange.handover.sealing import SEALED_DATA, SealError
from kolcrm.exchange.handover.summary import HandoverSummary

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


__all__ = [
    "FORMAT_VERSION",
    "SUFFIX",
    "HandoverError",
    "HandoverSummary",
    "SealError",
    "export_handover",
    "import_handover",
    "is_handover",
]


# -- export --------------------------------------------------------------------------------------------------
def export_handover(
    path: Path,
    kol_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
    passphrase: str | None = None,
) -> ExportResult:
    """Write the package for `kol_ids` (default: every live KOL). A cancel leaves no file. It is sealed (encrypted)
    with sealing.passphrase_for_sealing(passphrase): always when the open book is encrypted."""
    ids = list(kol_ids) if kol_ids is not None else all_kol_ids()
    sealed_with = sealing.passphrase_for_sealing(passphrase)
    seal = sealing.new_seal(sealed_with) if sealed_with else None
    if kol_ids is not None:
        for kol_id in ids:
            kol_as_json(kol_id)  # an unknown id is refused before anything is written (NotFoundError)

    def write(temp: Path, report: Progress, stop: Cancelled) -> int:
        total = len(ids)
        report(0, total)
        digest = hashlib.sha256()
        brand_ids: set[int] = set()
        campaign_ids: set[int] = set()
        agency_names: set[str] = set()
        deals = 0
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            # Streamed KOL by KOL (a big book never sits in memory); the brands follow, once all deals are seen.
            with archive.open(SEALED_DATA if seal else DATA, "w", force_zip64=True) as member:
                # The checksum is of the member's bytes (sealed: of the ciphertext), so damage is told before a key.
                sink = _Digesting(member, digest)
                writer = sealing.SealingWriter(sink, seal) if seal else sink

                def put(text: str) -> None:
                    writer.write(text.encode("utf-8"))

                put('{"kols": [')
                for index, kol_id in enumerate(ids):
                    if stop():
                        raise ExportCancelled
                    data = kol_as_json(kol_id)
                    add_metric_captures(data)
                    deals += len(data["deals"])
                    if data["profile"].get("agency"):
                        agency_names.add(data["profile"]["agency"])
                    brand_ids.update(deal["brand_id"] for deal in data["deals"])
                    campaign_ids.update(deal["campaign_id"] for deal in data["deals"] if deal["campaign_id"])
                    put(("," if index else "") + json.dumps(data, ensure_ascii=False, default=str))
                    report(index + 1, total)
                # The whole book carries every campaign (one without deals yet is still the team's plan); a few
                # KOLs carry the campaigns their deals are in.
                campaigns = campaigns_for_package(None if kol_ids is None else campaign_ids)
                brand_ids.update(campaign["brand_id"] for campaign in campaigns)
                brands = _brands(sorted(brand_ids))
                put('], "brands": ' + json.dumps(brands, ensure_ascii=False))
                put(', "campaigns": ' + json.dumps(campaigns, ensure_ascii=False, default=str))
                put(', "agencies": ' + json.dumps(agencies_for_package(agency_names), ensure_ascii=False) + "}")
                writer.close()
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "schema_version": SCHEMA_VERSION,
                "kolcrm_version": __version__,
                "created_at": utc_now(),
                "kols": total,
                "deals": deals,
                "brands": len(brands),
                "campaigns": len(campaigns),
                "data_sha256": digest.hexdigest(),
            }
            if seal:
                manifest["sealed"] = seal.describe()
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        return total

    result = run_export(path, write, progress, cancelled)
    return dataclasses.replace(result, encrypted=seal is not None and not result.cancelled)


class _Digesting:
    """Writes to the zip member and hashes what it writes."""

    def __init__(self, member: sealing.Sink, digest: Any) -> None:
        self.member, self.digest = member, digest

    def write(self, chunk: bytes) -> None:
        self.digest.update(chunk)
        self.member.write(chunk)

    def close(self) -> None:
        pass  # the zip member is closed by its own `with`


def _brands(brand_ids: list[int]) -> list[dict[str, Any]]:
    if not brand_ids:
        return []
    cursor = database.execute_sql(
        f"SELECT * FROM brand WHERE id IN ({','.join('?' * len(brand_ids))}) ORDER BY name", brand_ids
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# -- import --------------------------------------------------------------------------------------------------
def _raise_reminders() -> int:
    """Run the reminder rules; how many generated reminders are new."""
    query = "SELECT rule_key FROM reminder WHERE rule_key IS NOT NULL"
    before = {row[0] for row in database.execute_sql(query)}
    reminders.refresh()
    return len({row[0] for row in database.execute_sql(query)} - before)


class _Stop(Exception):
    pass


def import_handover(
    path: Path, progress: Progress | None = None, cancelled: Cancelled = lambda: False, passphrase: str | None = None
) -> HandoverSummary:
    """Restore a package into the open database in one transaction, merging with the KOLs already here. A sealed
    package opens with `passphrase` or one at hand; sealing.SealError when none does (nothing written)."""
    manifest, data = read_package(path, passphrase)
    report = progress or (lambda _done, _total: None)
    summary = HandoverSummary(without_campaigns=manifest["format_version"] < 2)
    total = len(data["kols"])
    report(0, total)
    try:
        with database.atomic():
            brands = restore_brands(data["brands"], summary)
            summary.agencies_added = restore_agencies(data.get("agencies", []))
            campaigns = restore_campaigns(data.get("campaigns", []), brands, summary)
            for index, kol in enumerate(data["kols"]):
                if cancelled():
                    raise _Stop
                KolRestore(kol, brands, campaigns, summary, path.name).run()
                report(index + 1, total)
            if cancelled():
                raise _Stop
            # Tags, accounts and audience merged in, some with the package's own edit times the stamp cannot see.
            fit_scores.mark_all_stale()
            # The package's generated reminders were left out (their rule keys hold its ids): the rules raise them
            # here, for the birthdays, payments and thank-yous that came in, in the same transaction.
            summary.reminders_raised = _raise_reminders()
    except _Stop:
        return HandoverSummary(cancelled=True)
    except peewee.OperationalError:
        raise  # locked, disk full…: the database's problem, not the package's
    except (peewee.PeeweeException, sqlite3.Error, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise HandoverError(
            i18n.translate(
                "Handover", "{name} holds a record this database refuses ({reason}); nothing was written"
            ).format(name=Path(path).name, reason=exc)
        ) from exc
    return summary
