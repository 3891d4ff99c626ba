"""A KOL's identity for contracts: the ID number (a mainland resident ID, 身份证号, or a passport number) and the
payee account, checked and masked. Personal data: see KolRecord.legal_id_number for where it may go."""

from __future__ import annotations

import re

from kolcrm.core import i18n, identifiers

RESIDENT_ID, PASSPORT = "resident_id", "passport"
_RESIDENT_SHAPE = re.compile(r"^\d{17}[\dX]$")
_PASSPORT_SHAPE = re.compile(r"^[A-Z0-9]{5,20}$")


def normalized(number: str) -> str:
    """As stored and printed: no spaces, capitals (a resident ID's check character is X)."""
    return "".join(number.split()).upper()


def kind(number: str) -> str:
    """RESIDENT_ID for an 18-character mainland ID, PASSPORT for any other number, "" when there is none."""
    number = normalized(number)
    if not number:
        return ""
    return RESIDENT_ID if _RESIDENT_SHAPE.match(number) else PASSPORT


def masked(number: str) -> str:
    """The number as a screen shows it until asked: the first 3 and last 4 characters (110************02X)."""
    number = normalized(number)
    if len(number) <= 7:
        return "•" * len(number)
    return number[:3] + "•" * (len(number) - 7) + number[-4:]


def problems(id_number: str, payee_account: str) -> list[tuple[str, str]]:
    """(field, message) for an ID number that is neither a valid resident ID nor a passport number, and an account
    number that is not one (core/identifiers.py)."""
    found: list[tuple[str, str]] = []
    number = normalized(id_number)
    if number and kind(number) == RESIDENT_ID:
        if reason := identifiers.resident_id_problem(number):
            found.append(("legal_id_number", reason))
    elif number and not _PASSPORT_SHAPE.match(number):
        found.append(("legal_id_number", i18n.translate(
            "KOLs", "An ID number is an 18-character 身份证号 or a passport number of 5 to 20 letters and digits")))  # fmt: skip
    if reason := identifiers.bank_account_problem(payee_account):
        found.append(("payee_account", reason))
    return found
