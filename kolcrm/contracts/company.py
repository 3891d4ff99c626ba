"""The brand company printed on contracts: legal name, address, signatory, logo, and the details a Chinese contract
names a company by (统一社会信用代码 with its check digit verified by python-stdnum, legal representative, bank)."""

from __future__ import annotations

from pathlib import Path

from kolcrm.contracts.data import CompanyProfile
from kolcrm.core import i18n, identifiers
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, ValidationError
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.store.db import database

MAX_LOGO_BYTES = 2 * 1024 * 1024
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG
_KEEP = object()


_DETAILS = ("uscc", "legal_representative", "bank_name", "bank_account", "contact")


def get_company() -> CompanyProfile:
    row = database.execute_sql(
        f"SELECT legal_name, address, signatory, logo, {', '.join(_DETAILS)} FROM company_profile WHERE id = 1"
    ).fetchone()
    if row is None:
        return CompanyProfile()
    details = dict(zip(_DETAILS, row[4:], strict=True))
    return CompanyProfile(
        legal_name=row[0], address=row[1], signatory=row[2], logo=bytes(row[3]) if row[3] else None, **details
    )


def save_company(
    legal_name: str,
    address: str = "",
    signatory: str = "",
    logo: Path | object | None = _KEEP,
    **details: str,
) -> CompanyProfile:
    """Store the company details. `logo`: a PNG/JPEG file to read now, None to remove it, or left out to keep it.
    `details`: uscc, legal_representative, bank_name, bank_account, contact (those left out are kept)."""
    legal_name, address, signatory = legal_name.strip(), address.strip(), signatory.strip()
    if len(legal_name) > 200:
        raise ValidationError(
            i18n.translate("Contracts", "The legal name is longer than 200 characters"), field="legal_name"
        )
    current = get_company()
    values = {name: " ".join(str(details.get(name, getattr(current, name))).split()) for name in _DETAILS}
    values["uscc"] = values["uscc"].replace(" ", "").upper()
    invisible = [
        problem
        for field, text, what, multiline in (
            ("legal_name", legal_name, i18n.translate("Contracts", "The legal name"), False),
            ("address", address, i18n.translate("Contracts", "The address"), True),
            ("signatory", signatory, i18n.translate("Contracts", "The signatory"), False),
        )
        if (problem := control_character_problem(field, text, what, multiline))
    ]
    invisible += _detail_problems(values)
    if invisible:  # every contract prints these: nothing invisible may reach the PDF
        raise ValidationError(invisible)
    logo_bytes = read_logo(logo) if isinstance(logo, Path) else None
    with database.atomic():
        kept = get_company().logo if logo is _KEEP else logo_bytes
        database.execute_sql(
            f"INSERT INTO company_profile (id, legal_name, address, signatory, logo, updated_at, {', '.join(_DETAILS)})"
            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET legal_name = excluded.legal_name,"
            " address = excluded.address, signatory = excluded.signatory, logo = excluded.logo,"
            " updated_at = excluded.updated_at, " + ", ".join(f"{name} = excluded.{name}" for name in _DETAILS),
            (legal_name, address, signatory, kept, utc_now(), *(values[name] for name in _DETAILS)),
        )
    return get_company()


def _detail_problems(values: dict[str, str]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for name, check in (("uscc", identifiers.uscc_problem), ("bank_account", identifiers.bank_account_problem)):
        if values[name] and (reason := check(values[name])):
            problems.append(FieldProblem(name, reason))
    for name in _DETAILS:
        if len(values[name]) > 200:
            problems.append(FieldProblem(name, i18n.translate("Contracts", "At most 200 characters")))
    return problems


def read_logo(path: Path) -> bytes:
    """The logo's bytes, checked: a PNG or JPEG file of at most 2 MiB."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ValidationError(i18n.translate("Contracts", "{path} is not a file").format(path=path), field="logo")
        if size > MAX_LOGO_BYTES:
            raise ValidationError(
                i18n.translate("Contracts", "The logo is {size} MiB; at most 2 MiB fits a contract").format(
                    size=f"{size / 1024 / 1024:.1f}"
                ),
                field="logo",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            i18n.translate("Contracts", "Cannot read the logo {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            ),
            field="logo",
        ) from exc
    if not data.startswith(_IMAGE_SIGNATURES):
        raise ValidationError(
            i18n.translate("Contracts", "{name} is not a PNG or JPEG image").format(name=path.name), field="logo"
        )
    return data
