"""The contract's page furniture: measures, colours, table grids, the logo, the rule and date/number formatting."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Table, TableStyle

MARGIN = 18 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN
LOGO_BOX = (42 * mm, 16 * mm)
LOGO_MAX_PIXELS = 40_000_000
HEADING_ROOM = 30 * mm
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")
RULE = colors.HexColor("#b8c0c8")
HEADER_FILL = colors.HexColor("#eef1f5")
_EN_MONTHS = "January February March April May June July August September October November December".split()
_ZH_NUMERALS = "零一二三四五六七八九"


def zh_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def en_date(day: date) -> str:
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def zh_number(n: int) -> str:
    """Article numbers as contracts write them: 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一."""
    if n < 10:
        return _ZH_NUMERALS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _ZH_NUMERALS[tens]) + "十" + (_ZH_NUMERALS[ones] if ones else "")


def money(amount: Decimal) -> str:
    return f"{Decimal(amount).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"


def safe_words(convert: Callable[[Decimal], str], amount: Decimal) -> str:
    try:
        return convert(amount)
    except ValueError:  # negative or absurd: the figures still state it
        return "—"


def en_suffix(index: int) -> str:
    return "" if index == 0 else "_en"


def format_date(day: date, lang: str) -> str:
    return zh_date(day) if lang == "zh" else en_date(day)


def grid(padding: float = 4, lines: bool = True, extra: list[tuple[Any, ...]] | None = None) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 0.8),
    ]
    if lines:
        commands.append(("INNERGRID", (0, 0), (-1, -1), 0.4, RULE))
    return TableStyle(commands + (extra or []))


def styled_table(rows: list[list[Any]], fractions: list[float], font: str, extra: list[tuple[Any, ...]]) -> Table:
    # splitInRow: a cell holding a 5,000-character word may be taller than a page; it splits instead of LayoutError.
    table = Table(rows, colWidths=[FRAME_WIDTH * f for f in fractions], repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        grid(
            extra=[
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("FONT", (0, 0), (-1, -1), font, 9, 12),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
                *extra,
            ]
        )
    )
    return table


def scaled_logo(logo: bytes | None) -> Flowable | None:
    """The company logo scaled into its box, or None when missing or not a readable image."""
    if not logo:
        return None
    try:
        with PILImage.open(io.BytesIO(logo)) as image:
            width, height = image.size
            if width <= 0 or height <= 0 or width * height > LOGO_MAX_PIXELS:
                return None
            image.load()  # a truncated file fails here, not half-way through drawing the page
    except Exception:
        return None
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    flowable = Image(io.BytesIO(logo), width=width * scale, height=height * scale)
    flowable.hAlign = "RIGHT"
    return flowable


class HorizontalRule(Flowable):  # type: ignore[misc]  # reportlab is untyped (see pyproject): Flowable is Any
    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 0.8

    def draw(self) -> None:
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 0, self.width, 0)
