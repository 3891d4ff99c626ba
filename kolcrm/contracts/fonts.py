"""The contract font: the bundled CJK TrueType collection, registered with reportlab once per process."""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from kolcrm.resources import cjk_font_path

CJK_FONT_NAME = "KolcrmCJK"
# Not embedded: only for a broken install, so a contract still renders (in viewers that carry Adobe's CJK packs).
FALLBACK_FONT_NAME = "STSong-Light"

_lock = threading.Lock()
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
