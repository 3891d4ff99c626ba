"""A package's agencies: the records its KOLs' agency names point to, with their company details, contact and notes.

Restored by name: an agency this book lacks is added; one it has takes only the details it has no value for (its
own are this team's). A package from before agencies were records has none: their names become records here as
anywhere else (agencies.ensure_agencies).
"""

from __future__ import annotations

from typing import Any

from kolcrm.core import i18n, identifiers
from kolcrm.core.agencies.service import ensure_agencies
from kolcrm.core.clock import utc_now
from kolcrm.core.store.db import database
from kolcrm.exchange.handover.fields import FieldReader, shown

FIELDS = ("name", "legal_name", "uscc", "address", "contact_name", "contact", "notes")


def agencies_for_package(names: set[str]) -> list[dict[str, Any]]:
    if not names:
        return []
    ensure_agencies()
    ordered = sorted(names)
    rows = database.execute_sql(
        f"SELECT {', '.join(FIELDS)} FROM agency WHERE name IN ({', '.join('?' * len(ordered))}) ORDER BY name",
        ordered,
    )
    return [dict(zip(FIELDS, row, strict=True)) for row in rows]


def check_agencies(agencies: list[dict[str, Any]], problems: list[str]) -> None:
    for agency in agencies:
        where = i18n.translate("Handover", "agency “{name}”").format(name=shown(agency.get("name", "")))
        reader = FieldReader(agency, where, problems)
        for field in FIELDS:
            reader.text(field)
        if not str(agency.get("name", "")).strip():
            reader.refuse("name", i18n.translate("Agencies", "An agency needs a name"))
        uscc = str(agency.get("uscc", "")).strip().upper()
        if uscc and (reason := identifiers.uscc_problem(uscc)):
            reader.refuse("uscc", reason)
        reader.keep_read_only()


def restore_agencies(agencies: list[dict[str, Any]]) -> int:
    """Add the package's agencies this book lacks and fill the empty details of those it has; how many were added."""
    added = 0
    now = utc_now()
    for agency in agencies:
        name = agency["name"].strip()
        values = {field: str(agency.get(field, "")).strip() for field in FIELDS[1:]}
        if database.execute_sql("SELECT 1 FROM agency WHERE name = ?", (name,)).fetchone() is None:
            columns = ["name", *values, "created_at", "updated_at"]
            database.execute_sql(
                f"INSERT INTO agency ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [name, *values.values(), now, now],
            )
            added += 1
            continue
        for field, value in values.items():
            if value:
                database.execute_sql(
                    f"UPDATE agency SET {field} = ?, updated_at = ? WHERE name = ? AND {field} = ''", (value, now, name)
                )
    return added
