"""Reading sheets safely: streaming in constant memory, encodings decided early and errors with their line,
unclosed quotes, an XLSX's real extent, a title above the header, and CLI output piped into `head`."""

from __future__ import annotations

import csv
import io
import os
import re
import shlex
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kolcrm.core.store.db import close_database, open_database
from kolcrm.exchange.imports.reading import (
    SAMPLE_ROWS,
    ImportFileError,
    SourceTable,
    cell_text,
    read_table,
)

REPO = Path(__file__).resolve().parents[3]
HEADERS = ["达人昵称", "平台", "账号ID", "粉丝数", "互动率", "报价", "城市", "备注"]


def csv_text(rows: list[list[str]], lineterminator: str = "\r\n") -> str:
    """As Excel writes a CSV: CRLF between records, a bare LF inside a multi-line cell."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=lineterminator)
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path.write_bytes(csv_text(rows).encode(encoding))
    return path


def kol_row(n: int) -> list[str]:
    return [f"达人{n}", "抖音", f"kol_{n}", f"{n * 7}", "3.5%", "¥30,000", "上海", ""]


# -- streaming --------------------------------------------------------------------------------------------------
def test_a_200k_row_csv_streams_in_constant_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(kol_row(n) for n in range(200_000))

    table = read_table(path)

    assert len(table.sample_rows) == SAMPLE_ROWS and table.sample_rows[0] == (2, kol_row(0)[:7])
    assert 180_000 <= table.estimated_rows <= 220_000  # from the bytes; exact only for small files
    tracemalloc.start()
    try:
        count, last = 0, (0, [""])
        for count, last in enumerate(table.iter_rows(), start=1):  # noqa: B007 - the last row is the check
            pass
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 200_000 and last == (200_001, kol_row(199_999)[:7])
    assert peak < 2_000_000, f"peak {peak:,} bytes while iterating"


def test_iter_rows_reads_the_file_again_on_each_call(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "k.csv", [HEADERS, kol_row(1), kol_row(2)])
    table = read_table(path)

    assert list(table.iter_rows()) == list(table.iter_rows()) == table.rows == table.sample_rows
    assert table.estimated_rows == 2
    assert table.samples(2) == ["kol_1", "kol_2"]

    write_csv(path, [HEADERS, kol_row(1), kol_row(2), kol_row(3)])  # changed since it was opened
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 1_000_000_000))
    with pytest.raises(ImportFileError, match="changed"):
        table.iter_rows()


def test_a_table_built_in_memory_still_works(tmp_path: Path) -> None:
    table = SourceTable(tmp_path / "x.csv", ["a", "b"], [(2, ["1", "2"]), (3, ["3", "4"])])
    assert table.rows == list(table.iter_rows()) == table.sample_rows == [(2, ["1", "2"]), (3, ["3", "4"])]
    assert table.estimated_rows == 2 and table.samples(1) == ["2", "4"]


# -- encodings --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("encoding", "prefix", "reported"),
    [("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"), ("gbk", b"", "gb18030"),
     ("utf-16", b"", "utf-16")],
)  # fmt: skip
def test_encodings_chinese_and_english(tmp_path: Path, encoding: str, prefix: bytes, reported: str) -> None:
    rows = [["Name", "平台", "Followers"], ["李佳琦Austin", "抖音", "1.2亿"], ["Mia Chen", "Instagram", "475.8K"]]
    path = tmp_path / "k.csv"
    path.write_bytes(prefix + csv_text(rows).encode(encoding))
    table = read_table(path)
    assert (table.encoding, table.headers) == (reported, rows[0])
    assert table.rows == [(2, rows[1]), (3, rows[2])]


def test_gbk_after_a_long_ascii_start_is_found(tmp_path: Path) -> None:
    """English headers and ids for 100 KB, then Chinese: the encoding is decided on the first non-ASCII bytes."""
    rows = [["Name", "Platform", "Handle"], *[[f"kol {n}", "Douyin", f"h{n}"] for n in range(5000)]]
    rows.append(["美妆小鹿", "小红书", "xl"])
    path = write_csv(tmp_path / "k.csv", rows, "gbk")
    assert path.stat().st_size > 65_536
    table = read_table(path)
    assert table.encoding == "gb18030"
    assert list(table.iter_rows())[-1] == (5002, ["美妆小鹿", "小红书", "xl"])


def test_a_later_byte_in_another_encoding_names_its_line(tmp_path: Path) -> None:
    rows = [HEADERS, *[kol_row(n) for n in range(600)]]
    data = bytearray(csv_text(rows).encode("utf-8"))
    data += "老司机,抖音,lsj,100,,,北京,\r\n".encode("gbk")  # line 602: one row saved from a GBK sheet
    path = tmp_path / "mixed.csv"
    path.write_bytes(bytes(data))

    table = read_table(path)  # the start is UTF-8: the sample reads
    assert table.encoding == "utf-8"
    with pytest.raises(ImportFileError, match=r"mixed\.csv, line 602: .*not UTF-8"):
        list(table.iter_rows())

    small = tmp_path / "small.csv"
    small.write_bytes(csv_text([HEADERS, kol_row(1)]).encode("utf-8") + "老司机,抖音\r\n".encode("gbk"))
    with pytest.raises(ImportFileError, match="line 3"):
        read_table(small)  # within the sample: read_table says so


def test_binary_and_unreadable_files(tmp_path: Path) -> None:
    path = tmp_path / "bin.csv"
    path.write_bytes(b"Name,Handle\n\x00\x01\x02,x\n")
    with pytest.raises(ImportFileError, match="binary"):
        read_table(path)
    path.write_bytes(b"\xff\xfe\x00\xd8")
    with pytest.raises(ImportFileError, match="not"):
        read_table(path)
    with pytest.raises(ImportFileError, match="folder"):
        read_table(tmp_path)


# -- quotes -----------------------------------------------------------------------------------------------------
def test_an_unclosed_quote_to_the_end_of_the_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('Name,Platform,Handle\nMia,Instagram,mia\nBob,抖音,"bob\nAmy,B站,amy\nZed,IG,zed\n', "utf-8")
    with pytest.raises(ImportFileError, match=r"q\.csv, line 3: a quote opened on this line is never closed"):
        read_table(path)


def test_an_unclosed_quote_ended_by_a_later_quoted_cell(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text(
        'Name,Platform,Handle,Fee\nMia,Instagram,"mia,100\nBob,抖音,bob,200\nAmy,B站,amy,"12,345"\n', "utf-8"
    )
    with pytest.raises(ImportFileError, match=r"line 2: a quote opened .* runs on to line 4"):
        read_table(path)


@pytest.mark.parametrize("width", [3, 5, 8])
def test_an_unclosed_quote_ended_by_a_stray_quote_is_caught_by_its_rows(tmp_path: Path, width: int) -> None:
    """`5"` (inches) ends the runaway cell cleanly: strict parsing sees nothing, the swallowed rows give it away."""
    header = ",".join(f"col{n}" for n in range(width))
    rows = [",".join(f"r{line}c{n}" for n in range(width)) for line in range(2, 8)]
    rows[1] = rows[1].replace("r3c1", '"r3c1')  # line 3 opens a quote
    rows[3] = rows[3] + ' 5"'  # line 5 ends a cell with an inch mark
    path = tmp_path / "q.csv"
    path.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    with pytest.raises(ImportFileError, match=r"line 3: a quote opened on this line is never closed.*line 5"):
        read_table(path)


def test_an_unclosed_quote_beyond_the_sample_is_raised_while_streaming(tmp_path: Path) -> None:
    rows = [csv_text([HEADERS, *[kol_row(n) for n in range(400)]])]
    rows.append('老王,抖音,"laowang,1,,,,\r\n')  # line 402
    rows.append(csv_text([kol_row(n) for n in range(400, 410)]))
    path = tmp_path / "late.csv"
    path.write_text("".join(rows), "utf-8")
    table = read_table(path)
    with pytest.raises(ImportFileError, match="line 402: a quote opened"):
        list(table.iter_rows())


# Notes as people type them in an Excel cell (Alt+Enter), then saved as CSV: none is an unclosed quote.
LEGIT_NOTES = [
    "Line one\nLine two",
    "Loves travel, food, and fashion.\nPosts 3x/week, mostly reels.\nRate: $1,200 per post, $3,000 per bundle",
    "上海市静安区南京西路1266号\n恒隆广场 1 期 32 楼\n收件人：王小姐，138 0000 0000",
    "2023: 1,200,000 followers\n2024: 1,850,000 followers\n2025: 2,400,000 followers",
    "- reel, 60s\n- story x3\n- live, 2h",
    "合作记录：\n1. 2024-03 口红 种草\n2. 2024-06 防晒，效果好\n3. 2024-09 面膜；复购",
    "a;b\nc;d\ne;f",
    "ok\n\n\nspaced out",
    '{"brand": "X", "fee": 1000}\nsee mail',
    "Tel: +86 21 1234 5678, ext. 9\nWeChat: mia_wx, QQ: 12345",
    "擅长:美妆,护肤,穿搭\n平台:抖音,小红书,B站\n品类:美妆,护肤,穿搭,母婴,美食\n1,2,3,4,5,6,7,8,9,10,11",
]


@pytest.mark.parametrize("width", [2, 3, 5, 8, 12])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_multi_line_notes_are_read_as_they_are(tmp_path: Path, width: int, delimiter: str) -> None:
    header = [f"列{n}" for n in range(width - 1)] + ["备注"]
    rows = [[*(f"v{n}" for n in range(width - 1)), note] for note in LEGIT_NOTES]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    path = tmp_path / "notes.csv"
    path.write_text(buffer.getvalue(), "utf-8", newline="")

    table = read_table(path)

    assert table.delimiter == delimiter
    assert [cells[-1] for _line, cells in table.rows] == LEGIT_NOTES
    lines = [line for line, _cells in table.rows]
    assert lines[0] == 2 and lines[1] == 2 + LEGIT_NOTES[0].count("\n") + 1  # the editor's line numbers


def test_a_quote_closed_early_on_one_line_is_read_as_excel_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('Name,Screen,Handle\nMia,"15"inch,mia\nBob,13,bob\n', "utf-8")
    assert read_table(path).rows == [(2, ["Mia", "15inch", "mia"]), (3, ["Bob", "13", "bob"])]


# -- XLSX -------------------------------------------------------------------------------------------------------
def patch_sheet(path: Path, change: dict[str, str]) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    for pattern, replacement in change.items():
        xml = re.sub(pattern, replacement, xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_an_xlsx_declaring_a_million_rows_reads_its_real_extent(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Platform", "Followers"])
    sheet.append(["Mia Chen", "Instagram", 475800])
    sheet.append(["李佳琦", "抖音", "1.2亿"])
    path = tmp_path / "declares.xlsx"
    book.save(path)
    patch_sheet(path, {r'<dimension ref="[^"]*"\s*/>': '<dimension ref="A1:XFD1048576"/>'})
    with zipfile.ZipFile(path) as archive:
        assert b"A1:XFD1048576" in archive.read("xl/worksheets/sheet1.xml")

    started = time.perf_counter()
    table = read_table(path)
    rows = table.rows
    elapsed = time.perf_counter() - started

    assert elapsed < 1.0, f"{elapsed:.2f} s"
    assert table.headers == ["Name", "Platform", "Followers"]
    assert rows == [(2, ["Mia Chen", "Instagram", "475800"]), (3, ["李佳琦", "抖音", "1.2亿"])]


def test_a_stray_cell_in_column_xfd_pads_only_its_own_row(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Platform", "Handle"])
    sheet.append(["Mia", "Instagram", "@mia"])
    sheet.append(["Bob", "抖音", "bob"])
    sheet.cell(row=3, column=16384, value="see mail")
    path = tmp_path / "stray.xlsx"
    book.save(path)

    table = read_table(path)

    assert table.headers == ["Name", "Platform", "Handle"]
    (line2, cells2), (line3, cells3) = table.rows
    assert (line2, cells2) == (2, ["Mia", "Instagram", "@mia"])
    assert line3 == 3 and cells3[:3] == ["Bob", "抖音", "bob"]
    assert len(cells3) == 16384 and cells3[-1] == "see mail"  # kept: the importer reports it as a dropped cell


def test_xlsx_cells_as_people_see_them(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["昵称", "粉丝数", "互动率", "抖音号", "ID", "", None])
    sheet.append(["Mia", 475800, 0.045, "1234567890123456789", 1234567890123456789, None, "  "])
    sheet["C2"].number_format = "0.0%"
    path = tmp_path / "cells.xlsx"
    book.save(path)

    table = read_table(path)

    assert table.headers == ["昵称", "粉丝数", "互动率", "抖音号", "ID"]  # trailing empty headers trimmed
    # The id typed as text stays exact; as a number it was a float in the file (Excel keeps 15 digits).
    assert table.rows == [(2, ["Mia", "475800", "4.5%", "1234567890123456789", "1234567890123457000"])]
    assert cell_text(1.5e18) == "1500000000000000000" and cell_text(0.045, "0.00%") == "4.5%"


def test_a_big_xlsx_estimates_its_rows_from_the_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Name", "Followers"])
    for n in range(1500):
        sheet.append([f"kol {n}", n])
    path = tmp_path / "big.xlsx"
    book.save(path)
    patch_sheet(path, {"</sheetData>": '<row r="900000"><c r="A900000" s="0"/></row></sheetData>'})

    table = read_table(path)

    assert len(table.sample_rows) == SAMPLE_ROWS and table.estimated_rows == 1500
    assert sum(1 for _ in table.iter_rows()) == 1500


# -- a title above the header -------------------------------------------------------------------------------------
@pytest.mark.parametrize("padded", [False, True])
def test_a_title_row_above_the_csv_header(tmp_path: Path, padded: bool) -> None:
    title = ["2024年11月 小红书达人榜单", *([""] * 2 if padded else [])]  # Excel pads it with commas
    rows = [title, ["达人昵称", "平台", "粉丝数"], ["米米酱", "小红书", "50万"], ["阿柚", "小红书", "3万+"]]
    path = write_csv(tmp_path / "titled.csv", rows, "gbk")

    table = read_table(path)

    assert (table.headers, table.header_line) == (["达人昵称", "平台", "粉丝数"], 2)
    assert table.rows == [(3, ["米米酱", "小红书", "50万"]), (4, ["阿柚", "小红书", "3万+"])]
    assert table.describe() == "CSV, gb18030, comma-separated, header on line 2"


def test_two_title_lines_and_a_blank_one(tmp_path: Path) -> None:
    path = tmp_path / "titled.csv"
    path.write_text("KOL ranking, November\n\nSource: Newrank\nName;Platform;Followers\nMia;IG;12k\n", "utf-8")
    table = read_table(path)
    assert (table.delimiter, table.headers, table.header_line) == (";", ["Name", "Platform", "Followers"], 4)
    assert table.rows == [(5, ["Mia", "IG", "12k"])]


def test_a_merged_title_above_the_xlsx_header(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2024年Q3 达人资源表"])
    sheet.merge_cells("A1:C1")
    sheet.append(["达人昵称", "平台", "粉丝数"])
    sheet.append(["米米酱", "小红书", 500000])
    path = tmp_path / "titled.xlsx"
    book.save(path)
    table = read_table(path)
    assert (table.headers, table.header_line, table.rows) == (
        ["达人昵称", "平台", "粉丝数"],
        2,
        [(3, ["米米酱", "小红书", "500000"])],
    )


@pytest.mark.parametrize(
    "text",
    ["Name\nMia\nBob\n",  # one column: the first row is the header
     "Followers\n12000,3.5%\n8000,2.1%\n"],  # the next row is numbers: data, not a header
)  # fmt: skip
def test_a_single_cell_first_row_is_the_header_otherwise(tmp_path: Path, text: str) -> None:
    path = tmp_path / "k.csv"
    path.write_text(text, "utf-8")
    table = read_table(path)
    assert table.header_line == 1 and table.rows[0][0] == 2


# -- CLI output into a closed pipe -------------------------------------------------------------------------------
def kolcrm(*args: str) -> list[str]:
    return [sys.executable, "-m", "kolcrm", *args]


ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """The reader is gone before kolcrm writes a byte (as after `head -1`): no traceback, exit 141 like `cat`."""
    open_database(tmp_path / "k.db")  # deals lists a book that is there (it refuses to create an empty one)
    close_database()
    process = subprocess.Popen(kolcrm("deals", "--db", str(tmp_path / "k.db")), cwd=REPO, env=ENV,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141, stderr
    assert stderr.splitlines() == [f"kolcrm: using {tmp_path / 'k.db'}"]  # the database named, no traceback


def test_import_piped_into_head(tmp_path: Path) -> None:
    lines = ["Name,Platform,Handle,Fee", *(f"KOL {n},Douyin,kol_{n},报价待定xyz{n}" for n in range(3000))]
    sheet = tmp_path / "bad_fees.csv"
    sheet.write_text("\n".join(lines) + "\n", "utf-8")
    script = f'{shlex.join(kolcrm("import", str(sheet), "--dry-run", "--db", str(tmp_path / "k.db")))} 2>"$1" | head -1'
    result = subprocess.run(["bash", "-c", script + '; echo "${PIPESTATUS[0]}"', "-", str(tmp_path / "err")],
                            cwd=REPO, env=ENV, capture_output=True, text=True, timeout=120)  # fmt: skip
    first, status = result.stdout.splitlines()
    stderr = (tmp_path / "err").read_text()
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr
    assert first and status in ("0", "1", "141")


# -- nothing but ImportFileError escapes --------------------------------------------------------------------------
CSV_BYTES = st.lists(
    st.sampled_from([b",", b";", b"\t", b'"', b"\r", b"\n", b"\r\n", b"a", b"Name", b"12,345", b" ", b"\x00",
                     "达人".encode(), "达人".encode("gbk"), b"\xff", b"\xfe", b"\xef\xbb\xbf", b"\xc3"]),
    max_size=60,
).map(b"".join)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=CSV_BYTES)
def test_any_bytes_read_or_raise_import_file_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        table = read_table(path)
        rows = table.rows
    except ImportFileError:
        return
    assert all(line > table.header_line and cells and cells[-1].strip() for line, cells in rows)
    assert [line for line, _cells in rows] == sorted({line for line, _cells in rows})


CELL_TEXT = st.text(st.sampled_from('ab 中文,;"\n'), max_size=12)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL_TEXT, min_size=4, max_size=4), min_size=1, max_size=8))
def test_what_a_csv_writer_wrote_reads_back(tmp_path: Path, rows: list[list[str]]) -> None:
    """Cells with quotes, delimiters and line breaks, quoted as Excel quotes them, come back as they were."""
    header = ["昵称", "平台", "粉丝数", "备注"]
    table = read_table(write_csv(tmp_path / "w.csv", [header, *rows]))
    expected = [cells for cells in ([*row] for row in rows) if any(c.strip() for c in cells)]
    for cells in expected:
        while cells and not cells[-1].strip():
            cells.pop()
    assert table.headers == header and [cells for _line, cells in table.rows] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Name;Plattform;Stadt\nÉlodie Durand;YouTube;München\nJosé;Instagram;Málaga\n",  # too short for GB18030
        "Name;Stadt;Notiz\n" + "".join(f"Zoë {i};Köln;Grüße aus Düsseldorf, très bien\n" for i in range(40)),
    ],
)
def test_western_european_excel_csv_is_read_as_windows_1252_not_as_chinese(tmp_path, text):
    path = tmp_path / "eu.csv"
    path.write_bytes(text.encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert [cells for _line, cells in table.iter_rows()] == [line.split(";") for line in text.splitlines()[1:]]


def test_gbk_with_latin_names_glued_to_chinese_stays_gbk(tmp_path):
    text = "昵称,平台,城市\n李佳琦Austin,抖音,上海\n美妆小鹿,小红书,杭州\n小A,快手,北京\n"
    path = tmp_path / "gbk.csv"
    path.write_bytes(text.encode("gbk"))
    table = read_table(path)
    assert table.encoding == "gb18030" and table.sample_rows[0][1][0] == "李佳琦Austin"


def test_an_xlsx_whose_first_sheet_is_empty_or_instructions_reads_the_sheet_with_the_table(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "填写说明"
    book.active.append(["请在第二页填写达人信息"])
    book.active.append(["报价单位：元"])
    sheet = book.create_sheet("达人")
    sheet.append(["达人昵称", "平台", "粉丝数"])
    sheet.append(["小鹿", "抖音", "1.2万"])
    path = tmp_path / "quote.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ["达人昵称", "平台", "粉丝数"]
    assert list(table.iter_rows()) == [(2, ["小鹿", "抖音", "1.2万"])]
    assert "sheet “达人”" in table.describe()
