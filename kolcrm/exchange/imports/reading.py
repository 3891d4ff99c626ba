"""Reading a spreadsheet someone was handed: CSV in any common encoding and delimiter, or the first XLSX sheet.

`read_table` opens the file, finds its header row (below a title, if there is one) and keeps the first rows as
a sample, for the mapping guess and the preview; `SourceTable.iter_rows()` then streams every data row from disk,
in constant memory, each time it is called (csv_source, xlsx_source). Every cell comes back as text, so the
importer parses one kind of value. A file that cannot be read raises ImportFileError with a sentence the user can
act on: from `read_table`, or from `iter_rows()` when the problem lies further down the file (bytes in another
encoding, a quote that is never closed).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.exchange.imports import xlsx_source
from kolcrm.exchange.imports.csv_source import CsvSource, decode, sniff_delimiter
from kolcrm.exchange.imports.sources import ImportFileError, Row, trimmed
from kolcrm.exchange.imports.xlsx_source import cell_text

__all__ = ["SAMPLE_ROWS", "ImportFileError", "Row", "SourceTable", "cell_text", "decode", "read_table",
           "sniff_delimiter", "unique_headers"]  # fmt: skip

SAMPLE_ROWS = 200  # data rows kept by read_table for the mapping guess and the wizard's preview
HEADER_SEARCH = 10  # a title above the header: the header is looked for among this many non-empty rows

_HEAD_BYTES = 65_536  # the start of a CSV, on which its encoding and delimiter are decided
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls
_NUMBER = re.compile(r"[-+]?[\d.,]+%?")
_DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("Import", "comma"),
    ";": QT_TRANSLATE_NOOP("Import", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("Import", "tab"),
}


class SourceTable:
    """A sheet as text: its header row, a sample of its first data rows, and every data row on demand.

    Line numbers are those the user sees: the editor's line for a CSV record (its first line, when a quoted cell
    spans several), the Excel row number for XLSX. Rows are trimmed of trailing empty cells; a row may hold more
    cells than there are headers. Built with `rows`, the table lives in memory (tests, small callers).
    """

    def __init__(
        self,
        path: str | Path,
        headers: list[str],
        rows: Iterable[Row] | None = None,
        kind: str = "csv",  # "csv" or "xlsx"
        encoding: str = "",  # the CSV encoding that decoded the file ("" for XLSX)
        delimiter: str = "",
        *,
        header_line: int = 1,
        sample_rows: list[Row] | None = None,
        estimated_rows: int | None = None,
        stream: Callable[[], Iterator[Row]] | None = None,
        stamp: tuple[int, int] | None = None,
        sheet: str = "",  # the XLSX sheet the table is on, when it is not the first
    ) -> None:
        self.path = Path(path)
        self.headers = headers
        self.kind = kind
        self.encoding = encoding
        self.delimiter = delimiter
        self.header_line = header_line
        self.sheet = sheet
        self._rows = list(rows) if rows is not None else None
        self._stream = stream
        self._stamp = stamp
        if sample_rows is None:
            sample_rows = self._rows[:SAMPLE_ROWS] if self._rows is not None else []
        self.sample_rows: list[Row] = sample_rows
        if estimated_rows is None:
            estimated_rows = len(self._rows) if self._rows is not None else len(sample_rows)
        # Data rows: exact when the sample is the whole file, else estimated from its bytes (CSV) or from the
        # rows of the sheet that hold values (XLSX). For progress, never for a decision.
        self.estimated_rows = estimated_rows

    def __repr__(self) -> str:
        return f"SourceTable({self.path.name!r}, {self.describe()}, {len(self.headers)} columns)"

    def iter_rows(self) -> Iterator[Row]:
        """Every data row, read again from disk on each call. Raises ImportFileError (here or while iterating)."""
        if self._rows is not None:
            return iter(self._rows)
        if self._stamp is not None and _stamp(self.path) != self._stamp:
            raise ImportFileError(
                i18n.translate("Import", "{file} changed (or went away) since it was opened: open it again").format(
                    file=self.path.name
                )
            )
        assert self._stream is not None, "a SourceTable is built with rows or a stream"
        return self._stream()

    @property
    def rows(self) -> list[Row]:
        """All data rows in memory: for small files and old callers; the import streams iter_rows()."""
        return list(self.iter_rows())

    def describe(self) -> str:
        """The file's kind as the wizard and the CLI show it: 'CSV, utf-8, comma-separated', 'XLSX, first sheet'."""
        below = self.header_line > 1
        if self.kind == "xlsx":
            if self.sheet:
                text = (
                    i18n.translate("Import", "XLSX, sheet “{sheet}”, header on row {row}")
                    if below
                    else i18n.translate("Import", "XLSX, sheet “{sheet}”")
                )
            else:
                text = (
                    i18n.translate("Import", "XLSX, first sheet, header on row {row}")
                    if below
                    else i18n.translate("Import", "XLSX, first sheet")
                )
            return text.format(sheet=self.sheet, row=self.header_line)
        name = _DELIMITER_NAMES.get(self.delimiter)
        delimiter = i18n.translate("Import", name) if name else repr(self.delimiter)
        text = (
            i18n.translate("Import", "CSV, {encoding}, {delimiter}-separated, header on line {line}")
            if below
            else i18n.translate("Import", "CSV, {encoding}, {delimiter}-separated")
        )
        return text.format(encoding=self.encoding, delimiter=delimiter, line=self.header_line)

    def samples(self, column: int, count: int = 3) -> list[str]:
        """The first few non-empty values of one column, for the mapping step."""
        found: list[str] = []
        for _line, cells in self.sample_rows:
            if column < len(cells) and cells[column].strip():
                found.append(cells[column].strip())
                if len(found) >= count:
                    break
        return found


