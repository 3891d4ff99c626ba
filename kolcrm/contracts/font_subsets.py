"""The font subsets embedded in contracts, cut from the font and deflated once per process for each set of characters.

reportlab embeds a TrueType font as subsets of up to 256 characters, numbered in the order the text first uses
them, and rebuilds and recompresses every subset for every PDF: about a third of the time a contract took to save.
Contracts drawn from the same clause file start with the same text, so their first subset (often every subset, when
only figures and known characters change) repeats from one contract to the next. The bytes are the same either way.
"""

from __future__ import annotations

import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.pdfbase import pdfdoc

# A subset of the CJK font is ~55 KB raw and ~35 KB deflated: 64 of each stay well under 10 MB per process.
SUBSETS_KEPT = 64


class _Subset(bytes):
    """A subset font file that deflates itself once, however many PDFs embed it."""

    _deflated: bytes | None = None

    def deflated(self) -> bytes:
        if self._deflated is None:  # two threads may both compress it: the same bytes, so no lock
            self._deflated = zlib.compress(self)
        return self._deflated


def cache_subsets(face: Any) -> None:
    """Have this font face (a reportlab TTFontFace) keep the subsets it makes, the last SUBSETS_KEPT of them."""
    make: Callable[[Sequence[int]], bytes] = face.makeSubset
    kept: OrderedDict[tuple[int, ...], _Subset] = OrderedDict()
    lock = threading.Lock()

    def make_subset(subset: Sequence[int]) -> bytes:
        key = tuple(subset)
        with lock:
            made = kept.get(key)
            if made is not None:
                kept.move_to_end(key)
                return made
        made = _Subset(make(subset))
        with lock:
            kept[key] = made
            while len(kept) > SUBSETS_KEPT:
                kept.popitem(last=False)
        return made

    # Only this face (kolcrm's own fonts): an instance attribute, reportlab's class is left as it is.
    face.makeSubset = make_subset


_deflate: Callable[[bytes | str], bytes] = pdfdoc.PDFZCompress.encode


def _encode(content: bytes | str) -> bytes:
    return content.deflated() if isinstance(content, _Subset) else _deflate(content)


# reportlab deflates every stream through this one shared filter object (it is what addSubsetObjects puts on the
# font file): a subset made above hands over its compressed bytes, every other stream is compressed as before.
pdfdoc.PDFZCompress.encode = _encode
