"""The text side of search, shared by the SQLite indexes (search.py) and the PostgreSQL ones (pg_search.py): which
characters form CJK runs, their bigrams, the words left for prefix lookups, LIKE escaping, batching."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache


@cache
def cjk_run() -> re.Pattern[str]:
    return re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]+")


def cjk_grams(text: str) -> str:
    """Every CJK character bigram, plus the last character of each run alone (for 1-character prefix)."""
    grams: list[str] = []
    for run in cjk_run().findall(text):
        grams.extend(map(str.__add__, run, run[1:]))  # each pair of neighbours, without a slice per pair
        grams.append(run[-1])
    return " ".join(grams)


def word_text(text: str) -> str:
    """The text with CJK runs blanked out: unicode61 would make '美妆Lily' one word that 'Li' is no prefix of.

    CJK has its own index (kol_search_cjk); what is left are the words a 1–2 letter prefix should find.
    """
    return cjk_run().sub(" ", text)


def escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def id_chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def chunks(items: Iterable[tuple[int, str]], size: int) -> Iterator[list[tuple[int, str]]]:
    chunk: list[tuple[int, str]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
