"""The contract's paragraphs: markup parsed once per process, lines broken once per width.

Most of a contract's paragraphs are the clause file's wording, the same in every contract drafted from it, and
reportlab parses each one's markup anew (its HTML parser: about half of building the story). A table lays its cells
out to measure its rows and again to draw them, KeepTogether its contents before the frame does: reportlab breaks
the same lines at the same width each time.
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


class ContractParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped (see pyproject): Paragraph is Any
    """A Paragraph that lays itself out once per width (the result depends on the width alone)."""

    _laid_out: tuple[float, Any, float, float] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        laid_out = self._laid_out
        # split() may delete blPara (no room on this page) or its halves get their own: then break lines again.
        if laid_out is not None and laid_out[0] == avail_width and self.__dict__.get("blPara") is laid_out[1]:
            self.width, self.height = laid_out[2], laid_out[3]
            return self.width, self.height
        before = self.__dict__.get("blPara")
        width, height = super().wrap(avail_width, avail_height)
        after = self.__dict__.get("blPara")
        if after is not None and after is not before:  # not for a width too narrow to lay out (nothing was made)
            self._laid_out = (avail_width, after, width, height)
        return width, height


def paragraph(markup: str, style: ParagraphStyle) -> ContractParagraph:
    """A paragraph of `markup` in `style`, its markup parsed once per process."""
    text, parsed_style, frags = _parsed(markup, style)
    # A fresh list: reportlab keeps the list it is given, and only ever annotates the fragments alike.
    return ContractParagraph(text, parsed_style, frags=list(frags))
