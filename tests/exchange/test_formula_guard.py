"""No exported CSV/XLSX cell runs as a formula: full-width ＝＋－＠, leading spaces, tabs and CRs included."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from kolcrm.core.errors import ValidationError
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.store.db import database
from kolcrm.exchange.exports.formula_guard import guard, unguard
from kolcrm.exchange.exports.kol_rows import AccountExportRow, KolExportRow
from kolcrm.exchange.exports.tables import HEADERS, export_csv, export_xlsx, neutralise, sheet_rows
from kolcrm.exchange.exports.xlsx_stream import StreamedSheet

# Written apart from the guard, as a spreadsheet reads a cell: skip what is not seen, fold full-width forms.
_UNSEEN = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]*")
_NEGATIVE_NUMBER = re.compile(r"-[0-9]+(\.[0-9]+)?")


def spreadsheet_runs(cell: str) -> bool:
    if cell[:1] in ("\t", "\r"):
        return True
    seen = _UNSEEN.sub("", cell, count=1)
    return unicodedata.normalize("NFKC", seen[:1]).strip()[:1] in ("=", "+", "-", "@")


def is_safe_csv_cell(cell: str) -> bool:
    return not spreadsheet_runs(cell) or _NEGATIVE_NUMBER.fullmatch(cell) is not None


STARTS = ["", " ", "  ", "\t", "\r", "\n", "\u3000", "\xa0", "\u200b", "\ufeff", "'", "''", " \t"]
FORMULA_CHARACTERS = [*"=+-@＝＋－＠﹦﹢﹣﹫₊₌⁺⁼", "a", "1", "李", "'"]
formula_like = st.builds(
    lambda start, first, rest: start + first + rest,
    st.sampled_from(STARTS),
    st.sampled_from(FORMULA_CHARACTERS),
    st.text(max_size=12),
)
cell_text = st.one_of(formula_like, st.text(max_size=16))


@pytest.mark.parametrize(
    "text",
    ["＝1+1", "＋86 138", "－5", "＠SUM(A1)", "﹦1", "₊1", " =1+1", "  +1", "\u3000=1", "\xa0@x", "\u200b=1",
     "\ufeff=1", "\n=1", "\t", "\tcmd", "\r=1", " \t x", "=HYPERLINK(\"http://evil.example\")", "+86 138 0013 8000",
     "+8613800138000", "-王小明", "@handle", "- 5", "-5-5", "-1e3", "'=1", "'＝1", "'-5"],
)  # fmt: skip
def test_text_a_spreadsheet_would_run_gets_the_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize(
    "text", ["-5", "-12.5", "-0", "李佳琦", "abc", "1+1", "138 0013 8000", "'Quoted'", "a=1", "", "'"]
)
def test_plain_text_and_negative_numbers_stay_as_typed(text: str) -> None:
    assert neutralise(text) == text
    assert neutralise(-5) == -5 and neutralise(1.5) == 1.5


def test_the_importer_side_gives_back_what_was_typed_even_from_an_older_export() -> None:
    assert unguard("'+86 138 0013 8000") == "+86 138 0013 8000"
    assert unguard("'＝1+1") == "＝1+1"
    assert unguard("'-5") == "-5", "an older kolcrm guarded plain negative numbers too"
    assert unguard("'Quoted'") == "'Quoted'"


@given(cell_text)
@settings(max_examples=500)
def test_guard_and_unguard_are_inverses(text: str) -> None:
    assert unguard(guard(text)) == text


def exported_row(texts: list[str]) -> KolExportRow:
    """A KOL whose every text column holds one of `texts`, as the export reads it from the book."""
    pick = texts.__getitem__
    return KolExportRow(
        id=1, display_name=pick(0), real_name=pick(1), status="active", tier=2, main_platform="Douyin",
        followers=5, engagement_rate=1.0, city=pick(2), last_contact=pick(3), agency=pick(4), wechat_id=pick(5),
        phone=pick(6), email=pick(7), categories=(pick(8),), value_tags=(pick(9),), languages=(pick(10),),
        agent_name=pick(11), agent_contact=pick(12),
        account_rows=(AccountExportRow(platform=pick(13), handle=pick(14), url=pick(15), followers=5),),
    )  # fmt: skip


@given(st.lists(cell_text, min_size=16, max_size=16))
@settings(max_examples=300, deadline=None)
def test_no_csv_cell_a_spreadsheet_would_run(texts: list[str]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(sheet_rows(exported_row(texts)))
    cells = [cell for row in csv.reader(io.StringIO(buffer.getvalue(), newline="")) for cell in row]
    assert all(is_safe_csv_cell(cell) for cell in cells), [c for c in cells if not is_safe_csv_cell(c)]


@given(st.lists(cell_text, min_size=16, max_size=16))
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_xlsx_cell_a_spreadsheet_would_run(tmp_path: Path, texts: list[str]) -> None:
    path = tmp_path / "kols.xlsx"
    with StreamedSheet(path, "KOLs", list(HEADERS)) as sheet:
        for row in sheet_rows(exported_row(texts), guard=False):
            sheet.append(row)
    cells = [cell for row in openpyxl.load_workbook(path).active.iter_rows(min_row=2) for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    # As written: XML drops control characters, so "\x01=1" is stored as "=1"; it must be quote-prefixed too.
    unguarded = [c.value for c in cells if isinstance(c.value, str) and spreadsheet_runs(c.value) and not c.quotePrefix]
    assert unguarded == []


# What the editor stores: no control characters or line breaks (it refuses them), leading spaces kept or not.
stored_text = st.builds(
    lambda start, first, rest: start + first + rest,
    st.sampled_from(["", " ", "\u3000", "\xa0", "\u200b", "\ufeff", "'", "''"]),
    st.sampled_from(FORMULA_CHARACTERS),
    st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp"), exclude_characters="\ufffe\uffff"), max_size=12),
)
PHONES = st.sampled_from(["+86 138 0013 8000", "+8613800138000", "138 0013 8000", "(010) 6552 9988", "-5", ""])


@given(name=stored_text, agency=stored_text, wechat=stored_text, phone=PHONES, handle=stored_text)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_real_exports_of_a_saved_kol_run_nothing(
    any_db: str, tmp_path: Path, name, agency, wechat, phone, handle
) -> None:
    record = KolRecord(
        display_name=name, agency=agency, wechat_id=wechat, phone=phone, accounts=[AccountRecord("Douyin", handle)]
    )
    try:
        kol_id = kols.save_kol(record)
    except ValidationError:
        reject()  # the editor's own refusals (an empty name…) are not this test's business
    try:
        export_csv(tmp_path / "kols.csv", kol_ids=[kol_id])
        export_xlsx(tmp_path / "kols.xlsx", kol_ids=[kol_id])
    finally:
        database.execute_sql("DELETE FROM kol WHERE id = ?", (kol_id,))
    with open(tmp_path / "kols.csv", encoding="utf-8-sig", newline="") as handle_:
        assert all(is_safe_csv_cell(cell) for row in list(csv.reader(handle_))[1:] for cell in row)
    sheet = openpyxl.load_workbook(tmp_path / "kols.xlsx").active
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            assert not (isinstance(cell.value, str) and spreadsheet_runs(cell.value)) or cell.quotePrefix


def test_the_full_width_formula_from_the_issue_is_text_in_both_files(any_db: str, tmp_path: Path) -> None:
    kols.save_kol(KolRecord(display_name="＝1+1", agency="＠cmd", phone="+86 138 0013 8000", real_name="-5"))
    export_csv(tmp_path / "kols.csv")
    with open(tmp_path / "kols.csv", encoding="utf-8-sig", newline="") as handle:
        row = dict(zip(HEADERS, list(csv.reader(handle))[1], strict=True))
    assert (row["Name"], row["Agency"], row["Phone"], row["Real name"]) == (
        "'＝1+1",
        "'＠cmd",
        "'+86 138 0013 8000",
        "-5",
    )
    export_xlsx(tmp_path / "kols.xlsx")
    cells = {c.value: c for c in next(openpyxl.load_workbook(tmp_path / "kols.xlsx").active.iter_rows(min_row=2))}
    assert cells["＝1+1"].quotePrefix and cells["＠cmd"].quotePrefix and cells["+86 138 0013 8000"].quotePrefix


@pytest.mark.parametrize("typed", ["＝1+1", "=SUM(A1)", "－5元", "+86 138 0000 0000", "@home", "'=already quoted"])
def test_a_guarded_cell_imports_back_as_typed(typed: str) -> None:
    from kolcrm.exchange.imports.cells import parse_cell
    from kolcrm.exchange.imports.column_values import classify

    assert parse_cell("real_name", guard(typed)) == typed
    assert classify(guard(typed)) == classify(typed)
