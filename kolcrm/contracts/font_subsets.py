"""The font subsets embedded in contracts, cut from the font and deflated once per process for each set of characters.

reportlab embeds a TrueType font as subsets of up to 256 characters, numbered in the order the text first uses
them, and rebuilt and recompressed every subset for every PDF: about a third of the time a contract took to save.
A subset made here is kept and handed to the next PDF that embeds the same characters.

For the same subsets to come round again, a contract reserves the first codes for the clause file's own characters
(reserve_wording): then only the last subset, the characters of names, addresses and amounts, differs from one
contract to the next; in the order of first use, a new name early on page 1 would shift every subset after it.
What depends on a subset alone is kept with it (its text map, fonts.py; its widths, share_widths), and so is what
depends on the reserved codes alone: how a line of the wording splits into subset codes (share_splits).
None of it changes a byte between a contract built first and one built after others: see
tests/contracts/test_font_subsets.py.
"""

from __future__ import annotations

import threading
import weakref
import zlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics

from kolcrm.contracts.templates import ContractTemplates

# A subset of the CJK font is ~55 KB raw and ~35 KB deflated: 64 of each stay well under 10 MB per process.
SUBSETS_KEPT = 64
# Distinct lines of text kept per clause file: a contract draws ~300, most of them the same in every contract.
SPLITS_KEPT = 20_000
# Characters whose codes reportlab fixes before any text (ASCII, at its own codes; a no-break space prints as one).
_PREASSIGNED = frozenset(map(chr, range(32, 127))) | {"\xa0"}


class DeflatedOnce(bytes):
    """A stream's content (a subset font file, its text map) that deflates itself once, however many PDFs embed it."""

    _deflated: bytes | None = None

    def deflated(self) -> bytes:
        if self._deflated is None:  # two threads may both compress it: the same bytes, so no lock
            self._deflated = zlib.compress(self)
        return self._deflated


def cache_subsets(face: Any) -> None:
    """Have this font face (a reportlab TTFontFace) keep the subsets it makes, the last SUBSETS_KEPT of them."""
    make: Callable[[Sequence[int]], bytes] = face.makeSubset
    kept: OrderedDict[tuple[int, ...], DeflatedOnce] = OrderedDict()
    lock = threading.Lock()

    def make_subset(subset: Sequence[int]) -> bytes:
        key = tuple(subset)
        with lock:
            made = kept.get(key)
            if made is not None:
                kept.move_to_end(key)
                return made
        made = DeflatedOnce(make(subset))
        with lock:
            kept[key] = made
            while len(kept) > SUBSETS_KEPT:
                kept.popitem(last=False)
        return made

    # Only this face (kolcrm's own fonts): an instance attribute, reportlab's class is left as it is.
    face.makeSubset = make_subset


_deflate: Callable[[bytes | str], bytes] = pdfdoc.PDFZCompress.encode


def _encode(content: bytes | str) -> bytes:
    return content.deflated() if isinstance(content, DeflatedOnce) else _deflate(content)


# reportlab deflates every stream through this one shared filter object (it is what addSubsetObjects puts on the
# font file): a subset made above hands over its compressed bytes, every other stream is compressed as before.
pdfdoc.PDFZCompress.encode = _encode


class _FormattedArray(pdfdoc.PDFArray):  # type: ignore[misc]  # reportlab is untyped (see pyproject)
    """A PDF array of numbers with its bytes made once."""

    def __init__(self, sequence: Sequence[Any], formatted: bytes) -> None:
        super().__init__(sequence)
        self.formatted = formatted

    def format(self, document: Any, *_: Any) -> bytes:
        return self.formatted


_widths: dict[tuple[Any, ...], bytes] = {}


