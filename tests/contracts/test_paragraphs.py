"""Paragraphs of the same markup share their parsing and line breaks: what reportlab does to one (split it at a
page end) must not show in the next."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from kolcrm.contracts.builder import _styles
from kolcrm.contracts.fonts import register_cjk_font
from kolcrm.contracts.paragraphs import ContractParagraph, paragraph

WIDTH = 240


def drawn(made: ContractParagraph) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    made.wrapOn(canvas, WIDTH, 2000)
    made.drawOn(canvas, 20, 20)
    canvas.save()
    return buffer.getvalue()


def test_splitting_a_paragraph_changes_nothing_in_the_next_of_the_same_markup() -> None:
    style = _styles(register_cjk_font())["party"]
    for markup in (
        "甲方（品牌方）<br/>" + "小鹿🦌Lulu✨ 直播带货 " * 12,  # several fragments: lines of fragments (kind 1)
        "合作费用共计人民币叁万零壹拾柒元整 " * 12,  # one fragment: lines of words (kind 0)
    ):
        before = drawn(paragraph(markup, style))
        first = paragraph(markup, style)
        first.wrap(WIDTH, 2000)
        halves = first.split(WIDTH, 3 * style.leading)  # reportlab's split appends spaces to the words it keeps
        assert len(halves) == 2
        assert drawn(paragraph(markup, style)) == before
