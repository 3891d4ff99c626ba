"""Generating contracts from collaborations: the data, the versions on record, one file or a folder of them.

Each generation is a new version with its SHA-256 on record, so a deal shows which text was sent; a file
is written whole (temporary file, then rename) before its version is recorded, or not at all.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kolcrm.contracts.company import get_company
from kolcrm.contracts.data import (
    LANGUAGES,
    CompanyProfile,
    ContractData,
    ContractDeliverable,
    ContractPayment,
    Language,
)
from kolcrm.contracts.printable import check_printable
from kolcrm.core import clock, i18n
from kolcrm.core.clock import utc_now
from kolcrm.core.collaborations.records import CollaborationRecord
from kolcrm.core.collaborations.service import get_collaboration
from kolcrm.core.collaborations.stages import payment_schedule_problem, stage_blockers
from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.store.db import database
from kolcrm.core.store.paths import data_dir
from kolcrm.core.store.portable_sql import insert_returning_id
from kolcrm.core.vocabulary import DEFAULT_DISCLOSURE_LABEL, ContentType, Stage
from kolcrm.exchange.exports.private_files import ExportError, make_private_folder, written_atomically

CONTENT_TYPES_ZH = {
    ContentType.SHORT_VIDEO: "短视频",
    ContentType.IMAGE_POST: "图文笔记",
    ContentType.LIVE_STREAM: "直播",
    ContentType.STORY: "快拍 / 故事",
    ContentType.WECHAT_MOMENT: "微信朋友圈",
    ContentType.ARTICLE: "文章",
}
Progress = Callable[[int, int], None]
_VERSION_COLUMNS = (
    "id, collaboration_id, version, number, language, created_at, sha256, size, file_path, sent_on, signed_on,"
    " countersigned_on"
)


class ContractWriteError(Exception):
    """The PDF could not be written where the user asked; nothing was recorded."""


@dataclass(frozen=True)
class ContractVersion:
    id: int
    collaboration_id: int
    version: int
    number: str
    language: str
    created_at: str  # UTC
    sha256: str
    size: int
    file_path: str
    sent_on: str | None = None  # ISO dates of the signing steps (contracts/signing.py)
    signed_on: str | None = None
    countersigned_on: str | None = None


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[int, str, str]] = field(default_factory=list)  # (collaboration id, title, reason)
    cancelled: bool = False


def contract_number(collaboration_id: int, version: int, issued_on: date) -> str:
    return f"KOL-{issued_on.year}-{collaboration_id:05d}-v{version}"


def next_version(collaboration_id: int) -> int:
    row = database.execute_sql(
        "SELECT coalesce(max(version), 0) FROM contract WHERE collaboration_id = ?", (collaboration_id,)
    ).fetchone()
    return int(row[0]) + 1


def contract_data(
    collaboration_id: int, language: Language = "both", issued_on: date | None = None, version: int | None = None
) -> ContractData:
    """Everything the contract states, or a ValidationError saying what the deal still lacks."""
    if language not in LANGUAGES:
        raise ValidationError(
            i18n.translate("Contracts", "Unknown contract language “{language}” (zh, en or both)").format(
                language=language
            ),
            field="language",
        )
    record = get_collaboration(collaboration_id)
    if record.deleted_at:
        raise NotFoundError(
            i18n.translate("Contracts", "Collaboration {id} is in the trash").format(id=collaboration_id)
        )
    if database.execute_sql("SELECT deleted_at FROM kol WHERE id = ?", (record.kol_id,)).fetchone()[0]:
        raise NotFoundError(
            i18n.translate("Contracts", "{kol}, the KOL of collaboration {id}, is in the trash").format(
                kol=record.kol_name, id=collaboration_id
            )
        )
    missing = stage_blockers(record, Stage.CONTRACTED)
    if record.stage is Stage.CANCELLED:
        missing.insert(0, i18n.translate("Contracts", "the deal is cancelled"))
    schedule = payment_schedule_problem(record)
    if schedule:
        missing.append(schedule)
    if missing:
        raise ValidationError(
            i18n.translate("Contracts", "The contract for “{title}” cannot be drafted yet: {missing}").format(
                title=record.title, missing=i18n.translate("Contracts", "; ").join(missing)
            ),
            field="stage",
        )
    issued_on = issued_on or clock.today()
    version = version or next_version(collaboration_id)
    data = _data(record, language, issued_on, version, get_company(), _kol_identity(record.kol_id))
    check_printable(data, record.title)
    return data


def generate_contract(
    collaboration_id: int, output: Path, language: Language = "both", issued_on: date | None = None
) -> ContractVersion:
    """Build the PDF, write it to `output` whole, and record it as the deal's next version."""
    return _generate(collaboration_id, lambda _data: output, language, issued_on)


