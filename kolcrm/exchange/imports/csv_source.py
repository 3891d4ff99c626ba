"""A CSV as the import streams it: its encoding and delimiter decided on its start, its records read again from
disk on each pass with the lines an editor shows, and an unclosed quote refused with the line it opened on.

The encoding comes from the first bytes (a UTF-16 BOM, else UTF-8 with or without a BOM, else GB18030, which
covers GBK and GB2312: what Chinese Excel writes); an ASCII start is decided on the first non-ASCII bytes. A byte
further down that does not decode is an ImportFileError naming its line, raised while streaming.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from kolcrm.core import i18n
from kolcrm.core.i18n import QT_TRANSLATE_NOOP
from kolcrm.exchange.imports.sources import ImportFileError, Row, trimmed

Record = tuple[int, int, list[str]]  # (first line, last line, cells): a quoted cell may span lines

_DELIMITERS = ",;\t"
_SNIFF_CHARS = 32_768
_SNIFF_LINES = 12
_UTF8_BOM = b"\xef\xbb\xbf"
_CHUNK = 1 << 20
_ASCII_SCAN = 64 << 20  # past this much ASCII, the encoding no longer matters for what was read
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GB18030 (GBK)", "utf-16": "UTF-16",
                   "cp1252": QT_TRANSLATE_NOOP("Import", "Windows-1252 (Western European)")}  # fmt: skip
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_MARK = "kolcrm-mark-undecodable"


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding that decoded it: UTF-16 by its BOM, else UTF-8 (BOM or not), else GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" export
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, "utf-8" if encoding == "utf-8-sig" and not data.startswith(_UTF8_BOM) else encoding
    raise ImportFileError(
        i18n.translate("Import", "the file is not text in UTF-8 or GB18030 (GBK): save it as “CSV UTF-8” and try again")
    )


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the most of the first records into the same number of cells.

    Records, not lines: a delimiter inside a quoted cell does not count. A title above the header ("KOL ranking,
    November") or a comma in a note counts for little beside the header and the rows, which agree.
    """
    sample = text[:_SNIFF_CHARS]
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            widths = [len(cells) for cells in islice(reader, _SNIFF_LINES) if any(cell.strip() for cell in cells)]
        except csv.Error:
            continue
        if wide := [width for width in widths if width > 1]:
            modal = max(set(wide), key=lambda n: (wide.count(n), n))
            score = (wide.count(modal) / len(widths), modal)  # a share: splitting more records must not win
            if score > best_score:
                best, best_score = delimiter, score
    return best


