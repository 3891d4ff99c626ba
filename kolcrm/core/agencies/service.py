"""Agencies: listed with how many KOLs they represent and deals were made with those KOLs, edited, renamed (the KOLs'
agency field follows), deleted once no KOL names them.

A KOL belongs to the agency whose name its agency field holds. A name typed on a KOL, imported or restored from a
package becomes a record the next time the agencies are read (ensure_agencies), so there is no second list to keep
in step.
"""

from __future__ import annotations

from kolcrm.core import i18n, identifiers
from kolcrm.core.agencies.records import AgencyDeal, AgencyKol, AgencyRecord
from kolcrm.core.clock import utc_now
from kolcrm.core.errors import FieldProblem, NotFoundError, ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.core.kols.validation import control_character_problem
from kolcrm.core.store import search, versions
from kolcrm.core.store.db import database
from kolcrm.core.store.portable_sql import insert_returning_id

_FIELDS = ("name", "legal_name", "uscc", "address", "contact_name", "contact", "notes")
LABELS = {
    "name": QT_TRANSLATE_NOOP("Agencies", "Name"),
    "legal_name": QT_TRANSLATE_NOOP("Agencies", "Registered name"),
    "uscc": QT_TRANSLATE_NOOP("Agencies", "统一社会信用代码"),
    "address": QT_TRANSLATE_NOOP("Agencies", "Address"),
    "contact_name": QT_TRANSLATE_NOOP("Agencies", "Contact person"),
    "contact": QT_TRANSLATE_NOOP("Agencies", "Phone, WeChat or e-mail"),
    "notes": QT_TRANSLATE_NOOP("Agencies", "Notes"),
}
_COUNTS = (
    "(SELECT count(*) FROM kol k WHERE k.agency = a.name AND k.deleted_at IS NULL),"
    " (SELECT count(*) FROM collaboration c JOIN kol k ON k.id = c.kol_id"
    " WHERE k.agency = a.name AND k.deleted_at IS NULL AND c.deleted_at IS NULL)"
)


def ensure_agencies() -> int:
    """A record for every agency name a KOL holds and no record has, with the company details a KOL's contract
    group carries (kolcrm 19); returns how many were made."""
    now = utc_now()
    cursor = database.execute_sql(
        "INSERT INTO agency (name, legal_name, uscc, address, created_at, updated_at)"
        " SELECT k.agency, max(k.agency_legal_name), max(k.agency_uscc), max(k.agency_address), ?, ? FROM kol k"
        " WHERE k.agency != '' AND NOT EXISTS (SELECT 1 FROM agency a WHERE a.name = k.agency) GROUP BY k.agency",
        (now, now),
    )
    return max(int(cursor.rowcount or 0), 0)


def list_agencies() -> list[AgencyRecord]:
    ensure_agencies()
    rows = database.execute_sql(f"SELECT {', '.join(_FIELDS)}, id, {_COUNTS} FROM agency a ORDER BY name")
    return [AgencyRecord(*row) for row in rows]


