"""Exports: CSV/XLSX (Chinese intact, formulas neutralised, streamed), vCard and iCal parsed back, JSON, erase, CLI."""

from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
import zipfile
from datetime import timedelta
from decimal import Decimal

import icalendar
import openpyxl
import pytest
import vobject

from kolcrm.cli import exports as cli_export
from kolcrm.core.errors import NotFoundError
from kolcrm.core.kols import custom_fields, erase
from kolcrm.core.kols import service as kols
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.kols.records import AccountRecord, KolRecord, RateCardItem
from kolcrm.core.store import search
from kolcrm.core.store.db import database
from kolcrm.exchange.exports import calendar as export_calendar
from kolcrm.exchange.exports import contacts as export_contacts
from kolcrm.exchange.exports import kol_json, kol_rows, xlsx_stream
from kolcrm.exchange.exports import tables as export_tables
from kolcrm.exchange.exports.tables import HEADERS, export_csv, export_xlsx, neutralise
from tests.exchange.kol_book import TODAY, build_book, li_record

FORMULA_NAME = '=HYPERLINK("http://evil.example/x","点我")'


@pytest.fixture
def tricky(any_db) -> int:
    """A KOL whose cells a spreadsheet would execute, if written as they are."""
    return kols.save_kol(
        KolRecord(
            display_name=FORMULA_NAME,
            real_name="-王小明",
            agency="@handle",
            phone="+86 138 0013 8000",
            categories=["美妆"],
            accounts=[AccountRecord("Xiaohongshu", "@wangxm", followers=12_345)],
        )
    )


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_neutralise_prefixes_only_text_a_spreadsheet_would_run():
    for dangerous in ("=1+1", "+86 138", "-5 kg", "@SUM(A1)", "\tcmd", "\r=1"):
        assert neutralise(dangerous) == "'" + dangerous
    assert neutralise("李佳琦") == "李佳琦" and neutralise("-5") == "-5"  # a plain number runs nothing
    assert neutralise(-5) == -5 and neutralise(1.5) == 1.5