@dataclass(frozen=True)
class CsvSource:
    """A CSV file with its encoding ("utf-8", "utf-8-sig", "gb18030" or "utf-16") and delimiter."""

    path: Path
    encoding: str
    delimiter: str

    @classmethod
    def open(cls, path: Path, head: bytes, size: int) -> CsvSource:
        """Decide the encoding and delimiter on the file's first bytes (`head`; `size` is the whole file's)."""
        encoding = _detect_encoding(path, head, size)
        text = codecs.getincrementaldecoder(encoding)("replace").decode(head, size <= len(head))
        if "\x00" in text:
            raise ImportFileError(
                i18n.translate("Import", "{file} is not a text file (it holds binary data)").format(file=path.name)
            )
        return cls(path, encoding, sniff_delimiter(text))

    def records(self) -> Iterator[Record]:
        """Every record, blank ones included, read from disk; ImportFileError for what cannot be read.

        `strict` makes a quote still open at the end of the file an error; a quote closed early on a one-line
        record (`"5"x`) is read as Excel reads it (`5x`).
        """
        path, delimiter, last = self.path, self.delimiter, [""]
        try:
            with path.open(encoding=self.encoding, newline="") as handle:

                def lines() -> Iterator[str]:
                    for line in handle:
                        last[0] = line
                        yield line

                reader = csv.reader(lines(), delimiter=delimiter, strict=True)
                start = 1
                while True:
                    try:
                        cells = next(reader)
                    except StopIteration:
                        return
                    except UnicodeDecodeError:
                        raise self._undecodable() from None
                    except csv.Error as exc:
                        if reader.line_num != start or "expected after" not in str(exc):
                            raise self._error(start, reader.line_num, exc) from None
                        cells = next(csv.reader([last[0]], delimiter=delimiter))
                    yield start, reader.line_num, cells
                    start = reader.line_num + 1
        except OSError as exc:
            raise ImportFileError(
                i18n.translate("Import", "Cannot read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
            ) from None

    def data_rows(self, header_line: int, width: int) -> Iterator[Row]:
        """The non-empty records below the header, trimmed, each checked for a quote that swallowed rows."""
        for start, end, cells in self.records():
            if start <= header_line:
                continue
            if end != start:
                self.check(start, end, cells, width)
            if trimmed(cells):
                yield start, cells

    def check(self, start: int, end: int, cells: list[str], width: int) -> None:
        """Refuse a record whose multi-line cell holds whole rows (`width`: the cells of a row)."""
        found = swallowing_cell(start, cells, self.delimiter, width)
        if found is not None:
            opened, rows = found
            raise ImportFileError(
                i18n.translate(
                    "Import",
                    "{file}, line {opened}: a quote opened on this line is never closed (the cell runs on to"
                    " line {end} and takes %n lines that look like rows of their own): close it, or remove it,"
                    " and import again",
                    None,
                    rows,
                ).format(file=self.path.name, opened=opened, end=end)
            )

    def estimate_rows(self, head: bytes, size: int, header_end: int, sample: list[Record]) -> int:
        """Data rows in a big file, from its size and its line length at the start and at the end (rows grow)."""
        with self.path.open("rb") as handle:
            handle.seek(max(len(head), size - len(head)))
            tail = handle.read(len(head))
        newline = b"\n"
        if self.encoding == "utf-16":
            newline = b"\n\x00" if head.startswith(b"\xff\xfe") else b"\x00\n"
        breaks = head.count(newline) + tail.count(newline) or head.count(b"\r") + tail.count(b"\r") or 1
        lines = size * breaks / (len(head) + len(tail))
        records_per_line = len(sample) / (sample[-1][1] - sample[0][0] + 1)
        return round((lines - header_end) * records_per_line)

    def _undecodable(self) -> ImportFileError:
        """The error for bytes that do not decode, naming the first line that holds some."""
        name = i18n.translate("Import", _ENCODING_NAMES.get(self.encoding, self.encoding))
        with self.path.open(encoding=self.encoding, errors=_MARK, newline="") as handle:
            for number, line in enumerate(handle, start=1):
                if "\udcff" in line:
                    return ImportFileError(
                        i18n.translate(
                            "Import",
                            "{file}, line {line}: bytes that are not {encoding} text, as the start of the file"
                            " is: save the whole file as “CSV UTF-8” and try again",
                        ).format(file=self.path.name, line=number, encoding=name)
                    )
        return ImportFileError(
            i18n.translate("Import", "{file} is not readable as {encoding} text: save it as “CSV UTF-8”").format(
                file=self.path.name, encoding=name
            )
        )

    def _error(self, start: int, end: int, exc: csv.Error) -> ImportFileError:
        name, message, limit = self.path.name, str(exc), csv.field_size_limit()
        if "unexpected end of data" in message:
            text = i18n.translate(
                "Import",
                "{file}, line {start}: a quote opened on this line is never closed (the file ends inside it):"
                " close it, or remove it, and import again",
            )
        elif "expected after" in message:
            text = i18n.translate(
                "Import",
                "{file}, line {start}: a quote opened on this line is never closed (the cell runs on to line {end},"
                " where a quote ends it in the middle of a row): close it, or remove it, and import again",
            )
        elif "field larger than field limit" in message and end > start:
            text = i18n.translate(
                "Import",
                "{file}, line {start}: a quote opened on this line is never closed (the cell runs past {limit}"
                " characters): close it, or remove it, and import again",
            )
        elif "field larger than field limit" in message:
            text = i18n.translate("Import", "{file}, line {start} holds a cell longer than {limit} characters")
        else:
            text = i18n.translate("Import", "{file}, line {end}: not readable as CSV ({reason})")
        return ImportFileError(text.format(file=name, start=start, end=end, limit=f"{limit:,}", reason=message))


def swallowing_cell(start: int, cells: list[str], delimiter: str, width: int) -> tuple[int, int] | None:
    """A multi-line cell that holds whole rows: (the line its quote opened on, how many rows it swallowed).

    A quote that is never closed takes the next lines into its cell until some later quote ends it (most often
    the quote that opens a later quoted cell: csv's strict mode refuses that, and the end of the file). A quote
    that ends a cell (an inch mark: `15"`) ends it cleanly, and then the swallowed lines are the evidence: each
    holds the delimiters of a whole row (see _delimiters_in), and the record they end up in is short of cells,
    the rest of its row being in the runaway cell. A note typed in Excel with line breaks has its full row of
    cells: a cell is refused when it holds such a line and its record is short.
    """
    need = width - 1
    if need < 2:  # a row of two cells has one delimiter, as many a line of prose has
        return None
    line = start
    for cell in cells:
        parts = _LINE_BREAK.split(cell)
        if len(parts) > 1:
            rowlike = sum(1 for part in parts[1:] if _delimiters_in(part, delimiter) >= need)
            if rowlike and len(cells) < width:
                return line, rowlike
            line += len(parts) - 1
    return None


def _delimiters_in(text: str, delimiter: str) -> int:
    """The delimiters of a line that could part cells: not ", " as prose writes it, nor 1,234 in a number."""
    count = text.count(delimiter) - text.count(delimiter + " ")
    return count - len(_THOUSANDS.findall(text)) if delimiter == "," else count


def _detect_encoding(path: Path, head: bytes, size: int) -> str:
    """The codec to stream the file with, decided on its start, or on its first non-ASCII bytes after an ASCII start.

    A later byte that does not decode is reported by the stream with its line (CsvSource._undecodable).
    """
    whole = size <= len(head)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and _undecoded_at(head, "utf-16", whole) is None:
        return "utf-16"
    window, final = head, whole
    if head.isascii() and not whole:  # an English header and numbers: look at the first Chinese text instead
        window, final = _first_non_ascii(path, len(head))
    for encoding in ("utf-8", "gb18030"):
        stop = _undecoded_at(window, encoding, final)
        # Ten characters of this encoding before a byte that is not (GBK makes a few UTF-8 ones by chance): the
        # file is in it, but for a row saved another way, which the stream reports with its line.
        if stop is None or sum(ord(c) > 127 for c in window[:stop].decode(encoding, "ignore")) >= 10:
            if encoding == "gb18030" and _western_in_disguise(window, final):
                return "cp1252"
            return "utf-8-sig" if encoding == "utf-8" and head.startswith(_UTF8_BOM) else encoding
    if _plausibly_western(window, final):  # Excel's "CSV" on a Western European Windows
        return "cp1252"
    raise ImportFileError(
        i18n.translate(
            "Import", "{file} is not text in UTF-8 or GB18030 (GBK): save it as “CSV UTF-8” and try again"
        ).format(file=path.name)
    )


# A lone CJK character glued to Latin letters ("M黱chen", "蒷odie"): what GB18030 makes of Western European text.
_LONE_CJK_RUN = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?![\u4e00-\u9fff])")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