def generate_contract_into(
    collaboration_id: int, folder: Path, language: Language = "both", issued_on: date | None = None
) -> ContractVersion:
    """Like `generate_contract`, the file named after its contract number in `folder` (`KOL-2026-00012-v3.pdf`).

    The version returned carries the path, version and number, so the caller never drafts the contract twice.
    """
    return _generate(collaboration_id, lambda data: contract_file(folder, data), language, issued_on)


def contract_file(folder: Path, data: ContractData) -> Path:
    """Where a contract goes in a folder: named after its number, so versions sit side by side."""
    return folder / f"{data.number}.pdf"


def _generate(
    collaboration_id: int, output_for: Callable[[ContractData], Path], language: Language, issued_on: date | None
) -> ContractVersion:
    from kolcrm.contracts.builder import build_contract_pdf

    data = contract_data(collaboration_id, language, issued_on)
    return _store(collaboration_id, data, build_contract_pdf(data), output_for(data))


def save_contract_copy(source: Path, target: Path) -> None:
    """A copy of a generated contract where the user asks (Save as…), written whole and 0600 like the original."""
    try:
        pdf = Path(source).read_bytes()
    except OSError as exc:
        raise ContractWriteError(
            i18n.translate("Contracts", "Cannot read {path}: {reason}").format(path=source, reason=exc.strerror or exc)
        ) from exc
    _write_whole(Path(target).expanduser().absolute(), pdf)


def contract_versions(collaboration_id: int) -> list[ContractVersion]:
    rows = database.execute_sql(
        f"SELECT {_VERSION_COLUMNS} FROM contract WHERE collaboration_id = ? ORDER BY version DESC",
        (collaboration_id,),
    )
    return [ContractVersion(*row) for row in rows]


def contracts_folder(location: Path | str) -> Path:
    """Where the app keeps the contracts it generates: beside a book's file, in `contracts/`; for a team's book on
    a server, which has no folder of its own, in this user's data folder under the server and database names."""
    from kolcrm.core.store.server import ServerBook, is_server_url

    if is_server_url(location):
        book = ServerBook.parse(str(location))
        name = re.sub(r"[^\w.-]+", "_", f"{book.host}-{book.name}")  # no password, no separators
        return data_dir() / "contracts" / name
    return Path(location).parent / "contracts"


def ids_in_stage(stage: Stage) -> list[int]:
    rows = database.execute_sql(
        "SELECT c.id FROM collaboration c JOIN kol k ON k.id = c.kol_id"
        " WHERE c.stage = ? AND c.deleted_at IS NULL AND k.deleted_at IS NULL ORDER BY c.id",
        (str(stage),),
    )
    return [row[0] for row in rows]