def test_csv_has_a_bom_a_header_chinese_intact_and_no_live_formula(tmp_path, tricky):
    li = kols.save_kol(li_record())
    result = export_csv(tmp_path / "kols.csv")
    raw = (tmp_path / "kols.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8 Chinese
    rows = read_csv(tmp_path / "kols.csv")
    # One row per account: 李佳琦's Douyin and Weibo accounts are two rows of one KOL (the same KOL #).
    assert result.count == 2 and rows[0] == list(HEADERS) and len(rows) == 4
    by_account = {(row[1], row[5]): dict(zip(HEADERS, row, strict=True)) for row in rows[1:]}
    douyin, weibo = by_account["李佳琦", "Douyin"], by_account["李佳琦", "Weibo"]
    assert douyin["KOL #"] == weibo["KOL #"] == str(li)
    assert douyin["Categories"] == weibo["Categories"] == "美妆; 护肤" and douyin["City"] == "上海"
    assert douyin["Agency"] == "美ONE" and douyin["Tier"] == "Head" and douyin["Status"] == "Active"
    assert douyin["Handle"] == "'@lijiaqi" and weibo["Handle"] == "李佳琦Austin"
    assert douyin["Followers"] == "75000000" and weibo["Followers"] == "30000000"
    assert douyin["Rate card"] == "Video 21–60 s: 300000.50 CNY" and weibo["Rate card"] == ""
    assert douyin["Birthday"] == "1992-05-07"
    tricky_row = by_account["'" + FORMULA_NAME, "Xiaohongshu"]  # kept readable, but text
    assert tricky_row["Phone"] == "'+86 138 0013 8000"
    assert tricky_row["Agency"] == "'@handle" and tricky_row["Real name"] == "'-王小明"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_xlsx_round_trip_keeps_chinese_numbers_and_never_writes_a_formula(tmp_path, tricky):
    kols.save_kol(li_record())
    export_xlsx(tmp_path / "kols.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "kols.xlsx")
    sheet = workbook.active
    assert sheet.title == "KOLs" and sheet.freeze_panes == "A2" and sheet["A1"].font.b
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(HEADERS)
    names = [row[1] for row in rows[1:]]
    assert names.count("李佳琦") == 2 and FORMULA_NAME in names  # shown as typed: quote-prefixed, not a formula
    li = rows[1 + names.index("李佳琦")]
    assert li[HEADERS.index("Followers")] == 75_000_000  # a number, not text
    assert li[HEADERS.index("Engagement %")] == pytest.approx(3.2)
    assert isinstance(li[HEADERS.index("KOL #")], int)
    assert li[HEADERS.index("Phone")] == "+86 138 0000 0000"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    tricky_row = rows[1 + names.index(FORMULA_NAME)]
    assert tricky_row[HEADERS.index("Phone")] == "+86 138 0013 8000"
    guarded = [
        cell
        for row in sheet.iter_rows(min_row=2)
        for cell in row
        if str(cell.value or "").startswith(("=", "+", "-", "@"))
    ]
    assert guarded and all(cell.quotePrefix for cell in guarded)  # Excel keeps them text even when edited
    streamed = openpyxl.load_workbook(tmp_path / "kols.xlsx", read_only=True)  # as the importer reads it
    width = len(HEADERS)  # a streamed row ends at its last cell with a value
    assert [row + (None,) * (width - len(row)) for row in streamed.active.iter_rows(values_only=True)] == rows
    streamed.close()


def test_the_filtered_view_is_what_gets_exported(tmp_path, tricky):
    li = kols.save_kol(li_record(categories=["护肤"]))
    result = export_csv(tmp_path / "view.csv", KolFilter(tag="护肤"))
    assert result.count == 1 and [row[1] for row in read_csv(tmp_path / "view.csv")[1:]] == ["李佳琦", "李佳琦"]
    only = export_csv(tmp_path / "one.csv", kol_ids=[li])
    assert only.count == 1
    with pytest.raises(NotFoundError, match="No KOL with id 999"):
        export_csv(tmp_path / "none.csv", kol_ids=[li, 999])
    assert not (tmp_path / "none.csv").exists()


def test_rows_are_streamed_in_pages_each_kol_once(tmp_path, any_db, monkeypatch):
    for index in range(7):
        kols.save_kol(KolRecord(display_name=f"达人{index}"))
    monkeypatch.setattr(kol_rows, "PAGE_SIZE", 3)
    pages: list[int] = []
    real_page = kol_rows._page

    def counting_page(rows, *args):
        pages.append(len(rows))
        return real_page(rows, *args)

    monkeypatch.setattr(kol_rows, "_page", counting_page)
    seen: list[tuple[int, int]] = []
    result = export_csv(tmp_path / "all.csv", progress=lambda done, total: seen.append((done, total)))
    names = [row[1] for row in read_csv(tmp_path / "all.csv")[1:]]
    assert names == [f"达人{i}" for i in range(7)] and result.count == 7  # the list's name order
    assert pages == [3, 3, 1]  # never more than a page in memory
    assert seen[-1] == (7, 7)
    pages.clear()
    assert export_xlsx(tmp_path / "all.xlsx", kol_ids=[7, 1, 2, 3]).count == 4
    assert pages == [3, 1]
    sheet = openpyxl.load_workbook(tmp_path / "all.xlsx").active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [7, 1, 2, 3]  # the order asked


def _custom_book() -> tuple[int, int, list[str]]:
    """李佳琦 with two accounts, a three-entry rate card (exact, at least, range), approximate followers on one
    account and a range on the other, two custom fields and dated metrics; and a KOL with no account."""
    li = kols.save_kol(
        li_record(
            accounts=[
                AccountRecord(
                    "Douyin",
                    "lijiaqi",
                    url="https://www.douyin.com/user/lijiaqi",
                    followers=75_000_000,
                    engagement_rate=3.25,
                    rate_card=[
                        RateCardItem("Video 21–60 s", Decimal("30000")),
                        RateCardItem("Image post", Decimal("12000.50")),
                        RateCardItem("Live-stream slot", Decimal("50000")),
                    ],
                ),
                AccountRecord("Xiaohongshu", "李佳琦Austin", followers=600_000, engagement_rate=1.5),
            ],
            languages=["中文", "English"],
            agent_name="王经纪",
            agent_contact="wang@agency.cn",
        )
    )
    douyin, red = (row[0] for row in database.execute_sql("SELECT id FROM platform_account ORDER BY position, id"))
    database.execute_sql("UPDATE platform_account SET followers_at_least = 1 WHERE id = ?", (douyin,))
    database.execute_sql("UPDATE platform_account SET followers_upper = 800000 WHERE id = ?", (red,))
    database.execute_sql("UPDATE rate_card_entry SET fee_at_least = 1 WHERE format = 'Image post'")
    database.execute_sql("UPDATE rate_card_entry SET fee_upper = '80000' WHERE format = 'Live-stream slot'")
    database.execute_sql("UPDATE kol SET last_contact = '2026-11-20' WHERE id = ?", (li,))
    intent = custom_fields.define_field("合作意向", "choice", ["高", "低"])
    budget = custom_fields.define_field("Budget", "number")
    custom_fields.set_values(li, {intent.id: "高", budget.id: "12000.50"})
    for account, name, value, day, approximate in (
        (douyin, "avg likes", "1200", "2026-10-01", 0),
        (douyin, "avg likes", "1500", "2026-11-01", 0),  # the latest snapshot is the one exported
        (douyin, "posts", "300", "2026-11-01", 1),
        (red, "posts", "12", "2026-11-01", 0),
    ):
        database.execute_sql(
            "INSERT INTO account_metric (account_id, name, value, captured_on, approximate) VALUES (?,?,?,?,?)",
            (account, name, value, day, approximate),
        )
    mia = kols.save_kol(KolRecord(display_name="Mia Chen", city="Paris"))
    headers = [*HEADERS, "custom: 合作意向", "custom: Budget", "metric: avg likes", "metric: posts"]
    return li, mia, headers


def _expected_rows(li: int, mia: int) -> list[list[str]]:
    kol = [str(li), "李佳琦", "李佳琦", "Active", "Head"]
    tail = ["上海", "美妆; 护肤", "真实分享", "中文; English", "美ONE", "王经纪", "wang@agency.cn", "lijiaqi_wx",
            "'+86 138 0000 0000", "li@example.com", "1992-05-07", "2026-11-20", "高", "12000.5"]  # fmt: skip
    rates = "Video 21–60 s: 30000 CNY; Image post: 12000.50+ CNY; Live-stream slot: 50000-80000 CNY"
    return [  # name order is pinyin order: li jia qi before Mia Chen
        [*kol, "Douyin", "lijiaqi", "https://www.douyin.com/user/lijiaqi", "75000000+", "3.25", rates, *tail,
         "1500", "300+"],
        [*kol, "Xiaohongshu", "李佳琦Austin", "", "600000-800000", "1.5", "", *tail, "", "12"],
        [str(mia), "Mia Chen", "", "Prospect", "", *[""] * 6, "Paris", *[""] * 11, "", "", "", ""],
    ]  # fmt: skip


def test_one_row_per_account_with_rate_card_custom_fields_and_metrics_in_csv(tmp_path, any_db):
    li, mia, headers = _custom_book()
    result = export_csv(tmp_path / "kols.csv")
    rows = read_csv(tmp_path / "kols.csv")
    assert result.count == 2 and rows[0] == headers
    assert rows[1:] == _expected_rows(li, mia)


def test_one_row_per_account_with_rate_card_custom_fields_and_metrics_in_xlsx(tmp_path, any_db):
    li, mia, headers = _custom_book()
    export_xlsx(tmp_path / "kols.xlsx")
    rows = [list(row) for row in openpyxl.load_workbook(tmp_path / "kols.xlsx").active.iter_rows(values_only=True)]
    assert rows[0] == headers
    expected = _expected_rows(li, mia)
    numbers = {"KOL #", "Engagement %", "custom: Budget", "metric: avg likes", "metric: posts", "Followers"}
    for got, want in zip(rows[1:], expected, strict=True):
        for header, cell, text in zip(headers, got, want, strict=True):
            if header in numbers and text and not text.endswith("+") and "-" not in text:
                assert cell == pytest.approx(float(text)) and not isinstance(cell, str), header
            else:  # XLSX shows a guarded cell as typed (quote-prefixed); CSV needs the apostrophe
                assert (cell or "") == text.removeprefix("'"), header


def test_xml_specials_white_space_and_emoji_come_back_from_xlsx_control_characters_left_out(tmp_path, any_db):
    odd = "<b>&amp;</b> \x07bell\x00 _x0041_ tab\there\r\nCRLF "
    kol_id = kols.save_kol(KolRecord(display_name="李佳琦", agency=" padded ", real_name="\U0001f600 emoji 😀"))
    # The editor refuses control characters now; a file from an older kolcrm may still hold them.
    database.execute_sql("UPDATE kol SET city = ? WHERE id = ?", (odd, kol_id))
    city, agency, real_name = database.execute_sql("SELECT city, agency, real_name FROM kol").fetchone()
    export_xlsx(tmp_path / "odd.xlsx")
    export_csv(tmp_path / "odd.csv")
    row = next(openpyxl.load_workbook(tmp_path / "odd.xlsx").active.iter_rows(min_row=2, values_only=True))
    cells = dict(zip(HEADERS, row, strict=True))
    # XML has no way to hold C0 controls but tab, CR and LF (PostgreSQL keeps the NUL as \x01: it holds no NUL).
    assert cells["City"] == re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", city)
    assert (cells["Agency"], cells["Real name"]) == (agency, real_name)
    in_csv = dict(zip(HEADERS, read_csv(tmp_path / "odd.csv")[1], strict=True))
    assert (in_csv["City"], in_csv["Agency"], in_csv["Real name"]) == (city, agency, real_name)


@pytest.mark.parametrize(("limit", "value"), [("MAX_ROWS", 3), ("MAX_SHEET_BYTES", 1000)], ids=["rows", "bytes"])
def test_an_xlsx_past_what_one_sheet_holds_is_refused_and_leaves_no_file(tmp_path, any_db, monkeypatch, limit, value):
    for index in range(3):
        kols.save_kol(KolRecord(display_name=f"达人{index}"))
    monkeypatch.setattr(xlsx_stream, limit, value)  # 3 rows: the header and two KOLs
    monkeypatch.setattr(xlsx_stream, "_FLUSH_BYTES", 10)
    with pytest.raises(export_tables.ExportError, match="sheet holds no more"):
        export_xlsx(tmp_path / "big.xlsx")
    assert not [path for path in tmp_path.iterdir() if "big" in path.name]


def test_a_cancelled_xlsx_export_leaves_nothing(tmp_path, any_db):
    for index in range(3):
        kols.save_kol(KolRecord(display_name=f"达人{index}"))
    calls = iter([False, True])
    result = export_xlsx(tmp_path / "kols.xlsx", cancelled=lambda: next(calls, True))
    assert result.cancelled and not [path for path in tmp_path.iterdir() if "kols" in path.name]


def test_the_streamed_sheet_writes_numbers_decimals_and_text_as_a_spreadsheet_reads_them(tmp_path):
    with xlsx_stream.StreamedSheet(tmp_path / "t.xlsx", "Sheet", ["a", "b", "c", "d", "e", "f"]) as sheet:
        sheet.append([1, 2.5, Decimal("12.50"), Decimal("0.1000000000000000000001"), None, "=1+1"])
        sheet.append([float("nan"), "", True, 10**20, "x" * 40_000, "  "])
    rows = list(openpyxl.load_workbook(tmp_path / "t.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert rows[0] == (1, 2.5, 12.5, "0.1000000000000000000001", None, "=1+1")  # text, never a formula
    assert rows[1][:4] == (None, None, True, 10**20) and len(rows[1][4]) == xlsx_stream.MAX_TEXT
    assert rows[1][5] == "  "
    assert zipfile.ZipFile(tmp_path / "t.xlsx").getinfo("xl/worksheets/sheet1.xml").extra == b""  # no ZIP64
    assert [xlsx_stream.column_letters(i) for i in (0, 25, 26, 701, 702, 16_383)] == [
        "A", "Z", "AA", "ZZ", "AAA", "XFD"
    ]  # fmt: skip


def test_vcards_parse_back_with_chinese_names_wechat_and_accounts(tmp_path, any_db):
    li = kols.save_kol(li_record())
    kols.save_kol(KolRecord(display_name="Mia Chen", real_name="Mia Chen", email="mia@example.com"))
    result = export_contacts.export_vcards(tmp_path / "kols.vcf")
    cards = {card.fn.value: card for card in vobject.readComponents((tmp_path / "kols.vcf").read_text("utf-8"))}
    assert result.count == 2 and set(cards) == {"李佳琦", "Mia Chen"}
    card = cards["李佳琦"]
    assert card.version.value == "4.0"
    assert (card.n.value.family, card.n.value.given) == ("李", "佳琦")
    assert card.tel.value == "+86 138 0000 0000" and card.email.value == "li@example.com"
    assert card.org.value == ["美ONE"] and card.contents["x-wechat"][0].value == "lijiaqi_wx"
    assert card.impp.value == "weixin:lijiaqi_wx" and card.bday.value == "19920507"
    assert card.url.value == "https://www.douyin.com/user/lijiaqi"
    assert "美妆, 护肤" in card.note.value and "@lijiaqi" in card.note.value
    assert cards["Mia Chen"].n.value.family == "Chen"
    again = export_contacts.export_vcards(tmp_path / "again.vcf", kol_ids=[li])
    assert again.count == 1 and card.uid.value in (tmp_path / "again.vcf").read_text("utf-8")


def test_the_schedule_parses_back_with_one_all_day_event_per_dated_unpublished_deliverable(tmp_path, any_db):
    book = build_book(tmp_path)
    result = export_calendar.export_calendar(tmp_path / "schedule.ics")
    calendar = icalendar.Calendar.from_ical((tmp_path / "schedule.ics").read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    todos = list(calendar.walk("VTODO"))
    assert result.count == len(events) + len(todos)
    # Two dated deliverables (the Xiaohongshu note has no date); open reminders include the two tasks.
    assert len(events) == 2
    douyin = events[f"kolcrm-deliverable-{book.deliverable}@kolcrm"]
    assert str(douyin["summary"]) == "Douyin short video — 李佳琦 — 春季口红"
    assert douyin.decoded("dtstart") == TODAY + timedelta(days=10)
    assert douyin.decoded("dtend") == TODAY + timedelta(days=11)
    assert "突出口红质地" in str(douyin["description"])
    subjects = {str(todo["summary"]): todo for todo in todos}
    assert subjects["寄样品给李佳琦"].decoded("due") == TODAY + timedelta(days=2)
    # Published deliverables leave the schedule; the UID of the others stays the same.
    database.execute_sql(
        "UPDATE deliverable SET state = 'published', published_on = ? WHERE id = ?",
        (TODAY.isoformat(), book.deliverable),
    )
    export_calendar.export_calendar(tmp_path / "again.ics", reminders_as_events=True)
    again = icalendar.Calendar.from_ical((tmp_path / "again.ics").read_bytes())
    uids = {str(e["uid"]) for e in again.walk("VEVENT")}
    assert f"kolcrm-deliverable-{book.deliverable}@kolcrm" not in uids
    assert set(events) - {f"kolcrm-deliverable-{book.deliverable}@kolcrm"} <= uids
    assert f"kolcrm-reminder-{book.reminder}@kolcrm" in uids and not list(again.walk("VTODO"))


def test_the_json_export_holds_every_section_with_money_as_strings(tmp_path, any_db):
    book = build_book(tmp_path)
    data = kol_json.kol_as_json(book.li)
    for section in (
        "profile",
        "categories",
        "value_tags",
        "accounts",
        "history",
        "deals",
        "gifts",
        "perks",
        "scheduling",
        "blackouts",
        "risks",
        "reminders",
    ):
        assert data[section], section
    assert data["profile"]["display_name"] == "李佳琦" and data["profile"]["birthday"] == "1992-05-07"
    assert data["accounts"][0]["rate_card"][0]["fee"] == "300000.50"
    deal = data["deals"][0]
    assert deal["brand_name"] == "花西子" and deal["agreed_fee"] == "30000"
    assert deal["deliverables"][0]["approval_steps"][0]["state"] == "submitted"
    assert deal["payments"][0]["amount"] == "15000" and deal["contracts"][0]["version"] == 1
    assert data["gifts"][0]["cost"] == "388" and data["perks"][0]["note"] == "免费加了一条微博故事"
    assert data["scheduling"]["priority"] == "first_call" and data["blackouts"][0]["label"] == "双11"
    assert {risk["description"] for risk in data["risks"]} == {"广告标注", "Late draft"}  # the deal's risk too
    assert {r["subject"] for r in data["reminders"]} >= {"寄样品给李佳琦", "Confirm the brief"}
    text = kol_json.to_json_text(data)
    assert "李佳琦" in text and json.loads(text)["deals"][0]["title"] == "春季口红"


def test_the_json_export_holds_custom_fields_every_metric_snapshot_and_approximate_figures(tmp_path, any_db):
    li, _mia, _headers = _custom_book()
    data = kol_json.kol_as_json(li)
    assert data["custom_fields"] == [
        {"name": "合作意向", "kind": "choice", "value": "高"},
        {"name": "Budget", "kind": "number", "value": "12000.5"},
    ]
    douyin, red = data["accounts"]
    assert douyin["followers_at_least"] is True and red["followers_upper"] == 800_000
    assert [(m["name"], m["value"], m["captured_on"]) for m in douyin["metrics"]] == [
        ("avg likes", "1200", "2026-10-01"),
        ("avg likes", "1500", "2026-11-01"),
        ("posts", "300", "2026-11-01"),
    ]
    assert douyin["metrics"][2]["approximate"] is True
    assert [(e["fee"], e["fee_at_least"], e["fee_upper"]) for e in douyin["rate_card"]] == [
        ("30000", False, None),
        ("12000.50", True, None),
        ("50000", False, "80000"),
    ]


def rows_referencing(path, kol_id: int, deal_ids: list[int]) -> dict[str, int]:
    """Rows anywhere that still point at the KOL or its deals (every table with such a column)."""
    conn = sqlite3.connect(path)
    found: dict[str, int] = {}
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info('{table}')")}
            checks = []
            if "kol_id" in columns:
                checks.append(("kol_id", [kol_id]))
            if "collaboration_id" in columns:
                checks.append(("collaboration_id", deal_ids))
            if table == "kol":
                checks.append(("id", [kol_id]))
            if table == "collaboration":
                checks.append(("id", deal_ids))
            for column, ids in checks:
                marks = ",".join("?" * len(ids))
                count = conn.execute(f"SELECT count(*) FROM '{table}' WHERE {column} IN ({marks})", ids).fetchone()[0]
                if count:
                    found[f"{table}.{column}"] = count
    finally:
        conn.close()
    return found


def test_erase_leaves_no_row_anywhere_and_nothing_in_search(tmp_path, db):
    book = build_book(tmp_path)
    before = rows_referencing(db, book.li, [book.deal])
    assert {"kol.id", "gift.kol_id", "contract.collaboration_id", "reminder.kol_id", "kol_search_doc.kol_id"} <= set(
        before
    )
    preview = erase.erase_kol_everywhere(book.li)
    assert preview.display_name == "李佳琦" and preview.counts["deals"] == 1
    assert rows_referencing(db, book.li, [book.deal]) == {}
    conn = sqlite3.connect(db)
    try:
        orphans = conn.execute(
            "SELECT (SELECT count(*) FROM platform_account WHERE kol_id NOT IN (SELECT id FROM kol))"
            " + (SELECT count(*) FROM rate_card_entry WHERE account_id NOT IN (SELECT id FROM platform_account))"
            " + (SELECT count(*) FROM approval_step WHERE deliverable_id NOT IN (SELECT id FROM deliverable))"
        ).fetchone()[0]
        assert orphans == 0
        for table, column in (("interaction", "text"), ("gift", "description"), ("reminder", "subject")):
            for word in ("李佳琦", "月饼", "审稿"):
                hits = conn.execute(f"SELECT count(*) FROM {table} WHERE {column} LIKE ?", (f"%{word}%",))
                assert hits.fetchone()[0] == 0, (table, word)
    finally:
        conn.close()
    for term in ("李佳琦", "佳琦", "lijiaqi", "审稿"):
        sql, params = search.matching_ids_sql(term)
        assert database.execute_sql(f"SELECT count(*) FROM kol WHERE {sql}", params).fetchone()[0] == 0, term
    assert kols.get_kol(book.chen).display_name == "Mia Chen"  # the other KOL and their deal stay
    assert rows_referencing(db, book.chen, [book.second_deal])["collaboration.id"] == 1


def cli(location: str, kind: str, output, kol: list[int] | None = None) -> int:
    return cli_export.run(argparse.Namespace(kind=kind, output=str(output), db=location, kol=kol))


def test_the_cli_writes_every_kind(tmp_path, any_db, capsys):
    book = build_book(tmp_path)
    for kind in ("csv", "xlsx", "vcf", "ics", "handover"):
        assert cli(any_db, kind, tmp_path / f"out.{kind}") == 0, kind
        assert (tmp_path / f"out.{kind}").stat().st_size > 0
    assert cli(any_db, "json", tmp_path / "one.json", [book.li]) == 0
    assert json.loads((tmp_path / "one.json").read_text("utf-8"))["profile"]["display_name"] == "李佳琦"
    assert cli(any_db, "json", tmp_path / "all.json") == 0
    everyone = json.loads((tmp_path / "all.json").read_text("utf-8"))
    assert [kol["profile"]["display_name"] for kol in everyone] == ["李佳琦", "Mia Chen"]
    assert "Wrote 2 KOLs as JSON" in capsys.readouterr().out


def test_the_cli_refuses_an_unknown_kol_and_an_unwritable_path(tmp_path, any_db, capsys):
    kols.save_kol(KolRecord(display_name="李佳琦"))
    assert cli(any_db, "json", tmp_path / "x.json", [999]) == 2  # refused, nothing written (README: exit codes)
    assert "No KOL with id 999" in capsys.readouterr().err and not (tmp_path / "x.json").exists()
    assert cli(any_db, "csv", tmp_path / "no" / "such" / "x.csv") == 2
    error = capsys.readouterr().err.splitlines()
    assert error[-1].startswith("kolcrm: Cannot write") and [line for line in error if "using" not in line] == [
        error[-1]
    ]  # one line of refusal, after the line naming the database


def test_the_export_parser_takes_kind_output_db_and_kols():
    parser = argparse.ArgumentParser()
    cli_export.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", "json", "-o", "a.json", "--kol", "3", "--kol", "4", "--db", "x.db"])
    assert (args.kind, args.output, args.kol, args.db) == ("json", "a.json", [3, 4], "x.db")
