"""Clause templates: resources/contracts/clauses.toml loaded, checked, and filled with escaped user text."""

from __future__ import annotations

import string
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from kolcrm.resources import resource_path

LANGS = ("zh", "en")
CLAUSE_FIELDS = ("key", "heading_zh", "heading_en", "body_zh", "body_en")
# Every contract states these (issue 4); a team may reword or reorder them and add clauses, not drop them.
REQUIRED_CLAUSES = (
    "scope",
    "timeframe",
    "exclusivity",
    "usage_rights",
    "compensation",
    "disclosure",
    "creative",
    "confidentiality",
    "termination",
    "governing_law",
)
_BILINGUAL = {
    "document": ("title", "contract_number", "issued_on", "intro", "article"),
    "parties": ("brand_label", "kol_label", "address", "signatory", "display_name", "agency"),
    "signature": ("heading", "note", "brand_seal", "kol_sign", "agency_seal", "representative", "date"),
    "tables": (
        "platform",
        "content_type",
        "quantity",
        "due_on",
        "installment",
        "amount",
        "pay_by",
        "total",
        "no_date",
        "no_deliverables",
    ),
    "phrases": (
        "exclusivity_term",
        "exclusivity_extended",
        "usage_months",
        "usage_term",
        "usage_rights_default",
        "payment_terms_default",
    ),
}
REQUIRED_SECTIONS: dict[str, tuple[str, ...]] = {
    section: tuple(f"{name}_{lang}" for name in names for lang in LANGS) for section, names in _BILINGUAL.items()
}
REQUIRED_SECTIONS["footer"] = LANGS
REQUIRED_CLAUSE_EXTRAS = {"exclusivity": ("none_zh", "none_en")}

_FORMATTER = string.Formatter()
# Line breaks become spaces; every other control character, lone surrogate and non-character is dropped.
_DROP_CATEGORIES = frozenset({"Cc", "Cs", "Cn"})
_SPACES = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\x0b": " ", "\x0c": " ", "\x85": " "})


class TemplateError(ValueError):
    """The clause template file is unreadable, incomplete, or a template cannot be filled."""


def clean_text(text: object) -> str:
    """User text made safe to lay out: control characters stripped, line breaks turned into spaces."""
    text = str(text).translate(_SPACES)
    if text.isprintable():
        return text
    return "".join(ch for ch in text if ch == " " or unicodedata.category(ch) not in _DROP_CATEGORIES)


def to_markup(text: object) -> str:
    """User text as reportlab paragraph markup that shows it literally (`<img src=…>` stays text)."""
    return escape(clean_text(text))


@dataclass(frozen=True)
class ClauseTemplate:
    key: str
    texts: Mapping[str, str]  # heading_zh, heading_en, body_zh, body_en and any extra variants (none_zh, ...)

    def text(self, name: str) -> str:
        return self.texts[name]


@dataclass(frozen=True)
class ContractTemplates:
    source: Path
    sections: Mapping[str, Mapping[str, str]]
    clauses: tuple[ClauseTemplate, ...]

    def fill(self, section: str, name: str, values: Mapping[str, str]) -> str:
        """The section's template `name` as markup, placeholders replaced by `values` (already escaped)."""
        return fill(self.sections[section][name], values, where=f"{self.source}: [{section}] {name}")

    def fill_clause(self, clause: ClauseTemplate, name: str, values: Mapping[str, str]) -> str:
        return fill(clause.texts[name], values, where=f"{self.source}: clause {clause.key!r} {name}")


class _Values(dict[str, str]):
    def __init__(self, values: Mapping[str, str], where: str) -> None:
        super().__init__(values)
        self.where = where

    def __missing__(self, key: str) -> str:
        known = ", ".join("{" + name + "}" for name in sorted(self))
        raise TemplateError(f"{self.where}: unknown placeholder {{{key}}}; known placeholders: {known}")


def fill(template: str, values: Mapping[str, str], *, where: str = "template") -> str:
    """Template text (plain text: & and < are escaped here) with {placeholders} from escaped `values`."""
    try:
        return escape(template).format_map(_Values(values, where))
    except (ValueError, IndexError, KeyError, AttributeError) as exc:
        if isinstance(exc, TemplateError):
            raise
        raise TemplateError(f"{where}: cannot fill {template!r}: {exc}") from exc


def _check_placeholders(text: str, where: str) -> None:
    try:
        fields = list(_FORMATTER.parse(text))
    except ValueError as exc:
        raise TemplateError(f"{where}: {exc} (write {{{{ and }}}} for literal braces)") from exc
    for _literal, name, spec, conversion in fields:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise TemplateError(f"{where}: placeholder {{{name}}} must be a plain name such as {{kol_name}}")


def _string_table(raw: object, where: str, required: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}: missing (or not a table)")
    for key in required:
        if key not in raw:
            raise TemplateError(f"{where}: missing key {key!r}")
    table: dict[str, str] = {}
    for key, value in raw.items():
        if not isinstance(value, str):
            raise TemplateError(f"{where}: {key!r} must be a string")
        _check_placeholders(value, f"{where} {key}")
        table[key] = value
    return table


def parse_templates(text: str, source: Path) -> ContractTemplates:
    """Templates from TOML text; TemplateError naming `source` and the bad key when anything is wrong."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{source}: not valid TOML: {exc}") from exc
    sections = {
        name: _string_table(raw.get(name), f"{source}: [{name}]", keys) for name, keys in REQUIRED_SECTIONS.items()
    }
    raw_clauses = raw.get("clauses")
    if not isinstance(raw_clauses, list) or not raw_clauses:
        raise TemplateError(f"{source}: missing [[clauses]] entries")
    clauses: list[ClauseTemplate] = []
    for number, entry in enumerate(raw_clauses, start=1):
        key = entry.get("key") if isinstance(entry, dict) else None
        label = f"{source}: [[clauses]] #{number}" + (f" ({key!r})" if isinstance(key, str) else "")
        required = CLAUSE_FIELDS + REQUIRED_CLAUSE_EXTRAS.get(key, ()) if isinstance(key, str) else CLAUSE_FIELDS
        texts = _string_table(entry, label, required)
        if any(clause.key == texts["key"] for clause in clauses):
            raise TemplateError(f"{label}: duplicate clause key {texts['key']!r}")
        clauses.append(ClauseTemplate(key=texts.pop("key"), texts=texts))
    missing = [key for key in REQUIRED_CLAUSES if key not in {clause.key for clause in clauses}]
    if missing:
        raise TemplateError(f"{source}: missing clause(s) with key {', '.join(map(repr, missing))}")
    return ContractTemplates(source=source, sections=sections, clauses=tuple(clauses))


def default_templates_path() -> Path:
    return resource_path("contracts", "clauses.toml")


def load_templates(path: Path | str | None = None) -> ContractTemplates:
    """Read and check a clause file (default: the bundled resources/contracts/clauses.toml, cached)."""
    if path is None:
        return _load_default()
    return _load(Path(path))


@lru_cache(maxsize=1)
def _load_default() -> ContractTemplates:
    return _load(default_templates_path())


def _load(path: Path) -> ContractTemplates:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: cannot read the clause templates: {exc}") from exc
    return parse_templates(text, path)