def get_agency(agency_id: int) -> AgencyRecord:
    row = database.execute_sql(
        f"SELECT {', '.join(_FIELDS)}, id, {_COUNTS} FROM agency a WHERE id = ?", (agency_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(i18n.translate("Agencies", "No agency with id {id}").format(id=agency_id))
    return AgencyRecord(*row)


def agency_named(name: str) -> AgencyRecord | None:
    row = database.execute_sql("SELECT id FROM agency WHERE name = ?", (name.strip(),)).fetchone()
    return get_agency(row[0]) if row else None


def validate_agency(record: AgencyRecord) -> list[FieldProblem]:
    problems = [
        problem
        for field in _FIELDS
        if (
            problem := control_character_problem(
                field, getattr(record, field), i18n.translate("Agencies", LABELS[field]), multiline=field == "notes"
            )
        )
    ]
    if not record.name.strip():
        problems.append(FieldProblem("name", i18n.translate("Agencies", "An agency needs a name")))
    uscc = record.uscc.strip().upper()
    if uscc and (reason := identifiers.uscc_problem(uscc)):
        problems.append(FieldProblem("uscc", reason))
    taken = database.execute_sql(
        "SELECT id FROM agency WHERE name = ? AND id != ?", (record.name.strip(), record.id or 0)
    ).fetchone()
    if taken:
        problems.append(
            FieldProblem("name", i18n.translate("Agencies", "There is already an agency named {name}").format(
                name=record.name.strip()))
        )  # fmt: skip
    return problems


def save_agency(record: AgencyRecord) -> int:
    """Create or update an agency; a new name is written into its KOLs' agency field, in the same transaction."""
    with database.atomic():
        problems = validate_agency(record)
        if problems:
            raise ValidationError(problems)
        values = {field: getattr(record, field).strip() for field in _FIELDS}
        values["uscc"] = values["uscc"].upper()
        now = utc_now()
        if record.id is None:
            columns = [*values, "created_at", "updated_at"]
            return insert_returning_id(
                f"INSERT INTO agency ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [*values.values(), now, now],
            )
        old = get_agency(record.id).name
        database.execute_sql(
            f"UPDATE agency SET {', '.join(f'{field} = ?' for field in values)}, updated_at = ? WHERE id = ?",
            [*values.values(), now, record.id],
        )
        if values["name"] != old:
            _rename_on_kols(old, values["name"])
        return record.id


def _rename_on_kols(old: str, new: str) -> None:
    ids = [row[0] for row in database.execute_sql("SELECT id FROM kol WHERE agency = ?", (old,))]
    if not ids:
        return
    database.execute_sql("UPDATE kol SET agency = ?, updated_at = ? WHERE agency = ?", (new, utc_now(), old))
    for kol_id in ids:
        search.reindex_kol(database, kol_id)  # the search finds them by the new name
    versions.claim_many("kol", ids)  # an editor left open on one of them must not save the old name back


def delete_agency(agency_id: int) -> None:
    """Refused while a KOL (live or in the trash) names it: their agency field would point at nothing."""
    agency = get_agency(agency_id)
    named = database.execute_sql("SELECT count(*) FROM kol WHERE agency = ?", (agency.name,)).fetchone()[0]
    if named:
        raise ValidationError(
            i18n.translate(
                "Agencies", "%n KOLs name {name} as their agency: give them another agency first", None, named
            ).format(name=agency.name)
        )
    database.execute_sql("DELETE FROM agency WHERE id = ?", (agency_id,))


def kols_of(agency_id: int) -> list[AgencyKol]:
    name = get_agency(agency_id).name
    rows = database.execute_sql(
        "SELECT id, display_name, status, main_platform, followers FROM kol WHERE agency = ? AND deleted_at IS NULL"
        " ORDER BY followers DESC, id",
        (name,),
    )
    return [AgencyKol(*row) for row in rows]


def deals_of(agency_id: int) -> list[AgencyDeal]:
    """The deals with the agency's KOLs, newest first; `channel` tells those signed through the agency."""
    name = get_agency(agency_id).name
    rows = database.execute_sql(
        "SELECT c.id, c.title, k.display_name, b.name, c.stage, c.channel, coalesce(c.agreed_fee, ''), c.currency"
        " FROM collaboration c JOIN kol k ON k.id = c.kol_id JOIN brand b ON b.id = c.brand_id"
        " WHERE k.agency = ? AND k.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY c.created_at DESC, c.id DESC",
        (name,),
    )
    return [AgencyDeal(*row) for row in rows]


def company_details(name: str) -> tuple[str, str, str] | None:
    """(registered name, 统一社会信用代码, address) of the agency named `name`, None when there is none."""
    row = database.execute_sql(
        "SELECT legal_name, uscc, address FROM agency WHERE name = ?", (name.strip(),)
    ).fetchone()
    return (row[0], row[1], row[2]) if row else None


def fill_from_kol(name: str, legal_name: str, uscc: str, address: str) -> None:
    """A KOL saved with its agency's company details (the KOL editor's contract group): the agency record is made
    when new and takes each detail typed there. An empty one clears nothing (a KOL saved without them, by an import
    or a script, must not wipe the agency's); clearing is done on the agency itself."""
    name = name.strip()
    if not name:
        return
    now = utc_now()
    database.execute_sql(
        "INSERT INTO agency (name, created_at, updated_at) SELECT ?, ?, ?"
        " WHERE NOT EXISTS (SELECT 1 FROM agency WHERE name = ?)",
        (name, now, now, name),
    )
    given = {"legal_name": legal_name.strip(), "uscc": uscc.strip().upper(), "address": address.strip()}
    given = {field: value for field, value in given.items() if value}
    if given:
        database.execute_sql(
            f"UPDATE agency SET {', '.join(f'{field} = ?' for field in given)}, updated_at = ? WHERE name = ?",
            [*given.values(), now, name],
        )
