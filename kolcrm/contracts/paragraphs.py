"""The contract's paragraphs: markup parsed, and lines broken at each width, once per process.

Most of a contract's paragraphs are the clause file's wording, the same in every contract drafted from it, and
reportlab parses each one's markup anew (its HTML parser: about half of building the story) and breaks its lines
anew (a fifth of laying the pages out). Within one contract, too, a table lays its cells out to measure its rows
and again to draw them, and KeepTogether lays out its contents before the frame does it again.

Line breaking depends on the fragments, the style and the width alone, and drawing only reads the lines, so
paragraphs of the same markup share them, except lines that reportlab's split() would write into (see
ContractParagraph._split_leaves_alone).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

# Distinct (markup, style) pairs kept: a contract has ~100 paragraphs, a batch repeats most of them.
PARSED_KEPT = 2048


@dataclass(frozen=True, eq=False)
class _Parsed:
    text: str
    style: ParagraphStyle
    frags: tuple[Any, ...]
    layouts: dict[float, dict[str, Any]] = field(default_factory=dict)  # width → what wrap() set at that width


@lru_cache(maxsize=PARSED_KEPT)
def _parsed(markup: str, style: ParagraphStyle) -> _Parsed:
    """The cleaned text, the style and the fragments reportlab's parser makes of `markup` (styles are kept per
    process by the builder, so one style object stands for the same look every time)."""
    paragraph = Paragraph(markup, style)
    return _Parsed(paragraph.text, paragraph.style, tuple(paragraph.frags))


class ContractParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped (see pyproject): Paragraph is Any
    """A Paragraph that lays itself out once per width, reusing the layout of the same markup when it has one."""

    _parsed: _Parsed | None = None  # None for the halves split() makes: they are laid out as reportlab does
    _laid_out: tuple[float, Any, float, float] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        laid_out = self._laid_out
        # split() may delete blPara (no room on this page): then break lines again.
        if laid_out is not None and laid_out[0] == avail_width and self.__dict__.get("blPara") is laid_out[1]:
            self.width, self.height = laid_out[2], laid_out[3]
            return self.width, self.height
        layout = self._parsed.layouts.get(avail_width) if self._parsed is not None else None
        if layout is not None:
            self.__dict__.update(layout)
        else:
            before = dict(self.__dict__)
            size: tuple[float, float] = super().wrap(avail_width, avail_height)
            made = self.__dict__.get("blPara")
            if made is None or made is before.get("blPara"):  # a width too narrow to lay out: nothing was made
                return size
            if self._parsed is not None and self._split_leaves_alone(made):
                # Everything wrap() set (the lines; for lines of fragments, the fragments as words too).
                changed = {name: value for name, value in self.__dict__.items() if before.get(name, _NONE) is not value}
                self._parsed.layouts[avail_width] = changed
        self._laid_out = (avail_width, self.blPara, self.width, self.height)
        return self.width, self.height

    def _split_leaves_alone(self, lines: Any) -> bool:
        """Whether reportlab's split() only reads these lines. It copies lines of words (kind 0) unless it hyphenates;
        into lines of fragments (kind 1: several styles or fonts, a <br/>) it appends a space to the last word of each
        line it keeps, so those are shared only when too short to split (two lines, without orphans)."""
        if getattr(self.style, "hyphenationLang", None):
            return False
        if lines.kind == 0:
            return True
        orphans = getattr(self, "allowOrphans", getattr(self.style, "allowOrphans", 0))
        return len(lines.lines) < 3 and not orphans


_NONE = object()


def paragraph(markup: str, style: ParagraphStyle) -> ContractParagraph:
    """A paragraph of `markup` in `style`, parsed and laid out once per process."""
    parsed = _parsed(markup, style)
    # A fresh list: reportlab keeps the list it is given, and only ever annotates the fragments alike.
    made = ContractParagraph(parsed.text, parsed.style, frags=list(parsed.frags))
    made._parsed = parsed
    return made
