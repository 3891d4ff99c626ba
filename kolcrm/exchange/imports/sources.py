"""What the CSV and XLSX readers share: the one error a file can raise, a row as they yield it, trimming."""

from __future__ import annotations

Row = tuple[int, list[str]]  # (the line the user sees, the cells as text)


class ImportFileError(Exception):
    """A file (or a mapping for it) that cannot be imported, with a message for the user. Nothing was written."""


def trimmed(cells: list[str]) -> list[str]:
    """The row without its trailing empty cells (in place): formatting and padding stretch rows past their data."""
    while cells and not cells[-1].strip():
        cells.pop()
    return cells
