"""Reading a spreadsheet someone was handed: CSV in any common encoding and delimiter, or the first XLSX sheet.

Every cell comes back as text, so the importer parses one kind of value; a file that cannot be read raises
ImportFileError with a sentence the user can act on.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

_CSV_ENCODINGS = ("utf-8-sig", "gb18030")  # GB18030 is a superset of GBK/GB2312: what Chinese Excel writes
_DELIMITERS = ",;\t"
_SNIFF_CHARS = 32_768
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls


class ImportFileError(Exception):
    """A file (or a mapping for it) that cannot be imported, with a message for the user. Nothing was written."""


@dataclass
class SourceTable:
    """A sheet as text: the header row and the data rows, each with the line the user sees in their editor."""

    path: Path
    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    kind: str = "csv"  # "csv" or "xlsx"
    encoding: str = ""  # the CSV encoding that decoded the file ("" for XLSX)
    delimiter: str = ""

    def describe(self) -> str:
        if self.kind == "xlsx":
            return "XLSX, first sheet"
        names = {",": "comma", ";": "semicolon", "\t": "tab"}
        return f"CSV, {self.encoding}, {names.get(self.delimiter, repr(self.delimiter))}-separated"

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few non-empty values of one column, for the mapping step."""
        found: list[str] = []
        for _line, cells in self.rows:
            if column < len(cells) and cells[column].strip():
                found.append(cells[column].strip())
                if len(found) >= count:
                    break
        return found


def read_table(path: str | Path) -> SourceTable:
    """Open a CSV or XLSX file. Raises ImportFileError when it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a spreadsheet") from None
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}") from None
    if not data.strip():
        raise ImportFileError(f"{path.name} is empty")
    if data.startswith(_OLE_MAGIC) or path.suffix.lower() == ".xls":
        raise ImportFileError(
            f"{path.name} is an old Excel .xls file: save it as .xlsx or CSV (UTF-8) in Excel, then import that"
        )
    if data.startswith(_ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, data)
    return _read_csv(path, data)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding that decoded it: UTF-16 by its BOM, else UTF-8 (BOM or not), else GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" export
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in _CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, "utf-8" if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf") else encoding
    raise ImportFileError("the file is not text in UTF-8 or GB18030 (GBK): save it as “CSV UTF-8” and try again")


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer on the first lines, checked against the header, else a count."""
    sample = text[:_SNIFF_CHARS]
    header = sample.split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and sniffed in header:
        return sniffed
    # The sniffer gives up on short or irregular files; the header line rarely quotes its delimiter.
    counts = {delimiter: header.count(delimiter) for delimiter in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path, data: bytes) -> SourceTable:
    try:
        text, encoding = decode(data)
    except ImportFileError as exc:
        raise ImportFileError(f"{path.name}: {exc}") from None
    if "\x00" in text:
        raise ImportFileError(f"{path.name} is not a text file (it holds binary data)")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    headers: list[str] | None = None
    try:
        next_line = 1
        for cells in reader:
            line, next_line = next_line, reader.line_num + 1
            if headers is None:
                if any(cell.strip() for cell in cells):
                    headers = cells
                continue
            if any(cell.strip() for cell in cells):
                rows.append((line, cells))
    except csv.Error as exc:
        raise ImportFileError(f"{path.name}, line {reader.line_num}: not readable as CSV ({exc})") from None
    if headers is None:
        raise ImportFileError(f"{path.name} has no header row")
    return SourceTable(path, unique_headers(headers), rows, "csv", encoding, delimiter)


def _read_xlsx(path: Path, data: bytes) -> SourceTable:
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise ImportFileError(f"{path.name} is not a readable XLSX workbook ({exc})") from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook; all mean the same to the user
        raise ImportFileError(f"{path.name} is not a readable XLSX workbook ({type(exc).__name__}: {exc})") from None
    try:
        if not workbook.worksheets:
            raise ImportFileError(f"{path.name} has no worksheet")
        headers: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for line, row in enumerate(workbook.worksheets[0].iter_rows(), start=1):
            cells = [cell_text(cell.value, getattr(cell, "number_format", "")) for cell in row]
            if not any(cell.strip() for cell in cells):
                continue
            if headers is None:
                headers = cells
            else:
                rows.append((line, cells))
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(f"{path.name}: the first sheet cannot be read ({type(exc).__name__}: {exc})") from None
    finally:
        workbook.close()
    if headers is None:
        raise ImportFileError(f"{path.name}: the first sheet is empty")
    while headers and not headers[-1].strip():  # formatting often stretches the sheet past its last column
        headers.pop()
    return SourceTable(path, unique_headers(headers), rows, "xlsx")


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


def unique_headers(headers: list[str]) -> list[str]:
    """Trimmed, blanks named by position, repeats numbered: the mapping is keyed by header text."""
    result: list[str] = []
    seen: set[str] = set()
    for index, raw in enumerate(headers):
        name = " ".join(str(raw).split()) or f"Column {index + 1}"
        candidate, n = name, 2
        while candidate in seen:
            candidate, n = f"{name} ({n})", n + 1
        seen.add(candidate)
        result.append(candidate)
    return result
