"""What a contract cannot print yet, found before it is drafted: right-to-left text.

Arabic and Hebrew need shaping (joined letter forms) and reordering (the bidirectional algorithm) that reportlab's
paragraphs do not do: printed as stored, a name like "محمد" comes out as separate letters in reverse. Rather than
hand over a contract with a wrong name on it, the draft is refused, naming each field, so the user can write the
name in Chinese or Latin letters (the legal name on an ID card usually exists in one of them).
"""

from __future__ import annotations

import unicodedata

from kolcrm.contracts.data import ContractData
from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP

_RIGHT_TO_LEFT = frozenset({"R", "AL"})  # bidirectional classes of Hebrew and Arabic letters

_FIELDS = (
    ("kol_display_name", QT_TRANSLATE_NOOP("Contracts", "the KOL's name")),
    ("kol_real_name", QT_TRANSLATE_NOOP("Contracts", "the KOL's real name")),
    ("kol_agency", QT_TRANSLATE_NOOP("Contracts", "the KOL's agency / MCN")),
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
