"""The contract fonts: the bundled CJK TrueType collection, and Noto Emoji for what it lacks, registered once per
process."""

from __future__ import annotations

import re
import threading
import warnings
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from kolcrm.contracts.font_subsets import SUBSETS_KEPT, DeflatedOnce, cache_subsets, share_splits, share_widths
from kolcrm.resources import cjk_font_path, emoji_font_path

CJK_FONT_NAME = "KolcrmCJK"
EMOJI_FONT_NAME = "KolcrmEmoji"
# Not embedded: only for a broken install, so a contract still renders (in viewers that carry Adobe's CJK packs).
FALLBACK_FONT_NAME = "STSong-Light"

_lock = threading.Lock()
_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> bytes:
    return _text_map(fontname, tuple(subset))


@lru_cache(maxsize=SUBSETS_KEPT)
def _text_map(fontname: str, subset: tuple[int, ...]) -> bytes:
    """reportlab 4–5 write a character beyond U+FFFF into the text map as 5 hex digits (<1F98C>), which readers take
    as U+1F98 and a stray C: copied or searched, 🦌 came out as ᾘ. PDF wants UTF-16 there (<D83EDD8C>).
    Kept (and deflated once) per subset, as the subsets themselves are (font_subsets)."""
    cmap: str = _reportlab_to_unicode_cmap(fontname, list(subset))
    for code, point in enumerate(subset):
        if point > 0xFFFF:
            utf16 = chr(point).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{code:02X}> <{point:04X}>\n", f"<{code:02X}> <{utf16}>\n", 1)
    return DeflatedOnce(cmap.encode("ascii"))  # a PostScript CMap: ASCII, as reportlab would write it


# Process-wide, like rl_config below: reportlab looks the function up in its module when it writes a font.
ttfonts.makeToUnicodeCMap = _to_unicode_cmap
_registered: str | None = None


class MissingFontWarning(UserWarning):
    """The bundled CJK font is missing or unreadable; contracts fall back to a font that is not embedded."""


def register_cjk_font() -> str:
    """Register the bundled CJK font (subset-embedded in every PDF) once per process; return its font name."""
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            _registered = _register(cjk_font_path())
    return _registered


def _register(path: Path) -> str:
    try:
        # A .ttc holds several faces; index 0 of WQY Micro Hei is the proportional one.
        pdfmetrics.registerFont(TTFont(CJK_FONT_NAME, str(path), subfontIndex=0))
        # The registered font: reportlab hands back one registered earlier from the same face, under another name.
        font = pdfmetrics.getFont(CJK_FONT_NAME)
        cache_subsets(font.face)
        share_splits(font)
        share_widths(font)
        return CJK_FONT_NAME
    except Exception as exc:  # missing file, truncated download, not a TrueType file
        warnings.warn(
            f"Contract font {path} could not be loaded ({exc}); falling back to {FALLBACK_FONT_NAME}, "
            "which is NOT embedded: Chinese may not render in every PDF viewer. Reinstall kolcrm.",
            MissingFontWarning,
            stacklevel=3,
        )
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT_NAME))
        return FALLBACK_FONT_NAME


@lru_cache(maxsize=1)
def cjk_characters() -> frozenset[str]:
    font = pdfmetrics.getFont(register_cjk_font())
    face = getattr(font, "face", None)
    return frozenset(map(chr, face.charToGlyph)) if face is not None else frozenset()


@lru_cache(maxsize=1)
def emoji_characters() -> frozenset[str]:
    """What the emoji font draws (empty if it is missing: the text then prints as before, without the emoji)."""
    with _lock:
        try:
            font = TTFont(EMOJI_FONT_NAME, str(emoji_font_path()))
        except Exception as exc:  # a damaged install loses the emoji, not the contract
            warnings.warn(f"Emoji font could not be loaded ({exc}): emoji will not print.", MissingFontWarning, 2)
            return frozenset()
        pdfmetrics.registerFont(font)
        font = pdfmetrics.getFont(EMOJI_FONT_NAME)  # as above
        cache_subsets(font.face)
        return frozenset(map(chr, font.face.charToGlyph))


def with_emoji(markup: str) -> str:
    """Paragraph markup with each run of characters the CJK font has no glyph for, but Noto Emoji has, set in
    Noto Emoji: 小鹿🦌Lulu✨ prints whole. reportlab has no font fallback of its own; without this the emoji vanish.
    Tags and entities are ASCII, which the CJK font covers, so only text is ever wrapped."""
    if markup.isascii():
        return markup
    missing = set(markup) - cjk_characters()
    if not missing or register_cjk_font() != CJK_FONT_NAME:
        return markup
    drawable = missing & emoji_characters()
    if not drawable:
        return markup
    runs = re.compile("[" + "".join(map(re.escape, sorted(drawable))) + "]+")
    return runs.sub(lambda run: f'<font face="{EMOJI_FONT_NAME}">{run.group()}</font>', markup)
