"""One book on both engines: every search finds the same KOLs on PostgreSQL as on SQLite, through indexes."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kolcrm.core.kols.custom_fields import define_field, set_values
from kolcrm.core.kols.custom_values import CustomFilter
from kolcrm.core.kols.interactions import add_interaction
from kolcrm.core.kols.list_query import KolFilter, count, custom_sort_key, fetch_page
from kolcrm.core.kols.records import AccountRecord, InteractionRecord, KolRecord
from kolcrm.core.kols.service import save_kol
from kolcrm.core.kols.trash import trash_kols
from kolcrm.core.store import search
from kolcrm.core.store.db import close_database, database, open_database, use_file_engine
from kolcrm.core.vocabulary import InteractionKind
from tests.conftest import empty_server_book

pytestmark = pytest.mark.postgres

# (display name, real name, city, handle, tags, note, custom text)
PEOPLE = [
    ("李佳琦", "李佳琦", "上海", "@LiJiaqi_Austin", ["美妆"], "今天试了新口红，反馈很好", ""),
    ("李子柒", "", "绵阳", "cnliziqi", ["美食"], "双11档期已满", "田园"),
    ("朱若怡", "", "杭州", "zhuruoyi_official", ["穿搭"], "", ""),
    ("Emma Chen", "", "Singapore", "emma_kitchen", ["美食"], "Asked for 100% creative freedom (and a 'fair' fee)", ""),
    ("健身小鹿", "王小明", "", "kol_4242_deer", ["健身"], 'Said "yes" to the *spring* campaign', ""),
    ("kolA4242Bx", "", "", "kolX4242Yz", [], "", ""),
    ("美妆Lily", "", "", "@李佳琦Austin", ["美妆"], "", "KOL合作"),
    ("Zoë Müller", "", "Cabbage Town", "zoe.mu", [], "Straße in München", ""),
    ("ZOE MULLER", "", "", "ZOEM", [], "STRASSE", ""),
    ("Ångström Ärzte", "", "Malmö", "angstrom", [], "", ""),
    ("ΣΟΦΙΑ Σίσυφος", "", "Αθήνα", "sofia_gr", [], "τελικός ς", ""),
    ("Иван Петров", "", "Москва", "ivan_p", [], "", ""),
    ("さくら", "", "東京", "sakura_jp", ["旅行"], "カタカナ・テスト", ""),
    ("김민지", "", "서울", "minji.kim", [], "", ""),
    ("🌸花花🌸", "", "", "flower🌸girl", ["植物"], "😀 Happy 花花 day", ""),
    ("cat🐱lover", "", "", "cat_lover", [], "🐱🐱🐱", ""),
    ("欧阳娜娜", "", "台北", "nanaouyang", ["音乐"], "", ""),
    ("小红书KOL", "", "", "xhs_kol", [], "抖音TOP10达人", "A+级"),
    ("ＡＢＣ全角", "", "", "abc_fullwidth", [], "İstanbul trip", ""),
    ("x_y", "", "", "100%real", [], "a-b c_d", ""),
    ("Chloe O'Brien", "", "Dublin", "chloe_ob", [], "", ""),
    ("Christopher", "", "Chester", "chris", [], "", ""),
    ("张三丰", "", "武当", "zsf", ["武术"], "太极拳", ""),
    ("Trashed 李", "", "", "gone", [], "口红", ""),
]

QUERIES = [
    "口红",
    "新口",
    "红",
    "李",
    "柒",
    "王",
    "张三",
    "欧阳",
    "娜",
    "口红 上海",
    "李 美食",
    "美食 Emma",
    "口红 Emma",
    "@LiJiaqi_Austin",
    "@emma_kitchen",
    "＠emma_kitchen",
    "#美食#",
    "@",
    "#",
    "C",
    "Ch",
    "ch",
    "e",
    "Em",
    "L",
    "Li",
    "Zo",
    "MÜ",
    "mu",
    "ä",
    "Å",
    "ang",
    "ö",
    "Σ",
    "σο",
    "ΣΟΦ",
    "ς",
    "σ",
    "ив",
    "Ив",
    "Μ",
    "さ",
    "カタ",
    "・",
    "ア・",
    "ナ・",
    "김",
    "민지",
    "서",
    "🌸",
    "🌸花",
    "花花",
    "😀",
    "cat🐱",
    "🐱",
    "🐱🐱",
    "zhuruoyi",
    "zry",
    "zhu ruo yi",
    "zhu",
    "ruo",
    "朱若",
    "lijiaqi",
    "LIJIAQI",
    "ljq",
    "ouyang",
    "nana",
    "妆L",
    "书K",
    "P1",
    "10",
    "100%",
    "%",
    "_",
    "x_y",
    "a-",
    "c_",
    "'",
    '"',
    "NOT",
    "AND",
    "*",
    "spr*",
    "kol_4242_",
    "4_4",
    "straße",
    "STRASSE",
    "ss",
    "ß",
    "İ",
    "istanbul",
    "İstanbul",
    "ＡＢ",
    "ab",
    "abc",
    "Ａ",
    "a",
    "A+",
    "+级",
    "creative freedom",
    "反馈",
    "档期",
    "11",
    "双1",
    "1",
    "田园",
    "合作",
    "KOL合作",
    "ko",
    "\x00",
    "\ufffe口红",
    "",
    "\u200b",
    "ä\u0308",
    "e\u0301",
]


def _build_book() -> None:
    """The same book, in the same order (so with the same ids), on whichever engine is open."""
    field = define_field("Motto")
    for name, real_name, city, handle, tags, note, motto in PEOPLE:
        record = KolRecord(
            display_name=name,
            real_name=real_name,
            city=city,
            categories=tags,
            accounts=[AccountRecord("Douyin", handle, followers=1000 + len(name))],
            custom={field.id: motto} if motto else {},
        )
        kol_id = save_kol(record)
        if note:
            add_interaction(
                kol_id, InteractionRecord(occurred_on=date(2024, 5, 20), kind=InteractionKind.NOTE, text=note)
            )
        if name.startswith("Trashed"):
            trash_kols([kol_id])


def _answers(queries: list[str]) -> dict[str, tuple[list[int], int]]:
    """Each query's KOL ids (in the list's name order) and its count."""
    answers = {}
    for query in queries:
        kol_filter = KolFilter(text=query)
        ids = [row.id for row in fetch_page(kol_filter, sort="name", descending=False, limit=10_000)]
        answers[query] = (ids, count(kol_filter))
    return answers


def _substrings(bodies: list[str], how_many: int) -> list[str]:
    """Pieces of 1–4 characters cut from the documents at random: the terms people type, and odd ones."""
    chance = random.Random(20240520)
    pieces = []
    for _ in range(how_many):
        body = chance.choice(bodies)
        start = chance.randrange(len(body))
        pieces.append(body[start : start + chance.randint(1, 4)])
    return pieces


def _on_server(url: str) -> None:
    open_database(url)  # the first test to open it creates the schema
    close_database()
    empty_server_book(url)
    open_database(url)


def test_both_engines_find_the_same_kols_for_every_query(pg_server: str, tmp_path: Path) -> None:
    open_database(tmp_path / "kolcrm.db")
    _build_book()
    bodies = [row[0] for row in database.execute_sql("SELECT body FROM kol_search_doc ORDER BY kol_id")]
    queries = QUERIES + _substrings(bodies, 400)
    on_sqlite = _answers(queries)
    close_database()
    try:
        _on_server(pg_server)
        _build_book()
        server_bodies = [row[0] for row in database.execute_sql("SELECT body FROM kol_search_doc ORDER BY kol_id")]
        on_postgres = _answers(queries)
    finally:
        close_database()
        use_file_engine()

    assert server_bodies == bodies
    differing = {
        query: (on_sqlite[query], on_postgres[query]) for query in queries if on_sqlite[query] != on_postgres[query]
    }
    assert differing == {}
    # Not a comparison of two empty answers: the book answers as a reader expects.
    assert len(on_sqlite["口红"][0]) == 1 and on_sqlite["口红"][1] == 1, "the trashed KOL's note is not found"
    assert len(on_sqlite["李"][0]) == 3, "李佳琦, 李子柒, and 美妆Lily by her handle @李佳琦Austin"
    assert on_sqlite["zry"][0] == on_sqlite["zhuruoyi"][0] == on_sqlite["zhu ruo yi"][0] != []
    assert len(on_sqlite["Ch"][0]) == 3, "Emma Chen, Chloe, Christopher (of Chester)"
    assert len(on_sqlite["straße"][0]) == len(on_sqlite["STRASSE"][0]) == 1, "ß is not folded to ss"
    assert on_sqlite["straße"][0] != on_sqlite["STRASSE"][0]
    assert len(on_sqlite["mu"][0]) == 2, "Müller and MULLER: the word index drops diacritics"
    assert on_sqlite["\x00"][1] == len(PEOPLE) - 1, "no term: every live KOL"


@pytest.fixture
def server_book(pg_server: str) -> Iterator[str]:
    _on_server(pg_server)
    yield pg_server
    close_database()
    use_file_engine()


def _plan(sql: str, params: list[str]) -> str:
    return "\n".join(row[0] for row in database.execute_sql(f"EXPLAIN {sql}", params))


def _synthetic_documents(how_many: int) -> list[tuple[int, str]]:
    """Documents shaped like a real book's: a Chinese name, a handle, a Latin name, a note of common characters."""
    chance = random.Random(7)

    def chinese(length: int) -> str:
        return "".join(chr(0x4E00 + chance.randrange(3000)) for _ in range(length))

    def latin(length: int) -> str:
        return "".join(chance.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length)).capitalize()

    return [
        (
            kol_id,
            f"{chance.choice('李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗')}{chinese(2)}\n{latin(6).lower()}_{kol_id}\n"
            f"{latin(5)} {latin(7)}\n{chinese(12)}{'口红' if kol_id % 97 == 0 else ''}{chinese(8)}",
        )
        for kol_id in range(1, how_many + 1)
    ]