def export_contracts(
    collaboration_ids: Sequence[int],
    folder: Path,
    language: Language = "both",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    workers: int | None = None,
    issued_on: date | None = None,
) -> BatchResult:
    """One PDF per deal into `folder`, rendered on every core; a deal that fails is reported, not fatal."""
    from kolcrm.contracts.batch import render_many

    result = BatchResult()
    try:
        make_private_folder(folder)
    except OSError as exc:
        raise ContractWriteError(
            i18n.translate("Contracts", "Cannot create the folder {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    if not os.access(folder, os.W_OK):
        raise ContractWriteError(
            i18n.translate("Contracts", "The folder {folder} is not writable").format(folder=folder)
        )
    prepared: list[tuple[int, str, ContractData]] = []
    for collaboration_id in collaboration_ids:
        try:
            data = contract_data(collaboration_id, language, issued_on)
        except (ValidationError, NotFoundError) as exc:
            result.failed.append((collaboration_id, _title(collaboration_id), str(exc)))
            continue
        prepared.append((collaboration_id, data.title, data))
    total, done = len(collaboration_ids), len(result.failed)
    if progress:
        progress(done, total)
    for index, outcome in render_many([item[2] for item in prepared], workers=workers, cancelled=cancelled):
        collaboration_id, title, data = prepared[index]
        try:
            if isinstance(outcome, Exception):
                raise outcome
            # Versions are numbered at write time: the number drawn up front may have been taken meanwhile.
            stored = _store(collaboration_id, data, outcome, contract_file(folder, data))
            result.written.append(Path(stored.file_path))
        except (ContractWriteError, ValidationError, OSError, ValueError) as exc:
            result.failed.append((collaboration_id, title, str(exc)))
        done += 1
        if progress:
            progress(done, total)
    result.cancelled = cancelled() and done < total
    return result


# -- internals ---------------------------------------------------------------------------------------------
def _store(collaboration_id: int, data: ContractData, pdf: bytes, output: Path) -> ContractVersion:
    digest = hashlib.sha256(pdf).hexdigest()
    target = output.expanduser().absolute()
    _write_whole(target, pdf)
    try:
        with database.atomic():
            version = next_version(collaboration_id)
            if data.number != contract_number(collaboration_id, version, data.issued_on):
                raise ValidationError(
                    i18n.translate("Contracts", "Another contract version was recorded meanwhile; generate it again")
                )
            contract_id = insert_returning_id(
                "INSERT INTO contract (collaboration_id, version, number, language, created_at, sha256, size,"
                " file_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (collaboration_id, version, data.number, data.language, utc_now(), digest, len(pdf), str(target)),
            )
    except BaseException:
        target.unlink(missing_ok=True)  # no file without its record
        raise
    return contract_versions_by_id(contract_id)


def contract_versions_by_id(contract_id: int) -> ContractVersion:
    row = database.execute_sql(
        f"SELECT {_VERSION_COLUMNS} FROM contract WHERE id = ?",
        (contract_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(i18n.translate("Contracts", "Contract {id} does not exist").format(id=contract_id))
    return ContractVersion(*row)


def _write_whole(target: Path, pdf: bytes) -> None:
    """Write the PDF whole, 0600 like every export (a contract names the KOL and their fee), or raise."""
    if target.is_dir():
        raise ContractWriteError(
            i18n.translate("Contracts", "{path} is a folder; give a file name ending in .pdf").format(path=target)
        )
    try:
        make_private_folder(target.parent)
        with written_atomically(target) as temporary, open(temporary, "wb") as stream:
            stream.write(pdf)
            stream.flush()
            os.fsync(stream.fileno())
    except ExportError as exc:
        raise ContractWriteError(exc.message) from exc
    except OSError as exc:
        raise ContractWriteError(_cannot_write(target, exc)) from exc


def _cannot_write(target: Path, exc: OSError) -> str:
    return i18n.translate("Contracts", "Cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc)


def _kol_identity(kol_id: int) -> tuple[str, ...]:
    """Display name, real name, agency, ID number, address, payee bank and account; the agency's registered name,
    统一社会信用代码 and address (from its record, each falling back to the KOL's own copy)."""
    row = database.execute_sql(
        "SELECT k.display_name, k.real_name, k.agency, k.legal_id_number, k.legal_address, k.payee_bank,"
        " k.payee_account, coalesce(nullif(a.legal_name, ''), k.agency_legal_name),"
        " coalesce(nullif(a.uscc, ''), k.agency_uscc), coalesce(nullif(a.address, ''), k.agency_address)"
        " FROM kol k LEFT JOIN agency a ON a.name = k.agency WHERE k.id = ?",
        (kol_id,),
    ).fetchone()
    return tuple(row) if row else ("",) * 10


def _title(collaboration_id: int) -> str:
    row = database.execute_sql("SELECT title FROM collaboration WHERE id = ?", (collaboration_id,)).fetchone()
    return row[0] if row else f"#{collaboration_id}"


def _data(
    record: CollaborationRecord,
    language: Language,
    issued_on: date,
    version: int,
    company: CompanyProfile,
    kol: tuple[str, ...],
) -> ContractData:
    assert record.id is not None and record.agreed_fee is not None  # stage_blockers checked both
    assert record.start_on is not None and record.end_on is not None
    if not company.legal_name:  # no Company settings yet: the brand's own name stands in
        company = CompanyProfile(record.brand_name, company.address, company.signatory, company.logo)
    labels = [d.disclosure_label for d in record.deliverables if d.disclosure_label.strip()]
    return ContractData(
        number=contract_number(record.id, version, issued_on),
        issued_on=issued_on,
        language=language,
        company=company,
        brand_name=record.brand_name,
        kol_display_name=kol[0],
        kol_real_name=kol[1],
        kol_agency=kol[2],
        title=record.title,
        campaign_name=record.campaign_name,
        start_on=record.start_on,
        end_on=record.end_on,
        currency=record.currency,
        agreed_fee=record.agreed_fee,
        payments=tuple(ContractPayment(p.amount, p.due_on) for p in record.payments),
        payment_terms=record.payment_terms,
        deliverables=tuple(
            ContractDeliverable(
                platform=d.platform,
                content_type_zh=CONTENT_TYPES_ZH[ContentType(d.content_type)],
                content_type_en=ContentType(d.content_type).english,
                quantity=d.quantity,
                due_on=d.due_on,
            )
            for d in record.deliverables
        ),
        exclusivity_category=record.exclusivity_category,
        exclusivity_days_before=record.exclusivity_days_before,
        exclusivity_days_after=record.exclusivity_days_after,
        usage_rights=record.usage_rights,
        usage_rights_months=record.usage_rights_months,
        review_window_hours=record.review_window_hours,
        disclosure_label=labels[0] if labels else DEFAULT_DISCLOSURE_LABEL,
        fee_includes_tax=record.fee_includes_tax,
        tax_rate=record.tax_rate,
        invoice_type=str(record.invoice_type),
        invoice_issuer=str(record.invoice_issuer),
        withholds_income_tax=record.withholds_income_tax,
        kol_id_number=kol[3],
        kol_address=kol[4],
        kol_payee=" ".join(part for part in (kol[5], kol[6]) if part.strip()),
        agency_legal_name=kol[7],
        agency_uscc=kol[8],
        agency_address=kol[9],
    )
