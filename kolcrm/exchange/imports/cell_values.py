"""One cell's value for one field, as the import reads it: blanks, mojibake, European figures, header units.

rows.RowReader calls read_value (through a per-column cache) for most fields and plain_text for names,
handles and notes, which are most cells and need none of the general parser.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from kolcrm.core import i18n
from kolcrm.core.kols.validation import MAX_FOLLOWERS, MAX_NAME_LENGTH, contact_problem
from kolcrm.core.vocabulary import Platform
from kolcrm.exchange.exports.formula_guard import unguard
from kolcrm.exchange.imports.cells import parse_cell
from kolcrm.exchange.imports.numbers import NO_VALUES, Count, Fee, Figure, is_no_value, parse_figure, repair_mojibake
from kolcrm.exchange.imports.plan import ImportOptions

_WIDE = re.compile("[\uff00-\uffef%％]")  # full-width forms and percent signs: the full no-value check
_EMPTY_CELL = frozenset({"", "nan", "n/a", "#n/a", "null", "-", "--", "—", "——"})
_NUMERIC = frozenset({"followers", "engagement_rate", "fee", "rate_card"})
# Written the European way beyond doubt: a dot before three digits (45.000) or a comma before other than three
# (0,8 · 1.234,50). "12,345" could be either and is read as thousands.
_EUROPEAN = re.compile(r"\d\.\d{3}(?!\d)|\d,(?!\d{3}(?!\d))\d")
_EUROPEAN_THOUSANDS = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_EUROPEAN_COMMA = re.compile(r"(?<=\d),(?=\d)")
# A cell with no unit of its own, in a column whose header gives one (粉丝量(万): 12.5 means 125,000).
_BARE_NUMBER = re.compile(r"^\d+(?:\.\d+)?(?:\s*[-~～–]\s*\d+(?:\.\d+)?)?\+?$")


def _scaled(key: str, text: str, scale: int) -> Count | Fee | None:
    figure = parse_figure(text)
    if figure is None:
        return None
    low = figure.value * scale
    high = figure.upper * scale if figure.upper is not None else None
    if key == "fee":
        return Fee(_cents(low), "CNY", _cents(high) if high is not None else None, figure.at_least)
    whole = Decimal(1)
    count_high = int(high.quantize(whole, ROUND_HALF_UP)) if high is not None else None
    return Count(int(low.quantize(whole, ROUND_HALF_UP)), count_high, figure.at_least)


def _cents(value: Decimal) -> Decimal:
    value = value.quantize(Decimal("0.01"), ROUND_HALF_UP)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


PLAIN_TEXT = frozenset({"display_name", "real_name", "handle", "url", "email", "phone", "wechat_id", "agent_name",
                         "agent_contact", "kol_ref", "notes"})  # fmt: skip


def plain_text(key: str, text: str) -> tuple[Any, str, str | None]:
    """read_value for a text field, without the general parser: names, handles and notes are most cells."""
    stripped = text.strip()
    if len(stripped) <= 12 and (stripped.casefold() in NO_VALUES or (_WIDE.search(stripped) and is_no_value(stripped))):
        return None, "", None
    repaired: str | None = None
    if not stripped.isascii():
        fixed = repair_mojibake(stripped)
        if fixed != stripped:
            repaired = stripped = fixed
    if key == "notes" or not (stripped.isprintable() and "  " not in stripped):
        value = parse_cell(key, stripped)
    else:
        value = stripped
        value = unguard(value)  # kolcrm's own exports guard formula-like cells with an apostrophe
    if value is None:
        return None, "", repaired
    return value, _problem(key, value), repaired


def _problem(key: str, value: Any) -> str:
    if key == "display_name" and len(value) > MAX_NAME_LENGTH:
        return i18n.translate("Import", "a name is at most {count} characters").format(count=MAX_NAME_LENGTH)
    if key == "followers" and isinstance(value, Count) and value.value > MAX_FOLLOWERS:
        return i18n.translate("Import", "followers cannot be more than {count} (100亿)").format(
            count=f"{MAX_FOLLOWERS:,}"
        )
    if key == "engagement_rate" and not 0 <= value <= 100:
        return i18n.translate("Import", "an engagement rate is between 0 % and 100 %")
    if key == "platform" and value not in set(Platform):
        return i18n.translate("Import", "unknown platform")
    if key in ("email", "phone", "wechat_id"):
        return contact_problem(key, value)
    return ""


def figure_text(figure: Figure) -> str:
    text = f"{figure.value.normalize():f}"
    if figure.upper is not None:
        return f"{text}-{figure.upper.normalize():f}"
    return text + "+" if figure.at_least else text


def read_value(key: str, header: str, scale: int, options: ImportOptions, text: str) -> tuple[Any, str, str | None]:
    """One cell for the field `key` of column `header`: (value or None, the reason it cannot be read or "", the
    repaired text when it was mojibake). `scale` is the unit the header gives (粉丝量(万): 10,000)."""
    if options.decimal_comma and (key in _NUMERIC or key.startswith("metric:")) and _EUROPEAN.search(text):
        text = _EUROPEAN_COMMA.sub(".", _EUROPEAN_THOUSANDS.sub("", text))  # 1.234,5 → 1234.5
    repaired = repair_mojibake(text)
    if repaired == text:
        repaired_text = None
    else:
        repaired_text, text = repaired, repaired
    try:
        if key.startswith("custom:"):
            # A custom field keeps words such as 无 / none (a yes-no column: 有 / 无); only what spreadsheets
            # write for an empty cell is empty.
            blank = text.strip().casefold() in _EMPTY_CELL
            return (None if blank else " ".join(text.split())), "", repaired_text
        if key.startswith("metric:"):
            figure = parse_figure(text)
            if figure is not None and scale != 1:
                upper = figure.upper * scale if figure.upper is not None else None
                figure = Figure(figure.value * scale, upper, figure.at_least)
            return figure, "", repaired_text
        if scale != 1 and key in ("followers", "fee") and _BARE_NUMBER.match(text.strip()):
            value = _scaled(key, text, scale)
        else:
            fraction = options.fractions.get(header) if key == "engagement_rate" else None
            value = parse_cell(key, text, fraction=fraction)
    except ValueError as exc:
        return None, str(exc), repaired_text
    if value is None:
        return None, "", repaired_text
    return value, _problem(key, value), repaired_text