def test_typical_searches_are_index_lookups_on_the_server(server_book: str) -> None:
    with database.atomic():
        search.insert_documents(database, _synthetic_documents(20_000))  # no KOL rows needed to plan the search
    database.execute_sql("ANALYZE kol_search_terms")  # as autovacuum does after a bulk insert
    database.execute_sql("ANALYZE kol_search_keys")

    for text, indexes in [
        ("口红", ["kol_search_keys_keys"]),
        ("李", ["kol_search_keys_keys"]),
        ("Ch", ["kol_search_keys_keys"]),
        ("q", ["kol_search_keys_keys"]),
        ("abc", ["kol_search_terms_trigrams"]),
        ("_1234", ["kol_search_terms_trigrams"]),
        ("口红 李", ["kol_search_keys_keys"]),
        ("Ch abc", ["kol_search_keys_keys", "kol_search_terms_trigrams"]),
        ("口红 abc", ["kol_search_terms_trigrams"]),  # the CJK term read as a LIKE on the rows the trigrams find
    ]:
        sql, params = search.count_matching_sql(text)
        plan = _plan(sql, params)
        assert all(index in plan for index in indexes) and "Seq Scan on kol_search" not in plan, f"{text}:\n{plan}"


def test_two_people_filling_in_one_kol_at_once_both_values_are_found(server_book: str) -> None:
    kol_id = save_kol(KolRecord(display_name="李雷"))
    motto, style = define_field("Motto"), define_field("Style")
    first_written = threading.Event()

    def first_person() -> None:
        with database.atomic():
            set_values(kol_id, {motto.id: "第一个值"})
            first_written.set()
            time.sleep(0.3)  # the second value comes in before this one is committed
        database.close()

    first = threading.Thread(target=first_person)
    first.start()
    first_written.wait(10)
    set_values(kol_id, {style.id: "第二个值"})  # touches no KOL row: only the search's own lock orders the two
    first.join()

    assert [row.id for row in fetch_page(KolFilter(text="第一个 第二个"))] == [kol_id]


