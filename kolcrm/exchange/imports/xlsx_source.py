"""The first sheet of an XLSX as the import streams it: rows of text to the last cell each row really holds.

openpyxl's read-only mode streams the sheet's XML; it trusts the extent the sheet declares, and a sheet that
declares A1:XFD1048576 (formatting, some exporters) would come back with every row padded to 16,384 cells.
`reset_dimensions()` drops the declaration, and the real extent is counted from the XML itself.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from kolcrm.core import i18n
from kolcrm.exchange.imports.sources import ImportFileError, Row, trimmed


def open_workbook(path: Path) -> Any:
    """A read-only openpyxl workbook (close it), or ImportFileError."""
    try:
        import openpyxl

        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        reason = str(exc)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook; all mean the same to the user
        reason = f"{type(exc).__name__}: {exc}"
    raise ImportFileError(
        i18n.translate("Import", "{file} is not a readable XLSX workbook ({reason})").format(
            file=path.name, reason=reason
        )
    )


def first_sheet(path: Path, workbook: Any) -> Any:
    """The first sheet that holds a table (a header and a row under it); agencies often put an empty sheet or
    one of instructions ("填写说明") first. The first sheet when none does, so its emptiness is reported."""
    if not workbook.worksheets:
        raise ImportFileError(i18n.translate("Import", "{file} has no worksheet").format(file=path.name))
    for sheet in workbook.worksheets:
        sheet.reset_dimensions()  # each row as long as its last written cell, not as the declared extent
    for sheet in workbook.worksheets:
        try:
            wide = sum(1 for _line, cells in islice(sheet_rows(path, sheet), 12) if sum(map(bool, cells)) >= 2)
        except ImportFileError:
            continue
        if wide >= 2:
            return sheet
    return workbook.worksheets[0]


def sheet_rows(path: Path, sheet: Any) -> Iterator[Row]:
    """Every non-empty row of a sheet, trimmed, with its Excel row number."""
    try:
        for line, row in enumerate(sheet.iter_rows(), start=1):
            end = len(row)
            while end and row[end - 1].value is None:
                end -= 1
            if end and trimmed(cells := [cell_text(cell.value, cell.number_format) for cell in row[:end]]):
                yield line, cells
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(
            i18n.translate("Import", "{file}: the first sheet cannot be read ({reason})").format(
                file=path.name, reason=f"{type(exc).__name__}: {exc}"
            )
        ) from None


def data_rows(path: Path, header_line: int) -> Iterator[Row]:
    """The non-empty rows of the first sheet below the header, read from disk."""
    workbook = open_workbook(path)
    try:
        for line, cells in sheet_rows(path, first_sheet(path, workbook)):
            if line > header_line:
                yield line, cells
    finally:
        workbook.close()


def rows_with_values(path: Path, sheet: Any) -> int | None:
    """How many <row> elements the sheet's XML holds up to the last one with a value: a byte scan, whatever the
    sheet declares (about 0.5 s per 100 MB of XML). None when the sheet's part cannot be found."""
    member = str(getattr(sheet, "_worksheet_path", "")).lstrip("/")  # openpyxl's name for the part in the zip
    if not member:
        return None
    rows = last = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            rest = b""
            while chunk := stream.read(1 << 20):
                buffer = rest + chunk
                cut = buffer.rfind(b">") + 1  # whole tags only: a tag cut in two is counted with the next chunk
                piece, rest = buffer[:cut], buffer[cut:]
                value = max(piece.rfind(b"<v>"), piece.rfind(b"<is>"))
                if value >= 0:
                    last = rows + piece.count(b"<row ", 0, value) + piece.count(b"<row>", 0, value)
                rows += piece.count(b"<row ") + piece.count(b"<row>")
    except (OSError, KeyError, zipfile.BadZipFile, EOFError, ValueError):
        return None
    return last


def cell_text(value: object, number_format: str | None = "") -> str:
    """An XLSX cell as the text a person sees: 0.0139 formatted as a percentage is '1.39%'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "NaN"
        number = Decimal(repr(value))
        if number_format and "%" in number_format:
            return f"{(number * 100).normalize():f}%"
        return f"{number.normalize():f}" if number != number.to_integral_value() else str(int(number))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
