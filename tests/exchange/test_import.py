"""Import: number formats, encodings, delimiters, XLSX, header guessing, dry run, merge, cancel, strict, CLI."""

from __future__ import annotations

import argparse
import sqlite3
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kolcrm.cli import imports as cli_import
from kolcrm.core.kols import list_query as kol_list
from kolcrm.core.kols.list_query import KolFilter
from kolcrm.core.kols.records import AccountRecord, KolRecord
from kolcrm.core.kols.service import get_kol, save_kol
from kolcrm.core.store import dialect
from kolcrm.core.store.db import database
from kolcrm.exchange.imports.importer import apply_import, format_report, plan_import
from kolcrm.exchange.imports.mapping import guess_mapping, load_mapping
from kolcrm.exchange.imports.numbers import Fee, parse_count, parse_fee, parse_rate
from kolcrm.exchange.imports.reading import ImportFileError, SourceTable, read_table

HEADER = "昵称,平台,账号,粉丝数,互动率,报价,城市,类目\n"


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "kols.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_import(path: Path, **kwargs):
    table = read_table(path)
    plan = plan_import(table, guess_mapping(table.headers))
    return plan, apply_import(plan, **kwargs)


def kol_count() -> int:
    return database.execute_sql("SELECT count(*) FROM kol").fetchone()[0]


def snapshot() -> dict[str, list[str]]:
    """Every row of every table of the open book (either engine), to compare with a later snapshot."""
    if dialect.is_postgres():
        listing = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    else:
        listing = "SELECT name FROM sqlite_master WHERE type = 'table'"
    tables = [row[0] for row in database.execute_sql(listing)]
    return {table: sorted(map(repr, database.execute_sql(f'SELECT * FROM "{table}"'))) for table in tables}


# -- numbers ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [("12,345", 12345), ("1.2万", 12000), ("3.5w", 35000), ("1.2亿", 120_000_000), ("12.3k", 12300),
     ("4.5M", 4_500_000), ("475.8m", 475_800_000), ("１２，３４５", 12345), ("NaN", None), ("", None), ("nan", None)],
)  # fmt: skip
def test_counts_as_people_write_them(text, expected):
    count = parse_count(text)
    assert (count.value if count else None) == expected


def test_percent_and_money():
    assert parse_rate("1.39%") == pytest.approx(1.39)
    assert parse_rate("1.39") == pytest.approx(1.39)
    assert parse_rate("NaN") is None
    assert parse_fee("¥30,000") == Fee(Decimal("30000"), "CNY")
    assert parse_fee("3万") == Fee(Decimal("30000"), "CNY")
    assert str(parse_fee("1.2万").amount) == "12000"  # never '1.2E+4' in the fee column
    assert parse_fee("5000 USD") == Fee(Decimal("5000"), "USD")


@pytest.mark.parametrize("text", ["12,34,5", "abc", "1,5", "1e5", "12..3"])
def test_unreadable_numbers_are_refused(text):
    with pytest.raises(ValueError):
        parse_count(text)


def test_each_number_format_through_a_file(any_db, tmp_path):
    rows = [("475.8m", "1.39%", "¥30,000"), ("12.3k", "NaN", "3.5w"), ("4.5M", "", "1.2万"), ("1.2亿", "2", "")]
    text = HEADER + "".join(f'K{i},抖音,h{i},"{f}",{e},"{fee}",,\n' for i, (f, e, fee) in enumerate(rows))
    plan, result = run_import(write(tmp_path, text))
    assert plan.errors == [] and result.added == 4
    got = database.execute_sql("SELECT handle, followers, engagement_rate FROM platform_account ORDER BY id").fetchall()
    assert got == [("h0", 475_800_000, 1.39), ("h1", 12300, 0.0), ("h2", 4_500_000, 0.0), ("h3", 120_000_000, 2.0)]
    fees = database.execute_sql("SELECT fee, currency, format FROM rate_card_entry ORDER BY id").fetchall()
    assert fees == [("30000", "CNY", "报价"), ("35000", "CNY", "报价"), ("12000", "CNY", "报价")]


def test_bad_cells_are_reported_with_line_and_column_and_the_row_still_imports(any_db, tmp_path):
    text = HEADER + '好,抖音,a,1万,,,,\n坏,抖音,b,"12,34,5",abc,,上海,\n'
    plan, result = run_import(write(tmp_path, text))
    assert [(e.line, e.column, e.value) for e in plan.errors] == [(3, "粉丝数", "12,34,5"), (3, "互动率", "abc")]
    assert "commas" in plan.errors[0].reason
    assert result.added == 2 and kol_count() == 2
    row = database.execute_sql("SELECT k.city, pa.followers FROM kol k JOIN platform_account pa ON pa.kol_id = k.id"
                               " WHERE k.display_name = '坏'").fetchone()  # fmt: skip
    assert row == ("上海", 0)  # the readable cells of the row are kept, the bad ones dropped


