"""The contract's paragraphs: markup parsed once per process.

Most of a contract's paragraphs are the clause file's wording, the same in every contract drafted from it, and
reportlab parses each one's markup anew (its HTML parser: about half of building the story).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# Distinct (markup, style) pairs kept: a contract has ~100 paragraphs, a batch repeats most of them.
PARSED_KEPT = 2048


@lru_cache(maxsize=PARSED_KEPT)
def _parsed(markup: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, tuple[Any, ...]]:
    """The cleaned text, the style and the fragments reportlab's parser makes of `markup` (styles are kept per
    process by the builder, so one style object stands for the same look every time)."""
    paragraph = Paragraph(markup, style)
    return paragraph.text, paragraph.style, tuple(paragraph.frags)


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of `markup` in `style`, its markup parsed once per process."""
    text, parsed_style, frags = _parsed(markup, style)
    # A fresh list: reportlab keeps the list it is given, and only ever annotates the fragments alike.
    return Paragraph(text, parsed_style, frags=list(frags))
