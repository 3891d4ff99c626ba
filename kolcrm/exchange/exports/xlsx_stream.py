"""A one-sheet XLSX written as a stream: each row goes straight into the zipped sheet XML, memory flat at any size.

Why not xlsxwriter's constant-memory mode: measured here on the export's own rows (200,000 rows of ~21 cells),
xlsxwriter spent ~16 s in its per-cell calls (argument checks, a cell object, an XML writer call per tag), 25×
the csv module's 0.6 s; the XML of a whole row built in one string join takes ~2.4 s. The package around the
sheet is the minimal one every reader accepts (content types, workbook, styles, one sheet).

Cells: `str` → an inline string (never a formula: a string cell is only ever text to a spreadsheet), `int`,
`float` → a number, `Decimal` → a number when a float holds it exactly, else its exact text; None and "" → no cell.
Text is XML-escaped; the control characters XML 1.0 cannot carry at all (all below U+0020 but tab, line feed and
carriage return; U+FFFE, U+FFFF) are left out, as openpyxl's writer does (Excel's `_xHHHH_` escapes for them are
read back as those six characters by openpyxl, so the text would come back different).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from xml.sax.saxutils import escape

from kolcrm.core import i18n
from kolcrm.exchange.exports.formula_guard import PLAIN_FIRST, starts_like_formula

MAX_ROWS = 1_048_576  # Excel's limit for one sheet
MAX_COLUMNS = 16_384
MAX_TEXT = 32_767  # characters in one cell; Excel refuses a file with a longer one
# The sheet's XML stays under 2 GiB, so the zip needs no ZIP64 records (which some spreadsheet apps refuse when a
# writer adds them to a small file). Excel's 1,048,576 rows of this export's width come to about 1.3 GB.
MAX_SHEET_BYTES = zipfile.ZIP64_LIMIT
_FLUSH_BYTES = 1 << 20

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CONTENT_TYPES = (
    _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    _XML + f'<Relationships xmlns="{_PACKAGE_RELS}">'
    f'<Relationship Id="rId1" Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    _XML + f'<Relationships xmlns="{_PACKAGE_RELS}">'
    f'<Relationship Id="rId1" Type="{_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_RELS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
# Three cell styles: 0 the default, 1 bold (the header row), 2 quote-prefixed text: a cell such as "+86 138…" or
# "=HYPERLINK(…)" (or "＝1+1", " =1+1": formula_guard.starts_like_formula) shows as typed and Excel keeps it
# text when it is edited (its own answer to formula injection).
_STYLES = (
    _XML + f'<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEET_START = (
    _XML + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_RELS}">'
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0">'
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    '<sheetFormatPr defaultRowHeight="15"/><sheetData>'
)
_SHEET_END = "</sheetData></worksheet>"

# Anything that needs more than the plain fast path: XML specials, control characters (left out, or kept as a
# character reference for a carriage return, which XML readers would otherwise turn into a line feed), and
# leading/trailing white space (kept only when marked).
_SPECIAL = re.compile(r"[&<>\x00-\x1f\ufffe\uffff]|^\s|\s$")
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class SheetFullError(ValueError):
    """More rows or columns than one Excel sheet can hold."""


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _text_cell(reference: str, text: str) -> str:
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    text = _UNWRITABLE.sub("", text)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    text = escape(text, {"\r": "&#13;"})
    return f'<c r="{reference}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


class StreamedSheet:
    """`with StreamedSheet(path, "KOLs", headers) as sheet: sheet.append(cells)`; the file is complete on exit.

    On an exception the file is left unfinished (the caller writes to a temporary path and discards it).
    """

    def __init__(self, path: Path, sheet_name: str, headers: Sequence[str], compresslevel: int = 1) -> None:
        if len(headers) > MAX_COLUMNS:
            raise SheetFullError(
                i18n.translate("Export", "{count} columns: one Excel sheet holds at most {most}").format(
                    count=f"{len(headers):,}", most=f"{MAX_COLUMNS:,}"
                )
            )
        self._letters = [column_letters(index) for index in range(len(headers))]
        # Level 1: the sheet XML is very repetitive, so fast deflate is within ~10 % of the default's size.
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self._sheet_name = sheet_name
        self._stream: IO[bytes] = self._zip.open("xl/worksheets/sheet1.xml", "w")
        self._written = 0
        self._chunks: list[str] = [_SHEET_START]
        self._size = 0
        self._rows = 1
        self._chunks.append(
            '<row r="1">'
            + "".join(
                _text_cell(f"{letter}1", str(header)).replace("<c ", '<c s="1" ', 1)
                for letter, header in zip(self._letters, headers, strict=True)
            )
            + "</row>"
        )

    def append(self, cells: Sequence[Any]) -> None:
        """One row; cells past the header's width are refused."""
        if self._rows >= MAX_ROWS:
            raise SheetFullError(
                i18n.translate("Export", "more than {most} rows: one Excel sheet holds no more").format(
                    most=f"{MAX_ROWS:,}"
                )
            )
        if len(cells) > len(self._letters):
            raise SheetFullError(f"a row of {len(cells)} cells under {len(self._letters)} headers")
        self._rows += 1
        number = str(self._rows)
        parts = [f'<row r="{number}">']
        letters = self._letters
        for column, value in enumerate(cells):
            if value is None:
                continue
            kind = value.__class__
            if kind is str:
                if not value:
                    continue
                if value[0] not in PLAIN_FIRST and starts_like_formula(value):
                    parts.append(_text_cell(letters[column] + number, value).replace("<c ", '<c s="2" ', 1))
                elif _SPECIAL.search(value) is None and len(value) <= MAX_TEXT:  # the common case, no copy
                    parts.append(f'<c r="{letters[column]}{number}" t="inlineStr"><is><t>{value}</t></is></c>')
                else:
                    parts.append(_text_cell(letters[column] + number, value))
            elif kind is int or kind is float:
                if value != value or value in (float("inf"), float("-inf")):
                    continue  # NaN and infinity are no numbers a spreadsheet can hold
                parts.append(f'<c r="{letters[column]}{number}"><v>{value!r}</v></c>')
            else:
                parts.append(self._other_cell(letters[column] + number, value))
        parts.append("</row>")
        row = "".join(parts)
        self._chunks.append(row)
        self._size += len(row)
        if self._size >= _FLUSH_BYTES:
            self._flush()

    @staticmethod
    def _other_cell(reference: str, value: Any) -> str:
        if isinstance(value, bool):
            return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, Decimal):
            if value.is_finite() and Decimal(repr(float(value))) == value:
                return f'<c r="{reference}"><v>{float(value)!r}</v></c>'
            return _text_cell(reference, str(value))  # more digits than a spreadsheet number holds: exact text
        if isinstance(value, int):  # an IntEnum and the like
            return f'<c r="{reference}"><v>{int(value)}</v></c>'
        if isinstance(value, float):
            number = float(value)
            return f'<c r="{reference}"><v>{number!r}</v></c>' if number - number == 0 else ""
        return _text_cell(reference, str(value))

    def _flush(self) -> None:
        data = "".join(self._chunks).encode("utf-8")
        self._written += len(data)
        if self._written > MAX_SHEET_BYTES:
            raise SheetFullError(
                i18n.translate("Export", "more than {size} GiB of sheet data: one XLSX sheet holds no more").format(
                    size=f"{MAX_SHEET_BYTES / 2**30:.0f}"
                )
            )
        self._stream.write(data)
        self._chunks.clear()
        self._size = 0

    def close(self) -> None:
        """Finish the sheet and the package around it."""
        self._chunks.append(_SHEET_END)
        self._flush()
        self._stream.close()
        name = escape(self._sheet_name, {'"': "&quot;"})
        workbook = (
            _XML + f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}"><bookViews><workbookView/></bookViews>'
            f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        )
        for part, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _ROOT_RELS),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
            ("xl/styles.xml", _STYLES),
        ):
            self._zip.writestr(part, text)
        self._zip.close()

    def abandon(self) -> None:
        """Stop without finishing (the partial file is the caller's to delete)."""
        try:
            self._stream.close()
        finally:
            self._zip.close()

    def __enter__(self) -> StreamedSheet:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.abandon()