# -- encodings, delimiters, XLSX -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("encoding", "prefix", "reported"),
    [("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"), ("gb18030", b"", "gb18030"),
     ("gbk", b"", "gb18030")],
)  # fmt: skip
def test_encodings_keep_chinese_names(any_db, tmp_path, encoding, prefix, reported):
    path = tmp_path / "k.csv"
    path.write_bytes(prefix + (HEADER + "李佳琦Austin,抖音,lijiaqi,1.2亿,,,上海,美妆\n").encode(encoding))
    table = read_table(path)
    assert table.encoding == reported
    _plan, result = run_import(path)
    assert result.added == 1
    record = get_kol(1)
    assert (record.display_name, record.city, record.categories) == ("李佳琦Austin", "上海", ["美妆"])


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(any_db, tmp_path, delimiter):
    text = HEADER.replace(",", delimiter) + delimiter.join(["美妆小鹿", "小红书", "xl", '"12,345"', "", "", "", ""])
    table = read_table(write(tmp_path, text + "\n"))
    assert table.delimiter == delimiter
    assert table.rows[0][1][3] == "12,345"
    _plan, result = run_import(table.path)
    assert result.added == 1 and get_kol(1).accounts[0].followers == 12345


def test_xlsx_first_sheet(any_db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Platform", "Handle", "Followers", "Engagement", "Fee"])
    sheet.append(["Mia Chen", "Instagram", "@mia", 475800, 0.0139, "¥30,000"])
    sheet["E2"].number_format = "0.00%"
    book.create_sheet("Other").append(["ignored"])
    path = tmp_path / "k.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.kind == "xlsx" and table.rows == [(2, ["Mia Chen", "Instagram", "@mia", "475800", "1.39%", "¥30,000"])]
    _plan, result = run_import(path)
    assert result.added == 1
    account = get_kol(1).accounts[0]
    assert (account.platform, account.followers, account.engagement_rate) == ("Instagram", 475800, 1.39)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\xff\xfe\x00\xd8", "not"), (b"PK\x03\x04garbage", "XLSX"), (b"\xd0\xcf\x11\xe0xx", ".xls")],
)
def test_unreadable_files_raise_one_error_type(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        read_table(path)


# -- mapping ----------------------------------------------------------------------------------------------------
def test_guesses_chinese_headers():
    headers = ["达人昵称", "真实姓名", "平台", "账号ID", "主页链接", "粉丝数", "互动率", "报价", "城市", "类目",
               "标签", "邮箱", "手机号", "微信号", "MCN机构", "经纪人电话", "备注", "其他"]  # fmt: skip
    assert guess_mapping(headers) == {
        "达人昵称": "display_name", "真实姓名": "real_name", "平台": "platform", "账号ID": "handle",
        "主页链接": "url", "粉丝数": "followers", "互动率": "engagement_rate", "报价": "fee", "城市": "city",
        "类目": "categories", "标签": "value_tags", "邮箱": "email", "手机号": "phone", "微信号": "wechat_id",
        "MCN机构": "agency", "经纪人电话": "agent_contact", "备注": "notes", "其他": "custom:其他",
    }  # fmt: skip


def test_guesses_english_headers():
    headers = ["Nickname", "Real name", "Platform", "Handle", "Followers", "Engagement rate %", "Fee (CNY)",
               "City", "Category", "Tags", "E-mail", "Phone", "WeChat ID", "Agency", "Notes"]  # fmt: skip
    assert guess_mapping(headers) == {
        "Nickname": "display_name", "Real name": "real_name", "Platform": "platform", "Handle": "handle",
        "Followers": "followers", "Engagement rate %": "engagement_rate", "Fee (CNY)": "fee", "City": "city",
        "Category": "categories", "Tags": "value_tags", "E-mail": "email", "Phone": "phone",
        "WeChat ID": "wechat_id", "Agency": "agency", "Notes": "notes",
    }  # fmt: skip


def test_mapping_from_json_text_or_file(tmp_path):
    assert load_mapping('{"昵称": "display_name"}') == {"昵称": "display_name"}
    (tmp_path / "m.json").write_text('{"Name": "display_name", "x": null}', encoding="utf-8")
    assert load_mapping(str(tmp_path / "m.json")) == {"Name": "display_name", "x": ""}
    with pytest.raises(ImportFileError):
        load_mapping("{not json")


def test_a_mapping_the_import_cannot_use_is_refused(any_db, tmp_path):
    table = read_table(write(tmp_path, HEADER + "a,抖音,h,1,,,,\n"))
    with pytest.raises(ImportFileError, match="unknown field"):
        plan_import(table, {"昵称": "nickname"})
    with pytest.raises(ImportFileError, match=r"[Nn]ame"):
        plan_import(table, {"平台": "platform", "粉丝数": "followers"})


# -- dry run, update, cancel, strict ------------------------------------------------------------------------------
def test_dry_run_reports_and_writes_nothing(any_db, tmp_path):
    save_kol(KolRecord("旧名字", city="北京", accounts=[AccountRecord("Douyin", "@LiJiaqi", followers=10)]))
    before = snapshot()
    text = HEADER + "新人,小红书,new1,1万,,,,\n李佳琦,抖音,lijiaqi,1.2亿,,,,\n坏,抖音,x,abc,,,,\n"
    table = read_table(write(tmp_path, text))
    plan = plan_import(table, guess_mapping(table.headers))
    assert (plan.added, plan.updated) == (2, 1)  # 坏 is still added: only its follower cell is dropped
    assert [(e.line, e.column) for e in plan.errors] == [(4, "粉丝数")]
    report = format_report(plan)
    assert report.splitlines()[0] == "Dry run: 2 to add, 1 to update, 0 rows refused (of 3 rows read)"
    assert "line 4, column “粉丝数”: “abc” is not a number" in report
    assert snapshot() == before


def test_update_by_platform_and_handle_keeps_other_fields(any_db, tmp_path):
    kol_id = save_kol(
        KolRecord("旧名字", city="北京", email="a@b.cn", accounts=[AccountRecord("Douyin", "@LiJiaqi", followers=10)])
    )
    text = HEADER + "李佳琦,抖音, LIJIAQI ,1.2亿,5%,¥80万,上海,\n"
    _plan, result = run_import(write(tmp_path, text))
    assert (result.added, result.updated) == (0, 1)
    record = get_kol(kol_id)
    assert (record.display_name, record.city, record.email, record.tier.label) == ("李佳琦", "上海", "a@b.cn", "Head")
    account = record.accounts[0]
    assert (account.handle, account.followers, account.engagement_rate) == ("@LiJiaqi", 120_000_000, 5.0)
    assert [(item.format, item.fee) for item in account.rate_card] == [("报价", Decimal("800000"))]
    assert kol_count() == 1
    assert [row.id for row in kol_list.fetch_page(KolFilter(text="李佳琦"))] == [kol_id]
    assert kol_list.count(KolFilter(text="旧名字")) == 0


def test_same_account_twice_in_a_file_merges_and_the_later_row_wins(any_db, tmp_path):
    plan, result = run_import(write(tmp_path, HEADER + "A,抖音,h,1万,,,北京,\nB,Douyin,@H,2万,,,,\n"))
    assert plan.errors == [] and (result.added, plan.merged_rows) == (1, 1)
    assert [(n.line, n.text) for n in plan.notices] == [
        (3, "the same account as line 2: merged into one KOL, the values of the later row win")
    ]
    assert database.execute_sql("SELECT display_name, city, followers FROM kol").fetchall() == [("B", "北京", 20000)]


def test_cancelled_import_leaves_the_database_row_identical(any_db, tmp_path):
    save_kol(KolRecord("在前", accounts=[AccountRecord("Douyin", "keep", followers=5)]))
    before = snapshot()
    text = HEADER + "".join(f"K{i},抖音,h{i},{i},,,,美妆\n" for i in range(12_000)) + "在前,抖音,keep,99,,,,\n"
    table = read_table(write(tmp_path, text))
    plan = plan_import(table, guess_mapping(table.headers))
    calls: list[int] = []
    result = apply_import(plan, progress=lambda done, total: calls.append(done), cancelled=lambda: len(calls) >= 1)
    assert result.cancelled and result.added == 0
    assert calls  # the first batch was written inside the transaction before the cancel
    assert snapshot() == before


def test_strict_imports_nothing_when_a_row_has_an_error(any_db, tmp_path):
    before = snapshot()
    plan, result = run_import(write(tmp_path, HEADER + "A,抖音,a,1,,,,\nB,抖音,b,abc,,,,\n"), strict=True)
    assert result.refused and plan.added == 2
    assert snapshot() == before
    assert "Nothing imported (--strict)" in format_report(plan, result)


# -- CLI -----------------------------------------------------------------------------------------------------------
def cli(tmp_path: Path, path: Path, **options) -> int:
    args = argparse.Namespace(
        file=str(path), db=str(tmp_path / "cli.db"), dry_run=False, mapping=None, strict=False, set=[], rates="auto"
    )
    for key, value in options.items():
        setattr(args, key, value)
    return cli_import.run(args)


def test_cli_exit_codes(tmp_path, capsys):
    good = write(tmp_path, HEADER + "A,抖音,a,1万,,,,\n", name="good.csv")
    bad = write(tmp_path, HEADER + "B,抖音,b,1万,,,,\nC,抖音,c,abc,,,,\n", name="bad.csv")
    assert cli(tmp_path, tmp_path / "missing.csv") == 2
    assert not (tmp_path / "cli.db").exists()  # an unreadable file creates no database
    assert cli(tmp_path, good, dry_run=True) == 0
    assert "Dry run: 1 to add" in capsys.readouterr().out
    assert cli(tmp_path, bad, strict=True) == 2
    assert "Nothing imported" in capsys.readouterr().out
    assert cli(tmp_path, good) == 0
    assert (
        cli(
            tmp_path,
            bad,
            mapping='{"昵称": "display_name", "平台": "platform", "账号": "handle", "粉丝数": "followers"}',
        )
        == 1
    )
    out = capsys.readouterr().out
    assert "Imported: 2 added, 0 updated, 0 rows refused" in out
    assert "line 3, column “粉丝数”: “abc” is not a number" in out
    assert cli(tmp_path, good, mapping='{"昵称": "nope"}') == 2
    conn = sqlite3.connect(tmp_path / "cli.db")
    assert conn.execute("SELECT count(*) FROM kol").fetchone()[0] == 3
    conn.close()


def test_cli_parser_registers_import():
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")
    cli_import.add_parser(commands)
    args = parser.parse_args(["import", "f.csv", "--dry-run", "--strict", "--mapping", "{}", "--db", "x.db"])
    assert (args.file, args.dry_run, args.strict, args.mapping, args.db) == ("f.csv", True, True, "{}", "x.db")


# -- nothing but ImportFileError escapes -------------------------------------------------------------------------
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_random_bytes_never_raise_anything_else(db, tmp_path, data):
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    try:
        table = read_table(path)
        plan_import(table, guess_mapping(table.headers))
    except ImportFileError:
        pass


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.text(max_size=30), min_size=8, max_size=8), name=st.text(min_size=1, max_size=20))
def test_random_cell_text_never_raises(db, tmp_path, cells, name):
    headers = ["昵称", "平台", "账号", "粉丝数", "互动率", "报价", "状态", "生日"]
    table = SourceTable(tmp_path / "x.csv", headers, [(2, cells), (3, [name, "抖音", name, *cells[3:]])])
    mapping = {**guess_mapping(headers), "状态": "status", "生日": "birthday"}
    plan = plan_import(table, mapping)
    with database.atomic() as transaction:
        apply_import(plan)
        transaction.rollback()


