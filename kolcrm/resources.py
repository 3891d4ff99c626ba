"""The one door to files under resources/, in a source checkout and in an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder: kolcrm/_resources in a wheel, ../resources in a checkout or editable install."""
    for candidate in (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("kolcrm resources are missing: reinstall kolcrm")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def cjk_font_path() -> Path:
    """The bundled CJK TrueType collection shared by the GUI and the contract PDFs."""
    return resource_path("fonts", "wqy-microhei.ttc")


def emoji_font_path() -> Path:
    """Noto Emoji (monochrome, OFL-1.1): the contract's fallback for the emoji the CJK font has no glyph for."""
    return resource_path("fonts", "NotoEmoji-Regular.ttf")