def share_widths(font: Any) -> None:
    """Have this font (a reportlab TTFont) write each subset's widths once per process: reportlab formats the 256
    numbers one by one for every PDF (0.3 ms a subset), and the subsets repeat (see reserve_wording)."""
    add: Callable[[Any], None] = font.addObjects

    def add_objects(doc: Any) -> None:
        add(doc)  # makes the subsets' font dictionaries, formatted with the rest of the document later
        for pdf_font in doc.idToObject["BasicFonts"].dict.values():
            widths: Any = getattr(pdf_font, "Widths", None)
            if type(widths) is pdfdoc.PDFArray:
                key = (rl_config.pdfMultiLine, *widths.sequence)
                formatted = _widths.get(key)
                if formatted is None:
                    if len(_widths) >= SUBSETS_KEPT:
                        _widths.clear()
                    formatted = _widths[key] = widths.format(doc)
                pdf_font.Widths = _FormattedArray(widths.sequence, formatted)

    font.addObjects = add_objects  # this font only, like the two above


def reserve_wording(doc: Any, font_name: str, templates: ContractTemplates, langs: tuple[str, ...]) -> None:
    """Give the clause file's Chinese characters the first codes of `font_name` in this PDF, and start the text's
    other characters on a subset of their own. Only for contracts with Chinese in them: an English one prints a
    few Chinese names at most, and a subset kept apart for them would cost it a second subset."""
    font = pdfmetrics.getFont(font_name)
    if "zh" not in langs or not getattr(font, "_dynamicFont", False):  # the fallback CID font has no subsets
        return
    wording = _wording_zh(templates)
    font.splitString(wording.characters, doc)  # what drawing text does: codes in the order of the string
    # reportlab's state of this font in this PDF: nextCode is the code the next new character gets, and reportlab
    # opens a new subset when it reaches a multiple of 256. Moving it there now keeps names out of the last subset
    # of the wording (the first subset holds ASCII as well: a contract with little Chinese is left as it is).
    state = font.state[doc]
    if state.nextCode > 256:
        state.nextCode = -(-state.nextCode // 256) * 256
    _reserved[doc] = wording


def share_splits(font: Any) -> None:
    """Have this font (a reportlab TTFont) split a text of reserved characters into subset codes once per process.

    Drawing a line asks the font for its codes, character by character in Python (a quarter of drawing the text);
    a line of the clause file's wording recurs in every contract, and its characters have the same codes in every
    PDF that reserved the same wording, so the answer does too."""
    split: Callable[..., list[tuple[int, bytes]]] = font.splitString

    def split_string(text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        wording = _reserved.get(doc)
        if wording is None or not isinstance(text, str) or not wording.fixed.issuperset(text):
            return split(text, doc, encoding)  # a new character gets its code here
        made = wording.splits.get(text)
        if made is None:
            if len(wording.splits) >= SPLITS_KEPT:
                wording.splits.clear()
            made = wording.splits[text] = split(text, doc, encoding)
        return made  # reportlab only reads it

    font.splitString = split_string  # this font only: an instance attribute, like cache_subsets above


@dataclass(eq=False)
class _Wording:
    characters: str  # the clause file's Chinese characters, once each, in the order of the file
    fixed: frozenset[str]  # those and the preassigned: the same codes in every PDF that reserved this wording
    splits: dict[str, list[tuple[int, bytes]]] = field(default_factory=dict)  # text → its subsets and codes


_reserved: weakref.WeakKeyDictionary[Any, _Wording] = weakref.WeakKeyDictionary()  # PDF document → its wording
_wordings: dict[int, tuple[ContractTemplates, _Wording]] = {}


def _wording_zh(templates: ContractTemplates) -> _Wording:
    """Every character of the clause file's Chinese texts, once each, in the order of the file (amounts, dates and
    kolcrm's own texts for an older file vary, and go with the names)."""
    kept = _wordings.get(id(templates))
    if kept is not None and kept[0] is templates:
        return kept[1]
    texts = [text for section in templates.sections.values() for key, text in section.items() if _is_zh(key)]
    texts += [text for clause in templates.clauses for key, text in clause.texts.items() if _is_zh(key)]
    characters = "".join(dict.fromkeys(char for char in "".join(texts) if not char.isascii()))
    wording = _Wording(characters, frozenset(characters) | _PREASSIGNED)
    if len(_wordings) > 8:  # a clause file re-read now and then (the batch's own, a team's edited one)
        _wordings.clear()
    _wordings[id(templates)] = (templates, wording)
    return wording


def _is_zh(key: str) -> bool:
    return key == "zh" or key.endswith("_zh")