@pytest.mark.parametrize(("field", "text"), [("followers", "0.4"), ("fee", "30000.005")])
def test_cells_that_would_need_a_guess_are_reported(field, text):
    from kolcrm.exchange.imports.cells import parse_cell

    with pytest.raises(ValueError):
        parse_cell(field, text)


def test_an_import_streams_its_memory_stays_flat_in_the_row_count(db, tmp_path, monkeypatch):
    """A row of batch 3 may repeat an account of batch 1: what the import remembers lives in TEMP tables."""
    import tracemalloc

    from kolcrm.exchange.imports import importer
    from kolcrm.exchange.imports.importer import run_import as import_in_one_pass

    monkeypatch.setattr(importer, "BATCH", 500)  # many batches in a small file

    def peak(rows: int) -> int:
        text = HEADER + "".join(f"K{rows}_{i},抖音,h{rows}_{i},{i},1%,¥{i},上海,美妆\n" for i in range(rows))
        table = read_table(write(tmp_path, text, name=f"rows{rows}.csv"))
        tracemalloc.start()
        plan, result = import_in_one_pass(table, guess_mapping(table.headers))
        size = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert result.added == rows and plan.errors == []
        return size

    small, large = peak(2_000), peak(12_000)
    assert large < small * 1.5 + 1_000_000, (small, large)  # six times the rows, not six times the memory


