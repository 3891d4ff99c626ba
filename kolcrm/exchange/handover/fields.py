"""One package record's fields read into typed values, each one that cannot be read noted with its record.

A package is text anyone can edit: a fee "abc", a date "yesterday", a NUL in a name or a 400-digit number must be
refused here, before a row is written, or every screen that later reads the row fails. The typed values are then
given to the editor's own validators (validation.py); the row keeps the stored form of what was read
(money as kolcrm writes it, dates as ISO) and loses every field that was not read.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.errors import FieldProblem
from kolcrm.core.money import amount_problem, to_text

# Control characters (tab and line breaks are text), lone surrogates, and the two non-characters: none is typed
# by a person, a NUL breaks the search index, and XML (the spreadsheets and contracts) cannot carry them.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
)  # as the editors refuse: C0, DEL, C1
# SQLite's INTEGER is 64-bit; a bigger number must be refused, not overflow on insert.
_LARGEST = 2**63 - 1
_STRUCTURE = ("id",)  # kept for linking rows; never inserted (restore._insert drops it)


def shown(value: Any) -> str:
    """A record's name as a message shows it: control characters made visible, a long name cut."""
    text = _CONTROL.sub("\ufffd", str(value).strip())
    return text if len(text) <= 40 else text[:39] + "…"


def has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


class FieldReader:
    """Reads the fields of one record; `problems` collects "where: what" lines; `row` is normalised in place."""

    def __init__(self, row: dict[str, Any], where: str, problems: list[str]) -> None:
        self.row, self.where, self.problems = row, where, problems
        self.read: set[str] = set(_STRUCTURE)

    def refuse(self, field: str, message: str) -> None:
        self.problems.append(
            i18n.translate("Handover", "{record}, {field}: {problem}").format(
                record=self.where, field=field, problem=message
            )
        )

    def report(self, problems: list[FieldProblem]) -> None:
        """The editor's validators' findings, named by this record and their field."""
        for problem in problems:
            self.refuse(problem.field, problem.message)

    def text(self, name: str, default: str = "") -> str:
        self.read.add(name)
        value = self.row.get(name, default)
        if value is None:
            value = default
        if not isinstance(value, str):
            self.refuse(name, i18n.translate("Handover", "“{value}” is not text").format(value=value))
            return default
        if _CONTROL.search(value):  # refused; the value is still handed on, so no rule adds "cannot be empty"
            self.refuse(name, i18n.translate("Handover", "holds a control character (such as NUL)"))
        self.row[name] = value
        return value

    def optional_text(self, name: str) -> str | None:
        if self.row.get(name) is None:
            self.read.add(name)
            self.row[name] = None
            return None
        return self.text(name)

    def integer(self, name: str, default: int = 0) -> int:
        value = self.optional_integer(name)
        if value is None:
            self.row[name] = default
            return default
        return value

    def optional_integer(self, name: str) -> int | None:
        self.read.add(name)
        value = self.row.get(name)
        if value is None:
            self.row[name] = None
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.refuse(name, i18n.translate("Handover", "“{value}” is not a whole number").format(value=value))
            return None
        if abs(value) > _LARGEST:
            self.refuse(name, i18n.translate("Handover", "{value} is too large").format(value=value))
            return None
        return value

    def number(self, name: str, default: float = 0.0) -> float:
        value = self.optional_number(name)
        if value is None:
            self.row[name] = default
            return default
        return value

    def optional_number(self, name: str) -> float | None:
        self.read.add(name)
        value = self.row.get(name)
        if value is None:
            self.row[name] = None
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value or abs(value) > 1e15:
            self.refuse(name, i18n.translate("Handover", "“{value}” is not a number").format(value=value))
            return None
        self.row[name] = float(value)
        return float(value)

    def flag(self, name: str) -> bool:
        self.read.add(name)
        value = self.row.get(name, False)
        if value in (0, 1):  # a bool, or 0/1 as an older package stored it
            self.row[name] = int(value)
            return bool(value)
        self.refuse(name, i18n.translate("Handover", "“{value}” is neither true nor false").format(value=value))
        return False

    def decimal(self, name: str, default: str | None = None) -> Decimal | None:
        """An exact decimal, as text or a number; NaN when unreadable (the editor's rules then name it)."""
        self.read.add(name)
        value = self.row.get(name)
        if value is None:
            self.row[name] = default
            return Decimal(default) if default is not None else None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return Decimal("NaN")
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation:
            return Decimal("NaN")
        if amount.is_finite() and abs(amount.adjusted()) < 100:  # "1e999999" is left to the range rules
            self.row[name] = to_text(amount)
        return amount

    def money(self, name: str, what: str, allow_zero: bool = True) -> Decimal | None:
        """An amount the editor's money rule accepts, or None (refused here, so the record's own rules see none)."""
        amount = self.decimal(name)
        problem = amount_problem(name, amount, what, allow_zero)
        if problem:
            self.refuse(name, problem.message)
            return None
        return amount

    def day(self, name: str, required: bool = False) -> date | None:
        self.read.add(name)
        value = self.row.get(name)
        if value is None or value == "":
            self.row[name] = None
            if required:
                self.refuse(name, i18n.translate("Handover", "a date is required"))
            return None
        try:
            parsed = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
        except ValueError:
            parsed = None
        if parsed is None:
            self.refuse(name, i18n.translate("Handover", "“{value}” is not a date (YYYY-MM-DD)").format(value=value))
            return None
        self.row[name] = parsed.isoformat()
        return parsed

    def moment(self, name: str, required: bool = True) -> str | None:
        """A UTC timestamp as kolcrm writes them (2026-05-01T08:30:00+00:00)."""
        self.read.add(name)
        value = self.row.get(name)
        if value is None and not required:
            return None
        try:
            parsed = datetime.fromisoformat(value) if isinstance(value, str) and len(value) >= 10 else None
        except ValueError:
            parsed = None
        if parsed is None:
            self.refuse(name, i18n.translate("Handover", "“{value}” is not a date and time").format(value=value))
            return None
        return str(value)

    def json_text(self, name: str, kind: type[list[Any]] | type[dict[str, Any]]) -> Any:
        """A column holding JSON ("" when empty), as the editor stores audience figures."""
        text = self.text(name)
        if not text:
            return kind()
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if not isinstance(value, kind):
            self.refuse(name, i18n.translate("Handover", "“{value}” cannot be read").format(value=text))
            return kind()
        return value

    def keep_read_only(self) -> None:
        """Drop every field that was not read: nothing unchecked reaches the database."""
        for name in [name for name in self.row if name not in self.read and not isinstance(self.row[name], list)]:
            del self.row[name]