def read_table(path: str | Path) -> SourceTable:
    """Open a CSV or XLSX file: its header and first rows. Raises ImportFileError when it cannot be read."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
        stamp = _stamp(path)
    except IsADirectoryError:
        raise ImportFileError(
            i18n.translate("Import", "{path} is a folder, not a spreadsheet").format(path=path)
        ) from None
    except OSError as exc:
        raise ImportFileError(
            i18n.translate("Import", "Cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from None
    if not head.strip() and stamp[0] <= len(head):
        raise ImportFileError(i18n.translate("Import", "{file} is empty").format(file=path.name))
    if head.startswith(_OLE_MAGIC) or path.suffix.lower() == ".xls":
        raise ImportFileError(
            i18n.translate(
                "Import", "{file} is an old Excel .xls file: save it as .xlsx or CSV (UTF-8) in Excel, then import that"
            ).format(file=path.name)
        )
    if head.startswith(_ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, stamp)
    return _read_csv(path, head, stamp)


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _header_index(rows: list[list[str]]) -> int:
    """Which of the first non-empty rows is the header: the first, unless it is a title above it.

    A title ("2024年11月 小红书达人榜单" alone in A1) is a row with one filled cell above rows with more; the
    header is then the first row with two or more, unless that row is mostly numbers (data, not names).
    """
    filled = [sum(1 for cell in cells if cell.strip()) for cells in rows]
    if not filled or filled[0] != 1:
        return 0
    for index, count in enumerate(filled):
        if count >= 2:
            numbers = sum(1 for cell in rows[index] if _NUMBER.fullmatch(cell.strip()))
            return 0 if numbers * 2 > count else index
    return 0


def _read_csv(path: Path, head: bytes, stamp: tuple[int, int]) -> SourceTable:
    source = CsvSource.open(path, head, stamp[0])
    records = (record for record in source.records() if any(cell.strip() for cell in record[2]))
    top = list(islice(records, HEADER_SEARCH))
    if not top:
        raise ImportFileError(i18n.translate("Import", "{file} has no header row").format(file=path.name))
    index = _header_index([cells for _start, _end, cells in top])
    header_line, header_end, header_cells = top[index]
    sample = list(islice(chain(top[index + 1 :], records), SAMPLE_ROWS + 1))
    whole = len(sample) <= SAMPLE_ROWS
    del sample[SAMPLE_ROWS:]
    headers = unique_headers(trimmed(list(header_cells)))
    # A row has as many cells as the header, or as most sampled rows if fewer (their raw width, untrimmed).
    widths = [len(cells) for start, end, cells in sample if start == end]
    width = min(len(headers), int(statistics.median(widths)) if widths else len(headers))
    for start, end, cells in [(header_line, header_end, header_cells), *sample]:
        if end != start:
            source.check(start, end, cells, width)
    sample_rows = [(start, trimmed(cells)) for start, _end, cells in sample]
    estimated = len(sample_rows)
    if not whole:
        estimated = max(SAMPLE_ROWS + 1, source.estimate_rows(head, stamp[0], header_end, sample))
    return SourceTable(
        path, headers, None, "csv", source.encoding, source.delimiter, header_line=header_line,
        sample_rows=sample_rows, estimated_rows=estimated, stamp=stamp,
        stream=lambda: source.data_rows(header_line, width),
    )  # fmt: skip


def _read_xlsx(path: Path, stamp: tuple[int, int]) -> SourceTable:
    workbook = xlsx_source.open_workbook(path)
    try:
        sheet = xlsx_source.first_sheet(path, workbook)
        rows = xlsx_source.sheet_rows(path, sheet)
        top = list(islice(rows, HEADER_SEARCH))
        if not top:
            raise ImportFileError(i18n.translate("Import", "{file}: the first sheet is empty").format(file=path.name))
        index = _header_index([cells for _line, cells in top])
        header_line, header_cells = top[index]
        sample = list(islice(chain(top[index + 1 :], rows), SAMPLE_ROWS + 1))
        whole = len(sample) <= SAMPLE_ROWS
        del sample[SAMPLE_ROWS:]
        estimated = len(sample)
        if not whole:  # the rows of the XML up to the last value, less those down to the header
            estimated = max(SAMPLE_ROWS + 1, (xlsx_source.rows_with_values(path, sheet) or 0) - index - 1)
        name = "" if sheet is workbook.worksheets[0] else str(sheet.title)
    finally:
        workbook.close()
    return SourceTable(
        path, unique_headers(header_cells), None, "xlsx", header_line=header_line, sample_rows=sample,
        estimated_rows=estimated, stamp=stamp, stream=lambda: xlsx_source.data_rows(path, header_line), sheet=name,
    )  # fmt: skip


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