def test_accounts_without_any_platform_are_asked_about_not_dropped_row_by_row(tmp_path, capsys):
    sheet = write(tmp_path, "channel_info,followers\ncristiano,475.8m\nleomessi,357.3m\n", name="ranks.csv")
    assert cli(tmp_path, sheet, dry_run=True) == 2
    assert "--set platform=" in capsys.readouterr().err
    assert not (tmp_path / "cli.db").exists()
    assert cli(tmp_path, sheet, set=["platform=instagram"]) == 0
    conn = sqlite3.connect(tmp_path / "cli.db")
    rows = conn.execute("SELECT platform, handle, followers FROM platform_account ORDER BY id").fetchall()
    conn.close()
    assert rows == [("Instagram", "cristiano", 475_800_000), ("Instagram", "leomessi", 357_300_000)]


def test_a_european_semicolon_sheet_reads_dots_as_thousands_and_commas_as_decimals(any_db, tmp_path):
    text = "Name;Platform;Handle;Followers;Engagement;Fee\nÉlodie;YouTube;@elodie;45.000;0,8%;2.500,50 EUR\n"
    plan, result = run_import(write(tmp_path, text))
    assert plan.errors == [] and result.added == 1
    account = get_kol(1).accounts[0]
    assert (account.followers, account.engagement_rate) == (45_000, 0.8)  # never 45 followers
    assert (account.rate_card[0].fee, account.rate_card[0].currency) == (Decimal("2500.50"), "EUR")