def _custom_field_answers() -> dict[str, list[int]]:
    """The list's pages and counts under custom field filters and sorts, for a small book with odd values."""
    fee, motto = define_field("Fee", kind="number"), define_field("Motto")
    fees = ["12", "3.5", "100", "", "-7", "1.2万", "100", "0.5", "", "42"]
    mottos = ["Abc", "aBC", "ÄBC", "äbc", "", "x_y", "100%", "", "abc def", "美妆ABC"]
    for i, (amount, words) in enumerate(zip(fees, mottos, strict=True)):
        kol_id = save_kol(KolRecord(display_name=f"李{i}", accounts=[AccountRecord("Douyin", f"h{i}", followers=i)]))
        set_values(kol_id, {fee.id: amount or None, motto.id: words or None})
    filters = {
        "range": KolFilter(custom=(CustomFilter(fee.id, low="10", high="100", numeric=True),)),
        "above": KolFilter(custom=(CustomFilter(fee.id, low="12", numeric=True, low_inclusive=False),)),
        "contains": KolFilter(custom=(CustomFilter(motto.id, contains="ab"),)),
        "contains ä": KolFilter(custom=(CustomFilter(motto.id, contains="ä"),)),
        "contains _": KolFilter(custom=(CustomFilter(motto.id, contains="_"),)),
        "equals": KolFilter(custom=(CustomFilter(motto.id, equals="Abc"),)),
        "with text": KolFilter(text="李", custom=(CustomFilter(motto.id, contains="BC"),)),
        "everyone": KolFilter(),
    }
    answers: dict[str, list[int]] = {}
    for name, kol_filter in filters.items():
        answers[f"{name} count"] = [count(kol_filter)]
        for sort in (custom_sort_key(fee.id), custom_sort_key(motto.id), "name", "followers"):
            for descending, broad in [(False, False), (True, False), (False, True)]:
                ids: list[int] = []
                after = None
                while page := fetch_page(
                    kol_filter, sort=sort, descending=descending, after=after, limit=3, broad=broad
                ):
                    ids += [row.id for row in page]
                    after = page[-1]
                answers[f"{name} {sort} {descending} {broad}"] = ids
    return answers


def test_custom_field_filters_and_sorts_page_alike_on_both_engines(pg_server: str, tmp_path: Path) -> None:
    open_database(tmp_path / "kolcrm.db")
    on_sqlite = _custom_field_answers()
    close_database()
    try:
        _on_server(pg_server)
        on_postgres = _custom_field_answers()
    finally:
        close_database()
        use_file_engine()

    assert {key: (on_sqlite[key], on_postgres[key]) for key in on_sqlite if on_sqlite[key] != on_postgres[key]} == {}
    assert on_sqlite["range count"] == [4] and on_sqlite["contains count"] == [4]
