"""What a contract cannot print yet, found before it is drafted: right-to-left text, and characters no bundled font
draws.

Arabic and Hebrew need shaping (joined letter forms) and reordering (the bidirectional algorithm) that reportlab's
paragraphs do not do: printed as stored, a name like "محمد" comes out as separate letters in reverse. Rather than
hand over a contract with a wrong name on it, the draft is refused, naming each field, so the user can write the
name in Chinese or Latin letters (the legal name on an ID card usually exists in one of them).

The CJK font covers Chinese, Latin, Cyrillic and Greek, Noto Emoji the emoji; a rarer character (a CJK Extension B
name character such as 𠀀, an Indic script) would print as nothing, so it is refused the same way, quoted.
"""

from __future__ import annotations

import unicodedata

from kolcrm.contracts.data import ContractData
from kolcrm.contracts.fonts import CJK_FONT_NAME, cjk_characters, emoji_characters, register_cjk_font
from kolcrm.core import i18n
from kolcrm.core.errors import ValidationError
from kolcrm.core.i18n import QT_TRANSLATE_NOOP

_RIGHT_TO_LEFT = frozenset({"R", "AL"})  # bidirectional classes of Hebrew and Arabic letters
_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})  # controls, joiners, variation selectors, spaces

_FIELDS = (
    ("kol_display_name", QT_TRANSLATE_NOOP("Contracts", "the KOL's name")),
    ("kol_real_name", QT_TRANSLATE_NOOP("Contracts", "the KOL's real name")),
    ("kol_agency", QT_TRANSLATE_NOOP("Contracts", "the KOL's agency / MCN")),
    ("agency_legal_name", QT_TRANSLATE_NOOP("Contracts", "the agency's registered name")),
    ("agency_address", QT_TRANSLATE_NOOP("Contracts", "the agency's address")),
    ("brand_name", QT_TRANSLATE_NOOP("Contracts", "the brand's name")),
    ("title", QT_TRANSLATE_NOOP("Contracts", "the deal's title")),
    ("campaign_name", QT_TRANSLATE_NOOP("Contracts", "the campaign's name")),
    ("exclusivity_category", QT_TRANSLATE_NOOP("Contracts", "the exclusivity category")),
    ("usage_rights", QT_TRANSLATE_NOOP("Contracts", "the usage rights")),
    ("payment_terms", QT_TRANSLATE_NOOP("Contracts", "the payment terms")),
    ("disclosure_label", QT_TRANSLATE_NOOP("Contracts", "the disclosure label")),
)
_COMPANY_FIELDS = (
    ("legal_name", QT_TRANSLATE_NOOP("Contracts", "the company's legal name")),
    ("address", QT_TRANSLATE_NOOP("Contracts", "the company's address")),
    ("signatory", QT_TRANSLATE_NOOP("Contracts", "the company's signatory")),
)


def is_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(character) in _RIGHT_TO_LEFT for character in text)


def right_to_left_fields(data: ContractData) -> list[str]:
    """The fields (in the user's language) whose text is written right to left, in the contract's order."""
    found = [label for name, label in _FIELDS if is_right_to_left(str(getattr(data, name)))]
    found += [label for name, label in _COMPANY_FIELDS if is_right_to_left(str(getattr(data.company, name)))]
    return [i18n.translate("Contracts", label) for label in found]


def _fields(data: ContractData) -> list[tuple[str, str]]:
    """(label, text) of every field a contract prints from the user's data."""
    found = [(label, str(getattr(data, name))) for name, label in _FIELDS]
    return found + [(label, str(getattr(data.company, name))) for name, label in _COMPANY_FIELDS]


def unprintable_characters(text: str) -> str:
    """The characters of `text` that neither the CJK font nor the emoji font draws, each once, in order."""
    if text.isascii() or register_cjk_font() != CJK_FONT_NAME:
        return ""
    drawn = cjk_characters()
    missing = dict.fromkeys(c for c in text if c not in drawn and unicodedata.category(c) not in _INVISIBLE)
    return "".join(c for c in missing if c not in emoji_characters())


def unprintable_fields(data: ContractData) -> list[str]:
    """The fields (in the user's language) holding characters no contract font draws, each with them quoted."""
    found = []
    for label, text in _fields(data):
        characters = unprintable_characters(text)
        if characters:
            found.append(f"{i18n.translate('Contracts', label)} ({characters})")
    return found


def check_printable(data: ContractData, title: str) -> None:
    """Refuse, before anything is drafted, a contract that would print a field wrongly or not at all."""
    refusals = (
        (right_to_left_fields(data), i18n.translate(
            "Contracts",
            "The contract for “{title}” cannot print right-to-left text (Arabic, Hebrew) yet: {fields}."
            " Write it in Chinese or Latin letters, then draft the contract again.",
        )),
        (unprintable_fields(data), i18n.translate(
            "Contracts",
            "The contract for “{title}” has characters no contract font can print: {fields}."
            " Replace them (a rare character by its common form or pinyin), then draft the contract again.",
        )),
    )  # fmt: skip
    for fields, message in refusals:
        if fields:
            separator = i18n.translate("Contracts", "; ")
            raise ValidationError(message.format(title=title, fields=separator.join(fields)), field="stage")