def test_each_price_column_is_an_entry_of_the_rate_card_under_its_header(any_db, tmp_path):
    text = '昵称,平台,账号,图文报价,视频报价\n阿花,小红书,ahua,"￥30,000元",5000 USD\n'
    plan, result = run_import(write(tmp_path, text))
    assert plan.errors == [] and result.added == 1
    card = [(item.format, item.fee, item.currency) for item in get_kol(1).accounts[0].rate_card]
    assert card == [("图文报价", Decimal("30000"), "CNY"), ("视频报价", Decimal("5000"), "USD")]


def test_a_yes_no_custom_column_keeps_its_no(any_db, tmp_path):
    text = "昵称,平台,账号,商品橱窗\n甲,抖音,a,有\n乙,抖音,b,无\n丙,抖音,c,NaN\n"
    plan, result = run_import(write(tmp_path, text))
    assert plan.errors == [] and result.added == 3
    values = database.execute_sql("SELECT kol_id, value FROM kol_custom_value ORDER BY kol_id").fetchall()
    assert values == [(1, "有"), (2, "无")]  # 无 is an answer; NaN is an empty cell


def test_a_partial_mapping_decides_its_columns_and_the_others_keep_their_guess(tmp_path, capsys):
    sheet = write(tmp_path, HEADER + "小鹿,抖音,lulu,1.2万,3%,¥3000,上海,美妆\n", name="partial.csv")
    assert cli(tmp_path, sheet, mapping='{"城市": "", "类目": "value_tags"}') == 0
    conn = sqlite3.connect(tmp_path / "cli.db")
    kol = conn.execute("SELECT display_name, city, followers FROM kol").fetchall()
    labels = conn.execute("SELECT kind, label FROM kol_label").fetchall()
    conn.close()
    assert kol == [("小鹿", "", 12000)]  # 城市 skipped as asked; name and followers still guessed
    assert labels == [("value", "美妆")]


def test_after_an_import_the_people_already_here_under_another_account_are_suggested(any_db, tmp_path):
    save_kol(KolRecord("李雷", phone="13800001111", accounts=[AccountRecord("Weibo", "lilei_wb")]))
    text = "昵称,平台,账号,手机\n李雷,抖音,lilei_dy,138 0000 1111\n韩梅梅,抖音,hmm,\n"
    _plan, result = run_import(write(tmp_path, text))
    assert result.added == 2
    assert [(pair.keep_id, pair.other_id) for pair in result.possible_duplicates] == [(1, 2)]
    assert "phone" in result.possible_duplicates[0].reason


def test_a_kol_saved_after_an_import_gets_an_id_of_its_own(any_db, tmp_path):
    # The import writes its rows with their ids given: on PostgreSQL those come from the identity sequence.
    first = save_kol(KolRecord("在前", accounts=[AccountRecord("Douyin", "before", followers=5)]))
    _plan, result = run_import(write(tmp_path, HEADER + "A,抖音,a,1万,,,,\nB,抖音,b,2万,,,,\n"))
    after = save_kol(KolRecord("在后", accounts=[AccountRecord("Douyin", "after", followers=5)]))
    ids = [row[0] for row in database.execute_sql("SELECT id FROM kol ORDER BY id")]
    assert result.added == 2 and len(set(ids)) == 4 and ids[0] == first and ids[-1] == after
    accounts = database.execute_sql("SELECT count(DISTINCT id) FROM platform_account").fetchone()[0]
    assert accounts == 4