_WESTERN = re.compile("[\u00a0-\u00ff\u20ac\u2018-\u201e\u2013\u2014\u2026]")


def _plausibly_western(window: bytes, final: bool) -> bool:
    """Every non-ASCII byte decodes under Windows-1252 to a Latin letter or common punctuation (é, ü, €, “)."""
    if _undecoded_at(window, "cp1252", final) is not None:
        return False
    text = window.decode("cp1252", "ignore")
    return all(_WESTERN.match(ch) for ch in text if ord(ch) > 127)


def _western_in_disguise(window: bytes, final: bool) -> bool:
    """True when bytes that GB18030 decodes are Windows-1252 (European Excel's "CSV") rather than Chinese.

    Chinese text comes in runs of characters; Windows-1252 accents read as GB18030 make single characters glued
    to Latin letters. Such a file must not be stored as 蒷odie Durand (found by a user, December 2026).
    """
    if not _plausibly_western(window, final):
        return False
    text = window.decode("gb18030", "ignore")
    runs = _CJK_RUN.findall(text)
    if not runs:
        return True  # non-ASCII bytes that make no Chinese at all
    glued = sum(
        1
        for match in _LONE_CJK_RUN.finditer(text)
        if (text[max(match.start() - 1, 0)].isascii() and text[max(match.start() - 1, 0)].isalpha())
        or (text[match.end() : match.end() + 1].isascii() and text[match.end() : match.end() + 1].isalpha())
    )
    return glued >= 0.5 * len(runs)


def _undecoded_at(data: bytes, encoding: str, final: bool) -> int | None:
    """Where `data` stops decoding (None when it all decodes)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final)
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def _first_non_ascii(path: Path, offset: int) -> tuple[bytes, bool]:
    """The first 1 MiB chunk after `offset` holding a non-ASCII byte (b"" if none), and whether it ends the file."""
    with path.open("rb") as handle:
        handle.seek(offset)
        while (chunk := handle.read(_CHUNK)) and handle.tell() <= _ASCII_SCAN:
            if not chunk.isascii():
                return chunk, len(chunk) < _CHUNK and not handle.read(1)
    return b"", True


def _mark_undecodable(error: UnicodeError) -> tuple[str, int]:
    if isinstance(error, UnicodeDecodeError):
        return "\udcff", error.end  # a lone surrogate: no decoded text can hold one
    raise error


codecs.register_error(_MARK, _mark_undecodable)
