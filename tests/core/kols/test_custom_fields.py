"""Custom fields on KOLs: every kind read as people type it, names unique, values saved with the KOL in one
transaction, searchable, filtered and sorted in the list's SQL, gone with the field or the KOL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kolcrm.core.errors import NotFoundError, ValidationError
from kolcrm.core.kols import custom_fields as cf
from kolcrm.core.kols import erase
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.custom_values import CustomFieldDef, CustomFilter
from kolcrm.core.kols.list_query import KolFilter, KolRow, count, custom_sort_key, fetch_page
from kolcrm.core.kols.records import KolRecord
from kolcrm.core.kols.trash import empty_trash, trash_kols
from kolcrm.core.store import search
from kolcrm.core.store.db import database

NUMBER = CustomFieldDef(1, "报价", "number")
DATE = CustomFieldDef(2, "合同到期", "date")
CHOICE = CustomFieldDef(3, "建联状态", "choice", ("已建联", "未建联", "VIP"))
TEXT = CustomFieldDef(4, "备注", "text")


def make_kol(name: str, custom: dict[int, str] | None = None) -> int:
    return kols.save_kol(KolRecord(display_name=name, custom=dict(custom or {})))


def stored_values() -> list[tuple[int, int, str]]:
    return database.execute_sql("SELECT kol_id, field_id, value FROM kol_custom_value ORDER BY 1, 2").fetchall()


def problem(exc: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    return exc.value.field, exc.value.message


# -- reading values as typed ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "stored"),
    [("12,345", "12345"), ("1.2万", "12000"), ("3.5w", "35000"), ("12.3k", "12300"), ("-0.5", "-0.5"),
     ("1.50", "1.5"), ("0.0", "0"), ("１２，３４５", "12345"), ("1亿", "100000000"), ("  42  ", "42")],
)  # fmt: skip
def test_numbers_are_stored_as_exact_decimal_strings(text: str, stored: str) -> None:
    assert cf.parse_value(NUMBER, text) == stored


@pytest.mark.parametrize("text", ["about 5k", "12..3", "1e5", "5万元?", "NaN", "--1"])
def test_a_number_field_refuses_what_is_not_a_number_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        cf.parse_value(NUMBER, text)
    assert exc.value.field == "custom[1]"
    assert exc.value.message.startswith("报价: “") and "is not a number (e.g. 12,345 · 1.2万" in exc.value.message


def test_an_absurdly_large_number_is_refused() -> None:
    with pytest.raises(ValidationError, match="too large"):
        cf.parse_value(NUMBER, "1" + "0" * 20)


@pytest.mark.parametrize(
    "text",
    ["2024-05-20", "2024/5/20", "2024.5.20", "2024年5月20日", "2024 年 5 月 20 日", "20240520", "2024-05-20 00:00:00",
     "2024-05-20T09:30:00+08:00", "２０２４-０５-２０"],
)  # fmt: skip
def test_dates_are_stored_iso_whichever_way_they_are_written(text: str) -> None:
    assert cf.parse_value(DATE, text) == "2024-05-20"


@pytest.mark.parametrize("text", ["2024-02-30", "2024-13-01", "20 May 2024", "2024-05", "next week"])
def test_a_date_field_refuses_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        cf.parse_value(DATE, text)
    assert problem(exc) == (
        "custom[2]",
        f"合同到期: “{text}” is not a date (e.g. 2024-05-20, 2024/5/20 or 2024年5月20日)",
    )


def test_a_choice_is_matched_in_any_letter_case_and_stored_as_the_field_spells_it() -> None:
    assert cf.parse_value(CHOICE, " vip ") == "VIP"
    assert cf.parse_value(CHOICE, "已建联") == "已建联"
    with pytest.raises(ValidationError) as exc:
        cf.parse_value(CHOICE, "洽谈中")
    assert problem(exc) == ("custom[3]", "建联状态: “洽谈中” is not one of its choices (已建联, 未建联, VIP)")


def test_text_is_one_trimmed_line_without_control_characters() -> None:
    assert cf.parse_value(TEXT, "  喜欢猫\n和狗\t\x00\x07 ") == "喜欢猫 和狗"
    with pytest.raises(ValidationError, match="longer than 1,000 characters"):
        cf.parse_value(TEXT, "x" * 1001)


@pytest.mark.parametrize("field", [NUMBER, DATE, CHOICE, TEXT], ids=lambda f: f.kind)
@pytest.mark.parametrize("blank", ["", "   ", None, "\n\t"])
def test_blank_means_no_value(field: CustomFieldDef, blank: str | None) -> None:
    assert cf.parse_value(field, blank) is None


def test_numbers_show_with_thousands_separators() -> None:
    assert cf.display_value(NUMBER, "1234567.5") == "1,234,567.5"
    assert cf.display_value(NUMBER, "-12000") == "-12,000"
    assert cf.display_value(DATE, "2024-05-20") == "2024-05-20"
    assert cf.display_value(TEXT, None) == ""


@given(st.decimals(min_value=Decimal("-1e17"), max_value=Decimal("1e17"), allow_nan=False, places=4))
def test_a_stored_number_reads_back_as_itself_also_as_shown(value: Decimal) -> None:
    stored = cf.parse_value(NUMBER, f"{value:f}")
    assert stored is not None and Decimal(stored) == value
    assert cf.parse_value(NUMBER, stored) == stored
    assert cf.parse_value(NUMBER, cf.display_value(NUMBER, stored)) == stored


@given(st.dates(min_value=date(1000, 1, 1)))
def test_a_stored_date_reads_back_as_itself(day: date) -> None:
    for text in (day.isoformat(), f"{day.year}/{day.month}/{day.day}", f"{day.year}年{day.month}月{day.day}日"):
        assert cf.parse_value(DATE, text) == day.isoformat()


@given(st.text(max_size=60))
def test_any_text_is_read_or_refused_with_a_message_never_a_crash(text: str) -> None:
    for field in (NUMBER, DATE, CHOICE, TEXT):
        try:
            stored = cf.parse_value(field, text)
        except ValidationError as exc:
            assert exc.field == field.key and exc.message.startswith(f"{field.name}: ")
            continue
        assert stored is None or cf.parse_value(field, stored) == stored


# -- filter text ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        (NUMBER, "1.2万", CustomFilter(1, equals="12000", numeric=True)),
        (NUMBER, "1万-5万", CustomFilter(1, low="10000", high="50000", numeric=True)),
        (NUMBER, "5万~1万", CustomFilter(1, low="10000", high="50000", numeric=True)),
        (NUMBER, "-5-10", CustomFilter(1, low="-5", high="10", numeric=True)),
        (NUMBER, ">=100", CustomFilter(1, low="100", numeric=True)),
        (NUMBER, "> 100", CustomFilter(1, low="100", numeric=True, low_inclusive=False)),
        (NUMBER, "<1k", CustomFilter(1, high="1000", numeric=True, high_inclusive=False)),
        (NUMBER, "100..", CustomFilter(1, low="100", numeric=True)),
        (DATE, "2024/5/20", CustomFilter(2, equals="2024-05-20")),
        (DATE, "2024-01-01-2024-06-30", CustomFilter(2, low="2024-01-01", high="2024-06-30")),
        (DATE, "2024年1月1日至2024年6月30日", CustomFilter(2, low="2024-01-01", high="2024-06-30")),
        (DATE, "..2024-06-30", CustomFilter(2, high="2024-06-30")),
        (CHOICE, "vip", CustomFilter(3, equals="VIP")),
        (TEXT, " 猫 ", CustomFilter(4, contains="猫")),
    ],
)
def test_filter_text_reads_values_and_ranges(field: CustomFieldDef, text: str, expected: CustomFilter) -> None:
    assert cf.filter_for(field, text) == expected


def test_filter_text_that_is_neither_a_value_nor_a_range_is_refused() -> None:
    assert cf.filter_for(NUMBER, "  ") is None
    with pytest.raises(ValidationError) as exc:
        cf.filter_for(NUMBER, "lots")
    assert problem(exc) == ("custom[1]", "报价: “lots” is not a number or a range (e.g. 1万-5万, >=100)")


# -- definitions ----------------------------------------------------------------------------------------------
@pytest.mark.usefixtures("any_db")
class TestDefinitions:
    def test_fields_are_listed_in_the_order_they_were_made_and_can_be_moved(self) -> None:
        a = cf.define_field("建联状态", "choice", ["已建联", " 未建联 ", "", "已建联"])
        b = cf.define_field("MCN合同到期", "date")
        c = cf.define_field("Notes")
        assert a.choices == ("已建联", "未建联")
        assert [f.name for f in cf.list_fields()] == ["建联状态", "MCN合同到期", "Notes"]

        assert [f.id for f in cf.move_field(c.id, 0)] == [c.id, a.id, b.id]
        assert [f.id for f in cf.move_field(c.id, 99)] == [a.id, b.id, c.id]
        assert [f.position for f in cf.list_fields()] == [0, 1, 2]

    @pytest.mark.parametrize("other", ["notes", "NOTES", " Notes "])
    def test_names_are_unique_in_any_letter_case(self, other: str) -> None:
        cf.define_field("Notes")
        with pytest.raises(ValidationError) as exc:
            cf.define_field(other, "number")
        assert problem(exc) == ("name", "There is already a custom field named “Notes”")

    def test_names_beyond_ascii_are_unique_in_any_letter_case_too(self) -> None:
        cf.define_field("Ärger")
        with pytest.raises(ValidationError, match="already a custom field named “Ärger”"):
            cf.define_field("ärger")

    @pytest.mark.parametrize(
        ("name", "kind", "choices", "expected"),
        [
            ("  ", "text", (), ("name", "A custom field needs a name")),
            ("x" * 61, "text", (), ("name", "A field name is at most 60 characters")),
            ("Tier", "colour", (), ("kind", "Unknown kind “colour”: use text, number, date or choice")),
            ("Status", "choice", (" ", ""), ("choices", "A choice field needs at least one choice")),
        ],
    )
    def test_a_definition_is_refused_with_a_message(
        self, name: str, kind: str, choices: tuple[str, ...], expected: tuple[str, str]
    ) -> None:
        with pytest.raises(ValidationError) as exc:
            cf.define_field(name, kind, choices)
        assert problem(exc) == expected
        assert cf.list_fields() == []

    def test_ensure_field_finds_a_field_by_name_or_makes_it(self) -> None:
        made = cf.ensure_field("Avg likes", "number")
        assert cf.ensure_field("AVG LIKES", "text") == made  # found as it is: an import never retypes a field
        assert cf.list_fields() == [made] and made.kind == "number"

    def test_a_rename_keeps_the_values(self) -> None:
        field = cf.define_field("备注")
        kol = make_kol("A", {field.id: "喜欢猫"})
        renamed = cf.update_field(field.id, name="喜好")
        assert renamed.name == "喜好" and cf.get_field(field.id).name == "喜好"
        assert cf.values_for(kol) == {field.id: "喜欢猫"}
        assert cf.update_field(field.id, name="喜好").name == "喜好"  # itself is not a clash
        other = cf.define_field("Other")
        with pytest.raises(ValidationError, match="already a custom field named “喜好”"):
            cf.update_field(other.id, name="喜好")

    def test_a_kind_change_rewrites_values_in_the_new_form_or_is_refused_naming_them(self) -> None:
        field = cf.define_field("报价")
        a = make_kol("A", {field.id: "1.2万"})
        b = make_kol("B", {field.id: "3000"})
        assert count(KolFilter(text="1.2万")) == 1

        number = cf.update_field(field.id, kind="number")

        assert number.kind == "number"
        assert cf.values_for_kols([a, b]) == {a: {field.id: "12000"}, b: {field.id: "3000"}}
        assert count(KolFilter(text="1.2万")) == 0  # numbers are filtered, not searched
        make_kol("C", {field.id: "5000"})
        cf.update_field(field.id, kind="text")
        c_text = make_kol("D", {field.id: "about 5k"})
        with pytest.raises(ValidationError) as exc:
            cf.update_field(field.id, kind="number")
        assert problem(exc) == (
            "kind",
            "“报价” cannot become a number field: 1 KOL has a value it cannot hold (“about 5k”). Change or clear it first.",
        )
        assert cf.get_field(field.id).kind == "text" and cf.values_for(c_text) == {field.id: "about 5k"}

    def test_choices_may_change_spelling_but_not_drop_one_in_use(self) -> None:
        field = cf.define_field("级别", "choice", ["vip", "normal"])
        kol = make_kol("A", {field.id: "vip"})
        cf.update_field(field.id, choices=["VIP", "Normal", "New"])
        assert cf.values_for(kol) == {field.id: "VIP"}
        with pytest.raises(ValidationError) as exc:
            cf.update_field(field.id, choices=["Normal"])
        assert exc.value.field == "choices" and "1 KOL has a value it cannot hold (“VIP”)" in exc.value.message
        assert cf.get_field(field.id).choices == ("VIP", "Normal", "New")

    def test_deleting_a_field_takes_its_values_and_restoring_brings_them_back(self) -> None:
        keep = cf.define_field("Keep")
        field = cf.define_field("备注")
        last = cf.define_field("Last")
        a = make_kol("A", {field.id: "喜欢猫", keep.id: "x"})
        b = make_kol("B", {field.id: "vlog"})
        assert cf.value_count(field.id) == 2
        assert count(KolFilter(text="喜欢猫")) == 1

        deleted = cf.delete_field(field.id)

        assert [f.name for f in cf.list_fields()] == ["Keep", "Last"]
        assert cf.values_for_kols([a, b]) == {a: {keep.id: "x"}}
        assert count(KolFilter(text="喜欢猫")) == 0
        with pytest.raises(NotFoundError):
            cf.get_field(field.id)

        trash_kols([b])
        empty_trash()  # B is erased meanwhile: its value cannot come back
        restored = cf.restore_field(deleted)

        assert restored == field
        assert [f.name for f in cf.list_fields()] == ["Keep", "备注", "Last"]
        assert cf.values_for(a) == {field.id: "喜欢猫", keep.id: "x"}
        assert count(KolFilter(text="喜欢猫")) == 1
        assert last.id != field.id

    def test_a_restore_is_refused_once_the_name_is_taken_again(self) -> None:
        deleted = cf.delete_field(cf.define_field("备注").id)
        cf.define_field("备注", "number")
        with pytest.raises(ValidationError, match="already a custom field named “备注”"):
            cf.restore_field(deleted)


# -- values with the KOL --------------------------------------------------------------------------------------
@pytest.mark.usefixtures("any_db")
class TestValues:
    def test_the_kol_record_carries_its_values_saved_and_read_in_one_go(self) -> None:
        price, due, status = (cf.define_field("报价", "number"), cf.define_field("到期", "date"),
                              cf.define_field("状态", "choice", ["已建联", "未建联"]))  # fmt: skip
        kol = make_kol("李佳琦", {price.id: "1.2万", due.id: "2024/5/20", status.id: "已建联"})
        record = kols.get_kol(kol)
        assert record.custom == {price.id: "12000", due.id: "2024-05-20", status.id: "已建联"}

        record.custom[due.id] = ""
        del record.custom[status.id]
        kols.save_kol(record)

        assert kols.get_kol(kol).custom == {price.id: "12000"}

    def test_a_bad_value_stops_the_save_naming_the_field_and_nothing_is_written(self) -> None:
        price = cf.define_field("报价", "number")
        with pytest.raises(ValidationError) as exc:
            make_kol("李佳琦", {price.id: "about 5k"})
        assert problem(exc) == (
            f"custom[{price.id}]",
            "报价: “about 5k” is not a number (e.g. 12,345 · 1.2万 · 3.5w · -0.5)",
        )
        assert count(KolFilter()) == 0 and stored_values() == []

    def test_a_save_failing_late_leaves_no_half_written_values(self, monkeypatch: pytest.MonkeyPatch) -> None:
        note = cf.define_field("备注")
        kol = make_kol("李佳琦", {note.id: "first"})
        record = kols.get_kol(kol)
        record.custom = {note.id: "second"}
        record.city = "上海"

        def broken(_db: object, _kol_id: int) -> None:
            raise RuntimeError("disk full")

        monkeypatch.setattr(search, "reindex_kol", broken)  # after the values are written, in the same transaction
        with pytest.raises(RuntimeError):
            kols.save_kol(record)

        assert stored_values() == [(kol, note.id, "first")]
        assert kols.get_kol(kol).city == ""

    def test_set_values_changes_only_the_fields_given_all_or_nothing(self) -> None:
        price, note = cf.define_field("报价", "number"), cf.define_field("备注")
        kol = make_kol("A", {price.id: "100", note.id: "x"})

        with pytest.raises(ValidationError) as exc:
            cf.set_values(kol, {note.id: "changed", price.id: "lots"})
        assert exc.value.field == f"custom[{price.id}]"
        assert cf.values_for(kol) == {price.id: "100", note.id: "x"}

        assert cf.set_values(kol, {price.id: "3.5w"}) == {price.id: "35000", note.id: "x"}
        assert cf.set_values(kol, {note.id: "", price.id: None}) == {}
        with pytest.raises(NotFoundError):
            cf.set_values(9999, {note.id: "x"})

    def test_values_for_many_kols_come_in_chunks_of_queries(self) -> None:
        note = cf.define_field("备注")
        other = cf.define_field("Other")
        ids = [make_kol(f"K{i}", {note.id: f"v{i}"} if i % 2 else {}) for i in range(1203)]
        cf.set_values(ids[1], {other.id: "o"})

        values = cf.values_for_kols(ids)
        assert len(values) == 601 and values[ids[1]] == {note.id: "v1", other.id: "o"}
        assert cf.values_for_kols(ids, [other.id]) == {ids[1]: {other.id: "o"}}
        assert cf.values_for_kols(ids, []) == {}

    def test_search_finds_text_and_choice_values_not_numbers(self) -> None:
        note, status, price = (cf.define_field("备注"), cf.define_field("状态", "choice", ["长期合作"]),
                               cf.define_field("报价", "number"))  # fmt: skip
        a = make_kol("A", {note.id: "养了三只猫 Lucky"})
        b = make_kol("B", {status.id: "长期合作", price.id: "88888"})

        assert [r.id for r in fetch_page(KolFilter(text="三只猫"))] == [a]
        assert [r.id for r in fetch_page(KolFilter(text="猫"))] == [a]
        assert [r.id for r in fetch_page(KolFilter(text="Luc"))] == [a]
        assert [r.id for r in fetch_page(KolFilter(text="长期合作"))] == [b]
        assert count(KolFilter(text="88888")) == 0
        cf.set_values(a, {note.id: ""})
        assert count(KolFilter(text="三只猫")) == 0

    def test_erasing_a_kol_erases_its_values(self) -> None:
        note = cf.define_field("备注")
        a, b = make_kol("A", {note.id: "a"}), make_kol("B", {note.id: "b"})
        assert erase.erasure_preview(a).counts["custom field values"] == 1

        erase.erase_kol_everywhere(a)
        trash_kols([b])
        empty_trash()

        assert stored_values() == []


# -- the list: filter and sort in SQL -------------------------------------------------------------------------
@pytest.fixture
def book(any_db: str) -> dict[str, object]:
    price = cf.define_field("报价", "number")
    due = cf.define_field("到期", "date")
    status = cf.define_field("状态", "choice", ["已建联", "未建联"])
    note = cf.define_field("备注")
    rows = {
        "A": {price.id: "900", due.id: "2024-01-05", status.id: "已建联", note.id: "喜欢猫"},
        "B": {price.id: "12000", due.id: "2024-06-30", status.id: "未建联", note.id: "Cat person"},
        "C": {price.id: "-5", due.id: "2023-12-31", status.id: "已建联"},
        "D": {price.id: "100000"},
        "E": {},
        "F": {price.id: "12000", note.id: "dog"},
        "G": {},
    }
    ids = {name: make_kol(name, values) for name, values in rows.items()}
    return {"price": price, "due": due, "status": status, "note": note, **ids}


def names(rows: list[KolRow]) -> list[str]:
    return [row.display_name for row in rows]


def walk(kol_filter: KolFilter, sort: str, descending: bool, limit: int) -> list[KolRow]:
    """Every page of the list in turn, `limit` rows at a time (keyset paging)."""
    rows: list[KolRow] = []
    while page := fetch_page(kol_filter, sort, descending, after=rows[-1] if rows else None, limit=limit):
        rows += page
    return rows


@pytest.mark.parametrize("limit", [1, 2, 3, 200])
def test_the_list_sorts_numbers_as_numbers_kols_without_a_value_last(book: dict, limit: int) -> None:
    key = custom_sort_key(book["price"].id)
    assert names(walk(KolFilter(), key, False, limit)) == ["C", "A", "B", "F", "D", "E", "G"]
    assert names(walk(KolFilter(), key, True, limit)) == ["D", "F", "B", "A", "C", "G", "E"]


@pytest.mark.parametrize("limit", [1, 2, 200])
def test_the_list_sorts_dates_choices_and_text_through_the_index(book: dict, limit: int) -> None:
    assert names(walk(KolFilter(), custom_sort_key(book["due"].id), False, limit))[:3] == ["C", "A", "B"]
    assert names(walk(KolFilter(), custom_sort_key(book["due"].id), True, limit)) == ["B", "A", "C", "G", "F", "E", "D"]
    status = names(walk(KolFilter(), custom_sort_key(book["status"].id), False, limit))
    assert status == ["A", "C", "B", "D", "E", "F", "G"]  # 已建联 < 未建联; ties and KOLs without a value by id
    note = names(walk(KolFilter(), custom_sort_key(book["note"].id), False, limit))
    assert note == ["B", "F", "A", "C", "D", "E", "G"]  # "Cat person" < "dog" < "喜欢猫", as the index orders text


def test_sorting_by_a_custom_field_keeps_the_other_filters(book: dict) -> None:
    trash_kols([book["F"]])
    key = custom_sort_key(book["price"].id)
    assert names(walk(KolFilter(), key, True, 2)) == ["D", "B", "A", "C", "G", "E"]
    only = KolFilter(custom=(CustomFilter(book["status"].id, equals="已建联"),))
    assert names(walk(only, key, True, 1)) == ["A", "C"]
    assert names(walk(KolFilter(text="cat"), key, False, 1)) == ["B"]
    assert names(walk(KolFilter(text="cat"), key, False, 1)) == names(
        fetch_page(KolFilter(text="cat"), key, False, broad=True)
    )


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("status", "已建联", ["A", "C"]),
        ("note", "cat", ["B"]),
        ("note", "猫", ["A"]),
        ("price", "12000", ["B", "F"]),
        ("price", "1k-2万", ["B", "F"]),
        ("price", "<900", ["C"]),
        ("price", "<=900", ["A", "C"]),
        ("due", "2024-01-01..2024-12-31", ["A", "B"]),
        ("due", "<2024-01-05", ["C"]),
    ],
)
def test_the_list_filters_by_a_custom_field(book: dict, field: str, text: str, expected: list[str]) -> None:
    condition = cf.filter_for(book[field], text)
    assert condition is not None
    kol_filter = KolFilter(custom=(condition,))
    assert sorted(names(fetch_page(kol_filter, sort="name", descending=False))) == expected
    assert count(kol_filter) == len(expected)
    for sort in ("followers", "name", custom_sort_key(book["price"].id), custom_sort_key(book["note"].id)):
        narrow = names(walk(kol_filter, sort, True, 1))  # collect the matches, then sort them
        assert narrow == names(fetch_page(kol_filter, sort, True, broad=True))  # walk the sort order, probing
        assert sorted(narrow) == expected


def test_trashed_kols_are_not_counted_by_a_custom_filter(book: dict) -> None:
    trash_kols([book["B"]])
    assert count(KolFilter(custom=(CustomFilter(book["status"].id, equals="未建联"),))) == 0
    assert count(KolFilter(custom=(CustomFilter(book["price"].id, equals="12000", numeric=True),))) == 1
    both = KolFilter(status="prospect", custom=(CustomFilter(book["price"].id, equals="12000", numeric=True),))
    assert count(both) == 1 and names(fetch_page(both)) == ["F"]


def test_a_like_wildcard_in_a_text_filter_is_literal(book: dict) -> None:
    cf.set_values(book["G"], {book["note"].id: "50%_off"})
    assert names(fetch_page(KolFilter(custom=(CustomFilter(book["note"].id, contains="%_"),)))) == ["G"]
    assert count(KolFilter(custom=(CustomFilter(book["note"].id, contains="_"),))) == 1
