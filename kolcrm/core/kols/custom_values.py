"""What a custom field's value may be: typed text → the stored form, the stored form → what a person reads, and
the filter text of the KOL list ("1万-5万", ">=2024-05-01"). No database here: custom_fields.py stores them.

Stored forms: text as typed (one line, trimmed, control characters removed); numbers as exact decimal strings
("12000", "3.5"); dates ISO ("2024-05-20"); a choice as the field's own spelling of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kolcrm.core import i18n
from kolcrm.core.errors import FieldProblem, ValidationError
from kolcrm.core.numbers import parse_quantity

KINDS = ("text", "number", "date", "choice")
MAX_TEXT_LENGTH = 1000
MAX_NAME_LENGTH = 60
MAX_CHOICE_LENGTH = 100
# Beyond this a number is a typing accident; it also keeps the list's numeric sort (SQLite REAL) exact enough.
MAX_NUMBER = Decimal(10) ** 18

_SPACING_CONTROLS = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# Between the two ends of a range; "-" too, where both sides still read as values (1万-5万, 2024-01-01-2024-06-30).
_RANGE_SEPARATORS = ("..", "~", "～", "至", "到", "—", "–", "-")
_BOUNDS = (
    (">=", "low", True), ("≥", "low", True), ("=>", "low", True), (">", "low", False),
    ("<=", "high", True), ("≤", "high", True), ("=<", "high", True), ("<", "high", False),
)  # fmt: skip


@dataclass(frozen=True)
class CustomFieldDef:
    """A field the user defined for every KOL. `choices` only for kind "choice"; `position` orders the fields."""

    id: int
    name: str
    kind: str
    choices: tuple[str, ...] = ()
    position: int = 0

    @property
    def key(self) -> str:
        """The field key in a FieldProblem (and the editor's error labels): custom[<id>]."""
        return field_key(self.id)


@dataclass(frozen=True)
class CustomFilter:
    """A condition on one custom field for the KOL list; values are in the stored form.

    `equals`: exactly this value; `contains`: text containing this (letters of any case); `low` / `high`: a range,
    compared as numbers when `numeric` (kind number), else as text (ISO dates sort as text).
    """

    field_id: int
    equals: str | None = None
    contains: str | None = None
    low: str | None = None
    high: str | None = None
    numeric: bool = False
    low_inclusive: bool = True
    high_inclusive: bool = True


def field_key(field_id: int) -> str:
    return f"custom[{field_id}]"


def clean_text(text: str) -> str:
    """One trimmed line: tabs and line breaks become a space, other control characters (NUL…) go."""
    return _CONTROLS.sub("", _SPACING_CONTROLS.sub(" ", text or "")).strip()


def parse_value(field: CustomFieldDef, text: str | None) -> str | None:
    """The stored form of `text` typed into `field`; None for no value ('' or blanks).

    Raises ValidationError(field=custom[<id>]) with a message that names the field and says what is expected.
    """
    cleaned = clean_text(text or "")
    if not cleaned:
        return None
    if field.kind == "number":
        return _number(field, cleaned)
    if field.kind == "date":
        return _date(field, cleaned)
    if field.kind == "choice":
        folded = cleaned.casefold()
        for choice in field.choices:
            if choice.casefold() == folded:
                return choice
        if not field.choices:
            raise _invalid(
                field,
                i18n.translate("CustomFields", "“{value}” is not one of its choices (none yet)").format(value=cleaned),
            )
        raise _invalid(
            field,
            i18n.translate("CustomFields", "“{value}” is not one of its choices ({choices})").format(
                value=cleaned, choices=", ".join(field.choices)
            ),
        )
    if len(cleaned) > MAX_TEXT_LENGTH:
        raise _invalid(
            field,
            i18n.translate("CustomFields", "the text is longer than {limit} characters").format(
                limit=f"{MAX_TEXT_LENGTH:,}"
            ),
        )
    return cleaned


def display_value(field: CustomFieldDef, stored: str | None) -> str:
    """The stored value as a person reads it: numbers with thousands separators (12,000.5), the rest as stored."""
    if not stored:
        return ""
    if field.kind == "number":
        try:
            return f"{Decimal(stored):,f}"
        except ArithmeticError:
            return stored
    return stored


def editable_text(field: CustomFieldDef, stored: str | None) -> str:
    """The stored value as the editor shows it; parse_value(field, editable_text(field, v)) == v."""
    return display_value(field, stored)


def filter_for(field: CustomFieldDef, text: str) -> CustomFilter | None:
    """The list filter the user typed for `field`: None for ''; text → contains; choice → equals; number and
    date → a value (equals) or a range: "1万-5万", "2024-01-01..2024-06-30", ">=100", "<2024-05-01", "100..".

    Raises ValidationError (field custom[<id>]) when the text is neither.
    """
    cleaned = clean_text(text)
    if not cleaned:
        return None
    if field.kind == "text":
        return CustomFilter(field.id, contains=cleaned)
    if field.kind == "choice":
        return CustomFilter(field.id, equals=parse_value(field, cleaned))
    numeric = field.kind == "number"
    single = _try_parse(field, cleaned)
    if single is not None:
        return CustomFilter(field.id, equals=single, numeric=numeric)
    for prefix, end, inclusive in _BOUNDS:
        if cleaned.startswith(prefix):
            value = _try_parse(field, cleaned[len(prefix) :])
            if value is not None:
                if end == "low":
                    return CustomFilter(field.id, low=value, numeric=numeric, low_inclusive=inclusive)
                return CustomFilter(field.id, high=value, numeric=numeric, high_inclusive=inclusive)
    for separator in _RANGE_SEPARATORS:
        start = cleaned.find(separator)
        while start >= 0:
            left, right = cleaned[:start].strip(), cleaned[start + len(separator) :].strip()
            low, high = _try_parse(field, left), _try_parse(field, right)
            if (low is not None or not left) and (high is not None or not right) and (left or right):
                if low is not None and high is not None and _greater(low, high, numeric):
                    low, high = high, low
                return CustomFilter(field.id, low=low, high=high, numeric=numeric)
            start = cleaned.find(separator, start + 1)
    if numeric:
        message = i18n.translate("CustomFields", "“{text}” is not a number or a range (e.g. {example})")
    else:
        message = i18n.translate("CustomFields", "“{text}” is not a date or a range (e.g. {example})")
    example = "1万-5万, >=100" if numeric else "2024-01-01..2024-06-30, >=2024-05-01"
    raise _invalid(field, message.format(text=cleaned, example=example))


def clean_name(name: str) -> str:
    """A field name as stored, or ValidationError(field="name")."""
    cleaned = clean_text(name)
    if not cleaned:
        raise ValidationError(i18n.translate("CustomFields", "A custom field needs a name"), field="name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            i18n.translate("CustomFields", "A field name is at most {limit} characters").format(limit=MAX_NAME_LENGTH),
            field="name",
        )
    return cleaned


def clean_choices(kind: str, choices: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The choices as stored: trimmed, blank and repeated ones (in any letter case) dropped; () unless "choice"."""
    if kind not in KINDS:
        raise ValidationError(
            i18n.translate("CustomFields", "Unknown kind “{kind}”: use text, number, date or choice").format(kind=kind),
            field="kind",
        )
    if kind != "choice":
        return ()
    kept: dict[str, str] = {}
    for choice in choices:
        cleaned = clean_text(choice)
        if len(cleaned) > MAX_CHOICE_LENGTH:
            raise ValidationError(
                i18n.translate("CustomFields", "A choice is at most {limit} characters: “{start}…”").format(
                    limit=MAX_CHOICE_LENGTH, start=cleaned[:20]
                ),
                "choices",
            )
        if cleaned:
            kept.setdefault(cleaned.casefold(), cleaned)
    if not kept:
        raise ValidationError(
            i18n.translate("CustomFields", "A choice field needs at least one choice"), field="choices"
        )
    return tuple(kept.values())


def _number(field: CustomFieldDef, text: str) -> str:
    try:
        value = parse_quantity(text)
    except ValueError:
        value = None
    if value is None or not value.is_finite():
        raise _invalid(
            field,
            i18n.translate("CustomFields", "“{text}” is not a number (e.g. 12,345 · 1.2万 · 3.5w · -0.5)").format(
                text=text
            ),
        )
    if abs(value) >= MAX_NUMBER:
        raise _invalid(field, i18n.translate("CustomFields", "{text} is too large a number").format(text=text))
    if value == 0:
        return "0"
    return f"{value.normalize():f}"


def _date(field: CustomFieldDef, text: str) -> str:
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    try:
        if match is None:
            raise ValueError(text)
        return date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        raise _invalid(
            field,
            i18n.translate(
                "CustomFields", "“{text}” is not a date (e.g. 2024-05-20, 2024/5/20 or 2024年5月20日)"
            ).format(text=text),
        ) from None


def _try_parse(field: CustomFieldDef, text: str) -> str | None:
    try:
        return parse_value(field, text)
    except ValidationError:
        return None


def _greater(a: str, b: str, numeric: bool) -> bool:
    return Decimal(a) > Decimal(b) if numeric else a > b


def _invalid(field: CustomFieldDef, message: str) -> ValidationError:
    return ValidationError(
        FieldProblem(
            field.key, i18n.translate("CustomFields", "{field}: {problem}").format(field=field.name, problem=message)
        )
    )
